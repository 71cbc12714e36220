"""The counter window: the sale flow, history, and a status bar that never lies."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.product import Product
from posapp.domain.records import SaleRecord
from posapp.service import Counter, Status
from posapp.service.counter import TerminalInfo
from posapp.ui.batch import BatchScreen
from posapp.ui.bridge import ServiceBridge
from posapp.ui.history.page import HistoryPage
from posapp.ui.lock import IdleWatch, LockPage
from posapp.ui.sale.flow import SaleFlow, message_of
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import label

log = logging.getLogger(__name__)


ALERT = "background: #b3261e; color: white; font-weight: 700; padding: 6px;"
DAMAGED = ("THE SALES JOURNAL IS DAMAGED - selling is stopped and nothing is sent. A "
           "technician restores the last good copy: posapp journal restore (docs/BACKUP.md).")


def banner_text(info: TerminalInfo) -> tuple[str, bool]:
    """What the banner says about the mode, only what is true; and whether it is an alert."""
    if info.training_problem:
        return ("TRAINING MODE, but a provider points at a real address: it will not sell. A "
                "technician points it at its sandbox or turns training off.", True)
    if info.demo:
        pin = f" Supervisor PIN: {info.demo_pin}." if info.demo_pin else ""
        return f"DEMO - built-in sandbox providers, no real money.{pin}", False
    if info.training:
        return ("TRAINING - built-in sandbox providers, no real money. Training sales are "
                "kept out of the shop's totals.", False)
    return "", False


class MainWindow(QMainWindow):
    def __init__(self, counter: Counter, *, on_close: Callable[[], None] = lambda: None) -> None:
        super().__init__()
        self.counter = counter
        self._on_close = on_close
        info = counter.info()
        self.setWindowTitle(f"posapp - terminal {info.terminal_id}")
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(760, screen.height()))
        self.tasks = TaskRunner(self)
        self.bridge = ServiceBridge(counter)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        text, alert = banner_text(info)
        self.banner = label(text, "banner")
        self.banner.setVisible(bool(text))
        if alert:
            self.banner.setStyleSheet(ALERT)
        lay.addWidget(self.banner)
        self.journal_banner = label("", "banner")  # shown while the journal is damaged
        self.journal_banner.setStyleSheet(ALERT)
        self.journal_banner.setVisible(False)
        lay.addWidget(self.journal_banner)
        self.stack = QStackedWidget()
        self.flow = SaleFlow(counter, self.bridge, self.tasks)
        self.history = HistoryPage(counter, self.tasks)
        self.lock = LockPage(counter, self.tasks)
        self.stack.addWidget(self.flow)
        self.stack.addWidget(self.history)
        self.stack.addWidget(self.lock)
        # Batch products (paycodes) have their own screen, reached from the counter's menu
        # and their F key like the others; the sale flow hands them over here.
        self.batch = BatchScreen(counter, self.bridge, self.tasks)
        self.stack.addWidget(self.batch)
        self.batch.closed.connect(self.show_sale)
        batch_products = [p for p in counter.products() if p.screen == "batch"]
        for p in batch_products:
            item = QListWidgetItem(f"{p.shortcut}    {p.label}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.flow.products.list.addItem(item)
        self.flow.products.chosen.disconnect(self.flow.choose)
        self.flow.products.chosen.connect(self._choose)
        self._before_lock: QWidget = self.flow
        self.lock.unlocked.connect(self.unlock)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(True)  # a focused button takes Enter, keyboard-only counters
        self.history.open_sale.connect(self._open_sale)
        self.history.closed.connect(self.show_sale)

        bar = self.statusBar()
        self.s_online = QLabel("Network: ?")
        self.s_queue = QLabel("Queued: 0")
        self.s_doubt = QLabel("In doubt: 0")
        self.s_printer = QLabel("Printer: ?")
        self.s_user = QLabel(f"Cashier: {info.cashier}")
        self.s_note = QLabel("")  # what happened behind the screens (a receipt owed)
        for w in (self.s_online, self.s_queue, self.s_doubt, self.s_printer, self.s_note):
            bar.addWidget(w)
        bar.addPermanentWidget(self.s_user)
        self.bridge.status_changed.connect(self.refresh_status)
        self.bridge.printer_changed.connect(self._printer)
        self.bridge.paid_in_background.connect(self._print_owed)
        self._status_timer = QTimer(self, interval=5000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()

        # Each product's function key, as its provider package declares it.
        keys = {p.shortcut: (lambda s=p.shortcut: self.flow.choose_by_shortcut(s))
                for p in counter.products() if p.shortcut and p.screen == "sale"}
        keys.update({p.shortcut: (lambda p=p: self.open_batch(p))
                     for p in batch_products if p.shortcut})
        keys.update({"F9": self.show_history, "Escape": self.back, "F8": self.flow.reprint,
                     "F6": self.flow.continue_offline,
                     "F5": self.flow.check_now})
        for key, fn in keys.items():
            QShortcut(QKeySequence(key), self,
                      activated=lambda fn=fn, key=key: self.locked or self._key(key, fn))
        seconds = info.idle_lock_seconds
        self.idle: IdleWatch | None = None
        if seconds > 0:
            self.idle = IdleWatch(seconds, self)
            self.idle.idle.connect(self._maybe_lock)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
            self.idle.timer.start()
        self.refresh_status()

    # -- the idle lock -------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock

    def _maybe_lock(self) -> None:
        """Lock only where someone can unlock: a terminal with users (checked off-thread)."""
        if not self.locked:
            self.tasks.run(self.counter.has_users,
                           lambda has_users: has_users and self.lock_now())

    def lock_now(self) -> None:
        if self.locked:
            return
        self._before_lock = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.lock)
        self.lock.pin.setFocus()

    def unlock(self, name: str) -> None:
        self.stack.setCurrentWidget(self._before_lock)
        self.s_user.setText(f"Unlocked by: {name}")
        if self.idle is not None:
            self.idle.timer.start()

    # -- navigation ------------------------------------------------------------------

    def _key(self, key: str, fn: Callable[[], object]) -> None:
        """On the batch screen the window's keys are its own; the sale flow's wait."""
        if self.stack.currentWidget() is not self.batch:
            fn()
        elif key == "F9" and not self.batch.busy:
            self.show_history()
        else:
            self.batch.handle_key(key)

    def _choose(self, product: Product) -> None:
        if product.screen == "batch":
            self.open_batch(product)
        else:
            self.flow.choose(product)

    def open_batch(self, product: Product) -> None:
        """From the product list or its F key, when the counter is not mid-sale."""
        if self.stack.currentWidget() is self.flow and self.flow.currentWidget() in (
                self.flow.products, self.flow.account):
            self.flow.restart()
            self.batch.open(product)
            self.stack.setCurrentWidget(self.batch)

    def show_sale(self) -> None:
        self.stack.setCurrentWidget(self.flow)
        if self.flow.currentWidget() is self.flow.products:
            self.flow.products.focus()

    def show_history(self) -> None:
        if self.flow.tasks.busy() and self.flow.currentWidget() is self.flow.amount:
            return  # never leave a sale while it is being sent
        self.stack.setCurrentWidget(self.history)
        self.history.refresh()
        self.history.search.setFocus()

    def back(self) -> None:
        if self.stack.currentWidget() is self.batch:
            self.batch.back()
        elif self.stack.currentWidget() is self.history:
            self.show_sale()
        else:
            self.flow.back()

    def _open_sale(self, sale: SaleRecord) -> None:
        if self.counter.product_of(sale).screen == "batch" and not self.batch.busy:
            self.batch.show_sale(sale)
            self.stack.setCurrentWidget(self.batch)
            return
        self.flow.sale = sale
        self.flow._show(sale)
        self.stack.setCurrentWidget(self.flow)

    # -- status bar --------------------------------------------------------------------

    def refresh_status(self) -> None:
        self.tasks.run(self.counter.status, self._status)

    def _status(self, st: Status) -> None:
        online = {True: "Network: online", False: "Network: OFFLINE", None: "Network: ?"}
        self.s_online.setText(online[st.online])
        self.s_online.setStyleSheet("color: #b3261e; font-weight: 700;" if st.online is False
                                    else "")
        self.s_queue.setText(f"Queued: {st.queued}" + (
            f"  Receipts to print: {st.unprinted}" if st.unprinted else ""))
        self.s_doubt.setText(f"In doubt: {st.in_doubt}")
        self.s_doubt.setStyleSheet("color: #8a5300; font-weight: 700;" if st.in_doubt else "")
        self.journal_banner.setText(DAMAGED if st.journal else "")
        self.journal_banner.setVisible(bool(st.journal))

    def _print_owed(self, sale: SaleRecord) -> None:
        """A sale the outbox finished behind the screens (after a crash or an outage): its
        receipt is owed, so it prints now. The sale on screen prints through its flow."""
        if self.flow.sale is not None and self.flow.sale.id == sale.id:
            return
        receipt, sale_id = sale.receipt_no, sale.id
        self.tasks.run(lambda: self.counter.print_sale(sale_id).result(),
                       lambda _s: self.s_note.setText(
                           f"Sale {receipt} finished by the provider: receipt printed."),
                       lambda e: self.s_note.setText(
                           f"Sale {receipt} finished; receipt not printed: {message_of(e)}"))

    def _printer(self, paper: str, error: str) -> None:
        self.s_printer.setText(f"Printer: {error}" if error else f"Printer: ready (paper {paper})")
        self.s_printer.setStyleSheet("color: #b3261e; font-weight: 700;" if error else "")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._status_timer.stop()
        self.bridge.close()
        app = QApplication.instance()
        if self.idle is not None and app is not None:
            app.removeEventFilter(self.idle)
        self.tasks.wait(10000)
        self._on_close()
        super().closeEvent(event)
