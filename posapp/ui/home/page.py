"""The home screen: what the customer is buying (tiles), the last sale beside them, and
a field that takes a receipt number or the scan of a receipt's QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.product import Product
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import N_, tr
from posapp.ui.home.tiles import Tile
from posapp.ui.widgets import Page, busy_bar, card, label

#: what the QR code on a receipt holds: this prefix and the receipt number
RECEIPT_QR = "POSAPP:R:"
WIDE = 1000  # from this width on, the last sale beside the tiles; below them on narrower
COLUMNS = 3
STATE_WORDS = {
    SaleState.PRINTED: N_("Paid, printed"), SaleState.VENDED: N_("Paid"),
    SaleState.QUEUED: N_("Queued: sent when the network returns"),
    SaleState.IN_DOUBT: N_("Waiting for the provider's answer"),
    SaleState.REFUND_DUE: N_("Not paid: refund due"), SaleState.VEND_FAILED: N_("Not paid"),
    SaleState.CANCELLED: N_("Cancelled"), SaleState.COLLECT_FAILED: N_("Not paid"),
}


def receipt_of(text: str) -> str:
    """The receipt number in what was typed or scanned ("POSAPP:R:<no>" or the number)."""
    text = text.strip()
    if text.upper().startswith(RECEIPT_QR):
        text = text[len(RECEIPT_QR):]
    return text.strip()


class ReceiptEntry(QLineEdit):
    """Up / Down leave the field for the tiles (the field itself has no use for them)."""

    to_tiles = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.to_tiles.emit()
            return
        super().keyPressEvent(event)


class LastSale(QWidget):
    """The last sale's summary: receipt, what, amount, state, token; reprint with F8."""

    reprint = Signal()

    def __init__(self) -> None:
        super().__init__()
        box, lay = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        lay.addWidget(label(tr("Last sale"), "field"))
        self.what = label("", "lastsale")
        self.state = label("", "hint")
        self.token = label("", "lasttoken")
        self.token.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = label("", "hint")
        self.b_reprint = QPushButton(tr("Reprint (F8)"))
        self.b_reprint.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F8 is the key; arrows skip it
        self.b_reprint.clicked.connect(self.reprint.emit)
        for w in (self.what, self.state, self.token, self.note, self.b_reprint):
            lay.addWidget(w)
        lay.addStretch(1)
        self.sale: SaleRecord | None = None
        self.show_sale(None, "")

    def show_sale(self, sale: SaleRecord | None, product_label: str) -> None:
        self.sale = sale
        if sale is None:
            self.what.setText(tr("No sale yet today."))
            for w in (self.state, self.token, self.b_reprint):
                w.hide()
            return
        lines = [tr("Receipt %1", sale.receipt_no), f"{product_label}  -  {sale.amount.display()}"]
        lines.append("  ".join(x for x in (sale.account, sale.customer_name) if x))
        self.what.setText("\n".join(x for x in lines if x))
        self.state.setText(tr(STATE_WORDS.get(sale.state, "In progress")))
        self.state.show()
        tokens = [t.grouped() for t in sale.tokens if t.kind.upper() != "PIN"]
        self.token.setText("\n".join(tokens))
        self.token.setVisible(bool(tokens))
        self.b_reprint.setVisible(not sale.held and sale.state in (
            SaleState.VENDED, SaleState.PRINTED, SaleState.IN_DOUBT, SaleState.QUEUED,
            SaleState.REFUND_DUE))
        self.note.clear()


