"""The technician's first-run wizard: one screen per step, Enter for next, Esc for back.

Every step's answers are checked and saved (off the GUI thread) before the next step
shows, so a wizard left half-way keeps what was done and opens again on the next start
(a terminal without users is not set up). The users are made last.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.i18n import tr, tr_message
from posapp.service import Counter
from posapp.service.setup import Connection, TerminalSetup
from posapp.ui.setup.pages import (
    ConnectionsStep,
    IdsStep,
    ModeStep,
    PrinterStep,
    Step,
    UsersStep,
    WelcomeStep,
)
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import busy_bar, label, page

log = logging.getLogger(__name__)
MAX_WIDTH = 1200
TEST_PRINT_WAIT = 60.0  # seconds; the printer thread has its own shorter device timeout


class SetupWizard(QWidget):
    """`finished(True)` once the users exist (the counter can open); `finished(False)`
    when the technician closes it first."""

    finished = Signal(bool)

    def __init__(self, counter: Counter, tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.setup = TerminalSetup(counter)
        self.tasks = tasks or TaskRunner(self)
        self.setWindowTitle(tr("posapp - set up this terminal"))
        self.resize(1000, 700)
        self.done_ok = False
        self.welcome = WelcomeStep(self.setup, str(counter.config.home))
        self.mode = ModeStep(self.setup)
        self.ids = IdsStep(self.setup)
        self.printer = PrinterStep(self.setup)
        self.connections = ConnectionsStep(self.setup)
        self.users = UsersStep(self.setup)
        self.steps: list[Step] = [self.welcome, self.mode, self.ids, self.printer,
                                  self.connections, self.users]

        inner, lay = page()
        self.counter_line = label("", "hint")
        self.title = label("", "title")
        self.intro = label("", "hint")
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        self.bar = busy_bar()
        self.error = label("", "error")
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton(tr("Next"))
        self.next_button.setObjectName("primary")
        for b in (self.back_button, self.next_button):
            b.setAutoDefault(True)  # a focused button takes Enter
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        for w in (self.counter_line, self.title, self.intro):
            lay.addWidget(w)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.bar)
        lay.addLayout(buttons)
        inner.setMaximumWidth(MAX_WIDTH)  # a wide screen keeps the form readable
        backdrop, outer = page()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(inner, 1, Qt.AlignmentFlag.AlignHCenter)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(backdrop)

        self.printer.test_requested.connect(self.test_print)
        self.connections.retest.connect(self.test_connections)
        self._go(0)

    # -- navigation ---------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.steps[self.stack.currentIndex()]

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        step = self.step
        self.counter_line.setText(tr("Step %1 of %2", index + 1, len(self.steps)))
        self.title.setText(tr(step.title))
        self.intro.setText(tr(step.intro))
        self.error.clear()
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(tr("Finish") if step is self.users else tr("Next"))
        if step is self.connections:
            self.test_connections("")
        self.next_button.setFocus()  # Enter goes on, unless the step takes the focus
        step.entered()

    def back(self) -> None:
        if self.busy():
            return
        if self.stack.currentIndex() > 0:
            self._go(self.stack.currentIndex() - 1)

    def next(self) -> None:
        """Check this step, save it off the GUI thread, then show the next one."""
        if self.busy():
            return
        step = self.step
        problem = step.problem()
        if problem:
            self.error.setText(problem)
            return
        if step is self.users:
            self._finish()
            return
        values, secrets = step.values(), step.secrets()
        if not values and not secrets:
            self._go(self.stack.currentIndex() + 1)
            return
        index = self.stack.currentIndex()
        self._working(tr("Saving: %1...", tr(step.title)))
        self.tasks.run(lambda: self.setup.save(values, secrets),
                       lambda _: (self._idle(), self._go(index + 1)),
                       self._failed)

    def busy(self) -> bool:
        return not self.next_button.isEnabled() and self.bar.isVisible()

    def _working(self, text: str) -> None:
        self.error.setText("")
        self.intro.setText(text)
        self.bar.show()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)

    def _idle(self) -> None:
        self.bar.hide()
        self.intro.setText(tr(self.step.intro))
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(self.stack.currentIndex() > 0)

    def _failed(self, exc: Exception) -> None:
        self._idle()
        self.error.setText(tr_message(getattr(exc, "message", tr("That did not work: see the log."))))
        log.warning("setup: %s", getattr(exc, "detail", repr(exc)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif event.key() == Qt.Key.Key_Escape:
            self.back()
        else:
            super().keyPressEvent(event)

    # -- the steps that call out ----------------------------------------------------------

    def test_print(self) -> None:
        """Save the printer answers, then print a test page; the result shows on the page."""
        problem = self.printer.problem()
        if problem or self.printer.bar.isVisible():
            return
        values = self.printer.values()
        self.printer.bar.show()
        self.printer.result.setText(tr("Printing a test page..."))

        def run() -> Any:
            self.setup.save(values)
            return self.setup.test_print().result(timeout=TEST_PRINT_WAIT)

        self.tasks.run(run, lambda paper: self.printer.show_result(
                           True, tr("Test page printed (paper: %1). Check it reads well, then "
                                    "Enter.", tr(paper.value))),
                       lambda exc: self.printer.show_result(
                           False, tr_message(getattr(exc, "message",
                                                     tr("The test page did not print.")))))

    def test_connections(self, name: str = "") -> None:
        providers = [(p.name, p.title) for p in self.setup.providers()]
        if name:
            providers = [p for p in providers if p[0] == name]
        else:
            self.connections.fill(providers)
        for provider, title in providers:
            self.tasks.run(lambda p=provider: self.setup.test_connection(p),  # type: ignore[misc]
                           self.connections.show_result,
                           lambda exc, p=provider, t=title: self.connections.show_result(
                               Connection(p, t, False, tr_message(getattr(exc, "message", repr(exc))))))

    def _finish(self) -> None:
        technician, supervisor = self.users.people()
        self._working(tr("Saving the users..."))

        def done(_: Any) -> None:
            self._idle()
            self.users.clear_pins()
            self.done_ok = True
            log.info("setup finished: technician %s, supervisor %s", technician[0],
                     supervisor[0])
            self.finished.emit(True)
            self.close()

        self.tasks.run(lambda: self.setup.create_users(technician, supervisor), done,
                       self._failed)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.tasks.wait(10000)
        if not self.done_ok:
            self.finished.emit(False)
        super().closeEvent(event)
