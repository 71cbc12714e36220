"""Keystrokes that cost money: each test types the keys a cashier types, on the real window,
and checks that the habitual key does the safe thing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from tests.test_gui_sale import choose_in_list, open_window, type_and_enter

WAIT = 10000
METER = "04223568917"  # the sandbox's prepaid meter with three tokens
DSTV_CARD = "4122773388"


@pytest.fixture
def window(qtbot, counter):
    w = open_window(qtbot, counter)
    yield w
    w.tasks.wait(WAIT)


def enter(qtbot) -> None:
    """Enter on whatever has the focus, as the cashier's finger does."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def to_amount_page(qtbot, window, meter: str = METER) -> None:
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, meter)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)


def test_short_cash_keeps_the_amount_and_says_so_in_red(qtbot, window, sandbox):
    flow, page = window.flow, window.flow.amount
    to_amount_page(qtbot, window)
    type_and_enter(qtbot, page.amount, "5000")
    qtbot.keyClicks(page.cash, "2000")
    assert page.change.text().replace("\u00a0", " ") == "Cash is short by NGN 3,000.00"
    assert page.change.objectName() == "short"  # the error colour, not change-due green
    qtbot.keyClick(page.cash, Qt.Key.Key_Return)
    assert "Cash is short by NGN 3,000.00" in page.error.text()
    assert sandbox.vend_count() == 0 and flow.currentWidget() is page
    # The focus stays on the cash: the next digits are the cash counted again...
    assert page.cash.hasFocus() and not page.amount.hasSelectedText()
    qtbot.keyClicks(QApplication.focusWidget(), "6000")
    assert page.amount.text() == "5000" and page.cash.text() == "6000"  # ...never the amount
    assert page.change.text().replace("\u00a0", " ") == "Change: NGN 1,000.00"
    assert page.change.objectName() == "change"
    enter(qtbot)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert counter_sale(window).amount == Money.parse("5000", "NGN")
    # large, as the token; "NGN" and its number never split over two lines
    assert flow.result.change.text() == "Change: NGN\u00a01,000.00"


def counter_sale(window):
    return window.flow.sale


def test_enter_on_an_in_doubt_sale_checks_it_and_never_starts_a_new_one(qtbot, window,
                                                                       sandbox):
    sandbox.set_fault("drop_after_commit", target="pay")
    flow = window.flow
    to_amount_page(qtbot, window, "54140724110")
    type_and_enter(qtbot, flow.amount.amount, "1000")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert flow.sale is not None and flow.sale.state == SaleState.IN_DOUBT
    assert not flow.result.b_new.hasFocus() and "Ctrl+N" in flow.result.b_new.text()
    enter(qtbot)  # the habit: Enter after a sale
    assert flow.currentWidget() is flow.result  # no new sale...
    qtbot.waitUntil(lambda: len(flow.result.token_labels) == 1, timeout=WAIT)  # ...it checked
    assert sandbox.vend_count() == 1
    # Settled now: Enter is a new sale again.
    assert flow.result.b_new.hasFocus()
    enter(qtbot)
    assert flow.currentWidget() is flow.products


def test_enter_on_a_held_sale_does_nothing_a_new_sale_needs_ctrl_n(qtbot, counter, bills):
    bills.set_fault("code", target="pay", code="PENDING")
    sale = counter.sell("agg.tv", "20020018196", Money.parse("2000", "NGN"),
                        option_id="BPD-NGCA-AWA")
    w = open_window(qtbot, counter)
    try:
        w._open_sale(sale)
        flow = w.flow
        assert "Call the supervisor" in flow.result.state.text()
        assert flow.result.settle_panel.ref.hasFocus()  # the supervisor's panel, not New sale
        enter(qtbot)
        assert flow.currentWidget() is flow.result
        # queued and waiting for the cashier's choice: Enter rests, chooses nothing
        counter.config.set("efactory.base_url", "http://127.0.0.1:9")
        counter.clients.forget()
        queued = counter.sell("efactory.prepaid", "54140724110", Money.parse("900", "NGN"))
        assert queued.held
        w._open_sale(queued)
        enter(qtbot)
        enter(qtbot)
        assert flow.currentWidget() is flow.result and counter.sale(queued.id).held
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
        assert flow.currentWidget() is flow.products
    finally:
        w.tasks.wait(WAIT)


def test_the_menu_forgets_the_last_product_enter_alone_starts_nothing(qtbot, window):
    flow, home = window.flow, window.flow.products
    assert home.receipt.hasFocus()
    qtbot.keyClick(home.receipt, Qt.Key.Key_Down)  # into the tiles: the first one
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is home.tiles[1]
    enter(qtbot)  # the second tile: the postpaid bill
    assert flow.currentWidget() is flow.account
    assert flow.product is not None and flow.product.key == "efactory.postpaid"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert flow.currentWidget() is flow.products
    enter(qtbot)  # the habitual Enter: no product starts
    assert flow.currentWidget() is flow.products and flow.product is None
    assert "Choose a service" in home.message.text()
    assert not any(t.hasFocus() for t in home.tiles)


