"""Receipt contents for each kind of slip, from the journal's records. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from posapp.domain.money import Money, MoneyError
from posapp.domain.records import Report, SaleRecord
from posapp.domain.sale import SaleState, Token
from posapp.printing.model import (
    QR,
    Block,
    Cut,
    Feed,
    Logo,
    Pair,
    Receipt,
    Rule,
    Text,
    TokenBlock,
)


@dataclass(frozen=True)
class Shop:
    name: str
    address: str
    terminal_id: str
    footer: str
    logo: str = ""


@dataclass(frozen=True)
class Labels:
    """What the provider packages call things on paper: the product's title, the account
    ("Meter", "Smartcard"), the provider's reference, and how the customer paid."""

    title: str
    account: str = "Account"
    reference: str = "Reference"
    tender: str = "Cash"
    pins_on_slip: bool = False  # batch paycodes: the owner prints each one-time PIN


def _header(shop: Shop, title: str, copy_no: int) -> list[Block]:
    blocks: list[Block] = [Logo(shop.logo)] if shop.logo else []
    blocks.append(Text(shop.name, "center", bold=True, big=True))
    if shop.address:
        blocks.append(Text(shop.address, "center"))
    # The training mark is the layout's: it heads and ends every slip of a training receipt.
    if copy_no:
        blocks.append(Text(f"*** COPY {copy_no} ***", "center", bold=True))
    blocks += [Rule("="), Text(title, "center", bold=True), Rule("=")]
    return blocks


def sale_receipt(sale: SaleRecord, shop: Shop, labels: Labels, copy_no: int = 0,
                 open_drawer: bool = False) -> Receipt:
    """The customer's receipt for a vended sale, or a pending slip for one still owed."""
    if sale.tokens and all(t.kind == "PAYCODE" for t in sale.tokens):
        return paycode_slips(sale, shop, labels, copy_no, open_drawer)
    pending = sale.state in (SaleState.QUEUED, SaleState.IN_DOUBT, SaleState.VENDING,
                             SaleState.COLLECTED)
    refund = sale.state in (SaleState.REFUND_DUE, SaleState.VEND_FAILED)
    title = labels.title
    kind = receipt_kind(sale)
    r = Receipt(kind, copy_no=copy_no, open_drawer=open_drawer and kind != "refund",
                training=sale.training)
    suffix = {"pending": " - PENDING", "refund": " - NOT PAID"}.get(kind, "")
    r.add(*_header(shop, title + suffix, copy_no))
    when = datetime.fromtimestamp(sale.created_at).strftime("%d/%m/%Y %H:%M")
    r.add(Pair("Receipt", sale.receipt_no), Pair("Date", when),
          Pair("Terminal", sale.terminal_id), Pair("Cashier", sale.cashier))
    r.add(Rule())
    if sale.request.get("product_name"):
        r.add(Pair("Product", sale.request["product_name"]))
    if sale.request.get("plan_name"):
        r.add(Pair("Plan", sale.request["plan_name"].strip()))
    if sale.account:
        r.add(Pair(labels.account, sale.account))
    if sale.customer_name:
        r.add(Pair("Customer", sale.customer_name))
    # A refund slip's title says NOT PAID: the amount is what goes back, not what was paid.
    r.add(Pair("Amount to refund" if refund else "Amount paid", sale.amount.display(),
               bold=True))
    if sale.tender != "cash":
        r.add(Pair("Paid by", labels.tender))
        if sale.collect_ref:
            r.add(Pair("Payment ref", sale.collect_ref))
    if sale.tendered is not None and sale.tendered.minor > sale.amount.minor:
        r.add(Pair("Cash received", sale.tendered.display()),
              Pair("Change", (sale.tendered - sale.amount).display()))
    res = sale.result
    if refund:
        r.add(Rule(), Text("REFUND DUE", "center", bold=True, big=True),
              Text(f"The provider did not accept this payment. {_unbroken(sale.amount)} "
                   "is to be handed back to the customer.", "center"), Feed())
        if sale.message:
            r.add(Text(f"Reason: {sale.message}"))
        r.add(Pair("Reference", sale.idem_key),
              Feed(), Text("Customer signature: ____________", "left"))
    elif pending:
        why = ("Your payment is recorded and will be completed when the network returns."
               if sale.state in (SaleState.QUEUED, SaleState.COLLECTED) else
               "Your payment is being confirmed with the provider.")
        r.add(Rule(), Text("PAYMENT PENDING", "center", bold=True, big=True),
              Text(f"{why} Keep this slip: your receipt and any token can be reprinted "
                   "with this reference.", "center"),
              Feed(), Pair("Reference", sale.idem_key, bold=True))
    elif res is not None:
        r.add(Pair(labels.reference, res.provider_ref))
        if res.units:
            r.add(Pair("Units (kWh)", res.units, bold=True))
        cur = sale.amount.currency
        if res.tariff:
            rate = f" @ {_money(res.rate, cur)}/kWh" if res.rate else ""
            r.add(Pair("Tariff", res.tariff + rate))
        for c in res.charges:
            r.add(Pair(c.description, _money(c.amount, cur)))
            if c.tax:
                r.add(Pair("  VAT", _money(c.tax, cur)))
        if "cFee" in res.extra:
            r.add(Pair("Convenience fee", _money(res.extra["cFee"], cur)))
        # eFactory's `sgc` is not printed: its doc gives it no meaning for the customer
        # (it stays in the journal with the rest of the provider's answer).
    pins = [t for t in sale.tokens if t.kind == "PIN"]
    if sale.tokens and not pins:
        r.add(Rule("="))
        many = len(sale.tokens) > 1
        paycodes = all(t.kind == "PAYCODE" for t in sale.tokens)
        if many and not paycodes:
            r.add(Text("Enter the tokens in this order:", "center", bold=True))
        for n, token in enumerate(sale.tokens, 1):
            if n > 1:
                r.add(Feed())  # a line between tokens: each one read and keyed on its own
            if paycodes:  # one code per beneficiary, not a sequence to key in
                label = f"Paycode for {token.serial}" if token.serial else "Paycode"
            else:
                label = f"{n}. {token_title(token)}" if many else token_title(token)
            r.add(TokenBlock(label.upper(), tuple(token.grouped().split())))
        r.add(Rule("="))
    if res is not None and res.extra.get("pin_message"):
        r.add(Text(res.extra["pin_message"]))
    if pins:
        r.add(Pair("PINs", f"{len(pins)}, each on its own slip", bold=True))
    r.add(Feed(), QR(receipt_qr(sale)), Text(sale.provider_ref or sale.idem_key, "center"))
    if shop.footer:
        r.add(Text(shop.footer, "center"))
    for n, pin in enumerate(pins, 1):
        r.add(Cut(), Text(shop.name, "center", bold=True),
              Text(f"{sale.request.get('product_name') or 'EXAM'} PIN {n} of {len(pins)}",
                   "center", bold=True))
        if copy_no:
            r.add(Text(f"*** COPY {copy_no} ***", "center", bold=True))
        r.add(Rule("="), TokenBlock("PIN", tuple(pin.grouped().split())), Rule("="),
              Pair("Serial", pin.serial or "-"), Pair("Expires", pin.expires or "no expiry"),
              Pair("Receipt", sale.receipt_no))
    return r


