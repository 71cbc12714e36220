"""eFactory (electricity distributor, Nigeria, NGN): prepaid tokens, postpaid bills,
reconnection and new-meter fees. Client in `client.py`, vendor in `vendor.py`, loopback
simulator in `sandbox.py`."""

from __future__ import annotations

from pathlib import Path

from posapp.domain.errors import ConfigError
from posapp.domain.money import Money
from posapp.domain.product import AccountRule, Product
from posapp.domain.settings import Setting, amount_check
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings
from posapp.providers.efactory.client import ITEM_TYPES, SC_IDS, EFactory
from posapp.providers.efactory.vendor import EFactoryVendor

NAME = "efactory"



SETTINGS = (
    Setting("efactory.base_url", str, "https://demo.efactory.com.ng", "eFactory API address"),
    Setting("efactory.sc_id", str, "IBD", "eFactory service-centre (business unit) id",
            check=lambda v: "" if v in SC_IDS else f"one of {', '.join(SC_IDS)}"),
    Setting("efactory.item_type_ids", list, ["389"],
            "eFactory item types offered: 389 electricity, 789 reconnection, 799 new meter",
            check=lambda v: "" if set(v) <= set(ITEM_TYPES) else f"each one of "
            f"{', '.join(ITEM_TYPES)}"),
    Setting("efactory.allow_plain_http", bool, False,
            "Allow http:// to eFactory (only inside its VPN tunnel)"),
    Setting("efactory.connect_timeout", float, 3.0, "Seconds to wait for a connection"),
    Setting("efactory.read_timeout", float, 25.0, "Seconds to wait for an answer"),
    Setting("efactory.max_amount", str, "500000.00", "Largest eFactory sale in naira",
            check=amount_check("NGN")),
)
SECRETS = ("efactory.api_key", "efactory.auth_token")

METER = AccountRule("Meter number", "Meter", 6, 20)
ACCOUNT = AccountRule("Account number", "Account", 6, 20)
# (key, label, meter type, item type, gives a token, account rule, receipt title, F key)
_MENU = (
    ("efactory.prepaid", "Electricity prepaid", "PREPAID", "389", True, METER,
     "PREPAID ELECTRICITY", "F1"),
    ("efactory.postpaid", "Electricity bill (postpaid)", "POSTPAID", "389", False, ACCOUNT,
     "ELECTRICITY BILL", "F2"),
    ("efactory.reconnection", "Reconnection fee", "POSTPAID", "789", False, ACCOUNT,
     "RECONNECTION FEE", ""),
    ("efactory.new_meter", "New meter payment", "POSTPAID", "799", False, ACCOUNT,
     "NEW METER PAYMENT", ""),
)


def products(settings: Settings) -> list[Product]:
    offered = set(settings.get("efactory.item_type_ids"))
    ceiling = Money.parse(str(settings.get("efactory.max_amount")), "NGN")
    return [Product(key, label, NAME, "NGN", rule, token, title, shortcut,
                    type_label="Meter type", max_amount=ceiling,
                    params={"meter_type": meter_type, "item_type_id": item_type})
            for key, label, meter_type, item_type, token, rule, title, shortcut in _MENU
            if item_type in offered]


def build(settings: Settings, secret: SecretGetter) -> EFactoryVendor:
    sc_id = settings.get("efactory.sc_id")
    if sc_id not in SC_IDS:
        raise ConfigError("The eFactory business unit is not set up right. Call the "
                          "technician.", f"efactory.sc_id {sc_id!r} is not one of "
                          f"{', '.join(SC_IDS)}")
    client = EFactory(settings.get("efactory.base_url"), secret("efactory.api_key"),
                      secret("efactory.auth_token"),
                      timeout=(settings.get("efactory.connect_timeout"),
                               settings.get("efactory.read_timeout")),
                      allow_plain_http=settings.get("efactory.allow_plain_http"))
    return EFactoryVendor(client, sc_id, str(settings.get("terminal.terminal_id") or ""))


def _sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.efactory import sandbox

    server = sandbox.EFactorySandbox(
        port, state_path=str(home / "sandbox-efactory.sqlite3")).start()
    return SandboxRun(server, {"efactory.base_url": server.base_url,
                               "efactory.item_type_ids": ["389", "789", "799"]},
                      {"efactory.api_key": server.api_key,
                       "efactory.auth_token": server.auth_token})


PACKAGE = ProviderPackage(
    name=NAME, title="eFactory", role="vendor", settings=SETTINGS, secrets=SECRETS,
    build=build, enabled=lambda s: bool(s.get("efactory.base_url")), products=products,
    sandbox=_sandbox, has_enquiry=True, ref_label="eFactory ref",
    timeouts=("efactory.connect_timeout", "efactory.read_timeout"))
