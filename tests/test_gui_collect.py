"""Taking the customer's money by mobile money and card, in the real window, by keys: the
tender and phone on the amount page, the waiting screen (countdown, QR code of the hosted
page), and every way a collection ends - against the K-Pay, EkoloPay and test wallet
sandboxes over loopback HTTP."""

from __future__ import annotations

import pytest
import qrcode
import requests
from PySide6.QtCore import Qt
from qrcode.constants import ERROR_CORRECT_M

from posapp.domain.sale import SaleState
from posapp.providers.ekolopay import sandbox as eks
from posapp.providers.kpay import sandbox as kps
from posapp.providers.testpay.sandbox import TestWalletSandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from tests.conftest import make_config
from tests.test_gui_sale import open_window, type_and_enter

S = SaleState
WAIT = 15000


@pytest.fixture
def kpay():
    with kps.KPaySandbox() as server:
        yield server


@pytest.fixture
def ekolo():
    with eks.EkoloPaySandbox() as server:
        yield server


@pytest.fixture
def wallet():
    with TestWalletSandbox() as server:
        yield server


@pytest.fixture
def make_counter(tmp_path, sandbox, vprinter):
    """A counter selling goods in `currency` (and eFactory's naira products), with the
    collector settings and secrets given; stopped at the end."""
    made: list[Counter] = []

    def make(currency: str, collectors: dict, keys: dict | None = None) -> Counter:
        (tmp_path / currency).mkdir(exist_ok=True)
        config = make_config(tmp_path / currency, sandbox.base_url, vprinter.port)
        config.set("shop.goods", True)
        config.set("shop.currency", currency)
        for key, value in collectors.items():
            config.set(key, value)
        counter = Counter(config, MemorySecrets({
            "efactory.api_key": sandbox.api_key, "efactory.auth_token": sandbox.auth_token,
            **(keys or {})}))
        made.append(counter)
        return counter

    yield make
    for c in made:
        c.stop()


def kpay_counter(make_counter, kpay) -> Counter:
    return make_counter("RWF", {
        "kpay.base_url": kpay.base_url, "kpay.username": kps.USERNAME,
        "kpay.retailerid": kps.RETAILER_ID, "kpay.email": kps.EMAIL, "kpay.returl": kps.RETURL,
        "kpay.redirecturl": kps.REDIRECTURL, "kpay.shop_msisdn": kps.SHOP_MSISDN,
        "kpay.read_timeout": 5.0}, {"kpay.password": kps.PASSWORD})


def ekolo_counter(make_counter, ekolo, timeout: float = 300.0) -> Counter:
    return make_counter("XAF", {
        "ekolopay.base_url": ekolo.base_url + eks.GATEWAY,
        "ekolopay.page_url": ekolo.base_url + eks.PAGE, "ekolopay.api_client": ekolo.api_client,
        "ekolopay.allow_plain_http": True, "ekolopay.timeout_seconds": timeout},
        {"ekolopay.secret_key": ekolo.secret_key})


@pytest.fixture
def win(qtbot):
    opened = []

    def make(counter: Counter):
        w = open_window(qtbot, counter)
        w.flow.collect._poll.setInterval(200)  # the customer answers fast in tests
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.tasks.wait(10000)


def goods_amount_page(qtbot, w, amount: str):
    """Goods (no account): the menu entry, then the amount typed; Enter moves to 'Paid by'."""
    flow = w.flow
    tile = flow.products.tile("Goods")  # the home screen's tile, focused and Enter
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, amount)
    assert flow.amount.tender_box.hasFocus()


def pick_tender(qtbot, w, label: str):
    """Down arrow until the tender is chosen, then Enter, as a cashier would."""
    box = w.flow.amount.tender_box
    labels = [box.itemText(i) for i in range(box.count())]
    assert label in labels, labels
    while box.currentText() != label:
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def waiting_for(qtbot, w):
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.collect, timeout=WAIT)
    return flow.collect


def the_sale(counter):
    [sale] = counter.history()
    return sale


# -- paid --------------------------------------------------------------------------------


