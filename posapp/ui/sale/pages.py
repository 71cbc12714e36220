"""One screen per step. Pages only show and collect; SaleFlow calls the service."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.money import Money, MoneyError
from posapp.domain.product import CASH, Product, Tender
from posapp.domain.records import SaleRecord
from posapp.domain.sale import Customer, SaleState
from posapp.i18n import N_, tr
from posapp.ui.widgets import Page, busy_bar, card, label, page


class ProductPage(Page):
    chosen = Signal(object)

    def __init__(self, products: list[Product]) -> None:
        super().__init__()
        lay = self.lay
        lay.addWidget(label(tr("What is the customer buying?"), "title"))
        self.list = QListWidget()
        for p in products:
            item = QListWidgetItem(f"{p.shortcut}    {tr(p.label)}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda it: self.chosen.emit(
            it.data(Qt.ItemDataRole.UserRole)))
        lay.addWidget(self.list, 1)
        lay.addWidget(label(tr("Arrows and Enter, or the F key. F9: history."), "hint"))

    def focus(self) -> None:
        self.list.setFocus()


class ChoicePage(Page):
    """Pick one of a list: the provider's products (DSTV, GOTV...) or a product's plans."""

    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        lay = self.lay
        self.title = label("", "title")
        self.prompt = label("", "field")
        self.list = QListWidget()
        self.list.setObjectName("choices")
        self.list.itemActivated.connect(lambda it: self.chosen.emit(
            it.data(Qt.ItemDataRole.UserRole)))
        self.bar = busy_bar()
        self.error = label("", "error")
        for x in (self.title, self.prompt):
            lay.addWidget(x)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.bar)
        lay.addWidget(self.error)
        lay.addWidget(label(tr("Arrows and Enter. F5: refresh the list from the provider. "
                            "Esc: back."), "hint"))

    def show_items(self, title: str, prompt: str, items: list[tuple[str, object]],
                   current: int = -1) -> None:
        """Nothing is highlighted unless `current` says so: Enter alone never picks one
        (the first Down highlights the first row)."""
        self.title.setText(title)
        self.prompt.setText(prompt)
        self.error.clear()
        self.bar.hide()
        self.list.clear()
        for text, data in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        if current < 0:
            self.list.clearSelection()
        self.list.setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.bar.setVisible(busy)
        self.prompt.setText(text or self.prompt.text())

    def show_error(self, text: str) -> None:
        self.bar.hide()
        self.error.setText(text)


class AccountPage(Page):
    submitted = Signal(str)
    cancel_lookup = Signal()
    go_offline = Signal()

    def __init__(self) -> None:
        super().__init__()
        lay = self.lay
        self.title = label("", "title")
        self.prompt = label("", "field")
        self.entry = QLineEdit()
        self.entry.setMaxLength(24)
        self.entry.returnPressed.connect(lambda: self.submitted.emit(self.entry.text()))
        self.bar = busy_bar()
        self.status = label("", "hint")
        self.error = label("", "error")
        row = QHBoxLayout()
        self.cancel = QPushButton(tr("Cancel lookup (Esc)"))
        self.cancel.hide()
        self.cancel.clicked.connect(self.cancel_lookup.emit)
        row.addWidget(self.cancel)
        self.offline = QPushButton(tr("Continue offline without checking (F6)"))
        self.offline.hide()
        self.offline.clicked.connect(self.go_offline.emit)
        row.addWidget(self.offline)
        row.addStretch(1)
        for x in (self.title, self.prompt, self.entry, self.bar, self.status, self.error):
            lay.addWidget(x)
        lay.addLayout(row)
        lay.addStretch(1)
        lay.addWidget(label(tr("Type or scan, then Enter. Esc: back."), "hint"))

    def show_for(self, product: Product, account: str = "") -> None:
        """`account`: the number typed before (back from the amount), kept as it was."""
        self.title.setText(tr(product.label))
        self.prompt.setText(tr(product.account_label))
        self.entry.setText(account)
        self.entry.deselect()
        self.set_busy(False)
        self.error.clear()
        self.offline.hide()
        self.entry.setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.entry.setReadOnly(busy)
        self.bar.setVisible(busy)
        self.cancel.setVisible(busy)
        self.status.setText(text)

    def show_error(self, text: str, offline: bool = False) -> None:
        self.set_busy(False)
        self.error.setText(text + (tr("\nYou can take the payment now: it is saved and sent "
                                   "when the network returns.") if offline else ""))
        self.offline.setVisible(offline)
        self.entry.selectAll()
        self.entry.setFocus()


class TenderBox(QComboBox):
    """How the customer pays: Up/Down (or the first letter) changes it, Enter moves on."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            self.entered.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        # The style sheet that sizes the box drops the arrow: draw "up / down" ourselves.
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#37506b"))
        x, mid = self.width() - 24, self.height() // 2
        p.drawPolygon(QPolygon([QPoint(x, mid - 3), QPoint(x + 12, mid - 3),
                                QPoint(x + 6, mid - 10)]))
        p.drawPolygon(QPolygon([QPoint(x, mid + 3), QPoint(x + 12, mid + 3),
                                QPoint(x + 6, mid + 10)]))
        p.end()


