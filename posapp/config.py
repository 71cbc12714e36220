"""Terminal settings: every setting declared once with its type, default and meaning.

Stored as TOML in the terminal's home directory (`--home`, `POSAPP_HOME`, or the
platform's user data directory), written atomically with owner-only permissions.
Secrets are never settings: see posapp.secrets. Each provider package declares its own
settings and secret names; this module gathers them from the registry.
"""

from __future__ import annotations

import os
import stat
import tempfile
import tomllib
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import platformdirs
import tomli_w

from posapp.domain.errors import ConfigError
from posapp.domain.settings import Setting, one_of, parse_text
from posapp.i18n import check_language
from posapp.providers.http import is_loopback
from posapp.providers.registry import PACKAGES

PRINTER_TYPES = ("none", "virtual", "network", "usb", "serial", "file", "win32", "cups")
#: where a `file` printer may write inside the terminal home; nothing else in the home
PRINT_OUT = "printer-out"


def _profile_check(value: object) -> str:
    from posapp.printing.layout import profiles

    names = sorted(profiles())
    return "" if value in names else f"one of {', '.join(names)}"


def _hex_id(value: object) -> str:
    text = str(value).lower().removeprefix("0x")
    ok = not text or (len(text) <= 4 and all(ch in "0123456789abcdef" for ch in text))
    return "" if ok else "a USB id in hex, like 04b8"


def _host(value: object) -> str:
    text = str(value)
    return "" if text and not any(ch in text for ch in " /\\@?#") else "a host name or address"


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
    Setting("terminal.customer_display", bool, False,
            "Show amount, change and token to the customer on a second screen, if attached"),
    Setting("terminal.touch", bool, False,
            "Touch screen: a numeric keypad and quick-cash buttons on the payment page"),
    Setting("terminal.min_free_mb", int, 20,
            "Refuse new sales when the home's disk has less free space than this (MB)"),
    Setting("printer.type", str, "none",
            "none, virtual, network, usb, serial, file, win32, cups", check=one_of(PRINTER_TYPES)),
    Setting("printer.host", str, "127.0.0.1", "Network printer host", check=_host),
    Setting("printer.port", int, 9100, "Network printer port"),
    Setting("printer.device", str, "",
            f"Device file (/dev/usb/lp0), serial port or OS printer name; a file only in "
            f"<home>/{PRINT_OUT}"),
    Setting("printer.usb_vendor", str, "", "USB vendor id, hex", check=_hex_id),
    Setting("printer.usb_product", str, "", "USB product id, hex", check=_hex_id),
    Setting("printer.profile", str, "80mm", "Printer profile: a file in printers/",
            check=_profile_check),
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
    Setting("outbox.max_backoff", float, 300.0, "Longest wait between attempts, seconds",
            check=lambda v: "" if v >= 1 else "at least 1 second"),
)
# The terminal's own settings, then each provider package's, in registry order.
SETTINGS: tuple[Setting, ...] = CORE_SETTINGS + tuple(
    s for package in PACKAGES for s in package.settings)
BY_KEY = {s.key: s for s in SETTINGS}
SECRET_NAMES: tuple[str, ...] = tuple(n for package in PACKAGES for n in package.secrets)


