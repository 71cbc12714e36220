"""The technician's first-run wizard, driven by the keyboard against the real sandboxes, the
virtual printer and the journal; and the service behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from posapp.config import Config
from posapp.domain.errors import InputError
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.service.setup import TerminalSetup
from posapp.ui.setup.wizard import SetupWizard
from posapp.ui.style import STYLE
from tests.conftest import free_port, make_config

SHOTS = os.environ.get("POSAPP_SHOTS")  # a folder: save every step at both sizes there


@pytest.fixture
def wizard(qtbot, counter):
    w = SetupWizard(counter)
    qtbot.addWidget(w)
    w.setStyleSheet(STYLE)
    w.resize(800, 600)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.tasks.wait(15000)


def enter(qtbot, w):
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)


def retype(qtbot, entry, text):
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, text)


def wait_step(qtbot, w, step):
    qtbot.waitUntil(lambda: w.step is step and not w.bar.isVisible(), timeout=10000)


def test_the_whole_setup_by_keyboard(qtbot, wizard, counter, vprinter, tmp_path):
    w = wizard
    assert w.step is w.welcome and not counter.has_users()
    enter(qtbot, w)
    wait_step(qtbot, w, w.mode)
    assert w.mode.live.isChecked()  # the fixture's settings are live
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # arrows choose: training
    assert w.mode.training.isChecked()
    enter(qtbot, w)

    wait_step(qtbot, w, w.ids)
    ids = w.ids.fields
    assert QApplication.focusWidget() is ids["terminal.terminal_id"]
    assert set(ids) >= {"terminal.terminal_id", "efactory.sc_id", "aggregator.username"}
    qtbot.keyClicks(ids["terminal.terminal_id"], "SHOP0042")  # typed over the selection
    retype(qtbot, ids["terminal.shop_name"], "Mama Ade Energy")
    retype(qtbot, ids["efactory.sc_id"], "OYO")
    enter(qtbot, w)

    wait_step(qtbot, w, w.printer)
    assert w.printer.kind.currentData() == "virtual"
    qtbot.keyClick(w.printer, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Test print
    qtbot.waitUntil(lambda: "printed" in w.printer.result.text(), timeout=15000)
    (job,) = vprinter.wait_for_jobs(1)
    assert "Mama Ade Energy" in job.text
    enter(qtbot, w)

    wait_step(qtbot, w, w.connections)
    qtbot.waitUntil(lambda: all(w.connections.results.values()), timeout=15000)
    results = w.connections.results
    assert set(results) == {"efactory", "aggregator"}
    assert all(r.ok for r in results.values()), results
    assert "OK - Reached http://127.0.0.1" in w.connections.labels["efactory"].text()
    enter(qtbot, w)

    wait_step(qtbot, w, w.users)
    u = w.users
    assert QApplication.focusWidget() is u.tech
    qtbot.keyClicks(u.tech, "Bola")
    for entry, text in ((u.tech_pin, "2468"), (u.tech_pin2, "2468"), (u.sup, "Ade"),
                        (u.sup_pin, "1357"), (u.sup_pin2, "1357")):
        retype(qtbot, entry, text)
    with qtbot.waitSignal(w.finished, timeout=15000) as finished:
        enter(qtbot, w)
    assert finished.args == [True]

    assert sorted(counter.users()) == [("Ade", "supervisor"), ("Bola", "technician")]
    assert counter.authorize("1357", "supervisor").name == "Ade"
    saved = Config.load(tmp_path)  # on disk, as the next start reads it
    assert saved.get("terminal.terminal_id") == "SHOP0042"
    assert saved.get("terminal.shop_name") == "Mama Ade Energy"
    assert saved.get("efactory.sc_id") == "OYO"
    assert saved.get("terminal.training") is True
    assert not any(x.text() for x in (u.tech_pin, u.tech_pin2, u.sup_pin, u.sup_pin2))


def test_wrong_answers_are_refused_and_nothing_is_made(qtbot, wizard, counter, tmp_path):
    w = wizard
    w._go(w.steps.index(w.ids))
    w.ids.fields["terminal.terminal_id"].clear()
    enter(qtbot, w)
    assert w.step is w.ids and "terminal's id" in w.error.text()

    w._go(w.steps.index(w.printer))
    retype(qtbot, w.printer.port, "ninety")
    enter(qtbot, w)
    qtbot.waitUntil(lambda: w.error.text() != "", timeout=10000)
    assert w.step is w.printer and "port" in w.error.text().lower()
    assert not (tmp_path / Config.FILE).exists()  # nothing was saved

    w._go(w.steps.index(w.users))
    u = w.users
    retype(qtbot, u.tech_pin, "2468")
    retype(qtbot, u.tech_pin2, "2469")
    enter(qtbot, w)
    assert "technician's two PINs" in w.error.text()
    for entry, text in ((u.tech_pin2, "2468"), (u.sup_pin, "2468"), (u.sup_pin2, "2468")):
        retype(qtbot, entry, text)
    enter(qtbot, w)
    qtbot.waitUntil(lambda: "different PINs" in w.error.text(), timeout=10000)
    assert w.step is w.users and counter.users() == []

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc: back a step
    assert w.step is w.connections


def test_a_provider_that_cannot_be_reached_says_so(qtbot, tmp_path, sandbox, vprinter):
    dead = f"http://127.0.0.1:{free_port()}"
    counter = Counter(make_config(tmp_path, dead, vprinter.port),
                      MemorySecrets({"efactory.api_key": "k", "efactory.auth_token": "t"}))
    try:
        got = TerminalSetup(counter).test_connection("efactory")
        assert not got.ok and got.message == f"Cannot reach {dead}."
    finally:
        counter.stop()


def test_a_missing_credential_is_named(tmp_path, sandbox, vprinter):
    counter = Counter(make_config(tmp_path, sandbox.base_url, vprinter.port), MemorySecrets({}))
    try:
        setup = TerminalSetup(counter)
        got = setup.test_connection("efactory")
        assert not got.ok and "efactory.api_key" in got.message
        setup.save({}, {"efactory.api_key": sandbox.api_key,
                         "efactory.auth_token": sandbox.auth_token})
        assert setup.test_connection("efactory").ok  # the clients were built again
    finally:
        counter.stop()


def test_users_need_different_names_and_the_technician_role(tmp_path, counter):
    setup = TerminalSetup(counter)
    with pytest.raises(InputError, match="different names"):
        setup.create_users(("ade", "1111"), ("Ade", "2222"))
    setup.create_users(("tech", "1111"), ("boss", "2222"))
    assert counter.authorize("1111", "technician").name == "tech"
    assert not setup.needs_setup()


def test_every_step_fits_both_screens(qtbot, counter, tmp_path):
    """Rendered at 800x600 and 1920x1080 (POSAPP_SHOTS=folder keeps the PNGs to look at)."""
    out = Path(SHOTS) if SHOTS else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    for width, height in ((800, 600), (1920, 1080)):
        w = SetupWizard(counter)
        qtbot.addWidget(w)
        w.setStyleSheet(STYLE)
        w.resize(width, height)
        w.show()
        for n, step in enumerate(w.steps):
            w._go(n)
            if step is w.connections:
                qtbot.waitUntil(lambda w=w: all(w.connections.results.values()), timeout=15000)
            qtbot.wait(50)
            shot = w.grab()
            assert (shot.width(), shot.height()) == (width, height)  # nothing forced it wider
            assert shot.save(str(out / f"setup-{n + 1}-{width}x{height}.png"))
        w.tasks.wait(15000)
        w.close()


def _start(home: Path, *args: str, platform: str = "offscreen") -> str:
    """`posapp --home HOME ARGS` as its own process, offscreen; returns what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    out = subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_new_live_terminal_starts_with_the_wizard_and_keeps_nothing(tmp_path):
    shot = tmp_path / "first.png"
    said = _start(tmp_path / "shop", "gui", "--screenshot", str(shot))
    assert "'posapp - set up this terminal'" in said and shot.stat().st_size > 10_000
    # closed before the end: still no users, so the next start opens the wizard again
    assert _start(tmp_path / "shop", "user", "list").strip() == ""


def test_kiosk_fills_the_screen(tmp_path):
    screen = tmp_path / "screen.json"  # an offscreen 1920x1080 monitor
    screen.write_text(json.dumps({"screens": [
        {"name": "shop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    shot = tmp_path / "kiosk.png"
    said = _start(tmp_path, "--demo", "gui", "--kiosk", "--screenshot", str(shot),
                  platform=f"offscreen:configfile={screen}")
    assert "'posapp - terminal DEMO0001' (1920x1080, full screen) saved" in said
