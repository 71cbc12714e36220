"""The `posapp` command: the counter window by default, sub-commands for headless work.

Each module registers its sub-commands and returns their handlers; this one parses,
sets up logging and turns a PosError into its cashier message and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from posapp.cli import admin, journal, queue, sales
from posapp.cli.common import Handler
from posapp.config import default_home
from posapp.domain.errors import OutcomeNotSaved, PosError
from posapp.logsetup import FILE_ONLY, setup_logging

log = logging.getLogger("posapp.cli")

#: commands that work on settings files only: no journal, no log file in the home
NO_LOG_FILE = ("config", "secret")


def _version() -> str:
    from posapp import __version__
    from posapp.resources import how_installed

    return f"posapp {__version__} ({how_installed()})"


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
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
    handlers: dict[str, Handler] = {"gui": _gui, "demo": _gui, "sandbox": _sandbox}
    for module in (sales, queue, admin, journal):
        handlers.update(module.register(sub))
    return p, handlers


def _gui(args: argparse.Namespace) -> int:
    from posapp.ui.app import run_gui

    return run_gui(home=args.home, demo=args.demo or args.cmd == "demo",
                   profile=getattr(args, "profile", "80mm"),
                   kiosk=getattr(args, "kiosk", False),
                   screenshot=getattr(args, "screenshot", None))


def _sandbox(args: argparse.Namespace) -> int:
    from posapp.compose import serve_sandbox

    return serve_sandbox(args.provider, args.port, args.state)


def main(argv: list[str] | None = None) -> int:
    parser, handlers = _parser()
    args = parser.parse_args(argv)
    args.cmd = args.cmd or "gui"
    home = args.home or default_home()
    if args.demo or args.cmd == "demo":  # the demo logs in its own home, like its journal
        from posapp.compose import demo_home

        home = demo_home(args.home)
    try:
        setup_logging(home if args.cmd not in NO_LOG_FILE else None, args.log_level)
    except OSError as exc:
        print(f"error: The terminal home {home} cannot be used: {exc.strerror}. Give a "
              "folder this user can write (--home or POSAPP_HOME).", file=sys.stderr)
        return 2
    try:
        return handlers[args.cmd](args)
    except PosError as exc:
        log.error("%s: %s", type(exc).__name__, exc.detail, extra=FILE_ONLY)
        print(f"error: {exc.message}", file=sys.stderr)
        # 3: the sale is not complete (it will be recovered); 2: refused, nothing changed
        return 3 if isinstance(exc, OutcomeNotSaved) else 2

