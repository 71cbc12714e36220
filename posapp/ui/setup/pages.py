"""The setup wizard's steps. A page shows and collects; the wizard saves through the
service (posapp.service.setup) on its task runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from posapp.i18n import LANGUAGES, N_, NAMES, tr, tr_message
from posapp.service.setup import PRINTER_TYPES, Connection, TerminalSetup
from posapp.ui.widgets import busy_bar, card, label


def _entry(text: str = "", *, secret: bool = False, width: int = 0) -> QLineEdit:
    w = QLineEdit(text)
    if secret:
        w.setEchoMode(QLineEdit.EchoMode.Password)
    if width:
        w.setMaximumWidth(width)
    return w


LABEL_WIDTH = 240
# The terminal's own fields, named shortly (their descriptions are for `posapp config`).
SHORT = {"terminal.terminal_id": N_("Terminal id"),
         "terminal.shop_name": N_("Shop name (receipts)"),
         "terminal.shop_address": N_("Shop address (receipts)")}


def _caption(text: str, width: int = LABEL_WIDTH) -> QLabel:
    """A form row's caption: one fixed column, wrapped, so every card lines up."""
    w = label(tr(text))
    w.setFixedWidth(width)
    return w


def _combo() -> QComboBox:
    box = QComboBox()
    # as wide as the form allows, not as wide as its longest entry
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    return box


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class Step(QWidget):
    """One step: a title, a line of explanation, its own widgets. `values()` are the
    settings it sets, `secrets()` the credentials; `problem()` a message when an answer
    is missing (checked before anything is saved)."""

    title = ""
    intro = ""

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__()
        self.setup = setup

    def values(self) -> dict[str, Any]:
        return {}

    def secrets(self) -> dict[str, str]:
        return {}

    def problem(self) -> str:
        return ""

    def entered(self) -> None:
        """Shown: put the focus where typing starts (else the wizard's Next has it)."""


class WelcomeStep(Step):
    title = N_("Set up this terminal")
    intro = N_("Nobody can sign in to this counter yet. These steps set it up: training or "
             "live, the terminal's ids, the receipt printer, a test of each provider, and "
             "the technician's and supervisor's PINs. Enter: next. Esc: back.")

    def __init__(self, setup: TerminalSetup, home: str) -> None:
        super().__init__(setup)
        box, lay = card()
        lay.addWidget(label(tr("Before you start, have ready:"), "field"))
        lay.addWidget(label(tr("- the terminal id each provider gave this shop, and the "
                            "credentials they issued;\n"
                            "- the receipt printer switched on and connected, with paper;\n"
                            "- a PIN of 4 to 8 digits for you and one for the supervisor.")))
        lay.addWidget(label(tr("Settings are saved in %1", home), "hint"))
        row = QHBoxLayout()
        row.addWidget(label(tr("Language of the screens and receipts"), "field", wrap=False))
        self.language = _combo()
        for code in LANGUAGES:
            self.language.addItem(NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            setup.field("terminal.language").value)))
        row.addWidget(self.language)
        row.addStretch(1)
        lay.addLayout(row)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)


    def values(self) -> dict[str, Any]:
        return {"terminal.language": self.language.currentData()}


class ModeStep(Step):
    title = N_("Training or live?")
    intro = N_("Arrows choose; Enter goes on.")

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__(setup)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.live = QRadioButton(tr("&Live"))
        self.training = QRadioButton(tr("&Training"))
        group = QButtonGroup(self)
        box, inner = card()
        for b, hint in ((self.live, tr("Real sales: real money and real tokens.")),
                        (self.training, tr("Every sale and receipt is marked TRAINING: for "
                                           "teaching cashiers, with the providers' test "
                                           "accounts."))):
            group.addButton(b)
            inner.addWidget(b)
            note = label(hint, "hint")
            note.setContentsMargins(30, 0, 0, 8)
            inner.addWidget(note)
        lay.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)
        lay.setRowStretch(1, 1)
        on = setup.field("terminal.training").value == "True"
        (self.training if on else self.live).setChecked(True)

    def values(self) -> dict[str, Any]:
        return {"terminal.training": self.training.isChecked()}

    def entered(self) -> None:
        (self.training if self.training.isChecked() else self.live).setFocus()


