"""The real counter window driven by the keyboard, as a cashier would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from posapp.domain.money import Money
from posapp.ui.main_window import MainWindow
from posapp.ui.style import STYLE


def open_window(qtbot, counter, pin=None):
    """The window, shown and active; on a terminal with users it opens on the sign-in page,
    and `pin` (if given) signs in there by keys."""
    qtbot.addWidget(w := MainWindow(counter))
    w.setStyleSheet(STYLE)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # shortcuts (F1, F9...) need the active window
    if pin is not None and w.locked:
        type_and_enter(qtbot, w.lock.pin, pin)
        qtbot.waitUntil(lambda: not w.locked, timeout=10000)
    return w


@pytest.fixture
def window(qtbot, counter):
    w = open_window(qtbot, counter)
    yield w
    w.tasks.wait(10000)


def type_and_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_prepaid_sale_by_keyboard_shows_and_prints_every_token(qtbot, window, vprinter,
                                                              sandbox):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert flow.currentWidget() is flow.account
    type_and_enter(qtbot, flow.account.entry, "04223568917")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    assert "Funmilayo" in flow.amount.fields["name"].text()
    type_and_enter(qtbot, flow.amount.amount, "7500")
    assert flow.amount.cash.hasFocus()
    qtbot.keyClicks(flow.amount.cash, "10000")
    assert flow.amount.change.text().replace("\u00a0", " ") == "Change: NGN 2,500.00"
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    tokens = [p["token"] for p in sandbox.payments()[0]["tokenData"]]
    shown = [value for _, value in flow.result.token_labels]
    assert [s.replace(" ", "") for s in shown] == [t.replace(" ", "") for t in tokens]
    assert [name for name, _ in flow.result.token_labels][0] == "1. Key change 1 token"
    job = vprinter.wait_for_jobs(1)[0]
    for value in shown:
        assert value in job.text
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.",
                    timeout=10000)
    qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=10000)
    # Enter on the focused "New sale" starts over
    qtbot.keyClick(flow.result.b_new, Qt.Key.Key_Return)
    assert flow.currentWidget() is flow.products


def test_postpaid_bill_by_keyboard(qtbot, window, vprinter, sandbox):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_and_enter(qtbot, flow.account.entry, "1010101010")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    assert flow.amount.amount.text() == "12345.67"  # the debt, ready to pay
    qtbot.keyClick(flow.amount.amount, Qt.Key.Key_Return)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    rrr = sandbox.payments()[0]["rrr"]
    assert rrr in flow.result.info.text() and flow.result.token_labels == []
    job = vprinter.wait_for_jobs(1)[0]
    assert "ELECTRICITY BILL" in job.text and rrr in job.text


def test_bad_meter_number_is_explained_and_nothing_is_sent(qtbot, window, sandbox):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "12ab")
    assert "6 to 20 digits" in flow.account.error.text()
    assert sandbox.requests_seen == 0
    type_and_enter(qtbot, flow.account.entry, "")
    qtbot.keyClicks(flow.account.entry, "")
    flow.account.entry.clear()
    type_and_enter(qtbot, flow.account.entry, "11111111111")
    qtbot.waitUntil(lambda: "Meter not found" in flow.account.error.text(), timeout=10000)
    assert flow.currentWidget() is flow.account


def test_amount_below_minimum_stays_on_the_screen(qtbot, window, sandbox):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "62000000009")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    type_and_enter(qtbot, flow.amount.amount, "100")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    assert "least this meter can take is NGN 500.00" in flow.amount.error.text()
    assert sandbox.vend_count() == 0 and flow.currentWidget() is flow.amount


def test_pressing_pay_many_times_makes_one_sale(qtbot, window, sandbox, counter):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    qtbot.keyClicks(flow.amount.amount, "1000")
    for _ in range(10):
        flow.amount.pay_button.click()
        qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    window.tasks.wait(10000)
    assert sandbox.vend_count() == 1 and len(counter.history()) == 1


def test_in_doubt_sale_shows_warning_then_the_token_when_settled(qtbot, window, sandbox,
                                                                counter):
    sandbox.set_fault("drop_after_commit", target="pay")
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    type_and_enter(qtbot, flow.amount.amount, "1000")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    assert "Do NOT sell again" in flow.result.state.text()
    assert flow.result.token_labels == []
    qtbot.keyClick(window, Qt.Key.Key_F5)  # check now
    qtbot.waitUntil(lambda: len(flow.result.token_labels) == 1, timeout=10000)
    assert sandbox.vend_count() == 1
    assert flow.result.token_labels[0][1].replace(" ", "") == \
        sandbox.payments()[0]["tokenData"][0]["token"].replace(" ", "")


def test_history_finds_and_reprints_a_copy(qtbot, window, vprinter, counter):
    from tests.test_service_efactory import sell

    sale = sell(counter)
    counter.print_sale(sale.id).result(timeout=20)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.history
    qtbot.keyClicks(window.history.search, sale.account)
    qtbot.waitUntil(lambda: window.history.table.rowCount() == 1, timeout=10000)
    qtbot.keyClick(window.history.search, Qt.Key.Key_Return)
    assert window.flow.currentWidget() is window.flow.result
    qtbot.keyClick(window, Qt.Key.Key_F8)
    jobs = vprinter.wait_for_jobs(2)
    assert "*** COPY 1 ***" in jobs[1].text and sale.tokens[0].grouped() in jobs[1].text


def test_offline_bill_is_queued_with_a_pending_slip_then_completes(qtbot, tmp_path, secrets,
                                                                    vprinter):
    """GIVEN no provider on the network
    WHEN the cashier takes a postpaid bill offline (F6 after the failed lookup)
    THEN a pending slip prints at once, and the sale completes when the network returns."""
    from posapp.providers.efactory.sandbox import EFactorySandbox
    from posapp.service import Counter
    from tests.conftest import free_port, make_config

    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", vprinter.port), secrets)
    w = open_window(qtbot, counter)
    try:
        flow = w.flow
        qtbot.keyClick(w, Qt.Key.Key_F2)
        type_and_enter(qtbot, flow.account.entry, "1010101010")
        qtbot.waitUntil(lambda: flow.account.offline.isVisible(), timeout=10000)
        assert "cannot be reached" in flow.account.error.text()
        qtbot.keyClick(w, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
        assert "not checked" in flow.amount.fields["name"].text()
        type_and_enter(qtbot, flow.amount.amount, "2500")
        qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
        assert "queued" in flow.result.state.text()
        slip = vprinter.wait_for_jobs(1)[0]
        assert "PENDING" in slip.text and flow.sale.idem_key in slip.text
        qtbot.waitUntil(lambda: "OFFLINE" in w.s_online.text() and w.s_queue.text() ==
                        "Queued: 1", timeout=10000)
        with EFactorySandbox(port=port) as server:
            counter.drain(force=True)
            qtbot.waitUntil(lambda: "Paid" in flow.result.state.text(), timeout=10000)
            assert server.payments()[0]["rrr"] in flow.result.info.text()
            qtbot.waitUntil(lambda: w.s_queue.text() == "Queued: 0", timeout=10000)
            receipt = vprinter.wait_for_jobs(2)[1]
            assert "PENDING" not in receipt.text and server.payments()[0]["rrr"] in receipt.text
    finally:
        w.tasks.wait(10000)
        counter.stop()


def test_supervisor_pin_gates_drawer_and_reports(qtbot, window, vprinter, counter):
    from posapp.service.users import add_user
    from tests.test_service_efactory import sell

    add_user(counter.journal, "ada", "cashier", "1111", "test")
    add_user(counter.journal, "owner", "supervisor", "2468", "test")
    sell(counter, amount="1500")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    h = window.history
    qtbot.keyClicks(h.pin, "1111")
    h.b_drawer.click()
    qtbot.waitUntil(lambda: "ada is a cashier" in h.note.text(), timeout=10000)
    qtbot.keyClicks(h.pin, "9999")
    h.b_drawer.click()
    qtbot.waitUntil(lambda: h.note.text() == "Wrong PIN.", timeout=10000)
    assert vprinter.jobs == []
    qtbot.keyClicks(h.pin, "2468")
    h.b_shift.click()
    qtbot.waitUntil(lambda: "Shift report printed: 1 sale(s), NGN 1,500.00" in h.note.text(),
                    timeout=10000)
    assert "SHIFT REPORT" in vprinter.wait_for_jobs(1)[0].text
    qtbot.keyClicks(h.pin, "2468")
    h.b_drawer.click()
    qtbot.waitUntil(lambda: h.note.text() == "Drawer opened by owner.", timeout=10000)
    assert vprinter.wait_for_jobs(2)[1].drawer_kicks == 1
    audit = [(r["actor"], r["action"]) for r in counter.journal.db.query(
        "SELECT actor, action FROM audit ORDER BY id")]
    assert ("ada", "refused") in audit and ("?", "bad_pin") in audit
    assert ("owner", "open_drawer") in audit


def choose_in_list(qtbot, lst, text):
    """Arrow down to the row starting with `text` and press Enter, as a cashier would."""
    qtbot.waitUntil(lambda: lst.count() > 0, timeout=10000)
    lst.setFocus()
    rows = [lst.item(i).text() for i in range(lst.count())]
    target = next(i for i, r in enumerate(rows) if r.startswith(text))
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(lst, Qt.Key.Key_Down)
    qtbot.keyClick(lst, Qt.Key.Key_Return)


def test_dstv_subscription_by_keyboard(qtbot, window, bills, vprinter):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert flow.currentWidget() is flow.choice
    choose_in_list(qtbot, flow.choice.list, "DSTV")
    assert flow.currentWidget() is flow.account
    type_and_enter(qtbot, flow.account.entry, "4122773388")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.choice and flow._choosing == "plan"
                    and flow.choice.list.count() == 6, timeout=10000)
    assert "A A GEORGE" in flow.choice.prompt.text()
    choose_in_list(qtbot, flow.choice.list, "Compact Plus")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    assert flow.amount.amount.text() == "12400.00" and flow.amount.amount.isReadOnly()
    assert flow.amount.cash.hasFocus()
    type_and_enter(qtbot, flow.amount.cash, "13000")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    assert "Paid" in flow.result.state.text()
    [paid] = bills.payments()
    assert paid["transaction_id"] in flow.result.info.text()
    job = vprinter.wait_for_jobs(1)[0]
    for words in ("TV SUBSCRIPTION", "DSTV", "Compact Plus", "4122773388", "A A GEORGE",
                  "NGN 12,400.00", "NGN 600.00", paid["transaction_id"]):
        assert words in job.text, words


def test_exam_pins_by_keyboard_each_pin_on_screen_and_slip(qtbot, window, bills, vprinter):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F4)
    choose_in_list(qtbot, flow.choice.list, "WAEC")
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 2,
                    timeout=10000)
    choose_in_list(qtbot, flow.choice.list, "3 WAEC")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    pins = bills.payments()[0]["pins"]
    assert len(flow.result.token_labels) == 3
    for (name, value), pin in zip(flow.result.token_labels, pins, strict=True):
        assert value.replace(" ", "") == pin["pin"] and pin["serialNumber"] in name
    job = vprinter.wait_for_jobs(1)[0]
    for n, pin in enumerate(pins, 1):
        assert f"PIN {n} of 3" in job.text and pin["serialNumber"] in job.text


def test_startimes_amount_out_of_range_is_refused_on_screen(qtbot, window, bills):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    choose_in_list(qtbot, flow.choice.list, "StarTimes")
    type_and_enter(qtbot, flow.account.entry, "20020018196")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    assert "CHIOMA EZE" in flow.amount.fields["name"].text()
    assert flow.amount.amount.placeholderText() == "1000.00 to 50000.00"
    type_and_enter(qtbot, flow.amount.amount, "500")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    assert "The least for StarTimes is NGN 1,000.00" in flow.amount.error.text()
    assert bills.pay_requests == []


def test_f5_refreshes_the_cached_product_list(qtbot, window, bills, counter):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: flow.choice.list.count() == 3, timeout=10000)
    from posapp.providers.bills import sandbox as ags

    ags.PRODUCTS["tv"].append({"product_id": "BPD-NEW", "name": "NewTV", "hasProductList": True,
                               "hasValidation": False, "openRange": False})
    try:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.keyClick(window, Qt.Key.Key_F3)  # still the cached list
        qtbot.waitUntil(lambda: flow.choice.list.count() == 3, timeout=10000)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: flow.choice.list.count() == 4, timeout=10000)
        assert flow.choice.list.item(3).text().startswith("NewTV")
    finally:
        ags.PRODUCTS["tv"].pop()


def test_receipt_prints_when_settled_even_if_the_reread_saw_vending(qtbot, window, sandbox,
                                                                    counter, vprinter):
    """GIVEN an in-doubt sale on screen whose 3 s re-read caught it mid-settlement (VENDING)
    WHEN it is then settled as VENDED
    THEN the customer's receipt still prints, once."""
    import dataclasses

    from posapp.domain.sale import SaleState
    from tests.test_service_efactory import sell

    sandbox.set_fault("drop_after_commit", target="pay")
    sale = sell(counter)
    window._open_sale(sale)
    window.flow._sale_changed(dataclasses.replace(sale, state=SaleState.VENDING))
    counter.settle(sale.id)
    job = vprinter.wait_for_jobs(1)[0]
    assert "PREPAID ELECTRICITY" in job.text and "PENDING" not in job.text
    qtbot.waitUntil(lambda: counter.sale(sale.id).state == SaleState.PRINTED, timeout=10000)
    window.tasks.wait(10000)
    assert len(vprinter.jobs) == 1


