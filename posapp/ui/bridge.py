"""Typed Qt signals for everything the service announces, emitted on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from posapp.domain.sale import SaleState
from posapp.service import Counter, Event


class ServiceBridge(QObject):
    #: a sale changed state (SaleRecord)
    sale_changed = Signal(object)
    #: the outbox finished a sale: paid, receipt owed (SaleRecord)
    paid_in_background = Signal(object)
    #: queue counts or online state changed
    status_changed = Signal()
    #: printer state: paper ("ok", "low", "out", "unknown") and the last error ("" if none)
    printer_changed = Signal(str, str)
    # carries events across threads; Qt queues it to the GUI thread
    _event = Signal(object)

    def __init__(self, counter: Counter) -> None:
        super().__init__()
        self._event.connect(self._dispatch)
        self._unsubscribe = counter.subscribe(self._event.emit)

    def close(self) -> None:
        """Stop listening (the window is closing); the service keeps running without us."""
        self._unsubscribe()

    def _dispatch(self, event: Event) -> None:
        if event.kind == "sale" and event.sale is not None:
            self.sale_changed.emit(event.sale)
            self.status_changed.emit()
            if event.data.get("background") and event.sale.state == SaleState.VENDED:
                self.paid_in_background.emit(event.sale)
        elif event.kind == "status":
            self.status_changed.emit()
        elif event.kind == "printer":
            self.printer_changed.emit(str(event.data.get("paper", "unknown")),
                                      str(event.data.get("error", "")))
