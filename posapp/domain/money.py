"""Money as integer minor units with an ISO currency. Never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Minor units per major unit. RWF and XAF have no minor unit in practice.
_EXPONENT = {"NGN": 2, "USD": 2, "RWF": 0, "XAF": 0}
# How amounts are written for people, per language: the French form puts the currency after
# the amount, groups thousands with a no-break space and uses a decimal comma.
DISPLAY_STYLES = ("en", "fr")
_display_style = "en"
# ASCII digits only: what a person types is converted at the input edge (ascii_digits), so
# a non-ASCII digit here came from somewhere that skipped it (a provider, a settings file).
_DECIMAL = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*$", re.ASCII)


def set_display_style(style: str) -> None:
    """How display() writes amounts from now on ("en" or "fr"): set with the language."""
    global _display_style
    if style not in DISPLAY_STYLES:
        raise MoneyError(f"no amount style {style!r} (known: {', '.join(DISPLAY_STYLES)})")
    _display_style = style


def display_style() -> str:
    return _display_style


class MoneyError(ValueError):
    """A string that is not an amount, or arithmetic across currencies."""


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str = "NGN"

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise MoneyError(f"minor units must be an int, got {type(self.minor).__name__}")
        if self.currency not in _EXPONENT:
            raise MoneyError(f"unsupported currency {self.currency!r}")

    @property
    def exponent(self) -> int:
        return _EXPONENT[self.currency]

    @classmethod
    def parse(cls, text: str, currency: str = "NGN") -> Money:
        """Parse "1000", "1,000.5" or "1000.50" in major units; reject anything finer."""
        if currency not in _EXPONENT:
            raise MoneyError(f"unsupported currency {currency!r}")
        m = _DECIMAL.match(str(text))
        if not m:
            raise MoneyError(f"not an amount: {text!r}")
        whole, frac = m.group(1).replace(",", ""), m.group(2) or ""
        exp = _EXPONENT[currency]
        frac = frac.rstrip("0") if len(frac) > exp else frac
        if len(frac) > exp:
            raise MoneyError(f"{text!r} has more decimals than {currency} allows")
        return cls(int(whole) * 10**exp + int((frac + "0" * exp)[:exp] or 0), currency)

    @classmethod
    def major(cls, units: int, currency: str = "NGN") -> Money:
        return cls(units * 10 ** _EXPONENT[currency], currency)

    def decimal_str(self) -> str:
        """Plain decimal without separators: 1000.00 (NGN) or 4200 (RWF)."""
        sign = "-" if self.minor < 0 else ""
        q, r = divmod(abs(self.minor), 10**self.exponent)
        return f"{sign}{q}.{r:0{self.exponent}d}" if self.exponent else f"{sign}{q}"

    def display(self, style: str | None = None) -> str:
        """For people, in the terminal's language (`style`, default set_display_style()):
        en "NGN 1,000.00", "RWF 5,000"; fr "1\u00a0000,00 NGN", "5\u00a0000 RWF"."""
        style = style or _display_style
        sign = "-" if self.minor < 0 else ""
        q, r = divmod(abs(self.minor), 10**self.exponent)
        if style == "fr":
            body = f"{q:,}".replace(",", "\u00a0") + (f",{r:0{self.exponent}d}"
                                                        if self.exponent else "")
            return f"{sign}{body} {self.currency}"
        body = f"{q:,}" + (f".{r:0{self.exponent}d}" if self.exponent else "")
        return f"{self.currency} {sign}{body}"

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise MoneyError(f"{self.currency} and {other.currency} do not mix")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def is_zero(self) -> bool:
        return self.minor == 0
