"""The `posapp` command: the counter window by default, sub-commands for headless work."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from posapp.config import SECRET_NAMES, SETTINGS, Config, default_home
from posapp.domain.errors import PosError
from posapp.logsetup import FILE_ONLY, setup_logging
from posapp.secrets import KeyringSecrets

log = logging.getLogger("posapp.cli")


def _version() -> str:
    from posapp import __version__
    from posapp.resources import how_installed

    return f"posapp {__version__} ({how_installed()})"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="posapp", description="Counter point-of-sale terminal.")
    p.add_argument("--home", type=Path, help="terminal home (default: $POSAPP_HOME or the "
                   "user data directory)")
    p.add_argument("--demo", action="store_true",
                   help="use the built-in sandbox providers and virtual printer")
    p.add_argument("--log-level", default="WARNING")
    p.add_argument("--version", action="version", version=_version())
    sub = p.add_subparsers(dest="cmd")
    g = sub.add_parser("gui", help="open the counter window (the default)")
    d = sub.add_parser("demo", help="open the counter on the sandbox and virtual printer")
    d.add_argument("--profile", default="80mm", help="virtual printer profile")
    for w in (g, d):
        w.add_argument("--kiosk", action="store_true", help="full screen (started at login)")
        w.add_argument("--screenshot", type=Path, metavar="PNG",
                       help="paint the first window into PNG and quit (installer smoke test)")
    s = sub.add_parser("sandbox", help="run one provider's sandbox alone (training, tests)")
    s.add_argument("provider", nargs="?", default="efactory", help="which provider "
                   "(default efactory)")
    s.add_argument("--port", type=int, default=8701)
    s.add_argument("--state", default="", help="folder to keep the sandbox's payments in "
                   "(default: a temporary one)")
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
    sl.add_argument("--wait", type=float, default=180.0,
                    help="seconds to wait for a mobile-money or card payment")
    sh = sub.add_parser("sale", help="show one sale by receipt number")
    sh.add_argument("receipt")
    h = sub.add_parser("history", help="recent sales")
    h.add_argument("--search", default="")
    h.add_argument("--limit", type=int, default=50)
    rp = sub.add_parser("reprint", help="print a receipt again (marked COPY n)")
    rp.add_argument("receipt")
    q = sub.add_parser("queue", help="the outbox: list, or drain it now")
    q.add_argument("action", nargs="?", default="list",
                   choices=("list", "retry", "drain", "settle"))
    q.add_argument("receipt", nargs="?", help="with retry: only this sale; with settle: the sale")
    q.add_argument("--vended", action="store_true", help="settle: the provider says it was paid")
    q.add_argument("--failed", action="store_true", help="settle: it was not paid (refund)")
    q.add_argument("--ref", default="", help="settle --vended: the provider's reference")
    q.add_argument("--token", action="append", default=[], help="settle --vended: a token/PIN")
    sub.add_parser("service", help="drain the outbox headless, no window")
    sub.add_parser("print-test", help="print a test page on the configured printer")
    rep = sub.add_parser("report", help="shift (X) or end-of-day (Z) report")
    rep.add_argument("kind", choices=("shift", "z"))
    rep.add_argument("--close", action="store_true", help="close the shift / day")
    rep.add_argument("--print", action="store_true", help="print it")
    rep.add_argument("--json", action="store_true")
    sub.add_parser("drawer", help="open the cash drawer (supervisor PIN, audited)")
    us = sub.add_parser("user", help="add or change a user (PIN asked, stored scrypt-hashed)")
    us.add_argument("action", choices=("add", "list"))
    us.add_argument("name", nargs="?")
    us.add_argument("--role", default="cashier", choices=("cashier", "supervisor", "technician"))
    cf = sub.add_parser("config", help="show or change settings")
    cf.add_argument("action", choices=("list", "get", "set", "export", "import"),
                    help="export/import FILE: copy this setup (not the terminal id, never "
                         "secrets) to another terminal")
    cf.add_argument("key", nargs="?")
    cf.add_argument("value", nargs="?")
    sc = sub.add_parser("secret", help="store a provider credential in the OS keyring")
    sc.add_argument("action", choices=("set",))
    sc.add_argument("name", choices=SECRET_NAMES)
    for sp in (ls, lk, sl, sh, h, q, rp):
        sp.add_argument("--json", action="store_true", help="machine-readable output")
    return p


@contextmanager
def _counter(args: argparse.Namespace) -> Iterator[Any]:
    from posapp.compose import open_terminal

    terminal = open_terminal(args.home, demo=args.demo)
    try:
        yield terminal.counter
    finally:
        terminal.close()


def _out(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, indent=2) if getattr(args, "json", False) else text)


def _sale_text(sale: Any) -> str:
    lines = [f"{sale.receipt_no}  {sale.state}  {sale.amount.display()}  {sale.account}  "
             f"{sale.customer_name}"]
    if sale.provider_ref:
        lines.append(f"  reference {sale.provider_ref}")
    for t in sale.tokens:
        lines.append(f"  {t.label:<12} {t.grouped()}")
    if sale.message:
        lines.append(f"  {sale.message}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    cmd = args.cmd or "gui"
    if cmd in ("gui", "demo"):
        from posapp.ui.app import run_gui

        return run_gui(home=args.home, demo=args.demo or cmd == "demo",
                       profile=getattr(args, "profile", "80mm"),
                       kiosk=getattr(args, "kiosk", False),
                       screenshot=getattr(args, "screenshot", None))
    if cmd == "sandbox":
        from posapp.compose import serve_sandbox

        return serve_sandbox(args.provider, args.port, args.state)
    if cmd == "config":
        if args.action in ("get", "set", "export", "import") and not args.key or (
                args.action == "set" and args.value is None):
            raise PosError("Say which setting (and for set, its value), or which file.",
                           f"config {args.action}: missing argument")
        home = args.home or default_home()
        if args.demo:  # the demo's own settings, never the live terminal's
            from posapp.compose import demo_home

            home = demo_home(args.home)
        config = Config.load(home)
        if args.action == "list":
            for s in SETTINGS:
                print(f"{s.key} = {config.get(s.key)!r}    # {s.description}")
        elif args.action == "get":
            print(config.get(args.key))
        elif args.action == "export":
            keys = config.export_to(Path(args.key))
            print(f"exported {len(keys)} setting(s) to {args.key}; set this terminal's id and "
                  "secrets on the next one")
        elif args.action == "import":
            keys = config.import_from(Path(args.key))
            print(f"imported {len(keys)} setting(s); terminal id kept: "
                  f"{config.get('terminal.terminal_id')}")
        else:
            value: Any = args.value
            if args.key.endswith("item_type_ids"):
                value = [v.strip() for v in args.value.split(",") if v.strip()]
            config.set(args.key, value)
            print(f"saved {config.save()}")
        return 0
    if cmd == "secret":
        home = args.home or default_home()
        value = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass(
            f"{args.name}: ")
        KeyringSecrets(str(home)).set(args.name, value)
        print(f"{args.name} stored in the OS keyring")
        return 0
    with _counter(args) as counter:
        return _headless(cmd, args, counter)


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def _supervisor(counter: Any) -> str:
    """Who is doing this: a supervisor's PIN once the terminal has users; before any user
    exists (first set-up) the configured name."""
    if not counter.has_users():
        return counter.info().cashier
    return str(counter.authorize(_ask("Supervisor PIN: "), "supervisor").name)


def _headless(cmd: str, args: argparse.Namespace, counter: Any) -> int:
    if cmd == "user":
        if args.action == "list":
            for name, role in counter.users():
                print(f"{name}\t{role}")
            return 0
        if not args.name:
            raise PosError("Give the user's name.", "user add NAME")
        actor = _supervisor(counter)
        counter.add_user(args.name, args.role, _ask(f"PIN for {args.name}: "), actor)
        print(f"{args.name} saved as {args.role}")
        return 0
    if cmd == "list":
        if args.tenders:
            tenders = [{"tender": t.key, "label": t.label, "currencies": list(t.currencies),
                        "phone": t.needs_phone, "page": t.shows_page} for t in counter.tenders()]
            _out(args, tenders, "\n".join(f"{t['tender']:<24} {t['label']}" for t in tenders))
        elif not args.product:
            items = [{"product": p.key, "label": p.label, "shortcut": p.shortcut,
                      "currency": p.currency, "provider": p.provider}
                     for p in counter.products()]
            _out(args, items, "\n".join(f"{i['product']:<24} {i['label']}" for i in items))
        elif args.option:
            plans = counter.plans(args.product, args.option, refresh=args.refresh)
            items = [{"plan_id": p.plan_id, "name": p.name.strip(),
                      "price": p.price.decimal_str()} for p in plans]
            _out(args, items, "\n".join(f"{i['plan_id']:<16} {i['name']:<28} {i['price']:>10}"
                                        for i in items))
        else:
            options = counter.options(args.product, refresh=args.refresh)
            items = [{"product_id": o.product_id, "name": o.name, "plans": o.has_product_list,
                      "validation": o.has_validation, "open_range": o.open_range,
                      "min": o.minimum.decimal_str() if o.minimum else None,
                      "max": o.maximum.decimal_str() if o.maximum else None} for o in options]
            _out(args, items, "\n".join(f"{i['product_id']:<16} {i['name']}" for i in items))
        return 0
    if cmd == "lookup":
        c = counter.lookup(args.product, args.account, args.option)
        data = {"account": c.account, "name": c.name, "meter_type": c.meter_type,
                "minimum": c.minimum.decimal_str() if c.minimum else None,
                "outstanding": c.outstanding.decimal_str() if c.outstanding else None,
                "phone": c.phone}
        _out(args, data, f"{c.name} ({c.meter_type}) minimum {data['minimum']} "
                         f"outstanding {data['outstanding']}")
        return 0
    if cmd == "sell":
        amount = counter.parse_amount(args.product, args.amount)
        from posapp.domain.errors import NotDelivered

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
        _out(args, sale.to_json(), _sale_text(sale))
        return 0 if sale.state in ("VENDED", "PRINTED") else 3
    if cmd == "sale":
        sale = counter.find(args.receipt)
        _out(args, sale.to_json(), _sale_text(sale))
        return 0
    if cmd == "history":
        sales = counter.history(args.search, args.limit)
        _out(args, [s.to_json() for s in sales], "\n".join(_sale_text(s) for s in sales))
        return 0
    if cmd == "reprint":
        sale = counter.print_sale(counter.find(args.receipt).id).result(timeout=60)
        _out(args, sale.to_json(), f"printed {sale.receipt_no}")
        return 0
    if cmd == "queue":
        if args.action == "settle":
            if not args.receipt or args.vended == args.failed:
                raise PosError("Say which sale, and --vended or --failed.", "queue settle")
            sale = counter.settle_by_hand(counter.find(args.receipt).id, _supervisor(counter),
                                          vended=args.vended, reference=args.ref,
                                          tokens=tuple(args.token))
            print(f"{sale.receipt_no} is now {sale.state}", file=sys.stderr)
        if args.action == "retry":
            only = counter.find(args.receipt).id if args.receipt else None
            print(f"{counter.retry_now(only)} sale(s) due now", file=sys.stderr)
        if args.action == "drain":
            counter.recover()
            counter.drain(force=True)
        pending = counter.pending()
        _out(args, [s.to_json() | {"attempts": s.attempts, "last_error": s.detail}
                    for s in pending],
             "\n".join(_sale_text(s) for s in pending) or "outbox empty")
        return 0
    if cmd == "service":
        import signal

        def stop(*_: object) -> None:
            raise KeyboardInterrupt  # a service manager's SIGTERM stops us like Ctrl+C

        signal.signal(signal.SIGTERM, stop)
        counter.recover()
        counter.start_worker()
        print("posapp service: draining the outbox; Ctrl+C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            log.info("posapp service stopping")
            return 0  # the caller's Counter.stop() joins the worker and frees the lease
    if cmd == "report":
        if args.close:
            report = counter.close_report(args.kind, _supervisor(counter))
        else:
            report = counter.report(args.kind)
        if args.print:
            counter.print_report(report).result(timeout=60)
        text = "\n".join([f"{report.kind.upper()} report {report.number}"] +
                         [f"  {x.label}: {x.count} sale(s), {x.total.display()}"
                          for x in report.lines] +
                         [f"  TOTAL {m.display()}" for m in report.totals] +
                         [f"  paid by {x.label}: {x.count} sale(s), {x.total.display()}"
                          for x in report.tenders] +
                         [f"  refund due {r} {a}" for r, a in report.refund_due] +
                         [f"  unsettled {r} {a}" for r, a in report.unsettled])
        _out(args, report.to_json(), text)
        return 0
    if cmd == "drawer":
        counter.open_drawer(_supervisor(counter)).result(timeout=30)
        print("drawer opened")
        return 0
    if cmd == "print-test":
        paper = counter.print_test().result(timeout=60)
        print(f"test page printed; paper: {paper.value}")
        return 0
    raise PosError("Unknown command.", cmd)


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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    home = args.home or default_home()
    try:
        setup_logging(home if args.cmd not in ("config", "secret") else None, args.log_level)
    except OSError as exc:
        print(f"error: The terminal home {home} cannot be used: {exc.strerror}. Give a "
              "folder this user can write (--home or POSAPP_HOME).", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except PosError as exc:
        log.error("%s: %s", type(exc).__name__, exc.detail, extra=FILE_ONLY)
        print(f"error: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
