"""A small threaded loopback HTTP server with fault switches, shared by every provider's
sandbox (`posapp/providers/<name>/sandbox.py`).

Faults (set over HTTP at POST /_sandbox/faults or with `set_fault`):
  slow               wait `delay` seconds, then answer normally
  drop_after_commit  do the work, then close the connection without answering
  http500            answer 500 without doing the work
  unavailable        answer 503 without doing the work
  garbage            do the work, then answer bytes that are not JSON
  code               answer with the provider's response code `code`, doing nothing
Each fault applies to `target` ("pay", "validate", "enquiry" or "any") for `count`
requests (0 = until cleared).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, unquote, urlsplit

from posapp.serving import WakeableLoop

log = logging.getLogger(__name__)

FAULT_MODES = ("slow", "drop_after_commit", "http500", "unavailable", "garbage", "code")


@dataclass
class Fault:
    mode: str
    target: str = "pay"
    count: int = 1
    delay: float = 30.0
    code: str = ""


class Drop(Exception):
    """Raised by a handler to close the connection without an answer."""


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(self.body.decode("utf-8"),
                                               keep_blank_values=True).items()}


# A reply is (HTTP status, body); body is a dict (sent as JSON) or raw bytes.
Reply = tuple[int, Any]
Handler = Callable[..., Reply]


class SandboxServer:
    """Routes, a state database (sqlite, in memory or a file) and fault switches."""

    provider = "sandbox"

    def __init__(self, port: int = 0, state_path: str = ":memory:") -> None:
        self._routes: list[tuple[str, re.Pattern[str], str, Handler]] = []
        self._faults: list[Fault] = []
        self._lock = threading.RLock()
        self.db = sqlite3.connect(state_path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.requests_seen = 0
        self._connections: set[Any] = set()
        # Called with every provider request before it is handled (training log, tests).
        self.observers: list[Callable[[Request], None]] = []
        self.setup()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None
        # stop() writes a byte here to wake the serve loop: no poll interval to wait out.
        self._loop = WakeableLoop(self._httpd)

    # -- for subclasses -------------------------------------------------------------

    def setup(self) -> None:
        """Create tables, test data and routes."""

    def route(self, method: str, pattern: str, target: str, handler: Handler) -> None:
        self._routes.append((method, re.compile("^" + pattern + "$"), target, handler))

    def sql(self, query: str, *params: Any) -> list[sqlite3.Row]:
        with self._lock:
            return self.db.execute(query, params).fetchall()

    # -- lifecycle ------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread = threading.Thread(target=self.serve_forever,
                                        name=f"sandbox-{self.provider}", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Accept connections until stop(); sleeps in select, woken by a connection or stop."""
        self._loop.serve()

    def stop(self) -> None:
        """Stop answering at once, kept-alive connections included (a provider that is gone
        must look gone)."""
        self._loop.wake()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._httpd.server_close()
        self._loop.close()
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            try:
                conn.shutdown(2)
            except OSError:
                pass

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ---------------------------------------------------------------------

    def set_fault(self, mode: str, target: str = "pay", count: int = 1, delay: float = 30.0,
                  code: str = "") -> None:
        if mode not in FAULT_MODES:
            raise ValueError(f"unknown fault {mode!r}; one of {FAULT_MODES}")
        with self._lock:
            self._faults.append(Fault(mode, target, count, delay, code))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.target in (target, "any"):
                    if fault.count == 1:
                        self._faults.remove(fault)
                    elif fault.count > 1:
                        fault.count -= 1
                    return fault
        return None

    def fault_target(self, req: Request, route_target: str) -> str:
        """Which fault target a request counts as; providers with one URL override this."""
        return route_target

    def fault_code_reply(self, code: str) -> Reply:
        """The provider's own error envelope for a forced response code."""
        return 200, {"code": code}

    # -- dispatch -------------------------------------------------------------------

    def dispatch(self, req: Request) -> Reply:
        if req.path == "/_sandbox/faults" and req.method == "POST":
            spec = req.json()
            if spec.get("clear"):
                self.clear_faults()
            else:
                self.set_fault(**spec)
            return 200, {"ok": True}
        for method, pattern, target, handler in self._routes:
            m = pattern.match(req.path)
            if m and method == req.method:
                with self._lock:
                    self.requests_seen += 1
                for observe in list(self.observers):
                    observe(req)
                fault = self._take_fault(self.fault_target(req, target))
                if fault is None:
                    return handler(req, *[unquote(g) for g in m.groups()])
                return self._faulted(fault, handler, req, m)
        return 404, {"error": "not found"}

    def _faulted(self, fault: Fault, handler: Handler, req: Request, m: re.Match[str]) -> Reply:
        args = [unquote(g) for g in m.groups()]
        log.info("sandbox %s: fault %s on %s", self.provider, fault.mode, req.path)
        if fault.mode == "slow":
            time.sleep(fault.delay)
            return handler(req, *args)
        if fault.mode == "http500":
            return 500, b"<html>Internal Server Error</html>"
        if fault.mode == "unavailable":
            return 503, b"Service Unavailable"
        if fault.mode == "code":
            return self.fault_code_reply(fault.code)
        handler(req, *args)  # commit the work first
        if fault.mode == "garbage":
            return 200, b"\x00\x1b<html>garbled \xff\xfe"
        raise Drop()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server._connections.add(self.connection)

            def finish(self) -> None:
                with server._lock:
                    server._connections.discard(self.connection)
                super().finish()

            def log_message(self, fmt: str, *args: Any) -> None:
                log.debug("sandbox %s: " + fmt, server.provider, *args)

            def _go(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                req = Request(self.command, parts.path, parse_qs(parts.query),
                              {k.lower(): v for k, v in self.headers.items()},
                              self.rfile.read(length) if length else b"")
                try:
                    status, body = server.dispatch(req)
                except Drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                except (ValueError, KeyError) as exc:
                    status, body = 400, {"error": f"bad request: {exc}"}
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if not isinstance(
                    body, bytes) else "text/html")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _go

        return _H