def default_home() -> Path:
    env = os.environ.get("POSAPP_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("posapp", appauthor=False))


# Settings that decide where money, credentials or receipts go, or what code runs: an
# import that changes one lists it and needs confirming (`config import --yes`).
SECURITY_KEYS = ("printer.type", "printer.device", "printer.host", "printer.port",
                 "terminal.training", "terminal.terminal_id")
_SECURITY_ENDINGS = ("url", "allow_plain_http", "pin_securer", "sftp_auth")


def is_security(key: str) -> bool:
    return (key in SECURITY_KEYS or key.startswith("security.")
            or key.rsplit(".", 1)[-1].endswith(_SECURITY_ENDINGS))


class Change(NamedTuple):
    """One setting an import or `config set` changes."""

    key: str
    old: Any
    new: Any

    @property
    def security(self) -> bool:
        return is_security(self.key)

    def __str__(self) -> str:
        return f"{self.key}: {self.old!r} -> {self.new!r}"


def read_settings_file(path: Path) -> dict[str, Any]:
    """The `section.name = value` pairs of a settings file, or a ConfigError that says what
    is wrong with the file (not text, not TOML, a folder, unreadable)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except IsADirectoryError as exc:
        raise ConfigError(f"{path} is a folder, not a settings file.", str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path} is not a settings file (it is not UTF-8 text).",
                          str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The settings file {path} is damaged: {exc}.", str(exc)) from exc
    except OSError as exc:
        raise ConfigError(f"The settings file {path} cannot be read: {exc.strerror}.",
                          str(exc)) from exc
    values: dict[str, Any] = {}
    for section, entries in data.items():
        if not isinstance(entries, dict):
            raise ConfigError(f"The settings file {path} is damaged: {section} = {entries!r} "
                              "is not a [section].", f"{path}: top-level {section!r}")
        for name, value in entries.items():
            values[f"{section}.{name}"] = value
    return values


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _looks_like_path(text: str) -> bool:
    return "/" in text or text.startswith(("~", ".")) or (
        os.sep != "/" and os.sep in text and not text.startswith("\\\\"))


def device_problem(home: Path, device: str) -> str:
    """Why `device` may not be a `file` printer's target ("" if it may): never the journal,
    a backup, the settings or logs; a regular file only in `<home>/printer-out`."""
    out_dir = Path(os.path.realpath(home)) / PRINT_OUT
    use = f"use a device like /dev/usb/lp0, or a file in {out_dir}"
    if not os.path.isabs(os.path.expanduser(device)):
        return f"give the full path; {use}"
    target = Path(os.path.realpath(os.path.expanduser(device)))  # symlinks followed
    if _inside(target, out_dir) and target != out_dir:
        return "" if not target.is_dir() else f"{target} is a folder; {use}"
    if _inside(target, Path(os.path.realpath(home))):
        return f"the terminal's own files (journal, settings, logs) are never a printer; {use}"
    if target.exists():
        mode = target.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            return ""
        return f"{target} is a file or folder that printing would destroy; {use}"
    if _inside(target, Path("/dev")):
        return ""  # a printer that is not plugged in yet
    return f"there is no device {target}; {use}"


class Config:
    """Typed access to the TOML settings of one terminal home."""

    FILE = "config.toml"
    # Settings that belong to one terminal and never travel to the next one.
    PER_TERMINAL = ("terminal.terminal_id", "terminal.cashier", "printer.out_dir")

    def __init__(self, home: Path, values: dict[str, Any] | None = None) -> None:
        self.home = Path(home)
        self._values: dict[str, Any] = dict(values or {})
        #: a lenient load only: what is wrong with each setting the file holds that cannot
        #: be used; the file's text for it is kept (and saved back) until it is set again
        self.problems: dict[str, str] = {}
        self._kept: dict[str, Any] = {}

    @classmethod
    def load(cls, home: Path, *, lenient: bool = False) -> Config:
        """The settings of `home`. Strict: any bad setting is a ConfigError naming it.
        Lenient (the `config` command, so a technician can repair the file): bad settings
        are listed in `problems` and the rest is usable."""
        cfg = cls(Path(home))
        path = cfg.home / cls.FILE
        if not path.exists() and not path.is_symlink():
            return cfg
        for key, value in read_settings_file(path).items():
            try:
                cfg.set(key, value)
            except ConfigError as exc:
                if not lenient:
                    raise ConfigError(f"The settings file {path}: {exc.message} A technician "
                                      "fixes it with `posapp config set`.",
                                      f"{path}: {exc.detail}") from exc
                cfg.problems[key] = exc.message
                cfg._kept[key] = value
        return cfg

    def get(self, key: str) -> Any:
        setting = BY_KEY.get(key)
        if setting is None:
            raise ConfigError(f"There is no setting {key!r}: `posapp config list` shows them "
                              "all.", f"no setting {key!r}")
        return self._values.get(key, setting.default)

    def set(self, key: str, value: Any) -> None:
        """Type and check `value` (text as a person types it is parsed), then keep it; a
        ConfigError names the setting, the value and what it may be."""
        setting = BY_KEY.get(key)
        if setting is None:
            raise ConfigError(f"There is no setting {key!r}: `posapp config list` shows them "
                              "all.", f"no setting {key!r}")
        if isinstance(value, str) and setting.type is not str:
            try:
                value = parse_text(setting, value)
            except ValueError as exc:
                raise ConfigError(f"{key} cannot take {value!r}: {exc}.",
                                  f"{key} = {value!r}: {exc}") from exc
        if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, setting.type) or (
                setting.type is not bool and isinstance(value, bool)):
            raise ConfigError(f"{key} cannot take {value!r}: it must be {setting.syntax}.",
                              f"{key} must be {setting.type.__name__}, got {value!r}")
        problem = (setting.problem(value) or self._device_problem(key, value)
                   or self._plain_http_problem(key, value))
        if problem:
            raise ConfigError(f"{key} cannot take {value!r}: {problem}.",
                              f"{key} = {value!r}: {problem}")
        self._values[key] = value
        self.problems.pop(key, None)
        self._kept.pop(key, None)

    def _plain_http_problem(self, key: str, value: Any) -> str:
        """Plain http to another machine is refused when it is set, not only when a sale is
        sent: only to this machine (a sandbox), or where the provider's allow_plain_http
        was turned on first (a VPN tunnel)."""
        if not (key.endswith("url") and isinstance(value, str) and value.startswith("http:")):
            return ""
        host = urlsplit(value).hostname or ""
        allow = f"{key.split('.')[0]}.allow_plain_http"
        if is_loopback(host) or (allow in BY_KEY and self.get(allow)):
            return ""
        return ("plain http is only for this machine; use https"
                + (f" (or set {allow} true first, for a VPN tunnel)" if allow in BY_KEY else ""))

    def _device_problem(self, key: str, value: Any) -> str:
        """A `file` printer truncates its device: checked whichever of the two is set last."""
        if key == "printer.device":
            as_file = self.get("printer.type") == "file" or _looks_like_path(value)
            return device_problem(self.home, value) if value and as_file else ""
        if key == "printer.type" and value == "file":
            device = str(self.get("printer.device"))
            problem = device_problem(self.home, device) if device else ""
            return f"printer.device {device!r}: {problem}" if problem else ""
        return ""

    def written(self, key: str) -> Any:
        """The value as the settings file has it: a bad one kept by a lenient load, or the
        value in use."""
        return self._kept[key] if key in self._kept else self.get(key)

    def change(self, key: str, value: Any) -> Change | None:
        """Set one value (checked) and say what it changed; None when it was so already."""
        old, kept = self.written(key), key in self._kept
        self.set(key, value)
        new = self.get(key)
        return Change(key, old, new) if kept or old != new else None

    def changes(self, values: dict[str, Any]) -> list[Change]:
        """What setting `values` would change here, in key order."""
        return [Change(k, self._kept.get(k, self.get(k)), v) for k, v in sorted(values.items())
                if k in self._kept or self.get(k) != v]

    def save(self) -> Path:
        """Write atomically (temp file + rename), readable by the owner only."""
        return self._write(self.home / self.FILE)

    def _write(self, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        tree: dict[str, dict[str, Any]] = {}
        for key, value in sorted((self._values | self._kept).items()):
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

    def export_to(self, path: Path) -> list[str]:
        """Write this terminal's settings for the next terminal: everything set here except
        the per-terminal ones. Secrets are not settings and never included. Never into the
        terminal home, never over a file that is not a settings file."""
        if self.problems:
            raise ConfigError("Fix these settings first: "
                              f"{' '.join(self.problems[k] for k in sorted(self.problems))}",
                              str(self.problems))
        target = Path(path).expanduser()
        if target.is_dir():
            raise ConfigError(f"{path} is a folder: give a file name, like "
                              f"{target / 'posapp-settings.toml'}.", str(target))
        if not target.parent.is_dir():
            raise ConfigError(f"There is no folder {target.parent}.", str(target))
        if _inside(Path(os.path.realpath(target)), Path(os.path.realpath(self.home))):
            raise ConfigError("Export to a file outside the terminal home (a USB stick, a "
                              "share).", str(target))
        if target.exists() or target.is_symlink():
            try:
                read_settings_file(target)
            except ConfigError as exc:
                raise ConfigError(f"{path} exists and is not a settings file: it is left "
                                  "as it is. Give another name.", exc.detail) from exc
        shared = {k: v for k, v in self._values.items() if k not in self.PER_TERMINAL}
        try:
            Config(target.parent, shared)._write(target)
        except OSError as exc:
            raise ConfigError(f"Cannot write {path}: {exc.strerror}.", str(exc)) from exc
        return sorted(shared)

    def read_import(self, path: Path) -> dict[str, Any]:
        """Another terminal's exported settings, each checked as if set here; nothing is
        changed. This terminal's own settings (its id...) are left out. A ConfigError lists
        every setting that cannot be taken."""
        source = Path(path).expanduser()
        if not source.exists():
            raise ConfigError(f"There is no file {path}.", str(source))
        values = read_settings_file(source)
        wanted = {k: v for k, v in values.items() if k not in self.PER_TERMINAL}
        if not wanted:
            raise ConfigError(f"{path} holds no settings to import.", str(source))
        trial = Config(self.home, dict(self._values))
        problems = []
        for key, value in wanted.items():
            try:
                trial.set(key, value)
            except ConfigError as exc:
                problems.append(exc.message.rstrip("."))
        if problems:
            raise ConfigError(f"{path} cannot be imported, nothing was changed: "
                              f"{'; '.join(problems)}.", "; ".join(problems))
        return {k: trial._values[k] for k in wanted}

    def apply(self, changes: list[Change]) -> Path:
        """Set each change (checked again) and save once."""
        for change in changes:
            self.set(change.key, change.new)
        return self.save()

    @property
    def db_path(self) -> Path:
        return self.home / "journal.sqlite3"
