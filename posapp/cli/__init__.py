"""The `posapp` command: the counter window by default, sub-commands for headless work.

Each module registers its sub-commands and returns their handlers; this one parses,
sets up logging and turns a PosError into its cashier message and exit code 2. Every error
is one `error:` line on stderr, printed once (the detail goes to the log file); a closed
pipe (`posapp history | head`) ends the command quietly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from posapp.cli import admin, journal, people, queue, sales
from posapp.cli.common import Handler
from posapp.config import default_home
from posapp.domain.errors import OutcomeNotSaved, PosError
from posapp.domain.text import printable
from posapp.logsetup import FILE_ONLY, private_files, setup_logging

log = logging.getLogger("posapp.cli")

#: commands that work on settings files only: no journal, no log file in the home
NO_LOG_FILE = ("config", "secret")
#: long-running commands whose warnings a person (or the service manager) reads on stderr;
#: the others say everything in their own words, the log file keeps the detail
CONSOLE_LOG = ("gui", "demo", "service", "sandbox")


class _Parser(argparse.ArgumentParser):
    """argparse that says what is wrong on one `error:` line, and where the help is."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def _port(text: str) -> int:
    if not (text.isascii() and text.isdigit() and int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535 (0: any free one), not {text!r}")
    return int(text)


def _version() -> str:
    from posapp import __version__
    from posapp.resources import how_installed

    return f"posapp {__version__} ({how_installed()})"


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    p = _Parser(prog="posapp", description="Counter point-of-sale terminal.")
    p.add_argument("--home", type=Path, help="terminal home (default: $POSAPP_HOME or the "
                   "user data directory)")
    p.add_argument("--demo", action="store_true",
                   help="use the built-in sandbox providers and virtual printer")
    p.add_argument("--log-level", type=str.upper,
                   choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
                   help="log detail (default WARNING); given, it is shown on stderr too")
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
    s.add_argument("--port", type=_port, default=8701)
    s.add_argument("--state", default="", help="folder to keep the sandbox's payments in "
                   "(default: a temporary one)")
    handlers: dict[str, Handler] = {"gui": _gui, "demo": _gui, "sandbox": _sandbox}
    for module in (sales, queue, admin, journal, people):
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
    level = args.log_level or "WARNING"
    console = args.log_level or (level if args.cmd in CONSOLE_LOG else "CRITICAL")
    try:
        private_files(home)
        setup_logging(home if args.cmd not in NO_LOG_FILE else None, level, console)
    except OSError as exc:
        print(printable(f"error: The terminal home {home} cannot be used: {exc.strerror}. "
                        "Give a folder this user can write (--home or POSAPP_HOME)."),
              file=sys.stderr)
        return 2
    try:
        code = handlers[args.cmd](args)
        sys.stdout.flush()
        return code
    except PosError as exc:
        log.error("%s: %s", type(exc).__name__, exc.detail, extra=FILE_ONLY)
        print(printable(f"error: {exc.message}"), file=sys.stderr)  # it may quote input
        # 3: the sale is not complete (it will be recovered); 2: refused, nothing changed
        return 3 if isinstance(exc, OutcomeNotSaved) else 2
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly; nothing more can reach it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("error: Interrupted. `posapp queue` shows any sale left unfinished.",
              file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the person, the traceback to the log
        log.critical("unexpected error in %s", args.cmd, exc_info=True, extra=FILE_ONLY)
        where = (f"the detail is in {home / 'logs' / 'posapp.log'}"
                 if args.cmd not in NO_LOG_FILE else f"{type(exc).__name__}: {exc}")
        print(printable(f"error: posapp stopped on a problem it did not expect ({where}). "
                        "Please report it."), file=sys.stderr)
        return 1
