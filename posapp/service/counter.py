"""The counter: the cashier's and supervisor's verbs, the one API the GUI and CLI call.
Thread-safe; no Qt. The sending core is in `sending.py`, the outbox in `outbox.py`."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from posapp.config import Config
from posapp.domain.errors import (
    InDoubt,
    InputError,
    JournalDamaged,
    NotDelivered,
    PosError,
    StorageError,
)
from posapp.domain.money import Money
from posapp.domain.product import CASH, Option, Plan, Product, Tender, ascii_digits
from posapp.domain.records import Report, SaleRecord
from posapp.domain.sale import UNSETTLED, Customer, SaleState, Token, VendResult
from posapp.i18n import use_setting
from posapp.printing.receipts import RECEIPT_QR
from posapp.providers.base import CollectOrder, VendOrder
from posapp.providers.registry import PACKAGES
from posapp.secrets import SecretStore
from posapp.service import reach, reports, safety, users
from posapp.service.catalogue import Catalogue
from posapp.service.clients import Clients, live_endpoints
from posapp.service.events import Bus, Event, Listener, Status
from posapp.service.outbox import Outbox
from posapp.service.printing import PrintService
from posapp.service.sending import Sender
from posapp.service.users import User
from posapp.store.journal import DAMAGED, DuplicateKey, Journal, StaleState

log = logging.getLogger(__name__)
S = SaleState
# A COLLECTED sale is sent by the screen that made it; the outbox only picks it up after this
# (a crash between taking cash and sending).
COLLECTED_GRACE = 30.0


@dataclass(frozen=True)
class TerminalInfo:
    """What the screens show about the terminal itself. Plain data, read once."""

    terminal_id: str
    cashier: str
    training: bool
    idle_lock_seconds: float
    demo: bool = False
    demo_pin: str = ""  # the demo supervisor's PIN, only while it is true
    #: why training cannot sell: provider addresses that are not the built-in sandboxes
    training_problem: str = ""
    home: str = ""  # the terminal's folder (the window keeps its place and lock there)
    people: bool = False  # the terminal has users: someone signs in before selling
    touch: bool = False  # a touch screen: keypad and quick-cash buttons


class Counter:
    """One terminal's service: journal, provider clients, printer and outbox."""

    def __init__(self, config: Config, secrets: SecretStore, *,
                 journal: Journal | None = None, clients: Clients | None = None,
                 owner: str | None = None) -> None:
        self.config = config
        use_setting(config.get("terminal.language"))  # screens, receipts and amounts
        self.journal = journal or Journal(str(config.db_path))
        self.clients = clients or Clients(config, secrets)
        self.bus = Bus()
        self._online: bool | None = None
        self._sell_lock = threading.Lock()
        self.sender = Sender(config, self.journal, self.clients, self.bus, self._set_online)
        self.outbox = Outbox(config, self.journal, self.sender, self.bus, owner)
        self.printing = PrintService(config, self.journal, self.bus, self.clients)
        self.catalogue = Catalogue(self.journal, self.clients, self._set_online)
        self._on_duty: User | None = None  # who signed in at this window; stamps its sales
        self.demo = False  # set by the composition root
        self.demo_pin = ""
        self.last_backup: str = ""  # what the Z close's backup did, for the screens
        self._checker: threading.Thread | None = None
        health = self.journal.health()
        log.info("journal %s: journal_mode=%s synchronous=%s integrity=%s (start-up look)",
                 config.db_path, health["journal_mode"], health["synchronous"],
                 health["integrity"])
        problem = self.journal.problem()
        if problem:
            log.error("journal damaged, selling stopped until it is restored: %s", problem,
                      extra={"console": False})

    # -- the terminal ---------------------------------------------------------------------

    @property
    def terminal_id(self) -> str:
        return str(self.config.get("terminal.terminal_id"))

    def info(self) -> TerminalInfo:
        c = self.config
        return TerminalInfo(self.terminal_id, str(c.get("terminal.cashier")),
                            bool(c.get("terminal.training")),
                            float(c.get("security.idle_lock_seconds")), self.demo,
                            self.demo_pin, self.training_problem(), str(c.home),
                            people=users.has_people(self.journal),
                            touch=bool(c.get("terminal.touch")))

    def training_problem(self) -> str:
        """On a training terminal, the provider addresses that are not the built-in
        sandboxes (their providers refuse to send); "" otherwise."""
        if not self.config.get("terminal.training"):
            return ""
        live = [e for p in PACKAGES if p.enabled(self.config)
                for e in live_endpoints(p, self.config)]
        return ", ".join(live)

    # -- the journal's health -------------------------------------------------------------

    def journal_problem(self) -> str:
        """Why selling is stopped because of the journal ("" when it is fine)."""
        return self.journal.problem()

    def _refuse_if_damaged(self) -> None:
        problem = self.journal.problem()
        if problem:
            raise JournalDamaged(DAMAGED, problem)

    def check_journal(self) -> list[str]:
        """SQLite's full integrity check now (seconds on a big journal); a failure stops
        selling and sending until the journal is restored."""
        problems = self.journal.full_check()
        if problems:
            self._stop_outbox()
            self.bus.emit(Event("status"))
        return problems

    def _stop_outbox(self) -> None:
        try:
            self.outbox.stop()
        except PosError as exc:  # its lease may sit on the damaged page: stopped all the same
            log.error("outbox stopped; lease not released: %s", exc.detail)

    def check_journal_in_background(self) -> None:
        """The full check on its own thread (the window and the service start at once)."""
        def run() -> None:
            try:
                self.check_journal()
            except Exception:
                log.exception("journal check failed to run")

        if self._checker is None or not self._checker.is_alive():
            self._checker = threading.Thread(target=run, name="journal-check", daemon=True)
            self._checker.start()

    def backup_now(self) -> safety.Backup:
        """A verified copy of the journal in the backup folder now."""
        return safety.backup(self.config)

    def audit_change(self, actor: str, action: str, detail: str) -> None:
        """Record a change made outside the sale flow (a setting, a credential's name; never
        a secret value) in the audit table."""
        self.journal.audit(actor, action, detail)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every sale, status and printer change; returns the unsubscribe call."""
        return self.bus.subscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self.bus.unsubscribe(listener)

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            log.info("providers now %s", "online" if online else "offline")
        self.bus.emit(Event("status"))

    # -- what is sold, and how it is paid (plain data: safe on the GUI thread) ------------

    def products(self) -> list[Product]:
        return self.clients.products()

    def product(self, key: str) -> Product:
        return self.clients.product(key)

    def product_of(self, sale: SaleRecord) -> Product:
        return self.clients.known_product(sale.product)

    def tenders(self) -> list[Tender]:
        return self.clients.tenders()

    def can_enquire(self, provider: str) -> bool:
        """False for providers whose in-doubt sales wait for a supervisor."""
        return self.clients.has_enquiry(provider)

    # -- the provider's catalogue -----------------------------------------------------------

    def options(self, product_key: str, *, refresh: bool = False) -> list[Option]:
        """The provider products behind a menu entry (DSTV, GOTV...); cached, works offline."""
        product = self.product(product_key)
        if not product.has_options:
            return []
        return self.catalogue.options(product, refresh=refresh)

    def option(self, product_key: str, option_id: str) -> Option:
        for o in self.options(product_key):
            if o.product_id == option_id:
                return o
        raise InputError("That product is not in the list. Refresh the list.", option_id)

    def plans(self, product_key: str, option_id: str, *, refresh: bool = False) -> list[Plan]:
        """Fixed-price plans with their prices; cached, works offline."""
        return self.catalogue.plans(self.product(product_key), option_id, refresh=refresh)

    # -- lookup -------------------------------------------------------------------------

    def _account(self, product: Product, account: str) -> str:
        return product.account.clean(account) if product.account else ""

    def lookup(self, product_key: str, account: str, option_id: str | None = None) -> Customer:
        """Ask the provider who the meter, account or smartcard belongs to. Nothing is
        journalled."""
        product = self.product(product_key)
        account = self._account(product, account)
        option = self.option(product_key, option_id) if option_id else None
        try:
            customer = self.clients.vendor(product.provider).lookup(product, account, option)
        except (NotDelivered, InDoubt) as exc:
            self._set_online(False)
            raise NotDelivered("The provider cannot be reached. Check the network and try "
                               "again.", exc.detail) from exc
        self._set_online(True)
        return customer

    def new_key(self, product_key: str) -> str:
        """A fresh provider idempotency key for a sale the cashier is preparing."""
        return self.clients.vendor(self.product(product_key).provider).new_key(
            self.terminal_id)

    # -- selling ------------------------------------------------------------------------

    def parse_amount(self, product_key: str, text: str) -> Money:
        """What the cashier typed, in the product's currency, or a clear message."""
        product = self.product(product_key)
        try:
            return Money.parse(ascii_digits(text), product.currency)
        except ValueError as exc:
            example = "5000" if Money(0, product.currency).exponent == 0 else "5000.50"
            raise InputError(f"That is not an amount: type it in {product.currency}, like "
                             f"{example}.", str(exc)) from exc

    def check_amount(self, product: Product, amount: Money, customer: Customer | None,
                     option: Option | None = None, plan: Plan | None = None) -> None:
        if amount.currency != product.currency:
            raise InputError(f"This product is paid in {product.currency}.", amount.currency)
        if plan is not None and amount != plan.price:
            raise InputError(f"{plan.name} costs {plan.price.display()}.")
        if option is not None and option.open_range and plan is None:
            option.check_amount(amount)
        if amount.minor <= 0:
            raise InputError("Enter an amount greater than zero.")
        if product.max_amount is not None and amount > product.max_amount:
            raise InputError("The most this terminal can sell at once is "
                             f"{product.max_amount.display()}.")
        if customer and customer.minimum and amount < customer.minimum:
            raise InputError(f"The least this meter can take is {customer.minimum.display()}.")

    def check_storage(self) -> None:
        """Before any money is taken: is there room to journal this sale and its outcome?"""
        need = int(self.config.get("terminal.min_free_mb")) * 1024 * 1024
        try:
            free = shutil.disk_usage(self.config.home).free
        except OSError as exc:
            raise StorageError("The terminal's disk cannot be read. Nothing was sent.",
                               f"disk_usage({self.config.home}): {exc}") from exc
        if free < need:
            raise StorageError("The terminal's disk is full: free some space before selling. "
                               "Nothing was sent and no money should be taken.",
                               f"{free} bytes free in {self.config.home}, need {need}")

    def sell(self, product_key: str, account: str, amount: Money, *, key: str | None = None,
             customer: Customer | None = None, tendered: Money | None = None,
             cashier: str | None = None, option_id: str | None = None,
             plan_id: str | None = None, tender: str = "cash", phone: str = "",
             extra: dict[str, Any] | None = None) -> SaleRecord:
        """Journal a sale and send it once. Returns the sale in its journalled state.

        Cash (the default) is taken at the counter: the vend is sent at once. A collector's
        tender starts the collection and returns the sale COLLECTING; the vend follows when
        the collector says paid (`settle` or the outbox). `key` is the provider idempotency
        key from `new_key`: the same key again returns the same sale and sends nothing; the
        same key with other details is refused.
        """
        product = self.product(product_key)
        account = self._account(product, account)
        option = self.option(product_key, option_id) if option_id else None
        if product.has_options and option is None:
            raise InputError("Choose the product first (for example DSTV).", product_key)
        plan = None
        if plan_id and option is not None:
            plan = next((p for p in self.plans(product_key, option.product_id)
                         if p.plan_id == plan_id), None)
            if plan is None:
                raise InputError("That plan is not in the list. Refresh the list.", plan_id)
        elif option is not None and not option.open_range:
            raise InputError("Choose a plan.", option.product_id)
        self.check_amount(product, amount, customer, option, plan)
        self._refuse_if_damaged()
        pay_by = self.clients.tender(tender)
        if pay_by is not CASH and pay_by.currencies and amount.currency not in pay_by.currencies:
            raise InputError(f"{pay_by.label} does not take {amount.currency}.", tender)
        if tendered is not None and pay_by is not CASH:
            raise InputError("Cash received is only for cash sales.", tender)
        if tendered is not None and tendered < amount:
            raise InputError(f"Cash received is less than {amount.display()}.")
        self.check_storage()
        vendor = self.clients.vendor(product.provider)
        key = key or vendor.new_key(self.terminal_id)
        request = vendor.request(VendOrder(product, account, amount, key, self.terminal_id,
                                           customer, option, plan, dict(extra or {})))
        collection: dict[str, Any] = {}
        if pay_by is not CASH:
            collector = self.clients.collector(pay_by.provider)
            ckey = collector.new_key(self.terminal_id)
            collection = {
                "tender": pay_by.key, "collector": collector.name, "collect_key": ckey,
                "collect_request": collector.request(CollectOrder(
                    pay_by, amount, ckey, self.terminal_id, phone,
                    customer.name if customer else "", product.label)),
                "collect_deadline": time.time() + float(pay_by.params.get("timeout", 120)),
                "next_attempt_at": time.time() + 2.0}
        with self._sell_lock:
            prior = self.journal.sale_by_key(vendor.name, key)
            if prior is not None:
                return self._replayed(prior, request, pay_by.key, amount, cashier)
            common: dict[str, Any] = dict(
                receipt_no=self.terminal_id, provider=vendor.name, product=product.key,
                idem_key=key, account=account,
                customer_name=customer.name if customer else "", amount=amount,
                request=request, cashier=cashier or self._cashier(),
                terminal_id=self.terminal_id, training=bool(self.config.get("terminal.training")),
                search_keys=_phones(phone, customer, extra))
            try:
                if collection:
                    # Journalled with its key before the payment request leaves.
                    sale_id = self.journal.create_sale(**common, state=S.COLLECTING,
                                                       **collection)
                else:
                    sale_id = self.journal.create_sale(**common)
            except DuplicateKey as dup:  # another process journalled this key just now
                return self._replayed(self.journal.sale(dup.sale_id), request, pay_by.key,
                                      amount, cashier)
            if not collection:
                self.journal.transition(sale_id, S.COLLECTED, note="cash",
                                        tendered_minor=tendered.minor if tendered else amount.minor,
                                        next_attempt_at=time.time() + COLLECTED_GRACE)
        self.bus.emit(Event("sale", self.journal.sale(sale_id)))
        if collection:
            return self.sender.start_collection(sale_id)
        return self.sender.send(sale_id, S.COLLECTED)

    def _replayed(self, prior: SaleRecord, request: dict[str, Any], tender: str,
                  amount: Money, cashier: str | None) -> SaleRecord:
        """The same key again: the same sale, nothing sent; other details are refused."""
        if prior.request != request or prior.tender != tender:
            self.journal.audit(cashier or "?", "key_replay_refused",
                               f"{prior.provider} key {prior.idem_key}: "
                               f"{prior.amount.display()} vs {amount.display()}")
            raise InputError("This sale was already started with other details. "
                             "A supervisor has been told.",
                             f"key {prior.idem_key} replayed with a different request")
        return prior

    def settle(self, sale_id: int) -> SaleRecord:
        """One step for an unsettled sale now: poll its collection, send, or enquire."""
        return self.sender.settle(sale_id)

    def cancel_collection(self, sale_id: int, actor: str) -> SaleRecord:
        """The cashier stops waiting for a mobile-money or card payment. If the customer
        pays anyway it is still recorded, and shown as money to refund."""
        return self.sender.request_cancel(sale_id, actor)

    def keep_queued(self, sale_id: int, actor: str) -> SaleRecord:
        """The cashier keeps the money and lets the outbox send the sale when it can."""
        sale = self.journal.sale(sale_id)
        if sale.state != S.QUEUED:
            raise InputError("Only a sale waiting to be sent can be kept in the queue.",
                             f"{sale.receipt_no} is {sale.state}")
        if sale.state == S.QUEUED:
            self.journal.update(sale_id, next_attempt_at=time.time())
            self.journal.audit(actor, "keep_queued", sale.receipt_no)
        return self.journal.sale(sale_id)

    def mark_refunded(self, sale_id: int, actor: str) -> SaleRecord:
        """A supervisor records that the money owed back on a sale was handed back, so it
        leaves the refunds due and cannot be refunded twice. Audited."""
        users.require(self.journal, actor, "supervisor")
        sale = self.journal.sale(sale_id)
        if sale.state != S.REFUND_DUE:
            raise InputError("Only a sale with a refund due can be marked as refunded.",
                             f"{sale.receipt_no} is {sale.state}")
        try:
            sale = self.journal.transition(sale_id, S.REFUNDED, expect=S.REFUND_DUE,
                                           note=f"refund handed back, recorded by {actor}")
        except StaleState:
            raise InputError("The sale has just changed: look at it again.",
                             f"{sale.receipt_no} changed") from None
        self.journal.audit(actor, "refund_paid", f"{sale.receipt_no} {sale.amount.display()}")
        self.bus.emit(Event("sale", sale))
        return sale

    def settle_by_hand(self, sale_id: int, actor: str, *, vended: bool, reference: str = "",
                       tokens: tuple[str, ...] = ()) -> SaleRecord:
        """A supervisor settles an in-doubt sale of a provider with no enquiry, from what the
        provider's own portal or support says: vended (with its reference and any token or
        PIN) or not (the money is owed back). Audited."""
        users.require(self.journal, actor, "supervisor")
        sale = self.journal.sale(sale_id)
        if sale.state != S.IN_DOUBT:
            raise InputError("Only a sale in doubt can be settled by hand.", str(sale.state))
        if vended:
            if not reference.strip():
                raise InputError("Give the provider's reference for this payment.")
            kind = self.product_of(sale).token_kind
            result = VendResult(reference.strip(), tuple(
                Token(n, kind, t.strip()) for n, t in enumerate(tokens, 1) if t.strip()),
                extra={"settled_by": actor})
            sale = self.journal.transition(sale_id, S.VENDED, expect=S.IN_DOUBT, result=result,
                                           note=f"settled by hand by {actor}")
        else:
            self.journal.transition(sale_id, S.VEND_FAILED, expect=S.IN_DOUBT,
                                    note=f"settled by hand by {actor}: not paid",
                                    message="The provider confirmed it was not paid.")
            sale = self.journal.transition(sale_id, S.REFUND_DUE, note="money to be handed back")
        self.journal.audit(actor, "settle_by_hand",
                           f"{sale.receipt_no}: {'vended ' + reference if vended else 'failed'}")
        self.bus.emit(Event("sale", sale))
        return sale

    def resend_held(self, sale_id: int, actor: str) -> SaleRecord:
        """A supervisor, having checked the provider's portal, sends a held in-doubt sale
        again: the journalled request as it is, so the same key (Interswitch `referenceId`
        and `ttid`); a provider that saw it answers with what it already issued. Audited."""
        sale = self.journal.sale(sale_id)
        if sale.state != S.IN_DOUBT or self.can_enquire(sale.provider):
            raise InputError("Only a sale held for a supervisor can be sent again.",
                             f"{sale.receipt_no}: {sale.state}, {sale.provider}")
        self.journal.audit(actor, "resend_held", f"{sale.receipt_no}: key {sale.idem_key}")
        log.info("sale %s: re-sent by %s with the same key", sale.receipt_no, actor)
        return self.sender.send(sale_id, S.IN_DOUBT)

    def cancel_queued(self, sale_id: int, actor: str) -> SaleRecord:
        """A queued sale that never left may be cancelled: the money goes back. One that may
        have reached the provider once (it was ever in doubt) ends only by the provider's
        answer or a supervisor's settlement, never by a local cancel."""
        sale = self.journal.sale(sale_id)
        if sale.state != S.QUEUED:
            raise InputError("Only a sale that is waiting to be sent can be cancelled.",
                             f"{sale.receipt_no} is {sale.state}")
        if self.journal.was_ever(sale_id, S.IN_DOUBT):
            raise InputError("This sale may already have reached the provider: it cannot be "
                             "cancelled here. It will be checked with the provider; a "
                             "supervisor can settle it.",
                             f"{sale.receipt_no} was in doubt before; cancel refused")
        try:
            sale = self.journal.transition(sale_id, S.REFUND_DUE, expect=S.QUEUED,
                                           note=f"cancelled by {actor} before sending")
        except StaleState:
            raise InputError("The sale has just moved on: look at it again.",
                             f"{sale.receipt_no} changed during cancel") from None
        self.journal.audit(actor, "cancel_queued", sale.receipt_no)
        self.bus.emit(Event("sale", sale))
        return sale

    # -- the outbox -----------------------------------------------------------------------

    def drain(self, *, force: bool = False) -> int:
        self._refuse_if_damaged()
        return self.outbox.drain(force=force)

    def recover(self) -> list[SaleRecord]:
        return self.outbox.recover()

    def retry_now(self, sale_id: int | None = None) -> int:
        return self.outbox.retry_now(sale_id)

    def start_worker(self) -> None:
        """The outbox worker, and the journal's full check in the background. Nothing is
        sent from a journal known to be damaged."""
        if not self.journal.problem():
            self.outbox.start()
        self.check_journal_in_background()

    def stop(self) -> None:
        self._stop_outbox()
        self.printing.stop()
        if self._checker is not None:
            self._checker.join(timeout=30)

    def pending(self) -> list[SaleRecord]:
        """Every sale the terminal still owes an outcome, oldest first."""
        return self.journal.sales(states=tuple(UNSETTLED), limit=100000)

    # -- reading ----------------------------------------------------------------------

    def sale(self, sale_id: int) -> SaleRecord:
        return self.journal.sale(sale_id)

    def find(self, receipt: str) -> SaleRecord:
        """A sale by its receipt number, any reference printed on its slips (ours, the
        provider's, the collector's), or its journal id."""
        text = _typed(receipt)
        sale = self.journal.sale_by_reference(text) if text else None
        if sale is None and text.isdigit() and len(text) < 12:  # a journal id, never a key
            try:
                sale = self.journal.sale(int(text))
            except KeyError:
                sale = None
        if sale is None:
            raise InputError("No sale with that receipt number or reference.", receipt)
        return sale

    def history(self, search: str = "", limit: int = 200, *,
                states: tuple[SaleState, ...] = ()) -> list[SaleRecord]:
        """Newest first (with `states`, e.g. the refunds due, oldest first); `search` is a
        meter, phone, receipt number, any printed reference (exact, any case) or the start of
        words of the customer's name."""
        return self.journal.sales(search=_typed(search), limit=limit,
                                  states=states)

    def status(self) -> Status:
        """Counts for the status bar. A VENDING sale within its deadline is a normal payment
        in flight ("sending"); past it, or left by a dead process, it is in doubt."""
        try:
            counts = self.journal.count_by_state(  # an index range, never every sale
                (S.QUEUED, S.IN_DOUBT, S.VENDING, S.REFUND_DUE, S.COLLECTING, S.VENDED))
            vending = counts.get("VENDING", 0)
            stale = sum(1 for s in self.journal.sales(states=(S.VENDING,), limit=1000)
                        if self.sender.abandoned(s)) if vending else 0
        except JournalDamaged:  # the status bar still shows, and says why nothing sells
            counts, vending, stale = {}, 0, 0
        return Status(online=self._online, queued=counts.get("QUEUED", 0),
                      in_doubt=counts.get("IN_DOUBT", 0) + stale,
                      refund_due=counts.get("REFUND_DUE", 0),
                      collecting=counts.get("COLLECTING", 0),
                      journal=self.journal.problem(),
                      unprinted=counts.get("VENDED", 0), sending=vending - stale)

    def check_network(self) -> dict[str, bool]:
        """Can each set-up provider be reached (a TCP connect)? Sets the online state when
        any provider is set up. For the start, before any sale, and while offline."""
        result = reach.check(self.config)
        if result:
            self._set_online(any(result.values()))
        return result

    def check_printer(self) -> Future[Any]:
        """Ask the printer for its paper state, printing nothing (announced as a printer
        event; PrinterError when it cannot be reached)."""
        return self.printing.submit_probe()

    def unprinted(self, limit: int = 100) -> list[SaleRecord]:
        """Paid sales whose receipt has not printed yet (a crash, a printer fault, or a sale
        finished later by the outbox): unfinished work until printed or reprinted."""
        return self.journal.sales(states=(S.VENDED,), limit=limit)

    # -- people, reports and the drawer -------------------------------------------------------

    def has_users(self) -> bool:
        """True once the terminal has (or ever had) users: PINs are asked from then on."""
        return users.has_people(self.journal)

    def users(self) -> list[tuple[str, str]]:
        return [(name, role) for name, role, _ in self.journal.users()]

    def authorize(self, pin: str, need: str) -> User:
        """The user whose PIN this is, if their role is at least `need` (cashier,
        supervisor, technician). Wrong PINs count towards the lockout; audited."""
        return users.authorize(self.journal, pin, need)

    def sign_in(self, pin: str) -> User:
        """The cashier at the counter from now on: this window's sales carry their name."""
        user = users.authorize(self.journal, pin, "cashier")
        self._on_duty = user
        self.journal.audit(user.name, "sign_in", user.role)
        return user

    @property
    def on_duty(self) -> User | None:
        return self._on_duty

    def _cashier(self) -> str:
        return self._on_duty.name if self._on_duty else str(self.config.get("terminal.cashier"))

    def pin_locked_until(self) -> float:
        """When PIN entry opens again after too many wrong PINs (0: open now)."""
        return users.locked_until(self.journal)

    def add_user(self, name: str, role: str, pin: str, actor: str) -> User:
        """A new user (a technician's work; open on a terminal with no users yet)."""
        users.require(self.journal, actor, "technician")
        return users.add_user(self.journal, name, role, pin, actor)

    def set_pin(self, name: str, pin: str, actor: str) -> None:
        """A user's new PIN: their own, or anyone's by a supervisor."""
        if actor != name:
            users.require(self.journal, actor, "supervisor")
        users.set_pin(self.journal, name, pin, actor)

    def set_role(self, name: str, role: str, actor: str) -> None:
        users.require(self.journal, actor, "technician")
        users.set_role(self.journal, name, role, actor)

    def remove_user(self, name: str, actor: str) -> None:
        users.require(self.journal, actor, "technician")
        users.remove_user(self.journal, name, actor)

    def audit_trail(self, actor: str, limit: int = 100) -> list[dict[str, Any]]:
        """The newest audit rows, newest first; a supervisor's view."""
        users.require(self.journal, actor, "supervisor")
        return self.journal.audit_trail(max(1, min(int(limit), 10000)))

    def report(self, kind: str) -> Report:
        """The shift (X) or day (Z) report so far, without closing anything."""
        return reports.build(self.journal, kind, labels=self.clients.product_label,
                             tender_labels=self.clients.tender_label,
                             training=bool(self.config.get("terminal.training")))

    def close_report(self, kind: str, actor: str) -> Report:
        """Close the shift or the day: the report is recorded and the next one starts now.
        A Z close also checks the whole journal and writes a verified backup (a failure of
        either is logged and shown in the status; the day is closed all the same)."""
        users.require(self.journal, actor, "supervisor")
        report = reports.close(self.journal, kind, actor, labels=self.clients.product_label,
                               tender_labels=self.clients.tender_label,
                               training=bool(self.config.get("terminal.training")))
        if kind == "z":
            if self.check_journal():
                self.last_backup = "not written: the journal failed its check"
            else:
                try:
                    self.last_backup = f"written to {self.backup_now().path}"
                except PosError as exc:
                    log.error("Z close backup failed: %s", exc.detail)
                    self.last_backup = f"FAILED: {exc.message}"
        return report

    def print_report(self, report: Report) -> Future[Any]:
        return self.printing.submit_report(report)

    def open_drawer(self, actor: str) -> Future[Any]:
        """Open the cash drawer without a sale (audited; a supervisor's action)."""
        users.require(self.journal, actor, "supervisor")
        self.journal.audit(actor, "open_drawer")
        return self.printing.submit_drawer()

    # -- printing -----------------------------------------------------------------------

    def print_sale(self, sale_id: int) -> Future[SaleRecord]:
        """Queue the receipt on the printer thread; once one has printed, the next says COPY n.
        The Future raises PrinterError on failure; the job stays in the journal either way.
        A sale whose customer paid nothing (a payment still awaited, declined or cancelled)
        has no receipt: a slip would look like proof of payment."""
        sale = self.journal.sale(sale_id)
        if sale.state in (S.NEW, S.COLLECTING, S.COLLECT_FAILED, S.CANCELLED):
            raise InputError("Nothing was paid for this sale, so there is no receipt to print.",
                             f"{sale.receipt_no} is {sale.state}")
        return self.printing.submit_sale(sale)

    def print_interrupted(self, sale_id: int) -> bool:
        """True when no print of this sale ever finished, either way: the process died
        before or while printing it (a printer that failed says so in its job)."""
        return all(j["status"] not in ("PRINTED", "FAILED")
                   for j in self.journal.print_jobs(sale_id))

    def copy_printed(self, sale_id: int) -> int:
        """What the last slip printed for this sale was: 0 the original, n its n-th copy."""
        done = [j for j in self.journal.print_jobs(sale_id) if j["status"] == "PRINTED"]
        return int(done[-1]["copy_no"]) if done else 0

    def print_test(self) -> Future[Any]:
        return self.printing.submit_test_page()

    def preview_png(self, sale_id: int) -> bytes:
        """The receipt as the printer gets it, rendered (for the screen)."""
        return self.printing.preview_png(self.journal.sale(sale_id))


def _typed(text: str) -> str:
    """What was typed or scanned, as the journal keys it: ASCII digits, and a receipt's QR
    text ("POSAPP:R:<receipt no>") as its receipt number."""
    text = ascii_digits(text).strip()
    if text.upper().startswith(RECEIPT_QR):
        text = text[len(RECEIPT_QR):].strip()
    return text


def _phones(phone: str, customer: Customer | None,
            extra: dict[str, Any] | None) -> tuple[str, ...]:
    """The phones a sale can be found by: the payer's, the customer's, each beneficiary's."""
    entries = (extra or {}).get("entries") or ()
    found = [phone, customer.phone if customer else ""]
    found += [str(e.get("phone", "")) for e in entries if isinstance(e, dict)]
    return tuple(ascii_digits(p).strip() for p in found if p and p.strip())


__all__ = ["Counter", "TerminalInfo"]