def test_kpay_mtn_momo_paid_sale_by_keys(qtbot, win, make_counter, kpay, vprinter):
    """GIVEN a goods sale in RWF WHEN the cashier picks MTN Mobile Money, types the customer's
    number and the customer approves on the phone (the sandbox's 0788000001 approves on the
    second status check) THEN the waiting screen says so with a countdown and no QR code,
    and the sale goes on to its receipt, paid by MTN, with K-Pay's reference."""
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "5000")
    pick_tender(qtbot, w, "MTN Mobile Money")
    amount = w.flow.amount
    assert amount.phone.hasFocus() and not amount.cash.isVisible()
    assert "MTN Mobile Money number" in amount.cash_label.text()
    type_and_enter(qtbot, amount.phone, "0788 000 001")
    page = waiting_for(qtbot, w)
    assert page.amount.text() == "RWF 5,000" and "(0788 000 001)" in page.instruction.text()
    assert "approve" in page.state.text() and page.countdown.text().startswith("Time left")
    assert not page.qr.isVisible() and not page.b_new.isVisible()
    [refid] = kpay.pay_requests
    body = kpay.sql("SELECT request FROM payments WHERE refid=?", refid)[0]["request"]
    assert '"msisdn": "250788000001"' in body and '"action": "pay"' in body
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    sale = the_sale(counter)
    assert sale.tender == "kpay.momo.mtn" and sale.collect_ref
    assert "Paid by MTN Mobile Money" in flow.result.info.text()
    assert sale.collect_ref in flow.result.info.text()
    job = vprinter.wait_for_jobs(1)[0]
    assert "RWF" in job.text
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.", timeout=WAIT)
    assert kpay.charges() == 1 and kpay.status_of(refid) == "01"


def test_momo_paid_prepaid_electricity_shows_and_prints_the_token(qtbot, win, make_counter,
                                                                  wallet, sandbox, vprinter):
    """A prepaid electricity sale (eFactory, NGN) paid by mobile money: K-Pay takes RWF and
    USD only, so it is not offered for naira; the training wallet collects, then the token
    is vended once and shown as for cash."""
    counter = make_counter("RWF", {"testpay.base_url": wallet.base_url})
    w = win(counter)
    flow = w.flow
    qtbot.keyClick(w, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "54140724110")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, "1000")
    box = flow.amount.tender_box
    assert [box.itemText(i) for i in range(box.count())] == ["Cash",
                                                             "Test wallet (training)"]
    pick_tender(qtbot, w, "Test wallet (training)")
    type_and_enter(qtbot, flow.amount.phone, "0803 000 0001")  # approves on the 2nd poll
    waiting_for(qtbot, w)
    assert sandbox.vend_count() == 0  # nothing vended before the money is in
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    qtbot.waitUntil(lambda: len(flow.result.token_labels) == 1, timeout=WAIT)
    token = sandbox.payments()[0]["tokenData"][0]["token"].replace(" ", "")
    assert flow.result.token_labels[0][1].replace(" ", "") == token
    job = vprinter.wait_for_jobs(1)[0]
    assert flow.result.token_labels[0][1] in job.text
    assert sandbox.vend_count() == 1
    events = [e["to_state"] for e in counter.journal.events(the_sale(counter).id)]
    assert events[:4] == ["COLLECTING", "COLLECTED", "VENDING", "VENDED"]


