"""One rule for text that came from outside (a provider, a file, a person) and is about
to be printed on paper or echoed to a terminal: no control characters.

ESC p opens the drawer, ESC i cuts, ESC @ resets the printer, and a terminal obeys
escape sequences too; bidirectional overrides can make a printed token read in another
order. All of them are dropped; tabs and line breaks become spaces.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\t\n\r\v\f\u2028\u2029\x85]")
# Unicode categories Cc (controls, C0 and C1) and Cf (format: bidi overrides, zero-width
# joiners...), and the surrogates and private use (Cs, Co) that no receipt needs.
_DROP = ("Cc", "Cf", "Cs", "Co")


def printable(text: str) -> str:
    """`text` with control and format characters removed (whitespace controls become a
    space). Fast path for the usual plain text."""
    if text.isascii() and text.isprintable():
        return text
    text = _SPACES.sub(" ", text)
    return "".join(ch for ch in text if unicodedata.category(ch) not in _DROP)
