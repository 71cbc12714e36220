"""The bills-payment aggregator (Nigeria, NGN): TV subscriptions, exam PINs, electricity
tokens. Provider name `aggregator` (as journalled and as the settings prefix)."""

from __future__ import annotations

from pathlib import Path

from posapp.domain.errors import ConfigError
from posapp.domain.money import Money
from posapp.domain.product import AccountRule, Product
from posapp.domain.settings import Setting, amount_check
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings
from posapp.providers.bills.client import CATEGORIES, BillsAggregator
from posapp.providers.bills.vendor import AggregatorVendor

NAME = "aggregator"



SETTINGS = (
    Setting("aggregator.url", str, "", "Bills aggregator processing URL (empty: not used)"),
    Setting("aggregator.username", str, "", "Bills aggregator username"),
    Setting("aggregator.email", str, "", "Email registered with the bills aggregator"),
    Setting("aggregator.categories", list, ["tv", "waec", "electricity"],
            "Bills categories offered: tv, waec, electricity",
            check=lambda v: "" if set(v) <= set(CATEGORIES) else
            f"each one of {', '.join(CATEGORIES)}"),
    Setting("aggregator.connect_timeout", float, 3.0, "Seconds to wait for a connection"),
    Setting("aggregator.read_timeout", float, 45.0, "Seconds to wait for a bills answer"),
    Setting("aggregator.max_amount", str, "500000.00", "Largest bills sale in naira",
            check=amount_check("NGN")),
)
SECRETS = ("aggregator.token",)

SMARTCARD = AccountRule("Smartcard / IUC number", "Smartcard", 6, 20)
METER = AccountRule("Meter number", "Meter", 6, 20)
# (key, label, category, gives a token, account rule, receipt title, F key, token kind)
_MENU = (
    ("agg.tv", "TV subscription", "tv", False, SMARTCARD, "TV SUBSCRIPTION", "F3", "TOKEN"),
    ("agg.waec", "Exam PINs", "waec", True, None, "EXAM PINS", "F4", "PIN"),
    ("agg.electricity", "Electricity (bills service)", "electricity", True, METER,
     "PREPAID ELECTRICITY", "F7", "TOKEN"),
)


def products(settings: Settings) -> list[Product]:
    wanted = set(settings.get("aggregator.categories"))
    ceiling = Money.parse(str(settings.get("aggregator.max_amount")), "NGN")
    return [Product(key, label, NAME, "NGN", rule, token, title, shortcut, has_options=True,
                    type_label="Status", token_kind=kind, max_amount=ceiling,
                    params={"category": category})
            for key, label, category, token, rule, title, shortcut, kind in _MENU
            if category in wanted]


def build(settings: Settings, secret: SecretGetter) -> AggregatorVendor:
    if not settings.get("aggregator.url"):
        raise ConfigError("The bills service is not set up on this terminal.",
                          "aggregator.url is empty")
    return AggregatorVendor(BillsAggregator(
        settings.get("aggregator.url"), settings.get("aggregator.username"),
        secret("aggregator.token"), settings.get("aggregator.email"),
        timeout=(settings.get("aggregator.connect_timeout"),
                 settings.get("aggregator.read_timeout"))))


def _sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.bills import sandbox

    server = sandbox.AggregatorSandbox(
        port, state_path=str(home / "sandbox-aggregator.sqlite3")).start()
    return SandboxRun(server, {"aggregator.url": server.url,
                               "aggregator.username": sandbox.USERNAME,
                               "aggregator.email": sandbox.EMAIL},
                      {"aggregator.token": sandbox.TOKEN})


PACKAGE = ProviderPackage(
    name=NAME, title="Bills service", role="vendor", settings=SETTINGS, secrets=SECRETS,
    build=build, enabled=lambda s: bool(s.get("aggregator.url")), products=products,
    sandbox=_sandbox, has_enquiry=False, ref_label="Reference",
    timeouts=("aggregator.connect_timeout", "aggregator.read_timeout"))