# The notes customers hand over, largest first, in major units: quick-cash buttons offer the
# next round amounts they make.
NOTES = {"NGN": (1000, 500, 200, 100), "RWF": (5000, 2000, 1000, 500),
         "XAF": (10000, 5000, 2000, 1000, 500), "USD": (100, 50, 20, 10, 5, 1)}


def quick_cash(amount: Money, most: int = 4) -> list[Money]:
    """Exact, then up to three round amounts above it: the next multiple of each note, and
    of two, five and ten of the largest (7,500 NGN: exact, 7,600, 8,000, 10,000)."""
    notes = NOTES.get(amount.currency, ())
    unit = Money.parse("1", amount.currency).minor
    steps = {n * unit for n in notes} | ({notes[0] * unit * k for k in (2, 5, 10)}
                                         if notes else set())
    above = sorted({-(-amount.minor // s) * s for s in steps} - {amount.minor})
    return [amount] + [Money(m, amount.currency) for m in above[:most - 1]]


class AmountPage(Page):
    pay = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        lay = self.lay
        lay.setSpacing(8)  # fits an 800 x 600 counter screen
        self.title = label("", "title")
        lay.addWidget(self.title)
        box, box_lay = card()
        grid = QGridLayout()
        box_lay.addLayout(grid)
        self.fields: dict[str, object] = {}
        self.field_labels: dict[str, object] = {}
        for row, key in enumerate(("account", "name", "type", "minimum", "outstanding")):
            name = label("", "hint", wrap=False)
            grid.addWidget(name, row, 0)
            value = label("", "field")
            grid.addWidget(value, row, 1)
            self.fields[key] = value
            self.field_labels[key] = name
        self.card = box
        grid.setColumnStretch(1, 1)
        lay.addWidget(box)
        # Amount and how it is paid side by side; below, the cash received or the customer's
        # mobile money number, whichever the tender needs.
        entry = QGridLayout()
        entry.setHorizontalSpacing(16)
        entry.setVerticalSpacing(6)
        self.amount_label = label(tr("Amount"), "field")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("e.g. 5000")
        self.tender_label = label(tr("Paid by (Up / Down to change)"), "field")
        self.tender_box = TenderBox()
        self.tender_box.setObjectName("tenders")
        # As tall and readable as the line edits beside it.
        self.tender_box.setStyleSheet("QComboBox#tenders { font-size: 22px; padding: 8px; "
                                      "border: 2px solid #9fb0c4; border-radius: 6px; "
                                      "background: #ffffff; } QComboBox#tenders:focus "
                                      "{ border-color: #1f6fd1; } QComboBox#tenders::drop-down "
                                      "{ width: 34px; border: none; }")
        self.cash_label = label(tr("Cash received - leave empty if exact"), "field")
        self.cash = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(tr("mobile number"))
        self.phone.hide()
        entry.addWidget(self.amount_label, 0, 0)
        entry.addWidget(self.amount, 1, 0)
        entry.addWidget(self.tender_label, 0, 1)
        entry.addWidget(self.tender_box, 1, 1)
        entry.addWidget(self.cash_label, 2, 0)
        entry.addWidget(self.cash, 3, 0)
        entry.addWidget(self.phone, 3, 0)
        # Change due as large as a token, beside the cash it comes from: its place is always
        # there (empty until cash is typed), so nothing below it moves when it appears.
        self.change = label("", "change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        entry.addWidget(self.change, 2, 1, 2, 1)
        entry.setColumnStretch(0, 1)
        entry.setColumnStretch(1, 1)
        lay.addLayout(entry)
        self.touch = self._touch_panel()
        lay.addWidget(self.touch)
        self.error = label("", "error")
        self.bar = busy_bar()
        keep = self.bar.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.bar.setSizePolicy(keep)
        self.status = label("", "warn")
        self.pay_button = QPushButton(tr("Pay cash (Enter)"))
        self.pay_button.setObjectName("primary")
        self.pay_button.clicked.connect(self._pay)
        for x in (self.error, self.bar, self.status, self.pay_button):
            lay.addWidget(x)
        lay.addStretch(1)
        self.hint = label(tr("Enter moves on; Enter on cash pays. Esc: back."), "hint")
        lay.addWidget(self.hint)
        self.amount.returnPressed.connect(self._amount_entered)
        self.cash.returnPressed.connect(self._pay)
        self.phone.returnPressed.connect(self._pay)
        self.tender_box.entered.connect(self._tender_entered)
        self.tender_box.currentIndexChanged.connect(self._tender_changed)
        self.amount.textChanged.connect(self._changed)
        self.cash.textChanged.connect(self._changed)
        self._change_text = lambda a, c: ""
        self._touch = False
        self._fixed = False
        self._currency = ""
        self._tenders: list[Tender] = [CASH]

    def show_for(self, product: Product, customer: Customer, change_text,  # noqa: ANN001
                 fixed: object = None, hint: str = "", what: str = "",
                 tenders: list[Tender] | None = None) -> None:
        """`tenders`: the ways this terminal takes this product's currency, cash first."""
        self.title.setText(tr(product.label) + (f"  -  {what}" if what else ""))
        self._currency = product.currency
        self.amount_label.setText(tr("Amount (%1)", product.currency))
        rows = {
            "account": (tr(product.account_label or "Number"), customer.account),
            "name": (tr("Customer"), customer.name or (tr("(not checked - offline)")
                                                   if customer.account else "")),
            "type": (tr(product.type_label), customer.meter_type),
            # A zero or missing value is no information: its row is not shown.
            "minimum": (tr("Minimum"), customer.minimum.display()
                        if customer.minimum and customer.minimum.minor else ""),
            "outstanding": (tr("Outstanding"), customer.outstanding.display()
                            if customer.outstanding and customer.outstanding.minor else ""),
        }
        for key, (name, value) in rows.items():
            self.field_labels[key].setText(name)  # type: ignore[attr-defined]
            self.fields[key].setText(value)  # type: ignore[attr-defined]
            self.field_labels[key].setVisible(bool(value))  # type: ignore[attr-defined]
            self.fields[key].setVisible(bool(value))  # type: ignore[attr-defined]
        self.card.setVisible(any(value for _, value in rows.values()))
        self.amount.setText(customer.outstanding.decimal_str() if customer.outstanding and
                            not product.gives_token and customer.outstanding.minor else "")
        self.amount.setReadOnly(False)
        self.amount.setPlaceholderText(hint or "e.g. 5000")
        if fixed is not None:  # a plan's price is the price
            self.amount.setText(fixed.decimal_str())  # type: ignore[attr-defined]
        self._tenders = list(tenders or [CASH])
        self.tender_box.blockSignals(True)
        self.tender_box.clear()
        for t in self._tenders:
            self.tender_box.addItem(tr(t.label), t.key)
        self.tender_box.setCurrentIndex(0)
        self.tender_box.blockSignals(False)
        many = len(self._tenders) > 1
        self.tender_label.setVisible(many)
        self.tender_box.setVisible(many)
        self.cash.clear()
        self.phone.clear()
        self.error.clear()
        self.change.clear()
        self._change_text = change_text
        self._fixed = fixed is not None
        self._tender_changed()
        self.set_busy(False)
        target = self.tender_box if fixed is not None and many else (
            self.cash if fixed is not None else self.amount)
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    # -- touch terminals: a keypad and quick-cash buttons ----------------------------------

    def _touch_panel(self) -> QWidget:
        """Large buttons that never take the focus: the keypad types into the field that has
        it; a quick-cash button fills in the cash received. Shown only on touch terminals."""
        panel = QWidget()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        keys = QGridLayout()
        keys.setSpacing(6)
        for n, key in enumerate(("7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "<")):
            b = QPushButton("\u232b" if key == "<" else key)
            b.setObjectName("keypad")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumSize(64, 44)
            b.clicked.connect(lambda _c=False, k=key: self._key(k))
            keys.addWidget(b, n // 3, n % 3)
        row.addLayout(keys)
        quick = QVBoxLayout()
        quick.setSpacing(6)
        self.quick_cash: list[QPushButton] = []
        for _ in range(4):
            b = QPushButton("")
            b.setObjectName("keypad")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(44)
            b.clicked.connect(lambda _c=False, btn=b: self._quick(btn))
            quick.addWidget(b)
            self.quick_cash.append(b)
        quick.addStretch(1)
        row.addLayout(quick, 1)
        # Its full height or nothing: squeezed keys are no use to a finger; on a small screen
        # the page scrolls instead (the window puts tall pages in a scroll area).
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        panel.hide()
        return panel

    def set_touch(self, on: bool) -> None:
        self._touch = on
        self.touch.setVisible(on)

    def _key(self, key: str) -> None:
        field = QApplication.focusWidget()
        if field not in (self.amount, self.cash, self.phone) or not isinstance(
                field, QLineEdit) or field.isReadOnly():
            field = self.cash if self.cash.isVisible() and not self.cash.isReadOnly() else None
        if field is None:
            return
        field.setFocus()
        if key == "<":
            field.backspace()
        else:
            field.insert(key)

    def _quick(self, button: QPushButton) -> None:
        value = button.property("cash")
        if value is not None and self.cash.isVisible():
            self.cash.setText(str(value))
            self.cash.setFocus()

    def _fill_quick_cash(self) -> None:
        """Exact, then the next round amounts a customer hands over in this currency's notes."""
        try:
            amount = Money.parse(self.amount.text(), self._currency)
        except (MoneyError, ValueError):
            amount = None
        offers = quick_cash(amount) if amount is not None and amount.minor > 0 else []
        show = self._touch and self.tender().key == CASH.key
        for n, b in enumerate(self.quick_cash):
            if show and n < len(offers):
                money = offers[n]
                b.setText(tr("Exact %1", money.display()) if n == 0 else money.display())
                b.setProperty("cash", money.decimal_str())
                b.show()
            else:
                b.setProperty("cash", None)
                b.hide()

    def tender(self) -> Tender:
        """The tender the cashier picked (cash unless another is chosen)."""
        return self._tenders[max(0, self.tender_box.currentIndex())]

    def _tender_changed(self) -> None:
        t = self.tender()
        cash = t.key == CASH.key
        self.cash.setVisible(cash)
        self.phone.setVisible(t.needs_phone)
        self.cash_label.setVisible(cash or t.needs_phone)
        if cash:
            self.cash_label.setText(tr("Cash received (%1) - leave empty if exact", self._currency))
            self.pay_button.setText(tr("Pay cash (Enter)"))
            self.hint.setText(tr("Enter moves on; Enter on cash pays. Esc: back."))
        elif t.needs_phone:
            self.cash_label.setText(tr("Customer's %1 number", t.label))
            self.pay_button.setText(tr("Ask the customer to pay (Enter)"))
            self.hint.setText(tr("Type the customer's number, then Enter. Esc: back."))
        else:
            self.pay_button.setText(tr("Show the payment QR code (Enter)"))
            self.hint.setText(tr("Enter shows the code for the customer's phone. Esc: back."))
        self.error.clear()
        self._changed()

    def _amount_entered(self) -> None:
        (self.tender_box if self.tender_box.isVisible() else self.cash).setFocus()

    def _tender_entered(self) -> None:
        t = self.tender()
        if t.key == CASH.key:
            self.cash.setFocus()
        elif t.needs_phone:
            self.phone.setFocus()
            self.phone.selectAll()
        else:
            self._pay()

    def _changed(self) -> None:
        if self._touch:
            self._fill_quick_cash()
        cash = self.tender().key == CASH.key
        text = self._change_text(self.amount.text(), self.cash.text()) if cash else ""
        # Short cash is a warning in the error colour, never the green of change due.
        name = "short" if text.startswith("Cash is short") else "change"
        if self.change.objectName() != name:
            self.change.setObjectName(name)
            self.change.style().unpolish(self.change)
            self.change.style().polish(self.change)
        self.change.setText(text)

    def _pay(self) -> None:
        if self.pay_button.isEnabled():
            self.pay.emit(self.amount.text(), self.cash.text())

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.pay_button.setEnabled(not busy)
        self.amount.setReadOnly(busy or self._fixed)
        self.cash.setReadOnly(busy)
        self.phone.setReadOnly(busy)
        self.tender_box.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.status.setText(text)

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        """Focus goes to the field to correct; only that field's text is selected (so the
        next digits replace the cash received, never the sale amount by surprise)."""
        self.set_busy(False)
        self.error.setText(text)
        target = field or self.amount
        target.setFocus()
        target.selectAll()


def token_noun(label: str, kind: str) -> str:
    """"Credit token", "Key change 1 token", "PIN"; never "Token token"."""
    if kind.upper() == "PIN" or label.lower().endswith("token"):
        return tr(label)
    return tr(f"{label} token")  # the catalogue has each known one ("Credit token")


def title_of(sale: SaleRecord, product_label: str) -> str:
    """The product, what was bought within it (DSTV Compact), and the amount."""
    what = " ".join(str(sale.request.get(k) or "").strip() for k in ("product_name", "plan_name"))
    what = " ".join(what.split())
    parts = [tr(product_label)] + ([what] if what and what not in product_label else [])
    return "  -  ".join(parts + [sale.amount.display()])


STATE_TEXT = {
    SaleState.VENDED: ("ok", N_("Paid. Read the token(s) to the customer.")),
    SaleState.PRINTED: ("ok", N_("Paid and printed.")),
    SaleState.QUEUED: ("warn", N_("No network: the sale is saved and queued. It will complete by "
                               "itself when the network returns.")),
    SaleState.IN_DOUBT: ("warn", N_("No clear answer from the provider. Do NOT sell again: the "
                                 "terminal is checking and the token will appear here.")),
    SaleState.VENDING: ("warn", N_("Sending...")),
    SaleState.REFUND_DUE: ("error", N_("Not paid. Give the customer their cash back.")),
    SaleState.VEND_FAILED: ("error", N_("Not paid. Give the customer their cash back.")),
    SaleState.COLLECTING: ("warn", N_("Waiting for the customer's payment.")),
    SaleState.COLLECTED: ("warn", N_("Paid. Sending...")),
    SaleState.COLLECT_FAILED: ("error", N_("Not paid. Nothing was sold.")),
    SaleState.CANCELLED: ("warn", N_("Cancelled. Nothing was paid and nothing was sold.")),
}


class SettlePanel(QWidget):
    """For a held sale: the supervisor records what the provider's portal says."""

    settle = Signal(bool, str, str, str)  # paid?, reference, token or PIN, supervisor PIN

    def __init__(self) -> None:
        super().__init__()
        box, lay = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        lay.addWidget(label(tr("Supervisor: settle from the provider's portal"), "field"))
        grid = QGridLayout()
        self.ref = QLineEdit()
        self.token = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for row, (text, edit) in enumerate(((tr("Provider reference"), self.ref),
                                            (tr("Token or PIN (if any)"), self.token),
                                            (tr("Supervisor PIN"), self.pin))):
            grid.addWidget(label(text, "hint", wrap=False), row, 0)
            edit.setStyleSheet("font-size: 17px; padding: 4px;")
            grid.addWidget(edit, row, 1)
        lay.addLayout(grid)
        row = QHBoxLayout()
        self.b_paid = QPushButton(tr("It was paid"))
        self.b_not = QPushButton(tr("It was not paid (refund)"))
        self.b_paid.clicked.connect(lambda: self._go(True))
        self.b_not.clicked.connect(lambda: self._go(False))
        row.addWidget(self.b_paid)
        row.addWidget(self.b_not)
        row.addStretch(1)
        lay.addLayout(row)
        self.note = label("", "error")
        lay.addWidget(self.note)

    def _go(self, paid: bool) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self.settle.emit(paid, self.ref.text(), self.token.text(), pin)


class ResultPage(QWidget):
    new_sale = Signal()
    reprint = Signal()
    check_now = Signal()
    keep_queued = Signal()
    cancel_queued = Signal()

    def __init__(self) -> None:
        super().__init__()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        w, lay = page()
        outer.addWidget(w, 3)
        self.title = label("", "title")
        self.state = label("", "ok")
        self.detail = label("", "hint")
        self.tokens = QWidget()
        self.tokens_lay = QGridLayout(self.tokens)
        self.tokens_lay.setContentsMargins(0, 0, 0, 0)
        self.change = label("", "change")  # as large as the token
        self.info = label("", "field")
        self.print_state = label("", "hint")
        self.settle_panel = SettlePanel()
        self.settle_panel.hide()
        for x in (self.title, self.state, self.detail, self.tokens, self.change, self.info,
                  self.print_state, self.settle_panel):
            lay.addWidget(x)
        lay.addStretch(1)
        # Two rows so the page fits a 1024-pixel counter screen.
        choice_row, main_row = QHBoxLayout(), QHBoxLayout()
        self.b_new = QPushButton(tr("New sale (Enter)"))
        self.b_new.setObjectName("primary")
        # Where Enter goes while a sale is unsettled and no safe action is offered: a
        # resting place that does nothing, so Enter never starts another sale by habit.
        self.rest = QWidget()
        self.rest.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rest.setFixedSize(1, 1)
        lay.addWidget(self.rest)
        self.b_print = QPushButton(tr("Print again (F8)"))
        self.b_check = QPushButton(tr("Check now (F5)"))
        self.b_keep = QPushButton(tr("Keep queued, print slip"))
        self.b_cancel = QPushButton(tr("Cancel, refund cash"))
        for b, sig, row in ((self.b_keep, self.keep_queued, choice_row),
                            (self.b_cancel, self.cancel_queued, choice_row),
                            (self.b_new, self.new_sale, main_row),
                            (self.b_print, self.reprint, main_row),
                            (self.b_check, self.check_now, main_row)):
            b.clicked.connect(sig.emit)
            row.addWidget(b)
        for b in (self.b_keep, self.b_cancel, self.b_check):
            b.hide()
        for row in (choice_row, main_row):
            row.addStretch(1)
            lay.addLayout(row)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setMinimumWidth(300)
        self.preview_label = label("", "")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setWidget(self.preview_label)
        outer.addWidget(self.preview, 2)
        self.token_labels: list[tuple[str, str]] = []
        self._receipt = QPixmap()
        self._shown_id = 0

    def show_sale(self, sale: SaleRecord, product_label: str, held: bool = False,
                  paid_by: str = "") -> None:
        """`held`: in doubt with a provider that has no enquiry; a supervisor settles it.
        `paid_by`: the tender's label when the customer did not pay cash."""
        if sale.id != self._shown_id:  # another sale: nothing of the last one stays
            self._shown_id = sale.id
            self._receipt = QPixmap()
            self.preview_label.clear()
            self.print_state.clear()
        self.title.setText(title_of(sale, product_label))
        style, text = STATE_TEXT.get(sale.state, ("hint", str(sale.state)))
        text = tr(text)
        if paid_by and sale.state in (SaleState.REFUND_DUE, SaleState.VEND_FAILED):
            text = (tr("REFUND DUE: the customer paid %1 by %2 but nothing was sold. A supervisor "
                       "gives the money back.", sale.amount.display(), paid_by))
        if sale.state in (SaleState.VENDED, SaleState.PRINTED):
            if not sale.tokens:
                text = tr("Paid. Give the customer the receipt.")
            elif all(t.kind == "PIN" for t in sale.tokens):
                text = tr("Paid. Give the customer the PIN slips.")
        if sale.state == SaleState.QUEUED and sale.held:
            text = (tr("No network. Ask the customer: keep the payment queued (it is sent when "
                    "the network returns, the token is reprinted from history), or cancel and "
                    "hand the cash back."))
        if held and sale.state == SaleState.IN_DOUBT:
            text = (tr("No clear answer, and this provider cannot be asked. Do NOT sell again. "
                    "Call the supervisor: they check the provider's portal and settle it."))
        self.state.setObjectName(style)
        self.state.style().unpolish(self.state)  # the style sheet keys on the object name
        self.state.style().polish(self.state)
        self.state.setText(text)
        self.detail.setText(sale.message if sale.state not in (SaleState.VENDED,
                                                                SaleState.PRINTED) else "")
        self.detail.setVisible(bool(self.detail.text()))  # no blank line where it is empty
        self.tokens.setVisible(bool(sale.tokens))
        while self.tokens_lay.count():
            item = self.tokens_lay.takeAt(0)
            gone = item.widget()
            if gone is not None:  # gone now, not at the next event-loop turn
                gone.hide()
                gone.setParent(None)
                gone.deleteLater()
        self.token_labels = []
        many = len(sale.tokens) > 1
        for n, token in enumerate(sale.tokens):
            noun = token_noun(token.label, token.kind)
            name = f"{n + 1}. {noun}" if many else noun
            if token.serial:
                name += tr("   serial %1", token.serial)
            self.tokens_lay.addWidget(label(name, "tokenlabel"), 2 * n, 0)
            value = label(token.grouped(), "token", wrap=False)
            self.tokens_lay.addWidget(value, 2 * n + 1, 0)
            self.token_labels.append((name, token.grouped()))
        lines = [tr("Receipt %1", sale.receipt_no),
                 "  ".join(x for x in (sale.account, sale.customer_name) if x)]
        if sale.provider_ref:
            lines.append(tr("Reference %1", sale.provider_ref))
        if sale.result and sale.result.units:
            lines.append(tr("Units %1 kWh", sale.result.units))
        self.change.setText(tr("Change: ") + (sale.tendered - sale.amount).display().replace(
                            " ", "\u00a0")
                            if sale.tendered and sale.tendered > sale.amount else "")
        self.change.setVisible(bool(self.change.text()))
        if paid_by:
            lines.append(tr("Paid by %1", paid_by) + (tr(", ref %1", sale.collect_ref)
                                                 if sale.collect_ref else ""))
        self.info.setText("\n".join(x for x in lines if x.strip()))
        self.settle_panel.setVisible(held and sale.state == SaleState.IN_DOUBT)
        queued = sale.state == SaleState.QUEUED
        self.b_keep.setVisible(queued and sale.held)
        self.b_cancel.setVisible(queued)
        self.b_check.setVisible((queued and not sale.held) or (
            sale.state == SaleState.IN_DOUBT and not held))
        self.b_print.setVisible(not sale.held and sale.state in (
            SaleState.VENDED, SaleState.PRINTED, SaleState.IN_DOUBT, SaleState.REFUND_DUE,
            SaleState.QUEUED))
        self.b_print.setText(tr("Print again (F8)") if sale.state in (
            SaleState.VENDED, SaleState.PRINTED) else tr("Print slip (F8)"))
        self.b_new.setText(tr("New sale (Enter)") if sale.settled else tr("New sale (Ctrl+N)"))
        self.safe_focus(sale, held).setFocus()

    def safe_focus(self, sale: SaleRecord, held: bool) -> QWidget:
        """What Enter does first. A settled sale: a new sale. An unsettled one: the safe
        action (check with the provider, or the supervisor's panel), else nothing; a new
        sale then needs Ctrl+N, so a habitual Enter never sells twice."""
        if sale.settled:
            return self.b_new
        if not self.b_check.isHidden():
            return self.b_check
        if held and sale.state == SaleState.IN_DOUBT:
            return self.settle_panel.ref
        return self.rest

    def set_print_state(self, text: str) -> None:
        self.print_state.setText(text)

    def set_preview(self, png: bytes) -> None:
        """The receipt exactly as the printer will get it, scaled to the panel."""
        pix = QPixmap()
        if pix.loadFromData(png, tr("PNG")):
            self._receipt = pix
            self._fit_preview()

    def _fit_preview(self) -> None:
        if self._receipt.isNull():
            return
        self.preview_label.setPixmap(self._receipt.scaledToWidth(
            # room for the vertical scroll bar the long receipt brings: no sideways scrolling
            max(200, self.preview.viewport().width() - 12
                - self.preview.verticalScrollBar().sizeHint().width()),
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_preview()  # the window changed size: the receipt fits the panel again