def test_esc_from_the_amount_keeps_the_meter_number(qtbot, window):
    flow = window.flow
    to_amount_page(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert flow.currentWidget() is flow.account
    assert flow.account.entry.text() == METER
    enter(qtbot)  # Enter looks it up again: no retyping
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    assert flow.amount.fields["account"].text() == METER


def test_no_tv_plan_or_product_is_preselected(qtbot, window, bills):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: flow.choice.list.count() > 0, timeout=WAIT)
    assert flow.choice.list.currentRow() == -1
    enter(qtbot)
    assert flow.currentWidget() is flow.choice and flow.option is None
    choose_in_list(qtbot, flow.choice.list, "DSTV")
    type_and_enter(qtbot, flow.account.entry, DSTV_CARD)
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 6,
                    timeout=WAIT)
    assert flow.choice.list.currentRow() == -1 and not flow.choice.list.selectedItems()
    enter(qtbot)  # Enter alone buys no plan, least of all the dearest
    assert flow.currentWidget() is flow.choice and flow.plan is None
    qtbot.keyClick(flow.choice.list, Qt.Key.Key_Down)  # the first Down: the first plan
    assert flow.choice.list.currentRow() == 0


def test_tv_result_title_names_the_plan(qtbot, window, bills):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    choose_in_list(qtbot, flow.choice.list, "DSTV")
    type_and_enter(qtbot, flow.account.entry, DSTV_CARD)
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 6,
                    timeout=WAIT)
    choose_in_list(qtbot, flow.choice.list, "Compact Plus")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    title = flow.result.title.text()
    assert "DSTV" in title and "Compact Plus" in title and "NGN 12,400.00" in title


class Keys:
    """Every key the test presses, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, widget, key) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key)

    def type(self, widget, text: str) -> None:
        self.count += len(text)
        self.qtbot.keyClicks(widget, text)


#: keys of a prepaid sale, menu to printed token: F1, 11 meter digits, Enter, 4 amount
#: digits, Enter, Enter (exact cash). The README quotes this number.
PREPAID_KEYSTROKES = 19


def test_count_the_keystrokes_of_a_prepaid_sale(qtbot, window, vprinter):
    flow = window.flow
    keys = Keys(qtbot)
    keys.press(window, Qt.Key.Key_F1)
    keys.type(QApplication.focusWidget(), METER)
    keys.press(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    keys.type(QApplication.focusWidget(), "5000")
    keys.press(QApplication.focusWidget(), Qt.Key.Key_Return)
    keys.press(QApplication.focusWidget(), Qt.Key.Key_Return)  # cash empty: exact
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    job = vprinter.wait_for_jobs(1)[0]
    assert flow.result.token_labels and all(v in job.text for _, v in flow.result.token_labels)
    assert keys.count == PREPAID_KEYSTROKES


def test_token_rows_say_token_once_and_no_empty_rows(qtbot, window, counter):
    from tests.test_service_efactory import sell

    sale = sell(counter, "54140724110", "1000")
    window._open_sale(sale)
    names = [n for n, _ in window.flow.result.token_labels]
    assert names and not any("token token" in n.lower() for n in names)
    assert "" not in window.flow.result.info.text().split("\n")
    enter(qtbot)  # settled: Enter is a new sale
    to_amount_page(qtbot, window)
    page = window.flow.amount
    for key in ("minimum", "outstanding"):  # zero or nothing: the row is not shown
        value = page.fields[key].text()  # type: ignore[attr-defined]
        assert page.fields[key].isHidden() == (not value)  # type: ignore[attr-defined]
        assert "0.00" != value.split(" ")[-1]


def test_the_pay_button_does_not_move_when_the_change_appears(qtbot, window):
    page = window.flow.amount
    to_amount_page(qtbot, window)
    type_and_enter(qtbot, page.amount, "5000")
    qtbot.wait(50)
    before = page.pay_button.mapTo(window, page.pay_button.rect().topLeft())
    qtbot.keyClicks(page.cash, "6000")
    qtbot.wait(50)
    assert page.change.text()
    assert page.pay_button.mapTo(window, page.pay_button.rect().topLeft()) == before


def test_the_next_sale_shows_nothing_of_the_last_one(qtbot, window, sandbox, vprinter):
    """Its receipt preview and "Receipt printed." belong to the sale they came with."""
    flow = window.flow
    to_amount_page(qtbot, window)
    type_and_enter(qtbot, flow.amount.amount, "5000")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.", timeout=WAIT)
    qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=WAIT)
    enter(qtbot)
    sandbox.set_fault("drop_after_commit", target="pay")
    to_amount_page(qtbot, window, "54140724110")
    type_and_enter(qtbot, flow.amount.amount, "1000")
    seen = []  # the result page at the moment it shows the new sale
    flow.sale_shown.connect(lambda sale: seen.append(
        (flow.result.print_state.text(), flow.result.preview_label.pixmap().isNull())))
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert seen[0] == ("", True)  # no "Receipt printed.", no receipt of the last sale
