"""A receipt as data: blocks that a layout turns into lines for one paper width."""

from __future__ import annotations

from dataclasses import dataclass, field

from posapp.domain.text import printable


def clean(text: object) -> str:
    """Text from a provider or a person, with every control byte removed (ESC, GS, DLE...):
    the one rule of posapp.domain.text, which the CLI and the provider modules use too."""
    return printable("" if text is None else str(text))


@dataclass(frozen=True)
class Text:
    text: str
    align: str = "left"
    bold: bool = False
    big: bool = False  # double width and height


@dataclass(frozen=True)
class Pair:
    """A label on the left and a value on the right, wrapped when they do not fit."""

    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    char: str = "-"


@dataclass(frozen=True)
class TokenBlock:
    label: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class QR:
    data: str


@dataclass(frozen=True)
class Logo:
    """The shop's logo image file, printed centred at the profile's logo width."""

    path: str


@dataclass(frozen=True)
class Cut:
    """Cut the paper here (or feed and mark a tear line on printers with no cutter)."""


@dataclass(frozen=True)
class Feed:
    lines: int = 1


Block = Text | Pair | Rule | TokenBlock | QR | Logo | Cut | Feed


@dataclass
class Receipt:
    """Blocks in order. `kind` names the slip (sale, pending, refund, report-z...);
    `copy_no` > 0 on reprints; `training` marks every slip of it as not a real sale."""

    kind: str
    blocks: list[Block] = field(default_factory=list)
    copy_no: int = 0
    open_drawer: bool = False
    training: bool = False

    def add(self, *blocks: Block) -> Receipt:
        self.blocks.extend(blocks)
        return self
