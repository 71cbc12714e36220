"""The provider clients of one terminal, built from the registry, its settings and secrets.

The only place that turns provider packages into live vendors and collectors; every
secret a client is built with is added to the log redactor first.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

from posapp.config import Config
from posapp.domain.errors import ConfigError, InputError
from posapp.domain.product import CASH, Product, Tender
from posapp.providers.base import Collector, ProviderPackage, Vendor
from posapp.providers.http import is_loopback
from posapp.providers.registry import BY_NAME, PACKAGES
from posapp.secrets import REDACTOR, SecretStore, require


def live_endpoints(package: ProviderPackage, config: Config) -> list[str]:
    """The package's provider addresses (`url`, `*_url` settings) that are not on this
    machine: a training terminal may only talk to the loopback sandboxes."""
    found = []
    for s in package.settings:
        name = s.key.rsplit(".", 1)[-1]
        value = str(config.get(s.key) or "").strip()
        if (name == "url" or name.endswith("_url")) and value:
            host = urlsplit(value).hostname or value
            if not is_loopback(host):
                found.append(f"{s.key} = {value}")
    return found


class Clients:
    def __init__(self, config: Config, secrets: SecretStore,
                 built: dict[str, Any] | None = None) -> None:
        self.config = config
        self.secrets = secrets
        self._built: dict[str, Any] = dict(built or {})
        self._lock = threading.Lock()

    def package(self, name: str) -> ProviderPackage:
        try:
            return BY_NAME[name]
        except KeyError:
            raise ConfigError("This provider is not known to this terminal.", name) from None

    def _secret(self, name: str) -> str:
        value = require(self.secrets, name)
        REDACTOR.add(value)
        return value

    def _client(self, name: str, role: str) -> Any:
        package = self.package(name)
        if package.role != role:
            raise ConfigError("This provider cannot do that.", f"{name} is a {package.role}")
        with self._lock:
            if name not in self._built:
                if not package.enabled(self.config):
                    raise ConfigError("This provider is not set up on this terminal.", name)
                live = self.config.get("terminal.training") and live_endpoints(package,
                                                                               self.config)
                if live:  # training never spends real money
                    raise ConfigError(
                        f"Training mode is on, but {package.title} points at a real provider: "
                        "nothing was sent. A technician points it at its sandbox or turns "
                        "training off.", f"training with live endpoints: {', '.join(live)}")
                self._built[name] = package.build(self.config, self._secret)
            return self._built[name]

    def vendor(self, name: str) -> Vendor:
        client: Vendor = self._client(name, "vendor")
        return client

    def collector(self, name: str) -> Collector:
        client: Collector = self._client(name, "collector")
        return client

    def forget(self) -> None:
        """Build the clients again on next use (settings or secrets changed)."""
        with self._lock:
            self._built.clear()

    # -- plain data for the screens: no I/O, safe on the GUI thread -------------------------

    def products(self) -> list[Product]:
        out: list[Product] = []
        for package in PACKAGES:
            if package.role == "vendor" and package.enabled(self.config):
                out += package.products(self.config)
        return out

    def product(self, key: str) -> Product:
        for p in self.products():
            if p.key == key:
                return p
        raise InputError("This terminal does not sell that.", f"product {key!r}")

    def known_product(self, key: str) -> Product:
        """A journalled sale's product, even one this terminal no longer offers (its
        settings changed): then a plain stand-in, so old sales still show and print."""
        for p in self.products():
            if p.key == key:
                return p
        # Labels only: a stand-in is never sold, so it has no currency of its own.
        provider = key.split(".", 1)[0]
        return Product(key, key, provider, "", None, False, key.upper())

    def product_label(self, key: str) -> str:
        return self.known_product(key).label

    def tender_label(self, key: str) -> str:
        """"Cash", or the collector's method, even one this terminal no longer offers."""
        return next((t.label for t in self.tenders() if t.key == key), key)

    def tenders(self) -> list[Tender]:
        out = [CASH]
        for package in PACKAGES:
            if package.role == "collector" and package.enabled(self.config):
                out += package.tenders(self.config)
        return out

    def tender(self, key: str) -> Tender:
        for t in self.tenders():
            if t.key == key:
                return t
        raise InputError("This terminal does not take that kind of payment.", f"tender {key!r}")

    def ref_label(self, provider: str) -> str:
        package = BY_NAME.get(provider)
        return package.ref_label if package else "Reference"

    def has_enquiry(self, provider: str) -> bool:
        return self.package(provider).has_enquiry

    def read_timeout(self, provider: str) -> float:
        """The longest a call to this provider may take (connect + read), for deciding when
        a VENDING sale was abandoned."""
        keys = self.package(provider).timeouts
        return sum(float(self.config.get(k)) for k in keys if k) or 30.0
