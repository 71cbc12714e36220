"""Receipt contents for each kind of slip, from the journal's records. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from posapp.domain.money import Money, MoneyError
from posapp.domain.records import Report, SaleRecord
from posapp.domain.sale import SaleState, Token
from posapp.i18n import tr, tr_message
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
        blocks.append(Text(tr("*** COPY %1 ***", copy_no), "center", bold=True))
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
    title = tr(labels.title)
    kind = receipt_kind(sale)
    r = Receipt(kind, copy_no=copy_no, open_drawer=open_drawer and kind != "refund",
                training=sale.training)
    suffix = {"pending": tr(" - PENDING"), "refund": tr(" - NOT PAID")}.get(kind, "")
    r.add(*_header(shop, title + suffix, copy_no))
    when = datetime.fromtimestamp(sale.created_at).strftime("%d/%m/%Y %H:%M")
    r.add(Pair(tr("Receipt"), sale.receipt_no), Pair(tr("Date"), when),
          Pair(tr("Terminal"), sale.terminal_id), Pair(tr("Cashier"), sale.cashier))
    r.add(Rule())
    if sale.request.get("product_name"):
        r.add(Pair(tr("Product"), tr(sale.request["product_name"])))
    if sale.request.get("plan_name"):
        r.add(Pair(tr("Plan"), sale.request["plan_name"].strip()))
    if sale.account:
        r.add(Pair(tr(labels.account), sale.account))
    if sale.customer_name:
        r.add(Pair(tr("Customer"), sale.customer_name))
    # A refund slip's title says NOT PAID: the amount is what goes back, not what was paid.
    r.add(Pair(tr("Amount to refund") if refund else tr("Amount paid"), sale.amount.display(),
               bold=True))
    if sale.tender != "cash":
        r.add(Pair(tr("Paid by"), tr(labels.tender)))
        if sale.collect_ref:
            r.add(Pair(tr("Payment ref"), sale.collect_ref))
    if sale.tendered is not None and sale.tendered.minor > sale.amount.minor:
        r.add(Pair(tr("Cash received"), sale.tendered.display()),
              Pair(tr("Change"), (sale.tendered - sale.amount).display()))
    res = sale.result
    if refund:
        r.add(Rule(), Text(tr("REFUND DUE"), "center", bold=True, big=True),
              Text(tr("The provider did not accept this payment. %1 is to be handed back to "
                      "the customer.", _unbroken(sale.amount)), "center"), Feed())
        if sale.message:
            r.add(Text(tr("Reason: %1", tr_message(sale.message))))
        r.add(Pair(tr("Reference"), sale.idem_key),
              Feed(), Text(tr("Customer signature: ____________"), "left"))
    elif pending:
        why = (tr("Your payment is recorded and will be completed when the network returns.")
               if sale.state in (SaleState.QUEUED, SaleState.COLLECTED) else
               tr("Your payment is being confirmed with the provider."))
        keep = tr("Keep this slip: your receipt and any token can be reprinted with this "
                  "reference.")
        r.add(Rule(), Text(tr("PAYMENT PENDING"), "center", bold=True, big=True),
              Text(f"{why} {keep}", "center"),
              Feed(), Pair(tr("Reference"), sale.idem_key, bold=True))
    elif res is not None:
        r.add(Pair(tr(labels.reference), res.provider_ref))
        if res.units:
            r.add(Pair(tr("Units (kWh)"), res.units, bold=True))
        cur = sale.amount.currency
        if res.tariff:
            rate = f" @ {_money(res.rate, cur)}/kWh" if res.rate else ""
            r.add(Pair(tr("Tariff"), res.tariff + rate))
        for c in res.charges:
            r.add(Pair(tr(c.description), _money(c.amount, cur)))
            if c.tax:
                r.add(Pair("  " + tr("VAT"), _money(c.tax, cur)))
        if "cFee" in res.extra:
            r.add(Pair(tr("Convenience fee"), _money(res.extra["cFee"], cur)))
        # eFactory's `sgc` is not printed: its doc gives it no meaning for the customer
        # (it stays in the journal with the rest of the provider's answer).
    pins = [t for t in sale.tokens if t.kind == "PIN"]
    if sale.tokens and not pins:
        r.add(Rule("="))
        many = len(sale.tokens) > 1
        paycodes = all(t.kind == "PAYCODE" for t in sale.tokens)
        if many and not paycodes:
            r.add(Text(tr("Enter the tokens in this order:"), "center", bold=True))
        for n, token in enumerate(sale.tokens, 1):
            if n > 1:
                r.add(Feed())  # a line between tokens: each one read and keyed on its own
            if paycodes:  # one code per beneficiary, not a sequence to key in
                label = tr("Paycode for %1", token.serial) if token.serial else tr("Paycode")
            else:
                label = f"{n}. {token_title(token)}" if many else token_title(token)
            r.add(TokenBlock(label.upper(), tuple(token.grouped().split())))
        r.add(Rule("="))
    if res is not None and res.extra.get("pin_message"):
        r.add(Text(tr(res.extra["pin_message"])))
    if pins:
        r.add(Pair(tr("PINs"), tr("%1, each on its own slip", len(pins)), bold=True))
    r.add(Feed(), QR(receipt_qr(sale)), Text(sale.provider_ref or sale.idem_key, "center"))
    if shop.footer:
        r.add(Text(shop.footer, "center"))
    for n, pin in enumerate(pins, 1):
        r.add(Cut(), Text(shop.name, "center", bold=True),
              Text(tr("%1 PIN %2 of %3", tr(sale.request.get("product_name") or "EXAM"), n,
                      len(pins)), "center", bold=True))
        if copy_no:
            r.add(Text(tr("*** COPY %1 ***", copy_no), "center", bold=True))
        r.add(Rule("="), TokenBlock(tr("PIN"), tuple(pin.grouped().split())), Rule("="),
              Pair(tr("Serial"), pin.serial or "-"),
              Pair(tr("Expires"), pin.expires or tr("no expiry")),
              Pair(tr("Receipt"), sale.receipt_no))
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
    return tr(label if label.lower().split()[-1:] == ["token"] else f"{label} token")


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
    r.add(*_header(shop, tr(labels.title), copy_no))
    when = datetime.fromtimestamp(sale.created_at).strftime("%d/%m/%Y %H:%M")
    r.add(Pair(tr("Receipt"), sale.receipt_no), Pair(tr("Date"), when),
          Pair(tr("Terminal"), sale.terminal_id), Pair(tr("Cashier"), sale.cashier), Rule(),
          Pair(tr("Amount paid"), sale.amount.display(), bold=True))
    if sale.tendered is not None and sale.tendered.minor > sale.amount.minor:
        r.add(Pair(tr("Cash received"), sale.tendered.display()),
              Pair(tr("Change"), (sale.tendered - sale.amount).display()))
    if res is not None:
        r.add(Pair(tr(labels.reference), res.provider_ref))
    issued = {t.index for t in sale.tokens}
    r.add(Pair(tr("Paycodes issued"), tr("%1 of %2", len(issued), len(entries) or len(issued)),
               bold=True))
    missing = [(n, e) for n, e in enumerate(entries, 1) if n not in issued]
    if missing:
        r.add(Rule(), Text(tr("NOT ISSUED"), "center", bold=True, big=True))
        for _, e in missing:
            r.add(Pair(str(e.get("beneficiaryNumber", "")), _kobo(e.get("amount"), cur)))
        r.add(Pair(tr("Hand back"), _kobo(extra.get("not_issued_minor"), cur), bold=True))
    r.add(Rule(), Text(tr("Each beneficiary's paycode is on its own slip below."), "center"))
    if shop.footer:
        r.add(Text(shop.footer, "center"))
    channel = str(body.get("channel", ""))
    for n, token in enumerate(sale.tokens, 1):
        entry = entries[token.index - 1] if 0 < token.index <= len(entries) else {}
        r.add(Cut(), Text(shop.name, "center", bold=True),
              Text(tr("%1 %2 of %3", tr(labels.title), n, len(sale.tokens)), "center",
                   bold=True))
        if copy_no:  # the training mark is added at every cut by the layout
            r.add(Text(tr("*** COPY %1 ***", copy_no), "center", bold=True))
        phone = token.serial or str(entry.get("beneficiaryNumber", ""))
        r.add(Rule("="), TokenBlock(tr("PAYCODE FOR %1", phone), tuple(token.grouped().split())),
              Rule("="),
              Pair(tr("Amount"), _kobo(extra.get(f"amount_minor.{token.index}",
                                              entry.get("amount")), cur), bold=True),
              Pair(tr("Expires"), _paycode_expiry(token.expires), bold=True),
              Pair(tr("Surcharge"), _kobo(extra.get(f"surcharge_minor.{token.index}"), cur)))
        if channel:
            r.add(Pair(tr("Cash out at"), channel))
        if labels.pins_on_slip and entry.get("oneTimePin"):
            r.add(Pair(tr("One-time PIN"), str(entry["oneTimePin"]), bold=True))
        r.add(Text(tr("The surcharge is charged when the paycode is cashed out. Cash out "
                      "before it expires."), "center"),
              Pair(tr("Receipt"), sale.receipt_no))
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
    title = {"shift": tr("SHIFT REPORT"), "z": tr("Z REPORT No %1", report.number)}[report.kind]
    r = Receipt(f"report-{report.kind}", copy_no=copy_no, training=report.training)
    r.add(*_header(shop, title, copy_no))
    fmt = "%d/%m/%Y %H:%M"
    r.add(Pair(tr("From"), datetime.fromtimestamp(report.start).strftime(fmt) if report.start
               else tr("first sale")),
          Pair(tr("To"), datetime.fromtimestamp(report.end).strftime(fmt)),
          Pair(tr("Terminal"), shop.terminal_id), Pair(tr("Closed by"), report.actor or "-"),
          Rule())
    if not report.lines:
        r.add(Text(tr("No sales in this period."), "center"))
    for line in report.lines:
        r.add(Text(tr(line.label), bold=True),
              Pair("  " + tr("%1 sale(s)", line.count), line.total.display()))
    r.add(Rule("="))
    for currency_total in report.totals:
        r.add(Pair(tr("TOTAL TAKEN"), currency_total.display(), bold=True))
    r.add(Pair(tr("Sales completed"), str(report.completed)))
    if report.tenders:
        r.add(Text(tr("PAID BY"), bold=True))
        for line in report.tenders:
            r.add(Pair(f"  {tr(line.label)} ({line.count})", line.total.display()))
    for m in report.margin:
        r.add(Pair(tr("Bills margin (commission)"), m.display()))
    if report.refund_due:
        r.add(Rule(), Text(tr("REFUNDS DUE (cash to hand back)"), bold=True))
        for sale_line in report.refund_due:
            r.add(Pair(f"  {sale_line[0]}", sale_line[1]))
    if report.unsettled:
        r.add(Rule(), Text(tr("NOT YET SETTLED (queued / in doubt)"), bold=True))
        for sale_line in report.unsettled:
            r.add(Pair(f"  {sale_line[0]}", sale_line[1]))
    r.add(Feed(), Text(tr("Signature: ____________________"), "left"))
    return r


def printer_test_page(shop: Shop, profile_name: str, columns: int) -> Receipt:
    r = Receipt("test")
    r.add(*_header(shop, tr("PRINTER TEST"), 0))
    r.add(Pair(tr("Profile"), profile_name), Pair(tr("Columns"), str(columns)),
          Text("".join(str(i % 10) for i in range(columns))),
          Pair(tr("Date"), datetime.now().strftime("%d/%m/%Y %H:%M")),
          TokenBlock(tr("SAMPLE TOKEN"), ("1234", "5678", "9012", "3456", "7890")),
          QR("posapp printer test"), Text(tr("If you can read this, printing works."), "center"))
    return r