def test_offline_cash_sale_opens_the_drawer_once(qtbot, tmp_path, secrets, vprinter):
    """The pending slip of a queued cash sale opens the drawer; its receipt later does not."""
    from posapp.providers.efactory.sandbox import EFactorySandbox
    from posapp.service import Counter
    from tests.conftest import free_port, make_config

    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", vprinter.port), secrets)
    try:
        sale = counter.sell("efactory.postpaid", "1010101010", Money.parse("700", "NGN"))
        counter.print_sale(sale.id).result(timeout=20)
        with EFactorySandbox(port=port):
            counter.drain(force=True)
        counter.print_sale(sale.id).result(timeout=20)
        slip, receipt = vprinter.wait_for_jobs(2)
        assert "PENDING" in slip.text and slip.drawer_kicks == 1
        assert "PENDING" not in receipt.text and receipt.drawer_kicks == 0
    finally:
        counter.stop()


def test_offline_prepaid_waits_for_the_cashiers_choice_on_screen(qtbot, tmp_path, secrets,
                                                                 vprinter):
    """A held prepaid sale says it waits for a choice; F5 does not send it; Keep queued
    prints the slip and releases it to the outbox."""
    from posapp.providers.efactory.sandbox import EFactorySandbox
    from posapp.service import Counter
    from tests.conftest import free_port, make_config

    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", vprinter.port), secrets)
    w = open_window(qtbot, counter)
    try:
        sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
        w._open_sale(sale)
        r = w.flow.result
        assert "Ask the customer" in r.state.text()
        assert r.b_check.isHidden() and not r.b_keep.isHidden() and not r.b_cancel.isHidden()
        with EFactorySandbox(port=port) as server:
            qtbot.keyClick(w, Qt.Key.Key_F5)
            w.tasks.wait(10000)
            assert server.pay_requests == []  # F5 did not decide for the cashier
            r.b_keep.click()
            qtbot.waitUntil(lambda: len(vprinter.jobs) == 1, timeout=10000)  # loop keeps running
            slip = vprinter.jobs[0]
            assert "PENDING" in slip.text
            qtbot.waitUntil(lambda: not counter.sale(sale.id).held, timeout=10000)
            counter.drain()
            assert server.pay_requests == [sale.idem_key]
    finally:
        w.tasks.wait(10000)
        counter.stop()


