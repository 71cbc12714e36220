"""The outbox from the command line: list, retry, drain, settle by hand, run as a service."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from typing import Any

from posapp.cli.common import Handler, add_json, counter_of, out, sale_text, supervisor
from posapp.domain.errors import PosError

log = logging.getLogger("posapp.cli")


def register(sub: Any) -> dict[str, Handler]:
    q = sub.add_parser("queue", help="the outbox: list, or drain it now")
    q.add_argument("action", nargs="?", default="list",
                   choices=("list", "retry", "drain", "settle"))
    q.add_argument("receipt", nargs="?", help="with retry: only this sale; with settle: the sale")
    q.add_argument("--vended", action="store_true", help="settle: the provider says it was paid")
    q.add_argument("--failed", action="store_true", help="settle: it was not paid (refund)")
    q.add_argument("--ref", default="", help="settle --vended: the provider's reference")
    q.add_argument("--token", action="append", default=[], help="settle --vended: a token/PIN")
    add_json(q)
    sub.add_parser("service", help="drain the outbox headless, no window")
    return {"queue": queue, "service": service}


def queue(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        if args.action == "settle":
            if not args.receipt or args.vended == args.failed:
                raise PosError("Say which sale, and --vended or --failed.", "queue settle")
            sale = counter.settle_by_hand(counter.find(args.receipt).id, supervisor(counter),
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
        out(args, [s.to_json() | {"attempts": s.attempts, "last_error": s.detail}
                   for s in pending],
            "\n".join(sale_text(s) for s in pending) or "outbox empty")
    return 0


def service(args: argparse.Namespace) -> int:
    def stop(*_: object) -> None:
        raise KeyboardInterrupt  # a service manager's SIGTERM stops us like Ctrl+C

    signal.signal(signal.SIGTERM, stop)
    with counter_of(args) as counter:
        counter.recover()
        counter.start_worker()
        print("posapp service: draining the outbox; Ctrl+C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            log.info("posapp service stopping")
    return 0  # closing the terminal stops the worker and frees the lease
