"""The home screen (service tiles, the last sale, sell again from a receipt), the customer
display, and a PNG of every screen of the sale flow at 800x600 and 1920x1080."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from posapp.domain.sale import Token
from posapp.printing.receipts import RECEIPT_QR, receipt_qr
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.home import page as home_page
from posapp.ui.sale.pages import token_noun
from posapp.ui.style import STYLE
from tests.test_gui_sale import choose_in_list, open_window, type_and_enter

WAIT = 10000
METER = "04223568917"
SIZES = ((800, 600), (1920, 1080))


@pytest.fixture
def window(qtbot, counter):
    w = open_window(qtbot, counter)
    yield w
    w.tasks.wait(WAIT)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def scan(qtbot, text: str) -> None:
    """A barcode scanner: each character, then Enter, to whatever has the focus then."""
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    enter(qtbot)


def prepaid_sale(qtbot, window, cash: str = "") -> None:
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, METER)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, "5000")
    type_and_enter(qtbot, flow.amount.cash, cash)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.", timeout=WAIT)


def test_the_ui_and_the_receipt_agree_on_the_qr_format(counter):
    from tests.test_service_efactory import sell

    sale = sell(counter, "54140724110", "1000")
    assert home_page.RECEIPT_QR == RECEIPT_QR
    assert home_page.receipt_of(receipt_qr(sale)) == sale.receipt_no
    assert home_page.receipt_of(f"  {sale.receipt_no} ") == sale.receipt_no
    assert token_noun("Token", "TOKEN") == "Token" and token_noun("Credit", "CREDIT") == \
        "Credit token" and token_noun("PIN", "PIN") == "PIN"


def test_tiles_carry_their_f_keys_and_arrows_walk_the_grid(qtbot, window):
    home = window.flow.products
    by_key = {t.key.text(): t.product.label for t in home.tiles if t.key.text()}
    assert by_key["F1"] == "Electricity prepaid" and by_key["F3"] == "TV subscription"
    qtbot.keyClick(home.receipt, Qt.Key.Key_Down)
    assert home.tiles[0].hasFocus()
    cols = home.columns()
    qtbot.keyClick(home.tiles[0], Qt.Key.Key_Down)
    assert home.tiles[cols].hasFocus()
    qtbot.keyClick(home.tiles[cols], Qt.Key.Key_Right)
    assert home.tiles[cols + 1].hasFocus()
    qtbot.keyClick(home.tiles[cols + 1], Qt.Key.Key_Up)
    qtbot.keyClick(home.tiles[1], Qt.Key.Key_Up)
    assert home.receipt.hasFocus()  # up from the top row: the receipt field
    # The F keys still work from the home screen
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.flow.currentWidget() is window.flow.account


def test_last_sale_is_beside_the_tiles_and_f8_reprints_it(qtbot, window, vprinter):
    flow = window.flow
    assert flow.products.last.what.text() == "No sale yet today."
    prepaid_sale(qtbot, window)
    enter(qtbot)  # new sale
    assert flow.currentWidget() is flow.products
    last = flow.products.last
    assert flow.sale is None and flow.last is not None
    assert f"Receipt {flow.last.receipt_no}" in last.what.text()
    assert flow.last.tokens[0].grouped() in last.token.text()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    jobs = vprinter.wait_for_jobs(2)
    assert "*** COPY 1 ***" in jobs[1].text
    qtbot.waitUntil(lambda: last.note.text() == "Copy 1 printed.", timeout=WAIT)


def test_a_scanned_receipt_qr_sells_again_to_the_same_meter(qtbot, window, vprinter, sandbox):
    flow = window.flow
    prepaid_sale(qtbot, window)
    old = flow.sale
    enter(qtbot)
    home = flow.products
    assert home.receipt.hasFocus()
    # the scanner types the QR's text and Enter, into whatever has the focus
    scan(qtbot, receipt_qr(old))
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    assert flow.product.key == old.product and flow.customer.account == old.account
    assert "Funmilayo" in flow.amount.fields["name"].text()  # looked up again
    assert flow.key != old.idem_key  # a new sale, not a resend of the old one
    assert flow.amount.amount.hasFocus() and flow.amount.amount.text() == ""


def test_a_typed_receipt_number_repeats_a_tv_sale_at_its_plans(qtbot, window, bills):
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F3)
    choose_in_list(qtbot, flow.choice.list, "DSTV")
    type_and_enter(qtbot, flow.account.entry, "4122773388")
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 6,
                    timeout=WAIT)
    choose_in_list(qtbot, flow.choice.list, "Compact Plus")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    receipt = flow.sale.receipt_no
    enter(qtbot)
    # a scan arriving while a tile has the focus still lands in the receipt field
    qtbot.keyClick(flow.products.receipt, Qt.Key.Key_Down)
    scan(qtbot, receipt)
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 6
                    and flow.currentWidget() is flow.choice, timeout=WAIT)
    assert flow.option.name == "DSTV" and flow.customer.account == "4122773388"
    assert "A A GEORGE" in flow.choice.prompt.text()


def test_an_unknown_receipt_is_explained_and_nothing_starts(qtbot, window):
    flow = window.flow
    type_and_enter(qtbot, flow.products.receipt, "POSAPP:R:NOPE-123")
    qtbot.waitUntil(lambda: "No sale with that receipt" in flow.products.message.text(),
                    timeout=WAIT)
    assert flow.currentWidget() is flow.products and flow.product is None
    assert flow.products.message.objectName() == "error"


def test_customer_display_follows_the_sale(qtbot, window, vprinter):
    display = CustomerDisplay("Demo Energy Shop")
    qtbot.addWidget(display)
    display.attach(window.flow)
    display.show()
    flow = window.flow
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, METER)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, "5000")
    assert display.amount.text() == "NGN 5,000.00"
    qtbot.keyClicks(flow.amount.cash, "6000")
    assert display.change.text().replace("\u00a0", " ") == "Change: NGN 1,000.00"
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert display.tokens.isVisible()
    for t in flow.sale.tokens:
        assert t.grouped() in display.tokens.text()
    shots = shot_dir()
    for w, h in SIZES:
        display.resize(w, h)
        display.grab().save(str(shots / f"customer-display-{w}x{h}.png"))
    qtbot.keyClick(flow.result.b_new, Qt.Key.Key_Return)
    assert display.tokens.isHidden() and display.what.text() == "Welcome"


def test_customer_display_is_off_by_default(window, counter):
    assert counter.config.get("terminal.customer_display") is False
    assert window.customer_display is None


_SHOTS: list[Path] = []


def shot_dir() -> Path:
    """Where the screenshots go: POSAPP_SHOTS if set (to look at them), else pytest's tmp."""
    return _SHOTS[0]


