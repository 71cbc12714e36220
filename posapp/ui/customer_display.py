"""The customer's screen: a second monitor facing the customer shows the amount, the change
and, once paid, the token in large digits. Off unless `terminal.customer_display` is set and
a second screen is attached. It only shows what the counter's screens already show."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from posapp.domain.errors import InputError
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import tr
from posapp.service import Counter
from posapp.ui.sale.flow import SaleFlow

log = logging.getLogger(__name__)

STYLE = """
QWidget#customer { background: #0b2540; }
QLabel { color: #ffffff; }
QLabel#cd_shop { font-size: 28px; color: #9fc3ee; }
QLabel#cd_what { font-size: 34px; font-weight: 600; }
QLabel#cd_amount { font-weight: 700; }
QLabel#cd_change { font-size: 48px; font-weight: 700; color: #8fe3a6; }
QLabel#cd_state { font-size: 30px; color: #ffd36b; }
QLabel#cd_token { font-family: "DejaVu Sans Mono", "Consolas", monospace;
                  font-weight: 700; background: #ffffff; color: #0b2540;
                  border-radius: 12px; padding: 12px 28px; }
"""
PAID = (SaleState.VENDED, SaleState.PRINTED)


def _label(name: str) -> QLabel:
    w = QLabel("")
    w.setObjectName(name)
    w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.setWordWrap(name != "cd_token")
    return w


class CustomerDisplay(QWidget):
    """A window of large text for the customer; `attach` follows a SaleFlow."""

    def __init__(self, shop_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(tr("posapp - customer display"))
        self.setStyleSheet(STYLE)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(18)
        self.shop = _label("cd_shop")
        self.shop.setText(shop_name or tr("Welcome"))
        self.what = _label("cd_what")
        self.amount = _label("cd_amount")
        self.change = _label("cd_change")
        self.state = _label("cd_state")
        self.tokens = _label("cd_token")
        lay.addWidget(self.shop)
        lay.addStretch(1)
        for w in (self.what, self.amount, self.change, self.state, self.tokens):
            lay.addWidget(w)
        lay.addStretch(2)
        self.welcome()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # The digits as large as the screen allows: a 20-digit token fills most of a line.
        width = self.width()
        for w, px in ((self.tokens, width // 19), (self.amount, width // 13)):
            w.setStyleSheet(f"font-size: {max(24, min(px, 96))}px;")  # over any app sheet

    def welcome(self) -> None:
        self.what.setText(tr("Welcome"))
        for w in (self.amount, self.change, self.state, self.tokens):
            w.clear()
        self.tokens.hide()

    def show_amount(self, what: str, amount: str, change: str) -> None:
        """While the cashier types: what is bought, the amount, the change due."""
        self.what.setText(what)
        self.amount.setText(amount)
        self.change.setText(change if change.startswith("Change") else "")
        self.state.clear()
        self.tokens.hide()

    def show_sale(self, sale: SaleRecord, what: str) -> None:
        self.what.setText(what)
        self.amount.setText(sale.amount.display())
        due = sale.tendered - sale.amount if sale.tendered and sale.tendered > sale.amount \
            else None
        self.change.setText(tr("Change: %1", due.display()) if due else "")
        paid = sale.state in PAID
        tokens = [t.grouped() for t in sale.tokens if t.kind.upper() != "PIN"] if paid else []
        self.state.setText(tr("Paid. Thank you.") if paid else tr("Please wait...") if not sale.settled
                           else tr("Not paid."))
        self.tokens.setText("\n".join(tokens))
        self.tokens.setVisible(bool(tokens))

    def attach(self, flow: SaleFlow) -> None:
        """Follow the counter's sale flow: its amount page, its results, its restarts."""
        page = flow.amount

        def typed() -> None:
            if flow.currentWidget() is not page or flow.product is None:
                return
            try:
                amount = flow.counter.parse_amount(flow.product.key, page.amount.text())
            except InputError:  # half-typed: show nothing yet
                self.show_amount(page.title.text(), "", "")
                return
            self.show_amount(page.title.text(), amount.display(), page.change.text())

        page.amount.textChanged.connect(typed)
        page.cash.textChanged.connect(typed)
        flow.currentChanged.connect(lambda _i: typed())
        flow.sale_shown.connect(lambda s: self.show_sale(s, flow.result.title.text()
                                                         .split("  -  ")[0]))
        flow.started.connect(self.welcome)


def second_screen():  # noqa: ANN201 - a QScreen or None
    """The screen that is not the counter's (the primary one), if one is attached."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), None)


def open_if_wanted(counter: Counter, flow: SaleFlow, parent: QWidget) -> CustomerDisplay | None:
    """The customer display, full screen on the second screen, when the setting asks for it
    and that screen exists; it closes with `parent` (the counter window)."""
    if not counter.config.get("terminal.customer_display"):
        return None
    screen = second_screen()
    if screen is None:
        log.info("customer display is on, but there is no second screen")
        return None
    display = CustomerDisplay(str(counter.config.get("terminal.shop_name")), parent)
    display.attach(flow)
    display.setGeometry(screen.geometry())
    display.showFullScreen()
    return display
