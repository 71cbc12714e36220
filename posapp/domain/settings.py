"""A setting declared once: its key, type, default and one line for the technician.

Plain data, so each provider package can declare its own settings without importing the
config store; `posapp.config` gathers them from the provider registry.

Every value is checked when it is set (from the CLI, an import or the settings file), never
first at the counter. Beside a setting's own `check`, these rules hold for every setting:

- numbers are finite and not negative (no NaN, no infinity);
- a timeout (key ending in `timeout`, `timeout_seconds` or `poll_seconds`) is above zero;
- a port (key ending in `port`) is 1 to 65535;
- an address (key ending in `url`) is empty or an http(s) URL with a host;
- text holds no control characters (they would reach the printer or the screen);
- a list holds text items; from the command line it is written `a,b,c`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True,
              "false": False, "no": False, "off": False, "0": False}
_TIMEOUT_ENDINGS = ("timeout", "timeout_seconds", "poll_seconds")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    #: extra check on a typed value; returns an error text, or "" when the value is fine
    check: Callable[[Any], str] | None = None

    def problem(self, value: Any) -> str:
        """What is wrong with a typed value ("" when nothing): the rules every setting
        follows (module doc), then the setting's own check."""
        common = _common_problem(self.key, value)
        if common:
            return common
        return self.check(value) if self.check else ""

    @property
    def syntax(self) -> str:
        """How the value is written on the command line, for messages and `config list`."""
        if self.type is bool:
            return "true or false"
        if self.type is list:
            return "a list: item,item,..."
        if self.type is int:
            return "a whole number"
        if self.type is float:
            return "a number"
        return "text"


def _common_problem(key: str, value: Any) -> str:
    name = key.rsplit(".", 1)[-1]
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
        if name.endswith("port") and not 1 <= value <= 65535:
            return "a port is 1 to 65535"
        if name.endswith(_TIMEOUT_ENDINGS) and value <= 0:
            return "seconds above zero"
        if value < 0:
            return "must not be negative"
        return ""
    if isinstance(value, str):
        if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value):
            return "must not contain control characters"
        if name.endswith("url") and value:
            return url_problem(value)
        return ""
    if isinstance(value, list):
        if not all(isinstance(v, str) and v for v in value):
            return "each item must be text"
        return next((p for v in value if (p := _common_problem(key + "[]", v))), "")
    return ""


def url_problem(value: str) -> str:
    """An address must say http or https and name a host."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError as exc:
        return f"not a URL: {exc}"
    if parts.scheme not in ("http", "https") or not host:
        return "an address like https://host/path (http or https, with a host)"
    return ""


def one_of(choices: Iterable[str]) -> Callable[[Any], str]:
    """A setting's check: the value is one of `choices`."""
    allowed = tuple(choices)

    def check(value: Any) -> str:
        return "" if value in allowed else f"one of {', '.join(allowed)}"

    return check


def each_of(choices: Iterable[str]) -> Callable[[Any], str]:
    """A list setting's check: every item is one of `choices`."""
    allowed = tuple(choices)

    def check(value: Any) -> str:
        unknown = [v for v in value if v not in allowed]
        return f"each one of {', '.join(allowed)} (not {', '.join(unknown)})" if unknown else ""

    return check


def amount_check(*currencies: str) -> Callable[[Any], str]:
    """A setting's check: the value is an amount ("500000.00") in each of `currencies` (a
    setting read in whichever one another setting picks must fit the one with the fewest
    decimals)."""
    from posapp.domain.money import Money, MoneyError

    def check(value: Any) -> str:
        try:
            for currency in currencies:
                Money.parse(str(value), currency)
        except MoneyError as exc:
            return str(exc)
        return ""

    return check


def format_value(value: Any) -> str:
    """A value as `config set` takes it back: true/false, item,item, plain text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def parse_text(setting: Setting, text: str) -> Any:
    """A value as a person types it (`config set`), in the setting's type. Raises ValueError
    with what to type instead."""
    raw = text.strip()
    if setting.type is bool:
        word = BOOL_WORDS.get(raw.lower())
        if word is None:
            raise ValueError("say true or false (or yes/no, on/off, 1/0)")
        return word
    if setting.type is int:
        if not (raw.isascii() and raw.lstrip("-").isdigit()):
            raise ValueError("a whole number in digits 0-9")
        return int(raw)
    if setting.type is float:
        if not raw.isascii() or raw.lower() in ("nan", "inf", "-inf", "infinity", "+inf") or (
                "_" in raw):
            raise ValueError("a number in digits 0-9, like 5 or 2.5")
        return float(raw)
    if setting.type is list:
        return [v.strip() for v in text.split(",") if v.strip()]
    return text
