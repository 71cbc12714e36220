"""A service tile: icon, name and function key, large enough to touch and read."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from posapp.domain.product import Product
from posapp.i18n import tr
from posapp.resources import resources_dir
from posapp.ui.widgets import label

ICON_PX = 44
NARROW = 280  # a tile narrower than this (800 x 600 screens) uses a smaller name and icon
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
    return QPixmap(str(path))


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
        self.setMinimumHeight(60)
        self.setMaximumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(f"{product.label} {product.shortcut}".strip())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(12)
        self.icon = icon = QLabel()
        self._drawing = icon_pixmap(product)
        if self._drawing.isNull():  # no drawing for it: a text badge of its first letter
            icon.setText(tr(product.label)[:1].upper())
            icon.setObjectName("tilekey")
            icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon_px = 0
        self._size_icon(ICON_PX)
        self.name = label(tr(product.label), "tilename")
        self.key = label(product.shortcut, "tilekey", wrap=False)
        self.key.setVisible(bool(product.shortcut))
        for w in (icon, self.name, self.key):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lay.addWidget(icon)
        lay.addWidget(self.name, 1)
        lay.addWidget(self.key, 0, Qt.AlignmentFlag.AlignTop)

    def _size_icon(self, px: int) -> None:
        if px == self._icon_px:
            return
        self._icon_px = px
        self.icon.setFixedSize(px, px)
        if not self._drawing.isNull():
            self.icon.setPixmap(self._drawing.scaled(
                px, px, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Not inside the resize: changing children while the layout places them upsets it.
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        narrow = self.width() < NARROW
        # On a narrow tile the name needs the room more than the drawing does.
        self.icon.setVisible(not narrow)
        self._size_icon(64 if self.height() >= 110 else ICON_PX)
        name = "tilename_small" if narrow else "tilename"
        if self.name.objectName() != name:
            self.name.setObjectName(name)
            self.name.style().unpolish(self.name)
            self.name.style().polish(self.name)

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
