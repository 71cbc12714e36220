"""Lay a receipt out for a paper width, as plain text (previews) or ESC/POS bytes."""

from __future__ import annotations

import hashlib
import logging
import textwrap
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


# Typography that no receipt code page holds, spelled the way a cashier would type it.
_PLAIN = str.maketrans({"—": "-", "–": "-", "‒": "-", "−": "-", "‘": "'", "’": "'",
                        "‚": ",", "“": '"', "”": '"', "„": '"', "…": "...", "•": "*",
                        "\u00a0": " ", "\u202f": " ", "₦": "N", "×": "x",
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


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def token_lines(groups: tuple[str, ...], width: int) -> list[str]:
    """As many 4-digit groups per double-size line as fit in half the columns."""
    half = width // 2
    lines: list[str] = []
    current = ""
    for g in groups:
        candidate = f"{current} {g}" if current else g
        if len(candidate) <= half:
            current = candidate
        else:
            lines.append(current)
            current = g
    if current:
        lines.append(current)
    return lines


def lay_out(receipt: Receipt, columns: int) -> list[Line]:
    out: list[Line] = []
    for block in receipt.blocks:
        if isinstance(block, Text):
            width = columns // 2 if block.big else columns
            for part in _wrap(clean(block.text), width):
                out.append(Line(part, block.align, block.bold, block.big))
        elif isinstance(block, Pair):
            left, right = clean(block.left), clean(block.right)
            if len(left) + len(right) + 1 <= columns:
                out.append(Line(left + " " * (columns - len(left) - len(right)) + right,
                                bold=block.bold))
            else:
                out.extend(Line(p, bold=block.bold) for p in _wrap(left, columns))
                out.extend(Line(p.rjust(columns), bold=block.bold)
                           for p in _wrap(right, columns))
        elif isinstance(block, Rule):
            out.append(Line(block.char * columns))
        elif isinstance(block, TokenBlock):
            out.append(Line(clean(block.label), "center", bold=True))
            out.extend(Line(t, "center", True, True) for t in token_lines(block.groups, columns))
        elif isinstance(block, QR):
            out.append(Line("", "center", qr=clean(block.data)))
        elif isinstance(block, Logo):
            out.append(Line("", "center", logo=block.path))
        elif isinstance(block, Cut):
            out.append(Line("", cut=True))
        elif isinstance(block, Feed):
            out.extend(Line("") for _ in range(block.lines))
    return out


def to_escpos(receipt: Receipt, profile: Profile) -> bytes:
    """ESC/POS bytes for this printer, built with python-escpos' own command writer."""
    from escpos import printer as ep

    dummy = ep.Dummy(profile=profile.escpos_profile)
    dummy.hw("INIT")
    dummy.charcode(profile.codepage)
    for line in lay_out(receipt, profile.columns):
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
            dummy.qr(line.qr, size=6 if profile.columns > 32 else 5, native=profile.native_qr,
                     center=not profile.native_qr)
            dummy.set(align="left")
            continue
        if line.big:
            dummy.set(align=line.align, bold=True, double_width=True, double_height=True)
        else:
            dummy.set(align=line.align, bold=line.bold, normal_textsize=True)
        dummy.textln(to_codepage(line.text, profile.codepage))
    dummy.set(align="left", bold=False, normal_textsize=True)
    if profile.drawer and receipt.open_drawer:
        dummy.cashdraw(2)
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
