"""Receipts read back the way an independent ESC/POS decoder reads them: a small decoder of
its own (not the virtual printer's) strips every ESC/GS/DLE command, knows each command's
length, refuses bytes it does not know, and yields the printed lines per slip, the drawer
pulses and the QR codes' error correction (from the native command, or from the format
bits of a QR printed as a raster image)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest

from posapp.domain.money import Money
from posapp.domain.records import Report, SaleRecord
from posapp.domain.sale import SaleState, Token, VendResult
from posapp.printing.layout import (
    DRAWER_PULSE,
    balance,
    lay_out,
    load_profile,
    pair_lines,
    to_escpos,
    token_lines,
)
from posapp.printing.model import Cut, Pair, Receipt, Text, TokenBlock
from posapp.printing.receipts import Labels, Shop, report_receipt, sale_receipt

NGN = Money.parse
ESC, GS, DLE = 0x1B, 0x1D, 0x10
CODEPAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}
EC_LEVELS = {0x30: "L", 0x31: "M", 0x32: "Q", 0x33: "H"}
MARK = "TRAINING - NOT A REAL SALE"


# -- the decoder ------------------------------------------------------------------------------

@dataclass
class Printed:
    text: str
    big: bool = False
    bold: bool = False
    invert: bool = False
    align: int = 0


@dataclass
class Decoded:
    slips: list[list[Printed]] = field(default_factory=lambda: [[]])
    pulses: list[bytes] = field(default_factory=list)
    qr_levels: list[str] = field(default_factory=list)
    images: int = 0

    @property
    def lines(self) -> list[Printed]:
        return [line for slip in self.slips for line in slip]

    def texts(self, slip: int | None = None) -> list[str]:
        """The printed lines that hold something (feeds left out)."""
        lines = self.lines if slip is None else self.slips[slip]
        return [line.text for line in lines if line.text.strip()]


def _raster_qr_level(width_bytes: int, height: int, raster: bytes) -> str | None:
    """The error correction level of a QR code in a raster image, from its format bits
    (row 8, columns 0 and 1 beside the top-left finder pattern); None if it is no QR."""
    width = width_bytes * 8

    def dark(x: int, y: int) -> bool:
        return bool(raster[y * width_bytes + x // 8] & (0x80 >> (x % 8)))

    top = next((y for y in range(height) if any(dark(x, y) for x in range(width))), None)
    if top is None:
        return None
    left = next(x for x in range(width) if dark(x, top))
    run = 0
    while left + run < width and dark(left + run, top):
        run += 1
    box = run // 7
    if box == 0 or run % 7:
        return None

    def module(row: int, col: int) -> int:
        return int(dark(left + col * box + box // 2, top + row * box + box // 2))

    bits = (module(8, 0) << 1) | module(8, 1)  # format bits 14 and 13, masked with 0b10
    return {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}[bits ^ 0b10]


def decode(data: bytes) -> Decoded:
    out = Decoded()
    codec = "cp437"
    big = bold = invert = False
    align = 0
    buf = bytearray()
    i, n = 0, len(data)

    def newline() -> None:
        text = bytes(buf).decode(codec)
        buf.clear()
        out.slips[-1].append(Printed(text, big, bold, invert, align))

    while i < n:
        b = data[i]
        if b == 0x0A:
            newline()
            i += 1
        elif b == ESC:
            c, arg = data[i + 1], data[i + 2] if i + 2 < n else 0
            if c == 0x40:  # ESC @
                codec, big, bold, invert, align = "cp437", False, False, False, 0
                i += 2
            elif c == 0x74:  # ESC t n: code page
                codec = CODEPAGES[arg]
                i += 3
            elif c == 0x21:  # ESC ! n: print mode
                bold, big = bool(arg & 0x08), bool(arg & 0x30)
                i += 3
            elif c in (0x45, 0x47):  # ESC E / ESC G: bold
                bold = bool(arg & 1)
                i += 3
            elif c == 0x61:  # ESC a n: align
                align = arg % 0x30
                i += 3
            elif c == 0x64:  # ESC d n: feed n lines
                for _ in range(arg):
                    newline()
                i += 3
            elif c == 0x70:  # ESC p m t1 t2: drawer pulse
                out.pulses.append(bytes(data[i : i + 5]))
                i += 5
            elif c in (0x2D, 0x4D, 0x33, 0x20):  # one-byte parameter, nothing printed
                i += 3
            else:
                raise AssertionError(f"unknown ESC {c:#x} at {i}")
        elif b == GS:
            c, arg = data[i + 1], data[i + 2] if i + 2 < n else 0
            if c == 0x21:  # GS ! n: size
                big = arg != 0
                i += 3
            elif c == 0x42:  # GS B n: white on black
                invert = bool(arg & 1)
                i += 3
            elif c == 0x56:  # GS V m [n]: cut
                if buf:
                    newline()
                out.slips.append([])
                i += 4 if arg in (0x41, 0x42) else 3
            elif c == 0x28 and data[i + 2] == 0x6B:  # GS ( k pL pH cn fn ...: 2D code
                length = data[i + 3] | data[i + 4] << 8
                body = data[i + 5 : i + 5 + length]
                if body[:2] == b"1E":  # QR error correction level
                    out.qr_levels.append(EC_LEVELS[body[2]])
                i += 5 + length
            elif c == 0x76 and data[i + 2] == 0x30:  # GS v 0 m xL xH yL yH: raster image
                xb, h = data[i + 4] | data[i + 5] << 8, data[i + 6] | data[i + 7] << 8
                level = _raster_qr_level(xb, h, data[i + 8 : i + 8 + xb * h])
                if level:
                    out.qr_levels.append(level)
                out.images += 1
                i += 8 + xb * h
            else:
                raise AssertionError(f"unknown GS {c:#x} at {i}")
        elif b == DLE and data[i + 1] == 0x04:  # DLE EOT n: a status request
            i += 3
        elif b < 0x20:
            raise AssertionError(f"control byte {b:#x} at {i}")
        else:
            buf.append(b)
            i += 1
    if buf:
        newline()
    # A printer with no cutter gets a tear line: that too ends a slip.
    slips: list[list[Printed]] = []
    for slip in out.slips:
        current: list[Printed] = []
        for line in slip:
            if re.fullmatch(r"(- )+-?\s*", line.text):
                slips.append(current)
                current = []
            else:
                current.append(line)
        slips.append(current)
    out.slips = [s for s in slips if any(line.text.strip() for line in s)]
    return out


# -- slips built from records, through the real layout and python-escpos ---------------------

SHOP = Shop("Demo Energy Shop", "12 Market Road, Ibadan", "DEMO0001",
            "Thank you. Keep this receipt.")


def record(state: SaleState = SaleState.VENDED, *, tokens: tuple[Token, ...] = (),
           result: VendResult | None = None, training: bool = False, amount: str = "1000",
           **request: str) -> SaleRecord:
    return SaleRecord(
        1, "DEMO0001-000001", "efactory", "efactory.prepaid", "26112312485016975827",
        "54140724110", "Mr Kokumo Adejare", NGN(amount), None, state,
        "SMS1434094655818" if result else "", "The terminal's limit has been reached.", "",
        1, 0, 0.0, "cashier", "DEMO0001", training, 1.7e9, 1.7e9, dict(request), result,
        tokens)


def vend(**extra: object) -> VendResult:
    return VendResult(provider_ref="SMS1434094655818", **extra)


def printed(receipt: Receipt, profile: str) -> Decoded:
    return decode(to_escpos(receipt, load_profile(profile)))


PROFILES = ["58mm", "80mm-42", "80mm"]


def slips_of_a_training_sale() -> dict[str, Receipt]:
    credit = Token(1, "CREDIT", "40741094898857461234")
    pins = tuple(Token(n, "PIN", f"12345678901{n}", serial=f"WRN00{n}") for n in (1, 2))
    paycodes = tuple(Token(n, "PAYCODE", f"1268629657{n}", serial=f"0802111111{n}")
                     for n in (1, 2))
    labels = Labels("PREPAID ELECTRICITY", "Meter", "eFactory ref")
    return {
        "token": sale_receipt(record(tokens=(credit,), result=vend(), training=True),
                              SHOP, labels),
        "exam PINs": sale_receipt(record(tokens=pins, result=vend(), training=True,
                                         product_name="WAEC Result Checker"),
                                  SHOP, Labels("EXAM PINS")),
        "pending": sale_receipt(record(SaleState.QUEUED, training=True), SHOP, labels),
        "in doubt": sale_receipt(record(SaleState.IN_DOUBT, training=True), SHOP, labels),
        "refund": sale_receipt(record(SaleState.REFUND_DUE, training=True), SHOP, labels),
        "paycodes": sale_receipt(record(tokens=paycodes, result=vend(), training=True),
                                 SHOP, Labels("CASH-OUT PAYCODE")),
    }


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("kind", ["token", "exam PINs", "pending", "in doubt", "refund",
                                  "paycodes"])
def test_every_slip_of_a_training_sale_carries_the_mark_top_and_bottom(profile, kind):
    out = printed(slips_of_a_training_sale()[kind], profile)
    # exam PINs: a receipt and one slip per PIN; paycodes: a summary and one slip per code
    assert len(out.slips) == (3 if kind in ("exam PINs", "paycodes") else 1)
    for slip in out.slips:
        texts = [line.text.strip() for line in slip if line.text.strip()]
        assert texts[0] == MARK and texts[-1] == MARK, texts
        mark = next(line for line in slip if line.text.strip() == MARK)
        assert mark.invert and mark.bold  # white on black: it cannot be missed


@pytest.mark.parametrize("profile", PROFILES)
def test_a_real_sale_has_no_training_mark(profile):
    receipt = sale_receipt(record(tokens=(Token(1, "CREDIT", "1" * 20),), result=vend()),
                           SHOP, Labels("PREPAID ELECTRICITY"))
    assert not any("TRAINING" in t for t in printed(receipt, profile).texts())


@pytest.mark.parametrize("kind", ["shift", "z"])
def test_reports_of_a_training_terminal_carry_the_mark(kind):
    report = Report(kind, 1, 0.0, 1.7e9, "owner", totals=[NGN("500")], training=True)
    out = printed(report_receipt(report, SHOP), "58mm")
    texts = [t.strip() for t in out.texts() if t.strip()]
    assert texts[0] == texts[-1] == "TRAINING - NOT REAL SALES"
    real = printed(report_receipt(Report(kind, 1, 0.0, 1.7e9, "owner"), SHOP), "58mm")
    assert not any("TRAINING" in t for t in real.texts())


def test_training_terminal_reports_know_they_are_training(tmp_path, sandbox, secrets, vprinter):
    """Through the counter: a training terminal's shift and Z reports say so on paper."""
    from posapp.service import Counter
    from tests.conftest import make_config

    config = make_config(tmp_path, sandbox.base_url, vprinter.port)
    config.set("terminal.training", True)
    counter = Counter(config, secrets)
    try:
        assert counter.report("shift").training
        z = counter.close_report("z", "owner")
        assert z.training and z.to_json()["training"] is True
        counter.print_report(z).result(timeout=20)
        texts = decode(vprinter.wait_for_jobs(1)[0].raw).texts()
        assert texts[0].strip() == "TRAINING - NOT REAL SALES"
    finally:
        counter.stop()


