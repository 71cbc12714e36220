"""The task runner: results come back on the GUI thread, and never to a closed window."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from posapp.ui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = []
    runner.run(lambda: QThread.currentThread(), lambda t: seen.append(
        (t, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker, gui = seen[0]
    from PySide6.QtWidgets import QApplication

    assert worker != gui and gui == QApplication.instance().thread()


def test_results_for_a_closed_window_are_dropped(qtbot):
    """GIVEN a task whose answer is already on its way back
    WHEN the window that asked is closed and deleted first
    THEN the answer is dropped instead of touching dead widgets."""
    window = QWidget()
    runner = TaskRunner(window)
    gate, called = threading.Event(), []
    runner.run(lambda: gate.wait(5) and "done", called.append, called.append)
    gate.set()
    assert runner.pool.waitForDone(5000)  # the answer is now queued for the GUI thread
    shiboken6.delete(window)  # the runner goes with its window
    qtbot.wait(200)  # let the queued answer arrive
    assert called == []
