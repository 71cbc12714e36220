"""People from the command line: users, their PINs and roles, and the audit trail."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from posapp.cli.common import Handler, add_json, ask, counter_of, out
from posapp.domain.errors import InputError

ROLES = ("cashier", "supervisor", "technician")


def register(sub: Any) -> dict[str, Handler]:
    us = sub.add_parser("user", help="users: list, add, change a PIN or role, remove "
                        "(PINs asked, stored scrypt-hashed)")
    us.add_argument("action", choices=("list", "add", "pin", "role", "remove"))
    us.add_argument("name", nargs="?")
    us.add_argument("role", nargs="?", choices=ROLES, help="with role: the new role")
    us.add_argument("--role", dest="new_role", default="cashier", choices=ROLES,
                    help="with add: the new user's role (default cashier)")
    add_json(us)
    au = sub.add_parser("audit", help="the audit trail, newest first (supervisor PIN)")
    au.add_argument("--limit", type=int, default=50)
    add_json(au)
    return {"user": user, "audit": audit}


def _actor(counter: Any, need: str, prompt: str) -> str:
    """Who is doing this, by their PIN; before the terminal has any user (first set-up),
    the configured name."""
    if not counter.has_users():
        return str(counter.info().cashier)
    return str(counter.authorize(ask(prompt), need).name)


def technician(counter: Any) -> str:
    """A technician's PIN, or a supervisor's while the terminal has no technician."""
    has_tech = any(role == "technician" for _, role in counter.users())
    return _actor(counter, "technician",
                  "Technician PIN: " if has_tech else "Supervisor PIN (no technician yet): ")


def _new_pin(name: str) -> str:
    pin = ask(f"New PIN for {name}: ")
    if sys.stdin.isatty() and ask("Again: ") != pin:
        raise InputError("The two PINs differ; nothing was changed.")
    return pin


def user(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        if args.action == "list":
            rows = counter.users()
            if not rows and not args.json:
                print("no users: PINs are not asked yet (first set-up)", file=sys.stderr)
            out(args, [{"name": n, "role": r} for n, r in rows],
                "\n".join(f"{n}\t{r}" for n, r in rows))
            return 0
        if not args.name:
            raise InputError("Give the user's name.", f"user {args.action} NAME")
        name = args.name
        if args.action == "add":
            actor = technician(counter)
            counter.add_user(name, args.new_role, _new_pin(name), actor)
            print(f"{name} added as {args.new_role}")
        elif args.action == "pin":
            actor = _actor(counter, "cashier", f"PIN of {name} (or a supervisor's): ")
            counter.set_pin(name, _new_pin(name), actor)
            print(f"PIN of {name} changed")
        elif args.action == "role":
            if not args.role:
                raise InputError("Give the new role: cashier, supervisor or technician.",
                                 "user role NAME ROLE")
            counter.set_role(name, args.role, technician(counter))
            print(f"{name} is now a {args.role}")
        else:
            counter.remove_user(name, technician(counter))
            print(f"{name} removed")
    return 0


def audit(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit is a number of rows, 1 or more.", str(args.limit))
    with counter_of(args) as counter:
        rows = counter.audit_trail(_actor(counter, "supervisor", "Supervisor PIN: "), args.limit)
    text = "\n".join(f"{datetime.fromtimestamp(r['at']):%Y-%m-%d %H:%M:%S}  {r['actor']:<12} "
                     f"{r['action']:<20} {r['detail']}" for r in rows)
    out(args, rows, text or "the audit trail is empty")
    return 0