# -- titles and labels --------------------------------------------------------------------------

@pytest.mark.parametrize("kind,title", [("TOKEN", "TOKEN"), ("CREDIT", "CREDIT TOKEN"),
                                        ("KCT1", "KEY CHANGE 1 TOKEN"), ("token", "TOKEN")])
def test_a_token_is_named_once(kind, title):
    """The bills service calls its electricity token just "TOKEN": not "TOKEN TOKEN"."""
    sale = record(tokens=(Token(1, kind, "4158171582600210124"),), result=vend())
    texts = [t.strip() for t in printed(sale_receipt(sale, SHOP, Labels("X")), "80mm").texts()]
    assert title in texts
    assert not any("TOKEN TOKEN" in t for t in texts)


def test_bills_electricity_through_the_counter_says_token_once(counter, vprinter):
    sale = counter.sell("agg.electricity", "0100040261", NGN("1000"),
                        option_id="BPE-NGCABIA-OR")
    counter.print_sale(sale.id).result(timeout=20)
    texts = [t.strip() for t in decode(vprinter.wait_for_jobs(1)[0].raw).texts()]
    assert "TOKEN" in texts and not any("TOKEN TOKEN" in t for t in texts)
    assert "PREPAID ELECTRICITY" in texts


def test_every_product_title_and_token_name_on_paper(counter, vprinter):
    """Every product the counter sells prints its own title, and no word twice in a row."""
    bills = {"agg.tv": ("4122773388", "1850", "BPD-NGCA-AQA", "BPD-DSTV-971"),
             "agg.waec": ("", "2100", "BPM-NGCA-ASA", "2100"),
             "agg.electricity": ("0100040261", "1000", "BPE-NGCABIA-OR", None)}
    titles = {p.key: p.receipt_title for p in counter.products()}
    sold = []
    for key, title in titles.items():
        if key in bills:
            account, amount, option, plan = bills[key]
            sold.append((title, counter.sell(key, account, NGN(amount), option_id=option,
                                             plan_id=plan)))
        elif key.startswith("efactory."):
            account = "54140724110" if key == "efactory.prepaid" else "1010101010"
            sold.append((title, counter.sell(key, account, NGN("1000"))))
    assert len(sold) >= 6
    for n, (title, sale) in enumerate(sold, 1):
        counter.print_sale(sale.id).result(timeout=20)
        texts = [t.strip() for t in decode(vprinter.wait_for_jobs(n)[n - 1].raw).texts()]
        assert title in texts, (title, texts)
        for text in texts:
            words = text.split()
            assert not any(a == b and a.isalpha() for a, b in pairwise(words)), text


