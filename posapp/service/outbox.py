"""The outbox: every unsettled sale, drained oldest first by one worker at a time (a lease
in the journal), with backoff per sale; start-up recovery of what a crash left half done."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid

from posapp.config import Config
from posapp.domain.errors import PosError
from posapp.domain.records import SaleRecord
from posapp.domain.sale import UNSETTLED, SaleState
from posapp.service.events import Bus, Event
from posapp.service.sending import Sender, pid_alive
from posapp.store.journal import Journal, StaleState

log = logging.getLogger(__name__)
S = SaleState
LEASE = "outbox"
LEASE_SECONDS = 60.0


class OutboxBusy(PosError):
    """Another live process holds the outbox."""


def _holder_gone(owner: str) -> bool:
    """The lease's holder was a process on this machine that no longer exists."""
    _, _, pid = owner.rpartition(":")
    return pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid))


class Outbox:
    def __init__(self, config: Config, journal: Journal, sender: Sender, bus: Bus,
                 owner: str | None = None) -> None:
        self.config = config
        self.journal = journal
        self.sender = sender
        self.bus = bus
        # The pid in the lease's owner lets another process take over at once from a
        # drainer that was killed, instead of waiting for the lease to expire.
        self.owner = owner or f"{uuid.uuid4().hex[:8]}:{os.getpid()}"
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None

    def drain(self, *, force: bool = False) -> int:
        """Settle every due sale, oldest first. A provider that cannot be reached is skipped
        for the rest of the round (its sales stay in order); a sale held for a person never
        stops the others. Returns how many were touched. `force` (a person asked): every
        sale not held, due or not, and OutboxBusy when another live process is draining."""
        holder = self.journal.take_lease(LEASE, self.owner, LEASE_SECONDS, _holder_gone)
        renewed = time.monotonic()
        if holder is not None:
            if force:
                raise OutboxBusy("Another window or service on this terminal is sending the "
                                 "queue right now; it will finish it. Try again in a minute.",
                                 f"outbox lease held by {holder}")
            return 0
        due = self.journal.sales(states=tuple(UNSETTLED), limit=100000,
                                 due_before=None if force else time.time())
        unreachable: set[str] = set()
        touched = 0
        for sale in due:
            lane = sale.collector if sale.state == S.COLLECTING else sale.provider
            if lane in unreachable or self._stop.is_set():
                continue
            if sale.state == S.VENDING and not self.sender.abandoned(sale):
                continue
            if sale.held:
                continue  # a person decides first: the cashier (queue or refund) or a
                # supervisor (in doubt with a provider that has no enquiry), even when forced
            try:
                self.sender.settle_in_background(sale.id)
            except PosError as exc:
                log.error("settling %s failed: %s", sale.receipt_no, exc.detail)
                unreachable.add(lane)
                continue
            touched += 1
            if not self.sender.reached():
                unreachable.add(lane)
            if time.monotonic() - renewed > LEASE_SECONDS / 4:
                # Renewed now and then, not per sale: one commit less for every sale drained.
                self.journal.take_lease(LEASE, self.owner, LEASE_SECONDS, _holder_gone)
                renewed = time.monotonic()
        self.bus.emit(Event("status"))
        return touched

    def recover(self) -> list[SaleRecord]:
        """At start-up: every sale a crash left half done, settled or re-queued."""
        unsettled = self.journal.sales(states=tuple(UNSETTLED), limit=100000)
        if unsettled:
            log.info("recovering %d unsettled sale(s)", len(unsettled))
        for sale in unsettled:
            # A VENDING sale whose sender is alive may be in flight in another process;
            # the outbox looks at it again once it is abandoned.
            if sale.state == S.VENDING and self.sender.abandoned(sale):
                try:
                    self.journal.transition(sale.id, S.IN_DOUBT, expect=S.VENDING,
                                            note="found VENDING at start-up")
                except StaleState:
                    pass
        return [self.journal.sale(s.id) for s in unsettled]

    def retry_now(self, sale_id: int | None = None) -> int:
        """Make queued and in-doubt sales due now (all, or one). A sale held for a person
        stays held: only that person's decision (keep queued, settle) releases it."""
        due = [s for s in self.journal.sales(states=(S.QUEUED, S.IN_DOUBT), limit=100000)
               if (sale_id is None or s.id == sale_id) and not s.held]
        for s in due:
            self.journal.update(s.id, next_attempt_at=0.0)
        return len(due)

    def start(self) -> None:
        """Drain in the background until `stop`."""
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
        self.journal.release_lease(LEASE, self.owner)