def modules_of(pixmap, size: int, module: int, x0: int = 0, y0: int = 0):
    """Read a drawn QR symbol back: dark or light at each module's centre."""
    image = pixmap.toImage() if hasattr(pixmap, "toImage") else pixmap
    return [[image.pixelColor(x0 + x * module + module // 2,
                              y0 + y * module + module // 2).lightness() < 128
             for x in range(size)] for y in range(size)]


def reference_matrix(url: str):
    """qrcode's own symbol for the URL, at error correction M (independent of the screen)."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(url)
    qr.make(fit=True)
    return [[bool(m) for m in row] for row in qr.get_matrix()]


def assert_qr_shows(page, url: str):
    """The screen's QR code is the URL's symbol: module by module against qrcode's output,
    in the pixmap and in the widget as painted; decoded by zxing where it is installed."""
    view = page.qr
    assert view.isVisible() and view.text == url and page.url.text() == url
    expected = reference_matrix(url)
    n = len(expected)
    module = view.module_size()
    assert module >= 4, "too small to scan from a phone"
    assert modules_of(view.pixmap(), n, module) == expected
    shot = view.grab().toImage()
    target = view.target()
    assert modules_of(shot, n, module, target.x(), target.y()) == expected
    try:
        import zxingcpp
    except ImportError:
        return
    from PIL import Image

    qimage = view.pixmap().toImage().convertToFormat(view.pixmap().toImage().Format.Format_RGB888)
    raw = bytes(qimage.constBits())[: qimage.sizeInBytes()]
    pil = Image.frombuffer("RGB", (qimage.width(), qimage.height()), raw, "raw", "RGB",
                           qimage.bytesPerLine(), 1)
    [found] = zxingcpp.read_barcodes(pil)
    assert found.text == url and found.format == zxingcpp.BarcodeFormat.QRCode
    assert str(found.ec_level) in ("M", "Q", "H")


def test_kpay_card_page_as_a_qr_code_paid_through_the_page(qtbot, win, make_counter, kpay,
                                                          vprinter):
    """GIVEN a card payment WHEN the waiting screen shows K-Pay's checkout page as a QR code
    THEN the code is that page's URL; the customer pays on the page (a real POST to it)
    and the sale completes."""
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "12000")
    pick_tender(qtbot, w, "Card (Visa / Mastercard)")  # no phone: Enter shows the code
    page = waiting_for(qtbot, w)
    qtbot.waitUntil(lambda: page.qr.isVisible(), timeout=WAIT)
    sale = the_sale(counter)
    assert sale.collect_url.startswith(kpay.base_url + "/checkout/")
    assert_qr_shows(page, sale.collect_url)
    assert "scan" in page.instruction.text()
    paid = requests.post(page.qr.text, data={"pay": "1"}, timeout=5)  # the customer pays
    assert paid.status_code == 200 and "PAID" in paid.text
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert the_sale(counter).state in (S.VENDED, S.PRINTED)
    vprinter.wait_for_jobs(1)


def test_ekolopay_page_as_a_qr_code_paid_through_the_sandbox_control(qtbot, win,
                                                                     make_counter, ekolo):
    counter = ekolo_counter(make_counter, ekolo)
    w = win(counter)
    goods_amount_page(qtbot, w, "2500")
    pick_tender(qtbot, w, "EkoloPay mobile money")
    type_and_enter(qtbot, w.flow.amount.phone, eks.DEMO_PHONE)
    page = waiting_for(qtbot, w)
    sale = the_sale(counter)
    assert sale.collect_url == f"{ekolo.base_url}{eks.PAGE}/{sale.collect_ref}"
    assert_qr_shows(page, sale.collect_url)
    control = requests.post(f"{ekolo.base_url}/_sandbox/pay/{sale.collect_ref}",
                            json={"approve": True}, timeout=5)
    assert control.json()["status"] == "SUCCESS"
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert the_sale(counter).state in (S.VENDED, S.PRINTED)


# -- not paid ----------------------------------------------------------------------------


def test_a_declined_payment_is_a_clear_end_and_can_be_paid_another_way(
        qtbot, win, make_counter, kpay, vprinter):
    """The sandbox customer 0788000002 declines: the screen says NOT PAID with K-Pay's
    message, nothing is sold; Esc goes back to the amount page with the same amount, and
    the customer pays cash under a new key."""
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "3000")
    pick_tender(qtbot, w, "MTN Mobile Money")
    type_and_enter(qtbot, w.flow.amount.phone, "0788000002")
    page = waiting_for(qtbot, w)
    qtbot.waitUntil(lambda: page.state.text() == "NOT PAID - declined", timeout=WAIT)
    assert "The payment failed. No money was taken." in page.detail.text()
    assert page.b_new.isVisible() and not page.b_cancel.isVisible()
    assert not page.countdown.isVisible() and not page.qr.isVisible()
    declined = the_sale(counter)
    assert declined.state == S.COLLECT_FAILED
    qtbot.keyClick(w, Qt.Key.Key_Escape)  # take the money another way
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    assert flow.amount.amount.text() == "3000" and flow.amount.tender().key == "cash"
    qtbot.waitUntil(flow.amount.tender_box.hasFocus, timeout=WAIT)
    qtbot.keyClick(flow.amount.tender_box, Qt.Key.Key_Return)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    sales = counter.history()
    assert [s.state for s in sales] == [S.VENDED, S.COLLECT_FAILED] or \
        [s.state for s in sales] == [S.PRINTED, S.COLLECT_FAILED]
    assert sales[0].idem_key != declined.idem_key and sales[0].tender == "cash"


def test_a_payment_not_made_in_time_times_out(qtbot, win, make_counter, ekolo):
    """EkoloPay with 3 s to pay: the countdown runs down, then NOT PAID IN TIME."""
    counter = ekolo_counter(make_counter, ekolo, timeout=3.0)
    w = win(counter)
    goods_amount_page(qtbot, w, "2500")
    pick_tender(qtbot, w, "EkoloPay mobile money")
    type_and_enter(qtbot, w.flow.amount.phone, eks.DEMO_PHONE)
    page = waiting_for(qtbot, w)
    assert page.countdown.text() in ("Time left  0:03", "Time left  0:02")
    qtbot.waitUntil(lambda: page.state.text() == "NOT PAID IN TIME", timeout=WAIT)
    assert "did not pay before the time ran out" in page.detail.text()
    sale = the_sale(counter)
    assert sale.state == S.COLLECTING and sale.cancel_requested  # late payments still seen
    assert page.b_new.hasFocus()
    qtbot.keyClick(page.b_new, Qt.Key.Key_Return)
    assert w.flow.currentWidget() is w.flow.products


def test_cancel_while_waiting_sells_nothing(qtbot, win, make_counter, kpay):
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "4000")
    pick_tender(qtbot, w, "MTN Mobile Money")
    type_and_enter(qtbot, w.flow.amount.phone, "0788000009")  # never answers
    page = waiting_for(qtbot, w)
    qtbot.waitUntil(lambda: the_sale(counter).collect_ref != "", timeout=WAIT)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: the_sale(counter).cancel_requested, timeout=WAIT)
    qtbot.waitUntil(lambda: page.state.text() == "CANCELLED", timeout=WAIT)
    assert "Nothing was sold" in page.detail.text() and "money to refund" in page.detail.text()
    assert counter.journal.sales(states=(S.VENDED, S.PRINTED)) == []
    assert counter.report("shift").completed == 0


def test_cancel_then_a_late_payment_is_recorded_as_refund_due(qtbot, win, make_counter, kpay):
    """GIVEN the cashier cancelled while the customer's phone was still asking WHEN the
    customer approves anyway THEN the payment is recorded, nothing is sold, the screen says
    REFUND DUE, the shift report counts it and the history marks it for the supervisor."""
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "6000")
    pick_tender(qtbot, w, "Airtel Money")
    type_and_enter(qtbot, w.flow.amount.phone, "0722 123 456")  # waits for the control
    page = waiting_for(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.state.text() == "CANCELLED", timeout=WAIT)
    [refid] = kpay.pay_requests
    assert kpay.settle(refid, approve=True)  # the customer approves after all
    qtbot.waitUntil(lambda: page.state.text() == "PAID AFTER CANCEL - REFUND DUE",
                    timeout=WAIT)
    assert "paid RWF 6,000 by Airtel Money" in page.detail.text()
    sale = the_sale(counter)
    assert sale.state == S.REFUND_DUE and sale.collect_ref
    assert [r for r, _ in counter.report("shift").refund_due] == [sale.receipt_no]
    assert counter.status().refund_due == 1
    qtbot.keyClick(w, Qt.Key.Key_F9)
    history = w.history
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=WAIT)
    assert "Refund due" in history.table.item(0, history.state_column).text()
    qtbot.waitUntil(lambda: "1 refund due" in history.refunds.text(), timeout=WAIT)
    qtbot.keyClick(history.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert history.b_refunds.isChecked()  # only the refunds due are listed
    qtbot.waitUntil(lambda: history.table.rowCount() == 1 and history.sales[0].id == sale.id,
                    timeout=WAIT)


# -- the amount page ---------------------------------------------------------------------


def test_phone_numbers_are_checked_with_a_clear_message_and_nothing_sent(
        qtbot, win, make_counter, kpay):
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "5000")
    pick_tender(qtbot, w, "MTN Mobile Money")
    amount = w.flow.amount
    qtbot.keyClick(amount.phone, Qt.Key.Key_Return)
    assert amount.error.text() == "Type the customer's MTN Mobile Money number."
    assert amount.phone.hasFocus()
    type_and_enter(qtbot, amount.phone, "0722 123 456")
    qtbot.waitUntil(lambda: "Airtel number" in amount.error.text(), timeout=WAIT)
    assert "choose Airtel" in amount.error.text() and amount.phone.hasFocus()
    amount.phone.clear()
    type_and_enter(qtbot, amount.phone, "12345")
    qtbot.waitUntil(lambda: "not a Rwandan mobile number" in amount.error.text(),
                    timeout=WAIT)
    assert kpay.pay_requests == [] and counter.history() == []
    assert w.flow.currentWidget() is amount


def test_only_cash_keeps_the_cash_page_as_it_was(qtbot, win, make_counter):
    counter = make_counter("NGN", {})
    w = win(counter)
    goods_amount_page_cash = w.flow
    flow = goods_amount_page_cash
    tile = flow.products.tile("Goods")  # the home screen's tile, focused and Enter
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    assert not flow.amount.tender_box.isVisible()
    type_and_enter(qtbot, flow.amount.amount, "700")
    assert flow.amount.cash.hasFocus()


def test_a_collection_opened_from_history_waits_on_the_waiting_screen(
        qtbot, win, make_counter, kpay):
    counter = kpay_counter(make_counter, kpay)
    from posapp.domain.money import Money

    sale = counter.sell("shop.goods", "", Money(800, "RWF"), tender="kpay.momo.mtn",
                        phone="0788123456")
    w = win(counter)
    qtbot.keyClick(w, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: w.history.table.rowCount() == 1, timeout=WAIT)
    qtbot.keyClick(w.history.search, Qt.Key.Key_Return)
    page = waiting_for(qtbot, w)
    assert page.waiting() and page.amount.text() == "RWF 800"
    kpay.settle(kpay.pay_requests[0], approve=True)
    qtbot.waitUntil(lambda: w.flow.currentWidget() is w.flow.result, timeout=WAIT)
    assert counter.sale(sale.id).state in (S.VENDED, S.PRINTED)


def test_a_payment_paid_at_once_goes_straight_to_the_receipt(qtbot, win, make_counter, kpay,
                                                             vprinter):
    """K-Pay's second response (statusid 01 in the payment answer itself): no waiting."""
    counter = kpay_counter(make_counter, kpay)
    w = win(counter)
    goods_amount_page(qtbot, w, "1500")
    pick_tender(qtbot, w, "MTN Mobile Money")
    type_and_enter(qtbot, w.flow.amount.phone, "0788000005")
    flow = w.flow
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert the_sale(counter).state in (S.VENDED, S.PRINTED)
    vprinter.wait_for_jobs(1)


def test_a_payment_that_could_not_start_says_so(qtbot, win, make_counter):
    """Nobody listens at K-Pay's address: the request never left, nothing can be paid."""
    from tests.conftest import free_port

    counter = make_counter("RWF", {
        "kpay.base_url": f"http://127.0.0.1:{free_port()}", "kpay.username": kps.USERNAME,
        "kpay.retailerid": kps.RETAILER_ID, "kpay.email": kps.EMAIL, "kpay.returl": kps.RETURL,
        "kpay.redirecturl": kps.REDIRECTURL}, {"kpay.password": kps.PASSWORD})
    w = win(counter)
    goods_amount_page(qtbot, w, "1500")
    pick_tender(qtbot, w, "MTN Mobile Money")
    type_and_enter(qtbot, w.flow.amount.phone, "0788000001")
    page = waiting_for(qtbot, w)
    assert page.state.text() == "CANCELLED"
    assert "could not be started" in page.detail.text()
    assert "Nothing was paid" in page.detail.text()
    assert the_sale(counter).state == S.CANCELLED