def test_result_page_fits_a_1024_screen_and_shows_only_this_sales_tokens(qtbot, window,
                                                                         counter):
    """Counter PCs often have 1024x768 screens; a sale shown after another never shows the
    other one's tokens, even before the event loop turns."""
    from posapp.domain.sale import SaleState
    from tests.test_service_efactory import KCT_METER, sell

    many = sell(counter, KCT_METER, "7500")
    window._open_sale(many)
    assert len(window.flow.result.tokens.findChildren(type(window.flow.result.title))) == 6
    assert window.minimumSizeHint().width() <= 1024
    counter.config.set("efactory.base_url", "http://127.0.0.1:9")
    counter.clients.forget()
    held = counter.sell("efactory.prepaid", "54140724110", Money.parse("900", "NGN"))
    assert held.state == SaleState.QUEUED
    window._open_sale(held)
    visible = [w for w in window.flow.result.tokens.findChildren(type(window.flow.result.title))
               if not w.isHidden()]
    assert visible == [] and window.flow.result.token_labels == []
    assert window.minimumSizeHint().width() <= 1024
    window.tasks.wait(10000)


def test_idle_counter_locks_and_only_a_pin_unlocks_it(qtbot, counter):
    """GIVEN a terminal with users and a short idle time
    WHEN nobody touches it
    THEN it locks, shortcuts do nothing, a wrong PIN is refused, and a user's PIN returns
    to the screen that was open."""
    from posapp.service.users import add_user

    add_user(counter.journal, "ada", "cashier", "1357", "test")
    counter.config.set("security.idle_lock_seconds", 0.5)
    w = open_window(qtbot, counter)
    try:
        assert w.locked  # a terminal with users: someone signs in first
        type_and_enter(qtbot, w.lock.pin, "1357")
        qtbot.waitUntil(lambda: not w.locked, timeout=10000)
        qtbot.keyClick(w, Qt.Key.Key_F9)
        assert w.stack.currentWidget() is w.history
        qtbot.waitUntil(lambda: w.locked, timeout=10000)
        qtbot.keyClick(w, Qt.Key.Key_F1)
        assert w.locked and w.flow.product is None  # F1 did nothing behind the lock
        type_and_enter(qtbot, w.lock.pin, "0000")
        qtbot.waitUntil(lambda: w.lock.error.text() == "Wrong PIN.", timeout=10000)
        assert w.locked
        type_and_enter(qtbot, w.lock.pin, "1357")
        qtbot.waitUntil(lambda: not w.locked, timeout=10000)
        assert w.stack.currentWidget() is w.history and "ada" in w.s_user.text()
    finally:
        w.tasks.wait(10000)


def test_no_lock_without_users(qtbot, counter):
    counter.config.set("security.idle_lock_seconds", 0.2)
    w = open_window(qtbot, counter)
    qtbot.wait(800)  # several idle periods pass
    assert not w.locked
    w.tasks.wait(10000)


def test_every_advertised_function_key_opens_its_product(qtbot, window, bills):
    """Each product's F key, as its provider package declares it (F7 included), opens that
    product from the menu; Esc goes back to the menu."""
    flow = window.flow
    advertised = {p.shortcut: p.key for p in window.counter.products()
                  if p.shortcut and p.screen == "sale"}
    assert {"F1", "F2", "F3", "F4", "F7"} <= set(advertised)
    for key_name, product_key in advertised.items():
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{key_name}"))
        qtbot.waitUntil(lambda: flow.product is not None)
        assert flow.product.key == product_key, key_name
        window.tasks.wait(10000)
        qtbot.wait(20)
        flow.restart()
        assert flow.currentWidget() is flow.products
