"""What every command shares: the terminal, output, and asking for a PIN."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from posapp.domain.text import printable

#: a command: parsed arguments in, exit code out (0 done, 2 refused, 3 not complete)
Handler = Callable[[argparse.Namespace], int]


@contextmanager
def counter_of(args: argparse.Namespace) -> Iterator[Any]:
    """The terminal's Counter for one command, closed (servers, lease, journal) after it."""
    from posapp.compose import open_terminal

    terminal = open_terminal(args.home, demo=args.demo)
    try:
        yield terminal.counter
    finally:
        terminal.close()


def out(args: argparse.Namespace, data: Any, text: str) -> None:
    """JSON (which escapes every control character) or text with none left in it: a token,
    name or reference from a provider never drives the terminal."""
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2))
    else:
        print("\n".join(printable(line) for line in text.split("\n")))


def sale_text(sale: Any) -> str:
    lines = [f"{sale.receipt_no}  {sale.state}  {sale.amount.display()}  {sale.account}  "
             f"{sale.customer_name}"]
    if sale.provider_ref:
        lines.append(f"  reference {sale.provider_ref}")
    for t in sale.tokens:
        lines.append(f"  {t.label:<12} {t.grouped()}")
    if sale.message:
        lines.append(f"  {sale.message}")
    return "\n".join(lines)


def ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def supervisor(counter: Any) -> str:
    """Who is doing this: a supervisor's PIN once the terminal has users; before any user
    exists (first set-up) the configured name."""
    if not counter.has_users():
        return counter.info().cashier
    return str(counter.authorize(ask("Supervisor PIN: "), "supervisor").name)


def add_json(*parsers: argparse.ArgumentParser) -> None:
    for sp in parsers:
        sp.add_argument("--json", action="store_true", help="machine-readable output")
