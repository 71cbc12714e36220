"""Search the journal and reprint. Reads run off the GUI thread like everything else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.i18n import N_, tr
from posapp.service import Counter, Status
from posapp.ui.history.audit import AuditView
from posapp.ui.sale.flow import message_of
from posapp.ui.tasks import TaskRunner
from posapp.ui.widgets import Page, label
from posapp.ui.words import state_words

# State and money first: they are what a supervisor scans for on a narrow screen.
COLUMNS = (N_("Time"), N_("Receipt"), N_("State"), N_("Amount"), N_("Paid by"), N_("Product"),
           N_("Account"), N_("Customer"), N_("Reference"))
# Money the shop owes back (collected but not sold, or paid after a cancel): the supervisor's.
REFUND_BG, REFUND_FG = QColor("#fde3e1"), QColor("#8c1d18")
# Newest matches shown: two screenfuls; typing more narrows (each search is an index
# lookup, but every row shown is read and drawn, and it reruns at each pause in typing).
SHOWN = 50


class HistoryPage(Page):
    open_sale = Signal(object)
    closed = Signal()

    def __init__(self, counter: Counter, tasks: TaskRunner) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        lay = self.lay
        lay.addWidget(label(tr("History"), "title"))
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search meter, phone, receipt, reference or name"))
        top.addWidget(self.search, 1)
        self.b_refunds = QPushButton(tr("Refunds due (Alt+R)"))
        self.b_refunds.setCheckable(True)
        self.b_refunds.toggled.connect(lambda on: (self.b_refunds.setText(
            tr("All sales (Alt+R)") if on else tr("Refunds due (Alt+R)")), self.refresh()))
        QShortcut(QKeySequence("Alt+R"), self, activated=self.b_refunds.toggle,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top.addWidget(self.b_refunds)
        lay.addLayout(top)
        self.refunds = label("", "error")
        self.refunds.hide()
        lay.addWidget(self.refunds)
        self.state_column = COLUMNS.index("State")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Enter (and a double click) on a row opens it; Tab leaves the table instead of
        # walking its cells forever.
        self.table.activated.connect(lambda *_: self._open())
        self.table.setTabKeyNavigation(False)
        # It takes the room that is left (its rows scroll), so the buttons and the supervisor's
        # actions below it stay on an 800x600 screen.
        self.table.setMinimumHeight(120)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.b_open = QPushButton(tr("Open / reprint (Enter)"))
        self.b_open.setObjectName("primary")
        self.b_open.clicked.connect(self._open)
        self.b_back = QPushButton(tr("Back to sale (Esc)"))
        self.b_back.clicked.connect(self.closed.emit)
        row.addWidget(self.b_open)
        row.addWidget(self.b_back)
        row.addStretch(1)
        lay.addLayout(row)
        # The PIN on its own line, the actions under it: the row fits an 800-pixel screen in
        # either language.
        pin_row = QHBoxLayout()
        pin_row.addWidget(label(tr("Supervisor PIN"), "field", wrap=False))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        pin_row.addWidget(self.pin)
        # Acts on the selected sale, so it stands apart from the day's actions below.
        self.b_refunded = QPushButton(tr("Refund handed back"))
        self.b_refunded.clicked.connect(self.refund_handed_back)
        pin_row.addWidget(self.b_refunded)
        pin_row.addStretch(1)
        lay.addLayout(pin_row)
        sup = QHBoxLayout()
        self.b_shift = QPushButton(tr("Shift report"))
        self.b_z = QPushButton(tr("Close day (Z)"))
        self.b_drawer = QPushButton(tr("Open drawer"))
        for b, what in ((self.b_shift, "shift"), (self.b_z, "z"), (self.b_drawer, "drawer")):
            b.clicked.connect(lambda _=False, w=what: self.supervise(w))
            sup.addWidget(b)
        self.b_audit = QPushButton(tr("Audit"))
        self.b_audit.clicked.connect(self.show_audit)
        sup.addWidget(self.b_audit)

        sup.addStretch(1)
        lay.addLayout(sup)
        # Enter after the PIN goes on to the first (harmless) action; the drawer is last.
        self.pin.returnPressed.connect(lambda: self.pin.text() and self.b_shift.setFocus())
        self.pin.setPlaceholderText(tr("PIN"))
        self.note = label("", "field")  # a supervisor action's outcome: plain, not a hint
        lay.addWidget(self.note)
        for a, b in ((self.search, self.b_refunds), (self.b_refunds, self.table),
                     (self.table, self.b_open), (self.b_open, self.b_back),
                     (self.b_back, self.pin), (self.pin, self.b_shift),
                     (self.b_shift, self.b_z), (self.b_z, self.b_drawer)):
            self.setTabOrder(a, b)
        self.sales: list[SaleRecord] = []
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._open)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The PIN field fits eight digits in whatever size the screen's style gave it."""
        super().showEvent(event)
        self.pin.ensurePolished()
        self.pin.setFixedWidth(self.pin.fontMetrics().horizontalAdvance("0" * 8) + 40)

    def _say(self, text: str, tone: str = "field") -> None:
        """The outcome of a supervisor action, in large type: ok, error or plain."""
        self.note.setObjectName(tone)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setText(text)

    def confirm_z(self, then: Callable[[], None]) -> None:
        """Closing the day cannot be undone: ask first, "No" the default (Enter, Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Close the day?"),
                          tr("Close the day now? The Z report prints and a new day starts. "
                          "This cannot be undone."), parent=self)
        no = box.addButton(tr("No, keep the day open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(tr("&Yes, close the day"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            if box.clickedButton() not in (None, no):
                then()
            else:
                self._say(tr("The day is still open: nothing was closed."))
                self.pin.setFocus()

        box.finished.connect(answered)
        self.z_box = box
        box.open()

    def supervise(self, what: str) -> None:
        """Shift report, Z close (after a yes) or drawer, after a supervisor's PIN (checked
        off-thread)."""
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            self._say(tr("Type the supervisor PIN first."), "error")
            self.pin.setFocus()
            return
        if what == "z":
            self.confirm_z(lambda: self._act(what, pin))
        else:
            self._act(what, pin)

    def _act(self, what: str, pin: str) -> None:
        self.pin.setFocus()
        self._say(tr("Checking PIN..."))
        counter = self.counter

        def act() -> str:
            user = counter.authorize(pin, "supervisor")
            if what == "drawer":
                counter.open_drawer(user.name).result(timeout=30)
                return tr("Drawer opened by %1.", user.name)
            report = (counter.close_report("z", user.name) if what == "z"
                      else counter.report("shift"))
            counter.print_report(report).result(timeout=60)
            total = ", ".join(m.display() for m in report.totals) or "nothing"
            name = tr("Z report %1", report.number) if what == "z" else tr("Shift report")
            owed = (tr(" %1 refund(s) due.", len(report.refund_due)) if report.refund_due else "")
            return tr("%1 printed: %2 sale(s), %3.%4", name, report.completed, total, owed)

        def failed(exc: Exception) -> None:
            self._say(getattr(exc, "message", "That did not work; see the log."), "error")

        self.tasks.run(act, lambda text: self._say(text, "ok"), failed)

    def show_audit(self) -> None:
        """The audit trail in its own window, after a supervisor's PIN (checked off-thread)."""
        pin = self.pin.text()
        self.pin.clear()
        self.note.setText(tr("Checking PIN..."))
        counter = self.counter

        def fetch() -> tuple[str, list[dict[str, Any]]]:
            user = counter.authorize(pin, "supervisor")
            return user.name, counter.audit_trail(user.name, 500)

        def show(found: tuple[str, list[dict[str, Any]]]) -> None:
            self.note.clear()
            self.audit_view = AuditView(found[1], found[0], self)
            self.audit_view.show()

        self.tasks.run(fetch, show, lambda e: self.note.setText(
            getattr(e, "message", "That did not work; see the log.")))

    def refresh(self) -> None:
        text = self.search.text()
        states = (SaleState.REFUND_DUE,) if self.b_refunds.isChecked() else ()
        self.tasks.run(lambda: self.counter.history(text, 300 if states else SHOWN,
                                                          states=states), self._fill)
        self.tasks.run(self.counter.status, self._status)

    def _status(self, status: Status) -> None:
        n = status.refund_due
        self.refunds.setText(tr("%1 refund due: money the customer paid for nothing sold. Alt+R "
                                "lists them." if n == 1 else "%1 refunds due: money the customer "
                                "paid for nothing sold. Alt+R lists them.", n) if n else "")
        self.refunds.setVisible(bool(n))

    def _fill(self, sales: list[SaleRecord]) -> None:
        self.sales = sales
        self.table.setRowCount(len(sales))
        tenders = {t.key: tr(t.label) for t in self.counter.tenders()}
        bold = QFont()
        bold.setBold(True)
        for r, s in enumerate(sales):
            refund = s.state == SaleState.REFUND_DUE
            cells = (datetime.fromtimestamp(s.created_at).strftime("%d/%m %H:%M"), s.receipt_no,
                     state_words(s.state, held=s.held), s.amount.display(),
                     tenders.get(s.tender, s.tender), tr(self.counter.product_of(s).label),
                     s.account, s.customer_name, s.provider_ref or s.collect_ref)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == COLUMNS.index("Amount"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if refund:
                    item.setBackground(QBrush(REFUND_BG))
                    item.setForeground(QBrush(REFUND_FG))
                    if c == self.state_column:
                        item.setFont(bold)
                self.table.setItem(r, c, item)
        if sales:
            self.table.selectRow(0)

    def refund_handed_back(self) -> None:
        """The selected sale's refund was handed back: recorded after a supervisor's PIN,
        so it leaves the refunds due and cannot be refunded twice."""
        pin = self.pin.text()
        self.pin.clear()
        row = self.table.currentRow()
        if not 0 <= row < len(self.sales) or self.sales[row].state != SaleState.REFUND_DUE:
            self._say(tr("Select a sale with a refund due first."), "error")
            return
        sale_id, receipt, counter = self.sales[row].id, self.sales[row].receipt_no, self.counter
        self._say(tr("Checking PIN..."))

        def act() -> SaleRecord:
            user = counter.authorize(pin, "supervisor")
            return counter.mark_refunded(sale_id, user.name)

        def done(sale: SaleRecord) -> None:
            self._say(tr("Refund of %1 on %2 recorded as handed back.", sale.amount.display(),
                         receipt), "ok")
            self.refresh()

        self.tasks.run(act, done, lambda e: self._say(message_of(e), "error"))

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sales):
            self.open_sale.emit(self.sales[row])
