"""Run service calls off the GUI thread; deliver results back on it.

Be careful not to touch any widget inside the function you hand to `run`: it runs
on a pool thread. `on_success` and `on_failure` run on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task:
    """One call for the pool. A plain callable, not a QRunnable subclass: PySide kept every
    subclass's wrapper, with its function and signals, after the pool was done with it."""

    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # every failure goes back to the GUI thread
            if not hasattr(exc, "message"):
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """A small pool for provider and journal calls."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._live: dict[int, _Signals] = {}
        self._spent: list[_Signals | None] = []
        self._tokens = itertools.count()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> None:
        signals = _Signals()  # lives in the GUI thread, so its slots run there
        token = next(self._tokens)
        # The slots below must not hold `signals`: its connections hold them, and that cycle
        # kept every task's signals and closures for ever (~6 MB per 1,000 tasks).
        self._live[token] = signals

        @Slot(object)
        def ok(result: Any) -> None:
            self._finished(token)
            if on_success and isValid(self):  # the window that asked may be gone by now
                on_success(result)

        @Slot(object)
        def fail(exc: Exception) -> None:
            self._finished(token)
            if not isValid(self):
                log.info("dropped a failure for a closed window: %r", exc)
            elif on_failure:
                on_failure(exc)
            else:
                log.error("task failed: %r", exc)

        signals.done.connect(ok)
        signals.failed.connect(fail)
        self.pool.start(_Task(fn, signals).run)

    def _finished(self, token: int) -> None:
        """Let go of a task's signals once the delivery in progress has returned."""
        self._spent.append(self._live.pop(token, None))
        QTimer.singleShot(0, self._spent.clear)

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
