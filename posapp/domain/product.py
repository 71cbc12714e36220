"""What the counter sells and how the customer pays, as plain data the screens and the CLI
read. Each provider package declares its own; nothing here knows any provider."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from posapp.domain.errors import InputError
from posapp.domain.money import Money


def ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (Arabic-Indic, Devanagari, full-width...) as ASCII; other
    characters unchanged.

    The one digits rule (docs/input.md): what a person types as an amount or an account
    (meter, smartcard, phone) is converted to ASCII here, at the input edge, before it is
    checked, journalled or sent; `Money.parse` and the providers then see ASCII only."""
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class AccountRule:
    """What the cashier types to say whose sale it is: a meter, smartcard or phone number."""

    label: str  # on screen: "Meter number"
    short: str  # on receipts: "Meter"
    min_len: int = 6
    max_len: int = 20

    def clean(self, text: str) -> str:
        """Digits only (a scanner may add spaces or dashes); a clear message otherwise."""
        cleaned = "".join(ch for ch in ascii_digits(text.strip()) if ch not in " -")
        if not (cleaned.isascii() and cleaned.isdigit()) or not (
                self.min_len <= len(cleaned) <= self.max_len):
            span = (f"{self.min_len} digits" if self.min_len == self.max_len
                    else f"{self.min_len} to {self.max_len} digits")
            raise InputError(f"That is not a {self.label.lower()}: use {span}.",
                             f"account {text!r}")
        return cleaned


@dataclass(frozen=True)
class Product:
    """One entry of the sale menu. `params` are the provider's own fields (meter type,
    item type, category) that its vendor reads back when it builds a request."""

    key: str
    label: str
    provider: str
    currency: str
    account: AccountRule | None
    gives_token: bool
    receipt_title: str
    shortcut: str = ""
    has_options: bool = False  # the provider's own list (DSTV, GOTV...) comes first
    type_label: str = "Type"  # what the lookup's `meter_type` means for this product
    token_kind: str = "TOKEN"  # what a supervisor types when settling by hand
    max_amount: Money | None = None
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # Which screen sells it: the one-customer sale flow, or "batch" (several beneficiaries
    # in one request, e.g. cash-out paycodes), which has its own screen.
    screen: str = "sale"

    @property
    def account_label(self) -> str:
        return self.account.label if self.account else ""


@dataclass(frozen=True)
class Tender:
    """A way the customer pays: cash, or a collector's method (mobile money, card page)."""

    key: str  # "cash", "testpay.wallet", "kpay.momo.mtn"...
    label: str
    provider: str  # "" for cash
    currencies: tuple[str, ...] = ()
    needs_phone: bool = False  # the customer's number is asked
    shows_page: bool = False  # a hosted payment page shown as a QR code
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


CASH = Tender("cash", "Cash", "")


@dataclass(frozen=True)
class Option:
    """A provider's own product behind a menu entry (DSTV, GOTV, StarTimes...)."""

    product_id: str
    name: str
    has_product_list: bool
    has_validation: bool
    open_range: bool
    minimum: Money | None = None
    maximum: Money | None = None
    step: Money | None = None

    def check_amount(self, amount: Money) -> None:
        """Open-range rules from the catalogue, checked before anything is sent."""
        if amount.exponent and amount.minor % 10**amount.exponent:
            unit = {"NGN": "naira", "USD": "dollars"}.get(amount.currency, amount.currency)
            raise InputError(f"Whole {unit} only for this product.")
        if self.minimum and amount < self.minimum:
            raise InputError(f"The least for {self.name} is {self.minimum.display()}.")
        if self.maximum and amount > self.maximum:
            raise InputError(f"The most for {self.name} is {self.maximum.display()}.")
        base = self.minimum.minor if self.minimum else 0
        if self.step and self.step.minor and (amount.minor - base) % self.step.minor:
            raise InputError(f"{self.name} amounts go in steps of {self.step.display()}.")


@dataclass(frozen=True)
class Plan:
    plan_id: str
    name: str
    price: Money