# -- widths are measured on what is printed -----------------------------------------------------

@pytest.mark.parametrize("profile", PROFILES)
def test_right_aligned_values_reach_the_edge_when_accents_are_dropped(profile):
    """Yoruba tone marks the code page cannot stack are dropped: the line must still end
    at the paper's edge (it was one column short per dropped mark)."""
    p = load_profile(profile)
    receipt = Receipt("t").add(Pair("Customer", "Ngozi Ọkàfọ̀r"), Pair("Name", "Ọ̀ṣun Adé…"),
                               Pair("Mrs Adéọlá Ọ̀gúnlẹ̀yẹ̀ and sons of the market", "NGN 5.00"))
    lines = [t for t in printed(receipt, profile).texts() if t]
    assert lines[0].endswith("Okàfor") and len(lines[0]) == p.columns
    assert lines[1].endswith("Osun Adé...") and len(lines[1]) == p.columns
    assert lines[-1].endswith("NGN 5.00") and len(lines[-1]) == p.columns
    assert all(len(t) <= p.columns for t in lines)


def test_lay_out_is_the_only_place_text_is_transliterated():
    p = load_profile("58mm")
    lines = lay_out(Receipt("t").add(Text("Ọ̀ṣun — “Adé”")), p)
    assert lines[0].text == 'Osun - "Adé"'


