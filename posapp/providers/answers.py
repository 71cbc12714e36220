"""What a valid provider answer looks like, checked before a sale can be VENDED.

Each provider module says, with these checks, what its doc promises: token lengths and
digits, how many tokens, reference shapes, amounts that cannot be negative. An answer that
breaks a promise is not a success: it is in doubt (the provider did answer, so the network
is up), settled by the enquiry or a person, and never printed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from posapp.domain.errors import InDoubt

UNREADABLE = "The provider's answer could not be read. Do NOT sell again: it will be checked."
_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~/-]{0,63}")
_SEPARATORS = re.compile(r"[\s-]")


def bad(what: str, detail: str) -> InDoubt:
    return InDoubt(UNREADABLE, f"{what}: {detail}", answered=True)


def reference(value: Any, what: str) -> str:
    """A provider reference: letters, digits and a few separators, 1 to 64 long."""
    text = value if isinstance(value, str) else str(value) if isinstance(value, int) else ""
    if isinstance(value, bool) or not _REFERENCE.fullmatch(text):
        raise bad(what, f"reference {str(value)[:80]!r} is not a reference")
    return text


def digits(value: Any, lengths: range | tuple[int, ...], what: str) -> str:
    """A token or PIN: only digits once spaces and dashes are removed, of an allowed length.
    Returned as the provider wrote it (its grouping) when valid."""
    if not isinstance(value, str):
        raise bad(what, f"{type(value).__name__} where digits were expected")
    bare = _SEPARATORS.sub("", value)
    if not (bare.isascii() and bare.isdigit()) or len(bare) not in lengths:
        raise bad(what, f"{len(bare)} character(s) {value[:40]!r}, expected "
                        f"{_lengths(lengths)} digits")
    return value.strip()


def count(items: Any, low: int, high: int, what: str) -> list[Any]:
    """A list with `low` to `high` entries (None counts as empty)."""
    items = [] if items is None else items
    if not isinstance(items, list) or not low <= len(items) <= high:
        n = len(items) if isinstance(items, list) else type(items).__name__
        raise bad(what, f"{n} entries where {low} to {high} were expected")
    return items


def amount(value: Any, what: str, *, maximum: Decimal = Decimal(10) ** 12) -> str:
    """A non-negative decimal amount or quantity (commas as thousands separators allowed);
    returned as text for the receipt. Missing ("" or None) is allowed and returned as ""."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise bad(what, f"{type(value).__name__} where an amount was expected")
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise bad(what, f"{str(value)[:40]!r} is not an amount") from None
    if not number.is_finite() or number < 0 or number > maximum:
        raise bad(what, f"{str(value)[:40]!r} is out of range")
    return str(value).strip()


def word(value: Any, what: str, *, longest: int = 32) -> str:
    """A short code word (token type, status): letters, digits, space, _ and -."""
    if not isinstance(value, str) or not re.fullmatch(rf"[A-Za-z0-9 _-]{{1,{longest}}}", value):
        raise bad(what, f"{str(value)[:40]!r} is not a code word")
    return value


def _lengths(lengths: range | tuple[int, ...]) -> str:
    if isinstance(lengths, range):
        return f"{lengths.start}-{lengths.stop - 1}"
    return " or ".join(str(n) for n in lengths)
