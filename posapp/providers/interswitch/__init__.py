"""Interswitch Paycode (Nigeria, NGN): cash-out paycodes for 1 to 10 beneficiaries per batch.

A vendor without enquiry: an in-doubt batch is held for a supervisor, never re-sent with a
new referenceId. The PIN fields (`secure`, `pinBlock`, `macData`) and `sftpAuthData` need
Interswitch's key material, so they come from components named in the settings
(`module:factory`, called with the settings and the secret getter); left empty, the
sandbox-only stand-ins are used, and only against the loopback sandbox.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from posapp.domain.errors import ConfigError
from posapp.domain.money import Money, MoneyError
from posapp.domain.product import Product
from posapp.domain.settings import Setting
from posapp.providers import http
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings, not_set_up
from posapp.providers.interswitch.client import (
    CHANNELS,
    MAX_BATCH,
    MAX_LIFETIME_MINUTES,
    InterswitchPaycode,
    InterswitchVendor,
)
from posapp.providers.interswitch.signing import (
    PinSecurer,
    SandboxPinSecurer,
    SandboxSftpAuth,
    SftpAuth,
)

NAME = "interswitch"
PRODUCT_KEY = "interswitch.paycode"
SECRET = "interswitch.client_secret"


def _naira_check(value: Any) -> str:
    try:
        Money.parse(str(value), "NGN")
    except MoneyError:
        return "an amount in naira, like 200000.00"
    return ""


SETTINGS = (
    Setting("interswitch.base_url", str, "",
            "Paycode API context URL, e.g. https://sandbox.interswitchng.com/api/v1 "
            "(empty: not used)"),
    Setting("interswitch.client_id", str, "", "clientId from Interswitch (IKIA...)"),
    Setting("interswitch.front_end_partner_id", str, "", "frontEndPartnerId (e.g. 455)"),
    Setting("interswitch.subscriber_id", str, "", "subscriberId: the shop's customer id"),
    Setting("interswitch.payment_method_code", str, "",
            "paymentMethodCode of the funding instrument (e.g. GTMM, FBN)"),
    Setting("interswitch.payment_method_identifier", str, "",
            "paymentMethodIdentifier, sent only when Interswitch issued one"),
    Setting("interswitch.channel", str, "ATM", "Default paycode channel: ATM, POS, Agent or WEB",
            check=lambda v: "" if v in CHANNELS else f"one of {', '.join(CHANNELS)}"),
    Setting("interswitch.lifetime_minutes", int, 1440, "Default paycode lifetime in minutes",
            check=lambda v: "" if 0 < v <= MAX_LIFETIME_MINUTES else "minutes above zero"),
    Setting("interswitch.max_amount", str, "200000.00", "Largest paycode batch in naira",
            check=_naira_check),
    Setting("interswitch.connect_timeout", float, 5.0, "Seconds to wait for a connection"),
    Setting("interswitch.read_timeout", float, 60.0, "Seconds to wait for the paycodes"),
    Setting("interswitch.pin_securer", str, "",
            "module:factory of the component that makes secure/pinBlock/macData "
            "(empty: sandbox-only stand-in)"),
    Setting("interswitch.print_pins", bool, False,
            "Print each beneficiary's one-time PIN on their paycode slip (off: the PIN is "
            "given separately)"),
    Setting("interswitch.sftp_auth", str, "",
            "module:factory of the component that makes sftpAuthData "
            "(empty: sandbox-only stand-in)"),
)
_REQUIRED = ("interswitch.client_id", "interswitch.front_end_partner_id",
             "interswitch.subscriber_id", "interswitch.payment_method_code")


def _component(settings: Settings, secret: SecretGetter, key: str) -> Any:
    """The object a `module:factory` setting names, built with the settings and secrets."""
    spec = str(settings.get(key) or "").strip()
    module, _, attr = spec.partition(":")
    if not module or not attr:
        raise ConfigError("The Interswitch security component is not set up right. Call the "
                          "technician.", f"{key} {spec!r}: expected module:factory")
    try:
        factory = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError("The Interswitch security component is not installed. Call the "
                          "technician.", f"{key} {spec!r}: {type(exc).__name__}") from None
    return factory(settings, secret)


def pin_securer(settings: Settings, secret: SecretGetter) -> PinSecurer:
    """The configured PinSecurer, or the sandbox-only stand-in when none is named."""
    if not str(settings.get("interswitch.pin_securer") or "").strip():
        return SandboxPinSecurer()
    securer: PinSecurer = _component(settings, secret, "interswitch.pin_securer")
    return securer


def sftp_auth(settings: Settings, secret: SecretGetter) -> SftpAuth:
    """The configured sftpAuthData component, or the marked sandbox stand-in."""
    if not str(settings.get("interswitch.sftp_auth") or "").strip():
        return SandboxSftpAuth()
    auth: SftpAuth = _component(settings, secret, "interswitch.sftp_auth")
    return auth


def build(settings: Settings, secret: SecretGetter) -> InterswitchVendor:
    base_url = str(settings.get("interswitch.base_url") or "")
    if not base_url:
        raise not_set_up(NAME, "interswitch.base_url is empty")
    base_url = http.check_base_url(base_url)
    missing = [k for k in _REQUIRED if not str(settings.get(k) or "").strip()]
    if missing:
        raise not_set_up(NAME, f"{', '.join(missing)} empty")
    securer = pin_securer(settings, secret)
    if isinstance(securer, SandboxPinSecurer) and not http.is_loopback(
            urlsplit(base_url).hostname or ""):
        raise ConfigError(
            "Paycodes need Interswitch's PIN security component with its key material. "
            "Call the technician.",
            "interswitch: the sandbox PIN securer only works against the loopback sandbox; "
            "set interswitch.pin_securer to a component holding Interswitch's key material")
    client = InterswitchPaycode(
        base_url, str(settings.get("interswitch.client_id")), secret(SECRET),
        front_end_partner_id=str(settings.get("interswitch.front_end_partner_id")),
        subscriber_id=str(settings.get("interswitch.subscriber_id")),
        payment_method_code=str(settings.get("interswitch.payment_method_code")),
        payment_method_identifier=str(settings.get("interswitch.payment_method_identifier")
                                      or ""),
        pin_securer=securer,
        timeout=(float(settings.get("interswitch.connect_timeout")),
                 float(settings.get("interswitch.read_timeout"))))
    return InterswitchVendor(client, channel=str(settings.get("interswitch.channel") or "ATM"),
                             lifetime_minutes=int(settings.get("interswitch.lifetime_minutes")))


def enabled(settings: Settings) -> bool:
    return bool(settings.get("interswitch.base_url")) and bool(
        settings.get("interswitch.client_id"))


def products(settings: Settings) -> list[Product]:
    try:
        ceiling: Money | None = Money.parse(str(settings.get("interswitch.max_amount")), "NGN")
    except MoneyError:
        ceiling = None
    return [Product(PRODUCT_KEY, "Cash-out paycodes", NAME, "NGN", None, True,
                    "CASH-OUT PAYCODE", shortcut="F10", token_kind="PAYCODE",
                    max_amount=ceiling,
                    params={"channel": str(settings.get("interswitch.channel") or "ATM"),
                            "channels": ",".join(CHANNELS),
                            "max_entries": str(MAX_BATCH),
                            "max_lifetime_minutes": str(MAX_LIFETIME_MINUTES),
                            "lifetime_minutes": str(settings.get(
                                "interswitch.lifetime_minutes")),
                            # read by the slip: the owner's choice, off by default
                            "print_pins": "yes" if settings.get("interswitch.print_pins")
                            else ""}, screen="batch")]


def _start_sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.interswitch import sandbox as sb

    server = sb.InterswitchSandbox(
        port, state_path=str(home / "sandbox-interswitch.sqlite3")).start()
    return SandboxRun(server, {
        "interswitch.base_url": server.context_url,
        "interswitch.client_id": sb.CLIENT_ID,
        "interswitch.front_end_partner_id": sb.FRONT_END_PARTNER_ID,
        "interswitch.subscriber_id": sb.SUBSCRIBER_ID,
        "interswitch.payment_method_code": sb.PAYMENT_METHOD_CODE,
        "interswitch.pin_securer": "",
        "interswitch.sftp_auth": "",
    }, {SECRET: sb.CLIENT_SECRET})


PACKAGE = ProviderPackage(
    name=NAME,
    title="Interswitch Paycode",
    role="vendor",
    settings=SETTINGS,
    secrets=(SECRET,),
    build=build,
    enabled=enabled,
    products=products,
    sandbox=_start_sandbox,
    has_enquiry=False,
    ref_label="Reference ID",
    timeouts=("interswitch.connect_timeout", "interswitch.read_timeout"),
)
