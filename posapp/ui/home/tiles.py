"""A service tile: icon, name and function key, large enough to touch and read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from posapp.domain.product import Product
from posapp.resources import resources_dir
from posapp.ui.widgets import label

ICON_PX = 44
# Which drawing stands for a product, by words in its key or name (first match wins).
ICONS = (("postpaid", "bill"), ("bill ", "bill"), ("reconnection", "plug"),
         ("new_meter", "meter"), ("tv", "tv"), ("waec", "exam"), ("exam", "exam"),
         ("paycode", "cash"), ("goods", "goods"), ("electric", "electricity"),
         ("prepaid", "electricity"))
ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
          Qt.Key.Key_Down: (1, 0)}


def icon_name(product: Product) -> str:
    text = f"{product.key} {product.label}".lower()
    return next((name for word, name in ICONS if word in text), "")


def icon_pixmap(product: Product) -> QPixmap:
    """The tile's drawing from resources/icons (a null pixmap when there is none)."""
    name = icon_name(product)
    path = resources_dir() / "icons" / f"tile-{name}.png"
    if not name or not path.is_file():
        return QPixmap()
    return QPixmap(str(path)).scaled(ICON_PX, ICON_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)


class Tile(QPushButton):
    """One service. Arrows move between tiles (the page decides where); Enter opens it;
    any other printable key goes to the receipt field (a scanner may type while a tile
    has the focus)."""

    #: the tile asks to move focus by (rows, columns)
    move = Signal(int, int)
    #: printable text typed on the tile
    typed = Signal(str)

    def __init__(self, product: Product) -> None:
        super().__init__()
        self.product = product
        self.setObjectName("tile")
        self.setAutoDefault(True)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(f"{product.label} {product.shortcut}".strip())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(12)
        icon = QLabel()
        pix = icon_pixmap(product)
        if pix.isNull():  # no drawing for it: a text badge of its first letter
            icon.setText(product.label[:1].upper())
            icon.setObjectName("tilekey")
            icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            icon.setPixmap(pix)
        icon.setFixedSize(ICON_PX, ICON_PX)
        self.name = label(product.label, "tilename")
        self.key = label(product.shortcut, "tilekey", wrap=False)
        self.key.setVisible(bool(product.shortcut))
        for w in (icon, self.name, self.key):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lay.addWidget(icon)
        lay.addWidget(self.name, 1)
        lay.addWidget(self.key, 0, Qt.AlignmentFlag.AlignTop)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in ARROWS:
            self.move.emit(*ARROWS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif event.text().strip() and event.text().isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.typed.emit(event.text())
        else:
            super().keyPressEvent(event)
