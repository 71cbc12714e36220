"""The batch form: one row per beneficiary (phone, amount, own one-time PIN), the channel,
the lifetime and a default PIN, with the total kept live. It only shows and collects;
`check` turns what was typed into the service's batch or a message naming the field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.errors import InputError
from posapp.domain.money import Money
from posapp.domain.product import Product, ascii_digits
from posapp.i18n import tr, tr_message
from posapp.ui.widgets import Page, busy_bar, label

# Field look: smaller than the sale screens' single big entry, so ten rows fit 600 pixels.
FORM_STYLE = """
QLineEdit { font-size: 18px; padding: 4px 6px; }
QLineEdit[invalid="true"] { border: 2px solid #b3261e; background: #fff4f2; }
QComboBox { font-size: 17px; padding: 4px 8px; }
QLabel#total { font-size: 22px; font-weight: 700; color: #12324f; }
QLabel#totalbad { font-size: 22px; font-weight: 700; color: #b3261e; }
"""


class FieldError(InputError):
    """A typed value that cannot be sent, and the field to put the cashier back in."""

    def __init__(self, message: str, field: QLineEdit | QComboBox | None) -> None:
        super().__init__(message, "batch form: " + message.split(":")[0])
        self.field = field


@dataclass
class Row:
    """One beneficiary's fields."""

    number: QLabel
    phone: QLineEdit
    amount: QLineEdit
    pin: QLineEdit

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.number, self.phone, self.amount, self.pin)

    def empty(self) -> bool:
        return not (self.phone.text().strip() or self.amount.text().strip() or self.pin.text())


def _four_digits(text: str) -> bool:
    pin = ascii_digits(text.strip())
    return len(pin) == 4 and pin.isascii() and pin.isdigit()


