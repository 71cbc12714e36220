"""The virtual printer: listens on loopback like a network printer (port 9100 style),
answers paper-status queries, and renders every job it receives to PNG and text.

It is a product feature (demo and training) and the tests' real printing path.
Only the ESC/POS that receipt printers commonly receive is interpreted; anything
else is skipped and counted in `unknown`.
"""

from __future__ import annotations

import io
import logging
import socket
import socketserver
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

from posapp.serving import WakeableLoop

log = logging.getLogger(__name__)

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
PAPER_STATUS = {"ok": 0x12, "low": 0x1E, "out": 0x72}
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "C:/Windows/Fonts/consola.ttf",
    "/System/Library/Fonts/Menlo.ttc",
)


@dataclass
class Job:
    number: int
    raw: bytes
    text: str
    png: Path | None
    cut: bool
    drawer_kicks: int
    qr: list[str]
    unknown: int


@dataclass
class _Style:
    bold: bool = False
    width: int = 1
    height: int = 1
    underline: bool = False
    invert: bool = False


@dataclass
class _Run:
    text: str
    style: _Style


@dataclass
class _Meta:
    cut: bool = False
    drawer: int = 0
    qr: list[str] = field(default_factory=list)
    unknown: int = 0


@dataclass
class _Row:
    runs: list[_Run] = field(default_factory=list)
    align: int = 0
    image: Image.Image | None = None
    cut: bool = False


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _grid_font(cell_w: int) -> ImageFont.FreeTypeFont | None:
    """A monospaced font sized so each character advances exactly one printer cell, so a
    whole run is drawn in one call; None if no such font is installed."""
    for path in FONT_CANDIDATES:
        if not Path(path).exists():
            continue
        probe = ImageFont.truetype(path, 20)
        size = 20 * cell_w / probe.getlength("M")
        font = ImageFont.truetype(path, size)
        if all(abs(font.getlength(ch * 40) - 40 * cell_w) < 0.5 for ch in "Mi.W1 "):
            return font
    return None


