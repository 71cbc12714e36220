"""Running the shop and setting up the terminal: reports, drawer, users, settings, secrets."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from posapp.cli.common import Handler, add_json, ask, counter_of, out, supervisor
from posapp.config import SECRET_NAMES, SETTINGS, Config, default_home
from posapp.domain.errors import PosError
from posapp.secrets import KeyringSecrets


def register(sub: Any) -> dict[str, Handler]:
    sub.add_parser("print-test", help="print a test page on the configured printer")
    rep = sub.add_parser("report", help="shift (X) or end-of-day (Z) report")
    rep.add_argument("kind", choices=("shift", "z"))
    rep.add_argument("--close", action="store_true", help="close the shift / day")
    rep.add_argument("--print", action="store_true", help="print it")
    add_json(rep)
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
    return {"print-test": print_test, "report": report, "drawer": drawer, "user": user,
            "config": config, "secret": secret}


def report(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        if args.close:
            rep = counter.close_report(args.kind, supervisor(counter))
        else:
            rep = counter.report(args.kind)
        if args.print:
            counter.print_report(rep).result(timeout=60)
    text = "\n".join([f"{rep.kind.upper()} report {rep.number}"] +
                     [f"  {x.label}: {x.count} sale(s), {x.total.display()}"
                      for x in rep.lines] +
                     [f"  TOTAL {m.display()}" for m in rep.totals] +
                     [f"  paid by {x.label}: {x.count} sale(s), {x.total.display()}"
                      for x in rep.tenders] +
                     [f"  refund due {r} {a}" for r, a in rep.refund_due] +
                     [f"  unsettled {r} {a}" for r, a in rep.unsettled] +
                     [f"  TRAINING, not in the totals: {rep.training_sales} sale(s), "
                      f"{m.display()}" for m in rep.training_totals] +
                     [f"  journal backup {counter.last_backup}" for _ in (1,)
                      if counter.last_backup])
    out(args, rep.to_json(), text)
    return 0


def drawer(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        counter.open_drawer(supervisor(counter)).result(timeout=30)
    print("drawer opened")
    return 0


def print_test(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        paper = counter.print_test().result(timeout=60)
    print(f"test page printed; paper: {paper.value}")
    return 0


def user(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        if args.action == "list":
            for name, role in counter.users():
                print(f"{name}\t{role}")
            return 0
        if not args.name:
            raise PosError("Give the user's name.", "user add NAME")
        actor = supervisor(counter)
        counter.add_user(args.name, args.role, ask(f"PIN for {args.name}: "), actor)
    print(f"{args.name} saved as {args.role}")
    return 0


def config(args: argparse.Namespace) -> int:
    if args.action in ("get", "set", "export", "import") and not args.key or (
            args.action == "set" and args.value is None):
        raise PosError("Say which setting (and for set, its value), or which file.",
                       f"config {args.action}: missing argument")
    home = args.home or default_home()
    if args.demo:  # the demo's own settings, never the live terminal's
        from posapp.compose import demo_home

        home = demo_home(args.home)
    cfg = Config.load(home)
    if args.action == "list":
        for s in SETTINGS:
            print(f"{s.key} = {cfg.get(s.key)!r}    # {s.description}")
    elif args.action == "get":
        print(cfg.get(args.key))
    elif args.action == "export":
        keys = cfg.export_to(Path(args.key))
        print(f"exported {len(keys)} setting(s) to {args.key}; set this terminal's id and "
              "secrets on the next one")
    elif args.action == "import":
        keys = cfg.import_from(Path(args.key))
        print(f"imported {len(keys)} setting(s); terminal id kept: "
              f"{cfg.get('terminal.terminal_id')}")
    else:
        value: Any = args.value
        if args.key.endswith("item_type_ids"):
            value = [v.strip() for v in args.value.split(",") if v.strip()]
        cfg.set(args.key, value)
        print(f"saved {cfg.save()}")
    return 0


def secret(args: argparse.Namespace) -> int:
    home = args.home or default_home()
    value = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass(
        f"{args.name}: ")
    KeyringSecrets(str(home)).set(args.name, value)
    print(f"{args.name} stored in the OS keyring")
    return 0
