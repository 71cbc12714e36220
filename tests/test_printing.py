"""Receipts through the real network path to the virtual printer, and the layouts."""

from __future__ import annotations

import pytest

from posapp.domain.errors import PrinterError
from posapp.domain.money import Money
from posapp.printing.layout import lay_out, load_profile, to_escpos, token_lines
from posapp.printing.model import Pair, Receipt, Text, TokenBlock, clean
from tests.test_service_efactory import KCT_METER, sell


def printed_text(counter, vprinter, sale_id, n=1):
    counter.print_sale(sale_id).result(timeout=20)
    return vprinter.wait_for_jobs(n)[n - 1]


def test_multi_token_receipt_prints_every_token_in_order(counter, vprinter):
    sale = sell(counter, KCT_METER, "7500")
    job = printed_text(counter, vprinter, sale.id)
    text = job.text
    positions = [text.index(t.grouped()) for t in sale.tokens]
    assert positions == sorted(positions)
    assert "1. KEY CHANGE 1 TOKEN" in text and "3. CREDIT TOKEN" in text
    assert sale.provider_ref in text and "DEMO0001" in text
    assert job.qr == [f"POSAPP:R:{sale.receipt_no}"] and job.cut
    assert job.png is not None and job.png.exists()
    assert counter.sale(sale.id).state == "PRINTED"


def test_reprint_says_copy_n(counter, vprinter):
    sale = sell(counter)
    first = printed_text(counter, vprinter, sale.id, 1)
    second = printed_text(counter, vprinter, sale.id, 2)
    third = printed_text(counter, vprinter, sale.id, 3)
    assert "COPY" not in first.text
    assert "*** COPY 1 ***" in second.text and "*** COPY 2 ***" in third.text
    assert sale.tokens[0].grouped() in third.text


def test_cash_sale_kicks_the_drawer_once_not_on_reprints(counter, vprinter):
    sale = sell(counter, tendered=Money.parse("2000", "NGN"))
    assert printed_text(counter, vprinter, sale.id, 1).drawer_kicks == 1
    assert printed_text(counter, vprinter, sale.id, 2).drawer_kicks == 0


def test_paper_out_keeps_the_job_and_the_token(counter, vprinter):
    sale = sell(counter)
    vprinter.paper = "out"
    with pytest.raises(PrinterError) as exc:
        counter.print_sale(sale.id).result(timeout=20)
    assert "out of paper" in exc.value.message
    assert counter.sale(sale.id).state == "VENDED" and counter.sale(sale.id).tokens
    assert [j["status"] for j in counter.journal.print_jobs(sale.id)] == ["FAILED"]
    vprinter.paper = "ok"
    job = printed_text(counter, vprinter, sale.id, 1)
    assert "COPY" not in job.text  # the retry is still the original
    assert counter.sale(sale.id).state == "PRINTED"


def test_dead_printer_fails_fast_and_keeps_the_sale(counter):
    from tests.conftest import free_port

    counter.config.set("printer.port", free_port())
    sale = sell(counter)
    with pytest.raises(PrinterError):
        counter.print_sale(sale.id).result(timeout=10)
    assert counter.sale(sale.id).state == "VENDED"


def test_control_bytes_from_provider_text_never_reach_the_printer():
    evil = "Bad\x1bi\x1dV\x00Guy\x1bp\x00\x19\x19\x10\x14"
    assert clean(evil) == "BadiVGuyp"  # printable letters stay; every control byte goes
    receipt = Receipt("sale").add(Pair("Customer", evil), Text(evil))
    data = to_escpos(receipt, load_profile("58mm"))
    assert b"\x1bi" not in data and b"\x1dV\x00" not in data and b"\x1bp" not in data


@pytest.mark.parametrize("profile", ["58mm", "80mm-42", "80mm"])
def test_every_line_fits_the_paper(profile):
    p = load_profile(profile)
    receipt = Receipt("sale").add(
        Text("A very long shop name that will surely need wrapping", "center", big=True),
        Pair("Maintenance Fee For Single Phase Customers.", "2,500.00"),
        TokenBlock("CREDIT", ("1234", "5678", "9012", "3456", "7890")))
    for line in lay_out(receipt, p):
        width = len(line.text) * (2 if line.big else 1)
        assert width <= p.columns, (profile, line)


def test_token_groups_wrap_but_are_never_split():
    groups = ("1234", "5678", "9012", "3456", "7890")
    assert token_lines(groups, 32) == ["1234 5678 9012", "3456 7890"]
    assert token_lines(groups, 48) == ["1234 5678 9012 3456 7890"]
    assert "".join(token_lines(groups, 42)).replace(" ", "") == "".join(groups)


def test_tokens_are_sent_in_double_width_and_height():
    p = load_profile("80mm")
    data = to_escpos(Receipt("t").add(TokenBlock("CREDIT", ("1234", "5678"))), p)
    before_token = data[: data.index(b"1234 5678")]
    # ESC ! 0x30 (double width + double height) is the last size command before the digits
    assert before_token.rindex(b"\x1b!0") > before_token.rindex(b"\x1b!\x00")
    label = data[: data.index(b"CREDIT")]
    assert b"\x1b!0" not in label


def test_two_virtual_printers_in_one_second_keep_every_receipt(tmp_path):
    """Each CLI run starts its own virtual printer numbering from 1: a second run in the
    same second must not overwrite the first run's receipt."""
    from posapp.printing.virtual import VirtualPrinter

    for n in range(2):
        with VirtualPrinter(tmp_path) as printer:
            printer._render(f"job {n}\\n".encode())
    texts = sorted(p.read_text() for p in tmp_path.glob("*.txt"))
    assert len(texts) == 2 and len(list(tmp_path.glob("*.png"))) == 2
    assert "job 0" in texts[0] and "job 1" in texts[1]
