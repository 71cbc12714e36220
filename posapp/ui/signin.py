"""Who is at the counter: a PIN signs a cashier in, and their name goes on every sale of
this window. The same page is the idle lock and the "switch cashier" screen (F12)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from posapp.i18n import N_, tr, tr_message
from posapp.service import Counter
from posapp.service.users import Locked
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import Page, label

SIGN_IN = (N_("Who is at the counter?"), N_("Type your PIN and press Enter."))
SWITCH = (N_("Switch cashier"), N_("The next cashier types their PIN and presses Enter."))
LOCKED = (N_("Counter locked"), N_("Type your PIN and press Enter."))


class SignInPage(Page):
    """A PIN box; a right PIN signs that user in (checked off the GUI thread). Wrong PINs
    count towards the terminal's lockout, which the page reports in words."""

    signed_in = Signal(object)  # the User now at the counter

    def __init__(self, counter: Counter, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.lay.addStretch(1)
        self.title = label(tr(SIGN_IN[0]), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.title)
        self.hint = label(tr(SIGN_IN[1]), "field")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.hint)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setFixedWidth(220)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setAccessibleName("PIN")
        self.lay.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = label("", "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.error)
        self.who = label("", "hint")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.who)
        self.lay.addStretch(2)
        self.pin.returnPressed.connect(self._try)

    def prepare(self, words: tuple[str, str], on_duty: str = "") -> None:
        """Show the page for signing in, switching or unlocking."""
        self.title.setText(tr(words[0]))
        self.hint.setText(tr(words[1]))
        self.who.setText(tr("At the counter now: %1", on_duty) if on_duty else "")
        self.pin.clear()
        self.error.clear()
        self.pin.setFocus()
        self.tasks.run(self.counter.pin_locked_until, self._locked_until)

    def _locked_until(self, until: float) -> None:
        if until:
            self.error.setText(tr_message(Locked(until).message))

    def _try(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            return
        self.error.setText(tr("Checking..."))
        self.pin.setEnabled(False)  # one check at a time: no queue of guesses
        self.tasks.run(lambda: self.counter.sign_in(pin), self._ok, self._failed)

    def _ok(self, user: object) -> None:
        self.pin.setEnabled(True)
        self.error.clear()
        self.signed_in.emit(user)

    def _failed(self, exc: Exception) -> None:
        self.pin.setEnabled(True)
        self.pin.setFocus()
        self.error.setText(tr_message(getattr(exc, "message", tr("Wrong PIN."))))