# -- the one wrapping rule at 58 mm --------------------------------------------------------------

def test_no_lone_mark_line_at_58mm():
    texts = printed(Receipt("t").add(Text("*** TRAINING - NOT A REAL SALE ***", "center")),
                    "58mm").texts()
    assert len(texts) == 2
    assert all(re.search(r"[A-Z]", t) for t in texts), texts
    assert not any(t.strip().startswith("-") for t in texts)


def test_a_label_never_stands_alone_above_its_value():
    for pair in (Pair("PINs", "3, each on its own slip below"),
                 Pair("Customer", "Mrs Funmilayo Ojo (new TID)")):
        texts = printed(Receipt("t").add(pair), "58mm").texts()
        assert len(texts) == 2 and texts[0].split()[0] == pair.left, texts
        assert texts[0].split()[1] == pair.right.split()[0], texts


def test_an_amount_never_stands_alone_in_z_unsettled_lines():
    report = Report("z", 1, 0.0, 1.7e9, "owner",
                    unsettled=[("DEMO0001-000008 IN_DOUBT", "NGN 400.00"),
                               ("DEMO0001-000009 QUEUED", "NGN 12,500.00")])
    texts = printed(report_receipt(report, SHOP), "58mm").texts()
    for amount in ("NGN 400.00", "NGN 12,500.00"):
        line = next(t for t in texts if t.endswith(amount))
        assert line.strip() != amount, texts  # a word of the label is on the amount's line
        assert len(line) == 32


