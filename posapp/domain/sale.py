"""A sale, its states and the legal moves between them, and the things a vend gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from posapp.domain.money import Money


class SaleState(StrEnum):
    NEW = "NEW"
    COLLECTING = "COLLECTING"
    COLLECTED = "COLLECTED"
    COLLECT_FAILED = "COLLECT_FAILED"
    QUEUED = "QUEUED"
    VENDING = "VENDING"
    IN_DOUBT = "IN_DOUBT"
    VENDED = "VENDED"
    VEND_FAILED = "VEND_FAILED"
    REFUND_DUE = "REFUND_DUE"
    PRINTED = "PRINTED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"  # the money owed back was handed back (a person says so)


S = SaleState
TRANSITIONS: dict[SaleState, frozenset[SaleState]] = {
    S.NEW: frozenset({S.COLLECTING, S.COLLECTED, S.CANCELLED}),
    # A collection ends by the collector's answer: paid, failed, or (never started or
    # cancelled and confirmed unpaid) cancelled.
    S.COLLECTING: frozenset({S.COLLECTED, S.COLLECT_FAILED, S.CANCELLED}),
    S.COLLECTED: frozenset({S.VENDING, S.QUEUED, S.REFUND_DUE}),
    S.COLLECT_FAILED: frozenset(),
    S.QUEUED: frozenset({S.VENDING, S.REFUND_DUE}),
    S.VENDING: frozenset({S.VENDED, S.VEND_FAILED, S.IN_DOUBT, S.QUEUED}),
    S.IN_DOUBT: frozenset({S.VENDED, S.VEND_FAILED, S.VENDING}),
    S.VENDED: frozenset({S.PRINTED}),
    S.VEND_FAILED: frozenset({S.REFUND_DUE}),
    S.REFUND_DUE: frozenset({S.REFUNDED}),
    S.PRINTED: frozenset(),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}
# States in which the service still owes the customer something and must act.
UNSETTLED = frozenset({S.COLLECTING, S.COLLECTED, S.QUEUED, S.VENDING, S.IN_DOUBT})
# next_attempt_at of a sale the outbox must leave alone until a person decides.
HELD = 1e18


class IllegalTransition(ValueError):
    pass


def check_transition(old: SaleState, new: SaleState) -> None:
    if new not in TRANSITIONS[old]:
        raise IllegalTransition(f"{old} -> {new} is not a legal move")


@dataclass(frozen=True)
class Token:
    """One STS token as the provider sent it. `value` is never padded, cut or reformatted."""

    index: int
    kind: str
    value: str
    serial: str = ""
    expires: str = ""

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.value if not ch.isspace())

    def grouped(self) -> str:
        """Digits in groups of four for reading aloud and keying in; every digit kept."""
        d = self.digits
        return " ".join(d[i : i + 4] for i in range(0, len(d), 4))

    @property
    def label(self) -> str:
        k = self.kind.upper().replace("-", "_").replace(" ", "_")
        if k.startswith(("KCT", "KEY_CHANGE", "KEYCHANGE")):
            return f"Key change {k[-1]}" if k[-1].isdigit() else "Key change"
        if k == "CREDIT":
            return "Credit"
        if k in ("PIN", "TOKEN"):
            return k.title() if k == "TOKEN" else "PIN"
        return self.kind.title()


@dataclass(frozen=True)
class Charge:
    description: str
    amount: str
    tax: str = ""


@dataclass(frozen=True)
class VendResult:
    """What a provider gave back for a successful vend."""

    provider_ref: str
    tokens: tuple[Token, ...] = ()
    units: str = ""
    tariff: str = ""
    rate: str = ""
    charges: tuple[Charge, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Customer:
    """What a lookup says about the meter or account the cashier typed."""

    account: str
    name: str
    meter_type: str = ""
    minimum: Money | None = None
    outstanding: Money | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
