"""The audit trail, read-only, for a supervisor: who did what, newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.i18n import N_, tr
from posapp.ui.widgets import label

COLUMNS = (N_("Time"), N_("Who"), N_("Action"), N_("Detail"))
#: the journal's action names in words; an action not listed shows as it is stored
ACTIONS = {
    "bad_pin": N_("Wrong PIN"), "pin_lockout": N_("PIN entry locked"),
    "pin_refused_locked": N_("PIN refused (locked)"), "refused": N_("Refused"),
    "sign_in": N_("Signed in"),
    "user_add": N_("User added"), "user_set": N_("User set"), "user_pin": N_("PIN changed"),
    "user_role": N_("Role changed"), "user_remove": N_("User removed"),
    "open_drawer": N_("Drawer opened"),
    "close_shift": N_("Shift closed"), "close_z": N_("Day closed (Z)"),
    "settle_by_hand": N_("Settled by hand"), "cancel_queued": N_("Queued sale cancelled"),
    "keep_queued": N_("Kept queued"), "cancel_collection": N_("Payment cancelled"),
    "held_for_supervisor": N_("Held for a supervisor"), "key_replay_refused": N_("Key replay refused"),
}


class AuditView(QDialog):
    """The rows the service returned; nothing here can change them (Esc closes)."""

    def __init__(self, rows: list[dict[str, Any]], viewer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Audit trail"))
        self.resize(900, 520)
        lay = QVBoxLayout(self)
        lay.addWidget(label(tr("Audit trail"), "title"))
        lay.addWidget(label(tr("The newest %1 entries, newest first. Opened by %2; entries cannot be "
                               "changed or deleted.", len(rows), viewer), "hint"))
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for r, row in enumerate(rows):
            cells = (datetime.fromtimestamp(row["at"]).strftime("%d/%m %H:%M:%S"),
                     str(row["actor"]), tr(ACTIONS.get(row["action"], str(row["action"]))),
                     str(row["detail"]))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        lay.addWidget(self.table, 1)
        close = QPushButton(tr("Close (Esc)"))
        close.clicked.connect(self.accept)
        lay.addWidget(close)
