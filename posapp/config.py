"""Terminal settings: every setting declared once with its type, default and meaning.

Stored as TOML in the terminal's home directory (`--home`, `POSAPP_HOME`, or the
platform's user data directory), written atomically with owner-only permissions.
Secrets are never settings: see posapp.secrets. Each provider package declares its own
settings and secret names; this module gathers them from the registry.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from posapp.domain.errors import ConfigError
from posapp.domain.settings import Setting
from posapp.i18n import check_language
from posapp.providers.registry import PACKAGES

CORE_SETTINGS: tuple[Setting, ...] = (
    Setting("terminal.terminal_id", str, "DEMO0001", "Terminal id registered with the providers"),
    Setting("terminal.shop_name", str, "Demo Energy Shop", "Shop name printed on receipts"),
    Setting("terminal.shop_address", str, "12 Market Road, Ibadan", "Address line on receipts"),
    Setting("terminal.receipt_footer", str, "Thank you. Keep this receipt.", "Receipt footer"),
    Setting("terminal.logo", str, "", "Logo image (PNG/JPG) at the top of receipts; empty: none"),
    Setting("terminal.cashier", str, "cashier", "Name of the cashier signed in"),
    Setting("terminal.language", str, "en",
            "Language of the screens and receipts: en (English) or fr (French); the counter "
            "uses it from its next start", check_language),
    Setting("terminal.training", bool, False, "Training mode: marks every sale and receipt"),
    Setting("terminal.min_free_mb", int, 20,
            "Refuse new sales when the home's disk has less free space than this (MB)"),
    Setting("printer.type", str, "none",
            "none, virtual, network, usb, serial, file, win32, cups"),
    Setting("printer.host", str, "127.0.0.1", "Network printer host"),
    Setting("printer.port", int, 9100, "Network printer port"),
    Setting("printer.device", str, "", "Device file, serial port or OS printer name"),
    Setting("printer.usb_vendor", str, "", "USB vendor id, hex"),
    Setting("printer.usb_product", str, "", "USB product id, hex"),
    Setting("printer.profile", str, "80mm", "Printer profile: a file in printers/"),
    Setting("printer.timeout", float, 5.0, "Seconds before a printer counts as unreachable"),
    Setting("printer.out_dir", str, "", "Where the virtual printer writes PNGs (default home)"),
    Setting("printer.drawer_on_cash", bool, True, "Open the cash drawer when a cash sale prints"),
    Setting("security.idle_lock_seconds", float, 300.0,
            "Lock the counter after this long without a key or click (0: never; only when "
            "the terminal has users)"),
    Setting("journal.backup_dir", str, "",
            "Where journal backups go: a USB stick or a share (empty: <home>/backups)"),
    Setting("journal.backup_keep", int, 10, "How many journal backups to keep (the newest)",
            check=lambda v: "" if 1 <= v <= 1000 else "from 1 to 1000"),
    Setting("outbox.poll_seconds", float, 5.0, "How often the outbox worker looks for work"),
    Setting("outbox.max_backoff", float, 300.0, "Longest wait between attempts, seconds"),
)
# The terminal's own settings, then each provider package's, in registry order.
SETTINGS: tuple[Setting, ...] = CORE_SETTINGS + tuple(
    s for package in PACKAGES for s in package.settings)
BY_KEY = {s.key: s for s in SETTINGS}
SECRET_NAMES: tuple[str, ...] = tuple(n for package in PACKAGES for n in package.secrets)


def default_home() -> Path:
    env = os.environ.get("POSAPP_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("posapp", appauthor=False))


class Config:
    """Typed access to the TOML settings of one terminal home."""

    FILE = "config.toml"

    def __init__(self, home: Path, values: dict[str, Any] | None = None) -> None:
        self.home = Path(home)
        self._values: dict[str, Any] = dict(values or {})

    @classmethod
    def load(cls, home: Path) -> Config:
        cfg = cls.load_file(Path(home) / cls.FILE)
        cfg.home = Path(home)
        return cfg

    @classmethod
    def load_file(cls, path: Path) -> Config:
        values: dict[str, Any] = {}
        if path.exists():
            try:
                data = tomllib.loads(path.read_text("utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError("The settings file is damaged.", f"{path}: {exc}") from exc
            for section, entries in data.items():
                if isinstance(entries, dict):
                    for name, value in entries.items():
                        values[f"{section}.{name}"] = value
        cfg = cls(path.parent, {})
        for key, value in values.items():
            cfg.set(key, value)
        return cfg

    def get(self, key: str) -> Any:
        setting = BY_KEY.get(key)
        if setting is None:
            raise ConfigError("Unknown setting. `posapp config list` shows them all.",
                              f"no setting {key!r}")
        return self._values.get(key, setting.default)

    def set(self, key: str, value: Any) -> None:
        setting = BY_KEY.get(key)
        if setting is None:
            raise ConfigError("Unknown setting.", f"no setting {key!r}")
        try:
            if setting.type is float and isinstance(value, int | str) and not isinstance(
                    value, bool):
                value = float(value)
            elif setting.type is int and isinstance(value, str):
                value = int(value)
            elif setting.type is bool and isinstance(value, str):
                value = value.strip().lower() in ("1", "true", "yes", "on")
        except ValueError as exc:
            raise ConfigError("A setting has the wrong type.",
                              f"{key} must be {setting.type.__name__}, got {value!r}") from exc
        if not isinstance(value, setting.type):
            raise ConfigError("A setting has the wrong type.",
                              f"{key} must be {setting.type.__name__}, got {value!r}")
        problem = setting.check(value) if setting.check else ""
        if problem:
            raise ConfigError("A setting has a value it cannot take.",
                              f"{key} = {value!r}: {problem}")
        self._values[key] = value

    def save(self) -> Path:
        """Write atomically (temp file + rename), readable by the owner only."""
        return self._write(self.home / self.FILE)

    def _write(self, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        tree: dict[str, dict[str, Any]] = {}
        for key, value in sorted(self._values.items()):
            section, name = key.split(".", 1)
            tree.setdefault(section, {})[name] = value
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".config-", suffix=".toml")
        try:
            with os.fdopen(fd, "wb") as fh:
                tomli_w.dump(tree, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    # Settings that belong to one terminal and never travel to the next one.
    PER_TERMINAL = ("terminal.terminal_id", "terminal.cashier", "printer.out_dir")

    def export_to(self, path: Path) -> list[str]:
        """Write this terminal's settings for the next terminal: everything set here except
        the per-terminal ones. Secrets are not settings and never included."""
        shared = {k: v for k, v in self._values.items() if k not in self.PER_TERMINAL}
        Config(path.parent, shared)._write(path)
        return sorted(shared)

    def import_from(self, path: Path) -> list[str]:
        """Take another terminal's exported settings (checked like any other), keep this
        terminal's own id, and save."""
        if not path.is_file():
            raise ConfigError("There is no settings file there.", f"{path} is not a file")
        try:
            other = Config.load_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError("That settings file cannot be read.", f"{path}: {exc}") from exc
        keys = [k for k in other._values if k not in self.PER_TERMINAL]
        for key in keys:
            self.set(key, other._values[key])
        self.save()
        return sorted(keys)

    @property
    def db_path(self) -> Path:
        return self.home / "journal.sqlite3"
