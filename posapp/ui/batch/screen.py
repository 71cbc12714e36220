"""The batch screen: a product sold to several beneficiaries in one request (cash-out
paycodes). Form -> send (on the task runner, with progress) -> result, print; a held batch
is settled by a supervisor. Every service call goes through the TaskRunner."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget

from posapp.domain.errors import InputError, PosError
from posapp.domain.product import Product
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import tr, tr_message
from posapp.service import Counter
from posapp.ui.batch.form import BatchForm, FieldError
from posapp.ui.batch.result import BatchResult
from posapp.ui.bridge import ServiceBridge
from posapp.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
S = SaleState


def message_of(exc: Exception) -> str:
    if isinstance(exc, PosError):
        return tr_message(exc.message)
    return tr("Something went wrong. The technician can read the log.")


class BatchScreen(QStackedWidget):
    #: the cashier left the screen (Esc): back to the counter
    closed = Signal()

    def __init__(self, counter: Counter, bridge: ServiceBridge, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.form = BatchForm()
        self.result = BatchResult()
        self.addWidget(self.form)
        self.addWidget(self.result)
        self.product: Product | None = None
        self.key: str | None = None
        self.sale: SaleRecord | None = None
        self.sending = False
        self._started = 0.0
        self._what = ""
        self.form.send.connect(self.send)
        self.result.new_batch.connect(self.new_batch)
        self.result.reprint.connect(self.reprint)
        self.result.keep_queued.connect(self.keep_queued)
        self.result.cancel_queued.connect(self.cancel_queued)
        self.result.held.decide.connect(self.decide)
        bridge.sale_changed.connect(self._sale_changed)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        # A queued batch may be sent by the outbox or `posapp service`: re-read it on screen.
        self._poll = QTimer(self, interval=3000)
        self._poll.timeout.connect(self._reread)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, fn in ((("Ctrl+N",), self.form.add_row), (("Ctrl+R",), self.form.remove_row),
                         (("Ctrl+Return", "Ctrl+Enter"), self.form._send)):
            for key in keys:
                QShortcut(QKeySequence(key), self.form, activated=fn, context=ctx)

    @property
    def busy(self) -> bool:
        """A batch is on its way: the cashier may not leave or change it."""
        return self.sending

    # -- opening and leaving ------------------------------------------------------------------

    def open(self, product: Product) -> None:
        """Show the form for `product`; a batch being typed is kept, a finished one is not."""
        if self.sending:
            self.setCurrentWidget(self.form)
            return
        fresh = (self.product is None or self.product.key != product.key
                 or self.currentWidget() is self.result or self.key is None)
        self.product = product
        if fresh:
            self.new_batch()
        else:
            self.setCurrentWidget(self.form)
            self.form.rows[0].phone.setFocus()

    def new_batch(self) -> None:
        if self.product is None or self.sending:
            return
        self._poll.stop()
        self.sale = None
        self.key = None
        product = self.product
        self.form.start(product, lambda text: self.counter.parse_amount(product.key, text))
        self.setCurrentWidget(self.form)
        self.form.rows[0].phone.setFocus()
        # The batch's referenceId, fixed now: pressing Send twice sends one batch.
        self.tasks.run(lambda: self.counter.new_key(product.key), self._got_key,
                       lambda e: self.form.show_error(message_of(e)))

    def _got_key(self, key: str) -> None:
        self.key = key

    def back(self) -> None:
        """Esc: leave for the counter, never while a batch is on its way."""
        if self.sending:
            return
        self.closed.emit()

    def handle_key(self, key: str) -> None:
        """The window's keys while this screen shows."""
        if key == "Escape":
            self.back()
        elif key == "F8" and self.currentWidget() is self.result:
            self.reprint()
        elif key == "F5" and self.currentWidget() is self.result:
            self._reread()

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        if self.sending or self.product is None:
            return
        try:
            amount, extra = self.form.check()
            self.counter.check_amount(self.product, amount, None)
        except FieldError as exc:
            self.form.show_error(tr_message(exc.message), exc.field)
            return
        except InputError as exc:
            self.form.show_error(tr_message(exc.message))
            return
        if self.key is None:
            self.form.show_error(tr("The batch is not ready yet (no reference). Try again in a "
                                 "moment; if this stays, call the technician."))
            return
        self.form.error.clear()
        n = len(extra["entries"])
        self._what = tr("Sending %1 paycode (%2) to Interswitch. Please wait; do not send "
                        "again." if n == 1 else "Sending %1 paycodes (%2) to Interswitch. "
                        "Please wait; do not send again.", n, amount.display())
        self.sending = True
        self.form.set_busy(True, self._what)
        self._started = time.monotonic()
        self._ticker.start()
        product, key = self.product, self.key
        self.tasks.run(lambda: self.counter.sell(product.key, "", amount, key=key, extra=extra),
                       self._sold, self._not_sold)

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._started)
        self.form.status.setText(tr("%1  Waiting %2 s...", self._what, seconds))

    def _done_sending(self) -> None:
        self.sending = False
        self._ticker.stop()

    def _not_sold(self, exc: Exception) -> None:
        self._done_sending()
        self.form.show_error(message_of(exc))  # nothing was journalled: the form is as typed

    def _sold(self, sale: SaleRecord) -> None:
        self._done_sending()
        self.form.set_busy(False)
        self.show_sale(sale)
        if sale.state == S.VENDED:
            self._print(sale.id)

    # -- the result ---------------------------------------------------------------------------

    def _held(self, sale: SaleRecord) -> bool:
        return sale.state == S.IN_DOUBT and not self.counter.can_enquire(sale.provider)

    def show_sale(self, sale: SaleRecord) -> None:
        """Show a batch's outcome (also for one opened from history)."""
        if self.sale is None or self.sale.id != sale.id:
            self.result.set_print_state("")
        self.sale = sale
        self.product = self.counter.product_of(sale) if self.product is None else self.product
        self.result.show_sale(sale, self.counter.product_of(sale).label, self._held(sale))
        self.setCurrentWidget(self.result)
        self.result.b_new.setFocus()
        if not sale.settled and not sale.held:
            self._poll.start()
        else:
            self._poll.stop()

    def _sale_changed(self, sale: SaleRecord) -> None:
        if self.sale is None or sale.id != self.sale.id or self.sending:
            return
        was = self.sale.state
        same = (sale.state == was or {was, sale.state} == {S.VENDED, S.PRINTED}) and (
            sale.held == self.sale.held and sale.tokens == self.sale.tokens)
        if same:  # printed: nothing new to show, and the cashier keeps their scroll place
            self.sale = sale
            return
        if self.currentWidget() is self.result:
            self.show_sale(sale)
            if was in (S.QUEUED, S.VENDING, S.IN_DOUBT) and sale.state == S.VENDED:
                self._print(sale.id)
        else:
            self.sale = sale

    def _reread(self) -> None:
        if self.sale is None or self.currentWidget() is not self.result:
            self._poll.stop()
            return
        sale_id = self.sale.id
        self.tasks.run(lambda: self.counter.sale(sale_id), self._sale_changed)

    # -- after the batch ----------------------------------------------------------------------

    def reprint(self) -> None:
        if self.sale is not None and not self.sale.held and self.sale.state in (
                S.VENDED, S.PRINTED, S.REFUND_DUE, S.QUEUED):
            self._print(self.sale.id)

    def _print(self, sale_id: int) -> None:
        n = len(self.sale.tokens) if self.sale is not None else 0
        self.result.set_print_state(tr("Printing the receipt and %1 paycode slip..." if n == 1 else
                                       "Printing the receipt and %1 paycode slips...", n))
        self.tasks.run(lambda: self.counter.print_sale(sale_id).result(), self._printed,
                       lambda e: self.result.set_print_state(
                           tr("Slips not printed: %1 The paycodes are safe; use Print again or "
                              "History.", message_of(e))))

    def _printed(self, sale: SaleRecord) -> None:
        self.result.set_print_state(tr("Slips printed."))
        if self.sale is not None and sale.id == self.sale.id:
            self.sale = sale

    def keep_queued(self) -> None:
        if self.sale is not None:
            sale_id = self.sale.id
            self.tasks.run(lambda: self.counter.keep_queued(sale_id, "cashier"),
                           self._kept, lambda e: self.result.set_print_state(message_of(e)))

    def _kept(self, sale: SaleRecord) -> None:
        """Queued with the customer's consent: the pending slip is their proof."""
        self.show_sale(sale)
        self._print(sale.id)

    def cancel_queued(self) -> None:
        if self.sale is not None:
            sale_id = self.sale.id
            self.tasks.run(lambda: self.counter.cancel_queued(sale_id, "cashier"),
                           self.show_sale, lambda e: self.result.set_print_state(message_of(e)))

    def decide(self, what: str, paycodes: str, pin: str) -> None:
        """A supervisor's decision on a held batch; the PIN is checked off the GUI thread.
        "resend" sends the journalled batch again: the same referenceId, never a new one."""
        if self.sale is None or self.sending:
            return
        sale, counter, panel = self.sale, self.counter, self.result.held
        codes = tuple(paycodes.split())
        if what == "issued" and not codes:
            panel.say(tr("Type the paycodes the portal shows, in beneficiary order."))
            return

        def act() -> SaleRecord:
            user = counter.authorize(pin, "supervisor")
            if what == "resend":
                return counter.resend_held(sale.id, user.name)
            return counter.settle_by_hand(sale.id, user.name, vended=what == "issued",
                                          reference=sale.idem_key, tokens=codes)

        panel.say(tr("Checking the PIN...") if what != "resend" else
                  tr("Sending the same batch again with the same reference..."))
        self.sending = what == "resend"
        self.tasks.run(act, self._decided, self._not_decided)

    def _decided(self, sale: SaleRecord) -> None:
        self.sending = False
        self.show_sale(sale)
        if sale.state == S.VENDED:
            self._print(sale.id)

    def _not_decided(self, exc: Exception) -> None:
        self.sending = False
        self.result.held.say(message_of(exc))

