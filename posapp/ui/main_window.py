"""The counter window: the sale flow, history, and a status bar that never lies."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.product import Product
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import N_, tr
from posapp.service import Counter, Status
from posapp.service.counter import TerminalInfo
from posapp.ui import customer_display, screen_dump
from posapp.ui.batch import BatchScreen
from posapp.ui.bridge import ServiceBridge
from posapp.ui.history.page import HistoryPage
from posapp.ui.lock import IdleWatch, LockPage
from posapp.ui.sale.flow import SaleFlow, message_of
from posapp.ui.signin import LOCKED, SIGN_IN, SWITCH
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import label
from posapp.ui.words import state_words

log = logging.getLogger(__name__)
# After "close anyway", the hidden window lets a sale in flight finish (its answer journalled,
# its receipt printed) this long at most; what is left is the outbox's at the next start.
CLOSE_WAIT_S = 45.0
OFFLINE_RECHECK_S = 15.0  # while offline and nothing is sent, look at the network this often
TIGHT = "padding: 0 5px;"  # status bar labels: eight of them fit 800 pixels
RED = TIGHT + "color: #b3261e; font-weight: 700;"
AMBER = TIGHT + "color: #8a5300; font-weight: 700;"


ALERT = "background: #b3261e; color: white; font-weight: 700; padding: 6px;"
DAMAGED = (N_("THE SALES JOURNAL IS DAMAGED - selling is stopped and nothing is sent. A "
           "technician restores the last good copy: posapp journal restore (docs/BACKUP.md)."))


def banner_text(info: TerminalInfo) -> tuple[str, bool]:
    """What the banner says about the mode, only what is true; and whether it is an alert."""
    if info.training_problem:
        return (tr("TRAINING MODE, but a provider points at a real address: it will not sell. A "
                "technician points it at its sandbox or turns training off."), True)
    if info.demo:
        pin = tr(" Supervisor PIN: %1.", info.demo_pin) if info.demo_pin else ""
        return tr("DEMO - built-in sandbox providers, no real money.%1", pin), False
    if info.training:
        return (tr("TRAINING - built-in sandbox providers, no real money. Training sales are "
                "kept out of the shop's totals."), False)
    return "", False


def fit_current_page(stack: QStackedWidget) -> None:
    """Only the page on show counts for the stack's size: the others are Ignored."""
    shown = stack.currentWidget()
    for i in range(stack.count()):
        page = stack.widget(i)
        policy = (QSizePolicy.Policy.Preferred if page is shown
                  else QSizePolicy.Policy.Ignored)
        page.setSizePolicy(policy, policy)
    stack.updateGeometry()