#: the receipt's QR code: this prefix and the receipt number. A scanner at the counter types
#: it back, and the counter sells the same product to the same meter again.
RECEIPT_QR = "POSAPP:R:"


def receipt_qr(sale: SaleRecord) -> str:
    """What a sale receipt's QR code holds (short: a small, robust symbol)."""
    return f"{RECEIPT_QR}{sale.receipt_no}"


def token_title(token: Token) -> str:
    """What a token is called on paper: "Credit token", "Key change 1 token", and a plain
    "Token" (never "Token token") when the provider calls it just that."""
    label = token.label
    return label if label.lower().split()[-1:] == ["token"] else f"{label} token"


def _unbroken(amount: Money) -> str:
    """An amount inside a sentence: no-break spaces, so "NGN" never ends a line alone."""
    return amount.display().replace(" ", "\u00a0")


def _money(amount: str, currency: str) -> str:
    """A provider's amount ("2,500.00", 105) in the sale's currency, as every amount on the
    slip is printed; text that is not an amount is printed as the provider sent it."""
    try:
        return Money.parse(str(amount).strip(), currency).display()
    except MoneyError:
        return str(amount)


def _paycode_expiry(text: str) -> str:
    """The journal's "YYYY-MM-DD HH:MM" (Nigerian time) as the receipts write dates."""
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text or "-"


def _kobo(text: object, currency: str) -> str:
    value = str(text or "")
    return Money(int(value), currency).display() if value.isascii() and value.isdigit() else "-"


