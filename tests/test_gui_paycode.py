"""The paycode batch screen in the real counter window, driven by keys, against the real
Interswitch sandbox and the virtual printer over loopback."""

from __future__ import annotations

import logging
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from posapp.domain.sale import SaleState
from posapp.providers.interswitch import sandbox as isb
from tests.test_gui_sale import open_window
from tests.test_paycode_service import PINS, SUPERVISOR_PIN, answers, isw, paycode_counter

__all__ = ["isw"]  # the sandbox fixture, shared

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def paycodes(tmp_path, isw, vprinter):
    c = paycode_counter(tmp_path, isw, vprinter.port)
    yield c
    c.stop()


@pytest.fixture
def window(qtbot, paycodes):
    w = open_window(qtbot, paycodes, pin=SUPERVISOR_PIN)  # sam signs in
    yield w
    w.tasks.wait(10000)


def focused():
    return QApplication.focusWidget()


def type_here(qtbot, text, enter=True):
    """Type into whatever has the focus, as a cashier does, then Enter."""
    if text:
        qtbot.keyClicks(focused(), text)
    if enter:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def open_batch(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F10)
    screen = window.batch
    assert window.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.key is not None, timeout=5000)
    assert screen.form.rows[0].phone.hasFocus()
    return screen


def fill(qtbot, screen, rows, default_pin="1234"):
    """Rows of (phone, naira, own PIN or ""): Enter from field to field, Ctrl+N per row."""
    form = screen.form
    if default_pin:
        qtbot.keyClicks(form.default_pin, default_pin)
        qtbot.keyClick(form.default_pin, Qt.Key.Key_Return)
    for n, (phone, naira, pin) in enumerate(rows):
        if n:
            qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
        assert focused() is form.rows[n].phone
        type_here(qtbot, phone)
        assert focused() is form.rows[n].amount
        type_here(qtbot, naira)
        assert focused() is form.rows[n].pin
        type_here(qtbot, pin)
    assert focused() is form.send_button


def send(qtbot, screen):
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.result, timeout=15000)
    return screen.result


def test_three_beneficiaries_by_keyboard_one_paycode_each_printed(qtbot, window, isw,
                                                                  vprinter, paycodes, caplog):
    caplog.set_level(logging.DEBUG)
    screen = open_batch(qtbot, window)
    fill(qtbot, screen, [("0802 111 1111", "5000", ""), ("+234 803 111 1112", "3000", ""),
                         ("07061111113", "2000", PINS[2])])
    assert screen.form.total.text() == "Total NGN 10,000.00  for 3 paycodes"
    assert screen.form.rows[2].pin.echoMode() == screen.form.rows[2].pin.EchoMode.Password
    result = send(qtbot, screen)

    (body,) = isw.batches()
    assert [e["beneficiaryNumber"] for e in body["entries"]] == [
        "08021111111", "08031111112", "07061111113"]
    assert [e["oneTimePin"] for e in body["entries"]] == ["1234", "1234", PINS[2]]
    assert body["amount"] == "1000000" and body["batchSize"] == 3
    issued = answers(isw)[0]["paymentTokens"]
    assert [(p, code.replace(" ", "")) for p, code, _, _ in result.shown] == [
        (t["phoneNumber"], t["payCode"]) for t in issued]
    assert [a for _, _, a, _ in result.shown] == ["NGN 5,000.00", "NGN 3,000.00",
                                                 "NGN 2,000.00"]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", e) for _, _, _, e in result.shown)
    assert "3 paycodes issued" in result.state.text() and not result.missing.isVisible()
    job = vprinter.wait_for_jobs(1)[0]
    for t in issued:
        assert " ".join(re.findall(".{1,4}", t["payCode"])) in job.text
    assert not any(re.search(rf"(?<!\d){pin}(?!\d)", job.text) for pin in ("1234", PINS[2]))
    qtbot.waitUntil(lambda: result.print_state.text() == "Slips printed.", timeout=10000)
    sale = paycodes.history()[0]
    assert sale.state == SaleState.PRINTED and sale.provider_ref == body["referenceId"]
    # the one-time PINs are never logged
    assert not any(re.search(rf"(?<!\d){pin}(?!\d)", caplog.text) for pin in ("1234", PINS[2]))
    # the batch opens again from history, on its own screen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.history
    window.history.open_sale.emit(paycodes.history()[0])
    assert window.stack.currentWidget() is screen and screen.currentWidget() is screen.result
    assert len(result.shown) == 3
    # Enter: a new, empty batch with a new reference
    qtbot.keyClick(result.b_new, Qt.Key.Key_Return)
    assert screen.currentWidget() is screen.form and len(screen.form.rows) == 1
    qtbot.waitUntil(lambda: screen.key not in (None, body["referenceId"]), timeout=5000)
    # Esc: back to the counter's menu
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.flow


def test_the_menu_entry_opens_the_batch_screen(qtbot, window):
    tile = window.flow.products.tile("Cash-out paycodes")  # a home screen tile, F10 on it
    assert tile.key.text() == "F10"
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.batch


def test_partial_success_shows_who_got_nothing_and_the_cash_to_hand_back(qtbot, window, isw):
    screen = open_batch(qtbot, window)
    fill(qtbot, screen, [("08021111111", "5000", ""), (isb.NEVER_ISSUED_PHONE, "2000", ""),
                         ("08031111112", "3000", "")])
    result = send(qtbot, screen)
    assert "Only 2 of 3 paycodes issued" in result.state.text()
    assert result.missing.isVisible()
    assert result.missing.text() == ("NOT ISSUED: 0809 999 9990 (NGN 2,000.00). Hand back "
                                     "NGN 2,000.00 to the customer for these.")
    assert [p for p, _, _, _ in result.shown] == ["08021111111", "08031111112"]


