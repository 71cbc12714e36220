"""Every kind of slip at both paper widths, through the real network path to the virtual
printer; the code page; paper status; the drawer; shift and Z reports."""

from __future__ import annotations

import socket
import threading

import pytest

from posapp.domain.money import Money
from posapp.printing.device import Paper, PrinterSpec, ReceiptPrinter
from posapp.printing.layout import load_profile, to_codepage, to_escpos
from posapp.printing.model import Receipt, Text
from posapp.printing.virtual import VirtualPrinter, renderer_for
from posapp.service import Counter
from tests.conftest import free_port, make_config
from tests.test_service_efactory import KCT_METER, sell

NGN = Money.parse


@pytest.fixture(params=["58mm", "80mm"])
def shop(request, tmp_path, sandbox, secrets):
    """A counter printing to a virtual printer of one paper width, with the demo logo."""
    from posapp.resources import resource

    with VirtualPrinter(tmp_path / "receipts", profile_name=request.param) as printer:
        config = make_config(tmp_path, sandbox.base_url, printer.port, profile=request.param)
        config.set("terminal.logo", str(resource("logo-demo.png")))
        counter = Counter(config, secrets)
        yield counter, printer, load_profile(request.param)
        counter.stop()


def fits(job, columns):
    for line in job.text.splitlines():
        if not line.startswith("[image]") and "(cut)" not in line:
            assert len(line) <= columns, line


def print_and_get(counter, printer, sale_id):
    n = len(printer.jobs)
    counter.print_sale(sale_id).result(timeout=20)
    return printer.wait_for_jobs(n + 1)[n]


def test_prepaid_with_key_change_tokens(shop, sandbox):
    counter, printer, profile = shop
    sale = sell(counter, KCT_METER, "7500", tendered=NGN("10000"))
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    text = job.text
    for label in ("PREPAID ELECTRICITY", "Demo Energy Shop", "DEMO0001", sale.receipt_no,
                  "NGN 7,500.00", "NGN 2,500.00", "Units (kWh)", "R2-1Q", "Maintenance Fee"):
        assert label in text, label
    flat = text.replace(" ", "").replace("\n", "")
    order = [flat.index(t.digits) for t in sale.tokens]
    assert order == sorted(order) and len(order) == 3
    assert job.qr == [f"POSAPP:R:{sale.receipt_no}"] or not profile.native_qr
    assert text.count("[image]") >= 1  # the logo
    assert job.drawer_kicks == 1
    assert job.cut == profile.cutter


def test_postpaid_bill(shop):
    counter, printer, profile = shop
    sale = sell(counter, "1010101010", "12345.67", product="efactory.postpaid")
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    assert "ELECTRICITY BILL" in job.text and sale.provider_ref in job.text
    assert "TOKEN" not in job.text


def test_pending_slip_has_the_reference(shop, tmp_path, secrets):
    counter, printer, profile = shop
    counter.config.set("efactory.base_url", f"http://127.0.0.1:{free_port()}")
    counter.clients.forget()
    sale = counter.sell("efactory.postpaid", "1010101010", NGN("500"))
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    assert "PENDING" in job.text and sale.idem_key in job.text
    assert job.drawer_kicks == 1  # the cash was taken: it goes in the drawer now


def test_refund_due_slip(shop, sandbox):
    counter, printer, profile = shop
    sandbox.set_fault("code", target="pay", code="07")
    sale = sell(counter)
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    assert job.drawer_kicks == 0  # nothing goes in the drawer for a refund
    assert "REFUND DUE" in job.text
    assert "NGN 1,000.00" in job.text and "limit" in job.text


def test_shift_and_z_reports(shop, sandbox):
    counter, printer, profile = shop
    sell(counter, amount="1000")
    sell(counter, "1010101010", "2500", product="efactory.postpaid")
    sandbox.set_fault("code", target="pay", code="01")
    refused = sell(counter, amount="300")
    shift = counter.report("shift")
    assert shift.totals == [Money(350000, "NGN")] and shift.completed == 2
    assert shift.refund_due == [(refused.receipt_no, "NGN 300.00")]
    counter.print_report(shift).result(timeout=20)
    job = printer.wait_for_jobs(1)[0]
    fits(job, profile.columns)
    assert "SHIFT REPORT" in job.text and "NGN 3,500.00" in job.text
    assert refused.receipt_no in job.text
    z = counter.close_report("z", "owner")
    assert z.number == 1 and z.completed == 2
    counter.print_report(z).result(timeout=20)
    assert "Z REPORT No 1" in printer.wait_for_jobs(2)[1].text
    # after the Z, both the next shift and the next day start empty
    assert counter.report("shift").completed == 0 and counter.report("z").number == 2