class MainWindow(QMainWindow):
    #: the window has closed for good (after any sale in flight was finished or handed over)
    gone = Signal()
    _stopped = Signal()  # the service stopped (from the closing thread)

    def __init__(self, counter: Counter, *, on_close: Callable[[], None] = lambda: None) -> None:
        super().__init__()
        self.counter = counter
        self._on_close = on_close
        self._closing = self._closed = self._service_stopped = False
        self._stop_lock = threading.Lock()
        self._confirm: QMessageBox | None = None
        self._owed: set[int] = set()  # sales whose owed receipt this window printed
        self._last_reach = 0.0
        info = counter.info()
        self._geometry = (QSettings(str(Path(info.home) / "window.ini"),
                                    QSettings.Format.IniFormat) if info.home else None)
        self.setWindowTitle(tr("posapp - terminal %1", info.terminal_id))
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
        self.unfinished = UnfinishedPanel()
        self.unfinished.open_sale.connect(self._open_sale)
        self.unfinished.dismissed.connect(self.show_sale)
        lay.addWidget(self.unfinished)
        self.stack = QStackedWidget()
        self.flow = SaleFlow(counter, self.bridge, self.tasks)
        self.customer_display = customer_display.open_if_wanted(counter, self.flow, self)
        screen_dump.install(self)
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
            self.flow.products.add_product(p)
        self.flow.products.chosen.disconnect(self.flow.choose)
        self.flow.products.chosen.connect(self._choose)
        self._before_lock: QWidget = self.flow
        self.lock.unlocked.connect(self.unlock)
        # Any page taller or wider than a small screen scrolls inside the window instead of
        # pushing the window (its buttons, the status bar) off the screen.
        scroll = QScrollArea()
        # A stack is as tall as its tallest page (and Qt's height-for-width of a stack asks
        # every page, shown or not), so the scroll area is not left to size it: the page on
        # show decides, and a short page (history) keeps its buttons on screen while a tall
        # one (paycodes) scrolls.
        for stack in (self.stack, self.flow):
            stack.currentChanged.connect(lambda _i, st=stack: self._fit_page(st))
            fit_current_page(stack)
        scroll.setWidget(self.stack)
        scroll.setWidgetResizable(False)
        scroll.viewport().installEventFilter(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        lay.addWidget(scroll, 1)
        self.setCentralWidget(central)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(True)  # a focused button takes Enter, keyboard-only counters
        self.history.open_sale.connect(self._open_sale)
        self.history.closed.connect(self.show_sale)

        bar = self.statusBar()
        bar.setSizeGripEnabled(False)  # a maximised counter; the room goes to the warnings
        # Short words: with everything lit up the bar still fits an 800-pixel screen.
        self.s_online = QLabel(tr("Checking network"))
        self.s_sending = QLabel("")
        self.s_queue = QLabel(tr("Queued: 0"))
        self.s_to_print = QLabel(tr("To print: 0"))
        self.s_doubt = QLabel(tr("Awaiting provider: 0"))
        self.s_refunds = QLabel(tr("Refunds due: 0"))
        self.s_printer = QLabel(tr("Printer: checking..."))
        self.s_user = QLabel(tr("Not signed in") if info.people else tr("Cashier: %1", info.cashier))
        self.s_note = QLabel("")  # what happened behind the screens (a receipt owed)
        for w in (self.s_online, self.s_sending, self.s_queue, self.s_to_print, self.s_doubt,
                  self.s_refunds, self.s_printer, self.s_note):
            bar.addWidget(w)
        for w in (self.s_sending, self.s_queue, self.s_to_print, self.s_doubt, self.s_refunds):
            w.hide()  # a count shows only when there is something to count
        bar.addPermanentWidget(self.s_user)
        for w in bar.findChildren(QLabel):
            w.setStyleSheet(TIGHT)
        # The note may be long: it gives way (clipped, whole in its tooltip) rather than
        # widening the window past a small screen.
        self.s_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.s_note.setMinimumWidth(0)
        self.bridge.status_changed.connect(self.refresh_status)
        self.bridge.printer_changed.connect(self._printer)
        self.bridge.paid_in_background.connect(self._print_owed)
        self.flow.printed.connect(lambda s: self._owed.add(s.id))
        self._status_timer = QTimer(self, interval=5000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._stopped.connect(self._finish_close)

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
        QShortcut(QKeySequence("F12"), self,  # switch cashier, from any screen
                  activated=lambda: self.locked or self.switch_cashier())
        seconds = info.idle_lock_seconds
        self.idle: IdleWatch | None = None
        if seconds > 0:
            self.idle = IdleWatch(seconds, self)
            self.idle.idle.connect(self._maybe_lock)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
            self.idle.timer.start()
        if info.people and info.demo_pin:  # the demo's supervisor is at the counter (the
            pin = info.demo_pin               # banner gives the PIN for F12 and the lock)
            self.tasks.run(lambda: counter.sign_in(pin), lambda user: self.s_user.setText(
                tr("Cashier: %1   (F12: switch)", user.name)), lambda _e: self.lock_now(SIGN_IN))
        elif info.people:  # someone signs in before the first sale
            self.lock_now(SIGN_IN)
        self.refresh_status()
        self._check_at_start()

    # -- the idle lock -------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock

    def _maybe_lock(self) -> None:
        """Lock only where someone can unlock: a terminal with users (checked off-thread)."""
        if not self.locked:
            self.tasks.run(self.counter.has_users,
                           lambda has_users: has_users and self.lock_now())

    def lock_now(self, words: tuple[str, str] = LOCKED) -> None:
        if self.locked:
            return
        self._before_lock = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.lock)
        on_duty = self.counter.on_duty
        self.lock.prepare(words, on_duty.name if on_duty else "")

    def switch_cashier(self) -> None:
        """F12: the next cashier signs in; a sale being sent goes on behind the page."""
        self.tasks.run(self.counter.has_users, lambda people: people and self.lock_now(SWITCH))

    def unlock(self, name: str) -> None:
        self.stack.setCurrentWidget(self._before_lock)
        self.s_user.setText(tr("Cashier: %1   (F12: switch)", name))
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
        if self.unfinished.isVisible() and self.unfinished.list.hasFocus():
            self.unfinished.dismiss()
        elif self.stack.currentWidget() is self.batch:
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

    # -- where the window sits --------------------------------------------------------

    def show_on_screen(self, kiosk: bool = False) -> None:
        """Full screen (kiosk), else where the cashier left it, else maximised."""
        if kiosk:
            self.showFullScreen()
            return
        saved = self._geometry.value("geometry") if self._geometry is not None else None
        if saved and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    def _save_geometry(self) -> None:
        if self._geometry is not None and not self.isFullScreen():
            self._geometry.setValue("geometry", self.saveGeometry())
            self._geometry.sync()

    # -- status bar --------------------------------------------------------------------

    def refresh_status(self) -> None:
        self.tasks.run(self.counter.status, self._status)

    def _status(self, st: Status) -> None:
        online = {True: tr("Online"), False: tr("OFFLINE"), None: tr("Checking network")}
        if self.s_online.text() != "No provider set up" or st.online is not None:
            self.s_online.setText(online[st.online])
        self.s_online.setStyleSheet(RED if st.online is False else TIGHT)
        self.s_queue.setText(tr("Queued: %1", st.queued))
        self.s_queue.setVisible(bool(st.queued))
        self.s_to_print.setText(tr("To print: %1", st.unprinted))
        self.s_to_print.setToolTip(tr("Paid sales whose receipt has not printed yet"))
        self.s_to_print.setVisible(bool(st.unprinted))
        self.s_sending.setText(tr("Sending: %1", st.sending))
        self.s_sending.setVisible(bool(st.sending))
        self.s_doubt.setText(tr("Awaiting provider: %1", st.in_doubt))
        self.s_doubt.setToolTip(tr("Sales waiting for the provider's answer (or a supervisor)"))
        self.s_doubt.setStyleSheet(AMBER if st.in_doubt else TIGHT)
        self.s_doubt.setVisible(bool(st.in_doubt))
        self.s_refunds.setText(tr("Refunds due: %1", st.refund_due))
        self.s_refunds.setStyleSheet(RED if st.refund_due else TIGHT)
        self.s_refunds.setVisible(bool(st.refund_due))
        self.journal_banner.setText(tr(DAMAGED) if st.journal else "")
        self.journal_banner.setVisible(bool(st.journal))
        self._fit_bar()
        if (st.online is False and not self._closing
                and time.monotonic() - self._last_reach > OFFLINE_RECHECK_S):
            self._check_network()  # nothing else may call a provider for minutes

    def _fit_bar(self) -> None:
        """The cashier's name gives way when every warning is lit on a small screen: the
        warnings are shown whole, they matter more."""
        shown = [w for w in (self.s_online, self.s_sending, self.s_queue, self.s_to_print,
                             self.s_doubt, self.s_refunds, self.s_printer) if not w.isHidden()]
        need = sum(w.sizeHint().width() + 8 for w in shown) + self.s_user.sizeHint().width()
        self.s_user.setVisible(need <= self.statusBar().width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_bar()

    def _check_network(self) -> None:
        self._last_reach = time.monotonic()
        self.tasks.run(self.counter.check_network, self._reached)

    def _reached(self, result: dict[str, bool]) -> None:
        if not result:
            self.s_online.setText(tr("No provider set up"))
            return
        down = [name for name, ok in result.items() if not ok]
        self.s_online.setToolTip(tr("Not reachable: ") + ", ".join(down) if down else
                                 tr("Every provider can be reached."))
        self.refresh_status()

    def _check_at_start(self) -> None:
        """Network, printer and the sales a previous run left unfinished, off this thread."""
        self._check_network()
        counter = self.counter
        self.tasks.run(lambda: counter.check_printer().result(timeout=30),
                       lambda paper: self._printer(str(getattr(paper, "value", paper)), ""),
                       lambda e: self._printer("unknown", message_of(e)))
        self.tasks.run(lambda: (counter.unprinted(), counter.pending()), self._unfinished)

    def _printer(self, paper: str, error: str) -> None:
        if error:
            text = tr("Printer: no paper") if paper == "out" else tr("Printer: not ready")
        else:
            text = {"ok": tr("Printer: ready"), "low": tr("Printer: paper low")}.get(
                paper, "Printer: set up")
        self.s_printer.setText(text)
        self.s_printer.setToolTip(error or text)
        self.s_printer.setStyleSheet(RED if error else AMBER if paper == "low" else TIGHT)
        if error:
            self.note(error)
        self._fit_bar()

    def note(self, text: str) -> None:
        """What happened behind the screens, in the status bar (whole in its tooltip)."""
        self.s_note.setText(text)
        self.s_note.setToolTip(text)

    def _fit_page(self, stack: QStackedWidget) -> None:
        fit_current_page(stack)
        self.fit_scroll()

    def fit_scroll(self) -> None:
        """The stack fills the visible area, and grows past it (scrolling) only as far as the
        page on show needs."""
        view = self.scroll.viewport().size()
        need = self.stack.minimumSizeHint()
        width = max(view.width(), need.width())
        page = self.stack.currentWidget()
        if isinstance(page, QStackedWidget):  # the sale flow: its page on show
            page = page.currentWidget() or page
        # Wrapped text needs more height at this width than the minimum says.
        wrapped = page.heightForWidth(width) if page is not None and \
            page.hasHeightForWidth() else -1
        self.stack.resize(width, max(view.height(), need.height(), wrapped))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_scroll()
        return super().eventFilter(watched, event)

    def _print_owed(self, sale: SaleRecord) -> None:
        """A sale the outbox finished behind the screens (after a crash, an outage, or a
        window closed mid-sale): its receipt is owed, so it prints now, once. The sale on
        screen prints through its flow."""
        if self.flow.sale is not None and self.flow.sale.id == sale.id:
            return
        if sale.id in self._owed:
            return
        self._owed.add(sale.id)
        receipt, sale_id = sale.receipt_no, sale.id
        self.tasks.run(lambda: self.counter.print_sale(sale_id).result(),
                       lambda _s: self.note(
                           tr("Sale %1 finished by the provider: receipt printed.", receipt)),
                       lambda e: self.note(
                           tr("Sale %1 finished; receipt not printed: %2", receipt, message_of(e))))

    # -- the sales a previous run left unfinished -------------------------------------------

    def _unfinished(self, found: tuple[list[SaleRecord], list[SaleRecord]]) -> None:
        """Paid sales without a receipt print now; they and the sales still waiting are
        listed, so the cashier sees the token of a sale the window was closed on."""
        unprinted, pending = found
        for sale in unprinted:
            self._print_owed(sale)
        sales = sorted(unprinted + pending, key=lambda s: s.created_at, reverse=True)
        if sales and not self._closing:
            self.unfinished.show_sales(sales, self.counter)

    # -- closing ---------------------------------------------------------------------------

    def sale_in_progress(self) -> str:
        """What closing now would interrupt, for the cashier; "" when nothing."""
        flow, page = self.flow, self.flow.currentWidget()
        if self.stack.currentWidget() is self.batch and self.batch.busy:
            return tr("A batch of paycodes is being sent.")
        sale = flow.sale
        if page is flow.collect:
            return tr("The customer's payment is still awaited.")
        if page is flow.amount and flow.amount.bar.isVisible():
            return tr("The sale is being sent to the provider.")
        if page is flow.result and sale is not None and not sale.settled:
            return tr("The sale on screen is not finished: %1.", state_words(sale.state).lower())
        if page is flow.result and sale is not None and sale.state == SaleState.VENDED:
            return tr("The receipt of the sale on screen has not printed yet.")
        if page in (flow.account, flow.amount, flow.choice) and flow.product is not None:
            return tr("A sale has been started (nothing was sent yet).")
        return ""  # a status or printer check in flight is waited for, not asked about

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._closed:
            super().closeEvent(event)
            return
        event.ignore()  # never closes at once: any sale in flight is finished first
        if self._closing or (self._confirm is not None and self._confirm.isVisible()):
            return
        what = self.sale_in_progress()
        if not what:
            self._begin_close()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Close the counter?"),
                          tr("%1\n\nClose anyway? A sale already sent is finished in the background: "
                             "its token and receipt come at the next start.", what),
                          parent=self)
        keep = box.addButton(tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(tr("&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: box.clickedButton() not in (None, keep)
                             and self._begin_close())
        self._confirm = box
        box.open()

    def _begin_close(self) -> None:
        """Hide now; let what is in flight finish on its threads (its answer journalled, its
        receipt printed) while the event loop runs; then stop the service off this thread."""
        self._closing = True
        self._save_geometry()
        self._status_timer.stop()
        sale = self.flow.sale
        if sale is not None and sale.state == SaleState.QUEUED and sale.held:
            sale_id = sale.id  # the outbox sends it when it can; the slip shows at next start
            self.tasks.run(lambda: self.counter.keep_queued(sale_id, "closed window"))
        self.hide()
        self._close_by = time.monotonic() + CLOSE_WAIT_S
        self._close_timer = QTimer(self, interval=100)
        self._close_timer.timeout.connect(self._close_step)
        self._close_timer.start()
        self._close_step()

    def _close_step(self) -> None:
        if self.tasks.busy() and time.monotonic() < self._close_by:
            return
        self._close_timer.stop()
        if self.tasks.busy():
            log.warning("closing with work still in flight: the outbox finishes it next start")
        self.bridge.close()
        app = QApplication.instance()
        if self.idle is not None and app is not None:
            app.removeEventFilter(self.idle)
        threading.Thread(target=self._stop_service, name="closing", daemon=True).start()

    def _stop_service(self) -> None:
        self.stop_service()
        self._stopped.emit()

    def stop_service(self) -> None:
        """Stop the service once (blocks: the closing thread's, or after the event loop)."""
        with self._stop_lock:
            if self._service_stopped:
                return
            self._service_stopped = True
            started = time.monotonic()
            try:
                self._on_close()
            except Exception:
                log.exception("stopping the service failed")
            log.info("service stopped in %.2f s", time.monotonic() - started)

    def _finish_close(self) -> None:
        self._closed = True
        self.close()
        self.gone.emit()


class UnfinishedPanel(QFrame):
    """At start, above the sale: the sales a previous run left unfinished (paid but not
    printed, or still waiting). Enter opens the selected one (its token, its state); Esc
    hides the list. Part of the window, so nothing covers the counter."""

    open_sale = Signal(object)
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        self.title = label("", "warn")
        lay.addWidget(self.title)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _it: self._open())
        lay.addWidget(self.list)
        lay.addWidget(label(tr("Enter: open the selected sale (token, receipt).  Esc: hide this "
                            "list (History, F9, still has them)."), "hint"))
        self.sales: list[SaleRecord] = []
        self.hide()

    def show_sales(self, sales: list[SaleRecord], counter: Counter) -> None:
        self.sales = sales
        n = len(sales)
        self.title.setText(tr("%1 sale left unfinished before this start. Paid ones print their "
                              "receipt now." if n == 1 else "%1 sales left unfinished before this "
                              "start. Paid ones print their receipt now.", n))
        self.list.clear()
        for sale in sales:
            words = (tr("Paid, receipt printing now") if sale.state == SaleState.VENDED else
                     state_words(sale.state, held=sale.held))
            self.list.addItem(f"{sale.receipt_no}   {counter.product_of(sale).label}   "
                              f"{sale.amount.display()}   {words}")
        self.list.setCurrentRow(0)
        rows = min(n, 4)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * rows + 8)
        self.show()
        self.list.setFocus()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sales):
            self.open_sale.emit(self.sales[row])