def test_a_401_is_shown_in_the_cashiers_words_and_nothing_is_issued(qtbot, window, isw,
                                                                    paycodes):
    screen = open_batch(qtbot, window)
    fill(qtbot, screen, [("08021111111", "5000", ""), (isb.E50_PHONE, "2000", "")])
    result = send(qtbot, screen)
    assert result.state.text() == "Not issued. Give the customer NGN 7,000.00 back."
    assert result.detail.text().startswith("Interswitch refused the batch: a paycode detail "
                                           "is missing. Nothing was issued.")
    assert result.shown == [] and isw.batch_count() == 0
    assert paycodes.history()[0].state == SaleState.REFUND_DUE


def test_in_doubt_is_held_then_resent_by_a_supervisor_with_the_same_reference(
        qtbot, window, isw, paycodes, vprinter):
    isw.set_fault("drop_after_commit", target="pay")
    screen = open_batch(qtbot, window)
    fill(qtbot, screen, [("08021111111", "5000", ""), ("08031111112", "3000", "")])
    result = send(qtbot, screen)
    held = result.held
    assert held.isVisible() and "Call the supervisor" in result.state.text()
    assert "Do NOT send this batch again" in result.state.text()
    sale = paycodes.history()[0]
    assert sale.state == SaleState.IN_DOUBT and sale.held and result.shown == []
    # the outbox leaves it alone: never re-sent automatically
    seen = isw.requests_seen
    paycodes.drain(force=True)
    assert isw.requests_seen == seen
    # a wrong PIN changes nothing
    qtbot.keyClicks(held.pin, "0000")
    held.b_resend.click()
    qtbot.waitUntil(lambda: "PIN" in held.note.text(), timeout=10000)
    assert isw.requests_seen == seen and held.pin.text() == ""
    # the supervisor re-sends: the same referenceId and ttid, the paycodes issued the first time
    qtbot.keyClicks(held.pin, SUPERVISOR_PIN)
    qtbot.keyClick(held.b_resend, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(result.shown) == 2, timeout=15000)
    assert isw.requests_seen == seen + 1 and isw.batch_count() == 1
    assert isw.batches()[0]["referenceId"] == sale.idem_key == sale.request["body"][
        "referenceId"]
    assert [c.replace(" ", "") for _, c, _, _ in result.shown] == [
        t["payCode"] for t in answers(isw)[0]["paymentTokens"]]
    assert not held.isVisible()
    vprinter.wait_for_jobs(1)
    qtbot.waitUntil(lambda: paycodes.sale(sale.id).state == SaleState.PRINTED, timeout=10000)


def test_more_than_ten_beneficiaries_are_refused_with_a_message(qtbot, window, isw):
    screen = open_batch(qtbot, window)
    form = screen.form
    for _ in range(12):
        qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert len(form.rows) == 10
    assert "at most 10 paycodes in one batch" in form.error.text()
    assert "start a new batch" in form.error.text()
    # Ctrl+R takes away the row the cursor is in; adding works again
    form.rows[4].phone.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_R, CTRL)
    assert len(form.rows) == 9 and form.rows[4].phone.hasFocus()
    assert [r.number.text() for r in form.rows] == [f"{n}." for n in range(1, 10)]
    assert isw.requests_seen == 0


@pytest.mark.parametrize("rows,default_pin,lifetime,message,where", [
    ([("12ab", "5000", "")], "1234", "", "Beneficiary 1: the phone number must be digits",
     ("phone", 0)),
    ([("08021111111", "5,00.0x", "")], "1234", "", "Beneficiary 1: That is not an amount",
     ("amount", 0)),
    ([("08021111111", "0", "")], "1234", "", "Beneficiary 1: the amount must be above zero",
     ("amount", 0)),
    ([("08021111111", "5000", ""), ("08031111112", "100", "12")], "1234", "",
     "Beneficiary 2: the one-time PIN must be 4 digits", ("pin", 1)),
    ([("08021111111", "5000", "")], "", "", "Beneficiary 1: type a one-time PIN, or a "
     "default PIN", ("pin", 0)),
    ([("08021111111", "5000", "")], "12a4", "", "Default one-time PIN: it must be 4 digits",
     ("default_pin", None)),
    ([("08021111111", "5000", "")], "1234", "0", "Lifetime: type the minutes",
     ("lifetime", None)),
    ([("08021111111", "300000", "")], "1234", "", "The most this terminal can sell at once",
     None),
    ([("0123456789", "5000", "")], "1234", "", "Beneficiary 1: '0123456789' is not a "
     "Nigerian mobile number", None),
])
def test_every_field_is_checked_with_a_clear_message_and_nothing_is_sent(
        qtbot, window, isw, paycodes, rows, default_pin, lifetime, message, where):
    screen = open_batch(qtbot, window)
    form = screen.form
    if lifetime:
        form.lifetime.clear()
        qtbot.keyClicks(form.lifetime, lifetime)
    fill(qtbot, screen, rows, default_pin)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: message in form.error.text(), timeout=10000)
    assert screen.currentWidget() is form and not form.busy
    if where is not None:
        name, n = where
        field = getattr(form.rows[n], name) if n is not None else getattr(form, name)
        assert field.hasFocus() and field.property("invalid") is True
        for pin in ("1234", "12", "12a4"):
            assert pin not in form.error.text() or pin in message  # a PIN is never repeated
    assert isw.requests_seen == 0 and paycodes.history() == []


def test_an_empty_row_is_named_not_skipped(qtbot, window, isw):
    screen = open_batch(qtbot, window)
    fill(qtbot, screen, [("08021111111", "5000", "")])
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert "Beneficiary 2 is empty" in screen.form.error.text()
    assert screen.form.rows[1].phone.hasFocus() and isw.requests_seen == 0
