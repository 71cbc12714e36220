"""The screens in French: every visible text of each screen is walked and nothing is left
in English (except what is not ours: provider and product names, the shop's own words,
numbers, amounts). Each screen is also saved at 800x600 and 1920x1080 (POSAPP_SHOTS=folder
keeps the PNGs to look at) and must not be forced wider than the screen."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from posapp import i18n
from posapp.i18n import load_ts, set_language
from posapp.service import Counter
from posapp.ui.lock import LockPage
from posapp.ui.setup.wizard import SetupWizard
from posapp.ui.style import STYLE
from posapp.ui.tasks import TaskRunner
from tests.conftest import make_config
from tests.test_paycode_service import isw

__all__ = ["isw"]  # the Interswitch sandbox fixture, shared

SHOTS = os.environ.get("POSAPP_SHOTS")
# Words a French screen never shows (word-bounded, case-sensitive): English grammar words
# and the counter's own English vocabulary.
ENGLISH = re.compile(
    r"\b(the|and|to|of|for|with|your|you|is|are|not|this|that|from|Enter|Press|Back|Next|"
    r"Finish|Print|Send|Cancel|Sale|Sales|Amount|Receipt|Cash|Change|Token|Meter|Waiting|"
    r"Checking|Saving|Testing|Choose|Search|History|Refund|Customer|Paid|New|Close|Open|"
    r"Settings|Supervisor|Technician|Language|Shop|Name|Lifetime|Beneficiary|Add|Remove|"
    r"paycodes?|Step|Training|Live|Printer|printer|Paper|Connected|columns|thermal|id|"
    r"username|user|empty|off)\b")
# Not ours to translate: the names of providers, products and networks; the language
# names in the language list; file paths and technical ids.
ALLOWED = re.compile(r"^(eFactory|K-Pay|EkoloPay|Interswitch( Paycode)?|English|Français|"
                     r"MTN Mobile Money|Airtel Money|USB|CUPS|DSTV|GOTV|Startimes)$")


def visible_texts(top: QWidget) -> list[str]:
    """Every text a person can see on `top` now: labels, buttons, every combo entry, field
    hints, table headers, group titles and the window title."""
    out = [top.windowTitle()]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        if isinstance(w, QLabel):
            out.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append(w.text().replace("&", ""))
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            out += [str(m.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation
                                     .Horizontal) or "") for c in range(m.columnCount())]
    return [t.strip() for t in out if t and t.strip()]


_FRENCH = load_ts(i18n.catalogue_path("fr"))
# a text the catalogue translates differently is English when it shows as it is
UNTRANSLATED = {src for src, dst in _FRENCH.items() if src != dst}


def english_left(texts: list[str]) -> list[str]:
    return [t for t in texts if not ALLOWED.match(t) and (
        t in UNTRANSLATED or ENGLISH.search(re.sub(r"\S*/\S*|posapp [^.:;]*", "", t)))]
# (paths and command-line options aside)


def shoot(widget: QWidget, name: str, out: Path) -> None:
    for width, height in ((800, 600), (1920, 1080)):
        widget.resize(width, height)
        widget.grab()  # lay out at this size first
        shot = widget.grab()
        assert (shot.width(), shot.height()) == (width, height), name
        assert shot.save(str(out / f"fr-{name}-{width}x{height}.png"))


@pytest.fixture
def out(tmp_path):
    folder = Path(SHOTS) if SHOTS else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def french_counter(tmp_path, sandbox, bills, vprinter, secrets):
    config = make_config(tmp_path, sandbox.base_url, vprinter.port, bills_url=bills.url)
    config.set("terminal.language", "fr")
    c = Counter(config, secrets)
    assert i18n.language() == "fr"
    yield c
    c.stop()
    set_language("en")


def test_the_check_finds_english_on_a_screen(qtbot):
    """The walk and the check can fail: an English label and button are caught."""
    w = QWidget()
    qtbot.addWidget(w)
    QLabel("Type your PIN and press Enter.", w)
    QLabel("Montant payé", w)
    from PySide6.QtWidgets import QPushButton

    QPushButton("&Cancel", w)
    assert english_left(visible_texts(w)) == ["Type your PIN and press Enter.", "Cancel"]


def test_setup_wizard_in_french(qtbot, french_counter, out):
    w = SetupWizard(french_counter)
    qtbot.addWidget(w)
    w.setStyleSheet(STYLE)
    w.resize(800, 600)
    w.show()
    left = []
    for n, step in enumerate(w.steps):
        w._go(n)
        if step is w.connections:
            qtbot.waitUntil(lambda: all(w.connections.results.values()), timeout=15000)
        qtbot.wait(50)
        left += [(n, t) for t in english_left(visible_texts(w))]
        shoot(w, f"setup-{n + 1}", out)
    w.tasks.wait(15000)
    assert left == [], left
    assert w.welcome.values() == {"terminal.language": "fr"}


def test_lock_screen_in_french(qtbot, french_counter, out):
    tasks = TaskRunner()
    w = LockPage(french_counter, tasks)
    qtbot.addWidget(w)
    w.setStyleSheet(STYLE)
    w.show()
    texts = visible_texts(w)
    assert "Qui est à la caisse ?" in texts and english_left(texts) == []
    qtbot.keyClicks(w.pin, "0000")
    qtbot.keyClick(w.pin, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.error.text() not in ("", "Vérification..."), timeout=5000)
    assert w.error.text() == "PIN incorrect." or english_left([w.error.text()]) == []
    shoot(w, "lock", out)
    tasks.wait(5000)


def test_french_catalogue_has_no_english_left_in_its_translations():
    """A translation that was copied and not translated shows up here."""
    assert english_left(list(_FRENCH.values())) == []


def test_paycode_batch_screen_in_french(qtbot, tmp_path, isw, vprinter, out):
    """The batch form, its check messages and the result of a real batch, in French."""
    from PySide6.QtCore import Qt

    from tests.test_gui_paycode import fill, open_batch, send
    from tests.test_gui_sale import open_window
    from tests.test_paycode_service import paycode_counter

    counter = paycode_counter(tmp_path, isw, vprinter.port, **{"terminal.language": "fr"})
    try:
        from tests.test_paycode_service import SUPERVISOR_PIN

        window = open_window(qtbot, counter, pin=SUPERVISOR_PIN)
        screen = open_batch(qtbot, window)
        qtbot.keyClick(screen.form.rows[0].phone, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # send an empty form
        qtbot.waitUntil(lambda: screen.form.error.text() != "", timeout=5000)
        texts = visible_texts(screen)
        assert "Codes de retrait" in texts and english_left(texts) == []
        shoot(screen, "batch-form", out)
        fill(qtbot, screen, [("08021111111", "5000", ""), ("08032222222", "2500", "4321")])
        assert english_left(visible_texts(screen)) == []
        result = send(qtbot, screen)
        qtbot.waitUntil(lambda: "imprimés" in result.print_state.text(), timeout=15000)
        texts = visible_texts(screen)
        assert english_left(texts) == [], texts
        assert any("7\u00a0500,00 NGN" in t for t in texts)
        shoot(screen, "batch-result", out)
        window.tasks.wait(10000)
    finally:
        counter.stop()
        set_language("en")


def test_main_screens_in_french(qtbot, french_counter, sandbox, vprinter, out):
    """A whole prepaid sale and the history, by keys, in French: each screen walked for
    English and saved at both sizes."""
    from PySide6.QtCore import Qt

    from tests.test_gui_sale import open_window, type_and_enter

    window = open_window(qtbot, french_counter)
    flow = window.flow
    left: list[tuple[str, str]] = []

    def look(name: str) -> None:
        qtbot.wait(100)
        left.extend((name, t) for t in english_left(visible_texts(window)))
        shoot(window, name, out)
        window.resize(800, 600)

    look("menu")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.account, timeout=5000)
    look("account")
    type_and_enter(qtbot, flow.account.entry, "04223568917")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
    type_and_enter(qtbot, flow.amount.amount, "7500")
    qtbot.keyClicks(flow.amount.cash, "10000")
    assert "2 500,00 NGN" in flow.amount.change.text().replace("\u00a0", " ")
    look("amount")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Reçu imprimé.", timeout=10000)
    look("result")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.wait(300)
    look("history")
    window.tasks.wait(10000)
    assert left == [], left
