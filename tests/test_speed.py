"""What keeps the counter quick, checked by behaviour (the timed figures are in tests/bench):
servers stop without waiting out a poll, the preview draws whole runs on the printer's grid."""

from __future__ import annotations

import io
import time

from PIL import Image

from posapp.printing.virtual import Renderer, VirtualPrinter, _Run, _Style, png_bytes
from posapp.providers.efactory.sandbox import EFactorySandbox


def test_sandboxes_and_the_virtual_printer_stop_at_once(tmp_path):
    servers = [EFactorySandbox().start() for _ in range(5)]
    servers += [VirtualPrinter(tmp_path / str(n)).start() for n in range(5)]
    time.sleep(0.1)  # every serve loop is asleep in select
    t0 = time.perf_counter()
    for server in servers:
        server.stop()
    # A 20 ms poll made this ~100 ms; woken, ten stops take well under a millisecond each.
    assert time.perf_counter() - t0 < 0.05
    servers[0].stop()  # twice is harmless


def _ink_columns(img: Image.Image) -> list[int]:
    width, height = img.size
    px = img.load()
    return [x for x in range(width) if any(px[x, y] < 128 for y in range(height))]


def test_a_run_drawn_in_one_call_keeps_every_character_in_its_cell():
    r = Renderer(576, 48)
    assert r.grid_font is not None  # DejaVu Sans Mono is a system dependency
    one = _ink_columns(r._run(_Run("W", _Style())))
    line = _ink_columns(r._run(_Run("W" * 48, _Style())))
    for k in range(48):
        cell = [x - k * r.cell_w for x in line if k * r.cell_w <= x < (k + 1) * r.cell_w]
        assert cell == one, k
    bold = r._run(_Run("I", _Style(bold=True)))
    assert len(_ink_columns(bold)) == len(_ink_columns(r._run(_Run("I", _Style())))) + 1


def test_the_preview_png_is_one_bit_per_dot_at_the_paper_width():
    r = Renderer(576, 48)
    rows, _ = r.parse(b"\x1b@Receipt        DEMO0001-000001\n\x1b!\x08Amount paid\n")
    img = Image.open(io.BytesIO(png_bytes(r.png(rows))))
    assert img.mode == "1" and img.width == 576 + 2 * 16


def test_emitting_a_signal_does_not_use_up_true(qtbot):
    """PySide6 6.12.0 returns True from SignalInstance.emit() without its reference: every
    emit from Python costs True one, and after a few thousand (some hundreds of sales, found
    by the 1,000-sale memory bench) CPython aborts the window ("bool_dealloc"). pyproject
    excludes that version; this fails on an environment that still has it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        done = Signal(object)

    source = Source()
    source.done.connect(lambda _: None)
    before = sys.getrefcount(True)
    for n in range(300):
        source.done.emit(n)
    assert sys.getrefcount(True) >= before - 10


def test_finished_tasks_leave_nothing_behind(qtbot):
    """Each task's signals and closures were kept for ever (a connection cycle, and PySide
    keeping QRunnable subclasses): the window grew ~50 MB per 1,000 sales."""
    import gc

    from posapp.ui.tasks import TaskRunner, _Signals

    runner = TaskRunner()
    got: list[int] = []
    for n in range(200):
        runner.run(lambda n=n: n, got.append)
    qtbot.waitUntil(lambda: len(got) == 200, timeout=10000)
    qtbot.wait(50)  # the spent signals go on the next turn of the event loop
    gc.collect()
    assert sum(isinstance(o, _Signals) for o in gc.get_objects()) < 5
    assert not runner.busy()
