"""The waiting screen of a mobile-money or card payment: the amount, a countdown to the
collection's deadline, and either the hosted payment page as a large QR code (K-Pay card,
EkoloPay) or "approve on your phone" (mobile money push). Esc cancels safely: a payment
that completes after the cancel is still recorded, and shown as money to refund.

Nothing here waits: the service is asked on the task pool, and answers (and the bridge's
sale events) redraw the screen. A paid collection is handed back to the sale flow, which
shows the vend's result as for cash.
"""

from __future__ import annotations

import time

import qrcode
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from qrcode.constants import ERROR_CORRECT_M

from posapp.domain.errors import PosError
from posapp.domain.product import Tender
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import tr, tr_message
from posapp.service import Counter
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import Page, busy_bar, label

S = SaleState
#: 15% of the symbol may be damaged (a scratched screen, glare) and it still scans.
ERROR_CORRECTION = ERROR_CORRECT_M
QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks
POLL_MS = 2000
# States the waiting screen itself shows; any other is the vend's, shown by the result page.
OWN_STATES = (S.COLLECTING, S.COLLECT_FAILED, S.CANCELLED)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR symbol of `text`, quiet zone included: True is a dark module."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=QUIET_ZONE)
    qr.add_data(text)
    qr.make(fit=True)
    return [[bool(m) for m in row] for row in qr.get_matrix()]


