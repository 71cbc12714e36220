"""The sending core: move a journalled sale one step with its provider, journal what came
back, then tell. No Qt; thread-safe through the journal's state guards.

Every request is journalled whole before it leaves; every outcome is journalled before
anyone hears of it. A timeout is IN_DOUBT and settled by the provider's enquiry, never by a
resend under a new key. A collection (mobile money, card page) is polled until the
collector says paid or failed; only a collected sale is vended.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

from posapp.config import Config
from posapp.domain.errors import (
    ConfigError,
    InDoubt,
    NotDelivered,
    OutcomeNotSaved,
    PosError,
    ProviderDeclined,
    StorageError,
    UnknownReference,
)
from posapp.domain.records import SaleRecord
from posapp.domain.sale import HELD, SaleState, VendResult
from posapp.providers.base import Collection, Vendor
from posapp.service.clients import Clients
from posapp.service.crashpoints import crashpoint
from posapp.service.events import Bus, Event
from posapp.store.journal import Journal, StaleState

log = logging.getLogger(__name__)
S = SaleState
# A collection that never reached its provider (unknown to its status call) is given this
# long before it counts as never started.
COLLECT_UNKNOWN_GRACE = 60.0
# After its deadline (and a cancel, where the collector has one) a pending collection is
# still polled this long: a payment that completes late is still recorded.
COLLECT_LATE_GRACE = 600.0


class Sender:
    def __init__(self, config: Config, journal: Journal, clients: Clients, bus: Bus,
                 set_online: Callable[[bool], None]) -> None:
        self.config = config
        self.journal = journal
        self.clients = clients
        self.bus = bus
        self._set_online = set_online
        self._local = threading.local()

    def set_online(self, online: bool) -> None:
        """The provider of this thread's last call answered (True) or could not be reached."""
        self._local.reached = online
        self._set_online(online)

    def no_answer(self, exc: Exception) -> None:
        """A call without a clear answer. Never sent (NotDelivered): the provider cannot be
        reached. Sent and not answered (a dropped or late reply): the network carried it, so
        the terminal is not marked offline (with a provider that has no enquiry nothing else
        would clear it for minutes); the outbox still skips that provider this round."""
        if isinstance(exc, NotDelivered):
            self.set_online(False)
        elif isinstance(exc, UnknownReference) or getattr(exc, "answered", False):
            self.set_online(True)
        else:
            self._local.reached = False

    def reached(self) -> bool:
        """Did this thread's last provider call get through? (The outbox skips the rest of a
        provider's sales for the round when it did not.)"""
        return bool(getattr(self._local, "reached", True))

    def _emit(self, sale_id: int) -> SaleRecord:
        sale = self.journal.sale(sale_id)
        background = bool(getattr(self._local, "background", False))
        self.bus.emit(Event("sale", sale, {"background": True} if background else {}))
        return sale

    def settle_in_background(self, sale_id: int) -> SaleRecord:
        """`settle` for the outbox: its events say so, so a window knows that a sale it is
        not showing was finished behind it (and prints the receipt owed)."""
        self._local.background = True
        try:
            return self.settle(sale_id)
        finally:
            self._local.background = False

    # -- vending ----------------------------------------------------------------------

    def send(self, sale_id: int, expect: SaleState) -> SaleRecord:
        """Move to VENDING (journalled), send once, journal the outcome, then tell."""
        # The vendor first: one that may not send (not set up, training with a live
        # address) refuses before the sale is marked as leaving.
        vendor = self.clients.vendor(self.journal.sale(sale_id).provider)
        try:
            sale = self.journal.transition(sale_id, S.VENDING, expect=expect,
                                           owner_pid=os.getpid())
        except StaleState:
            return self.journal.sale(sale_id)
        crashpoint("after_journal")
        try:
            return self._sent(sale, vendor, expect)
        except StaleState:
            # Another process settled it while our answer was late (it took the sale over
            # as abandoned): theirs stands, ours is only logged.
            log.warning("sale %s was settled elsewhere while this answer was awaited",
                        sale.receipt_no)
            return self._emit(sale_id)
        except StorageError as exc:
            # The request left; its outcome could not be journalled. The sale stays VENDING
            # and start-up recovery (or the outbox) settles it by enquiry.
            log.critical("sale %s: outcome not saved: %s", sale.receipt_no, exc.detail)
            raise OutcomeNotSaved("The provider answered but the terminal could not save it. "
                                  "Do NOT sell again: free disk space and restart; the sale "
                                  "will be recovered.", exc.detail) from exc

    def _sent(self, sale: SaleRecord, vendor: Vendor, expect: SaleState) -> SaleRecord:
        """Send once and journal whatever comes back."""
        sale_id = sale.id
        try:
            result = vendor.vend(sale.request)
            crashpoint("after_answer")
        except ConfigError as exc:
            # It cannot be sent as journalled (credentials changed): nothing left the
            # terminal. Back where it was, held for a person.
            log.error("sale %s not sent: %s", sale.receipt_no, exc.detail)
            back = S.QUEUED if expect in (S.COLLECTED, S.QUEUED) else S.IN_DOUBT
            self.journal.transition(sale_id, back, expect=S.VENDING, note=exc.detail,
                                    message=exc.message)
            self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=HELD)
        except ProviderDeclined as exc:
            log.warning("sale %s declined: %s", sale.receipt_no, exc.detail)
            self.set_online(True)
            self.journal.transition(sale_id, S.VEND_FAILED, expect=S.VENDING, note=exc.detail,
                                    message=exc.message, detail=exc.detail)
            self.journal.transition(sale_id, S.REFUND_DUE, note="money to be handed back")
        except NotDelivered as exc:
            log.warning("sale %s not delivered: %s", sale.receipt_no, exc.detail)
            self.set_online(False)
            if expect == S.IN_DOUBT:
                # This resend never left, but the first request may still be on its way or
                # processed: the sale stays in doubt until the provider answers for it.
                sale = self.journal.transition(
                    sale_id, S.IN_DOUBT, expect=S.VENDING, note=f"resend: {exc.detail}",
                    message="Still in doubt: the provider cannot be reached to check.")
                self.backoff(sale, exc.detail)
                return self._emit(sale_id)
            self.journal.transition(sale_id, S.QUEUED, expect=S.VENDING, note=exc.detail,
                                    message=exc.message)
            if expect == S.COLLECTED and self.clients.known_product(sale.product).gives_token:
                # A prepaid customer may prefer their money back: wait for the cashier.
                self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=HELD)
            else:
                self.backoff(sale, exc.detail)
        except (InDoubt, UnknownReference) as exc:
            log.warning("sale %s in doubt: %s", sale.receipt_no, exc.detail)
            self.no_answer(exc)
            sale = self.journal.transition(sale_id, S.IN_DOUBT, expect=S.VENDING,
                                           note=exc.detail, message=exc.message)
            if vendor.has_enquiry:
                self.backoff(sale, exc.detail, soon=True)
            else:  # no enquiry: held for a supervisor to settle by hand, never re-sent
                self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=HELD)
                self.journal.audit("system", "held_for_supervisor", sale.receipt_no)
        else:
            self.set_online(True)
            self.vended(sale_id, result, "vend", expect=S.VENDING)
            crashpoint("after_store")
        return self._emit(sale_id)

    def vended(self, sale_id: int, result: VendResult, how: str,
               expect: SaleState) -> SaleRecord:
        log.info("sale %d vended (%s): ref %s, %d token(s)", sale_id, how, result.provider_ref,
                 len(result.tokens))
        return self.journal.transition(sale_id, S.VENDED, expect=expect, result=result,
                                       note=how, message="", detail="")

    def backoff(self, sale: SaleRecord, error: str, soon: bool = False) -> None:
        base = 2.0 if soon else 5.0
        delay = min(float(self.config.get("outbox.max_backoff")), base * 2 ** sale.attempts)
        delay *= random.uniform(0.5, 1.0)
        self.journal.note_attempt(sale.id, error=error, next_attempt_at=time.time() + delay)

    def abandoned(self, sale: SaleRecord) -> bool:
        """True when no one can still be waiting for this VENDING sale's answer: the process
        that sent it is gone, or the request is older than any timeout allows."""
        limit = self.clients.read_timeout(sale.provider)
        if sale.updated_at < time.time() - limit - 5.0:
            return True
        return sale.owner_pid != os.getpid() and not pid_alive(sale.owner_pid)

    def settle(self, sale_id: int) -> SaleRecord:
        """One outbox step for an unsettled sale: poll its collection, send, resend the same
        key, or enquire."""
        sale = self.journal.sale(sale_id)
        if sale.state == S.COLLECTING:
            return self.poll_collection(sale_id)
        if sale.state == S.COLLECTED and sale.cancel_requested:
            self.journal.transition(sale_id, S.REFUND_DUE, expect=S.COLLECTED,
                                    note="paid after the cashier cancelled",
                                    message="Paid after the sale was cancelled: refund the "
                                            "customer.")
            return self._emit(sale_id)
        if sale.state in (S.COLLECTED, S.QUEUED):
            return self.send(sale_id, sale.state)
        if sale.state == S.VENDING:
            if not self.abandoned(sale):
                return sale  # someone may be sending it right now
            # Left mid-send by a crash: it may have reached the provider. Ask first.
            try:
                sale = self.journal.transition(sale_id, S.IN_DOUBT, expect=S.VENDING,
                                               note="found VENDING; may have been sent")
            except StaleState:
                return self.journal.sale(sale_id)
        if sale.state != S.IN_DOUBT:
            return sale
        vendor = self.clients.vendor(sale.provider)
        if not vendor.has_enquiry:
            return sale  # waits for a supervisor; never re-sent under a new key
        try:
            result = vendor.enquire(sale.request)
        except UnknownReference:
            self.set_online(True)
            log.info("sale %s unknown to %s: resending with the same key", sale.receipt_no,
                     vendor.name)
            return self.send(sale_id, S.IN_DOUBT)
        except ProviderDeclined as exc:
            # The enquiry itself was refused (e.g. authentication): still in doubt.
            self.backoff(sale, f"enquiry refused: {exc.detail}")
        except (NotDelivered, InDoubt) as exc:
            self.no_answer(exc)
            self.backoff(sale, f"enquiry: {exc.detail}")
        else:
            self.set_online(True)
            try:
                self.vended(sale_id, result, "enquiry", expect=S.IN_DOUBT)
            except StaleState:
                log.info("sale %s settled elsewhere during the enquiry", sale.receipt_no)
        return self._emit(sale_id)

    # -- collecting -------------------------------------------------------------------

    def start_collection(self, sale_id: int) -> SaleRecord:
        """Send the journalled payment request once. Never left: CANCELLED (nothing to
        collect); may have left: stays COLLECTING and is polled."""
        sale = self.journal.sale(sale_id)
        collector = self.clients.collector(sale.collector)
        crashpoint("collect_journalled")
        try:
            update = collector.start(sale.collect_request)
            crashpoint("collect_sent")
        except NotDelivered as exc:
            self.set_online(False)
            self.journal.transition(sale_id, S.CANCELLED, expect=S.COLLECTING, note=exc.detail,
                                    message="The payment could not be started: "
                                            f"{exc.message}", detail=exc.detail)
            return self._emit(sale_id)
        except (InDoubt, UnknownReference) as exc:
            self.no_answer(exc)
            self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=time.time() + 2)
            return self._emit(sale_id)
        except ProviderDeclined as exc:
            update = Collection(Collection.FAILED, message=exc.message, detail=exc.detail)
        self.set_online(True)
        return self._collected(sale, update)

    def poll_collection(self, sale_id: int) -> SaleRecord:
        sale = self.journal.sale(sale_id)
        if sale.state != S.COLLECTING:
            return sale
        collector = self.clients.collector(sale.collector)
        now = time.time()
        try:
            if sale.collect_deadline and now > sale.collect_deadline and not sale.cancel_requested:
                self.request_cancel(sale_id, "system")  # not paid in time
                sale = self.journal.sale(sale_id)
            update = collector.poll(sale.collect_request, sale.collect_ref)
            if update.status == Collection.PAID:
                crashpoint("collect_confirmed")
        except UnknownReference as exc:
            if now - sale.created_at > COLLECT_UNKNOWN_GRACE:
                self.journal.transition(sale_id, S.CANCELLED, expect=S.COLLECTING,
                                        note=f"never reached the provider: {exc.detail}",
                                        message="The payment never reached the provider. "
                                                "Nothing was paid.")
                return self._emit(sale_id)
            self.journal.note_attempt(sale_id, error=exc.detail, next_attempt_at=now + 3)
            return self._emit(sale_id)
        except (NotDelivered, InDoubt) as exc:
            self.no_answer(exc)
            self.backoff(sale, f"poll: {exc.detail}", soon=True)
            return self._emit(sale_id)
        except ProviderDeclined as exc:
            update = Collection(Collection.FAILED, message=exc.message, detail=exc.detail)
        self.set_online(True)
        return self._collected(sale, update)

    def _collected(self, sale: SaleRecord, update: Collection) -> SaleRecord:
        """Journal the collector's answer; a paid sale goes straight on to its vend."""
        sale_id = sale.id
        fields: dict[str, Any] = {"collect_ref": update.reference or sale.collect_ref,
                  "collect_url": update.page_url or sale.collect_url}
        try:
            if update.status == Collection.PAID:
                log.info("sale %s collected by %s: %s", sale.receipt_no, sale.collector,
                         update.reference)
                self.journal.transition(sale_id, S.COLLECTED, expect=S.COLLECTING,
                                        note=f"paid: {update.detail}", message="", **fields)
                crashpoint("collect_stored")
                return self.settle(sale_id)
            if update.status == Collection.FAILED:
                state = S.CANCELLED if sale.cancel_requested else S.COLLECT_FAILED
                self.journal.transition(sale_id, state, expect=S.COLLECTING,
                                        note=update.detail, message=update.message or
                                        "The payment was not made.", **fields)
                return self._emit(sale_id)
        except StaleState:
            return self.journal.sale(sale_id)
        late = sale.collect_deadline and time.time() > sale.collect_deadline + COLLECT_LATE_GRACE
        if late:
            self.journal.transition(sale_id, S.COLLECT_FAILED, expect=S.COLLECTING,
                                    note="no answer from the customer in time",
                                    message="Not paid in time.", **fields)
            return self._emit(sale_id)
        self.journal.update(sale_id, **fields, next_attempt_at=time.time() + 2.0)
        return self._emit(sale_id)

    def request_cancel(self, sale_id: int, actor: str) -> SaleRecord:
        """The cashier gives up waiting. A collection that never left ends now; one that may
        be paid is asked to stop and polled on: paid anyway, it is recorded (and refunded)."""
        sale = self.journal.sale(sale_id)
        if sale.state != S.COLLECTING:
            return sale
        self.journal.update(sale_id, cancel_requested=1)
        self.journal.audit(actor, "cancel_collection", sale.receipt_no)
        try:
            self.clients.collector(sale.collector).cancel(sale.collect_request,
                                                          sale.collect_ref)
        except PosError as exc:
            log.info("cancel of %s not confirmed: %s", sale.receipt_no, exc.detail)
        return self._emit(sale_id)


def pid_alive(pid: int) -> bool:
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
