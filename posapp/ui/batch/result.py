"""What became of a batch: each paycode large with its amount and expiry, the beneficiaries
not issued and the cash to hand back, a refusal in the cashier's words, or a batch held for
a supervisor with the three decisions they can take. Shows only; the screen acts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.money import Money
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState, Token
from posapp.i18n import tr, tr_message
from posapp.ui.widgets import Page, card, label

S = SaleState


def _kobo(text: object, currency: str) -> str:
    value = str(text or "")
    return Money(int(value), currency).display() if value.isascii() and value.isdigit() else ""


def _expiry(text: str) -> str:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text


def _phone(text: str) -> str:
    d = str(text)
    return f"{d[:4]} {d[4:7]} {d[7:]}" if len(d) == 11 and d.isdigit() else d


def entries_of(sale: SaleRecord) -> list[tuple[str, int]]:
    """The batch as sent: (beneficiary phone, amount in minor units); never the PINs."""
    body = sale.request.get("body", {}) if isinstance(sale.request, dict) else {}
    out = []
    for e in body.get("entries", []):
        if isinstance(e, dict):
            amount = str(e.get("amount", ""))
            out.append((str(e.get("beneficiaryNumber", "")),
                        int(amount) if amount.isascii() and amount.isdigit() else 0))
    return out


class HeldPanel(QWidget):
    """A supervisor settles a batch that got no answer, from Interswitch's portal."""

    #: decision ("resend", "refund", "issued"), paycodes typed (for "issued"), supervisor PIN
    decide = Signal(str, str, str)

    def __init__(self) -> None:
        super().__init__()
        box, lay = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.heading = label("", "field")
        lay.addWidget(self.heading)
        grid = QGridLayout()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.paycodes = QLineEdit()
        self.paycodes.setPlaceholderText(tr("only if the portal shows them, in beneficiary order"))
        for row, (text, edit) in enumerate(((tr("Supervisor PIN"), self.pin),
                                            (tr("Paycodes from the portal"), self.paycodes))):
            grid.addWidget(label(text, "hint", wrap=False), row, 0)
            edit.setStyleSheet("font-size: 17px; padding: 4px;")
            grid.addWidget(edit, row, 1)
        row = QHBoxLayout()
        self.b_resend = QPushButton(tr("Send again, same reference"))
        self.b_refund = QPushButton(tr("Not issued: refund"))
        self.b_issued = QPushButton(tr("Record them"))
        for b, what in ((self.b_resend, "resend"), (self.b_refund, "refund"),
                        (self.b_issued, "issued")):
            b.setAutoDefault(True)
            b.clicked.connect(lambda _c=False, w=what: self._go(w))
            if b is not self.b_issued:
                row.addWidget(b)
        grid.addWidget(self.b_issued, 1, 2)
        lay.addLayout(grid)
        row.addStretch(1)
        lay.addLayout(row)
        self.note = label("", "error")
        self.note.hide()
        lay.addWidget(self.note)

    def show_for(self, sale: SaleRecord, entries: list[tuple[str, int]]) -> None:
        cur = sale.amount.currency
        sent = "\n".join(f"   {n}.  {_phone(p)}   {Money(a, cur).display()}"
                         for n, (p, a) in enumerate(entries, 1))
        self.heading.setText(
            tr("Supervisor: find reference %1 in Interswitch's portal. The batch as sent:\n%2\n"
               "Not there: send it again (same reference) or refund. There: record its "
               "paycodes.", sale.idem_key, sent))
        self.say("")
        self.pin.clear()
        self.paycodes.clear()

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _go(self, what: str) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self.decide.emit(what, self.paycodes.text(), pin)


