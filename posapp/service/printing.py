"""Printing as a service: one printer thread, jobs recorded in the journal."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from posapp.config import Config
from posapp.domain.errors import PosError, PrinterError
from posapp.domain.records import SaleRecord
from posapp.domain.sale import SaleState
from posapp.printing.device import Paper, PrinterSpec, ReceiptPrinter
from posapp.printing.layout import DRAWER_PULSE, Profile, load_profile, to_escpos
from posapp.printing.model import Receipt
from posapp.printing.receipts import (
    Labels,
    Shop,
    printer_test_page,
    receipt_kind,
    report_receipt,
    sale_receipt,
)
from posapp.service.clients import Clients
from posapp.service.crashpoints import crashpoint
from posapp.service.events import Bus, Event
from posapp.store.journal import Journal

log = logging.getLogger(__name__)
PRINTER_THREAD = "printer"


P = ParamSpec("P")
R = TypeVar("R")


def runs_in_printer_thread(fn: Callable[P, R]) -> Callable[P, R]:
    """Printer I/O happens on the one printer thread, never the GUI's."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        assert threading.current_thread().name.startswith(PRINTER_THREAD), fn.__name__
        return fn(*args, **kwargs)

    return wrapper


class PrintService:
    def __init__(self, config: Config, journal: Journal, bus: Bus, clients: Clients) -> None:
        self.config = config
        self.journal = journal
        self.bus = bus
        self.clients = clients
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=PRINTER_THREAD)
        self.last_paper: Paper = Paper.UNKNOWN
        self.last_error: str = ""

    @property
    def profile(self) -> Profile:
        return load_profile(self.config.get("printer.profile"))

    def shop(self) -> Shop:
        c = self.config
        return Shop(c.get("terminal.shop_name"), c.get("terminal.shop_address"),
                    c.get("terminal.terminal_id"), c.get("terminal.receipt_footer"),
                    c.get("terminal.logo"))

    def printer(self) -> ReceiptPrinter | None:
        c = self.config
        kind = c.get("printer.type")
        if kind == "none":
            return None
        spec = PrinterSpec(kind, c.get("printer.host"), c.get("printer.port"),
                           c.get("printer.device"), c.get("printer.usb_vendor"),
                           c.get("printer.usb_product"), c.get("printer.profile"),
                           c.get("printer.timeout"))
        return ReceiptPrinter(spec, self.profile.escpos_profile)

    def receipt_for(self, sale: SaleRecord, copy_no: int = 0, first_slip: bool = False
                    ) -> Receipt:
        """`first_slip`: nothing has printed for this sale yet, so a cash sale opens the
        drawer with it (the cash goes in once, whether the slip is a receipt or pending)."""
        drawer = bool(self.config.get("printer.drawer_on_cash"))
        receipt = sale_receipt(sale, self.shop(), self.labels(sale), copy_no=copy_no,
                               open_drawer=drawer and first_slip and sale.tendered is not None)
        receipt.training = receipt.training or sale.training  # whichever slip it is
        return receipt

    def labels(self, sale: SaleRecord) -> Labels:
        product = self.clients.known_product(sale.product)
        return Labels(product.receipt_title,
                      product.account.short if product.account else "Account",
                      self.clients.ref_label(sale.provider),
                      self.clients.tender_label(sale.tender),
                      pins_on_slip=product.params.get("print_pins") == "yes")

    def preview_png(self, sale: SaleRecord) -> bytes:
        """The receipt as last printed (or as it will first print), from its real bytes."""
        from posapp.printing.virtual import png_bytes, renderer_for

        printed = sum(1 for j in self.journal.print_jobs(sale.id) if j["status"] == "PRINTED")
        copy_no = max(printed - 1, 0)
        data = self.escpos(self.receipt_for(sale, copy_no))
        renderer = renderer_for(self.profile.name)
        return png_bytes(renderer.png(renderer.parse(data)[0]))

    def escpos(self, receipt: Receipt) -> bytes:
        return to_escpos(receipt, self.profile)

    def submit_sale(self, sale: SaleRecord) -> Future[SaleRecord]:
        return self._pool.submit(self._print_sale, sale.id)

    def submit_test_page(self) -> Future[Paper]:
        return self._pool.submit(self._print_test)

    def submit_report(self, report: Any) -> Future[Paper]:
        receipt = report_receipt(report, self.shop())
        return self._pool.submit(self._send, self.escpos(receipt))

    def submit_drawer(self) -> Future[Paper]:
        """Open the cash drawer without printing anything."""
        return self._pool.submit(self._send, DRAWER_PULSE, check_paper=False)

    def submit_probe(self) -> Future[Paper]:
        """The printer's paper state, printing nothing. Kinds with no status line (file,
        cups, win32) are not asked: UNKNOWN."""
        return self._pool.submit(self._probe)

    @runs_in_printer_thread
    def _probe(self) -> Paper:
        if self.config.get("printer.type") not in ("network", "virtual", "usb", "serial",
                                                   "none"):
            return Paper.UNKNOWN
        return self._send(b"")

    @runs_in_printer_thread
    def _print_sale(self, sale_id: int) -> SaleRecord:
        sale = self.journal.sale(sale_id)
        kind = receipt_kind(sale)
        first = not any(j["status"] == "PRINTED" for j in self.journal.print_jobs(sale_id))
        job_id, copy_no = self.journal.add_print_job(sale_id, kind)
        receipt = self.receipt_for(sale, copy_no, first_slip=first)
        crashpoint("printing")
        try:
            self._send(self.escpos(receipt))
        except PosError as exc:
            self.journal.finish_print_job(job_id, ok=False, error=exc.detail)
            raise
        self.journal.finish_print_job(job_id, ok=True)
        if sale.state == SaleState.VENDED:
            sale = self.journal.transition(sale_id, SaleState.PRINTED, note=f"job {job_id}")
            self.bus.emit(Event("sale", sale))
        return self.journal.sale(sale_id)

    @runs_in_printer_thread
    def _print_test(self) -> Paper:
        profile = self.profile
        return self._send(self.escpos(printer_test_page(self.shop(), profile.name, profile.columns)))

    @runs_in_printer_thread
    def _send(self, data: bytes, check_paper: bool = True) -> Paper:
        printer = self.printer()
        if printer is None:
            raise PrinterError("No printer is set up on this terminal.", "printer.type = none")
        try:
            self.last_paper = printer.send(data, check_paper=check_paper)
            self.last_error = ""
        except PrinterError as exc:
            self.last_error = exc.message
            log.warning("print failed: %s", exc.detail)
            self._emit_printer()
            raise
        self._emit_printer()
        return self.last_paper

    def _emit_printer(self) -> None:
        self.bus.emit(Event("printer", data={"paper": self.last_paper.value,
                                             "error": self.last_error}))

    def stop(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