class BatchForm(Page):
    #: the cashier asked to send (Ctrl+Enter, or the Send button)
    send = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(FORM_STYLE)
        self.product: Product | None = None
        self.parse_amount: Callable[[str], Money] = lambda text: Money.parse(text)
        self.max_entries = 10
        self.max_lifetime = 525_600
        self.rows: list[Row] = []
        lay = self.lay
        lay.setSpacing(8)
        self.title = label(tr("Cash-out paycodes"), "title")
        lay.addWidget(self.title)
        lay.addWidget(label(tr("Each beneficiary gets a paycode to cash out before it expires. "
                            "Up to 10 in one batch."), "hint"))
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        self.channel = QComboBox()
        self.channel.setMinimumWidth(110)
        self.lifetime = QLineEdit()
        self.lifetime.setMaxLength(6)
        self.lifetime.setFixedWidth(110)
        self.lifetime_hint = label("", "hint", wrap=False)
        self.default_pin = self._pin_edit()
        top.addWidget(label(tr("Channel"), "hint", wrap=False), 0, 0)
        top.addWidget(self.channel, 0, 1)
        top.addWidget(label(tr("Lifetime (minutes)"), "hint", wrap=False), 0, 2)
        top.addWidget(self.lifetime, 0, 3)
        top.addWidget(self.lifetime_hint, 0, 4)
        top.addWidget(label(tr("Default PIN"), "hint", wrap=False), 1, 0)
        top.addWidget(self.default_pin, 1, 1)
        top.addWidget(label(tr("the one-time PIN of every beneficiary without their own"),
                            "hint", wrap=False), 1, 2, 1, 3)
        top.setColumnStretch(5, 1)
        lay.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        for col, text in enumerate(("", tr("Beneficiary phone"), tr("Amount (NGN)"),
                                    tr("Own PIN (blank: default)"))):
            self.grid.addWidget(label(text, "hint", wrap=False), 0, col)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(4, 2)  # on a wide screen the fields stay a readable size
        inner = QWidget()
        inner.setObjectName("page")
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.grid)
        box.addStretch(1)  # rows stay packed under the header
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(inner)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.scroll.setMinimumHeight(110)
        lay.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.b_add = QPushButton(tr("Add beneficiary (Ctrl+N)"))
        self.b_remove = QPushButton(tr("Remove row (Ctrl+R)"))
        self.b_add.clicked.connect(self.add_row)
        self.b_remove.clicked.connect(self.remove_row)
        self.total = label("", "total")
        for b in (self.b_add, self.b_remove):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys do this; Tab stays in the fields
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.total)
        self.error = label("", "error")
        self.bar = busy_bar()
        self.status = label("", "warn")
        self.send_button = QPushButton(tr("Send to Interswitch (Ctrl+Enter)"))
        self.send_button.setObjectName("primary")
        self.send_button.setAutoDefault(True)
        self.send_button.clicked.connect(self._send)
        for w in (self.error, self.bar, self.status, self.send_button):
            lay.addWidget(w)
        lay.addWidget(label(tr("Enter: next field. Ctrl+N: add a beneficiary. Ctrl+R: remove "
                            "the row you are in. Ctrl+Enter: send. Esc: back to the counter."),
                            "hint"))
        self.lifetime.textChanged.connect(self._lifetime_changed)
        self.lifetime.returnPressed.connect(self.default_pin.setFocus)
        self.default_pin.returnPressed.connect(lambda: self.rows and self.rows[0].phone.setFocus())
        self.busy = False

    @staticmethod
    def _pin_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)  # the PIN is the beneficiary's, not ours
        edit.setMaxLength(4)
        edit.setFixedWidth(110)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly |
                                 Qt.InputMethodHint.ImhSensitiveData)
        return edit

    # -- set up ---------------------------------------------------------------------------

    def start(self, product: Product, parse_amount: Callable[[str], Money]) -> None:
        """An empty batch for this product, with its channel and lifetime defaults."""
        self.product = product
        self.parse_amount = parse_amount
        params = product.params
        self.max_entries = int(params.get("max_entries") or 10)
        self.max_lifetime = int(params.get("max_lifetime_minutes") or 525_600)
        self.title.setText(tr(product.label))
        self.channel.clear()
        self.channel.addItems([c for c in params.get("channels", "ATM").split(",") if c])
        self.channel.setCurrentText(params.get("channel", "ATM"))
        self.lifetime.setText(params.get("lifetime_minutes", "1440"))
        self.default_pin.clear()
        while self.rows:
            self._drop(self.rows[-1])
        self.add_row()
        self.error.clear()
        self.set_busy(False)
        self.rows[0].phone.setFocus()

    def add_row(self) -> None:
        """A new beneficiary row, focused; refused with a message past the batch limit."""
        if self.busy:
            return
        if len(self.rows) >= self.max_entries:
            self.error.setText(tr("Interswitch issues at most %1 paycodes in one batch. Send these, "
                                  "then start a new batch for the others.", self.max_entries))
            return
        n = len(self.rows) + 1
        phone, amount, pin = QLineEdit(), QLineEdit(), self._pin_edit()
        phone.setMaxLength(20)
        phone.setMaximumWidth(360)
        amount.setMaximumWidth(240)
        phone.setPlaceholderText("0802 111 1111")
        amount.setMaxLength(14)
        amount.setPlaceholderText("5000")
        row = Row(label(f"{n}.", "field", wrap=False), phone, amount, pin)
        for col, w in enumerate(row.widgets()):
            self.grid.addWidget(w, n, col)
            w.show()  # now, not at the next event-loop turn: the new phone takes the focus
        for edit in (phone, amount, pin):
            edit.textChanged.connect(lambda _t, e=edit: self._edited(e))
        phone.returnPressed.connect(amount.setFocus)
        amount.returnPressed.connect(pin.setFocus)
        pin.returnPressed.connect(lambda r=row: self._after_pin(r))
        self.rows.append(row)
        self.error.clear()
        self._renumber()
        phone.setFocus()
        self.scroll.ensureWidgetVisible(phone)

    def remove_row(self) -> None:
        """Remove the row the cursor is in (the last one if none); one row always stays."""
        if self.busy or not self.rows:
            return
        focused = self.focusWidget()
        row = next((r for r in self.rows if focused in r.widgets()), self.rows[-1])
        if len(self.rows) == 1:
            for edit in (row.phone, row.amount, row.pin):
                edit.clear()
            row.phone.setFocus()
            return
        at = self.rows.index(row)
        self._drop(row)
        self._renumber()
        self.rows[min(at, len(self.rows) - 1)].phone.setFocus()
        self.error.clear()

    def _drop(self, row: Row) -> None:
        self.rows.remove(row)
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()

    def _renumber(self) -> None:
        """Rows stay packed under the header after a removal; the total follows."""
        for n, row in enumerate(self.rows, 1):
            row.number.setText(f"{n}.")
            for col, w in enumerate(row.widgets()):
                self.grid.addWidget(w, n, col)
        self.b_add.setEnabled(len(self.rows) < self.max_entries)
        self.update_total()

    def _after_pin(self, row: Row) -> None:
        at = self.rows.index(row)
        if at + 1 < len(self.rows):
            self.rows[at + 1].phone.setFocus()
        else:
            self.send_button.setFocus()

    def _edited(self, edit: QLineEdit) -> None:
        if edit.property("invalid"):
            self._mark(edit, False)
        self.update_total()

    def _lifetime_changed(self, text: str) -> None:
        self._mark(self.lifetime, False)
        minutes = ascii_digits(text.strip())
        if not (minutes.isascii() and minutes.isdigit() and int(minutes) > 0):
            self.lifetime_hint.setText("")
            return
        hours, mins = divmod(int(minutes), 60)
        days, hours = divmod(hours, 24)
        parts = [tr("%1 day" if days == 1 else "%1 days", days) if days else "",
                 f"{hours} h" if hours else "", f"{mins} min" if mins else ""]
        self.lifetime_hint.setText("= " + " ".join(p for p in parts if p))

    @staticmethod
    def _mark(edit: QWidget, bad: bool) -> None:
        edit.setProperty("invalid", bad)
        edit.style().unpolish(edit)  # the style sheet keys on the property
        edit.style().polish(edit)

    # -- the total and the checks -----------------------------------------------------------

    def update_total(self) -> None:
        """The total of the amounts typed so far, and what stops it being sent."""
        total: Money | None = None
        bad = [n for n, r in enumerate(self.rows, 1) if r.amount.text().strip()
               and self._amount(r) is None]
        amounts = [a for r in self.rows if (a := self._amount(r)) is not None]
        for a in amounts:
            total = a if total is None else total + a
        filled = sum(1 for r in self.rows if not r.empty())
        text = tr("Total %1  for %2 paycode" if filled == 1 else "Total %1  for %2 paycodes",
                  (total or Money(0, "NGN")).display(), filled)
        over = (self.product is not None and self.product.max_amount is not None
                and total is not None and total > self.product.max_amount)
        if bad:
            text += "  " + tr("(amount %1 is not a number)", bad[0])
        elif over and self.product is not None and self.product.max_amount is not None:
            text += "  " + tr("(most per batch %1)", self.product.max_amount.display())
        self.total.setText(text)
        self.total.setObjectName("totalbad" if bad or over else "total")
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)

    def _amount(self, row: Row) -> Money | None:
        try:
            return self.parse_amount(row.amount.text())
        except InputError:
            return None

    def check(self) -> tuple[Money, dict[str, Any]]:
        """The batch as `Counter.sell` takes it: the total and `extra`. FieldError names the
        first field that cannot be sent; nothing is sent or changed."""
        minutes = ascii_digits(self.lifetime.text().strip())
        if not (minutes.isascii() and minutes.isdigit()
                and 0 < int(minutes) <= self.max_lifetime):
            raise FieldError(tr("Lifetime: type the minutes the paycodes stay valid, from 1 to %1 "
                                "(1440 is one day).", self.max_lifetime), self.lifetime)
        default_pin = self.default_pin.text()
        if default_pin and not _four_digits(default_pin):
            raise FieldError(tr("Default one-time PIN: it must be 4 digits."), self.default_pin)
        entries = []
        total: Money | None = None
        for n, row in enumerate(self.rows, 1):
            if row.empty():
                raise FieldError(tr("Beneficiary %1 is empty: fill it in or remove it "
                                    "(Ctrl+R).", n), row.phone)
            phone = "".join(ch for ch in ascii_digits(row.phone.text().strip())
                            if ch not in " -().")
            digits = phone[1:] if phone.startswith("+") else phone
            if not (digits.isascii() and digits.isdigit() and 10 <= len(digits) <= 14):
                raise FieldError(tr("Beneficiary %1: the phone number must be digits, like "
                                    "0802 111 1111.", n), row.phone)
            try:
                amount = self.parse_amount(row.amount.text())
            except InputError as exc:
                raise FieldError(tr("Beneficiary %1: %2", n, tr_message(exc.message)),
                                 row.amount) from None
            if amount.minor <= 0:
                raise FieldError(tr("Beneficiary %1: the amount must be above zero.", n),
                                 row.amount)
            pin = row.pin.text()
            if pin and not _four_digits(pin):
                raise FieldError(tr("Beneficiary %1: the one-time PIN must be 4 digits.", n),
                                 row.pin)
            if not pin and not default_pin:
                raise FieldError(tr("Beneficiary %1: type a one-time PIN, or a default PIN for "
                                    "everyone.", n), row.pin)
            total = amount if total is None else total + amount
            entries.append({"phone": row.phone.text().strip(), "amount_minor": amount.minor,
                            "one_time_pin": ascii_digits(pin.strip())})
        if total is None:
            raise FieldError(tr("Add at least one beneficiary."), None)
        return total, {"entries": entries, "default_pin": ascii_digits(default_pin.strip()),
                       "channel": self.channel.currentText(), "lifetime_minutes": int(minutes)}

    # -- feedback ---------------------------------------------------------------------------

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.set_busy(False)
        self.error.setText(text)
        if field is not None:
            if isinstance(field, QLineEdit):
                self._mark(field, True)
                field.selectAll()
            field.setFocus()
            self.scroll.ensureWidgetVisible(field)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While a batch is being sent nothing on the form can change."""
        self.busy = busy
        for row in self.rows:
            for edit in (row.phone, row.amount, row.pin):
                edit.setReadOnly(busy)
        for edit in (self.lifetime, self.default_pin):
            edit.setReadOnly(busy)
        self.channel.setEnabled(not busy)
        self.b_add.setEnabled(not busy and len(self.rows) < self.max_entries)
        self.b_remove.setEnabled(not busy)
        self.send_button.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.status.setText(text)

    def _send(self) -> None:
        if not self.busy:
            self.send.emit()
