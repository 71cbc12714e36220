"""What the service announces, and who listens. Every state change of a sale (printed
included) is an event, so a screen redraws from events instead of re-reading rows."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from posapp.domain.records import SaleRecord

log = logging.getLogger(__name__)


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
    collecting: int = 0
    journal: str = ""  # why the journal stopped selling; "" when it is fine
    unprinted: int = 0  # paid (VENDED) but no receipt printed yet
    sending: int = 0  # VENDING within its deadline: a normal sale in flight, not in doubt


Listener = Callable[[Event], None]


class Bus:
    """Listeners subscribe and unsubscribe; a broken listener never breaks a sale."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the call that removes it again."""
        with self._lock:
            self._listeners.append(listener)
        return lambda: self.unsubscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def emit(self, event: Event) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:  # a broken screen must not break a sale
                log.exception("event listener failed")
