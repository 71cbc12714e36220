"""The idle lock: after `security.idle_lock_seconds` without a key or click, the counter
covers itself with the sign-in page until someone with a PIN unlocks it (and becomes the
cashier at the counter). Only on terminals that have users."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from posapp.service import Counter
from posapp.ui.signin import SignInPage
from posapp.ui.tasks import TaskRunner


class LockPage(SignInPage):
    """The sign-in page as the window's cover: first sign-in, switching cashier, idle lock."""

    unlocked = Signal(str)  # the user's name

    def __init__(self, counter: Counter, tasks: TaskRunner) -> None:
        super().__init__(counter, tasks)
        self.signed_in.connect(lambda user: self.unlocked.emit(user.name))


class IdleWatch(QObject):
    """Restarts a timer on every key press or click anywhere in the application."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=max(1, int(seconds * 1000)))
        self.timer.timeout.connect(self.idle.emit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.timer.start()
        return False
