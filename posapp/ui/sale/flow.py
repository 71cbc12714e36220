"""The sale flow: product -> account (lookup) -> amount and cash (sell) -> result.

Every service call goes through the TaskRunner; the widgets only ever see results
on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget

from posapp.domain.errors import InputError, NotDelivered, PosError
from posapp.domain.money import Money
from posapp.domain.product import CASH, Product, Tender
from posapp.domain.records import SaleRecord
from posapp.domain.sale import UNSETTLED, Customer, SaleState
from posapp.i18n import tr, tr_message
from posapp.service import Counter
from posapp.ui.bridge import ServiceBridge
from posapp.ui.home import HomePage
from posapp.ui.home.page import receipt_of
from posapp.ui.sale.collect import OWN_STATES, CollectPage
from posapp.ui.sale.pages import AccountPage, AmountPage, ChoicePage, ResultPage
from posapp.ui.tasks import TaskRunner
from posapp.ui.words import copies

log = logging.getLogger(__name__)
NBSP = "\u00a0"


def message_of(exc: Exception) -> str:
    if isinstance(exc, PosError):
        return tr_message(exc.message)
    return tr("Something went wrong. The technician can read the log.")


class SaleFlow(QStackedWidget):
    #: a receipt was printed (SaleRecord)
    printed = Signal(object)
    #: a sale's result is on screen, or changed there (SaleRecord): the customer display
    sale_shown = Signal(object)
    #: back to the home screen, no sale under way
    started = Signal()

    def __init__(self, counter: Counter, bridge: ServiceBridge, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        # The one-customer flow sells what its provider package says it can; a batch
        # product (paycodes) has its own screen.
        self.products = HomePage([p for p in counter.products() if p.screen == "sale"])
        self.choice = ChoicePage()
        self.account = AccountPage()
        self.amount = AmountPage()
        self.amount.set_touch(counter.info().touch)
        self.result = ResultPage()
        self.collect = CollectPage(counter, tasks)
        for p in (self.products, self.choice, self.account, self.amount, self.result,
                  self.collect):
            self.addWidget(p)
        self.product: Product | None = None
        self.option = None  # the aggregator's product (DSTV...), a ProductInfo
        self.plan = None  # a fixed-price Plan
        self._choosing = ""
        self.customer: Customer | None = None
        self.key: str | None = None
        self.sale: SaleRecord | None = None
        self._again: Money | None = None  # the amount, when taking it another way
        self._lookup_seq = 0
        self.last: SaleRecord | None = None  # the home screen's "last sale"
        self.products.chosen.connect(self.choose)
        self.products.repeat.connect(self.repeat)
        self.products.last.reprint.connect(self.reprint)
        self.choice.chosen.connect(self._chosen)
        self.account.submitted.connect(self.lookup)
        self.account.cancel_lookup.connect(self._cancel_lookup)
        self.account.go_offline.connect(self.continue_offline)
        self.amount.pay.connect(self.pay)
        self.result.new_sale.connect(self.restart)
        self.result.reprint.connect(self.reprint)
        self.result.check_now.connect(self.check_now)
        self.result.keep_queued.connect(self.keep_queued)
        self.result.cancel_queued.connect(self.cancel_queued)
        self.result.settle_panel.settle.connect(self.settle_by_hand)
        self.collect.finished.connect(self._sold)
        self.collect.new_sale.connect(self.restart)
        self.collect.other_tender.connect(self._other_tender)
        bridge.sale_changed.connect(self._sale_changed)
        # An unsettled sale may be finished by the outbox or by `posapp service` in another
        # process; re-read it while it is on screen.
        self._poll = QTimer(self, interval=3000)
        self._poll.timeout.connect(self._reread)
        # A new sale while the last one is unsettled takes this deliberate key (Enter there
        # goes to the safe action); on a settled result Enter does it too.
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_sale_key,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restart()
        self.tasks.run(lambda: self.counter.history(limit=1), self._got_last)

    def _got_last(self, sales: list[SaleRecord]) -> None:
        if sales and self.last is None:
            self._set_last(sales[0])

    def _set_last(self, sale: SaleRecord) -> None:
        self.last = sale
        self.products.show_last(sale, self.counter.product_of(sale).label)

    def new_sale_key(self) -> None:
        """Ctrl+N: leave a result (settled or not: the outbox and history keep it)."""
        if self.currentWidget() is self.result or (
                self.currentWidget() is self.collect and not self.collect.waiting()):
            self.restart()

    # -- navigation -----------------------------------------------------------------

    def _reread(self) -> None:
        if self.sale is None or self.sale.settled or self.currentWidget() is not self.result:
            self._poll.stop()
            return
        sale_id = self.sale.id
        self.tasks.run(lambda: self.counter.sale(sale_id), self._sale_changed)

    def restart(self) -> None:
        self._poll.stop()
        self.option = self.plan = None
        self.product = self.customer = self.sale = None
        self.key = None
        self._again = None
        self.setCurrentWidget(self.products)
        self.products.focus()
        self.started.emit()

    def back(self) -> None:
        current = self.currentWidget()
        if current is self.choice:
            if self._choosing == "plan" and self.product and self.product.account_label:
                self._ask_account()
            elif self._choosing == "plan" and self.product:
                self.choose(self.product)
            else:
                self.restart()
        elif current is self.account:
            if self.account.bar.isVisible():
                self._cancel_lookup()
            elif self.option is not None and self.product is not None:
                self.choose(self.product)
            else:
                self.restart()
        elif current is self.amount and self.amount.pay_button.isEnabled() and self.product:
            if self.plan is not None:
                self._show_plans()
            elif self.option is not None:
                self._ask_account(self.customer.account if self.customer else "")
            elif self.product.account is None:
                self.restart()
            else:  # back to the number, kept as typed: Esc never erases it
                account = self.customer.account if self.customer else ""
                self.choose(self.product)
                self.account.entry.setText(account)
        elif current is self.result and self.sale and self.sale.settled:
            self.restart()
        elif current is self.collect:
            self.collect.escape()

    def choose(self, product: Product) -> None:
        self.product = product
        self.option = self.plan = self.customer = None
        if not product.has_options and product.account is None:
            # Goods ("collect payment"): no meter or account to ask, straight to the amount.
            self.customer = Customer("", "")
            self._get_key()
            return
        if not product.has_options:
            self._ask_account()
            return
        self._choosing = "option"
        self.choice.show_items(product.label, tr("Loading the list..."), [])
        self.choice.set_busy(True)
        self.setCurrentWidget(self.choice)
        self.tasks.run(lambda: self.counter.options(product.key), self._got_options,
                       lambda e: self.choice.show_error(message_of(e)))

    def _got_options(self, options: list) -> None:
        if self.product is None or self._choosing != "option":
            return
        items = []
        for o in options:
            price = (tr("   %1 to %2", o.minimum.display(), o.maximum.display())
                     if o.open_range and o.minimum and o.maximum else "")
            items.append((f"{o.name}{price}", o))
        self.choice.show_items(self.product.label, tr("Which one?"), items)

    def _chosen(self, data: object) -> None:
        assert self.product is not None
        if self._choosing == "option":
            self.option = data
            if self.product.account_label:
                self._ask_account()
            else:
                self.customer = Customer("", "")
                self._show_plans()
        elif self._choosing == "plan":
            self.plan = data
            self._get_key()

    def _ask_account(self, account: str = "") -> None:
        assert self.product is not None
        self.account.show_for(self.product, account)
        if self.option is not None:
            self.account.title.setText(f"{tr(self.product.label)}  -  {self.option.name}")
        self.setCurrentWidget(self.account)
        self.account.entry.setFocus()

    def _show_plans(self) -> None:
        assert self.product is not None and self.option is not None
        self._choosing = "plan"
        self.plan = None
        title = f"{tr(self.product.label)}  -  {self.option.name}"
        who = tr(" for %1", self.customer.name) if self.customer and self.customer.name else ""
        self.choice.show_items(title, tr("Loading plans..."), [])
        self.choice.set_busy(True)
        self.setCurrentWidget(self.choice)
        product, option = self.product, self.option
        self.tasks.run(lambda: self.counter.plans(product.key, option.product_id),
                       lambda plans: self._choosing == "plan" and self.choice.show_items(
                           title, tr("Choose the plan%1:", who),
                           [(f"{p.name.strip():<28} {p.price.display():>16}", p)
                            for p in plans]),
                       lambda e: self.choice.show_error(message_of(e)))

    def choose_by_shortcut(self, shortcut: str) -> bool:
        if self.currentWidget() not in (self.products, self.account):
            return False
        for p in self.counter.products():
            if p.shortcut == shortcut and p.screen == "sale":
                self.choose(p)
                return True
        return False

    # -- lookup -----------------------------------------------------------------------

    def lookup(self, text: str) -> None:
        if self.product is None:
            return
        try:
            account = self._clean_account(text)
        except InputError as exc:
            self.account.show_error(exc.message)
            return
        self._lookup_seq += 1
        seq, product = self._lookup_seq, self.product
        self.account.error.clear()
        self.account.set_busy(True, tr("Checking %1 with the provider...", account))
        option_id = self.option.product_id if self.option is not None else None
        self.tasks.run(lambda: self.counter.lookup(product.key, account, option_id),
                       lambda c: self._looked_up(seq, c),
                       lambda e: seq == self._lookup_seq and self.account.show_error(
                           message_of(e), offline=isinstance(e, NotDelivered)))

    def continue_offline(self) -> None:
        """No network: take the payment unverified; the journal and outbox do the rest."""
        if self.product is None or not self.account.offline.isVisible():
            return
        try:
            account = self._clean_account(self.account.entry.text())
        except InputError as exc:
            self.account.show_error(exc.message)
            return
        self._lookup_seq += 1
        self._looked_up(self._lookup_seq, Customer(account, "", self.product.params.get(
            "meter_type", "")))

    def _clean_account(self, text: str) -> str:
        """The product's own account rule (plain data from its provider package)."""
        assert self.product is not None
        return self.product.account.clean(text) if self.product.account else ""

    def _cancel_lookup(self) -> None:
        self._lookup_seq += 1  # the answer, when it comes, is ignored
        self.account.set_busy(False)
        self.account.entry.setFocus()

    def _looked_up(self, seq: int, customer: Customer) -> None:
        if seq != self._lookup_seq or self.product is None:
            return
        self.customer = customer
        if self.option is not None and self.option.has_product_list:
            self._show_plans()
        else:
            self._get_key()

    def _get_key(self) -> None:
        self.key = None
        self.tasks.run(lambda p=self.product: self.counter.new_key(p.key),
                       self._got_key, lambda e: self.account.show_error(message_of(e)))

    def _got_key(self, key: str) -> None:
        assert self.product and self.customer
        self.key = key
        o, plan = self.option, self.plan
        hint = (tr("%1 to %2", o.minimum.decimal_str(), o.maximum.decimal_str())
                if o is not None and o.open_range and o.minimum and o.maximum else "")
        what = " ".join(x for x in (o.name if o else "", plan.name.strip() if plan else "") if x)
        self.amount.show_for(self.product, self.customer, self._change_text,
                             fixed=plan.price if plan else None, hint=hint, what=what,
                             tenders=self.tenders_for(self.product))
        if self._again is not None and plan is None:
            self.amount.amount.setText(self._again.decimal_str())
            self.amount.tender_box.setFocus()
        self._again = None
        self.setCurrentWidget(self.amount)

    def tenders_for(self, product: Product) -> list[Tender]:
        """Cash, and the collections this terminal offers in the product's currency."""
        return [t for t in self.counter.tenders()
                if t.key == CASH.key or product.currency in t.currencies]

    def _tender_of(self, sale: SaleRecord) -> Tender | None:
        return next((t for t in self.counter.tenders() if t.key == sale.tender), None)

    def _other_tender(self) -> None:
        """The collection ended unpaid: the same sale, paid another way, under a new key."""
        if self.product is None or self.customer is None or self.sale is None:
            self.restart()
            return
        self._again = self.sale.amount
        self.sale = None
        self._get_key()

    # -- paying -------------------------------------------------------------------------

    def _parse(self, amount: str, cash: str) -> tuple[Money, Money | None]:
        """Both in the product's currency (its provider package says which)."""
        assert self.product is not None
        key = self.product.key
        due = self.counter.parse_amount(key, amount)
        given = self.counter.parse_amount(key, cash) if cash.strip() else None
        return due, given

    def _change_text(self, amount: str, cash: str) -> str:
        try:
            due, given = self._parse(amount, cash)
        except InputError:
            return ""
        if given is None:
            return ""
        # A no-break space keeps "NGN" and its number on one line, however narrow.
        if given < due:
            return tr("Cash is short by %1", (due - given).display().replace(' ', NBSP))
        return tr("Change: %1", (given - due).display().replace(' ', NBSP))

    def pay(self, amount_text: str, cash_text: str) -> None:
        assert self.product and self.customer and self.key
        tender = self.amount.tender()
        cash = tender.key == CASH.key
        phone = self.amount.phone.text().strip() if tender.needs_phone else ""
        try:
            amount, tendered = self._parse(amount_text, cash_text if cash else "")
            self.counter.check_amount(self.product, amount, self.customer, self.option,
                                      self.plan)
        except InputError as exc:
            self.amount.show_error(exc.message)
            return
        if tendered is not None and tendered < amount:
            # The cash field is what to correct; the amount stays as it is, unselected.
            self.amount.show_error(tr("Cash is short by %1. Type the cash received "
                                      "again.", (amount - tendered).display()), self.amount.cash)
            return
        if tender.needs_phone and not phone:
            self.amount.show_error(tr("Type the customer's %1 number.", tender.label),
                                   self.amount.phone)
            return
        self.amount.error.clear()
        self.amount.set_busy(True, tr("Sending %1 to the provider. Please wait; do not sell "
                                      "again.", amount.display()) if cash else
                             tr("Starting the %1 payment of %2. Please "
                                "wait.", tender.label, amount.display()))
        product, customer, key = self.product, self.customer, self.key
        option_id = self.option.product_id if self.option is not None else None
        plan_id = self.plan.plan_id if self.plan is not None else None
        field = self.amount.phone if tender.needs_phone else None
        self.tasks.run(lambda: self.counter.sell(product.key, customer.account, amount, key=key,
                                                 customer=customer, tendered=tendered,
                                                 option_id=option_id, plan_id=plan_id,
                                                 tender=tender.key, phone=phone),
                       lambda sale: self._sold(sale, phone),
                       lambda e: self.amount.show_error(message_of(e), field))

    def _sold(self, sale: SaleRecord, phone: str = "") -> None:
        self.sale = sale
        if sale.tender != CASH.key and sale.state in OWN_STATES:
            self._collecting(sale, phone)
            return
        self._show(sale)
        if sale.state == SaleState.VENDED:
            self.print_current()
        elif sale.state == SaleState.QUEUED and not self._gives_token(sale):
            self.print_current()  # postpaid: the pending slip is the customer's proof

    def _held(self, sale: SaleRecord) -> bool:
        return sale.state == SaleState.IN_DOUBT and not self.counter.can_enquire(sale.provider)

    def _gives_token(self, sale: SaleRecord) -> bool:
        return self.counter.product_of(sale).gives_token

    def _collecting(self, sale: SaleRecord, phone: str = "") -> None:
        """The waiting screen of a mobile-money or card payment."""
        self._poll.stop()
        self.collect.show_sale(sale, self.counter.product_of(sale).label,
                               self._tender_of(sale), phone)
        self.setCurrentWidget(self.collect)
        self.collect.update_sale(sale)  # starts its timers now that it is shown

    def _paid_by(self, sale: SaleRecord) -> str:
        if sale.tender == CASH.key:
            return ""
        tender = self._tender_of(sale)
        return tender.label if tender else sale.tender

    def _show(self, sale: SaleRecord) -> None:
        if sale.state == SaleState.COLLECTING:  # e.g. opened from history: wait for it here
            self._collecting(sale)
            return
        label = self.counter.product_of(sale).label
        self.result.set_print_state("")  # what printed for another sale is not this one's
        self.result.show_sale(sale, label, self._held(sale), self._paid_by(sale))
        self._refresh_preview(sale)
        self.setCurrentWidget(self.result)
        self.result.safe_focus(sale, self._held(sale)).setFocus()
        if self.last is None or sale.id >= self.last.id:  # an old one opened from history: no
            self._set_last(sale)
        self.sale_shown.emit(sale)
        if not sale.settled:
            self._poll.start()

    def _refresh_preview(self, sale: SaleRecord) -> None:
        sale_id = sale.id
        self.tasks.run(lambda: self.counter.preview_png(sale_id), self.result.set_preview)

    def _sale_changed(self, sale: SaleRecord) -> None:
        if self.sale is None or sale.id != self.sale.id:
            return
        if self.currentWidget() is self.collect:
            self.collect.update_sale(sale)
            return
        was = self.sale.state
        if was == sale.state:
            return
        self.sale = sale
        if self.currentWidget() is self.result:
            self.result.show_sale(sale, self.counter.product_of(sale).label,
                                  self._held(sale), self._paid_by(sale))
            self._refresh_preview(sale)
            if self.last is not None and sale.id == self.last.id:
                self._set_last(sale)
            self.sale_shown.emit(sale)
            # Settled behind the screen (outbox, enquiry, another process): print it now. Any
            # unsettled state counts, VENDING included: the 3 s re-read can catch that one.
            if was in UNSETTLED and sale.state == SaleState.VENDED:
                self.print_current()

    # -- after the sale ------------------------------------------------------------------

    def print_current(self) -> None:
        if self.sale is not None:
            self._print(self.sale.id)

    def reprint(self) -> None:
        """F8: the sale on screen; on the home screen, the last sale."""
        home = self.currentWidget() is self.products
        sale = self.last if home else self.sale
        if sale is not None and not sale.held and sale.state in (
                SaleState.VENDED, SaleState.PRINTED, SaleState.IN_DOUBT, SaleState.REFUND_DUE,
                SaleState.QUEUED):
            self._print(sale.id)

    def _print_state(self, text: str) -> None:
        if self.currentWidget() is self.products:
            self.products.last.note.setText(text)
        else:
            self.result.set_print_state(text)

    def _print(self, sale_id: int) -> None:
        """Print, and say so only where that sale is shown: "Receipt printed." or "Copy n"."""
        self._print_state(tr("Printing..."))
        counter = self.counter

        def job() -> tuple[SaleRecord, int]:
            return counter.print_sale(sale_id).result(), counter.copy_printed(sale_id)

        self.tasks.run(job, lambda done: self._printed(*done),
                       lambda e: self._shown(sale_id) and self._print_state(
                           tr("Receipt not printed: %1 The sale is safe; use Print again or "
                              "History.", message_of(e))))

    def _shown(self, sale_id: int) -> bool:
        """Is this the sale on screen (the result page's, or the home screen's last sale)?"""
        if self.currentWidget() is self.products:
            return self.last is not None and self.last.id == sale_id
        return self.sale is not None and self.sale.id == sale_id

    def _printed(self, sale: SaleRecord, copy_no: int = 0) -> None:
        if self.sale is not None and sale.id == self.sale.id:
            self.sale = sale
        if self.last is None or self.last.id == sale.id:
            self._set_last(sale)
        if self._shown(sale.id):
            self._print_state(copies(copy_no))
        self.printed.emit(sale)

    # -- sell again from an old receipt ----------------------------------------------------

    def repeat(self, text: str) -> None:
        """A receipt number (typed, or its QR scanned): a new sale of the same product to
        the same meter or smartcard, looked up again. The old sale is only read."""
        receipt = receipt_of(text)
        if not receipt or self.currentWidget() is not self.products:
            return
        self.products.set_busy(True, tr("Finding receipt %1...", receipt))
        counter = self.counter

        def find() -> tuple[SaleRecord, Product, object]:
            sale = counter.find(receipt)
            product = counter.product_of(sale)
            option_id = str(sale.request.get("product_id") or "")
            option = (counter.option(product.key, option_id)
                      if product.has_options and option_id else None)
            return sale, product, option

        self.tasks.run(find, self._repeat_found,
                       lambda e: self.products.show_error(message_of(e)))

    def _repeat_found(self, found: tuple[SaleRecord, Product, object]) -> None:
        old, product, option = found
        if self.currentWidget() is not self.products:
            return
        if product.screen != "sale" or (product.has_options and option is None) or (
                product.account is not None and not old.account):
            self.products.show_error(tr("Receipt %1 (%2) cannot be sold again from here: choose the "
                                        "service.", old.receipt_no, product.label))
            return
        self.products.set_busy(False)
        self.product, self.option, self.plan, self.customer = product, option, None, None
        if product.account is None:  # no number to check (exam PINs, goods)
            if option is not None:
                self._choosing = "option"
                self._chosen(option)
            else:
                self.choose(product)
            return
        self._ask_account(old.account)
        self.lookup(old.account)

    def refresh_list(self) -> None:
        """Fetch the products or plans again (the cached list is kept if this fails)."""
        if self.product is None:
            return
        product, option, choosing = self.product, self.option, self._choosing
        self.choice.set_busy(True, tr("Refreshing the list..."))

        def fetch() -> list:
            if choosing == "plan" and option is not None:
                return self.counter.plans(product.key, option.product_id, refresh=True)
            return self.counter.options(product.key, refresh=True)

        def done(_items: list) -> None:
            if choosing == "plan":
                self._show_plans()
            else:
                self.choose(product)

        self.tasks.run(fetch, done, lambda e: self.choice.show_error(message_of(e)))

    def check_now(self) -> None:
        if self.currentWidget() is self.choice:
            self.refresh_list()
            return
        if self.currentWidget() is self.collect:
            self.collect.poll_now()
            return
        if self.sale is not None and not self.sale.held:  # held: a person decides first
            sale_id = self.sale.id
            self.result.set_print_state(tr("Checking with the provider..."))
            self.tasks.run(lambda: self.counter.settle(sale_id),
                           lambda s: self.result.set_print_state(""),
                           lambda e: self.result.set_print_state(message_of(e)))

    def settle_by_hand(self, paid: bool, reference: str, token: str, pin: str) -> None:
        """A supervisor settles a held sale; the PIN is checked off the GUI thread."""
        if self.sale is None:
            return
        sale_id, counter = self.sale.id, self.counter
        panel = self.result.settle_panel

        def act() -> SaleRecord:
            user = counter.authorize(pin, "supervisor")
            return counter.settle_by_hand(sale_id, user.name, vended=paid, reference=reference,
                                          tokens=(token,) if token.strip() else ())

        panel.note.setText(tr("Checking..."))
        self.tasks.run(act, lambda s: (panel.note.clear(), self._show(s),
                                       s.state == SaleState.VENDED and self._print(s.id)),
                       lambda e: panel.note.setText(message_of(e)))

    def keep_queued(self) -> None:
        """The customer leaves the cash; the slip with the reference is their proof."""
        if self.sale is not None:
            sale_id = self.sale.id
            self.tasks.run(lambda: self.counter.keep_queued(sale_id, "cashier"),
                           lambda s: (self._show(s), self._print(s.id)),
                           lambda e: self.result.set_print_state(message_of(e)))

    def cancel_queued(self) -> None:
        if self.sale is not None:
            sale_id = self.sale.id
            self.tasks.run(lambda: self.counter.cancel_queued(sale_id, "cashier"),
                           self._show, lambda e: self.result.set_print_state(message_of(e)))
