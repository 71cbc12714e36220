"""Secrets (API keys, auth tokens, client secrets) live in the OS keyring, never in config.

Names are "provider.field", e.g. "efactory.api_key"; the keyring entry is scoped by
the terminal home so two homes on one PC do not share credentials.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Protocol

from posapp.domain.errors import ConfigError

log = logging.getLogger(__name__)

SECRET_NAMES = ("efactory.api_key", "efactory.auth_token", "aggregator.token")


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...


class MemorySecrets:
    """Secrets held in memory only: the sandbox's public demo credentials."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values = dict(values or {})

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value


class KeyringSecrets:
    """The OS keyring (Windows Credential Manager, Secret Service, macOS Keychain)."""

    def __init__(self, home: str) -> None:
        self.service = "posapp-" + hashlib.sha256(home.encode()).hexdigest()[:12]

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self.service, name)
        except KeyringError as exc:
            raise ConfigError("The credential store cannot be read.", repr(exc)) from exc

    def set(self, name: str, value: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.service, name, value)
        except KeyringError as exc:
            raise ConfigError("The credential store cannot be written. Install a keyring "
                              "backend (Secret Service on Linux).", repr(exc)) from exc


def require(store: SecretStore, name: str) -> str:
    value = store.get(name)
    if not value:
        raise ConfigError("This terminal is missing a provider credential. Call the technician.",
                          f"secret {name} not set (posapp secret set {name})")
    return value


class RedactingFilter(logging.Filter):
    """Replaces every known secret value in log records with ***. The one redaction point."""

    def __init__(self) -> None:
        super().__init__()
        self.values: set[str] = set()

    def add(self, value: str | None) -> None:
        if value and len(value) >= 4:
            self.values.add(value)

    def redact(self, text: str) -> str:
        for v in self.values:
            text = text.replace(v, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.values:
            record.msg, record.args = self.redact(record.getMessage()), None
            # A traceback can carry a secret too (a chained requests error holds the URL
            # with eFactory's apiKey in its path): format it now, redacted.
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = self.redact(record.exc_text)
        return True


REDACTOR = RedactingFilter()


class EnvSecrets:
    """POSAPP_SECRET_EFACTORY_API_KEY style variables, for headless kiosks and CI; falls
    back to another store."""

    def __init__(self, fallback: SecretStore | None = None) -> None:
        self.fallback = fallback

    @staticmethod
    def var(name: str) -> str:
        return "POSAPP_SECRET_" + name.upper().replace(".", "_")

    def get(self, name: str) -> str | None:
        import os

        value = os.environ.get(self.var(name))
        if value:
            return value
        return self.fallback.get(name) if self.fallback else None

    def set(self, name: str, value: str) -> None:
        if self.fallback is None:
            raise ConfigError("No credential store to write to.", name)
        self.fallback.set(name, value)
