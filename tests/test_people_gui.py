"""People in the window, driven by keys: sign-in, switching cashier, role gates, lockout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from posapp.service.users import add_user
from tests.test_gui_sale import open_window, type_and_enter


@pytest.fixture
def staffed(counter):
    add_user(counter.journal, "owner", "supervisor", "2468", "test")
    add_user(counter.journal, "ada", "cashier", "1357", "test")
    add_user(counter.journal, "bola", "cashier", "8642", "test")
    return counter


@pytest.fixture
def win(qtbot, staffed):
    w = open_window(qtbot, staffed)
    yield w
    w.tasks.wait(10000)


def sign_in(qtbot, w, pin):
    assert w.locked
    type_and_enter(qtbot, w.lock.pin, pin)
    qtbot.waitUntil(lambda: not w.locked, timeout=10000)


def sell_by_keys(qtbot, w, amount="1500"):
    flow = w.flow
    qtbot.keyClick(w, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "04223568917")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    type_and_enter(qtbot, flow.amount.amount, amount)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    w.tasks.wait(10000)
    sale = flow.sale
    qtbot.keyClick(flow.result.b_new, Qt.Key.Key_Return)
    return w.counter.sale(sale.id)


def actions(counter):
    return [(r["actor"], r["action"]) for r in counter.journal.audit_trail(1000)]


def test_cashier_signs_in_each_sale_carries_their_name_and_f12_switches(qtbot, win, staffed,
                                                                        vprinter):
    assert win.lock.title.text() == "Who is at the counter?"
    qtbot.keyClick(win, Qt.Key.Key_F1)
    assert win.locked and win.flow.product is None  # nothing sells before sign-in
    type_and_enter(qtbot, win.lock.pin, "0000")
    qtbot.waitUntil(lambda: win.lock.error.text() == "Wrong PIN.", timeout=10000)
    sign_in(qtbot, win, "1357")
    assert "ada" in win.s_user.text()
    assert sell_by_keys(qtbot, win).cashier == "ada"
    qtbot.keyClick(win, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: win.locked)
    assert win.lock.title.text() == "Switch cashier" and "ada" in win.lock.who.text()
    sign_in(qtbot, win, "8642")
    assert "bola" in win.s_user.text()
    assert sell_by_keys(qtbot, win, "2000").cashier == "bola"
    assert [a for a in actions(staffed) if a[1] == "sign_in"] == [("bola", "sign_in"),
                                                                  ("ada", "sign_in")]
    receipts = vprinter.wait_for_jobs(2)
    assert "ada" in receipts[0].text and "bola" in receipts[1].text


def test_a_cashier_cannot_open_the_supervisor_actions(qtbot, win, staffed, vprinter):
    sign_in(qtbot, win, "1357")
    qtbot.keyClick(win, Qt.Key.Key_F9)
    h = win.history
    assert win.stack.currentWidget() is h
    for button in (h.b_audit, h.b_drawer, h.b_shift, h.b_z):
        qtbot.keyClicks(h.pin, "1357")
        button.click()
        if button is h.b_z:  # closing the day asks first: say yes, the PIN still refuses
            [yes] = [b for b in h.z_box.buttons()
                     if h.z_box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
            yes.click()
        qtbot.waitUntil(lambda: "ada is a cashier; this needs a supervisor." == h.note.text(),
                        timeout=10000)
        h.note.clear()
    assert getattr(h, "audit_view", None) is None and vprinter.jobs == []
    assert staffed.journal.last_closing("z")[1] == 0
    qtbot.keyClicks(h.pin, "2468")
    h.b_audit.click()
    qtbot.waitUntil(lambda: getattr(h, "audit_view", None) is not None, timeout=10000)
    view = h.audit_view
    shown = [(view.table.item(r, 1).text(), view.table.item(r, 2).text())
             for r in range(view.table.rowCount())]
    assert shown[:4] == [("ada", "Refused")] * 4 and ("ada", "Signed in") in shown
    view.resize(800, 600)
    view.grab().save(str(win.counter.config.home / "audit-800.png"))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_five_wrong_pins_lock_the_window_and_a_restart_keeps_the_lock(qtbot, staffed):
    w = open_window(qtbot, staffed)
    for n in range(5):
        type_and_enter(qtbot, w.lock.pin, f"000{n}")
        qtbot.waitUntil(lambda: w.lock.pin.isEnabled() and w.lock.error.text() not in (
            "", "Checking..."), timeout=10000)
    assert w.lock.error.text() == "Too many wrong PINs. Try again in 5 minutes."
    type_and_enter(qtbot, w.lock.pin, "1357")  # the right PIN, during the lockout
    qtbot.waitUntil(lambda: w.lock.pin.isEnabled() and w.lock.error.text() != "Checking...",
                    timeout=10000)
    assert w.locked and "Too many wrong PINs" in w.lock.error.text()
    assert staffed.on_duty is None
    w.tasks.wait(10000)
    w.close()
    again = open_window(qtbot, staffed)  # the lock is in the journal, not the window
    qtbot.waitUntil(lambda: "Too many wrong PINs" in again.lock.error.text(), timeout=10000)
    again.tasks.wait(10000)
    log = actions(staffed)
    assert log.count(("?", "bad_pin")) == 5 and ("system", "pin_lockout") in log
    assert ("?", "pin_refused_locked") in log


def test_the_demo_opens_signed_in_as_its_supervisor_and_f12_asks_for_a_pin(qtbot, tmp_path):
    from posapp.compose import open_terminal

    terminal = open_terminal(tmp_path, demo=True)
    try:
        w = open_window(qtbot, terminal.counter)
        assert not w.locked
        qtbot.waitUntil(lambda: "owner" in w.s_user.text(), timeout=10000)
        assert terminal.counter.on_duty.name == "owner"
        qtbot.keyClick(w, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: w.locked, timeout=10000)
        assert w.lock.title.text() == "Switch cashier"
        w.tasks.wait(10000)
    finally:
        terminal.close()


def test_a_supervisor_records_a_refund_handed_back_from_history(qtbot, staffed):
    """A refund due leaves the list once a supervisor says the cash went back; a cashier
    cannot say so."""
    from posapp.domain.money import Money
    from posapp.domain.sale import SaleState

    staffed.config.set("efactory.base_url", "http://127.0.0.1:9")  # offline: it queues
    sale = staffed.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    staffed.cancel_queued(sale.id, "ada")
    win = open_window(qtbot, staffed, pin="2468")
    qtbot.keyClick(win, Qt.Key.Key_F9)
    h = win.history
    qtbot.waitUntil(lambda: h.table.rowCount() == 1, timeout=10000)
    h.table.selectRow(0)
    qtbot.keyClicks(h.pin, "1357")  # ada, a cashier
    h.b_refunded.click()
    qtbot.waitUntil(lambda: "needs a supervisor" in h.note.text(), timeout=10000)
    assert staffed.sale(sale.id).state == SaleState.REFUND_DUE
    h.table.selectRow(0)
    qtbot.keyClicks(h.pin, "2468")
    h.b_refunded.click()
    qtbot.waitUntil(lambda: "recorded as handed back" in h.note.text(), timeout=10000)
    assert staffed.sale(sale.id).state == SaleState.REFUNDED
    win.tasks.wait(10000)
