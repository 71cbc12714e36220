"""History and the supervisor's actions, by keys only: Tab leaves the table, Enter opens the
selected sale, Enter after the PIN, Z asks first and says clearly what happened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from posapp.service.users import add_user
from tests.test_gui_sale import open_window
from tests.test_gui_window import shoot
from tests.test_service_efactory import sell

WAIT = 10000


@pytest.fixture
def history(qtbot, counter):
    add_user(counter.journal, "owner", "supervisor", "2468", "test")
    w = open_window(qtbot, counter, pin="2468")  # a terminal with users: sign in first
    yield w
    w.tasks.wait(WAIT)


def open_history(qtbot, w, rows: int):
    qtbot.keyClick(w, Qt.Key.Key_F9)
    h = w.history
    qtbot.waitUntil(lambda: h.table.rowCount() == rows, timeout=WAIT)
    return h


def focused():
    return QApplication.focusWidget()


def test_tab_leaves_the_table_and_enter_opens_the_selected_sale(qtbot, history, counter):
    first, second = sell(counter, amount="1000"), sell(counter, amount="2000")
    h = open_history(qtbot, history, 2)
    assert focused() is h.search  # not "Open drawer"
    qtbot.keyClick(h.search, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is h.table
    qtbot.keyClick(h.table, Qt.Key.Key_Tab)  # once out of the table, not to the next cell
    assert focused() is h.b_open
    h.table.setFocus()
    qtbot.keyClick(h.table, Qt.Key.Key_Down)  # newest first: the second row is the first sale
    qtbot.keyClick(h.table, Qt.Key.Key_Return)
    flow = history.flow
    assert history.stack.currentWidget() is flow and flow.currentWidget() is flow.result
    assert flow.sale.id == first.id != second.id
    assert first.receipt_no in flow.result.info.text()


def test_states_in_the_table_are_words(qtbot, history, counter):
    sale = sell(counter)
    counter.print_sale(sale.id).result(timeout=20)
    h = open_history(qtbot, history, 1)
    assert h.table.item(0, h.state_column).text() == "Paid, printed"


def test_pin_then_enter_goes_to_the_report_and_enter_prints_it(qtbot, history, counter,
                                                              vprinter):
    sell(counter, amount="1500")
    h = open_history(qtbot, history, 1)
    h.pin.setFocus()
    qtbot.keyClicks(h.pin, "2468")
    qtbot.keyClick(h.pin, Qt.Key.Key_Return)
    assert focused() is h.b_shift  # the harmless action; the drawer is last
    qtbot.keyClick(h.b_shift, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Shift report printed: 1 sale(s)" in h.note.text(), timeout=WAIT)
    assert h.note.objectName() == "ok"  # large and green, not a grey hint
    assert "SHIFT REPORT" in vprinter.wait_for_jobs(1)[0].text
    assert focused() is h.pin


def test_close_day_asks_first_and_no_keeps_the_day_open(qtbot, history, counter, vprinter):
    sell(counter, amount="1500")
    h = open_history(qtbot, history, 1)
    h.pin.setFocus()
    qtbot.keyClicks(h.pin, "2468")
    h.b_z.setFocus()
    qtbot.keyClick(h.b_z, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: h.z_box.isVisible(), timeout=WAIT)
    shoot(h.z_box, "close-day-question")
    qtbot.keyClick(h.z_box, Qt.Key.Key_Return)  # Enter is "No": nothing closed
    qtbot.waitUntil(lambda: not h.z_box.isVisible(), timeout=WAIT)
    assert "still open" in h.note.text()
    assert counter.journal.last_closing("z")[1] == 0 and vprinter.jobs == []
    qtbot.keyClicks(h.pin, "2468")
    h.b_z.setFocus()
    qtbot.keyClick(h.b_z, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: h.z_box.isVisible(), timeout=WAIT)
    h.z_box.activateWindow()
    qtbot.waitUntil(h.z_box.isActiveWindow)
    qtbot.keyClick(h.z_box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # "Yes"
    qtbot.waitUntil(lambda: "Z report" in h.note.text(), timeout=WAIT)
    assert "printed: 1 sale(s), NGN 1,500.00" in h.note.text()
    assert h.note.objectName() == "ok"
    assert "Z REPORT" in vprinter.wait_for_jobs(1)[0].text.upper()
    shoot(history, "history-after-close-day")


def test_a_wrong_pin_is_said_in_red(qtbot, history, counter):
    h = open_history(qtbot, history, 0)
    h.pin.setFocus()
    qtbot.keyClicks(h.pin, "9999")
    qtbot.keyClick(h.pin, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: h.note.text() == "Wrong PIN.", timeout=WAIT)
    assert h.note.objectName() == "error"
    qtbot.keyClick(h.pin, Qt.Key.Key_Return)  # Enter on an empty PIN does nothing
    assert focused() is h.pin
