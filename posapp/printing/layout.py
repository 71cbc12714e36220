"""Lay a receipt out for a paper width, as plain text (previews) or ESC/POS bytes."""

from __future__ import annotations

import textwrap
import tomllib
from dataclasses import dataclass
from importlib import resources

from posapp.domain.errors import ConfigError
from posapp.printing.model import QR, Feed, Pair, Receipt, Rule, Text, TokenBlock, clean


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


def profiles() -> dict[str, Profile]:
    out = {}
    for entry in resources.files("posapp.printing").joinpath("profiles").iterdir():
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text("utf-8"))
            out[data["name"]] = Profile(**data)
    return out


def load_profile(name: str) -> Profile:
    found = profiles()
    if name not in found:
        raise ConfigError("The printer profile is not known.",
                          f"profile {name!r}; one of {sorted(found)}")
    return found[name]


# A laid-out line: (style, text) where style is "n" normal, "b" bold, "B" big, "c"...
@dataclass(frozen=True)
class Line:
    text: str
    align: str = "left"
    bold: bool = False
    big: bool = False
    qr: str = ""


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
        elif isinstance(block, Feed):
            out.extend(Line("") for _ in range(block.lines))
    return out


def to_text(receipt: Receipt, columns: int) -> str:
    """A plain-text preview: big text is spaced out so the width stays right."""
    rows = []
    for line in lay_out(receipt, columns):
        if line.qr:
            rows.append(f"[QR: {line.qr}]".center(columns))
            continue
        text = " ".join(line.text) if line.big else line.text
        if line.align == "center":
            text = text.center(columns).rstrip()
        elif line.align == "right":
            text = text.rjust(columns)
        rows.append(text)
    return "\n".join(rows) + "\n"


def to_escpos(receipt: Receipt, profile: Profile) -> bytes:
    """ESC/POS bytes for this printer, built with python-escpos' own command writer."""
    from escpos import printer as ep

    dummy = ep.Dummy(profile=profile.escpos_profile)
    dummy.hw("INIT")
    for line in lay_out(receipt, profile.columns):
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
        dummy.textln(line.text)
    dummy.set(align="left", bold=False, normal_textsize=True)
    if profile.drawer and receipt.open_drawer:
        dummy.cashdraw(2)
    if profile.cutter:
        dummy.cut()
    else:
        dummy.ln(4)
    return bytes(dummy.output)
