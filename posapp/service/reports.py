"""Shift (X) and end-of-day (Z) reports from the journal. Pure reads plus one closing row."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from posapp.domain.money import Money
from posapp.domain.sale import UNSETTLED, SaleState
from posapp.service.catalog import PRODUCTS
from posapp.store.journal import Journal

KINDS = ("shift", "z")
TAKEN = (SaleState.VENDED, SaleState.PRINTED)


@dataclass(frozen=True)
class ReportLine:
    label: str
    count: int
    total: Money


@dataclass
class Report:
    kind: str
    number: int
    start: float
    end: float
    actor: str = ""
    lines: list[ReportLine] = field(default_factory=list)
    totals: list[Money] = field(default_factory=list)
    completed: int = 0
    margin: list[Money] = field(default_factory=list)  # price - provider's discounted_amount
    refund_due: list[tuple[str, str]] = field(default_factory=list)
    unsettled: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["lines"] = [{"label": x.label, "count": x.count, "total": x.total.decimal_str(),
                       "currency": x.total.currency} for x in self.lines]
        d["totals"] = [{"total": m.decimal_str(), "currency": m.currency} for m in self.totals]
        d["margin"] = [{"total": m.decimal_str(), "currency": m.currency} for m in self.margin]
        return d


def build(journal: Journal, kind: str, actor: str = "", now: float | None = None) -> Report:
    """Everything since the last closing of this kind (a Z also closes the shift)."""
    if kind not in KINDS:
        raise ValueError(kind)
    end = time.time() if now is None else now
    start, number = journal.last_closing(kind)
    report = Report(kind, number + 1, start, end, actor)
    by_product: dict[tuple[str, str], list[int]] = {}
    totals: dict[str, int] = {}
    margin: dict[str, int] = {}
    for sale in journal.sales_between(start, end):
        label = PRODUCTS[sale.product].label if sale.product in PRODUCTS else sale.product
        if sale.state in TAKEN:
            key = (label, sale.amount.currency)
            acc = by_product.setdefault(key, [0, 0])
            acc[0] += 1
            acc[1] += sale.amount.minor
            totals[sale.amount.currency] = totals.get(sale.amount.currency, 0) + sale.amount.minor
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
    report.totals = [Money(minor, cur) for cur, minor in sorted(totals.items())]
    report.margin = [Money(minor, cur) for cur, minor in sorted(margin.items())]
    return report


def close(journal: Journal, kind: str, actor: str) -> Report:
    """Build the report and record the closing in one step; a Z also closes the shift."""
    report = build(journal, kind, actor)
    summary = json.dumps(report.to_json())
    journal.add_closing(kind, report.end, actor, summary)
    if kind == "z":
        journal.add_closing("shift", report.end, actor, summary)
    journal.audit(actor, f"close_{kind}", f"number {report.number}")
    return report
