"""The counter's languages: English (the source text) and French.

`tr("Amount paid")` gives the text in the terminal's language, read from the Qt Linguist
catalogue `resources/translations/posapp_<lang>.ts` (the file translators edit; the same
file is compiled to a .qm for Qt's own dialogs). No Qt here: receipts and the service
translate too. Arguments are Qt's `%1`, `%2`: `tr("%1 of %2", n, total)`.

`tr_message()` translates a message that was built before it reached the edge (a PosError's
text with an amount or a name in it): the catalogue's `%1` entries match it as patterns.
"""

from __future__ import annotations

import logging
import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from posapp.domain.money import set_display_style

log = logging.getLogger(__name__)

SOURCE = "en"
LANGUAGES = ("en", "fr")
NAMES = {"en": "English", "fr": "Français"}
_ARG = re.compile(r"%(\d)")

_lock = threading.Lock()
_language = SOURCE
_catalogue: dict[str, str] = {}
_lowered: dict[str, str] = {}
_patterns: list[tuple[re.Pattern[str], str]] = []
_missing: set[str] = set()


class LanguageError(ValueError):
    """A language the counter has no catalogue for."""


def catalogue_path(lang: str) -> Path:
    from posapp.resources import resources_dir

    return resources_dir() / "translations" / f"posapp_{lang}.ts"


def load_ts(path: Path) -> dict[str, str]:
    """source -> translation for every finished message of a .ts file (unfinished and
    empty translations are left out: the English shows instead of a blank)."""
    tree = ET.parse(path)  # our own shipped file, not input from outside
    out: dict[str, str] = {}
    for msg in tree.iter("message"):
        source = msg.findtext("source")
        node = msg.find("translation")
        if source is None or node is None or not (node.text or "").strip():
            continue
        if node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        out[source] = node.text or ""
    return out


def check_language(value: object) -> str:
    """The setting's check: "" when `value` is a language the counter speaks."""
    if value in LANGUAGES:
        return ""
    return f"language must be one of {', '.join(LANGUAGES)}, not {value!r}"


def set_language(lang: str) -> None:
    """Use `lang` for every text and amount from now on (the open screens keep theirs
    until they are built again)."""
    global _language, _catalogue, _patterns, _lowered
    if check_language(lang):
        raise LanguageError(check_language(lang))
    table = {} if lang == SOURCE else load_ts(catalogue_path(lang))
    # the most specific pattern first: "%1: %2." must not hide "Beneficiary %1: %2"
    sources = sorted((src for src in table if _ARG.search(src)),
                     key=lambda src: -len(_ARG.sub("", src)))
    patterns = [(_pattern(src), table[src]) for src in sources]
    with _lock:
        _language, _catalogue, _patterns = lang, table, patterns
        _lowered = {src.lower(): dst for src, dst in table.items()}
        _missing.clear()
    set_display_style(lang)


def use_setting(value: object) -> str:
    """Set the language from the terminal's setting; one the counter does not speak (a
    hand-edited file) is logged and English is used, rather than failing at start."""
    try:
        set_language(str(value))
    except (LanguageError, OSError, ET.ParseError) as exc:
        log.error("terminal.language %r cannot be used (%s): English instead", value, exc)
        set_language(SOURCE)
    return _language


def language() -> str:
    return _language


def tr(text: str, *args: object) -> str:
    """`text` in the terminal's language, with `%1`.. replaced by `args`."""
    out = text
    if _language != SOURCE:
        found = _catalogue.get(text)
        if found is None:
            _note_missing(text)
        else:
            out = found
    return _fill(out, args) if args else out


def tr_message(text: str) -> str:
    """A finished message (a PosError's) in the terminal's language: the catalogue's exact
    entry, else its first `%1` pattern that matches, else the message as it is."""
    return _message(text, 2)


def _message(text: str, depth: int) -> str:
    if _language == SOURCE or not text:
        return text
    if text in _catalogue:
        return _catalogue[text]
    found = _lowered.get(text)  # "meter number": a label put inside a sentence
    if found is not None and text == text.lower():
        return found[:1].lower() + found[1:]
    for pattern, target in _patterns if depth else ():
        m = pattern.fullmatch(text)
        if m:  # the parts may be texts of their own: "That is not a meter number: ..."
            values = [_message(m.group(f"a{n}"), depth - 1) if f"a{n}" in m.groupdict()
                      else f"%{n}" for n in range(1, 10)]
            return _fill(target, tuple(values))
    if depth == 2:
        _note_missing(text)
    return text


def _pattern(source: str) -> re.Pattern[str]:
    parts, seen, last = [], set(), 0
    for m in _ARG.finditer(source):
        parts.append(re.escape(source[last:m.start()]))
        n = m.group(1)
        parts.append(f"(?P=a{n})" if n in seen else f"(?P<a{n}>.+?)")
        seen.add(n)
        last = m.end()
    parts.append(re.escape(source[last:]))
    return re.compile("".join(parts), re.S)


def _fill(text: str, args: tuple[object, ...]) -> str:
    def one(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(args[n - 1]) if 0 < n <= len(args) else m.group(0)

    return _ARG.sub(one, text)


def _note_missing(text: str) -> None:
    if text not in _missing:
        _missing.add(text)
        log.debug("no %s translation for %r", _language, text)


def missing() -> set[str]:
    """Texts asked for since the language was set that the catalogue does not have."""
    return set(_missing)


def N_(text: str) -> str:  # noqa: N802 (gettext's name for it)
    """Marks `text` for the catalogue where it is defined; tr() it where it is shown."""
    return text
