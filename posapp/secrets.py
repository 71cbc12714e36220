"""Secrets (API keys, auth tokens, client secrets) live in the OS keyring, or where there is
none in an encrypted file; never in config, the journal, logs or receipts.

Names are "provider.field", e.g. "efactory.api_key"; the keyring entry is scoped by
the terminal home so two homes on one PC do not share credentials. Only the OS's own
credential stores count as a keyring: a backend that keeps secrets in plain files
(keyrings.alt's PlaintextKeyring and the like) is refused. See docs/SECURITY.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets as _random
import tempfile
from pathlib import Path
from typing import Any, Protocol

from posapp.domain.errors import ConfigError

log = logging.getLogger(__name__)

SECRET_NAMES = ("efactory.api_key", "efactory.auth_token", "aggregator.token")

#: keyring backends that are the operating system's own credential store
OS_KEYRINGS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
})


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


def _class_name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def os_keyring(backend: Any = None) -> tuple[Any | None, str]:
    """The keyring backend if it is an OS credential store, else None and why not. A
    chainer counts only if every store it chains is one."""
    if backend is None:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyring install is "no keyring", not a crash
            return None, f"keyring unavailable: {exc!r}"
    name = _class_name(backend)
    chained = getattr(backend, "backends", None)
    if name == "keyring.backends.chainer.ChainerBackend" and chained:
        bad = [_class_name(b) for b in chained if _class_name(b) not in OS_KEYRINGS]
        return (None, f"chained keyring includes {', '.join(bad)}") if bad else (backend, "")
    if name not in OS_KEYRINGS:
        return None, f"{name} is not an OS credential store (plaintext or no keyring)"
    try:
        if float(backend.priority) <= 0:
            return None, f"{name} is not usable here"
    except Exception as exc:
        return None, f"{name} is not usable here: {exc!r}"
    return backend, ""


class KeyringSecrets:
    """The OS keyring (Windows Credential Manager, Secret Service, macOS Keychain). Only an
    OS credential store is used (see `os_keyring`)."""

    def __init__(self, home: str, backend: Any = None) -> None:
        self.service = "posapp-" + hashlib.sha256(home.encode()).hexdigest()[:12]
        self.backend, self.why_not = os_keyring(backend)

    @property
    def usable(self) -> bool:
        return self.backend is not None

    def describe(self) -> str:
        return f"the OS keyring ({type(self.backend).__name__})"

    def _store(self) -> Any:
        if self.backend is None:
            raise ConfigError("There is no OS keyring on this terminal.", self.why_not)
        return self.backend

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            value = self._store().get_password(self.service, name)
            return str(value) if value is not None else None
        except KeyringError as exc:
            raise ConfigError("The credential store cannot be read.", repr(exc)) from exc

    def set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._store().set_password(self.service, name, value)
        except KeyringError as exc:
            raise ConfigError("The credential store cannot be written. Install a keyring "
                              "backend (Secret Service on Linux).", repr(exc)) from exc


PASSPHRASE_VAR = "POSAPP_SECRETS_PASSPHRASE"
KEY_DIR_VAR = "POSAPP_SECRETS_KEY_DIR"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class EncryptedFileSecrets:
    """Secrets in `<home>/secrets.enc`, each sealed with AES-256-GCM (its name bound as
    associated data). The key comes from a passphrase in POSAPP_SECRETS_PASSPHRASE through
    scrypt, or else from a random key file kept apart from the home (the user's config
    folder, owner-only), so a copy of the home or its backups carries no usable secret.
    Whoever can read files as this OS user can still read both: see docs/SECURITY.md."""

    FILE = "secrets.enc"

    def __init__(self, home: Path, *, key_dir: Path | None = None,
                 passphrase: str | None = None) -> None:
        self.path = Path(home) / self.FILE
        tag = hashlib.sha256(str(Path(home).resolve()).encode()).hexdigest()[:12]
        self.key_path = (key_dir or _key_dir()) / f"secrets-{tag}.key"
        self.passphrase = passphrase if passphrase is not None else os.environ.get(
            PASSPHRASE_VAR) or None

    def describe(self) -> str:
        how = ("a passphrase (" + PASSPHRASE_VAR + ")" if self.passphrase
               else f"the key file {self.key_path}")
        return f"the encrypted file {self.path} (key from {how})"

    # -- the file ---------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise ConfigError("The terminal's secrets file is damaged or unreadable. Set the "
                              "credentials again.", f"{self.path}: {exc!r}") from exc
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ConfigError("The terminal's secrets file is not one this version reads.",
                              str(self.path))
        return data

    def _save(self, data: dict[str, Any]) -> None:
        _write_private(self.path, json.dumps(data, indent=1).encode())

    def _key(self, data: dict[str, Any], *, create: bool) -> bytes:
        kdf = data.get("kdf") or ({"name": "scrypt", "salt": _b64(_random.token_bytes(16)),
                                   **_SCRYPT} if self.passphrase else {"name": "keyfile"})
        data["kdf"] = kdf
        if kdf["name"] == "scrypt":
            if not self.passphrase:
                raise ConfigError("The secrets file is locked with a passphrase: set "
                                  f"{PASSPHRASE_VAR} for this terminal.", str(self.path))
            return hashlib.scrypt(self.passphrase.encode(), salt=_unb64(kdf["salt"]),
                                  n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]),
                                  maxmem=2**27, dklen=32)
        try:
            key = self.key_path.read_bytes()
        except FileNotFoundError:
            if not create:
                raise ConfigError("The key of the terminal's secrets file is missing. Set the "
                                  "credentials again.", str(self.key_path)) from None
            key = _random.token_bytes(32)
            _write_private(self.key_path, key)
        except OSError as exc:
            raise ConfigError("The key of the terminal's secrets file cannot be read.",
                              f"{self.key_path}: {exc!r}") from exc
        if len(key) != 32:
            raise ConfigError("The key of the terminal's secrets file is damaged.",
                              str(self.key_path))
        return key

    def _aead(self, data: dict[str, Any], *, create: bool) -> Any:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aead = AESGCM(self._key(data, create=create))
        if "check" not in data:
            data["check"] = _seal(aead, "check", "posapp")
        try:
            _open(aead, "check", data["check"])
        except (InvalidTag, ValueError) as exc:
            raise ConfigError("The terminal's secrets file cannot be opened with this key or "
                              "passphrase.", str(self.path)) from exc
        return aead

    # -- SecretStore --------------------------------------------------------------------

    def get(self, name: str) -> str | None:
        from cryptography.exceptions import InvalidTag

        data = self._load()
        sealed = data.get("entries", {}).get(name)
        if sealed is None:
            return None
        try:
            return _open(self._aead(data, create=False), name, sealed)
        except (InvalidTag, ValueError) as exc:
            raise ConfigError("A credential in the secrets file is damaged. Set it again.",
                              f"{self.path}: {name}") from exc

    def set(self, name: str, value: str) -> None:
        data = self._load() or {"version": 1, "entries": {}}
        aead = self._aead(data, create=True)
        data.setdefault("entries", {})[name] = _seal(aead, name, value)
        self._save(data)


def _key_dir() -> Path:
    env = os.environ.get(KEY_DIR_VAR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("posapp", appauthor=False))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _seal(aead: Any, name: str, value: str) -> str:
    nonce = _random.token_bytes(12)
    return _b64(nonce + aead.encrypt(nonce, value.encode(), name.encode()))


def _open(aead: Any, name: str, sealed: str) -> str:
    raw = _unb64(sealed)
    return str(aead.decrypt(raw[:12], raw[12:], name.encode()).decode())


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically, owner-only from the first byte (mkstemp creates 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class TerminalSecrets:
    """This terminal's store, chosen on first use (looking for a keyring costs start-up
    time a command that needs no secret should not pay): the OS keyring if there is one,
    else the encrypted file."""

    def __init__(self, home: Path, *, keyring_backend: Any = None,
                 key_dir: Path | None = None) -> None:
        self.home, self._backend, self._key_dir = Path(home), keyring_backend, key_dir
        self._chosen: KeyringSecrets | EncryptedFileSecrets | None = None

    @property
    def store(self) -> KeyringSecrets | EncryptedFileSecrets:
        if self._chosen is None:
            ring = KeyringSecrets(str(self.home), self._backend)
            if ring.usable:
                self._chosen = ring
            else:
                log.info("no OS keyring (%s): secrets in the encrypted file", ring.why_not)
                self._chosen = EncryptedFileSecrets(self.home, key_dir=self._key_dir)
        return self._chosen

    def describe(self) -> str:
        return self.store.describe()

    def get(self, name: str) -> str | None:
        return self.store.get(name)

    def set(self, name: str, value: str) -> None:
        self.store.set(name, value)


def terminal_store(home: Path, *, keyring_backend: Any = None,
                   key_dir: Path | None = None) -> TerminalSecrets:
    """Where this terminal keeps its secrets (see TerminalSecrets)."""
    return TerminalSecrets(home, keyring_backend=keyring_backend, key_dir=key_dir)


def env_vars(names: tuple[str, ...] = SECRET_NAMES) -> list[str]:
    """The environment variables that can carry each secret instead of a store."""
    return [EnvSecrets.var(n) for n in names]


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
