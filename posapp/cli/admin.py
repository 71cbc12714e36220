"""Running the shop and setting up the terminal: reports, drawer, users, settings, secrets."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from posapp.cli.common import Handler, add_json, ask, counter_of, out, supervisor
from posapp.config import SECRET_NAMES, SETTINGS, Config, default_home
from posapp.domain.errors import ConfigError, InputError, PosError
from posapp.domain.settings import format_value
from posapp.secrets import EnvSecrets, env_vars, terminal_store


def register(sub: Any) -> dict[str, Handler]:
    sub.add_parser("print-test", help="print a test page on the configured printer")
    rep = sub.add_parser("report", help="shift (X) or end-of-day (Z) report")
    rep.add_argument("kind", choices=("shift", "z"))
    rep.add_argument("--close", action="store_true", help="close the shift / day")
    rep.add_argument("--print", action="store_true", help="print it")
    add_json(rep)
    sub.add_parser("drawer", help="open the cash drawer (supervisor PIN, audited)")
    cf = sub.add_parser("config", help="show or change settings (technician PIN to change)",
                        epilog="lists are written item,item (config set aggregator.categories "
                               "tv,waec); booleans true/false, yes/no, on/off or 1/0")
    cf.add_argument("action", choices=("list", "get", "set", "export", "import"),
                    help="export/import FILE: copy this setup (not the terminal id, never "
                         "secrets) to another terminal")
    cf.add_argument("key", nargs="?", help="the setting (get, set) or the file (export, import)")
    cf.add_argument("value", nargs="?", help="set: the new value")
    cf.add_argument("--yes", action="store_true",
                    help="import: also change security settings (addresses, printer device, "
                         "plain http...) without asking")
    sc = sub.add_parser("secret", help="store a provider credential (technician PIN; OS "
                        "keyring, or an encrypted file where there is none)")
    sc.add_argument("action", choices=("set",))
    sc.add_argument("name", choices=SECRET_NAMES)
    return {"print-test": print_test, "report": report, "drawer": drawer,
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
    if not (rep.lines or rep.refund_due or rep.unsettled or rep.training_sales):
        text += "\n  no sales in this " + ("shift" if rep.kind == "shift" else "day")
    if args.close:
        text += "\n  closed; the next one starts now"
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


_USAGE = {"get": "config get KEY", "set": "config set KEY VALUE",
          "export": "config export FILE", "import": "config import FILE"}


def config(args: argparse.Namespace) -> int:
    if args.action in _USAGE and (not args.key or args.action == "set" and args.value is None):
        raise InputError(f"Missing argument: posapp {_USAGE[args.action]}.",
                         f"config {args.action}: missing argument")
    home = _settings_home(args)
    cfg = Config.load(home, lenient=True)
    for _key, problem in sorted(cfg.problems.items()):
        print(f"warning: {problem} (kept as written until it is set again)", file=sys.stderr)
    if args.action == "list":
        for s in SETTINGS:
            flag = "    # CANNOT BE USED: see the warning" if s.key in cfg.problems else ""
            print(f"{s.key} = {format_value(cfg.written(s.key))}    # {s.description}{flag}")
    elif args.action == "get":
        print(format_value(cfg.get(args.key)))
    elif args.action == "export":
        keys = cfg.export_to(Path(args.key))
        print(f"exported {len(keys)} setting(s) to {args.key}; set this terminal's id and "
              "secrets on the next one")
    elif args.action == "import":
        _import(args, cfg)
    else:
        change = cfg.change(args.key, args.value)  # checked before any PIN is asked
        if change is None:
            print(f"{args.key} is already {cfg.get(args.key)!r}")
            return 0
        with _technician(args, home) as (counter, actor):
            path = cfg.save()
            counter.audit_change(actor, "config_set", str(change))
        print(f"saved {path}: {change}")
    return 0


def _settings_home(args: argparse.Namespace) -> Path:
    if args.demo:  # the demo's own settings, never the live terminal's
        from posapp.compose import demo_home

        home = demo_home(args.home)
    else:
        home = Path(args.home or default_home())
    if home.exists() and not home.is_dir():
        raise ConfigError(f"The terminal home {home} is a file, not a folder: give a folder "
                          "(--home or POSAPP_HOME).", str(home))
    return home


def _import(args: argparse.Namespace, cfg: Config) -> None:
    """Show what the file changes; security settings only with --yes (or a typed yes)."""
    changes = cfg.changes(cfg.read_import(Path(args.key)))
    if not changes:
        print(f"nothing to change: {args.key} matches this terminal's settings")
        return
    print(f"{args.key} changes {len(changes)} setting(s):")
    for change in changes:
        print(f"  {change}{'    (security)' if change.security else ''}")
    security = [c.key for c in changes if c.security]
    if security and not args.yes:
        if not sys.stdin.isatty() or input("Change the security settings too? Type yes: "
                                           ).strip().lower() != "yes":
            raise InputError(f"Nothing was imported: it changes security settings "
                             f"({', '.join(security)}). Check them, then run again with --yes.",
                             f"config import {args.key}: unconfirmed {security}")
    with _technician(args, cfg.home) as (counter, actor):
        path = cfg.apply(changes)
        for change in changes:
            counter.audit_change(actor, "config_set", f"{change} (import {args.key})")
    print(f"imported {len(changes)} setting(s) into {path}; terminal id kept: "
          f"{cfg.get('terminal.terminal_id')}")


@contextmanager
def _technician(args: argparse.Namespace, home: Path) -> Iterator[tuple[Any, str]]:
    """The home's counter (its people and audit, nothing started) and who is acting: the
    technician's PIN once the terminal has users (the demo's supervisor in a demo home);
    before any user exists (first set-up) the configured name."""
    from posapp.secrets import MemorySecrets
    from posapp.service import Counter

    # Default settings: the people and the audit need only the journal, and the settings
    # file may be the very thing being repaired.
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"The terminal home {home} cannot be used: {exc.strerror}.",
                          str(exc)) from exc
    counter = Counter(Config(home), MemorySecrets())
    try:
        if counter.has_users():
            need = "supervisor" if args.demo else "technician"
            actor = str(counter.authorize(ask(f"{need.capitalize()} PIN: "), need).name)
        else:
            actor = str(Config.load(home, lenient=True).get("terminal.cashier"))
        yield counter, actor
    finally:
        counter.stop()


def secret(args: argparse.Namespace) -> int:
    """Store a credential (a technician's work once the terminal has users), saying where."""
    if args.demo:  # the demo's credentials are public and in memory; its PIN is printed
        raise PosError("The demo needs no credentials. Set secrets on the live terminal, "
                       "without --demo.", "secret set --demo")
    home = _settings_home(args)
    with _technician(args, home) as (counter, actor):
        value = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass(
            f"{args.name}: ")
        if not value:
            raise InputError(f"Nothing was given for {args.name}: nothing was stored.",
                             "secret set: empty")
        store = terminal_store(home)
        try:
            store.set(args.name, value)
        except (PosError, OSError) as exc:
            env = EnvSecrets.var(args.name)
            raise ConfigError(
                f"No credential store can be used here ({getattr(exc, 'message', exc)}). Give "
                f"it to posapp in the environment variable {env} instead (in its service's "
                f"environment, never in config.toml; one per secret: "
                f"{', '.join(env_vars(SECRET_NAMES))}).", repr(exc)) from exc
        counter.audit_change(actor, "secret_set", args.name)  # the name, never the value
    print(f"{args.name} stored in {store.describe()}")
    return 0
