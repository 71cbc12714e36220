"""Shift (X) and end-of-day (Z) reports from the journal. Pure reads plus one closing row."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from posapp.domain.money import Money
from posapp.domain.records import Report, ReportLine, SaleRecord
from posapp.domain.sale import UNSETTLED, SaleState
from posapp.store.journal import Journal

KINDS = ("shift", "z")
TAKEN = (SaleState.VENDED, SaleState.PRINTED)


def build(journal: Journal, kind: str, actor: str = "", now: float | None = None,
          labels: Callable[[str], str] = str,
          tender_labels: Callable[[str], str] = str, training: bool = False) -> Report:
    """Everything since the last closing of this kind (a Z also closes the shift). Training
    sales are counted apart and never in the real lines, tenders, totals or refunds;
    `training` marks a report made on a terminal in training mode."""
    if kind not in KINDS:
        raise ValueError(kind)
    end = time.time() if now is None else now
    start, number = journal.last_closing(kind)
    report = Report(kind, number + 1, start, end, actor, training=training)
    practice: dict[str, int] = {}
    by_product: dict[tuple[str, str], list[int]] = {}
    by_tender: dict[tuple[str, str], list[int]] = {}
    totals: dict[str, int] = {}
    margin: dict[str, int] = {}
    for sale in journal.sales_between(start, end):
        label = labels(sale.product)
        if sale.training:
            if sale.state in TAKEN:
                report.training_sales += 1
                cur = sale.amount.currency
                practice[cur] = practice.get(cur, 0) + sale.amount.minor
            elif sale.state == SaleState.REFUND_DUE or sale.state in UNSETTLED:
                report.training_open.append((f"{sale.receipt_no} {sale.state} TRAINING",
                                             sale.amount.display()))
            continue
        if sale.state in TAKEN:
            kept = _kept(sale)
            key = (label, sale.amount.currency)
            acc = by_product.setdefault(key, [0, 0])
            acc[0] += 1
            acc[1] += kept.minor
            paid_by = by_tender.setdefault((tender_labels(sale.tender), sale.amount.currency),
                                           [0, 0])
            paid_by[0] += 1
            paid_by[1] += kept.minor
            totals[sale.amount.currency] = totals.get(sale.amount.currency, 0) + kept.minor
            report.completed += 1
            cost = sale.result.extra.get("discounted_amount") if sale.result else None
            if cost:
                try:
                    paid = Money.parse(cost, sale.amount.currency)
                except ValueError:
                    paid = None
                if paid is not None:
                    cur = sale.amount.currency
                    margin[cur] = margin.get(cur, 0) + (sale.amount - paid).minor
        elif sale.state == SaleState.REFUND_DUE:
            report.refund_due.append((sale.receipt_no, sale.amount.display()))
        elif sale.state in UNSETTLED:
            report.unsettled.append((f"{sale.receipt_no} {sale.state}", sale.amount.display()))
    report.lines = [ReportLine(label, n, Money(minor, cur))
                    for (label, cur), (n, minor) in sorted(by_product.items())]
    report.tenders = [ReportLine(label, n, Money(minor, cur))
                      for (label, cur), (n, minor) in sorted(by_tender.items())]
    report.totals = [Money(minor, cur) for cur, minor in sorted(totals.items())]
    report.margin = [Money(minor, cur) for cur, minor in sorted(margin.items())]
    report.training_totals = [Money(minor, cur) for cur, minor in sorted(practice.items())]
    return report


def _kept(sale: SaleRecord) -> Money:
    """What the shop kept of a sale: all of it, except a partly issued paycode batch, whose
    beneficiaries with no paycode were handed their money back at the counter."""
    back = str(sale.result.extra.get("not_issued_minor", "")) if sale.result else ""
    returned = int(back) if back.isascii() and back.isdigit() else 0
    return Money(max(0, sale.amount.minor - returned), sale.amount.currency)


def close(journal: Journal, kind: str, actor: str,
          labels: Callable[[str], str] = str,
          tender_labels: Callable[[str], str] = str, training: bool = False) -> Report:
    """Build the report and record the closing in one step; a Z also closes the shift."""
    report = build(journal, kind, actor, labels=labels, tender_labels=tender_labels,
                   training=training)
    if kind == "z":
        # The day's end closes the open shift as a shift of its own, so shift numbers run on
        # (1, 2, 3); a shift with no sales (closed just before the Z) is not a shift at all.
        shift = build(journal, "shift", actor, now=report.end, labels=labels,
                      tender_labels=tender_labels, training=training)
        if shift.lines or shift.refund_due or shift.unsettled or shift.training_sales:
            journal.add_closing("shift", report.end, actor, json.dumps(shift.to_json()))
            journal.audit(actor, "close_shift", f"number {shift.number} (by Z {report.number})")
    journal.add_closing(kind, report.end, actor, json.dumps(report.to_json()))
    journal.audit(actor, f"close_{kind}", f"number {report.number}")
    return report
