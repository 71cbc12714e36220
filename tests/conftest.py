"""Shared fixtures: a real eFactory sandbox and a real virtual printer on loopback,
and a Counter wired to them with a short read timeout so fault tests run quickly."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

# Qt must never look for a display in tests or CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_escpos_cache = Path(tempfile.gettempdir()) / "posapp-test-escpos"
_escpos_cache.mkdir(exist_ok=True)
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_escpos_cache))

import pytest  # noqa: E402

from posapp.config import Config  # noqa: E402
from posapp.printing.virtual import VirtualPrinter  # noqa: E402
from posapp.providers.bills import sandbox as ags  # noqa: E402
from posapp.providers.efactory.sandbox import EFactorySandbox  # noqa: E402
from posapp.secrets import MemorySecrets  # noqa: E402
from posapp.service import Counter  # noqa: E402

READ_TIMEOUT = 1.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def sandbox():
    with EFactorySandbox() as server:
        yield server


@pytest.fixture
def bills():
    with ags.AggregatorSandbox() as server:
        yield server


@pytest.fixture
def vprinter(tmp_path):
    with VirtualPrinter(tmp_path / "receipts") as printer:
        yield printer


def make_config(home: Path, base_url: str, printer_port: int | None,
                profile: str = "80mm", bills_url: str = "") -> Config:
    config = Config(home)
    config.set("efactory.base_url", base_url)
    config.set("efactory.item_type_ids", ["389", "789", "799"])
    config.set("efactory.read_timeout", READ_TIMEOUT)
    config.set("efactory.connect_timeout", 1.0)
    config.set("terminal.terminal_id", "DEMO0001")
    config.set("outbox.poll_seconds", 0.2)
    if bills_url:
        config.set("aggregator.url", bills_url)
        config.set("aggregator.username", ags.USERNAME)
        config.set("aggregator.email", ags.EMAIL)
        config.set("aggregator.read_timeout", READ_TIMEOUT)
    if printer_port is not None:
        config.set("printer.type", "virtual")
        config.set("printer.port", printer_port)
        config.set("printer.profile", profile)
    return config


@pytest.fixture
def secrets(sandbox):
    return MemorySecrets({"efactory.api_key": sandbox.api_key,
                          "efactory.auth_token": sandbox.auth_token,
                          "aggregator.token": ags.TOKEN})


@pytest.fixture
def counter(tmp_path, sandbox, bills, vprinter, secrets):
    c = Counter(make_config(tmp_path, sandbox.base_url, vprinter.port, bills_url=bills.url),
                secrets)
    yield c
    c.stop()
