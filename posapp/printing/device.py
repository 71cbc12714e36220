"""ReceiptPrinter: our small wrapper over python-escpos devices, built by one factory.

Bytes are composed once (layout.to_escpos, with python-escpos' Dummy) and sent to
the device with a short timeout; opening is explicit and closing is a context manager.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any

from posapp.domain.errors import ConfigError, PrinterError

log = logging.getLogger(__name__)


class Paper(Enum):
    OK = "ok"
    LOW = "low"
    OUT = "out"
    UNKNOWN = "unknown"  # no answer is never "ok"


@dataclass(frozen=True)
class PrinterSpec:
    type: str
    host: str = "127.0.0.1"
    port: int = 9100
    device: str = ""
    usb_vendor: str = ""
    usb_product: str = ""
    profile: str = "80mm"
    timeout: float = 5.0


def _escpos_device(spec: PrinterSpec, escpos_profile: str) -> Any:
    """Map the configured type to a python-escpos class, checking it can be used here."""
    from escpos import printer as ep

    kind = spec.type
    if kind in ("network", "virtual"):
        return ep.Network(spec.host, spec.port, timeout=spec.timeout, profile=escpos_profile)
    if kind == "file":
        if not spec.device:
            raise ConfigError("The printer device is not set.", "printer.device empty")
        return ep.File(spec.device, profile=escpos_profile)
    if kind == "dummy":
        return ep.Dummy(profile=escpos_profile)
    classes = {"usb": "Usb", "serial": "Serial", "win32": "Win32Raw", "cups": "CupsPrinter"}
    if kind not in classes:
        raise ConfigError("The printer type is not known.", f"printer.type {kind!r}")
    cls = getattr(ep, classes[kind])
    if not cls.is_usable():
        extra = {"usb": "usb", "serial": "serial", "win32": "windows", "cups": "cups"}[kind]
        raise ConfigError(f"{kind.upper()} printing is not installed on this terminal.",
                          f"pip install 'posapp[{extra}]'")
    if kind == "usb":
        try:
            vid, pid = int(spec.usb_vendor, 16), int(spec.usb_product, 16)
        except ValueError as exc:
            raise ConfigError("The USB printer ids are not set.", "usb_vendor/product") from exc
        return cls(vid, pid, timeout=int(spec.timeout * 1000), profile=escpos_profile)
    if kind == "serial":
        return cls(devfile=spec.device, timeout=spec.timeout, profile=escpos_profile)
    return cls(spec.device or None, profile=escpos_profile)


class ReceiptPrinter:
    """Send finished ESC/POS jobs to one configured device."""

    def __init__(self, spec: PrinterSpec, escpos_profile: str) -> None:
        self.spec = spec
        self.escpos_profile = escpos_profile

    @contextmanager
    def connect(self) -> Iterator[Any]:
        dev = _escpos_device(self.spec, self.escpos_profile)
        try:
            dev.open()
        except Exception as exc:  # each backend raises its own kind
            raise PrinterError("The printer is not answering. Check it is on and connected.",
                               f"{self.spec.type}: open failed: {exc}") from exc
        try:
            yield dev
        finally:
            try:
                dev.close()
            except Exception:  # closing a dead device must not hide the real error
                log.debug("printer close failed", exc_info=True)

    def paper(self, dev: Any) -> Paper:
        """Read the paper sensor; an empty or missing answer is UNKNOWN, never OK."""
        try:
            dev._raw(b"\x10\x04\x04")
            answer = dev._read()
        except (NotImplementedError, OSError, AttributeError):
            return Paper.UNKNOWN
        except Exception:  # usb.core.USBError and friends
            return Paper.UNKNOWN
        if not answer:
            return Paper.UNKNOWN
        b = answer[0]
        if b & 0x60 == 0x60:
            return Paper.OUT
        if b & 0x0C == 0x0C:
            return Paper.LOW
        return Paper.OK

    def send(self, data: bytes, *, check_paper: bool = True) -> Paper:
        """Print one job. Raises PrinterError when the printer is out of paper or gone."""
        with self.connect() as dev:
            paper = self.paper(dev) if check_paper and self.spec.type in (
                "network", "virtual", "usb", "serial") else Paper.UNKNOWN
            if paper is Paper.OUT:
                raise PrinterError("The printer is out of paper. Load paper and press Retry.",
                                   f"{self.spec.type}: paper sensor says out")
            try:
                dev._raw(data)
            except (TimeoutError, OSError) as exc:
                raise PrinterError("The receipt did not print. Check the printer and retry.",
                                   f"{self.spec.type}: write failed: {exc}") from exc
            except Exception as exc:
                raise PrinterError("The receipt did not print. Check the printer and retry.",
                                   f"{self.spec.type}: write failed: {exc!r}") from exc
            return paper