class IdsStep(Step):
    title = N_("Terminal and provider ids")
    intro = N_("As each provider issued them. A credential left empty keeps the one already "
             "stored; credentials go to the system's credential store, never to a file.")

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__(setup)
        self.fields: dict[str, QLineEdit] = {}
        self.secret_fields: dict[str, QLineEdit] = {}
        inner = QWidget()
        inner.setObjectName("page")
        col = QGridLayout(inner)
        col.setContentsMargins(0, 0, 8, 0)
        box, lay = card()
        lay.addWidget(label(tr("This terminal"), "tokenlabel"))
        form = _form()
        for key in ("terminal.terminal_id", "terminal.shop_name", "terminal.shop_address"):
            self._add(form, key)
        lay.addLayout(form)
        col.addWidget(box, 0, 0)
        row = 1
        for provider in setup.providers():
            if not provider.ids and not provider.secrets:
                continue
            box, lay = card()
            lay.addWidget(label(tr(provider.title), "tokenlabel"))
            form = _form()
            for f in provider.ids:
                self._add(form, f.key)
            for name in provider.secrets:
                w = _entry(secret=True)
                w.setPlaceholderText(tr("(stored: leave empty to keep)"))
                self.secret_fields[name] = w
                form.addRow(_caption(tr("%1 (secret)", name.split(".", 1)[1].replace("_", " "))), w)
            lay.addLayout(form)
            col.addWidget(box, row, 0)
            row += 1
        if row == 1:
            col.addWidget(label(tr("No provider is configured yet: import a settings file "
                                "(posapp config import FILE) or set them with posapp config."),
                                "hint"), row, 0)
            row += 1
        col.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll

    def _add(self, form: QFormLayout, key: str) -> None:
        f = self.setup.field(key)
        w = _entry(f.value)
        w.setToolTip(f.key)  # the setting's name, for `posapp config set` later
        self.fields[key] = w
        form.addRow(_caption(SHORT.get(key, f.label)), w)

    def values(self) -> dict[str, Any]:
        return {k: w.text().strip() for k, w in self.fields.items()}

    def secrets(self) -> dict[str, str]:
        return {k: w.text() for k, w in self.secret_fields.items() if w.text()}

    def problem(self) -> str:
        if not self.fields["terminal.terminal_id"].text().strip():
            return tr("Type this terminal's id.")
        return ""

    def entered(self) -> None:
        self.fields["terminal.terminal_id"].setFocus()
        self.fields["terminal.terminal_id"].selectAll()


class PrinterStep(Step):
    title = N_("Receipt printer")
    intro = N_("Choose how it is connected, then print a test page (Alt+T).")
    test_requested = Signal()

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__(setup)
        self.kind = _combo()
        for key, text in PRINTER_TYPES:
            self.kind.addItem(tr(text), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(setup.field("printer.type").value)))
        self.profile = _combo()
        for name, description in setup.printer_profiles():
            self.profile.addItem(tr(description), name)  # the file name is in the data
        self.profile.setCurrentIndex(max(0, self.profile.findData(
            setup.field("printer.profile").value)))
        self.host = _entry(setup.field("printer.host").value)
        self.port = _entry(setup.field("printer.port").value, width=120)
        self.device = _entry(setup.field("printer.device").value)
        self.device.setPlaceholderText(tr("/dev/usb/lp0, COM3 or the printer's name"))
        self.usb_vendor = _entry(setup.field("printer.usb_vendor").value, width=120)
        self.usb_product = _entry(setup.field("printer.usb_product").value, width=120)
        box, lay = card()
        form = _form()
        form.addRow(_caption(N_("Connected by"), 190), self.kind)
        form.addRow(_caption(N_("Paper / model"), 190), self.profile)
        self.rows = {"host": self.host, "port": self.port, "device": self.device,
                     "usb_vendor": self.usb_vendor, "usb_product": self.usb_product}
        names = {"host": N_("Address (IP)"), "port": N_("Port"), "device": N_("Device"),
                 "usb_vendor": N_("USB vendor id (hex)"),
                 "usb_product": N_("USB product id (hex)")}
        for key, w in self.rows.items():
            form.addRow(_caption(names[key], 190), w)
        self.form = form
        lay.addLayout(form)
        self.test = QPushButton(tr("&Test print"))
        self.test.setAutoDefault(True)
        self.test.clicked.connect(self.test_requested.emit)
        self.bar = busy_bar()
        self.result = label("", "hint")
        line = QHBoxLayout()
        line.addWidget(self.test)
        line.addWidget(self.result, 1)
        lay.addLayout(line)
        lay.addWidget(self.bar)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.kind.currentIndexChanged.connect(self._show_rows)
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.kind.currentData()
        wanted = {"network": ("host", "port"), "virtual": ("host", "port"),
                  "usb": ("usb_vendor", "usb_product"), "serial": ("device",),
                  "file": ("device",), "win32": ("device",), "cups": ("device",)}.get(kind, ())
        for key, w in self.rows.items():
            self.form.setRowVisible(w, key in wanted)
        self.profile.setEnabled(kind != "none")
        self.test.setEnabled(kind != "none")

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"printer.type": self.kind.currentData(),
                               "printer.profile": self.profile.currentData()}
        for key, w in self.rows.items():
            if self.form.isRowVisible(w):
                out[f"printer.{key}"] = w.text().strip()
        return out

    def show_result(self, ok: bool, text: str) -> None:
        self.bar.hide()
        self.result.setObjectName("ok" if ok else "error")
        self.result.setStyleSheet("font-size: 16px;")  # re-polish with the new name
        self.result.setText(text)

    def entered(self) -> None:
        self.kind.setFocus()


