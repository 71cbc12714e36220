"""Lay a receipt out for a paper width, as plain text (previews) or ESC/POS bytes."""

from __future__ import annotations

import hashlib
import logging
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from posapp.domain.errors import ConfigError
from posapp.printing.model import (
    QR,
    Cut,
    Feed,
    Logo,
    Pair,
    Receipt,
    Rule,
    Text,
    TokenBlock,
    clean,
)
from posapp.resources import printer_profiles

log = logging.getLogger(__name__)

# The one cash drawer pulse, for a receipt and for "open drawer" alike: ESC p, pin 2,
# 50 ms on (25 x 2 ms), 500 ms off (250 x 2 ms) - the timing most drawers are made for.
DRAWER_PULSE = b"\x1bp\x00\x19\xfa"


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    columns: int
    escpos_profile: str
    pixels: int
    native_qr: bool
    cutter: bool
    drawer: bool
    codepage: str  # selected once per job; text is transliterated into it
    logo_width: int


def profiles() -> dict[str, Profile]:
    out = {}
    for entry in printer_profiles():  # printers/*.toml, wherever posapp is installed
        try:
            data = tomllib.loads(entry.read_text("utf-8"))
            out[data["name"]] = Profile(**data)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
            # a technician's new profile with a typo must not stop the counter printing
            log.warning("printer profile %s skipped: %r", entry.name, exc)
    return out


def load_profile(name: str) -> Profile:
    found = profiles()
    if name not in found:
        raise ConfigError("The printer profile is not known.",
                          f"profile {name!r}; one of {sorted(found)}")
    return found[name]


@dataclass(frozen=True)
class Line:
    """One printed line: text with its style, or a QR code, or a logo image."""

    text: str
    align: str = "left"
    bold: bool = False
    big: bool = False
    qr: str = ""
    logo: str = ""
    cut: bool = False
    invert: bool = False  # white on black (the training mark)


NBSP = "\u00a0"
# Typography that no receipt code page holds, spelled the way a cashier would type it.
_PLAIN = str.maketrans({"—": "-", "–": "-", "‒": "-", "−": "-", "‘": "'", "’": "'",
                        "‚": ",", "“": '"', "”": '"', "„": '"', "…": "...", "•": "*",
                        "\u202f": "\u00a0", "₦": "N", "×": "x",
                        "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"})


