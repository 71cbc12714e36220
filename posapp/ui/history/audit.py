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

from posapp.ui.widgets import label

COLUMNS = ("Time", "Who", "Action", "Detail")
#: the journal's action names in words; an action not listed shows as it is stored
ACTIONS = {
    "bad_pin": "Wrong PIN", "pin_lockout": "PIN entry locked",
    "pin_refused_locked": "PIN refused (locked)", "refused": "Refused", "sign_in": "Signed in",
    "user_add": "User added", "user_set": "User set", "user_pin": "PIN changed",
    "user_role": "Role changed", "user_remove": "User removed", "open_drawer": "Drawer opened",
    "close_shift": "Shift closed", "close_z": "Day closed (Z)",
    "settle_by_hand": "Settled by hand", "cancel_queued": "Queued sale cancelled",
    "keep_queued": "Kept queued", "cancel_collection": "Payment cancelled",
    "held_for_supervisor": "Held for a supervisor", "key_replay_refused": "Key replay refused",
}


class AuditView(QDialog):
    """The rows the service returned; nothing here can change them (Esc closes)."""

    def __init__(self, rows: list[dict[str, Any]], viewer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Audit trail")
        self.resize(900, 520)
        lay = QVBoxLayout(self)
        lay.addWidget(label("Audit trail", "title"))
        lay.addWidget(label(f"The newest {len(rows)} entries, newest first. Opened by {viewer}; "
                            "entries cannot be changed or deleted.", "hint"))
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for r, row in enumerate(rows):
            cells = (datetime.fromtimestamp(row["at"]).strftime("%d/%m %H:%M:%S"),
                     str(row["actor"]), ACTIONS.get(row["action"], str(row["action"])),
                     str(row["detail"]))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        lay.addWidget(self.table, 1)
        close = QPushButton("Close (Esc)")
        close.clicked.connect(self.accept)
        lay.addWidget(close)