class HomePage(Page):
    #: a service was chosen (Product)
    chosen = Signal(object)
    #: a receipt number or scanned receipt QR to sell again (str)
    repeat = Signal(str)

    def __init__(self, products: list[Product]) -> None:
        super().__init__()
        lay = self.lay
        lay.addWidget(label(tr("What is the customer buying?"), "title"))
        # Wide screens: tiles | last sale and receipt. Narrow (800 x 600): the tiles over a
        # row of last sale | receipt, so neither is squeezed into a slit.
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(20)
        lay.addLayout(self.row, 1)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        tiles = QVBoxLayout()
        tiles.addLayout(self.grid, 1)
        tiles.addStretch(0)  # tall screens: tiles stop at their largest, the rest goes below
        self.row.addLayout(tiles, 3)
        self.side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.side.setSpacing(10)
        self.row.addLayout(self.side, 2)
        self.last = LastSale()
        self.side.addWidget(self.last)
        entry = QVBoxLayout()
        self.side.addLayout(entry, 1)
        entry.addWidget(label(tr("Sell again from an old receipt: scan its QR code or type its "
                              "receipt number, then Enter."), "field"))
        side = entry
        self.receipt = ReceiptEntry()
        self.receipt.setMaxLength(64)  # a scanner may type anything: keep it short
        self.receipt.setPlaceholderText(tr("receipt number"))
        self.receipt.returnPressed.connect(self._receipt_entered)
        self.receipt.to_tiles.connect(lambda: self.tiles and self.tiles[0].setFocus())
        self.bar = busy_bar()
        self.message = label("", "error")
        for w in (self.receipt, self.bar, self.message):
            side.addWidget(w)
        side.addStretch(1)
        lay.addWidget(label(tr("A service: its F key, or arrows then Enter. F8: reprint the "
                            "last sale. F9: history."), "hint"))
        self.tiles: list[Tile] = []
        self._columns = 0
        self._wide: bool | None = None
        for p in products:
            self.add_product(p)

    # -- tiles ------------------------------------------------------------------------

    def add_product(self, product: Product) -> None:
        tile = Tile(product)
        tile.clicked.connect(lambda _=False, p=product: self.chosen.emit(p))
        tile.move.connect(lambda dr, dc, t=tile: self._move(t, dr, dc))
        tile.typed.connect(self._typed)
        self.tiles.append(tile)
        self._wide = None  # size the new tile as the others
        self._place(force=True)

    def tile(self, text: str) -> Tile:
        """The first tile whose name starts with `text`."""
        return next(t for t in self.tiles if t.product.label.startswith(text))

    def columns(self) -> int:
        return COLUMNS

    def _arrange(self) -> None:
        wide = self.width() >= WIDE
        if wide == self._wide:
            return
        self._wide = wide
        d = QBoxLayout.Direction
        self.row.setDirection(d.LeftToRight if wide else d.TopToBottom)
        self.side.setDirection(d.TopToBottom if wide else d.LeftToRight)
        self.row.setStretch(0, 3 if wide else 0)
        self.row.setStretch(1, 2 if wide else 0)

    def _place(self, force: bool = False) -> None:
        cols = self.columns()
        if cols == self._columns and not force:
            return
        self._columns = cols
        for t in self.tiles:
            self.grid.removeWidget(t)
        for n, t in enumerate(self.tiles):
            self.grid.addWidget(t, n // cols, n % cols)
        self._arrange()

    def _move(self, tile: Tile, drow: int, dcol: int) -> None:
        cols = self._columns or self.columns()
        n = self.tiles.index(tile)
        if dcol:
            target = n + dcol
        else:
            target = n + drow * cols
        if target < 0 and drow < 0:
            self.receipt.setFocus()  # up from the top row: back to the receipt field
            return
        if 0 <= target < len(self.tiles):
            self.tiles[target].setFocus()

    def _typed(self, text: str) -> None:
        self.receipt.setFocus()
        self.receipt.insert(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self._arrange)  # after the layout has placed this size

    # -- the page -----------------------------------------------------------------------

    def focus(self) -> None:
        """Start with no tile chosen: Enter alone starts nothing (a service needs its F key
        or an arrow first); the receipt field has the focus, so a scan lands there."""
        self.receipt.clear()
        self.set_busy(False)
        self.message.clear()
        self.receipt.setFocus()

    def _receipt_entered(self) -> None:
        text = self.receipt.text()
        if not receipt_of(text):
            self.message.setObjectName("hint")
            self._restyle()
            self.message.setText(tr("Choose a service first: its F key, or arrows then Enter."))
            return
        self.repeat.emit(text)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.bar.setVisible(busy)
        self.receipt.setReadOnly(busy)
        self.message.setObjectName("hint")
        self._restyle()
        self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setObjectName("error")
        self._restyle()
        self.message.setText(text)
        self.receipt.selectAll()
        self.receipt.setFocus()

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_last(self, sale: SaleRecord | None, product_label: str) -> None:
        self.last.show_sale(sale, product_label)