def qr_pixmap(matrix: list[list[bool]], side: int) -> QPixmap:
    """The symbol at the largest whole number of pixels per module that fits in `side`
    (whole pixels keep every module square and sharp for the phone's camera)."""
    n = len(matrix)
    module = max(1, side // n) if n else 1
    image = QImage(n * module, n * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module, y * module, module, module, black)
    painter.end()
    return QPixmap.fromImage(image)


class QrView(QWidget):
    """A QR code as large as the space allows, redrawn crisp when the window resizes."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.matrix: list[list[bool]] = []
        self._pixmap = QPixmap()
        self.setMinimumSize(200, 200)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # square: the link sits right under the code
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.matrix = qr_matrix(text) if text else []
            self._render()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width

    def module_size(self) -> int:
        return self._pixmap.width() // len(self.matrix) if self.matrix else 0

    def target(self) -> QRect:
        """Where the symbol is drawn in this widget."""
        pix = self._pixmap
        return QRect((self.width() - pix.width()) // 2, 0, pix.width(), pix.height())

    def _render(self) -> None:
        side = min(self.width(), self.height())
        self._pixmap = qr_pixmap(self.matrix, side) if self.matrix else QPixmap()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._render()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self._pixmap.isNull():
            return
        painter = QPainter(self)
        painter.drawPixmap(self.target(), self._pixmap)
        painter.end()


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _message(exc: Exception) -> str:
    return exc.message if isinstance(exc, PosError) else tr("Something went wrong; see the log.")


class CollectPage(Page):
    """Waiting for the customer's payment; then paid (handed on), or a clear end state."""

    #: the collection is paid and the vend went on: show its result (SaleRecord)
    finished = Signal(object)
    #: the cashier wants a new sale
    new_sale = Signal()
    #: the cashier wants to take the money another way (the same amount)
    other_tender = Signal()

    def __init__(self, counter: Counter, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.sale: SaleRecord | None = None
        self.tender: Tender | None = None
        self.phone = ""
        self.cancel_pressed = False
        self._asking = False  # one service call at a time
        self._handed_on = False
        row = QHBoxLayout()
        row.setSpacing(24)
        self.lay.addLayout(row, 1)
        left = QVBoxLayout()
        left.setSpacing(10)
        row.addLayout(left, 5)
        self.title = label("", "title")
        self.amount = label("", "amount", wrap=False)
        self.amount.setStyleSheet("font-size: 46px; font-weight: 700; color: #0b2540;")
        self.countdown = label("", "countdown", wrap=False)
        self.countdown.setStyleSheet("font-size: 24px; font-weight: 600; color: #37506b;")
        self.instruction = label("", "field")
        self.bar = busy_bar()
        self.state = label("", "warn")
        self.detail = label("", "field")
        self.info = label("", "hint")
        self.state.setStyleSheet("font-size: 24px;")  # the outcome, readable from a step back
        for w in (self.title, self.amount, self.countdown, self.instruction, self.bar,
                  self.state, self.detail, self.info):
            left.addWidget(w)
        left.addSpacing(12)
        buttons = QHBoxLayout()
        self.b_cancel = QPushButton(tr("Cancel the payment (Esc)"))
        self.b_new = QPushButton(tr("New sale (Enter)"))
        self.b_new.setObjectName("primary")
        self.b_other = QPushButton(tr("Take it another way (Esc)"))
        self.b_cancel.clicked.connect(self.cancel)
        self.b_new.clicked.connect(self.new_sale.emit)
        self.b_other.clicked.connect(self.other_tender.emit)
        for b in (self.b_cancel, self.b_new, self.b_other):
            buttons.addWidget(b)
        self.b_new.hide()  # one set of buttons at a time
        self.b_other.hide()
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.hint = label("", "hint")
        left.addWidget(self.hint)
        left.addStretch(1)
        # The QR code's column; hidden for a phone push, so the text takes the whole width.
        self.qr_panel = QWidget()
        right = QVBoxLayout(self.qr_panel)
        right.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qr_panel, 4)
        self.qr_panel.hide()
        self.qr = QrView()
        self.url = label("", "hint")
        self.url.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr)
        right.addWidget(self.url)
        right.addStretch(1)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll_now)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._count)

    # -- what is shown ----------------------------------------------------------------

    def show_sale(self, sale: SaleRecord, product_label: str, tender: Tender | None,
                  phone: str = "") -> None:
        """Start waiting for this sale's collection (or show how it ended)."""
        self.sale = None
        self.tender = tender
        self.phone = phone.strip()
        self.cancel_pressed = False
        self._handed_on = False
        paid_by = tender.label if tender else sale.tender
        self.title.setText(f"{product_label}  -  {paid_by}")
        self.amount.setText(sale.amount.display())
        self.update_sale(sale)

    def update_sale(self, sale: SaleRecord) -> None:
        """A newer view of the sale (a poll's answer or a service event)."""
        old = self.sale
        if old is not None:
            if sale.id != old.id:
                return
            if sale.updated_at < old.updated_at or (
                    old.state != S.COLLECTING and sale.state == S.COLLECTING):
                return  # an older answer arriving late
        self.sale = sale
        if sale.state not in OWN_STATES and not self._refund_after_cancel(sale):
            self._hand_on(sale)
            return
        self._draw()

    def waiting(self) -> bool:
        """Still waiting for the customer (not cancelled, not ended)."""
        s = self.sale
        return bool(s and s.state == S.COLLECTING and not s.cancel_requested
                    and not self.cancel_pressed)

    def _refund_after_cancel(self, sale: SaleRecord) -> bool:
        return sale.state == S.REFUND_DUE and sale.cancel_requested

    def _timed_out(self, sale: SaleRecord) -> bool:
        return (not self.cancel_pressed and bool(sale.collect_deadline)
                and time.time() >= sale.collect_deadline) or sale.message == "Not paid in time."

    def _page_tender(self) -> bool:
        return bool(self.tender.shows_page) if self.tender else bool(
            self.sale and self.sale.collect_url)

    def _draw(self) -> None:
        sale = self.sale
        assert sale is not None
        waiting = self.waiting()
        page = sale.collect_url if waiting and self._page_tender() else ""
        self.qr.set_text(page)
        self.url.setText(page)
        self.qr_panel.setVisible(bool(page))
        self.bar.setVisible(waiting)
        self.countdown.setVisible(waiting)
        self.b_cancel.setVisible(waiting)
        self.b_new.setVisible(not waiting)
        self.b_other.setVisible(not waiting)
        lines = [tr("Receipt %1", sale.receipt_no)]
        if sale.collect_ref:
            lines.append(tr("Payment reference %1", sale.collect_ref))
        self.info.setText("\n".join(lines))
        if waiting:
            self._draw_waiting(sale)
        else:
            self._draw_end(sale)
        self._count()
        self._timers()

    def _draw_waiting(self, sale: SaleRecord) -> None:
        self._style("warn")
        self.detail.clear()
        if not self._page_tender():
            who = f" ({self.phone})" if self.phone else ""
            self.instruction.setText(tr("The payment request went to the customer's phone%1. They "
                                        "approve it there with their mobile money PIN.", who))
            self.state.setText(tr("Waiting for the customer to approve on their phone..."))
        elif sale.collect_url:
            self.instruction.setText(tr("Ask the customer to scan the code with their phone's "
                                     "camera and pay on the page it opens."))
            self.state.setText(tr("Waiting for the customer to pay..."))
        else:
            self.instruction.setText(tr("The payment page has not come back from the provider "
                                     "yet. If it does not come, cancel (Esc) and take the "
                                     "money another way."))
            self.state.setText(tr("Waiting for the payment page..."))
        self.hint.setText(tr("The sale goes on by itself when the payment arrives. "
                          "Esc: cancel the payment."))
        self.b_cancel.setFocus()

    def _draw_end(self, sale: SaleRecord) -> None:
        self.instruction.clear()
        late = (tr("If the customer pays after all, the terminal still records it and shows it "
                "as money to refund."))
        if self._refund_after_cancel(sale):
            self._style("error")
            self.state.setText(tr("PAID AFTER CANCEL - REFUND DUE"))
            paid_by = self.tender.label if self.tender else sale.tender
            self.detail.setText(tr("The customer paid %1 by %2 after the payment was cancelled. "
                                   "Nothing was sold: a supervisor gives the money back "
                                   "(History, F9).", sale.amount.display(), tr(paid_by)))
        elif sale.state == S.COLLECT_FAILED and not self._timed_out(sale):
            self._style("error")
            self.state.setText(tr("NOT PAID - declined"))
            self.detail.setText(tr("%1 Nothing was sold.",
                                   tr_message(sale.message or "The payment was not made.")))
        elif self._timed_out(sale):
            self._style("error")
            self.state.setText(tr("NOT PAID IN TIME"))
            self.detail.setText(tr("The customer did not pay before the time ran out. Nothing was "
                                "sold. ") + (late if sale.state == S.COLLECTING else ""))
        elif sale.state == S.COLLECTING:  # cancelled; the provider has not confirmed yet
            self._style("warn")
            self.state.setText(tr("CANCELLED"))
            self.detail.setText(tr("Nothing was sold. ") + late)
        else:  # CANCELLED: confirmed, or the request never reached the provider
            self._style("warn")
            self.state.setText(tr("CANCELLED"))
            reason = sale.message if sale.message and sale.message != (
                "The payment was cancelled.") else ""
            self.detail.setText(" ".join(x for x in (reason, tr("Nothing was paid and nothing "
                                                     "was sold.")) if x))
        self.hint.setText(tr("Enter: new sale. Esc: take the money another way."))
        self.b_new.setFocus()

    def _style(self, name: str) -> None:
        self.state.setObjectName(name)
        self.state.style().unpolish(self.state)  # the style sheet keys on the object name
        self.state.style().polish(self.state)

    def _count(self) -> None:
        sale = self.sale
        if sale is None or not self.waiting():
            return
        left = sale.collect_deadline - time.time() if sale.collect_deadline else 0.0
        self.countdown.setText(tr("Time left  %1", _clock(left)) if left > 0 else
                               tr("Time is up: checking one last time..."))

    def _timers(self) -> None:
        """Poll while the screen is shown and the payment may still arrive (also after a
        cancel: a late payment must show as a refund). The outbox polls when we do not."""
        sale = self.sale
        live = bool(sale and sale.state == S.COLLECTING and self.isVisible())
        for timer in (self._poll, self._tick):
            if live and not timer.isActive():
                timer.start()
            elif not live:
                timer.stop()

    def _hand_on(self, sale: SaleRecord) -> None:
        self._poll.stop()
        self._tick.stop()
        if not self._handed_on:
            self._handed_on = True
            self.finished.emit(sale)

    # -- the cashier's keys and the service -----------------------------------------------

    def escape(self) -> None:
        """Esc: cancel while waiting; afterwards, take the money another way."""
        if self.waiting():
            self.cancel()
        elif self.sale is not None:
            self.other_tender.emit()

    def cancel(self) -> None:
        sale = self.sale
        if sale is None or not self.waiting():
            return
        self.cancel_pressed = True
        self.state.setText(tr("Cancelling..."))
        sale_id, counter, actor = sale.id, self.counter, self.counter.info().cashier

        self.tasks.run(lambda: counter.cancel_collection(sale_id, actor), self.update_sale,
                       lambda e: self.detail.setText(_message(e)))
        self._draw()

    def poll_now(self) -> None:
        """Ask the collector where the payment stands (F5, and every two seconds)."""
        sale = self.sale
        if sale is None or self._asking or sale.state != S.COLLECTING:
            return
        self._asking = True
        sale_id, counter = sale.id, self.counter

        def done(after: SaleRecord) -> None:
            self._asking = False
            self.update_sale(after)

        def failed(exc: Exception) -> None:
            self._asking = False
            self.detail.setText(_message(exc))

        self.tasks.run(lambda: counter.settle(sale_id), done, failed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.sale is not None:
            self._timers()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._poll.stop()
        self._tick.stop()
        super().hideEvent(event)
