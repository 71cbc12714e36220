"""CLI start-up on an empty and a 1M-sale journal, the journal check it pays today, and the
demo's exit. Each command is a fresh process, timed from spawn to exit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from posapp.compose import open_terminal
from tests.bench.conftest import median, record, sizes, timed
from tests.bench.journals import SIZES, journal_path

RUNS = 7
# The same command with the per-start PRAGMA integrity_check taken out: what start-up costs
# once the journal-safety work moves that check off the start path (issue 14).
NO_CHECK = """
import sys
from posapp.store.journal import Journal
Journal.health = lambda self: {"journal_mode": "wal", "synchronous": "FULL", "integrity": "ok"}
from posapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _home(size: str | None) -> Path:
    home = Path(tempfile.mkdtemp(prefix="posapp-bench-home-"))
    if size:
        (home / "journal.sqlite3").symlink_to(journal_path(SIZES[size]))
    return home


def _cli_seconds(home: Path, *args: str, check: bool = True) -> float:
    cmd = [sys.executable, "-m", "posapp.cli"] if check else [sys.executable, "-c", NO_CHECK]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="")
    t0 = time.perf_counter()
    out = subprocess.run([*cmd, "--home", str(home), *args], capture_output=True, text=True,
                         env=env, timeout=300)
    took = time.perf_counter() - t0
    assert out.returncode == 0, out.stderr
    return took


def _median_run(home: Path, check: bool) -> float:
    _cli_seconds(home, "history", "--json", check=check)  # warm: files in the page cache
    return median([_cli_seconds(home, "history", "--json", check=check) for _ in range(RUNS)])


@pytest.mark.skipif("1M" not in sizes(), reason="POSAPP_BENCH_SIZES has no 1M")
def test_cli_start_up_on_a_million_sales():
    empty, big = _home(None), _home("1M")
    floor = _median_run(empty, True)
    as_is = _median_run(big, True)
    record("CLI `history --json` on 1M sales, as merged (a cheap look at start, full check "
           "in the background)", as_is,
           "s", "<= 0.3 s", as_is <= 0.3, floor, "same command, empty journal")
    floor_nc = _median_run(empty, False)
    no_check = _median_run(big, False)
    record("CLI `history --json` on 1M sales without the per-start integrity_check", no_check,
           "s", "<= 0.3 s", no_check <= 0.3, floor_nc, "same, empty journal")
    bare = median([_seconds([sys.executable, "-c", "import sqlite3, json"]) for _ in range(5)])
    imports = median([_seconds([sys.executable, "-c", "import posapp.cli, posapp.compose"])
                      for _ in range(5)])
    record("  of which: Python + importing posapp's CLI and composition", imports, "s", "",
           None, bare, "python -c 'import sqlite3, json'")


def _seconds(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


@pytest.mark.skipif("1M" not in sizes(), reason="POSAPP_BENCH_SIZES has no 1M")
def test_integrity_checks_on_a_million_sales():
    path = journal_path(SIZES["1M"])
    with sqlite3.connect(path) as c:
        full = timed(lambda: c.execute("PRAGMA integrity_check").fetchone(), runs=1, warm=1)
        quick = timed(lambda: c.execute("PRAGMA quick_check").fetchone(), runs=1, warm=1)
        one = timed(lambda: c.execute("SELECT * FROM sales WHERE id=1").fetchone(), runs=20)
    size_gb = path.stat().st_size / 1e9
    record(f"PRAGMA integrity_check, 1M sales ({size_gb:.1f} GB), warm", full[0] / 1000, "s",
           "not at every start", None, None, "")
    record("PRAGMA quick_check, 1M sales, warm", quick[0] / 1000, "s", "not at every start",
           None, None, "")
    assert one


def test_demo_exit():
    """`posapp --demo ...` closes every sandbox and the virtual printer at exit."""
    results = []
    for _ in range(5):
        with tempfile.TemporaryDirectory() as home:
            terminal = open_terminal(Path(home), demo=True)
            terminal.counter.history("")
            time.sleep(0.1)  # every serve loop asleep
            t0 = time.perf_counter()
            terminal.close()
            results.append((time.perf_counter() - t0) * 1000)
    record(f"demo exit: {len(terminal.servers)} loopback servers stopped", median(results), "ms",
           "<= 20 ms (no poll to wait out)", median(results) <= 20, None,
           "was 0.5-1.0 s (poll 0.5 s)")