class Renderer:
    """ESC/POS bytes -> rows of styled text and images -> one PNG and plain text."""

    def __init__(self, pixels: int = 576, columns: int = 48,
                 codepages: dict[int, str] | None = None) -> None:
        self.pixels = pixels
        self.columns = columns
        self.cell_w = pixels // columns
        self.cell_h = self.cell_w * 2
        self.codepages = codepages or {}
        self.font = _font(int(self.cell_h * 0.78))
        self.grid_font = _grid_font(self.cell_w)
        self._drawing = threading.Lock()  # shared per profile; a font face is not thread-safe

    def parse(self, data: bytes) -> tuple[list[_Row], _Meta]:
        rows: list[_Row] = []
        row = _Row()
        style = _Style()
        align = 0
        codec = "cp437"
        buf = bytearray()
        meta = _Meta()
        qr_store = b""
        i, n = 0, len(data)

        def flush_text() -> None:
            if buf:
                row.runs.append(_Run(bytes(buf).decode(codec, "replace"), _Style(**vars(style))))
                buf.clear()

        def end_row() -> None:
            nonlocal row
            flush_text()
            row.align = align
            rows.append(row)
            row = _Row()

        while i < n:
            b = data[i]
            if b == LF:
                end_row()
                i += 1
            elif b == ESC and i + 1 < n:
                flush_text()
                c = data[i + 1]
                arg = data[i + 2] if i + 2 < n else 0
                if c == 0x40:  # ESC @ init
                    style, align, codec = _Style(), 0, "cp437"
                    i += 2
                elif c == 0x21:  # ESC ! mode
                    style.bold = bool(arg & 0x08)
                    style.height = 2 if arg & 0x10 else 1
                    style.width = 2 if arg & 0x20 else 1
                    style.underline = bool(arg & 0x80)
                    i += 3
                elif c in (0x45, 0x47):  # ESC E / ESC G bold
                    style.bold = bool(arg & 1)
                    i += 3
                elif c == 0x2D:  # ESC - underline
                    style.underline = arg not in (0, 0x30)
                    i += 3
                elif c == 0x61:  # ESC a align
                    align = arg - 0x30 if arg >= 0x30 else arg
                    i += 3
                elif c == 0x74:  # ESC t code page
                    codec = self.codepages.get(arg, "cp437")
                    i += 3
                elif c == 0x64:  # ESC d n feed lines
                    for _ in range(arg):
                        end_row()
                    i += 3
                elif c == 0x70:  # ESC p m t1 t2 drawer kick
                    meta.drawer += 1
                    i += 5
                elif c in (0x4D, 0x7B, 0x33, 0x20, 0x4A, 0x52, 0x63):  # one-byte parameters
                    i += 3
                elif c == 0x32:  # ESC 2 default spacing
                    i += 2
                else:
                    meta.unknown += 1
                    i += 2
            elif b == GS and i + 1 < n:
                flush_text()
                c = data[i + 1]
                arg = data[i + 2] if i + 2 < n else 0
                if c == 0x21:  # GS ! size
                    style.width, style.height = (arg >> 4) + 1, (arg & 0x0F) + 1
                    i += 3
                elif c == 0x42:  # GS B invert
                    style.invert = bool(arg & 1)
                    i += 3
                elif c == 0x56:  # GS V cut
                    if row.runs:
                        end_row()
                    rows.append(_Row(cut=True))
                    meta.cut = True
                    i += 4 if arg in (0x41, 0x42, 65, 66) else 3
                elif c == 0x28 and i + 4 < n and data[i + 2] == 0x6B:  # GS ( k: 2D code
                    length = data[i + 3] | (data[i + 4] << 8)
                    body = data[i + 5 : i + 5 + length]
                    if len(body) >= 2 and body[0] == 0x31 and body[1] == 0x50:  # store
                        qr_store = body[3:]
                    elif len(body) >= 2 and body[0] == 0x31 and body[1] == 0x51:  # print
                        text = qr_store.decode("utf-8", "replace")
                        meta.qr.append(text)
                        if row.runs:
                            end_row()
                        rows.append(_Row(image=_qr_image(text, 6), align=align))
                    i += 5 + length
                elif c == 0x76 and i + 7 < n and data[i + 2] == 0x30:  # GS v 0 raster
                    xb = data[i + 4] | (data[i + 5] << 8)
                    h = data[i + 6] | (data[i + 7] << 8)
                    raw = data[i + 8 : i + 8 + xb * h]
                    img = Image.frombytes("1", (xb * 8, h), bytes(raw)).point(lambda p: 255 - p)
                    if row.runs:
                        end_row()
                    rows.append(_Row(image=img.convert("L"), align=align))
                    i += 8 + xb * h
                elif c in (0x62, 0x66, 0x68, 0x77, 0x48):  # one-byte parameters
                    i += 3
                elif c in (0x4C, 0x57):  # GS L / GS W: two-byte parameters
                    i += 4
                else:
                    meta.unknown += 1
                    i += 2
            elif b == DLE and i + 2 < n and data[i + 1] == 0x04:
                i += 3  # status requests are answered by the server, not printed
            elif b < 0x20 and b not in (0x09,):
                i += 1
            else:
                buf.append(b)
                i += 1
        if row.runs or buf:
            end_row()
        return rows, meta

    def text(self, rows: list[_Row]) -> str:
        out = []
        for row in rows:
            if row.cut:
                out.append("-" * self.columns + " (cut)")
            elif row.image is not None:
                out.append("[image]")
            else:
                s = "".join(r.text for r in row.runs)
                if row.align == 1:
                    s = s.center(self.columns).rstrip()
                out.append(s)
        return "\n".join(out) + "\n"

    def png(self, rows: list[_Row]) -> Image.Image:
        with self._drawing:
            return self._png(rows)

    def _png(self, rows: list[_Row]) -> Image.Image:
        margin = 16
        parts: list[tuple[Image.Image, int]] = []
        for row in rows:
            if row.cut:
                cut = Image.new("L", (self.pixels, 24), 255)
                d = ImageDraw.Draw(cut)
                for x in range(0, self.pixels, 12):
                    d.line([(x, 12), (x + 6, 12)], fill=120)
                parts.append((cut, 0))
                continue
            if row.image is not None:
                parts.append((row.image, row.align))
                continue
            height = max([self.cell_h * r.style.height for r in row.runs] or [self.cell_h])
            width = sum(len(r.text) * self.cell_w * r.style.width for r in row.runs)
            line = Image.new("L", (max(width, 1), height), 255)
            x = 0
            for run in row.runs:
                img = self._run(run)
                line.paste(img, (x, height - img.height))
                x += img.width
            parts.append((line, row.align))
        total = sum(p.height for p, _ in parts) + 2 * margin
        page = Image.new("L", (self.pixels + 2 * margin, max(total, 64)), 255)
        y = margin
        for img, align in parts:
            img = img.crop((0, 0, min(img.width, self.pixels), img.height))
            x = margin + {0: 0, 1: (self.pixels - img.width) // 2,
                          2: self.pixels - img.width}.get(align, 0)
            page.paste(img, (x, y))
            y += img.height
        return page

    def _run(self, run: _Run) -> Image.Image:
        w, h = len(run.text) * self.cell_w, self.cell_h
        img = Image.new("L", (max(w, 1), h), 255)
        d = ImageDraw.Draw(img)
        if self.grid_font is not None:  # one call per run: the font's advance is the cell
            d.text((0, h // 2), run.text, fill=0, font=self.grid_font, anchor="lm")
            if run.style.bold:  # the head's double strike: the run again one dot right
                right = Image.new("L", img.size, 255)
                right.paste(img, (1, 0))
                img = ImageChops.darker(img, right)
        else:
            for k, ch in enumerate(run.text):
                x = k * self.cell_w + self.cell_w // 2
                d.text((x, h // 2), ch, fill=0, font=self.font, anchor="mm")
                if run.style.bold:
                    d.text((x + 1, h // 2), ch, fill=0, font=self.font, anchor="mm")
        if run.style.underline:
            d.line([(0, h - 2), (w, h - 2)], fill=0, width=2)
        if run.style.invert:
            img = img.point(lambda p: 255 - p)
        if run.style.width != 1 or run.style.height != 1:
            img = img.resize((img.width * run.style.width, img.height * run.style.height),
                             Image.Resampling.NEAREST)
        return img


@lru_cache(maxsize=32)
def _qr_image(text: str, box: int) -> Image.Image:
    """The QR code as printed (cached: a preview and its print draw the same one; the image
    is only ever pasted, never changed)."""
    import qrcode

    q = qrcode.QRCode(box_size=box, border=1)
    q.add_data(text)
    q.make(fit=True)
    image: Image.Image = q.make_image().get_image().convert("L")
    return image


@lru_cache(maxsize=8)
def renderer_for(profile_name: str) -> Renderer:
    """A renderer that reads bytes the way a printer of this profile would (one per profile:
    loading its code pages and fonts costs more than drawing a receipt)."""
    from escpos.capabilities import get_profile

    from posapp.printing.layout import load_profile

    profile = load_profile(profile_name)
    pages = get_profile(profile.escpos_profile).codePages
    codepages = {int(k): str(v).lower().replace("-", "_") for k, v in pages.items()}
    return Renderer(profile.pixels, profile.columns, codepages)


class VirtualPrinter:
    """A loopback TCP printer. `paper` is "ok", "low" or "out"; `jobs` lists what it printed."""

    def __init__(self, out_dir: Path | str | None = None, port: int = 0, *,
                 profile_name: str = "80mm") -> None:
        self.renderer = renderer_for(profile_name)
        self.out_dir = Path(out_dir) if out_dir else None
        if self.out_dir:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        self.paper = "ok"
        self.jobs: list[Job] = []
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._server = self._make_server(port)
        self._thread: threading.Thread | None = None
        self._loop = WakeableLoop(self._server)
        self._busy = 0  # jobs being received or rendered: stop() lets them finish

    def _make_server(self, port: int) -> socketserver.ThreadingTCPServer:
        vp = self

        class _Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with vp._changed:
                    vp._busy += 1
                try:
                    self._receive()
                finally:
                    with vp._changed:
                        vp._busy -= 1
                        vp._changed.notify_all()

            def _receive(self) -> None:
                sock: socket.socket = self.request
                sock.settimeout(10)
                data = bytearray()
                scan = 0
                while True:
                    try:
                        chunk = sock.recv(65536)
                    except (TimeoutError, OSError):
                        break
                    if not chunk:
                        break
                    data += chunk
                    # answer real-time status requests (DLE EOT n) as they arrive
                    while (j := data.find(b"\x10\x04", scan)) != -1:
                        if j + 2 >= len(data):
                            scan = j
                            break
                        vp._answer_status(sock, data[j + 2])
                        scan = j + 3
                    else:
                        scan = max(scan, len(data) - 1)
                payload = bytes(data)
                if payload.replace(b"\x10\x04\x04", b"").replace(b"\x10\x04\x01", b""):
                    vp._render(payload)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        server = socketserver.ThreadingTCPServer(("127.0.0.1", port), _Handler)
        server.daemon_threads = True
        return server

    def _answer_status(self, sock: socket.socket, n: int) -> None:
        status = PAPER_STATUS[self.paper] if n == 4 else 0x12
        try:
            sock.sendall(bytes([status]))
        except OSError:
            pass

    def _render(self, payload: bytes) -> None:
        rows, meta = self.renderer.parse(payload)
        text = self.renderer.text(rows)
        with self._lock:
            number = len(self.jobs) + 1
        png_path = None
        if self.out_dir:
            png_path = self._reserve(time.strftime("%Y%m%d-%H%M%S"), number, text)
            self.renderer.png(rows).save(png_path)
        job = Job(number, payload, text, png_path, meta.cut, meta.drawer, list(meta.qr),
                  meta.unknown)
        with self._changed:
            self.jobs.append(job)
            self._changed.notify_all()
        log.info("virtual printer: job %d, %d bytes -> %s", number, len(payload), png_path)

    def _reserve(self, stamp: str, number: int, text: str) -> Path:
        """A file name no job has used, even one from another process in the same second
        (each CLI run starts its own virtual printer): the .txt is created exclusively."""
        assert self.out_dir is not None
        while True:
            txt = self.out_dir / f"receipt-{stamp}-{number:04d}.txt"
            try:
                with txt.open("x", encoding="utf-8") as fh:
                    fh.write(text)
            except FileExistsError:
                number += 1
                continue
            return txt.with_suffix(".png")

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[Job]:
        with self._changed:
            self._changed.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> VirtualPrinter:
        self._thread = threading.Thread(target=self._serve, name="virtual-printer",
                                        daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        """Accept jobs until stop(); sleeps in select, woken by a job or by stop() (no poll
        interval for stop to wait out)."""
        self._loop.serve()

    def stop(self) -> None:
        self._loop.wake()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._server.server_close()
        self._loop.close()
        with self._changed:  # a job already sent is rendered before the process may exit
            self._changed.wait_for(lambda: self._busy == 0, timeout=15)

    def __enter__(self) -> VirtualPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def png_bytes(img: Image.Image) -> bytes:
    """A preview PNG one bit per dot, as the thermal head prints it (and 8x less to encode)."""
    out = io.BytesIO()
    img.convert("1", dither=Image.Dither.NONE).save(out, "PNG", compress_level=1)
    return out.getvalue()
