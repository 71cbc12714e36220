"""The idle lock: after `security.idle_lock_seconds` without a key or click, the counter
covers itself until someone with a PIN unlocks it. Only on terminals that have users."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from posapp.i18n import tr, tr_message
from posapp.service import Counter
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import Page, label


class LockPage(Page):
    unlocked = Signal(str)  # the user's name

    def __init__(self, counter: Counter, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.lay.addStretch(1)
        title = label(tr("Counter locked"), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(title)
        hint = label(tr("Type your PIN and press Enter."), "field")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(hint)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setFixedWidth(220)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = label("", "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.error)
        self.lay.addStretch(2)
        self.pin.returnPressed.connect(self._try)

    def _try(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self.error.setText(tr("Checking..."))
        self.tasks.run(lambda: self.counter.authorize(pin, "cashier"),
                       lambda user: (self.error.clear(), self.unlocked.emit(user.name)),
                       lambda e: self.error.setText(
                           tr_message(getattr(e, "message", tr("Wrong PIN.")))))


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
