"""A touch terminal: the keypad types into the field that has the focus, and a quick-cash
button fills in the cash received; the sale is paid with the change shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from posapp.domain.money import Money
from posapp.domain.sale import SaleState as S
from posapp.ui.sale.pages import quick_cash
from tests.test_gui_sale import open_window, type_and_enter


def test_quick_cash_offers_exact_then_round_amounts_in_each_currency():
    assert [m.display() for m in quick_cash(Money(750000, "NGN"))] == [
        "NGN 7,500.00", "NGN 7,600.00", "NGN 8,000.00", "NGN 10,000.00"]
    assert [m.display() for m in quick_cash(Money(5000, "RWF"))] == [
        "RWF 5,000", "RWF 6,000", "RWF 10,000", "RWF 25,000"]
    assert quick_cash(Money(1234, "USD"))[1].display() == "USD 13.00"


def test_a_sale_by_touch_keypad_and_quick_cash(qtbot, counter, sandbox, tmp_path):
    counter.config.set("terminal.touch", True)
    window = open_window(qtbot, counter)
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    page = flow.amount
    assert page.touch.isVisible()
    keypad = {b.text(): b for b in page.touch.findChildren(type(page.pay_button))}
    for key in ("7", "5", "00", "9", "\u232b"):  # 7 5 00 9, then delete the 9
        qtbot.mouseClick(keypad[key], Qt.MouseButton.LeftButton)
    assert page.amount.text() == "7500" and page.amount.hasFocus()
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)  # on to the cash received
    offers = [b for b in page.quick_cash if b.isVisible()]
    assert [b.text() for b in offers] == ["Exact NGN 7,500.00", "NGN 7,600.00",
                                          "NGN 8,000.00", "NGN 10,000.00"]
    qtbot.mouseClick(offers[-1], Qt.MouseButton.LeftButton)
    assert page.cash.text() == "10000.00"
    assert page.change.text().replace("\u00a0", " ") == "Change: NGN 2,500.00"
    for w, h in ((800, 600), (1920, 1080)):
        window.resize(w, h)
        qtbot.wait(50)
        window.grab().save(str(tmp_path / f"touch-{w}.png"))
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    [sale] = counter.history()
    assert sale.state in (S.VENDED, S.PRINTED) and sale.tendered == Money(1000000, "NGN")
    window.tasks.wait(10000)


def test_no_keypad_on_a_keyboard_terminal(qtbot, counter):
    window = open_window(qtbot, counter)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, window.flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: window.flow.currentWidget() is window.flow.amount, timeout=10000)
    assert not window.flow.amount.touch.isVisible()
    window.tasks.wait(10000)