def test_a_long_label_wraps_to_keep_its_amount_beside_it():
    assert pair_lines("Maintenance Fee For Single Phase Customers.", "NGN 2,500.00", 32) == [
        "Maintenance Fee For Single", "Phase Customers.    NGN 2,500.00"]
    # a long reference that would split its label takes its own line instead
    assert pair_lines("Reference ID", "DEMO0001261123125331344635", 32) == [
        "Reference ID", "      DEMO0001261123125331344635"]


@pytest.mark.parametrize("digits,columns,expected", [
    ("4074109489885746", 32, ["4074 1094", "8988 5746"]),  # was 4074 1094 8988 / 5746
    ("40741094898857461234", 32, ["4074 1094 8988", "5746 1234"]),
    ("40741094898857461234", 48, ["4074 1094 8988 5746 1234"]),
    ("40741094898857461234", 42, ["4074 1094 8988", "5746 1234"]),  # not 4 + a lone 1
    ("407410948988574612341234", 32, ["4074 1094 8988", "5746 1234 1234"]),
])
def test_token_groups_are_balanced_never_a_lone_group(digits, columns, expected):
    groups = tuple(digits[i : i + 4] for i in range(0, len(digits), 4))
    assert token_lines(groups, columns) == expected
    token = Receipt("t").add(TokenBlock("CREDIT", groups))
    big = [line.text.strip() for line in printed(token, {32: "58mm", 42: "80mm-42",
                                                           48: "80mm"}[columns]).lines
           if line.big]
    assert big == expected


def test_balance_is_the_fewest_lines_then_the_most_even():
    words = "one two three four five six seven".split()
    lines = balance(words, 20)
    assert lines is not None and len(lines) == 2
    assert max(map(len, lines)) - min(map(len, lines)) <= 6
    assert balance(["x" * 10], 5) is None


# -- money, codes and words on paper --------------------------------------------------------------

def prepaid_result() -> VendResult:
    from posapp.domain.sale import Charge

    return vend(units="451.28", tariff="R2-1Q", rate="16.11",
                charges=(Charge("Maintenance Fee For Single Phase Customers.", "2,500.00",
                                "125.00"),),
                extra={"cFee": "105", "sgc": "600045"})


@pytest.mark.parametrize("profile", PROFILES)
def test_every_charge_is_printed_with_its_currency_and_no_unexplained_code(profile):
    sale = record(tokens=(Token(1, "CREDIT", "1" * 20),), result=prepaid_result())
    text = "\n".join(printed(sale_receipt(sale, SHOP, Labels("PREPAID ELECTRICITY")),
                             profile).texts())
    for needle in ("NGN 2,500.00", "NGN 125.00", "NGN 105.00", "@ NGN 16.11/kWh"):
        assert needle in text, needle
    convenience = next(t for t in text.splitlines() if "Convenience fee" in t)
    assert convenience.endswith("NGN 105.00")
    assert "SGC" not in text and "600045" not in text


def test_an_amount_the_provider_garbled_is_printed_as_sent_not_invented():
    from posapp.domain.sale import Charge

    sale = record(result=vend(charges=(Charge("Meter fee", "see office"),)))
    text = "\n".join(printed(sale_receipt(sale, SHOP, Labels("X")), "80mm").texts())
    assert "see office" in text and "NGN see" not in text


@pytest.mark.parametrize("profile", PROFILES)
def test_a_not_paid_refund_slip_never_says_amount_paid(profile):
    out = printed(sale_receipt(record(SaleState.REFUND_DUE), SHOP, Labels("PREPAID")), profile)
    text = "\n".join(out.texts())
    assert "NOT PAID" in text and "Amount paid" not in text
    assert any(t.startswith("Amount to refund") and t.endswith("NGN 1,000.00")
               for t in out.texts())
    paid = "\n".join(printed(sale_receipt(record(SaleState.QUEUED), SHOP, Labels("P")),
                             profile).texts())
    assert "Amount paid" in paid  # a pending sale's cash was taken


@pytest.mark.parametrize("profile", PROFILES)
def test_qr_codes_are_at_error_correction_m(profile):
    sale = record(tokens=(Token(1, "CREDIT", "1" * 20),), result=vend())
    out = printed(sale_receipt(sale, SHOP, Labels("X")), profile)
    assert out.qr_levels == ["M"]


