"""French receipts at both paper widths, through the real network path to the virtual
printer: no English left, every line within the profile's columns, the accents printed
through the profile's code page, amounts written the French way; the journal unchanged."""

from __future__ import annotations

import re

import pytest

from posapp.domain.money import Money
from posapp.i18n import set_language
from posapp.printing.layout import load_profile
from posapp.printing.virtual import VirtualPrinter
from posapp.service import Counter
from tests.conftest import free_port, make_config
from tests.test_receipts import fits, print_and_get
from tests.test_service_efactory import KCT_METER, sell

NGN = Money.parse
NBSP = "\u00a0"


def flat(text: str) -> str:
    """The slip's words on one line (wrapping and padding gone; the printer prints a
    no-break space as a plain space)."""
    return " ".join(text.split())

# What our own receipts say in English. A French receipt must contain none of these words
# (word-bounded, case-sensitive as printed); words that are the same in French (Date,
# Terminal, Signature, Total, Type, PIN, Profil...) are not listed.
ENGLISH = ["Receipt", "RECEIPT", "Cashier", "Amount", "paid", "Change", "Cash", "received",
           "Token", "TOKEN", "Units", "Tariff", "Reference", "Product", "Customer", "Meter",
           "PREPAID", "ELECTRICITY", "BILL", "Keep", "slip", "PENDING", "PAYMENT", "REFUND",
           "NOT PAID", "DUE", "handed back", "provider", "Reason", "COPY", "REPORT", "SHIFT",
           "TAKEN", "Sales", "completed", "PAID BY", "No sales", "From", "To", "Closed by",
           "first sale", "Enter the tokens", "order", "Key change", "Credit", "Fee",
           "Customers", "VAT", "Maintenance", "signature", "network", "confirmed",
           "will be", "Plan", "sale(s)", "NOT YET SETTLED", "queued", "in doubt", "Hand back",
           "Bills", "commission", "PRINTER TEST", "SAMPLE", "Columns",
           "If you can read this", "printing works"]
# Not ours to translate: the shop's name and address (settings), the customer's name and
# the provider's tariff code (provider data).
SHOP_TEXT = ("Demo Energy Shop", "12 Market Road, Ibadan")


def english_left(text: str) -> list[str]:
    for allowed in SHOP_TEXT:
        text = text.replace(allowed, "")
    words = [w for w in ENGLISH if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", text)]
    # an amount written the English way: "NGN 1,000.00", "RWF 5,000"
    return words + re.findall(r"\b(?:NGN|RWF|XAF|USD) -?\d[\d,.]*", text)


@pytest.fixture(params=["58mm", "80mm"])
def french_shop(request, tmp_path, sandbox, secrets):
    """A counter set to French, printing to a virtual printer of one paper width."""
    from posapp.resources import resource

    out = tmp_path / f"receipts-{request.param}"
    with VirtualPrinter(out, profile_name=request.param) as printer:
        config = make_config(tmp_path, sandbox.base_url, printer.port, profile=request.param)
        config.set("terminal.logo", str(resource("logo-demo.png")))
        config.set("terminal.language", "fr")
        config.set("terminal.receipt_footer", "Merci. Gardez ce reçu.")
        counter = Counter(config, secrets)
        yield counter, printer, load_profile(request.param)
        counter.stop()
    set_language("en")  # the rest of the suite reads English


def test_english_check_catches_an_english_receipt():
    """The check itself can fail: an English line is found, a French one is not."""
    assert english_left("Amount paid    NGN 1,000.00\nReceipt 0001") == [
        "Receipt", "Amount", "paid", "NGN 1,000.00"]
    assert english_left("Montant payé   1\u00a0000,00 NGN\nReçu 0001") == []


def test_french_prepaid_receipt_with_key_change_tokens(french_shop, sandbox):
    counter, printer, profile = french_shop
    sale = sell(counter, KCT_METER, "7500", tendered=NGN("10000"))
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    text = job.text
    assert english_left(text) == [], text
    for french in ("ÉLECTRICITÉ PRÉPAYÉE", "Reçu", "Caissier", "Compteur", "Montant payé",
                   "Espèces reçues", "Monnaie rendue", "Unités (kWh)", "Jeton de crédit",
                   "Saisissez les jetons dans cet ordre", f"7{NBSP}500,00 NGN",
                   f"2{NBSP}500,00 NGN"):
        assert flat(french).upper() in flat(text).upper(), french
    assert job.png is not None and job.png.exists()
    # only what people see changed: the journal keeps the amount in minor units and the
    # provider got its usual decimal amount
    stored = counter.journal.sale(sale.id)
    assert stored.amount == Money(750000, "NGN") and stored.tendered == Money(1000000, "NGN")
    assert "7500" in str(stored.request) and "7\u00a0500" not in str(stored.request)


def test_french_pending_and_refund_slips(french_shop, sandbox):
    counter, printer, profile = french_shop
    sandbox.set_fault("code", target="pay", code="07")
    refused = sell(counter)
    job = print_and_get(counter, printer, refused.id)
    fits(job, profile.columns)
    assert "À REMBOURSER" in job.text and "1 000,00 NGN" in flat(job.text)
    assert english_left(job.text) == [], job.text
    sandbox.clear_faults()
    counter.config.set("efactory.base_url", f"http://127.0.0.1:{free_port()}")
    counter.clients.forget()
    pending = counter.sell("efactory.postpaid", "1010101010", NGN("500"))
    job = print_and_get(counter, printer, pending.id)
    fits(job, profile.columns)
    assert "EN ATTENTE" in job.text and pending.idem_key in job.text
    assert english_left(job.text) == [], job.text


def test_french_reports_and_test_page(french_shop, sandbox):
    counter, printer, profile = french_shop
    sell(counter, amount="1000")
    sell(counter, "1010101010", "2500", product="efactory.postpaid")
    counter.print_report(counter.report("shift")).result(timeout=20)
    printer.wait_for_jobs(1)
    counter.print_report(counter.close_report("z", "owner")).result(timeout=20)
    printer.wait_for_jobs(2)
    counter.printing.submit_test_page().result(timeout=20)
    jobs = printer.wait_for_jobs(3)
    for job in jobs:
        fits(job, profile.columns)
        assert english_left(job.text) == [], job.text
    assert "RAPPORT DE SERVICE" in jobs[0].text and "3 500,00 NGN" in flat(jobs[0].text)
    assert "RAPPORT Z N° 1" in jobs[1].text
    assert "TEST D'IMPRIMANTE" in jobs[2].text and "l'impression fonctionne" in flat(jobs[2].text)


@pytest.mark.parametrize("currency,typed,shown", [("RWF", "5000", "5 000 RWF"),
                                                  ("XAF", "250000", "250 000 XAF"),
                                                  ("NGN", "7500.5", "7 500,50 NGN")])
def test_french_goods_receipt_in_each_currency(french_shop, currency, typed, shown):
    """Whole-unit currencies print no minor unit; the French grouping and the code after
    the amount; the journal keeps integer minor units."""
    counter, printer, profile = french_shop
    counter.config.set("shop.goods", True)
    counter.config.set("shop.also_in", ["RWF", "XAF"])
    key = "shop.goods" if currency == "NGN" else f"shop.goods.{currency}"
    sale = counter.sell(key, "", Money.parse(typed, currency),
                        tendered=Money.parse(typed, currency))
    job = print_and_get(counter, printer, sale.id)
    fits(job, profile.columns)
    assert shown in flat(job.text) and english_left(job.text) == [], job.text
    assert "VENTE" in job.text
    assert counter.journal.sale(sale.id).amount == Money.parse(typed, currency)
