"""The test wallet (training and demo only): a collector on loopback that proves the
collection path - start, poll, cancel, a customer who approves, declines or never answers."""

from __future__ import annotations

from pathlib import Path

from posapp.domain.errors import ConfigError
from posapp.domain.product import Tender
from posapp.domain.settings import Setting
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings
from posapp.providers.testpay.client import TestWallet

NAME = "testpay"
CURRENCIES = ("NGN", "RWF", "XAF", "USD")

SETTINGS = (
    Setting("testpay.base_url", str, "", "Test wallet address (loopback only; empty: off)"),
    Setting("testpay.timeout_seconds", float, 120.0,
            "How long the customer has to approve a test wallet payment"),
)


def tenders(settings: Settings) -> list[Tender]:
    return [Tender("testpay.wallet", "Test wallet (training)", NAME, CURRENCIES,
                   needs_phone=True, shows_page=True,
                   params={"timeout": str(settings.get("testpay.timeout_seconds"))})]


def build(settings: Settings, secret: SecretGetter) -> TestWallet:
    url = settings.get("testpay.base_url")
    if not url:
        raise ConfigError("The test wallet is not set up on this terminal.", "testpay.base_url")
    return TestWallet(url)


def _sandbox(home: Path, port: int = 0) -> SandboxRun:
    from posapp.providers.testpay.sandbox import TestWalletSandbox

    server = TestWalletSandbox(port, state_path=str(home / "sandbox-testpay.sqlite3"),
                               auto_approve=4.0).start()
    return SandboxRun(server, {"testpay.base_url": server.base_url}, {})


PACKAGE = ProviderPackage(
    name=NAME, title="Test wallet", role="collector", settings=SETTINGS, secrets=(),
    build=build, enabled=lambda s: bool(s.get("testpay.base_url")), tenders=tenders,
    sandbox=_sandbox, ref_label="Wallet ref")
