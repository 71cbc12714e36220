"""The benchmark table: every bench records its figures here, each with its target and the
floor measured in the same run; the table is printed at the end and written to
/tmp/posapp-bench/table.md (copy it into docs/PERFORMANCE.md)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bench.journals import CACHE, SIZES

ROWS: list[Row] = []


@dataclass
class Row:
    figure: str
    value: float
    unit: str
    target: str
    ok: bool | None
    floor: float | None = None
    floor_what: str = ""

    def cells(self) -> list[str]:
        ratio = (f"{self.value / self.floor:.1f}x" if self.floor else "")
        verdict = {True: "ok", False: "MISSED", None: ""}[self.ok]
        return [self.figure, _fmt(self.value, self.unit), self.target,
                (f"{_fmt(self.floor, self.unit)} ({self.floor_what})"
                 if self.floor is not None else self.floor_what), ratio, verdict]


def _fmt(v: float, unit: str) -> str:
    if unit == "s":
        return f"{v:.3f} s" if v < 10 else f"{v:.1f} s"
    if unit == "ms":
        return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms"
    return f"{v:,.0f} {unit}" if v >= 100 else f"{v:.2f} {unit}"


def record(figure: str, value: float, unit: str, target: str, ok: bool | None,
           floor: float | None = None, floor_what: str = "") -> None:
    ROWS.append(Row(figure, value, unit, target, ok, floor, floor_what))
    print(f"\n  {' | '.join(ROWS[-1].cells())}", flush=True)


def timed(fn: Callable[[], object], runs: int = 20, warm: int = 2) -> list[float]:
    """Milliseconds of each of `runs` calls after `warm` untimed ones."""
    for _ in range(warm):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def sizes() -> list[str]:
    """Which journals to measure: POSAPP_BENCH_SIZES=10k,100k (default all three)."""
    return [s for s in os.environ.get("POSAPP_BENCH_SIZES", "10k,100k,1M").split(",")
            if s in SIZES]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not ROWS:
        return
    head = ["figure", "measured", "target", "floor (same run)", "ratio", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in ROWS]
    text = "\n".join(lines)
    CACHE.mkdir(parents=True, exist_ok=True)
    out = Path(CACHE) / "table.md"
    out.write_text(f"<!-- {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores -->\n"
                   + text + "\n")
    terminalreporter.write_line("")
    terminalreporter.write_line(text)
    terminalreporter.write_line(f"(written to {out})")
