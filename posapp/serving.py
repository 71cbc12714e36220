"""A loopback server's loop that sleeps in select until a connection arrives or `stop()`
wakes it, so stopping never waits out a poll interval. Shared by the provider sandboxes
and the virtual printer (which may not import each other)."""

from __future__ import annotations

import selectors
import socket
import socketserver
import threading


class WakeableLoop:
    def __init__(self, server: socketserver.BaseServer) -> None:
        self.server = server
        self.stopping = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()

    def serve(self) -> None:
        """Handle requests until `wake()`; each `handle_request` returns at once (ready)."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.server, selectors.EVENT_READ)  # type: ignore[arg-type]
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self.stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is not self._wake_r and not self.stopping.is_set():
                        self.server.handle_request()

    def wake(self) -> None:
        """Stop the loop (from any thread)."""
        self.stopping.set()
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass

    def close(self) -> None:
        self._wake_r.close()
        self._wake_w.close()
