"""EkoloPay Collect (Congo, XAF): the customer pays by mobile money on EkoloPay's hosted
page, shown on the screen as a QR code; the counter polls check-payment. Client and
collector in `client.py`, loopback simulator in `sandbox.py`."""

from __future__ import annotations

from pathlib import Path

from posapp.domain.errors import ConfigError
from posapp.domain.product import Tender
from posapp.domain.settings import Setting
from posapp.providers import http
from posapp.providers.base import (
    ProviderPackage,
    SandboxRun,
    SecretGetter,
    Settings,
    not_set_up,
)
from posapp.providers.ekolopay.client import CURRENCY, EkoloPay, EkoloPayCollector

NAME = "ekolopay"


def _url(value: object) -> str:
    try:
        http.check_base_url(str(value), allow_plain_http=True)
    except ConfigError as exc:
        return exc.detail
    return ""


def _positive(value: object) -> str:
    return "" if isinstance(value, int | float) and value > 0 else "more than zero"


SETTINGS = (
    Setting("ekolopay.base_url", str, "https://ekolopay.com/api/v1/gateway",
            "EkoloPay API address (the doc's API de base)", check=_url),
    Setting("ekolopay.page_url", str, "https://ekolopay.com/purchase-product",
            "EkoloPay hosted payment page; the purchase token is added after a /", check=_url),
    Setting("ekolopay.api_client", str, "",
            "EkoloPay API client (merchant API id; empty: EkoloPay is off)"),
    Setting("ekolopay.allow_plain_http", bool, False,
            "Allow http:// to EkoloPay (never on a live terminal)"),
    Setting("ekolopay.connect_timeout", float, 3.0, "Seconds to wait for a connection",
            check=_positive),
    Setting("ekolopay.read_timeout", float, 20.0, "Seconds to wait for an answer",
            check=_positive),
    Setting("ekolopay.timeout_seconds", float, 300.0,
            "How long the customer has to pay on the EkoloPay page", check=_positive),
)
SECRETS = ("ekolopay.secret_key",)


def enabled(settings: Settings) -> bool:
    return bool(settings.get("ekolopay.api_client")) and bool(settings.get("ekolopay.base_url"))


def tenders(settings: Settings) -> list[Tender]:
    """One way to pay: mobile money on the hosted page. The doc's `customer` needs the
    phone, so the cashier asks for it."""
    return [Tender("ekolopay.momo", "EkoloPay mobile money", NAME, (CURRENCY,),
                   needs_phone=True, shows_page=True,
                   params={"timeout": str(settings.get("ekolopay.timeout_seconds"))})]


def build(settings: Settings, secret: SecretGetter) -> EkoloPayCollector:
    api_client = str(settings.get("ekolopay.api_client") or "")
    if not api_client:
        raise not_set_up(NAME, "ekolopay.api_client is empty")
    plain = bool(settings.get("ekolopay.allow_plain_http"))
    client = EkoloPay(str(settings.get("ekolopay.base_url")), api_client,
                      secret("ekolopay.secret_key"),
                      timeout=(float(settings.get("ekolopay.connect_timeout")),
                               float(settings.get("ekolopay.read_timeout"))),
                      allow_plain_http=plain)
    return EkoloPayCollector(client, str(settings.get("ekolopay.page_url")),
                             allow_plain_http=plain)


def _sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.ekolopay.sandbox import GATEWAY, PAGE, EkoloPaySandbox

    # Nobody can scan a loopback page with a phone: the demo customer pays after 6 s.
    server = EkoloPaySandbox(port, state_path=str(home / "sandbox-ekolopay.sqlite3"),
                             auto_approve=6.0).start()
    return SandboxRun(server, {"ekolopay.base_url": server.base_url + GATEWAY,
                               "ekolopay.page_url": server.base_url + PAGE,
                               "ekolopay.api_client": server.api_client},
                      {"ekolopay.secret_key": server.secret_key})


PACKAGE = ProviderPackage(
    name=NAME, title="EkoloPay", role="collector", settings=SETTINGS, secrets=SECRETS,
    build=build, enabled=enabled, tenders=tenders, sandbox=_sandbox, has_enquiry=True,
    ref_label="EkoloPay token",
    timeouts=("ekolopay.connect_timeout", "ekolopay.read_timeout"))
