"""Selling from the command line: the menu, look-ups, sales, history and reprints."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from posapp.cli.common import Handler, add_json, counter_of, out, sale_text
from posapp.cli.queue import held_advice
from posapp.domain.errors import InputError, NotDelivered, PosError


def register(sub: Any) -> dict[str, Handler]:
    ls = sub.add_parser("list", help="products we sell, a bills product's options, or its plans")
    ls.add_argument("product", nargs="?", help="e.g. agg.tv; omit for the menu")
    ls.add_argument("--option", help="a bills product id (e.g. BPD-NGCA-AQA) to list its plans")
    ls.add_argument("--refresh", action="store_true", help="fetch again instead of the cache")
    ls.add_argument("--tenders", action="store_true", help="the ways this terminal takes money")
    lk = sub.add_parser("lookup", help="validate a meter, account or smartcard")
    lk.add_argument("product")
    lk.add_argument("account")
    lk.add_argument("--option", help="bills product id (e.g. BPD-NGCA-AWA)")
    sl = sub.add_parser("sell", help="sell for cash and print")
    sl.add_argument("product")
    sl.add_argument("account")
    sl.add_argument("amount", help="in the product's currency, e.g. 1000 or 1000.50 (a plan's "
                    "price for plans)")
    sl.add_argument("--option", help="bills product id (e.g. BPD-NGCA-AQA)")
    sl.add_argument("--plan", help="bills plan id (e.g. BPD-DSTV-971)")
    sl.add_argument("--key", help="provider idempotency key to reuse (safe to repeat)")
    sl.add_argument("--no-print", action="store_true")
    sl.add_argument("--queue-if-offline", action="store_true",
                    help="offline prepaid: keep the cash and let the outbox send it later")
    sl.add_argument("--tender", default="cash",
                    help="how the customer pays: cash (default) or a collector's method "
                         "(see `posapp list --tenders`)")
    sl.add_argument("--phone", default="", help="the customer's phone, for mobile money")
    sl.add_argument("--beneficiary", action="append", default=[], metavar="PHONE:AMOUNT[:PIN]",
                    help="paycodes: one beneficiary (repeat for up to 10)")
    sl.add_argument("--default-pin", default="", help="paycodes: the one-time PIN for "
                    "beneficiaries given without one")
    sl.add_argument("--wait", type=_positive(float), default=180.0,
                    help="seconds to wait for a mobile-money or card payment")
    sh = sub.add_parser("sale", help="show one sale by receipt number")
    sh.add_argument("receipt")
    h = sub.add_parser("history", help="recent sales")
    h.add_argument("--search", default="")
    h.add_argument("--limit", type=_positive(int), default=50)
    rp = sub.add_parser("reprint", help="print a receipt again (marked COPY n)")
    rp.add_argument("receipt")
    add_json(ls, lk, sl, sh, h, rp)
    return {"list": list_, "lookup": lookup, "sell": sell, "sale": show, "history": history,
            "reprint": reprint}


def list_(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        _option(counter, args)
        if args.tenders:
            tenders = [{"tender": t.key, "label": t.label, "currencies": list(t.currencies),
                        "phone": t.needs_phone, "page": t.shows_page} for t in counter.tenders()]
            out(args, tenders, "\n".join(f"{t['tender']:<24} {t['label']}" for t in tenders))
        elif not args.product:
            items = [{"product": p.key, "label": p.label, "shortcut": p.shortcut,
                      "currency": p.currency, "provider": p.provider}
                     for p in counter.products()]
            out(args, items, "\n".join(f"{i['product']:<24} {i['label']}" for i in items))
        elif args.option:
            plans = counter.plans(args.product, args.option, refresh=args.refresh)
            items = [{"plan_id": p.plan_id, "name": p.name.strip(),
                      "price": p.price.decimal_str()} for p in plans]
            out(args, items, "\n".join(f"{i['plan_id']:<16} {i['name']:<28} {i['price']:>10}"
                                       for i in items))
        else:
            options = counter.options(args.product, refresh=args.refresh)
            items = [{"product_id": o.product_id, "name": o.name, "plans": o.has_product_list,
                      "validation": o.has_validation, "open_range": o.open_range,
                      "min": o.minimum.decimal_str() if o.minimum else None,
                      "max": o.maximum.decimal_str() if o.maximum else None} for o in options]
            out(args, items, "\n".join(f"{i['product_id']:<16} {i['name']}" for i in items))
    return 0


def lookup(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        _option(counter, args)
        c = counter.lookup(args.product, args.account, args.option)
    data = {"account": c.account, "name": c.name, "meter_type": c.meter_type,
            "minimum": c.minimum.decimal_str() if c.minimum else None,
            "outstanding": c.outstanding.decimal_str() if c.outstanding else None,
            "phone": c.phone}
    out(args, data, f"{c.name} ({c.meter_type}) minimum {data['minimum']} "
                    f"outstanding {data['outstanding']}")
    return 0


def sell(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        _option(counter, args)
        amount = counter.parse_amount(args.product, args.amount)
        account = "" if args.account == "-" else args.account
        try:
            customer = counter.lookup(args.product, account, args.option) if account else None
        except NotDelivered as exc:
            print(f"offline: {exc.message} Selling without checking the meter.",
                  file=sys.stderr)
            customer = None
        sale = counter.sell(args.product, account, amount, key=args.key, customer=customer,
                            option_id=args.option, plan_id=args.plan, tender=args.tender,
                            phone=args.phone, extra=_batch(counter, args))
        if sale.state == "COLLECTING":
            sale = _wait_for_payment(counter, sale, args.wait)
        if args.queue_if_offline and sale.state == "QUEUED":
            sale = counter.keep_queued(sale.id, "cli")
        if not args.no_print and sale.state in ("VENDED", "QUEUED", "IN_DOUBT"):
            try:
                sale = counter.print_sale(sale.id).result(timeout=60)
            except PosError as exc:
                print(f"print failed: {exc.message}", file=sys.stderr)
        sale = counter.sale(sale.id)
    out(args, sale.to_json(), sale_text(sale))
    if sale.held:
        print(f"held: {held_advice(sale)}", file=sys.stderr)
    return 0 if sale.state in ("VENDED", "PRINTED") else 3


def show(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        sale = counter.find(args.receipt)
    out(args, sale.to_json(), sale_text(sale))
    return 0


def history(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        sales = counter.history(args.search, args.limit)
    empty = (f"no sale matches {args.search!r}" if args.search.strip()
             else "no sales yet on this terminal")
    out(args, [s.to_json() for s in sales], "\n".join(sale_text(s) for s in sales) or empty)
    return 0


def reprint(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        sale = counter.print_sale(counter.find(args.receipt).id).result(timeout=60)
    out(args, sale.to_json(), f"printed {sale.receipt_no}")
    return 0


def _option(counter: Any, args: argparse.Namespace) -> None:
    """--option and --plan checked against the product's own list before anything is asked
    of the provider, with a message that says what to type instead."""
    option = getattr(args, "option", None)
    if getattr(args, "plan", None) and not option:
        raise InputError("--plan needs --option: the plan's product (e.g. --option "
                         f"BPD-NGCA-AQA). `posapp list {args.product}` shows them.", "plan")
    if not args.product:
        if option:
            raise InputError("--option needs a product first, e.g. `posapp list agg.tv "
                             f"--option {option}`.", option)
        return
    if not option:
        if args.cmd != "list" and counter.product(args.product).has_options:
            raise InputError(f"{args.product} needs --option: which of its products "
                             f"(`posapp list {args.product}` shows them).", "no --option")
        return
    options = counter.options(args.product)
    if not options:
        raise InputError(f"{args.product} has no options: leave out --option.", option)
    if option not in {o.product_id for o in options}:
        raise InputError(f"--option {option} is not one of {args.product}'s products: "
                         f"`posapp list {args.product}` shows them "
                         f"(e.g. {options[0].product_id}).", option)


def _positive(kind: type) -> Any:
    """An argparse type: a finite number above zero."""
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not (0 < value < float("inf")):
            raise argparse.ArgumentTypeError(f"a number above zero, not {text!r}")
        return value

    return parse


def _batch(counter: Any, args: argparse.Namespace) -> dict[str, Any]:
    """--beneficiary PHONE:AMOUNT[:PIN] options as a batch product's entries."""
    if not args.beneficiary:
        return {}
    entries = []
    for text in args.beneficiary:
        parts = text.split(":")
        if len(parts) not in (2, 3):
            raise PosError("Give each beneficiary as PHONE:AMOUNT or PHONE:AMOUNT:PIN.", text)
        amount = counter.parse_amount(args.product, parts[1])
        entries.append({"phone": parts[0], "amount_minor": amount.minor,
                        "one_time_pin": parts[2] if len(parts) == 3 else ""})
    return {"entries": entries, "default_pin": args.default_pin}


def _wait_for_payment(counter: Any, sale: Any, wait: float) -> Any:
    """Poll a mobile-money or card payment until it is paid, fails, or `wait` runs out (then
    it is cancelled; if the customer pays anyway it is still recorded). Ctrl+C cancels."""
    if sale.collect_url:
        print(f"customer pays at: {sale.collect_url}", file=sys.stderr)
    print(f"waiting for the customer to pay {sale.amount.display()} "
          f"({sale.collect_key})...", file=sys.stderr, flush=True)
    deadline = time.monotonic() + wait
    try:
        while sale.state == "COLLECTING" and time.monotonic() < deadline:
            time.sleep(1.0)
            sale = counter.settle(sale.id)
    except KeyboardInterrupt:
        print("cancelled by the cashier", file=sys.stderr)
    if sale.state == "COLLECTING":
        sale = counter.cancel_collection(sale.id, "cli")
        sale = counter.settle(sale.id)
    return sale