def test_printer_test_page_and_drawer(shop):
    counter, printer, profile = shop
    assert counter.printing.submit_test_page().result(timeout=20) is Paper.OK
    job = printer.wait_for_jobs(1)[0]
    assert "PRINTER TEST" in job.text and "1234 5678" in job.text
    counter.open_drawer("owner").result(timeout=20)
    drawer = printer.wait_for_jobs(2)[1]
    assert drawer.drawer_kicks == 1 and drawer.text.strip() == ""
    assert [r["action"] for r in counter.journal.db.query("SELECT action FROM audit")] == \
        ["open_drawer"]


@pytest.mark.parametrize("profile,page,codec", [("80mm", 19, "cp858"), ("58mm", 2, "cp850"),
                                                ("80mm-42", 19, "cp858")])
def test_french_prints_through_the_profiles_code_page(profile, page, codec):
    p = load_profile(profile)
    data = to_escpos(Receipt("t").add(Text("Reçu payé — Électricité")), p)
    assert bytes([0x1B, 0x74, page]) in data  # ESC t n selects the page once
    assert data.count(b"\x1bt") == 1
    assert "Reçu payé - Électricité".encode(codec) in data
    assert b"Re\x87u pay\x82 - \x90lectricit\x82" in data
    renderer = renderer_for(profile)
    assert "Reçu payé - Électricité" in renderer.text(renderer.parse(data)[0])


def test_transliteration_keeps_what_the_page_has():
    assert to_codepage("Ngozi Ọkàfọ̀r ‘Mama’ — ₦500", "CP858") == "Ngozi Okàfor 'Mama' - N500"
    assert to_codepage("Łódź", "CP850") == "Lódz"
    assert to_codepage("東京", "CP850") == "??"


def test_silent_printer_paper_status_is_unknown_not_ok():
    """A printer that takes bytes but never answers DLE EOT must not count as 'paper ok'."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    received = bytearray()

    def sink():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(4096):
                received.extend(chunk)

    t = threading.Thread(target=sink, daemon=True)
    t.start()
    spec = PrinterSpec("network", "127.0.0.1", server.getsockname()[1], timeout=5.0)
    paper = ReceiptPrinter(spec, "TM-T20II").send(b"hello\n")
    t.join(10)
    server.close()
    assert paper is Paper.UNKNOWN
    assert received.endswith(b"hello\n")


def test_paper_low_is_reported(vprinter):
    vprinter.paper = "low"
    spec = PrinterSpec("virtual", "127.0.0.1", vprinter.port)
    assert ReceiptPrinter(spec, "TM-T20II").send(b"x\n") is Paper.LOW


def test_file_printer_gets_the_same_bytes(tmp_path, counter):
    """The `file` type (a device node like /dev/usb/lp0) through python-escpos' File class."""
    from tests.test_service_efactory import sell

    device = tmp_path / "printer-out" / "lp0"  # the one place in the home a file may print
    device.parent.mkdir()
    device.write_bytes(b"")
    counter.config.set("printer.type", "file")
    counter.config.set("printer.device", str(device))
    sale = sell(counter)
    counter.print_sale(sale.id).result(timeout=20)
    data = device.read_bytes()
    assert sale.tokens[0].grouped().encode() in data and data.startswith(b"\x1b@")
    assert counter.sale(sale.id).state == "PRINTED"


def test_dead_network_printer_gives_up_in_seconds_and_keeps_the_job(counter):
    """GIVEN a network printer that never completes the TCP handshake (its accept queue is
    full, so the kernel drops our SYN), WHEN a receipt is printed with a 1 s timeout,
    THEN it fails with a clear message instead of hanging for python-escpos' 60 s default."""
    from posapp.domain.errors import PrinterError
    from tests.test_service_efactory import sell

    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    dead.listen(0)
    fillers = []
    for _ in range(4):  # fill the backlog; later connects get no answer
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(dead.getsockname())
        fillers.append(s)
    counter.config.set("printer.port", dead.getsockname()[1])
    counter.config.set("printer.timeout", 1.0)
    sale = sell(counter)
    try:
        with pytest.raises(PrinterError) as exc:
            counter.print_sale(sale.id).result(timeout=30)
        assert "not answering" in exc.value.message
        assert [j["status"] for j in counter.journal.print_jobs(sale.id)] == ["FAILED"]
    finally:
        for s in fillers:
            s.close()
        dead.close()


def test_print_test_command_on_the_demo(tmp_path, capsys):
    from posapp.cli import main

    assert main(["--home", str(tmp_path), "--demo", "print-test"]) == 0
    assert "paper: ok" in capsys.readouterr().out
    texts = [p.read_text() for p in (tmp_path / "demo" / "receipts").glob("*.txt")]
    assert len(texts) == 1 and "PRINTER TEST" in texts[0]
