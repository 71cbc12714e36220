"""The counter: look up, sell, settle, drain, reprint, report. Thread-safe; no Qt.

Every sale is journalled with its provider key before the request leaves, and its
outcome is journalled before the caller hears of it. A timeout is IN_DOUBT and is
settled by the provider's enquiry, never by a resend under a new key.
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from posapp.config import Config
from posapp.domain.errors import (
    ConfigError,
    InDoubt,
    InputError,
    NotDelivered,
    PosError,
    ProviderDeclined,
    StorageError,
    UnknownReference,
)
from posapp.domain.money import Money, MoneyError
from posapp.domain.sale import HELD, UNSETTLED, Customer, SaleState, VendResult
from posapp.providers.aggregator import BillsAggregator, Plan, ProductInfo
from posapp.providers.efactory import EFactory, check_meter_id
from posapp.secrets import REDACTOR, SecretStore, require
from posapp.service import reports, users
from posapp.service.bills_catalogue import BillsCatalogue
from posapp.service.catalog import PRODUCTS, Product, offered
from posapp.service.crashpoints import crashpoint
from posapp.service.printing import PrintService
from posapp.service.reports import Report
from posapp.service.vendors import VENDOR_TYPES, AggregatorVendor, EFactoryVendor, Vendor
from posapp.store.journal import Journal, SaleRecord, StaleState

log = logging.getLogger(__name__)
S = SaleState
OUTBOX_LEASE = "outbox"
# A COLLECTED sale is sent by the screen that made it; the outbox only picks it up after this
# (a crash between taking cash and sending).
COLLECTED_GRACE = 30.0


@dataclass(frozen=True)
class Event:
    """Something the screens may want to redraw for. `kind` is one of KINDS."""

    kind: str
    sale: SaleRecord | None = None
    data: dict[str, Any] = field(default_factory=dict)

    KINDS = ("sale", "status", "printer")


@dataclass(frozen=True)
class Status:
    online: bool | None
    queued: int
    in_doubt: int
    refund_due: int


class Counter:
    """One terminal's service: journal, provider clients, printer and outbox."""

    def __init__(self, config: Config, secrets: SecretStore, *,
                 journal: Journal | None = None, vendors: dict[str, Vendor] | None = None,
                 owner: str | None = None) -> None:
        self.config = config
        self.secrets = secrets
        self.journal = journal or Journal(str(config.db_path))
        self.owner = owner or f"{uuid.uuid4().hex[:8]}"
        self._vendors = vendors
        self._listeners: list[Callable[[Event], None]] = []
        self._online: bool | None = None
        self._sell_lock = threading.Lock()
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self.printing = PrintService(config, self.journal, self._emit)
        self.catalogue = BillsCatalogue(self.journal, self._aggregator, self._set_online)
        health = self.journal.health()
        log.info("journal %s: journal_mode=%s synchronous=%s integrity=%s", config.db_path,
                 health["journal_mode"], health["synchronous"], health["integrity"])
        if health["integrity"] != "ok":
            log.error("journal integrity check failed: %s", health["integrity"])

    # -- wiring ---------------------------------------------------------------------

    @property
    def terminal_id(self) -> str:
        return str(self.config.get("terminal.terminal_id"))

    def vendors(self) -> dict[str, Vendor]:
        if self._vendors is None:
            c = self.config
            api_key = require(self.secrets, "efactory.api_key")
            auth_token = require(self.secrets, "efactory.auth_token")
            REDACTOR.add(api_key)
            REDACTOR.add(auth_token)
            from posapp.providers.efactory import ITEM_TYPES, SC_IDS

            if c.get("efactory.sc_id") not in SC_IDS:
                raise ConfigError("The eFactory business unit is not set up right. Call the "
                                  "technician.", f"efactory.sc_id {c.get('efactory.sc_id')!r} "
                                  f"is not one of {', '.join(SC_IDS)}")
            unknown = set(c.get("efactory.item_type_ids")) - set(ITEM_TYPES)
            if unknown:
                raise ConfigError("An eFactory payment type is not set up right.",
                                  f"efactory.item_type_ids {sorted(unknown)}; one of "
                                  f"{', '.join(ITEM_TYPES)}")
            client = EFactory(
                c.get("efactory.base_url"), api_key, auth_token, self.terminal_id,
                c.get("efactory.sc_id"),
                timeout=(c.get("efactory.connect_timeout"), c.get("efactory.read_timeout")),
                allow_plain_http=c.get("efactory.allow_plain_http"))
            self._vendors = {"efactory": EFactoryVendor(client)}
            if c.get("aggregator.url"):
                token = require(self.secrets, "aggregator.token")
                REDACTOR.add(token)
                agg = BillsAggregator(c.get("aggregator.url"), c.get("aggregator.username"),
                                      token, c.get("aggregator.email"),
                                      timeout=(c.get("efactory.connect_timeout"),
                                               c.get("aggregator.read_timeout")))
                self._vendors["aggregator"] = AggregatorVendor(agg)
        return self._vendors

    def _aggregator(self) -> BillsAggregator:
        vendor = self._vendor("aggregator")
        assert isinstance(vendor, AggregatorVendor)
        return vendor.client

    def can_enquire(self, provider: str) -> bool:
        """False for providers whose in-doubt sales wait for a supervisor. No I/O: safe to
        call from the GUI thread."""
        return VENDOR_TYPES[provider].has_enquiry

    def _vendor(self, name: str) -> Vendor:
        try:
            return self.vendors()[name]
        except KeyError:
            raise ConfigError("This provider is not set up on this terminal.", name) from None

    def subscribe(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken screen must not break a sale
                log.exception("event listener failed")

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            log.info("providers now %s", "online" if online else "offline")
        self._emit(Event("status"))

    # -- catalogue and lookup ---------------------------------------------------------------

    def products(self) -> list[Product]:
        categories = list(self.config.get("aggregator.categories")) if self.config.get(
            "aggregator.url") else []
        return offered(list(self.config.get("efactory.item_type_ids")), categories)

    # -- the aggregator's catalogue (service/bills_catalogue.py) -----------------------------

    def options(self, product_key: str, *, refresh: bool = False) -> list[ProductInfo]:
        """The provider products behind a menu entry (DSTV, GOTV...); cached, works offline."""
        product = self.product(product_key)
        if product.provider != "aggregator":
            return []
        return self.catalogue.options(product.category, refresh=refresh)

    def option(self, product_key: str, option_id: str) -> ProductInfo:
        for o in self.options(product_key):
            if o.product_id == option_id:
                return o
        raise InputError("That product is not in the list. Refresh the list.", option_id)

    def plans(self, product_key: str, option_id: str, *, refresh: bool = False) -> list[Plan]:
        """Fixed-price plans with their prices; cached, works offline."""
        return self.catalogue.plans(self.product(product_key).category, option_id,
                                    refresh=refresh)

    def _account(self, product: Product, account: str) -> str:
        if not product.account_label:
            return ""
        return check_meter_id(account)

    def product(self, key: str) -> Product:
        if key not in PRODUCTS:
            raise InputError("Unknown product.", key)
        return PRODUCTS[key]

    def lookup(self, product_key: str, account: str, option_id: str | None = None) -> Customer:
        """Ask the provider who the meter, account or smartcard belongs to. Nothing is
        journalled."""
        product = self.product(product_key)
        account = self._account(product, account)
        option = self.option(product_key, option_id) if option_id else None
        try:
            customer = self._vendor(product.provider).lookup(product, account, option)
        except (NotDelivered, InDoubt) as exc:
            self._set_online(False)
            raise NotDelivered("The provider cannot be reached. Check the network and try "
                               "again.", exc.detail) from exc
        self._set_online(True)
        return customer

    def new_key(self, product_key: str) -> str:
        """A fresh provider idempotency key for a sale the cashier is preparing."""
        return self._vendor(self.product(product_key).provider).new_key(self.terminal_id)

    # -- selling ------------------------------------------------------------------------

    def check_amount(self, product: Product, amount: Money, customer: Customer | None,
                     option: ProductInfo | None = None, plan: Plan | None = None) -> None:
        if plan is not None and amount != plan.price:
            raise InputError(f"{plan.name} costs {plan.price.display()}.")
        if option is not None and option.open_range and plan is None:
            option.check_amount(amount)
        if amount.currency != "NGN":
            raise InputError("This product is paid in naira.", amount.currency)
        if amount.minor <= 0:
            raise InputError("Enter an amount greater than zero.")
        try:
            ceiling = Money.parse(str(self.config.get("efactory.max_amount")), "NGN")
        except MoneyError as exc:
            raise ConfigError("The largest sale amount is not set up right.", str(exc)) from exc
        if amount > ceiling:
            raise InputError(f"The most this terminal can sell at once is {ceiling.display()}.")
        if customer and customer.minimum and amount < customer.minimum:
            raise InputError(f"The least this meter can take is {customer.minimum.display()}.")

    def check_storage(self) -> None:
        """Before any cash is taken: is there room to journal this sale and its outcome?"""
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
             plan_id: str | None = None) -> SaleRecord:
        """Journal a cash sale and send it once. Returns the sale in its journalled state.

        `key` is the provider idempotency key from `new_key`; pressing Pay again with the
        same key returns the same sale and sends nothing, and the same key with a
        different amount or account is refused locally.
        """
        product = self.product(product_key)
        account = self._account(product, account)
        option = self.option(product_key, option_id) if option_id else None
        if product.provider == "aggregator" and option is None:
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
        if tendered is not None and tendered < amount:
            raise InputError(f"Cash received is less than {amount.display()}.")
        self.check_storage()
        vendor = self._vendor(product.provider)
        key = key or vendor.new_key(self.terminal_id)
        request = vendor.request(product, account, amount, key, customer, option, plan)
        with self._sell_lock:
            prior = self.journal.sale_by_key(vendor.name, key)
            if prior is not None:
                if prior.request != request:
                    self.journal.audit(cashier or "?", "key_replay_refused",
                                       f"{vendor.name} key {key}: {prior.amount.display()} "
                                       f"vs {amount.display()}")
                    raise InputError("This sale was already started with other details. "
                                     "A supervisor has been told.",
                                     f"key {key} replayed with a different request")
                return prior
            sale_id = self.journal.create_sale(
                receipt_no=self.terminal_id, provider=vendor.name,
                product=product.key, idem_key=key, account=account,
                customer_name=customer.name if customer else "", amount=amount,
                request=request, cashier=cashier or self.config.get("terminal.cashier"),
                terminal_id=self.terminal_id, training=bool(self.config.get("terminal.training")))
            self.journal.transition(sale_id, S.COLLECTED, note="cash",
                                    tendered_minor=tendered.minor if tendered else amount.minor,
                                    next_attempt_at=time.time() + COLLECTED_GRACE)
        self._emit(Event("sale", self.journal.sale(sale_id)))
        return self._send(sale_id, S.COLLECTED)

    def _send(self, sale_id: int, expect: SaleState) -> SaleRecord:
        """Move to VENDING (journalled), send once, journal the outcome, then tell."""
        try:
            sale = self.journal.transition(sale_id, S.VENDING, expect=expect,
                                           owner_pid=os.getpid())
        except StaleState:
            return self.journal.sale(sale_id)
        vendor = self._vendor(sale.provider)
        crashpoint("after_journal")
        try:
            return self._sent(sale, vendor, expect)
        except StorageError as exc:
            # The request left; its outcome could not be journalled. The sale stays VENDING
            # and start-up recovery (or the outbox) settles it by enquiry.
            log.critical("sale %s: outcome not saved: %s", sale.receipt_no, exc.detail)
            raise StorageError("The provider answered but the terminal could not save it. Do "
                               "NOT sell again: free disk space and restart; the sale will be "
                               "recovered.", exc.detail) from exc

    def _sent(self, sale: SaleRecord, vendor: Vendor, expect: SaleState) -> SaleRecord:
        """Send once and journal whatever comes back."""
        sale_id = sale.id
        try:
            result = vendor.vend(sale.request)
            crashpoint("after_answer")
        except ProviderDeclined as exc:
            log.warning("sale %s declined: %s", sale.receipt_no, exc.detail)
            self._set_online(True)
            self.journal.transition(sale_id, S.VEND_FAILED, note=exc.detail,
                                    message=exc.message, detail=exc.detail)
            sale = self.journal.transition(sale_id, S.REFUND_DUE,
                                           note="cash to be handed back")
        except NotDelivered as exc:
            log.warning("sale %s not delivered: %s", sale.receipt_no, exc.detail)
            self._set_online(False)
            sale = self.journal.transition(sale_id, S.QUEUED, note=exc.detail,
                                           message=exc.message)
            if expect == S.COLLECTED and self.product(sale.product).gives_token:
                # A prepaid customer may prefer their cash back: wait for the cashier.
                self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=HELD)
            else:
                self._backoff(sale, exc.detail)
        except (InDoubt, UnknownReference) as exc:
            log.warning("sale %s in doubt: %s", sale.receipt_no, exc.detail)
            self._set_online(isinstance(exc, UnknownReference) or getattr(exc, "answered", False))
            sale = self.journal.transition(sale_id, S.IN_DOUBT, note=exc.detail,
                                           message=exc.message)
            if vendor.has_enquiry:
                self._backoff(sale, exc.detail, soon=True)
            else:  # no enquiry: held for a supervisor to settle by hand, never re-sent
                self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=HELD)
                self.journal.audit("system", "held_for_supervisor", sale.receipt_no)
        else:
            self._set_online(True)
            sale = self._vended(sale_id, result, "vend")
            crashpoint("after_store")
        sale = self.journal.sale(sale_id)
        self._emit(Event("sale", sale))
        return sale

    def _vended(self, sale_id: int, result: VendResult, how: str) -> SaleRecord:
        log.info("sale %d vended (%s): ref %s, %d token(s)", sale_id, how, result.provider_ref,
                 len(result.tokens))
        return self.journal.transition(sale_id, S.VENDED, result=result, note=how,
                                       message="", detail="")

    def _backoff(self, sale: SaleRecord, error: str, soon: bool = False) -> None:
        base = 2.0 if soon else 5.0
        delay = min(float(self.config.get("outbox.max_backoff")), base * 2 ** sale.attempts)
        delay *= random.uniform(0.5, 1.0)
        self.journal.note_attempt(sale.id, error=error, next_attempt_at=time.time() + delay)

    def settle(self, sale_id: int) -> SaleRecord:
        """One outbox step for an unsettled sale: send, resend the same key, or enquire."""
        sale = self.journal.sale(sale_id)
        if sale.state in (S.COLLECTED, S.QUEUED):
            return self._send(sale_id, sale.state)
        if sale.state == S.VENDING:
            if not self._abandoned(sale):
                return sale  # someone may be sending it right now
            # Left mid-send by a crash: it may have reached the provider. Ask first.
            try:
                sale = self.journal.transition(sale_id, S.IN_DOUBT, expect=S.VENDING,
                                               note="found VENDING; may have been sent")
            except StaleState:
                return self.journal.sale(sale_id)
        if sale.state != S.IN_DOUBT:
            return sale
        vendor = self._vendor(sale.provider)
        if not vendor.has_enquiry:
            return sale  # waits for a supervisor; never re-sent under a new key
        try:
            result = vendor.enquire(sale.request)
        except UnknownReference:
            self._set_online(True)
            log.info("sale %s unknown to %s: resending with the same key", sale.receipt_no,
                     vendor.name)
            return self._send(sale_id, S.IN_DOUBT)
        except ProviderDeclined as exc:
            # The enquiry itself was refused (e.g. authentication): still in doubt.
            self._backoff(sale, f"enquiry refused: {exc.detail}")
        except (NotDelivered, InDoubt) as exc:
            self._set_online(False)
            self._backoff(sale, f"enquiry: {exc.detail}")
        else:
            self._set_online(True)
            self._vended(sale_id, result, "enquiry")
        sale = self.journal.sale(sale_id)
        self._emit(Event("sale", sale))
        return sale

    def _abandoned(self, sale: SaleRecord) -> bool:
        """True when no one can still be waiting for this VENDING sale's answer: the process
        that sent it is gone, or the request is older than any timeout allows."""
        c = self.config
        limit = float(c.get("efactory.connect_timeout")) + float(c.get("efactory.read_timeout"))
        if sale.updated_at < time.time() - limit - 5.0:
            return True
        return sale.owner_pid != os.getpid() and not _pid_alive(sale.owner_pid)

    def keep_queued(self, sale_id: int, actor: str) -> SaleRecord:
        """The cashier keeps the cash and lets the outbox send the sale when it can."""
        sale = self.journal.sale(sale_id)
        if sale.state == S.QUEUED:
            self.journal.update(sale_id, next_attempt_at=time.time())
            self.journal.audit(actor, "keep_queued", sale.receipt_no)
        return self.journal.sale(sale_id)

    def retry_now(self, sale_id: int | None = None) -> int:
        """Make queued and in-doubt sales due now (all, or one). Returns how many."""
        due = [s for s in self.journal.sales(states=(S.QUEUED, S.IN_DOUBT), limit=100000)
               if sale_id is None or s.id == sale_id]
        for s in due:
            self.journal.update(s.id, next_attempt_at=0.0)
        return len(due)

    def settle_by_hand(self, sale_id: int, actor: str, *, vended: bool, reference: str = "",
                       tokens: tuple[str, ...] = ()) -> SaleRecord:
        """A supervisor settles an in-doubt sale of a provider with no enquiry, from what the
        provider's own portal or support says: vended (with its reference and any token or
        PIN) or not (the cash is owed back). Audited."""
        from posapp.domain.sale import Token

        sale = self.journal.sale(sale_id)
        if sale.state != S.IN_DOUBT:
            raise InputError("Only a sale in doubt can be settled by hand.", str(sale.state))
        if vended:
            if not reference.strip():
                raise InputError("Give the provider's reference for this payment.")
            kind = "PIN" if self.product(sale.product).category == "waec" else "TOKEN"
            result = VendResult(reference.strip(), tuple(
                Token(n, kind, t.strip()) for n, t in enumerate(tokens, 1) if t.strip()),
                extra={"settled_by": actor})
            sale = self.journal.transition(sale_id, S.VENDED, expect=S.IN_DOUBT, result=result,
                                           note=f"settled by hand by {actor}")
        else:
            self.journal.transition(sale_id, S.VEND_FAILED, expect=S.IN_DOUBT,
                                    note=f"settled by hand by {actor}: not paid",
                                    message="The provider confirmed it was not paid.")
            sale = self.journal.transition(sale_id, S.REFUND_DUE, note="cash to be handed back")
        self.journal.audit(actor, "settle_by_hand",
                           f"{sale.receipt_no}: {'vended ' + reference if vended else 'failed'}")
        self._emit(Event("sale", sale))
        return sale

    def cancel_queued(self, sale_id: int, actor: str) -> SaleRecord:
        """A queued sale that never left may be cancelled: the cash goes back."""
        sale = self.journal.transition(sale_id, S.REFUND_DUE, expect=S.QUEUED,
                                       note=f"cancelled by {actor} before sending")
        self.journal.audit(actor, "cancel_queued", sale.receipt_no)
        self._emit(Event("sale", sale))
        return sale

    # -- the outbox -----------------------------------------------------------------------

    def drain(self, *, force: bool = False) -> int:
        """Settle every due sale, oldest first; a provider that is offline is skipped for
        the rest of the round so its sales stay in order. Returns how many were touched."""
        if not self.journal.take_lease(OUTBOX_LEASE, self.owner, 60):
            return 0
        due = self.journal.sales(states=tuple(UNSETTLED), limit=100000,
                                 due_before=None if force else time.time())
        blocked: set[str] = set()
        touched = 0
        for sale in due:
            if sale.provider in blocked or self._stop.is_set():
                continue
            if sale.state == S.VENDING and not self._abandoned(sale):
                continue
            if sale.held:
                continue  # a person decides first: the cashier (queue or refund) or a
                # supervisor (in doubt with a provider that has no enquiry), even when forced
            try:
                after = self.settle(sale.id)
            except PosError as exc:
                log.error("settling %s failed: %s", sale.receipt_no, exc.detail)
                blocked.add(sale.provider)
                continue
            touched += 1
            if after.state in (S.QUEUED, S.IN_DOUBT):
                blocked.add(sale.provider)
            self.journal.take_lease(OUTBOX_LEASE, self.owner, 60)
        self._emit(Event("status"))
        return touched

    def recover(self) -> list[SaleRecord]:
        """At start-up: every sale a crash left half done, settled or re-queued."""
        unsettled = self.journal.sales(states=tuple(UNSETTLED), limit=100000)
        if unsettled:
            log.info("recovering %d unsettled sale(s)", len(unsettled))
        for sale in unsettled:
            # A VENDING sale whose sender is alive may be in flight in another process;
            # the outbox looks at it again once it is abandoned.
            if sale.state == S.VENDING and self._abandoned(sale):
                try:
                    self.journal.transition(sale.id, S.IN_DOUBT, expect=S.VENDING,
                                            note="found VENDING at start-up")
                except StaleState:
                    pass
        return [self.journal.sale(s.id) for s in unsettled]

    def start_worker(self) -> None:
        """Drain the outbox in the background until `stop`."""
        if self._worker is not None:
            return
        poll = float(self.config.get("outbox.poll_seconds"))

        def run() -> None:
            while not self._stop.wait(poll):
                try:
                    self.drain()
                except Exception:
                    log.exception("outbox round failed")

        self._worker = threading.Thread(target=run, name="outbox", daemon=True)
        self._worker.start()

    def stop(self) -> None:
        self._stop.set()
        if self._worker is not None:
            self._worker.join(timeout=5)
        self.journal.release_lease(OUTBOX_LEASE, self.owner)
        self.printing.stop()

    # -- reading ----------------------------------------------------------------------

    def sale(self, sale_id: int) -> SaleRecord:
        return self.journal.sale(sale_id)

    def history(self, search: str = "", limit: int = 200) -> list[SaleRecord]:
        return self.journal.sales(search=search.strip(), limit=limit)

    def status(self) -> Status:
        counts = self.journal.count_by_state()
        return Status(online=self._online, queued=counts.get("QUEUED", 0),
                      in_doubt=counts.get("IN_DOUBT", 0) + counts.get("VENDING", 0),
                      refund_due=counts.get("REFUND_DUE", 0))

    # -- reports and the drawer ------------------------------------------------------------

    def report(self, kind: str) -> Report:
        """The shift (X) or day (Z) report so far, without closing anything."""
        return reports.build(self.journal, kind)

    def close_report(self, kind: str, actor: str) -> Report:
        """Close the shift or the day: the report is recorded and the next one starts now."""
        return reports.close(self.journal, kind, actor)

    def print_report(self, report: Report) -> Future[Any]:
        return self.printing.submit_report(report)

    def open_drawer(self, actor: str) -> Future[Any]:
        """Open the cash drawer without a sale (audited; a supervisor's action)."""
        self.journal.audit(actor, "open_drawer")
        return self.printing.submit_drawer()

    def authorize(self, pin: str, need: str) -> users.User:
        """Check a PIN for an action that needs `need` (supervisor, technician)."""
        return users.authorize(self.journal, pin, need)

    # -- printing -----------------------------------------------------------------------

    def print_sale(self, sale_id: int) -> Future[SaleRecord]:
        """Queue the receipt on the printer thread; once one has printed, the next says COPY n.
        The Future raises PrinterError on failure; the job stays in the journal either way."""
        return self.printing.submit_sale(self.journal.sale(sale_id))


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return True  # os.kill(pid, 0) would terminate it there; rely on the timeout rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but not ours, or a platform that cannot tell: assume alive
    return True