def test_the_qr_level_reader_tells_l_from_m():
    """The decoder's raster reader is itself checked: python-escpos at level L reads L."""
    from escpos import printer as ep

    for level, name in ((0, "L"), (1, "M"), (2, "Q"), (3, "H")):
        dummy = ep.Dummy(profile="POS-5890")
        dummy.charcode("CP850")
        dummy.qr("SMS1434094655818", ec=level, size=5, native=False)
        assert decode(bytes(dummy.output)).qr_levels == [name]


def test_one_drawer_pulse_everywhere(counter, vprinter):
    """The receipt's drawer kick and the supervisor's 'open drawer' send the same pulse."""
    sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"), tendered=NGN("2000"))
    counter.print_sale(sale.id).result(timeout=20)
    counter.open_drawer("owner").result(timeout=20)
    receipt, drawer = vprinter.wait_for_jobs(2)
    assert decode(receipt.raw).pulses == decode(drawer.raw).pulses == [DRAWER_PULSE]
    assert DRAWER_PULSE == bytes([ESC, 0x70, 0, 25, 250])  # pin 2, 50 ms on, 500 ms off


def test_every_slip_fits_and_decodes_strictly(tmp_path: Path):
    """Every kind of slip at every width: the decoder knows every byte, nothing is wider
    than the paper, and no line holds a lone mark."""
    receipts = list(slips_of_a_training_sale().values()) + [
        sale_receipt(record(tokens=(Token(1, "CREDIT", "1" * 20),), result=prepaid_result()),
                     SHOP, Labels("PREPAID ELECTRICITY")),
        report_receipt(Report("z", 1, 0.0, 1.7e9, "owner", training=True,
                              unsettled=[("DEMO0001-000008 IN_DOUBT", "NGN 400.00")]), SHOP),
        Receipt("t").add(Text("x" * 100), Cut(), Text("y"))]
    for profile in PROFILES:
        columns = load_profile(profile).columns
        for receipt in receipts:
            for line in printed(receipt, profile).lines:
                assert len(line.text) * (2 if line.big else 1) <= columns, (profile, line)
                assert line.text.strip() not in ("***", "-", ":"), (profile, line)


@pytest.mark.parametrize("profile", PROFILES)
def test_an_amount_in_a_sentence_is_never_split(profile):
    """"... this payment. NGN" / "300.00 is to be handed back": the currency and the
    number stay on one line, and the printer gets plain spaces (no 0xFF)."""
    for amount in ("300", "12,345.67", "1,000"):
        sale = record(SaleState.REFUND_DUE, amount=amount)
        data = to_escpos(sale_receipt(sale, SHOP, Labels("PREPAID ELECTRICITY")),
                         load_profile(profile))
        texts = decode(data).texts()
        shown = NGN(amount).display()
        sentence = [t for t in texts if "Amount" not in t and "NGN" in t]
        assert sentence and all(shown in t for t in sentence), texts
        assert not any("\xa0" in t for t in texts)  # plain spaces on paper


def test_wrapping_never_loses_or_overflows_a_character():
    """Random labels, values and text (long words, marks, indents, no-break spaces) at
    every width: every printed character is there, in order, and no line is too wide."""
    import random

    rng = random.Random(9)
    alphabet = ["word", "NGN", "***", "-", ":", "x" * 40, "Ọ̀ṣun", "…", "12,500.00",
                "NGN\u00a0300.00", "  ", "a"]

    def phrase() -> str:
        return " ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))

    for _ in range(300):
        left, right, text = phrase(), phrase(), phrase()
        receipt = Receipt("t").add(Pair(left, right), Text(text, rng.choice(["left", "center"])),
                                   TokenBlock("T", tuple(rng.choice(["1234", "5678"])
                                                         for _ in range(rng.randint(1, 7)))))
        for profile in PROFILES:
            p = load_profile(profile)
            lines = lay_out(receipt, p)
            for line in lines:
                assert len(line.text) * (2 if line.big else 1) <= p.columns, (profile, line)
            got = "".join(line.text for line in lines).replace(" ", "")
            want = "".join(printable_(x, p.codepage) for x in (left, right, text)).replace(
                " ", "")
            assert got.startswith(want), (profile, left, right, text)


def printable_(text: str, codepage: str) -> str:
    from posapp.printing.layout import printable

    return printable(text, codepage).replace("\u00a0", " ")
