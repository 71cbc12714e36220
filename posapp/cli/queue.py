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
                   choices=("list", "retry", "drain", "settle", "keep", "cancel", "refunded"),
                   help="list; drain (send what is due now and print what it finishes); "
                        "retry [RECEIPT]; keep RECEIPT (the customer leaves the cash: send "
                        "when the network returns); cancel RECEIPT (not sent: refund); "
                        "settle RECEIPT --vended/--failed (supervisor); refunded RECEIPT "
                        "(supervisor: the refund due was handed back)")
    q.add_argument("receipt", nargs="?", help="the sale's receipt number or reference")
    q.add_argument("--no-print", action="store_true", help="drain: do not print the receipts "
                   "of the sales it finishes")
    q.add_argument("--vended", action="store_true", help="settle: the provider says it was paid")
    q.add_argument("--failed", action="store_true", help="settle: it was not paid (refund)")
    q.add_argument("--ref", default="", help="settle --vended: the provider's reference")
    q.add_argument("--token", action="append", default=[], help="settle --vended: a token/PIN")
    add_json(q)
    sub.add_parser("service", help="drain the outbox headless, no window")
    return {"queue": queue, "service": service}


def queue(args: argparse.Namespace) -> int:
    with counter_of(args) as counter:
        if args.action in ("settle", "keep", "cancel", "refunded") and not args.receipt:
            raise PosError("Say which sale (its receipt number).", f"queue {args.action}")
        if args.action == "settle":
            if args.vended == args.failed:
                raise PosError("Say --vended or --failed.", "queue settle")
            sale = counter.settle_by_hand(counter.find(args.receipt).id, supervisor(counter),
                                          vended=args.vended, reference=args.ref,
                                          tokens=tuple(args.token))
            print(f"{sale.receipt_no} is now {sale.state}", file=sys.stderr)
        if args.action == "refunded":
            sale = counter.mark_refunded(counter.find(args.receipt).id, supervisor(counter))
            print(f"{sale.receipt_no}: refund of {sale.amount.display()} recorded as handed "
                  "back", file=sys.stderr)
        if args.action == "keep":
            sale = counter.keep_queued(counter.find(args.receipt).id, "cli")
            print(f"{sale.receipt_no} will be sent when the network returns", file=sys.stderr)
        if args.action == "cancel":
            sale = counter.cancel_queued(counter.find(args.receipt).id, "cli")
            print(f"{sale.receipt_no} cancelled: hand the customer back "
                  f"{sale.amount.display()}", file=sys.stderr)
        if args.action == "retry":
            only = counter.find(args.receipt).id if args.receipt else None
            print(f"{counter.retry_now(only)} sale(s) due now", file=sys.stderr)
        if args.action == "drain":
            before = {s.id for s in counter.pending()}
            counter.recover()
            counter.drain(force=True)
            if not args.no_print:
                _print_finished(counter, before)
        pending = counter.pending()
        unprinted = counter.unprinted()
        out(args, [s.to_json() | {"attempts": s.attempts, "last_error": s.detail,
                                  "held": s.held} for s in pending],
            "\n".join([*(sale_text(s) + ("\n  held: " + held_advice(s) if s.held else "")
                         for s in pending)] or ["outbox empty"]))
        if unprinted and not args.json:
            print(f"{len(unprinted)} paid sale(s) without a printed receipt: "
                  + ", ".join(s.receipt_no for s in unprinted[:10])
                  + " (posapp reprint RECEIPT)", file=sys.stderr)
    return 0


def held_advice(sale: Any) -> str:
    """What a person must do for a held sale, in words and commands."""
    if sale.state == "QUEUED":
        return (f"not sent, the customer's cash is still here: `posapp queue keep "
                f"{sale.receipt_no}` to send it when the network returns, or `posapp queue "
                f"cancel {sale.receipt_no}` to refund")
    return (f"the provider has no enquiry: a supervisor checks with the provider, then "
            f"`posapp queue settle {sale.receipt_no} --vended --ref REF` or `--failed`")


def _print_finished(counter: Any, before: set[int]) -> None:
    """The receipts the customer is owed: of the sales this drain finished, and of paid
    sales whose receipt never printed at all (a crash while printing)."""
    for sale in counter.unprinted():
        if sale.id not in before and not counter.print_interrupted(sale.id):
            continue  # its print failed on the printer: a person reprints it (said below)
        try:
            counter.print_sale(sale.id).result(timeout=60)
            print(f"{sale.receipt_no}: finished and printed", file=sys.stderr)
        except PosError as exc:
            print(f"{sale.receipt_no}: finished, receipt not printed ({exc.message}); "
                  f"`posapp reprint {sale.receipt_no}` later", file=sys.stderr)


def service(args: argparse.Namespace) -> int:
    def stop(*_: object) -> None:
        raise KeyboardInterrupt  # a service manager's SIGTERM stops us like Ctrl+C

    signal.signal(signal.SIGTERM, stop)
    with counter_of(args) as counter:
        counter.recover()
        counter.start_worker()
        try:  # a SIGTERM may come as soon as the line is out
            print("posapp service: draining the outbox; Ctrl+C to stop", flush=True)
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            log.info("posapp service stopping")
    return 0  # closing the terminal stops the worker and frees the lease
