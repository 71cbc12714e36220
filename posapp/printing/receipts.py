"""Receipt contents for each kind of slip, from the journal's records. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from posapp.domain.sale import SaleState
from posapp.printing.model import QR, Feed, Pair, Receipt, Rule, Text, TokenBlock
from posapp.store.journal import SaleRecord


@dataclass(frozen=True)
class Shop:
    name: str
    address: str
    terminal_id: str
    footer: str


PRODUCT_TITLES = {
    "efactory.prepaid": "PREPAID ELECTRICITY",
    "efactory.postpaid": "ELECTRICITY BILL",
    "efactory.reconnection": "RECONNECTION FEE",
    "efactory.new_meter": "NEW METER PAYMENT",
}


def _header(shop: Shop, title: str, sale: SaleRecord | None, copy_no: int) -> list:
    blocks: list = [Text(shop.name, "center", bold=True, big=True)]
    if shop.address:
        blocks.append(Text(shop.address, "center"))
    if sale is not None and sale.training:
        blocks.append(Text("*** TRAINING - NOT A REAL SALE ***", "center", bold=True))
    if copy_no:
        blocks.append(Text(f"*** COPY {copy_no} ***", "center", bold=True))
    blocks += [Rule("="), Text(title, "center", bold=True), Rule("=")]
    return blocks


def sale_receipt(sale: SaleRecord, shop: Shop, copy_no: int = 0,
                 open_drawer: bool = False) -> Receipt:
    """The customer's receipt for a vended sale, or a pending slip for one still owed."""
    pending = sale.state in (SaleState.QUEUED, SaleState.IN_DOUBT, SaleState.VENDING,
                             SaleState.COLLECTED)
    title = PRODUCT_TITLES.get(sale.product, sale.product.upper())
    r = Receipt("pending" if pending else "sale", copy_no=copy_no, open_drawer=open_drawer)
    r.add(*_header(shop, title + (" - PENDING" if pending else ""), sale, copy_no))
    when = datetime.fromtimestamp(sale.created_at).strftime("%d/%m/%Y %H:%M")
    r.add(Pair("Receipt", sale.receipt_no), Pair("Date", when),
          Pair("Terminal", sale.terminal_id), Pair("Cashier", sale.cashier))
    r.add(Rule())
    label = "Meter" if sale.product == "efactory.prepaid" else "Account"
    r.add(Pair(label, sale.account))
    if sale.customer_name:
        r.add(Pair("Customer", sale.customer_name))
    r.add(Pair("Amount paid", sale.amount.display(), bold=True))
    if sale.tendered is not None and sale.tendered.minor > sale.amount.minor:
        r.add(Pair("Cash received", sale.tendered.display()),
              Pair("Change", (sale.tendered - sale.amount).display()))
    res = sale.result
    if pending:
        r.add(Rule(), Text("PAYMENT PENDING", "center", bold=True, big=True),
              Text("Your payment is recorded and will be completed when the network "
                   "returns. Keep this slip: your token can be reprinted with this "
                   "reference.", "center"),
              Pair("Reference", sale.idem_key, bold=True))
    elif res is not None:
        r.add(Pair("eFactory ref", res.provider_ref))
        if res.units:
            r.add(Pair("Units (kWh)", res.units, bold=True))
        if res.tariff:
            r.add(Pair("Tariff", res.tariff + (f" @ {res.rate}/kWh" if res.rate else "")))
        for c in res.charges:
            r.add(Pair(c.description, c.amount))
            if c.tax:
                r.add(Pair("  VAT", c.tax))
        for key, label_ in (("cFee", "Convenience fee"), ("sgc", "SGC")):
            if key in res.extra:
                r.add(Pair(label_, res.extra[key]))
    if sale.tokens:
        r.add(Rule("="))
        many = len(sale.tokens) > 1
        if many:
            r.add(Text("Enter the tokens in this order:", "center", bold=True))
        for n, token in enumerate(sale.tokens, 1):
            label = f"{n}. {token.label} token" if many else f"{token.label} token"
            r.add(TokenBlock(label.upper(), tuple(token.grouped().split())))
        r.add(Rule("="))
    r.add(Feed(), QR(sale.provider_ref or sale.idem_key),
          Text(sale.provider_ref or sale.idem_key, "center"))
    if shop.footer:
        r.add(Text(shop.footer, "center"))
    return r


def test_page(shop: Shop, profile_name: str, columns: int) -> Receipt:
    r = Receipt("test")
    r.add(*_header(shop, "PRINTER TEST", None, 0))
    r.add(Pair("Profile", profile_name), Pair("Columns", str(columns)),
          Text("".join(str(i % 10) for i in range(columns))),
          Pair("Date", datetime.now().strftime("%d/%m/%Y %H:%M")),
          TokenBlock("SAMPLE TOKEN", ("1234", "5678", "9012", "3456", "7890")),
          QR("posapp printer test"), Text("If you can read this, printing works.", "center"))
    return r
