"""A setting declared once: its key, type, default and one line for the technician.

Plain data, so each provider package can declare its own settings without importing the
config store; `posapp.config` gathers them from the provider registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    #: extra check on a typed value; returns an error text, or "" when the value is fine
    check: Callable[[Any], str] | None = None


def amount_check(currency: str) -> Callable[[Any], str]:
    """A setting's check: the value is an amount in `currency` ("500000.00")."""
    from posapp.domain.money import Money, MoneyError

    def check(value: Any) -> str:
        try:
            Money.parse(str(value), currency)
        except MoneyError as exc:
            return str(exc)
        return ""

    return check