def to_codepage(text: str, codepage: str) -> str:
    """Text the printer's code page can show: accents kept where the page has them,
    otherwise the base letter, otherwise '?'."""
    codec = codepage.lower()
    out = []
    for ch in unicodedata.normalize("NFC", text.translate(_PLAIN)):
        try:
            ch.encode(codec)
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if unicodedata.combining(ch):
            continue  # a tone mark the page cannot stack (Yoruba ọ̀): keep the letter only
        base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if not unicodedata.combining(c))
        try:
            base.encode(codec)
            out.append(base or "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _chunks(text: str, width: int) -> list[str]:
    """The text's words as the wrapping moves them: a word longer than the line is cut into
    line-long pieces, and a mark with no letter or digit in it ("***", "-", ":") travels
    with its neighbour, so no line starts with a dash or colon or holds a lone "***"."""
    width = max(width, 1)
    pieces: list[str] = []
    for word in text.split(" "):  # a no-break space (an amount's) holds its word together
        if not word:
            continue
        pieces.extend(word[i : i + width] for i in range(0, len(word), width))
    out: list[str] = []
    for word in pieces:
        if out and not any(ch.isalnum() for ch in word) and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > 1 and not any(ch.isalnum() for ch in out[0]) and (
            len(out[0]) + 1 + len(out[1]) <= width):
        out[:2] = [f"{out[0]} {out[1]}"]
    return out


def balance(words: list[str], width: int, *, first: int | None = None,
            last: int | None = None) -> list[str] | None:
    """The one wrapping rule for every receipt line: the fewest lines, and among those the
    most even ones (least squared slack, the last line included), so that no line is left
    holding a lone word, group or mark. `first`/`last` narrow the first or last line (a
    label before a value, a value after a label). None when the words cannot fit."""
    n = len(words)
    if n == 0:
        return [""]
    inf = (1 << 30, 0)
    best: list[tuple[int, int]] = [inf] * n + [(0, 0)]  # (lines, slack²) for words[i:]
    cut = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        length = -1
        for j in range(i + 1, n + 1):  # words[i:j] on one line; j grows, so does the line
            length += len(words[j - 1]) + 1
            cap = width
            if i == 0 and first is not None:
                cap = min(cap, first)
            if j == n and last is not None:
                cap = min(cap, last)
            if length > width:
                break
            if length > cap or best[j] == inf:
                continue
            cost = (best[j][0] + 1, best[j][1] + (cap - length) ** 2)
            if cost <= best[i]:  # on a tie the longer first line wins: earlier lines fuller
                best[i], cut[i] = cost, j
    if best[0] == inf:
        return None
    lines, i = [], 0
    while i < n:
        lines.append(" ".join(words[i : cut[i]]))
        i = cut[i]
    return lines


def _wrap(text: str, width: int) -> list[str]:
    """Text wrapped to the width by the one rule; leading spaces (an indent) stay on
    every line."""
    indent = text[: len(text) - len(text.lstrip(" "))]
    if len(indent) * 2 > width:
        indent = ""
    inner = width - len(indent)
    lines = balance(_chunks(text, inner), inner) or [""]
    return [indent + line if line else line for line in lines]


def token_lines(groups: tuple[str, ...], width: int) -> list[str]:
    """4-digit groups on double-size lines (half the columns), balanced by the same rule:
    3+2 or 2+2, never three groups and a lone one."""
    half = width // 2
    return balance(_chunks(" ".join(groups), half), half) or [""]


def pair_lines(left: str, right: str, columns: int) -> list[str]:
    """A label and its value as printed lines. A value as short as an amount (half the
    paper or less) always shares a line with the label: the label wraps to make room at
    the end of its last line. A longer value goes there too if that costs the label no
    extra line; a long value of several words puts its first words beside the label and
    the rest right-aligned below. Otherwise (a long reference) it gets its own line,
    right-aligned under the label."""
    if not left:
        return [p.rjust(columns) for p in _wrap(right, columns)]
    if not right:
        return _wrap(left, columns)
    if len(left) + 1 + len(right) <= columns:
        return [left + " " * (columns - len(left) - len(right)) + right]
    indent = left[: len(left) - len(left.lstrip(" "))]
    if len(indent) * 2 > columns:
        indent = ""
    inner = columns - len(indent)
    words = _chunks(left, inner)
    label = [indent + line for line in balance(words, inner) or [left]]
    # 1. the whole value at the end of the label's last line
    if len(right) + 1 < inner:
        lines = balance(words, inner, last=inner - len(right) - 1)
        if lines is not None and (len(right) <= columns // 2 or len(lines) <= len(label)):
            out = [indent + line for line in lines[:-1]]
            tail = indent + lines[-1]
            return out + [tail + " " * (columns - len(tail) - len(right)) + right]
    # 2. a long value of words (not an amount, not a reference): its first words beside
    # the label's last line, the rest right-aligned below
    room = columns - len(label[-1]) - 1
    values = _chunks(right, columns)
    long_words = len(values) > 1 and len(right) > columns // 2
    value = balance(values, columns, first=room) if long_words and room > 0 else None
    if value is not None:
        head = label[-1]
        return label[:-1] + [head + " " * (columns - len(head) - len(value[0])) + value[0]] + [
            v.rjust(columns) for v in value[1:]]
    # 3. a value that shares no line: right-aligned under the label
    return label + [v.rjust(columns) for v in balance(values, columns) or [right]]


TRAINING_MARK = {"sale": "TRAINING - NOT A REAL SALE", "report": "TRAINING - NOT REAL SALES"}


def printable(text: object, codepage: str) -> str:
    """What the printer will really print for this text: control bytes removed, then
    transliterated into the code page. Every width is measured on this, never before.
    A no-break space stays one until the line is wrapped (`_unbreak`)."""
    return to_codepage(clean(text), codepage)


def _unbreak(text: str) -> str:
    """A wrapped line as sent: no-break spaces become plain ones, which every printer has."""
    return text.replace(NBSP, " ")


def _training_mark(receipt: Receipt, columns: int) -> list[Line]:
    """White on black at the top and bottom of every slip of a training receipt, so no slip
    torn off on its own (a PIN, a token) can pass for a real one."""
    words = TRAINING_MARK["report" if receipt.kind.startswith("report") else "sale"]
    return [Line(f" {part} ", "center", bold=True, invert=True)
            for part in _wrap(words, columns - 2)]


def lay_out(receipt: Receipt, profile: Profile) -> list[Line]:
    """The receipt as printed lines for this printer: text in its code page, wrapped and
    aligned by its width after transliteration (an accent the page drops takes no column)."""
    columns, page = profile.columns, profile.codepage
    mark = _training_mark(receipt, columns) if receipt.training else []
    out: list[Line] = list(mark)
    for block in receipt.blocks:
        if isinstance(block, Text):
            width = columns // 2 if block.big else columns
            for part in _wrap(printable(block.text, page), width):
                out.append(Line(_unbreak(part), block.align, block.bold, block.big))
        elif isinstance(block, Pair):
            out.extend(Line(_unbreak(p), bold=block.bold) for p in pair_lines(
                printable(block.left, page), printable(block.right, page), columns))
        elif isinstance(block, Rule):
            out.append(Line(printable(block.char, page)[:1] * columns))
        elif isinstance(block, TokenBlock):
            out.append(Line(_unbreak(printable(block.label, page)), "center", bold=True))
            groups = tuple(printable(g, page) for g in block.groups)
            out.extend(Line(t, "center", True, True) for t in token_lines(groups, columns))
        elif isinstance(block, QR):
            out.append(Line("", "center", qr=clean(block.data)))
        elif isinstance(block, Logo):
            out.append(Line("", "center", logo=block.path))
        elif isinstance(block, Cut):
            out.extend(mark)
            out.append(Line("", cut=True))
            out.extend(mark)
        elif isinstance(block, Feed):
            out.extend(Line("") for _ in range(block.lines))
    out.extend(mark)
    return out


def to_escpos(receipt: Receipt, profile: Profile) -> bytes:
    """ESC/POS bytes for this printer, built with python-escpos' own command writer."""
    from escpos import printer as ep
    from escpos.constants import QR_ECLEVEL_M

    dummy = ep.Dummy(profile=profile.escpos_profile)
    dummy.hw("INIT")
    dummy.charcode(profile.codepage)
    for line in lay_out(receipt, profile):
        if line.logo:
            dummy._raw(logo_bytes(line.logo, profile.name))
            continue
        if line.cut:
            if profile.cutter:
                dummy.cut(mode="PART")
            else:
                dummy.ln(2)
                dummy.textln("- " * (profile.columns // 2))
                dummy.ln(2)
            continue
        if line.qr:
            dummy.set(align="center")
            # Native QR cannot centre itself; alignment is set first (python-escpos 3.1).
            # Level M (15 %): a slip creased or scuffed in a pocket still scans.
            dummy.qr(line.qr, ec=QR_ECLEVEL_M, size=6 if profile.columns > 32 else 5,
                     native=profile.native_qr, center=not profile.native_qr)
            dummy.set(align="left")
            continue
        if line.big:
            dummy.set(align=line.align, bold=True, double_width=True, double_height=True)
        else:
            dummy.set(align=line.align, bold=line.bold, normal_textsize=True)
        if line.invert:
            dummy.set(invert=True)
        dummy.textln(line.text)  # already in the code page: lay_out transliterated it
        if line.invert:
            dummy.set(invert=False)
    dummy.set(align="left", bold=False, normal_textsize=True)
    if profile.drawer and receipt.open_drawer:
        dummy._raw(DRAWER_PULSE)
    if profile.cutter:
        dummy.cut()
    else:
        dummy.ln(4)
    return bytes(dummy.output)


@lru_cache(maxsize=8)
def logo_bytes(path: str, profile_name: str) -> bytes:
    """The logo as ESC/POS raster bytes, dithered once per (file, profile) and kept in
    memory and on disk, so a receipt never re-processes the image."""
    from escpos import printer as ep
    from PIL import Image

    from posapp.printing import CACHE_DIR

    profile = load_profile(profile_name)
    source = Path(path)
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        log.warning("logo %s cannot be read: %s", path, exc)
        return b""
    cached = CACHE_DIR / f"logo-{digest}-{profile.name}.bin"
    if cached.exists():
        return cached.read_bytes()
    with Image.open(source) as opened:
        img = opened.convert("RGBA")
        flat = Image.new("RGBA", img.size, "white")
        flat.alpha_composite(img)
        gray = flat.convert("L")
        width = min(profile.logo_width, profile.pixels)
        height = max(1, round(gray.height * width / gray.width))
        mono = gray.resize((width, height), Image.Resampling.LANCZOS).convert(
            "1", dither=Image.Dither.FLOYDSTEINBERG)
    dummy = ep.Dummy(profile=profile.escpos_profile)
    dummy.set(align="center")
    dummy.image(mono, center=False)
    dummy.set(align="left")
    data = bytes(dummy.output)
    tmp = cached.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(cached)
    return data