def paycode_slips(sale: SaleRecord, shop: Shop, labels: Labels, copy_no: int = 0,
                  open_drawer: bool = False) -> Receipt:
    """A vended paycode batch: the payer's summary (with any beneficiary not issued and the
    cash to hand back), then one slip per paycode for its beneficiary. One-time PINs only
    when the owner turned `pins_on_slip` on."""
    res = sale.result
    extra = res.extra if res is not None else {}
    body = sale.request.get("body", {}) if isinstance(sale.request, dict) else {}
    entries = [e for e in body.get("entries", []) if isinstance(e, dict)]
    cur = sale.amount.currency
    r = Receipt(receipt_kind(sale), copy_no=copy_no, open_drawer=open_drawer,
                training=sale.training)
    r.add(*_header(shop, labels.title, copy_no))
    when = datetime.fromtimestamp(sale.created_at).strftime("%d/%m/%Y %H:%M")
    r.add(Pair("Receipt", sale.receipt_no), Pair("Date", when),
          Pair("Terminal", sale.terminal_id), Pair("Cashier", sale.cashier), Rule(),
          Pair("Amount paid", sale.amount.display(), bold=True))
    if sale.tendered is not None and sale.tendered.minor > sale.amount.minor:
        r.add(Pair("Cash received", sale.tendered.display()),
              Pair("Change", (sale.tendered - sale.amount).display()))
    if res is not None:
        r.add(Pair(labels.reference, res.provider_ref))
    issued = {t.index for t in sale.tokens}
    r.add(Pair("Paycodes issued", f"{len(issued)} of {len(entries) or len(issued)}",
               bold=True))
    missing = [(n, e) for n, e in enumerate(entries, 1) if n not in issued]
    if missing:
        r.add(Rule(), Text("NOT ISSUED", "center", bold=True, big=True))
        for _, e in missing:
            r.add(Pair(str(e.get("beneficiaryNumber", "")), _kobo(e.get("amount"), cur)))
        r.add(Pair("Hand back", _kobo(extra.get("not_issued_minor"), cur), bold=True))
    r.add(Rule(), Text("Each beneficiary's paycode is on its own slip below.", "center"))
    if shop.footer:
        r.add(Text(shop.footer, "center"))
    channel = str(body.get("channel", ""))
    for n, token in enumerate(sale.tokens, 1):
        entry = entries[token.index - 1] if 0 < token.index <= len(entries) else {}
        r.add(Cut(), Text(shop.name, "center", bold=True),
              Text(f"{labels.title} {n} of {len(sale.tokens)}", "center", bold=True))
        if copy_no:  # the training mark is added at every cut by the layout
            r.add(Text(f"*** COPY {copy_no} ***", "center", bold=True))
        phone = token.serial or str(entry.get("beneficiaryNumber", ""))
        r.add(Rule("="), TokenBlock(f"PAYCODE FOR {phone}", tuple(token.grouped().split())),
              Rule("="),
              Pair("Amount", _kobo(extra.get(f"amount_minor.{token.index}",
                                              entry.get("amount")), cur), bold=True),
              Pair("Expires", _paycode_expiry(token.expires), bold=True),
              Pair("Surcharge", _kobo(extra.get(f"surcharge_minor.{token.index}"), cur)))
        if channel:
            r.add(Pair("Cash out at", channel))
        if labels.pins_on_slip and entry.get("oneTimePin"):
            r.add(Pair("One-time PIN", str(entry["oneTimePin"]), bold=True))
        r.add(Text("The surcharge is charged when the paycode is cashed out. Cash out "
                   "before it expires.", "center"),
              Pair("Receipt", sale.receipt_no))
    return r


def receipt_kind(sale: SaleRecord) -> str:
    """Which slip this sale gets: sale, pending or refund."""
    if sale.state in (SaleState.REFUND_DUE, SaleState.VEND_FAILED):
        return "refund"
    if sale.state in (SaleState.VENDED, SaleState.PRINTED):
        return "sale"
    return "pending"


def report_receipt(report: Report, shop: Shop, copy_no: int = 0) -> Receipt:
    """Shift (X) or end-of-day (Z) report."""
    title = {"shift": "SHIFT REPORT", "z": f"Z REPORT No {report.number}"}[report.kind]
    r = Receipt(f"report-{report.kind}", copy_no=copy_no, training=report.training)
    r.add(*_header(shop, title, copy_no))
    fmt = "%d/%m/%Y %H:%M"
    r.add(Pair("From", datetime.fromtimestamp(report.start).strftime(fmt) if report.start
               else "first sale"),
          Pair("To", datetime.fromtimestamp(report.end).strftime(fmt)),
          Pair("Terminal", shop.terminal_id), Pair("Closed by", report.actor or "-"), Rule())
    if not report.lines:
        r.add(Text("No sales in this period.", "center"))
    for line in report.lines:
        r.add(Text(line.label, bold=True),
              Pair(f"  {line.count} sale(s)", line.total.display()))
    r.add(Rule("="))
    for currency_total in report.totals:
        r.add(Pair("TOTAL TAKEN", currency_total.display(), bold=True))
    r.add(Pair("Sales completed", str(report.completed)))
    if report.tenders:
        r.add(Text("PAID BY", bold=True))
        for line in report.tenders:
            r.add(Pair(f"  {line.label} ({line.count})", line.total.display()))
    for m in report.margin:
        r.add(Pair("Bills margin (commission)", m.display()))
    if report.refund_due:
        r.add(Rule(), Text("REFUNDS DUE (cash to hand back)", bold=True))
        for sale_line in report.refund_due:
            r.add(Pair(f"  {sale_line[0]}", sale_line[1]))
    if report.unsettled:
        r.add(Rule(), Text("NOT YET SETTLED (queued / in doubt)", bold=True))
        for sale_line in report.unsettled:
            r.add(Pair(f"  {sale_line[0]}", sale_line[1]))
    r.add(Feed(), Text("Signature: ____________________", "left"))
    return r


def printer_test_page(shop: Shop, profile_name: str, columns: int) -> Receipt:
    r = Receipt("test")
    r.add(*_header(shop, "PRINTER TEST", 0))
    r.add(Pair("Profile", profile_name), Pair("Columns", str(columns)),
          Text("".join(str(i % 10) for i in range(columns))),
          Pair("Date", datetime.now().strftime("%d/%m/%Y %H:%M")),
          TokenBlock("SAMPLE TOKEN", ("1234", "5678", "9012", "3456", "7890")),
          QR("posapp printer test"), Text("If you can read this, printing works.", "center"))
    return r
