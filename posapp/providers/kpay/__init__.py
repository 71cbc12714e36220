"""K-Pay (Rwanda): takes the customer's money by MTN / Airtel mobile money push or on K-Pay's
card checkout page. Read beside provider-docs/kpay.txt; the client is in `client.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from posapp.domain.errors import ConfigError, InputError
from posapp.domain.product import Tender
from posapp.domain.settings import Setting
from posapp.providers import http
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings, not_set_up
from posapp.providers.kpay.client import (
    CODES,
    TENDERS,
    Defaults,
    KPay,
    KPayCollector,
    format_amount,
    normalise_msisdn,
    parse_pay,
    parse_status,
)

__all__ = ["CODES", "PACKAGE", "TENDERS", "Defaults", "KPay", "KPayCollector", "format_amount",
           "normalise_msisdn", "parse_pay", "parse_status"]

LIVE_URL = "https://pay.esicia.rw"
SANDBOX_URL = "https://pay.esicia.com"


def _check_tenders(value: Any) -> str:
    unknown = [v for v in value if v not in TENDERS]
    return f"unknown K-Pay tenders {unknown}; use {sorted(TENDERS)}" if unknown else ""


def _check_url(value: Any) -> str:
    if not value:
        return ""
    try:
        http.check_base_url(str(value))
    except ConfigError as exc:
        return exc.detail
    return ""


def _check_phone(value: Any) -> str:
    if not value:
        return ""
    try:
        normalise_msisdn(str(value))
    except InputError as exc:
        return exc.message
    return ""


SETTINGS = (
    Setting("kpay.base_url", str, LIVE_URL,
            f"K-Pay address: live {LIVE_URL}, sandbox {SANDBOX_URL}", check=_check_url),
    Setting("kpay.username", str, "", "K-Pay API user (Basic authorization); empty = K-Pay off"),
    Setting("kpay.retailerid", str, "", "The shop's retailer ID at K-Pay"),
    Setting("kpay.email", str, "", "Email sent as the paying client's email (the doc requires one)"),
    Setting("kpay.returl", str, "", "Postback URL K-Pay requires (the counter never listens on it)"),
    Setting("kpay.redirecturl", str, "", "Where the card page sends the customer after paying"),
    Setting("kpay.logourl", str, "", "Logo on K-Pay's card checkout page (optional)"),
    Setting("kpay.shop_msisdn", str, "",
            "Shop's mobile number, sent as msisdn for card payments with no customer number",
            check=_check_phone),
    Setting("kpay.tenders", list, ["mtn", "airtel", "card"],
            "K-Pay ways to pay offered: mtn, airtel, card", check=_check_tenders),
    Setting("kpay.connect_timeout", float, 5.0, "Seconds to connect to K-Pay"),
    Setting("kpay.read_timeout", float, 30.0, "Seconds to wait for K-Pay's answer"),
)
SECRETS = ("kpay.password",)


def enabled(settings: Settings) -> bool:
    return bool(str(settings.get("kpay.username") or "").strip())


def tenders(settings: Settings) -> list[Tender]:
    if not enabled(settings):
        return []
    return [TENDERS[k] for k in settings.get("kpay.tenders") or [] if k in TENDERS]


def build(settings: Settings, secret: SecretGetter) -> KPayCollector:
    """The collector, or ConfigError naming what is missing."""
    if not enabled(settings):
        raise not_set_up("kpay", "kpay.username is empty")
    missing = [k for k in ("kpay.base_url", "kpay.retailerid", "kpay.email", "kpay.returl",
                           "kpay.redirecturl") if not str(settings.get(k) or "").strip()]
    if missing:
        raise not_set_up("kpay", "missing " + ", ".join(missing))
    client = KPay(str(settings.get("kpay.base_url")), str(settings.get("kpay.username")).strip(),
                  secret("kpay.password"),
                  timeout=(float(settings.get("kpay.connect_timeout")),
                           float(settings.get("kpay.read_timeout"))))
    defaults = Defaults(
        retailerid=str(settings.get("kpay.retailerid")).strip(),
        email=str(settings.get("kpay.email")).strip(),
        returl=str(settings.get("kpay.returl")).strip(),
        redirecturl=str(settings.get("kpay.redirecturl")).strip(),
        logourl=str(settings.get("kpay.logourl") or "").strip(),
        shop_msisdn=str(settings.get("kpay.shop_msisdn") or "").strip(),
    )
    return KPayCollector(client, defaults)


def _start_sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.kpay import sandbox

    server = sandbox.KPaySandbox(port, state_path=str(home / "sandbox-kpay.sqlite3"),
                                 auto_approve=sandbox.DEMO_AUTO_APPROVE).start()
    return SandboxRun(
        server=server,
        settings={
            "kpay.base_url": server.base_url,
            "kpay.username": sandbox.USERNAME,
            "kpay.retailerid": sandbox.RETAILER_ID,
            "kpay.email": sandbox.EMAIL,
            "kpay.returl": sandbox.RETURL,
            "kpay.redirecturl": sandbox.REDIRECTURL,
            "kpay.shop_msisdn": sandbox.SHOP_MSISDN,
        },
        secrets={"kpay.password": sandbox.PASSWORD},
    )


PACKAGE = ProviderPackage(
    name="kpay",
    title="K-Pay",
    role="collector",
    settings=SETTINGS,
    secrets=SECRETS,
    build=build,
    enabled=enabled,
    tenders=tenders,
    sandbox=_start_sandbox,
    has_enquiry=True,
    ref_label="K-Pay ref",
    timeouts=("kpay.connect_timeout", "kpay.read_timeout"),
)
