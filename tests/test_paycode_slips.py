"""Paycode slips at 58 mm and 80 mm, printed through the virtual printer: one slip per
paycode with phone, paycode, amount, expiry and surcharge; one-time PINs only when the owner
turns `interswitch.print_pins` on."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from posapp.domain.sale import SaleState
from posapp.printing.virtual import VirtualPrinter
from posapp.providers.interswitch import sandbox as isb
from posapp.providers.interswitch.signing import WAT
from tests.test_paycode_service import PINS, PRODUCT, answers, batch, isw, paycode_counter

__all__ = ["isw"]  # the sandbox fixture, shared

PHONES = ["08021111111", "08031111112", isb.NEVER_ISSUED_PHONE]
NAIRA = [5000, 3000, 2000]


def _slips(text: str) -> list[str]:
    """The printed text cut into slips: the summary first, then one per paycode."""
    return re.split(r"\n-(?: -)+ ?\n|\n\n\n", text)


def _sell_and_print(tmp_path, server, profile, **settings):
    with VirtualPrinter(tmp_path / "receipts", profile_name=profile) as printer:
        counter = paycode_counter(tmp_path, server, printer.port, profile, **settings)
        try:
            amount, extra = batch(PHONES, NAIRA)
            sale = counter.sell(PRODUCT, "", amount, extra=extra)
            assert sale.state == SaleState.VENDED
            printed = counter.print_sale(sale.id).result(timeout=30)
            assert printed.state == SaleState.PRINTED
            (job,) = printer.wait_for_jobs(1)
        finally:
            counter.stop()
    return sale, job


@pytest.mark.parametrize("profile,columns", [("58mm", 32), ("80mm", 48)])
def test_one_slip_per_paycode_with_its_details_and_no_pins(tmp_path, isw, profile, columns):
    sale, job = _sell_and_print(tmp_path, isw, profile)
    issued = answers(isw)[0]["paymentTokens"]
    assert len(issued) == 2  # the sandbox never issues NEVER_ISSUED_PHONE
    assert len(_slips(job.text)) >= 3  # the summary, then a slip per paycode
    assert max(len(line.replace(" (cut)", "")) for line in job.text.splitlines()) <= columns
    text = job.text
    # the summary: paid, issued 2 of 3, the one not issued and the cash to hand back
    assert "Paycodes issued" in text and "2 of 3" in text
    assert "NOT ISSUED" in text and isb.NEVER_ISSUED_PHONE in text
    assert re.search(r"Hand back\s+NGN 2,000\.00", text)
    # each paycode: phone, the code large (double size, grouped), amount, expiry, surcharge
    # Nigerian time (WAT) on the slip, whatever zone the machine is in
    expires = datetime.fromtimestamp(sale.updated_at, WAT).replace(tzinfo=None) + timedelta(
        minutes=1440)
    for n, (token, naira) in enumerate(zip(issued, NAIRA[:2], strict=True), 1):
        assert f"CASH-OUT PAYCODE {n} of 2" in text
        assert f"PAYCODE FOR {token['phoneNumber']}" in text
        grouped = " ".join(re.findall(".{1,4}", token["payCode"]))
        assert grouped in text
        assert re.search(rf"Amount\s+NGN {naira:,}\.00", text)
        assert re.search(r"Surcharge\s+NGN 100\.00", text)
    stamp = re.findall(r"Expires\s+(\d\d/\d\d/\d{4} \d\d:\d\d)", text)
    assert len(stamp) == 2
    when = datetime.strptime(stamp[0], "%d/%m/%Y %H:%M")
    assert abs((when - expires).total_seconds()) <= 120
    # each paycode is printed double width and height (ESC ! 0x30 just before its digits)
    for token in issued:
        grouped = " ".join(re.findall(".{1,4}", token["payCode"])).encode()
        before = job.raw[:job.raw.index(grouped)]
        assert before[before.rindex(b"\x1b!"):][:3] == b"\x1b!0"
    # no one-time PIN anywhere: not in the text, not in the bytes
    for pin in PINS + ("1234",):
        assert not re.search(rf"(?<!\d){pin}(?!\d)", text), pin
        assert not re.search(rf"(?<![0-9]){pin}(?![0-9])".encode(), job.raw), pin
    assert "PIN" not in text


@pytest.mark.parametrize("profile", ["58mm", "80mm"])
def test_pins_are_printed_only_when_the_owner_turns_them_on(tmp_path, isw, profile):
    _, job = _sell_and_print(tmp_path, isw, profile, **{"interswitch.print_pins": True})
    text = job.text
    for phone, pin in zip(PHONES[:2], PINS[:2], strict=True):
        slip = next(s for s in _slips(text) if phone in s and "PAYCODE" in s.upper())
        assert re.search(rf"One-time PIN\s+{pin}", slip), slip
    # the beneficiary not issued has no slip, so no PIN either
    assert PINS[2] not in text


def test_a_reprint_says_copy_on_every_slip(tmp_path, isw):
    with VirtualPrinter(tmp_path / "receipts", profile_name="58mm") as printer:
        counter = paycode_counter(tmp_path, isw, printer.port, "58mm")
        try:
            amount, extra = batch(PHONES[:2], NAIRA[:2])
            sale = counter.sell(PRODUCT, "", amount, extra=extra)
            counter.print_sale(sale.id).result(timeout=30)
            counter.print_sale(sale.id).result(timeout=30)
            jobs = printer.wait_for_jobs(2)
        finally:
            counter.stop()
    # two connections: the virtual printer may render them in either order
    first, copy = sorted(jobs, key=lambda job: "COPY" in job.text)
    assert "COPY" not in first.text
    assert copy.text.count("*** COPY 1 ***") == 3  # the summary and both paycode slips
