"""GUI memory over 1,000 sales by keyboard in one window, without a restart. First in the
session (the file name sorts first) so no earlier benchmark's garbage is in the process; the
provider sandbox and the printer run in their own processes, as they do in a shop."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from posapp.providers.efactory.sandbox import API_KEY, AUTH_TOKEN
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from tests.bench.conftest import record
from tests.conftest import free_port, make_config

PRINTER = """
import sys
from posapp.printing.virtual import VirtualPrinter
printer = VirtualPrinter(sys.argv[1]).start()
print(printer.port, flush=True)
sys.stdin.read()
printer.stop()
"""


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


SALES = int(os.environ.get("POSAPP_BENCH_GUI_SALES", "1000"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_memory_over_many_sales_by_keyboard(qtbot, tmp_path):
    from tests.test_gui_sale import open_window, type_and_enter

    port = free_port()
    env = dict(os.environ)
    sandbox = subprocess.Popen([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path / "sb"),
                                "sandbox", "efactory", "--port", str(port)],
                               stdout=subprocess.PIPE, text=True, env=env)
    printer = subprocess.Popen([sys.executable, "-c", PRINTER, str(tmp_path / "receipts")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert sandbox.stdout is not None and printer.stdout is not None
        sandbox.stdout.readline()  # serving
        config = make_config(tmp_path, f"http://127.0.0.1:{port}", int(printer.stdout.readline()))
        counter = Counter(config, MemorySecrets({"efactory.api_key": API_KEY,
                                                 "efactory.auth_token": AUTH_TOKEN}))
        try:
            _drive(qtbot, counter, open_window, type_and_enter)
        finally:
            counter.stop()
    finally:
        sandbox.terminate()
        printer.communicate("", timeout=30)
        sandbox.wait(30)


def _drive(qtbot, counter, open_window, type_and_enter) -> None:
    window = open_window(qtbot, counter)
    flow = window.flow

    def one_sale(n: int) -> None:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        type_and_enter(qtbot, flow.account.entry, "04223568917")
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=10000)
        type_and_enter(qtbot, flow.amount.amount, str(1000 + n))
        qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=10000)
        qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=10000)
        qtbot.keyClick(flow.result.b_new, Qt.Key.Key_Return)

    warm = max(SALES // 10, 10)
    for n in range(warm):
        one_sale(n)
    start = _rss_mb()
    t0 = time.perf_counter()
    for n in range(warm, SALES):
        one_sale(n)
    took = time.perf_counter() - t0
    end = _rss_mb()
    growth = (end - start) * 1000 / (SALES - warm)
    assert counter.journal.count_by_state().get("PRINTED", 0) + counter.journal.count_by_state(
        ).get("VENDED", 0) == SALES
    record(f"GUI RSS after {SALES:,} sales by keyboard (one window, no restart)", end, "MB",
           "<= 200 MB", end <= 200, start, f"RSS after the first {warm}")
    record(f"  RSS growth per 1,000 sales ({(SALES - warm) / took:.1f} sales/s driven)",
           growth, "MB", "<= 10 MB", growth <= 10)
    window.tasks.wait(10000)