@pytest.fixture(autouse=True)
def _shots(tmp_path):
    folder = Path(os.environ.get("POSAPP_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    _SHOTS[:] = [folder]
    yield


def snap(qtbot, window, name: str) -> list[Path]:
    out = []
    for w, h in SIZES:
        window.resize(w, h)
        qtbot.wait(60)  # the layout settles (tiles re-flow, the preview rescales)
        path = shot_dir() / f"{name}-{w}x{h}.png"
        assert window.grab().save(str(path))
        out.append(path)
    return out


def test_every_screen_of_the_flow_as_png(qtbot, window, vprinter, bills, sandbox):
    window.setStyleSheet(STYLE)
    flow = window.flow
    paths = snap(qtbot, window, "01-home-empty")
    prepaid_sale(qtbot, window, "6000")
    qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=WAIT)
    paths += snap(qtbot, window, "05-result-prepaid")
    enter(qtbot)
    paths += snap(qtbot, window, "02-home-last-sale")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClicks(flow.account.entry, METER)
    paths += snap(qtbot, window, "03-account")
    qtbot.keyClick(flow.account.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, "5000")
    qtbot.keyClicks(flow.amount.cash, "2000")
    paths += snap(qtbot, window, "04a-amount-short")
    flow.amount.cash.clear()
    qtbot.keyClicks(flow.amount.cash, "10000")
    paths += snap(qtbot, window, "04b-amount-change")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    choose_in_list(qtbot, flow.choice.list, "DSTV")
    type_and_enter(qtbot, flow.account.entry, "4122773388")
    qtbot.waitUntil(lambda: flow._choosing == "plan" and flow.choice.list.count() == 6,
                    timeout=WAIT)
    paths += snap(qtbot, window, "06-plans")
    choose_in_list(qtbot, flow.choice.list, "Compact Plus")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    paths += snap(qtbot, window, "07-amount-plan")
    type_and_enter(qtbot, flow.amount.cash, "13000")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=WAIT)
    paths += snap(qtbot, window, "08-result-tv")
    enter(qtbot)
    sandbox.set_fault("drop_after_commit", target="pay")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, "1000")
    type_and_enter(qtbot, flow.amount.cash, "")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    paths += snap(qtbot, window, "09-result-in-doubt")
    assert all(p.stat().st_size > 5000 for p in paths)


def test_tiles_without_a_drawing_get_a_letter_badge(qtbot):
    from posapp.domain.product import Product
    from posapp.ui.home.tiles import Tile, icon_name

    odd = Product("x.thing", "Lottery", "x", "NGN", None, False, "LOTTERY")
    assert icon_name(odd) == ""
    tile = Tile(odd)
    qtbot.addWidget(tile)
    assert tile.findChildren(type(tile.name))[0].text() == "L"
    assert Token(1, "TOKEN", "1234").label == "Token"
