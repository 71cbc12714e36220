"""Setting a terminal up the first time, for the technician's wizard: what to ask (from the
settings and the provider registry), saving the answers, a test print, a connection test
per configured provider, and the first users. No Qt.

`test_connection`, `save` and `create_users` block (network, keyring, scrypt): call them
from a worker thread, never the GUI's.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import requests

from posapp.config import BY_KEY, Config
from posapp.domain.errors import ConfigError, InputError, PosError
from posapp.i18n import use_setting
from posapp.printing.layout import profiles
from posapp.providers.http import check_base_url, new_session
from posapp.providers.registry import BY_NAME, PACKAGES
from posapp.secrets import REDACTOR
from posapp.service.counter import Counter

log = logging.getLogger(__name__)

# The printer types a technician picks from (the rest of printer.* follows from the type).
PRINTER_TYPES = (("network", "Network (Ethernet/Wi-Fi, port 9100)"), ("usb", "USB"),
                 ("serial", "Serial (COM port)"), ("win32", "Windows printer"),
                 ("cups", "CUPS printer"), ("file", "Device file (/dev/usb/lp0)"),
                 ("virtual", "Virtual printer (training)"), ("none", "No printer"))
_KINDS = {int: "a whole number", float: "a number", bool: "yes or no", str: "text",
          list: "a list"}
# Which of a provider's text settings identify this shop or terminal to it.
_ID_NAMES = ("id", "username", "client")


@dataclass(frozen=True)
class Field:
    """One setting as the wizard shows it."""

    key: str
    label: str
    value: str


@dataclass(frozen=True)
class ProviderSetup:
    """A provider configured on this terminal: its ids and credentials to fill in."""

    name: str
    title: str
    role: str
    ids: tuple[Field, ...]
    secrets: tuple[str, ...]  # names only; values never leave the credential store
    address: str  # what the connection test reaches ("" for the shop: nothing remote)


@dataclass(frozen=True)
class Connection:
    """The result of one provider's connection test, for people."""

    provider: str
    title: str
    ok: bool
    message: str
    millis: int = 0


def _is_id(key: str) -> bool:
    last = key.split(".", 1)[1]
    return any(last.endswith(n) for n in _ID_NAMES)


class TerminalSetup:
    """The technician's first-run questions and their answers, for one counter."""

    def __init__(self, counter: Counter) -> None:
        self.counter = counter
        self.config: Config = counter.config

    def needs_setup(self) -> bool:
        """A terminal nobody can sign in to has not been set up yet."""
        return not self.counter.has_users()

    def field(self, key: str) -> Field:
        value = self.config.get(key)
        return Field(key, BY_KEY[key].description, "" if value is None else str(value))

    def providers(self) -> list[ProviderSetup]:
        """The providers these settings turn on, in menu order."""
        out = []
        for package in PACKAGES:
            if not package.enabled(self.config):
                continue
            ids = tuple(self.field(s.key) for s in package.settings
                        if s.type is str and _is_id(s.key))
            url = next((str(self.config.get(s.key)) for s in package.settings
                        if s.key.endswith("url") and "page" not in s.key), "")
            out.append(ProviderSetup(package.name, package.title, package.role, ids,
                                     package.secrets, url))
        return out

    def printer_profiles(self) -> list[tuple[str, str]]:
        """(name, description) of every printer profile in printers/."""
        return sorted((p.name, p.description) for p in profiles().values())

    def check(self, values: dict[str, Any]) -> None:
        """Raise InputError naming the first answer a setting cannot take; changes nothing."""
        trial = Config(self.config.home)
        for key, value in values.items():
            try:
                trial.set(key, value)
            except ConfigError as exc:
                setting = BY_KEY.get(key)
                if setting is None:
                    raise
                kind = _KINDS.get(setting.type, setting.type.__name__)
                why = (f"must be {kind}" if "wrong type" in exc.message
                       else exc.detail.split(": ", 1)[-1])
                raise InputError(f"{setting.description}: {why}.", exc.detail) from exc

    def save(self, values: dict[str, Any], secrets: dict[str, str] | None = None) -> None:
        """Check every answer, then keep them: settings in config.toml, credentials in the
        OS credential store. Empty credentials leave the stored ones alone."""
        self.check(values)
        for key, value in values.items():
            self.config.set(key, value)
        self.config.save()
        if "terminal.language" in values:  # the counter window opens in it
            use_setting(self.config.get("terminal.language"))
        for name, value in (secrets or {}).items():
            if value:
                REDACTOR.add(value)  # before anything could log it
                self.counter.clients.secrets.set(name, value)
        self.counter.clients.forget()  # rebuild the clients with what was just saved
        log.info("setup: %d setting(s) saved%s", len(values),
                 f", {sum(1 for v in (secrets or {}).values() if v)} credential(s) stored"
                 if secrets else "")

    def test_print(self) -> Future[Any]:
        """A test page on the printer as now set (save first)."""
        return self.counter.print_test()

    def test_connection(self, name: str) -> Connection:
        """Can this terminal talk to the provider? Its client must build from the settings
        and credentials, and its address must answer HTTP. Moves no money."""
        package = BY_NAME.get(name)
        if package is None:
            return Connection(name, name, False, "This provider is not known.")
        start = time.monotonic()
        try:
            if package.role == "vendor":
                self.counter.clients.vendor(name)
            else:
                self.counter.clients.collector(name)
        except PosError as exc:
            return Connection(name, package.title, False, f"Not set up: {exc.detail}")
        setup = next((p for p in self.providers() if p.name == name), None)
        if setup is None or not setup.address:
            return Connection(name, package.title, True, "Ready (works on this terminal only).")
        connect, read = (float(self.config.get(k)) if k else 5.0 for k in package.timeouts)
        try:
            url = check_base_url(setup.address, allow_plain_http=bool(
                self.config.get(f"{name}.allow_plain_http"))
                if f"{name}.allow_plain_http" in BY_KEY else False)
            with new_session() as session:
                answer = session.get(url, timeout=(connect, min(read, 10.0)),
                                     allow_redirects=False)
        except ConfigError as exc:
            return Connection(name, package.title, False, f"Address refused: {exc.detail}")
        except requests.exceptions.SSLError:
            return Connection(name, package.title, False,
                              f"{setup.address}: its certificate is not trusted.")
        except requests.exceptions.Timeout:
            return Connection(name, package.title, False,
                              f"{setup.address} did not answer in time.")
        except requests.RequestException as exc:
            log.info("setup: %s unreachable: %r", name, exc)
            return Connection(name, package.title, False, f"Cannot reach {setup.address}.")
        millis = int((time.monotonic() - start) * 1000)
        return Connection(name, package.title, True,
                          f"Reached {setup.address} (HTTP {answer.status_code}) in {millis} ms.",
                          millis)

    def create_users(self, technician: tuple[str, str], supervisor: tuple[str, str]) -> None:
        """The terminal's first two people: (name, PIN) each. Two different PINs, since a
        PIN alone says who is signing in."""
        (tech, tech_pin), (sup, sup_pin) = technician, supervisor
        if tech.strip().lower() == sup.strip().lower():
            raise InputError("The technician and the supervisor need different names.")
        if tech_pin == sup_pin:
            raise InputError("The technician and the supervisor need different PINs.")
        first = self.counter.add_user(tech, "technician", tech_pin, f"setup:{tech.strip()}")
        # from the first user on, adding users is a technician's work: this one's
        self.counter.add_user(sup, "supervisor", sup_pin, first.name)
