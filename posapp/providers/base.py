"""The seam every provider package plugs into.

A package (`posapp/providers/<name>/`) exports one `PACKAGE`: its settings, secret names,
products or tenders, a factory for its client, and its loopback sandbox. Two roles:

- a *vendor* gives the customer what they bought (token, receipt, PIN, paycode): it builds
  the whole request once (journalled before it is sent), vends it, and enquires where its
  doc has an enquiry;
- a *collector* takes the customer's money (mobile money push, hosted card page): it builds
  the request once, starts it, polls it, and cancels it where it can.

Neither touches SQLite, Qt or retries: the service decides what happens next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from posapp.domain.errors import ConfigError
from posapp.domain.money import Money
from posapp.domain.product import Option, Plan, Product, Tender
from posapp.domain.sale import Customer, VendResult
from posapp.domain.settings import Setting


class Settings(Protocol):
    """Read access to the terminal's settings (posapp.config.Config satisfies it)."""

    def get(self, key: str) -> Any: ...


#: returns the named secret or raises ConfigError; values it returns are redacted from logs
SecretGetter = Callable[[str], str]


@dataclass(frozen=True)
class VendOrder:
    """Everything the cashier chose for one vend, before its request is built."""

    product: Product
    account: str
    amount: Money
    key: str
    terminal_id: str
    customer: Customer | None = None
    option: Option | None = None
    plan: Plan | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. paycode entries


class Vendor(Protocol):
    name: str
    has_enquiry: bool

    def new_key(self, terminal_id: str) -> str: ...

    def lookup(self, product: Product, account: str, option: Option | None = None
               ) -> Customer: ...

    def request(self, order: VendOrder) -> dict[str, Any]:
        """The whole request, as journalled: a resend sends exactly these bytes."""
        ...

    def check_request(self, request: dict[str, Any]) -> None:
        """Raise ConfigError when the journalled request can no longer be sent as it is
        (credentials changed since): the sale then waits for a person."""
        ...

    def vend(self, request: dict[str, Any]) -> VendResult: ...

    def enquire(self, request: dict[str, Any]) -> VendResult: ...


class Catalogued(Protocol):
    """A vendor whose products have the provider's own list first (DSTV, GOTV...) and,
    for some, fixed-price plans (`Product.has_options`)."""

    def options(self, product: Product) -> list[Option]: ...

    def plans(self, product: Product, option_id: str) -> list[Plan]: ...


@dataclass(frozen=True)
class CollectOrder:
    """The customer's side of a payment: how much, by which method, from whom."""

    tender: Tender
    amount: Money
    key: str
    terminal_id: str
    phone: str = ""
    name: str = ""
    details: str = ""


@dataclass(frozen=True)
class Collection:
    """Where a collection stands, as the collector's provider says."""

    status: str  # PENDING, PAID or FAILED
    reference: str = ""  # the provider's transaction id
    page_url: str = ""  # a hosted payment page to show as a QR code
    message: str = ""  # for the cashier
    detail: str = ""  # for the log

    PENDING = "PENDING"
    PAID = "PAID"
    FAILED = "FAILED"


class Collector(Protocol):
    name: str

    def new_key(self, terminal_id: str) -> str: ...

    def request(self, order: CollectOrder) -> dict[str, Any]: ...

    def start(self, request: dict[str, Any]) -> Collection:
        """Send the payment request. NotDelivered: it never left (safe to cancel);
        InDoubt: it may have left (poll it)."""
        ...

    def poll(self, request: dict[str, Any], reference: str = "") -> Collection:
        """Where the payment stands. `reference` is the provider's own reference from an
        earlier answer (journalled), for providers that make their own (EkoloPay's token)."""
        ...

    def cancel(self, request: dict[str, Any], reference: str = "") -> None:
        """Ask the provider to drop a pending payment, where it can; a payment that
        completes anyway is still found by `poll`."""
        ...


@dataclass(frozen=True)
class SandboxRun:
    """A provider's loopback simulator, running, and what a terminal needs to use it."""

    server: Any  # has .stop()
    settings: dict[str, Any]
    secrets: dict[str, str]


@dataclass(frozen=True)
class ProviderPackage:
    """What one provider package tells the rest of the counter."""

    name: str  # as journalled in sales.provider and used as the settings prefix
    title: str  # for people: "eFactory", "Bills service"
    role: str  # "vendor" or "collector"
    settings: tuple[Setting, ...]
    secrets: tuple[str, ...]
    #: the client, built from the settings and secrets (ConfigError when not set up)
    build: Callable[[Settings, SecretGetter], Any]
    #: is it set up on this terminal at all?
    enabled: Callable[[Settings], bool]
    #: vendors: the menu entries it offers with these settings
    products: Callable[[Settings], list[Product]] = lambda _s: []
    #: collectors: the ways to pay it offers with these settings
    tenders: Callable[[Settings], list[Tender]] = lambda _s: []
    #: start its loopback simulator (demo and training) keeping its state in the given
    #: folder, on the given port (0: any free one); imports the sandbox module lazily
    sandbox: Callable[[Path, int], SandboxRun] | None = None
    has_enquiry: bool = True
    ref_label: str = "Reference"  # the provider's reference on receipts
    timeouts: tuple[str, str] = ("", "")  # setting keys of its connect and read timeouts

    def __post_init__(self) -> None:
        if self.role not in ("vendor", "collector"):
            raise ValueError(f"{self.name}: role {self.role!r}")
        for s in self.settings:
            if not s.key.startswith(self.name + "."):
                raise ValueError(f"{self.name}: setting {s.key} outside its prefix")
        for name in self.secrets:
            if not name.startswith(self.name + "."):
                raise ValueError(f"{self.name}: secret {name} outside its prefix")


def not_set_up(package: str, what: str) -> ConfigError:
    return ConfigError("This provider is not set up on this terminal. Call the technician.",
                       f"{package}: {what}")
