"""A token receipt with its QR: ESC/POS bytes and the preview PNG, warm, beside what the
libraries alone take for the same lines (python-escpos's writer; Pillow drawing and encoding)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from posapp.compose import open_terminal
from posapp.domain.money import Money
from posapp.printing.virtual import png_bytes, renderer_for
from tests.bench.conftest import median, record, timed


def test_token_receipt_bytes_and_preview():
    with tempfile.TemporaryDirectory() as home:
        terminal = open_terminal(Path(home), demo=True)
        counter = terminal.counter
        try:
            customer = counter.lookup("efactory.prepaid", "04223568917")
            sales = [counter.sell("efactory.prepaid", "04223568917", Money.parse(f"{a}"),
                                  customer=customer) for a in range(7000, 7010)]
            ps = counter.printing
            assert all(len(s.tokens) == 3 for s in sales)
            receipts = [ps.receipt_for(s, 0) for s in sales]
            k = iter(range(10**9))

            def escpos() -> bytes:  # a different receipt each time: no cache helps
                return ps.escpos(receipts[next(k) % len(receipts)])

            esc = timed(escpos, runs=50, warm=5)
            data = [ps.escpos(r) for r in receipts]
            renderer = renderer_for(ps.profile.name)
            rows, meta = renderer.parse(data[0])
            assert meta.qr and meta.cut
            lines = renderer.text(rows).splitlines()

            def library_bytes() -> bytes:
                from escpos import printer as ep

                d = ep.Dummy(profile=ps.profile.escpos_profile)
                for line in lines:
                    d.textln(line)
                d.qr(meta.qr[0], size=6, native=ps.profile.native_qr)
                return bytes(d.output)

            floor_esc = timed(library_bytes, runs=50, warm=5)
            record("ESC/POS bytes of a token receipt with QR, warm", median(esc), "ms", "<= 5 ms",
                   median(esc) <= 5, median(floor_esc), "python-escpos writing its lines + QR")

            def preview() -> bytes:
                raw = data[next(k) % len(data)]
                return png_bytes(renderer.png(renderer.parse(raw)[0]))

            png = timed(preview, runs=50, warm=5)
            page = renderer.png(rows)
            font = renderer.grid_font or renderer.font

            def library_png() -> bytes:
                img = Image.new("L", page.size, 255)
                d = ImageDraw.Draw(img)
                for n, line in enumerate(lines):
                    d.text((16, 16 + n * renderer.cell_h), line, fill=0, font=font)
                out = io.BytesIO()
                img.convert("1").save(out, "PNG", compress_level=1)
                return out.getvalue()

            floor_png = timed(library_png, runs=50, warm=5)
            record("preview PNG of that receipt (bytes -> rows -> PNG), warm", median(png), "ms",
                   "<= 10 ms", median(png) <= 10, median(floor_png),
                   "Pillow drawing its lines + encoding")
            whole = timed(lambda: counter.preview_png(sales[next(k) % len(sales)].id), runs=30)
            record("  Counter.preview_png (journal, receipt, bytes, PNG)", median(whole), "ms",
                   "", None)
        finally:
            terminal.close()