class BatchResult(Page):
    new_batch = Signal()
    reprint = Signal()
    keep_queued = Signal()
    cancel_queued = Signal()

    def __init__(self) -> None:
        super().__init__()
        lay = self.lay
        lay.setSpacing(8)
        self.title = label("", "title")
        self.state = label("", "ok")
        self.detail = label("", "field")
        self.missing = label("", "warn")
        self.list = QWidget()
        self.list.setObjectName("page")
        self.list_lay = QVBoxLayout(self.list)
        self.list_lay.setContentsMargins(0, 0, 0, 0)
        self.list_lay.setSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.list)
        # The paycodes scroll; the messages and the supervisor's panel always show whole.
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.scroll.setMinimumHeight(110)
        self.held = HeldPanel()
        self.held.hide()
        self.info = label("", "hint")
        self.print_state = label("", "hint")
        self.print_state.hide()
        for w in (self.title, self.state, self.detail, self.missing):
            lay.addWidget(w)
        lay.addWidget(self.scroll, 1)
        for w in (self.held, self.info, self.print_state):
            lay.addWidget(w)
        lay.addStretch(0)  # takes the room the paycodes leave when there are none
        choice, main = QHBoxLayout(), QHBoxLayout()
        self.b_new = QPushButton(tr("New batch (Enter)"))
        self.b_new.setObjectName("primary")
        self.b_print = QPushButton(tr("Print again (F8)"))
        self.b_keep = QPushButton(tr("Keep queued, print slip"))
        self.b_cancel = QPushButton(tr("Cancel, refund cash"))
        for b, sig, row in ((self.b_keep, self.keep_queued, choice),
                            (self.b_cancel, self.cancel_queued, choice),
                            (self.b_new, self.new_batch, main),
                            (self.b_print, self.reprint, main)):
            b.setAutoDefault(True)
            b.clicked.connect(sig.emit)
            row.addWidget(b)
        for row in (choice, main):
            row.addStretch(1)
            lay.addLayout(row)
        lay.addWidget(label(tr("Enter: new batch. F8: print the slips again. Esc: back to the "
                            "counter. F9: history."), "hint"))
        #: (phone, paycode as shown, amount, expiry) per paycode on screen, for tests and reading
        self.shown: list[tuple[str, str, str, str]] = []

    def _clear(self) -> None:
        while self.list_lay.count():
            item = self.list_lay.takeAt(0)
            gone = item.widget()
            if gone is not None:
                gone.hide()
                gone.setParent(None)
                gone.deleteLater()
        self.shown = []

    def _paycode_card(self, n: int, token: Token, sale: SaleRecord) -> QWidget:
        extra = sale.result.extra if sale.result else {}
        cur = sale.amount.currency
        entries = entries_of(sale)
        phone = token.serial or (entries[token.index - 1][0] if 0 < token.index <= len(entries)
                                 else "")
        amount = _kobo(extra.get(f"amount_minor.{token.index}"), cur) or (
            Money(entries[token.index - 1][1], cur).display()
            if 0 < token.index <= len(entries) else "")
        expires = _expiry(token.expires) if token.expires else tr("ask Interswitch")
        surcharge = _kobo(extra.get(f"surcharge_minor.{token.index}"), cur)
        box, lay = card()
        lay.setContentsMargins(14, 8, 14, 8)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label(f"{n}.  {_phone(phone)}", "tokenlabel", wrap=False))
        left.addWidget(label(amount, "ok", wrap=False))
        more = tr("Expires %1", expires) + ("   " + tr("Surcharge %1", surcharge)
                                             if surcharge else "")
        left.addWidget(label(more, "hint"))  # wraps: French is longer, the code must not be cut
        row.addLayout(left, 1)
        code = label(token.grouped(), "token", wrap=False)
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(code)
        lay.addLayout(row)
        self.shown.append((phone, token.grouped(), amount, expires))
        return box

    def show_sale(self, sale: SaleRecord, product_label: str, held: bool) -> None:
        """`held`: in doubt, and Interswitch has no enquiry: only a supervisor settles it."""
        self._clear()
        cur = sale.amount.currency
        self.title.setText(f"{tr(product_label)}  -  {sale.amount.display()}")
        entries = entries_of(sale)
        issued = {t.index for t in sale.tokens}
        missing = [(n, e) for n, e in enumerate(entries, 1) if n not in issued]
        style, text, detail, missing_text = "hint", str(sale.state), "", ""
        if sale.state in (S.VENDED, S.PRINTED) and sale.tokens:
            style = "ok"
            text = (tr("%1 paycodes issued. Give each beneficiary their slip.", len(sale.tokens))
                    if len(sale.tokens) > 1 else
                    tr("Paycode issued. Give the beneficiary the slip."))
            if missing and entries:
                style = "warn"
                text = tr("Only %1 of %2 paycodes issued. Give each beneficiary below their "
                          "slip.", len(sale.tokens), len(entries))
                back = Money(sum(a for _, (_, a) in missing), cur)
                missing_text = tr("NOT ISSUED: %1. Hand back %2 to the customer for these.",
                                  ", ".join(f"{_phone(p)} ({Money(a, cur).display()})"
                                            for _, (p, a) in missing), back.display())
        elif sale.state in (S.VENDED, S.PRINTED):
            style, text = "ok", tr("Settled.")
        elif sale.state in (S.REFUND_DUE, S.VEND_FAILED):
            style = "error"
            text = tr("Not issued. Give the customer %1 back.", sale.amount.display())
            detail = tr_message(sale.message)
        elif sale.state == S.IN_DOUBT and held:
            style = "warn"
            text = tr("No answer from Interswitch: the paycodes may exist. Do NOT send this batch "
                      "again and do not hand back cash. Call the supervisor.")
        elif sale.state == S.QUEUED and sale.held:
            style = "warn"
            text = tr("No network: nothing was sent. Keep the batch queued (it is sent by itself "
                      "when the network returns), or cancel and hand the cash back.")
        elif sale.state == S.QUEUED:
            style, text = "warn", tr("Queued: it is sent by itself when the network returns.")
        elif sale.state in (S.VENDING, S.COLLECTED, S.IN_DOUBT):
            style, text = "warn", tr("Waiting for Interswitch's answer...")
        self.state.setObjectName(style)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.state.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.missing.setText(missing_text)
        self.missing.setVisible(bool(missing_text))
        for n, token in enumerate(sale.tokens, 1):
            self.list_lay.addWidget(box := self._paycode_card(n, token, sale))
            box.show()  # now, not at the next event-loop turn
        is_held = held and sale.state == S.IN_DOUBT
        self.scroll.setVisible(bool(sale.tokens) or not is_held)
        if not sale.tokens and entries:  # what was asked for, for the supervisor or cashier
            box, lay = card()
            lay.addWidget(label(tr("The batch as sent:"), "tokenlabel"))
            lay.addWidget(label("\n".join(f"{n}.  {_phone(p)}   {Money(a, cur).display()}"
                                          for n, (p, a) in enumerate(entries, 1)), "field"))
            self.list_lay.addWidget(box)
            box.show()
        self.list_lay.addStretch(1)
        body = sale.request.get("body", {}) if isinstance(sale.request, dict) else {}
        self.info.setText(tr("Receipt %1    Reference %2    Channel "
                             "%3", sale.receipt_no, sale.idem_key, body.get('channel', '')))
        self.held.setVisible(is_held)
        if is_held:
            self.held.show_for(sale, entries)
        queued = sale.state == S.QUEUED
        self.b_keep.setVisible(queued and sale.held)
        self.b_cancel.setVisible(queued)
        self.b_print.setVisible(sale.state in (S.VENDED, S.PRINTED, S.REFUND_DUE)
                                or (queued and not sale.held))
        self.b_print.setText(tr("Print again (F8)") if sale.state in (S.VENDED, S.PRINTED)
                             else tr("Print slip (F8)"))
        self.b_new.setFocus()

    def set_print_state(self, text: str) -> None:
        self.print_state.setText(text)
        self.print_state.setVisible(bool(text))