class ConnectionsStep(Step):
    title = N_("Test the providers")
    intro = N_("Each provider set up on this terminal is called once (no sale is made). "
               "Alt+A tests them all again; Enter goes on even if one fails.")
    retest = Signal(str)  # a provider's name, or "" for all

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__(setup)
        self.results: dict[str, Connection | None] = {}
        self.labels: dict[str, Any] = {}
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        box, lay = card()
        lay.addLayout(self.grid)
        self.again = QPushButton(tr("Test &all again"))
        self.again.setAutoDefault(True)
        self.again.clicked.connect(lambda: self.retest.emit(""))
        lay.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)

    def fill(self, providers: list[tuple[str, str]]) -> None:
        """One row per (name, title), each waiting for its result."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.results = {name: None for name, _ in providers}
        self.labels = {}
        if not providers:
            self.grid.addWidget(label(tr("No provider is set up on this terminal yet."), "hint"),
                                0, 0, 1, 2)
        for row, (name, title) in enumerate(providers):
            self.grid.addWidget(label(tr(title), "field", wrap=False), row, 0,
                                Qt.AlignmentFlag.AlignTop)
            result = label(tr("Testing..."), "hint")
            self.grid.addWidget(result, row, 1)
            self.labels[name] = result

    def show_result(self, result: Connection) -> None:
        self.results[result.provider] = result
        w = self.labels.get(result.provider)
        if w is not None:
            w.setObjectName("ok" if result.ok else "error")
            w.setStyleSheet("font-size: 16px;")
            w.setText((tr("OK - ") if result.ok else tr("FAILED - ")) + tr_message(result.message))


class UsersStep(Step):
    title = N_("Technician and supervisor")
    intro = N_("The technician changes settings; the supervisor opens the drawer, settles "
             "sales by hand and closes the day. Each needs a different PIN of 4 to 8 digits.")

    def __init__(self, setup: TerminalSetup) -> None:
        super().__init__(setup)
        self.tech = _entry("technician")
        self.tech_pin, self.tech_pin2 = _entry(secret=True, width=200), _entry(secret=True,
                                                                               width=200)
        self.sup = _entry("supervisor")
        self.sup_pin, self.sup_pin2 = _entry(secret=True, width=200), _entry(secret=True,
                                                                             width=200)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setHorizontalSpacing(16)
        for col, (who, name, pin, pin2) in enumerate((
                (tr("Technician"), self.tech, self.tech_pin, self.tech_pin2),
                (tr("Supervisor"), self.sup, self.sup_pin, self.sup_pin2))):
            box, lay = card()
            lay.addWidget(label(who, "tokenlabel"))
            form = _form()
            form.addRow(_caption(N_("Name"), 100), name)
            form.addRow(_caption(N_("PIN"), 100), pin)
            form.addRow(_caption(N_("PIN again"), 100), pin2)
            for w in (pin, pin2):
                w.setMaxLength(8)
            lay.addLayout(form)
            outer.addWidget(box, 0, col, Qt.AlignmentFlag.AlignTop)
        outer.setRowStretch(1, 1)

    def problem(self) -> str:
        for who, name, pin, pin2 in (("technician", self.tech, self.tech_pin, self.tech_pin2),
                                     ("supervisor", self.sup, self.sup_pin, self.sup_pin2)):
            if not name.text().strip():
                return tr("Type the %1's name.", tr(who))
            if not (pin.text().isdigit() and 4 <= len(pin.text()) <= 8):
                return tr("The %1's PIN must be 4 to 8 digits.", tr(who))
            if pin.text() != pin2.text():
                return tr("The %1's two PINs are not the same: type them again.", tr(who))
        return ""

    def people(self) -> tuple[tuple[str, str], tuple[str, str]]:
        return ((self.tech.text().strip(), self.tech_pin.text()),
                (self.sup.text().strip(), self.sup_pin.text()))

    def clear_pins(self) -> None:
        for w in (self.tech_pin, self.tech_pin2, self.sup_pin, self.sup_pin2):
            w.clear()

    def entered(self) -> None:
        self.tech.setFocus()
        self.tech.selectAll()
