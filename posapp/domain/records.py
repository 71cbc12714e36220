"""The records the service hands to the screens and the CLI: a sale as journalled, and a
shift or day report. Plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from posapp.domain.money import Money
from posapp.domain.sale import HELD, UNSETTLED, SaleState, Token, VendResult


@dataclass(frozen=True)
class SaleRecord:
    """A sale as the journal holds it; what the service hands to the GUI and CLI."""

    id: int
    receipt_no: str
    provider: str
    product: str
    idem_key: str
    account: str
    customer_name: str
    amount: Money
    tendered: Money | None
    state: SaleState
    provider_ref: str
    message: str
    detail: str
    attempts: int
    owner_pid: int
    next_attempt_at: float
    cashier: str
    terminal_id: str
    training: bool
    created_at: float
    updated_at: float
    request: dict[str, Any] = field(default_factory=dict)
    result: VendResult | None = None
    tokens: tuple[Token, ...] = ()
    # How the customer paid: "cash", or a collector's tender ("testpay.wallet"...), with the
    # collection's journalled request, key, the provider's reference and hosted page.
    tender: str = "cash"
    collector: str = ""
    collect_key: str = ""
    collect_request: dict[str, Any] = field(default_factory=dict)
    collect_ref: str = ""
    collect_url: str = ""
    collect_deadline: float = 0.0
    cancel_requested: bool = False

    @property
    def settled(self) -> bool:
        return self.state not in UNSETTLED

    @property
    def held(self) -> bool:
        """Waiting for a person (the cashier's queue-or-refund choice, or a supervisor)."""
        return self.state in UNSETTLED and self.next_attempt_at >= HELD

    def to_json(self) -> dict[str, Any]:
        return {
            "receipt_no": self.receipt_no, "provider": self.provider, "product": self.product,
            "key": self.idem_key, "account": self.account, "customer_name": self.customer_name,
            "amount": self.amount.decimal_str(), "currency": self.amount.currency,
            "state": str(self.state), "reference": self.provider_ref, "message": self.message,
            "tokens": [{"index": t.index, "type": t.kind, "token": t.value, "serial": t.serial,
                        "expires": t.expires} for t in self.tokens],
            "units": self.result.units if self.result else "",
            "cashier": self.cashier, "terminal_id": self.terminal_id, "training": self.training,
            "created_at": self.created_at, "tender": self.tender,
            "collect_reference": self.collect_ref,
        }


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
    tenders: list[ReportLine] = field(default_factory=list)  # taken, by how it was paid
    refund_due: list[tuple[str, str]] = field(default_factory=list)
    unsettled: list[tuple[str, str]] = field(default_factory=list)
    # Training sales are never real money: counted apart, never in the lines and totals above.
    training: bool = False  # made on a terminal in training mode: every copy is marked
    training_sales: int = 0  # training sales taken in the period
    training_totals: list[Money] = field(default_factory=list)
    training_open: list[tuple[str, str]] = field(default_factory=list)  # not settled

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["training_totals"] = [{"total": m.decimal_str(), "currency": m.currency}
                                for m in self.training_totals]
        d["lines"] = [{"label": x.label, "count": x.count, "total": x.total.decimal_str(),
                       "currency": x.total.currency} for x in self.lines]
        d["totals"] = [{"total": m.decimal_str(), "currency": m.currency} for m in self.totals]
        d["margin"] = [{"total": m.decimal_str(), "currency": m.currency} for m in self.margin]
        d["tenders"] = [{"tender": x.label, "count": x.count, "total": x.total.decimal_str(),
                         "currency": x.total.currency} for x in self.tenders]
        return d
