"""The real application on a real X server (Xvfb), driven by xdotool key presses only: a
whole demo prepaid sale from the menu to the printed token, then a screenshot.

What is on screen is read through the window's test hook (POSAPP_UI_DUMP: Ctrl+Shift+F12
writes the visible labels as JSON and the window as PNG), so no OCR is needed. Skipped, with
the reason, where Xvfb or xdotool is missing (scripts/system-deps.sh installs them for CI).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
METER = "04223568917"
TOKEN = re.compile(r"^\d{4}( \d{4}){4}$")  # a 20-digit STS token, grouped as shown

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (Debian: xvfb xdotool; scripts/system-deps.sh)")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server on a free display number, answering before we go on. Numbers from 100
    up, chosen at random: clear of a desktop's :0 and of other tests starting theirs."""
    for number in random.sample(range(100, 1000), 5):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        display = f":{number}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and xvfb.poll() is None:
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                   env={**os.environ, "DISPLAY": display}, timeout=10)
            if probe.returncode == 0:
                return xvfb, display
            time.sleep(0.2)
        xvfb.kill()
        xvfb.wait(10)
    pytest.skip("Xvfb did not start on any of five display numbers")


class Desktop:
    """xdotool on one display, and the counter's screen as the test hook reports it."""

    def __init__(self, display: str, dump: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.dump = dump
        self.keys = 0

    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                              text=True, timeout=30).stdout.strip()

    def key(self, *names: str) -> None:
        self.keys += len(names)
        self.xdo("key", "--delay", "60", *names)

    def type(self, text: str) -> None:
        self.keys += len(text)
        self.xdo("type", "--delay", "40", text)

    def screen(self) -> list[str]:
        """The visible texts, fresh: the hook's key, then its newest JSON."""
        before = len(list(self.dump.glob("*.json"))) if self.dump.exists() else 0
        self.xdo("key", "ctrl+shift+F12")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            files = sorted(self.dump.glob("*.json"), key=lambda p: int(p.stem.split("-")[1])) \
                if self.dump.exists() else []
            if len(files) > before:
                try:
                    return list(json.loads(files[-1].read_text("utf-8")))
                except ValueError:  # caught while being written
                    pass
            time.sleep(0.1)
        return []

    def wait_for(self, test: Callable[[list[str]], bool], what: str,
                 timeout: float = 30) -> list[str]:
        deadline = time.monotonic() + timeout
        texts: list[str] = []
        while time.monotonic() < deadline:
            texts = self.screen()
            if test(texts):
                return texts
            time.sleep(0.3)
        raise AssertionError(f"never saw {what}; last screen: {texts}")


def test_a_demo_prepaid_sale_by_xdotool_keys_only(tmp_path):
    xvfb, display = start_xvfb()
    dump = tmp_path / "dump"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "POSAPP_UI_DUMP": str(dump), "PYTHONPATH": str(ROOT)}
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path / "home"),
                            "demo"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    desk = Desktop(display, dump)
    try:
        window = ""
        deadline = time.monotonic() + 60
        while not window and time.monotonic() < deadline and app.poll() is None:
            window = desk.xdo("search", "--onlyvisible", "--name", "posapp - terminal")
            time.sleep(0.3)
        assert window, (tmp_path / "app.log").read_text()
        # No window manager: windowfocus works where windowactivate would fail.
        desk.xdo("windowfocus", "--sync", window.split()[0])
        desk.wait_for(lambda t: "What is the customer buying?" in t, "the home screen")

        desk.key("F1")
        desk.wait_for(lambda t: "Meter number" in t, "the meter page")
        desk.type(METER)
        desk.key("Return")
        texts = desk.wait_for(lambda t: any("Funmilayo" in x for x in t), "the customer")
        # A person reads the screen between keys; on a loaded machine a key pressed before
        # the next field has focus would be lost, so the test pauses like one.
        desk.type("5000")
        time.sleep(1.0)
        desk.key("Return")
        time.sleep(1.0)
        if "Paid by (Up / Down to change)" in texts:  # the demo also takes mobile money
            desk.key("Return")  # cash, as the box shows first
            time.sleep(1.0)
        desk.key("Return")  # cash field empty: the exact amount
        texts = desk.wait_for(lambda t: "Receipt printed." in t, "the printed sale")
        shown = [x for x in texts if TOKEN.match(x)]
        assert len(shown) == 3 and any(x == "Paid and printed." for x in texts)

        shot = tmp_path / "xvfb-root.png"
        if shutil.which("import"):  # imagemagick: the X screen itself, as a person sees it
            subprocess.run(["import", "-window", "root", str(shot)], env=desk.env,
                           check=True, timeout=30)
            assert shot.stat().st_size > 10000
        assert max(dump.glob("*.png"), key=lambda p: p.stat().st_mtime).stat().st_size > 10000
        # 20 keys in the demo (its Paid-by box adds one Enter); 19 where only cash is taken
        assert desk.keys in (19, 20)
    finally:
        app.terminate()
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
        xvfb.terminate()
        xvfb.wait(10)
        log.close()

    # What the screen showed is what the journal holds.
    from posapp.config import Config
    from posapp.store.journal import Journal

    journal = Journal(str(Config(tmp_path / "home" / "demo").db_path))
    [sale] = journal.sales(limit=10)
    assert [t.grouped() for t in sale.tokens] == shown
    assert sale.account == METER and sale.state == "PRINTED"
