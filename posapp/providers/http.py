"""Thin HTTP helpers shared by provider modules.

The one job here is telling "never left the machine" (safe to queue) from "may have
reached the provider" (in doubt). No retries: the service decides what happens next.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
import zlib
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from posapp.domain.errors import ConfigError, InDoubt, NotDelivered
from posapp.domain.text import printable

log = logging.getLogger(__name__)
#: the largest answer read from a provider, after decompression
MAX_BODY = 1 << 20
#: the deepest JSON nesting accepted (the docs' answers are 4 levels deep at most)
MAX_DEPTH = 16


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, *, allow_plain_http: bool = False) -> str:
    """TLS everywhere; plain http only to loopback (the sandbox) or where a technician allowed it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError("A provider address is not set up right.", f"bad base URL {url!r}")
    if parts.scheme == "http" and not (is_loopback(parts.hostname) or allow_plain_http):
        raise ConfigError(
            "A provider address is not secure.",
            f"plain http refused for {parts.hostname}; use https or set allow_plain_http",
        )
    return url.rstrip("/")


def new_session() -> requests.Session:
    s = requests.Session()
    adapter = HTTPAdapter(max_retries=0)  # never resend on our own
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.trust_env = False  # no proxy surprises from the environment
    return s


_HANDSHAKE_FAILURES = ("certificate verify failed", "certificate_verify_failed",
                       "wrong version number", "wrong_version_number", "handshake",
                       "hostname mismatch", "doesn't match", "unsupported_protocol",
                       "alert_protocol_version", "no protocols available")


def _never_sent(exc: requests.RequestException) -> bool:
    """True when the failure happened before any request byte could reach the server."""
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.InvalidURL):
        return True
    if isinstance(exc, requests.exceptions.SSLError):
        # A failed handshake (certificate, protocol) ends before any request byte is
        # written: safe to queue. A TLS error after that may follow a sent request.
        text = repr(exc).lower()
        return any(m in text for m in _HANDSHAKE_FAILURES)
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = repr(exc)
        return any(
            marker in text
            for marker in ("NewConnectionError", "NameResolutionError", "Connection refused",
                           "Failed to resolve", "No route to host", "Network is unreachable")
        )
    return False


def call(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: tuple[float, float],
    redact: str = "",
    max_bytes: int = MAX_BODY,
    **kwargs: Any,
) -> requests.Response:
    """Send one request and read its whole answer within connect + read seconds in total;
    raise NotDelivered or InDoubt on transport failure, a late or an oversized answer.

    The per-read timeout alone lets an answer trickling one byte at a time hold a sale for
    ever, so the call runs on its own thread and the caller stops waiting at the deadline:
    the sale is then in doubt and settled by enquiry, like any lost answer.
    """
    shown = url.replace(redact, "***") if redact else url
    total = float(timeout[0]) + float(timeout[1])
    box: dict[str, Any] = {}
    done = threading.Event()

    def fetch() -> None:
        try:
            box["resp"] = _fetch(session, method, url, timeout, time.monotonic() + total,
                                 max_bytes, kwargs)
        except BaseException as exc:  # handed to the caller's thread
            box["exc"] = exc
        finally:
            done.set()

    threading.Thread(target=fetch, name="provider-call", daemon=True).start()
    if not done.wait(total + 0.5):
        raise InDoubt("No answer from the provider in time.",
                      f"{method} {shown}: no complete answer within {total:.0f} s")
    exc = box.get("exc")
    if isinstance(exc, _TooBig | _TooSlow):
        raise InDoubt("The provider's answer could not be read.", f"{method} {shown}: {exc}")
    if isinstance(exc, requests.RequestException):
        detail = f"{method} {shown}: {type(exc).__name__}"
        if _never_sent(exc):
            raise NotDelivered(_not_delivered_message(exc), detail) from exc
        raise InDoubt("No answer from the provider in time.", detail) from exc
    if exc is not None:
        raise exc
    resp: requests.Response = box["resp"]
    log.debug("%s %s -> HTTP %s (%d bytes)", method, shown, resp.status_code, len(resp.content))
    return resp


class _TooBig(Exception):
    """Too large to be a provider's answer."""


class _TooSlow(Exception):
    """Late or broken off: the request was sent, the answer is unknown."""


def _fetch(session: requests.Session, method: str, url: str, timeout: tuple[float, float],
           deadline: float, max_bytes: int, kwargs: dict[str, Any]) -> requests.Response:
    """The request, then its body read by hand: at most `max_bytes` after decompression
    (a small gzip answer may unpack to gigabytes), and not past `deadline`."""
    headers = {"Accept-Encoding": "gzip, deflate", **(kwargs.pop("headers", None) or {})}
    resp = session.request(method, url, timeout=timeout, allow_redirects=False, stream=True,
                           headers=headers, **kwargs)
    try:
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise _TooBig(f"answer of {length} bytes, the cap is {max_bytes}")
        encoding = resp.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "deflate"):
            raise _TooBig(f"answer encoded as {encoding!r}")
        unpack = None if encoding in ("identity", "") else zlib.decompressobj(
            16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
        body = bytearray()
        while True:
            if time.monotonic() > deadline:
                raise _TooSlow(f"answer still arriving after the deadline ({len(body)} bytes)")
            try:
                chunk = resp.raw.read(16384, decode_content=False)
            except Exception as exc:  # the answer broke off: it may have been processed
                raise _TooSlow(f"answer broke off: {type(exc).__name__}") from exc
            if not chunk:
                break
            if unpack is not None:
                # max_length bounds what one chunk may unpack to: the bomb never grows.
                chunk = unpack.decompress(chunk, max_bytes + 1 - len(body))
                if unpack.unconsumed_tail:
                    raise _TooBig(f"answer unpacks past the cap of {max_bytes} bytes")
            body += chunk
            if len(body) > max_bytes:
                raise _TooBig(f"answer larger than the cap of {max_bytes} bytes")
        resp._content = bytes(body)  # requests' own slot for a body read by hand
        return resp
    finally:
        resp.close()


def _not_delivered_message(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.exceptions.SSLError):
        return ("The provider's secure connection could not be made (certificate or TLS). "
                "Nothing was sent. Call the technician.")
    return "The provider cannot be reached. Check the network."


def json_body(resp: requests.Response, what: str, *,
              statuses: tuple[int, ...] | None = (200,)) -> dict[str, Any]:
    """The response as a JSON object, or InDoubt when it is not one (a garbled answer).

    `statuses` are the HTTP statuses at which the provider's doc gives an answer; any other
    is in doubt whatever its body says (a 302 or 400 carrying "success" is not a success).
    """
    if resp.status_code >= 500 or (statuses is not None and resp.status_code not in statuses):
        raise InDoubt("The provider had a problem.", f"{what}: HTTP {resp.status_code}")
    body = read_json(resp.content, f"{what}: HTTP {resp.status_code}")
    if not isinstance(body, dict):
        raise InDoubt("The provider's answer could not be read.", f"{what}: not an object")
    return body


def read_json(raw: bytes, what: str) -> Any:
    """Strict JSON from a provider: no duplicate keys (which one would count?), no NaN or
    Infinity, at most MAX_DEPTH deep, and every string stripped of control characters so
    none can reach the printer or a terminal. Anything else is in doubt."""
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=_unique_keys,
                           parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InDoubt("The provider's answer could not be read.",
                      f"{what}, not strict JSON ({type(exc).__name__}: {str(exc)[:80]}): "
                      f"{raw[:120]!r}") from exc
    return _clean(value, what)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _clean(value: Any, what: str) -> Any:
    """Strings made printable, depth checked; walked without recursion."""
    root: list[Any] = [value]
    stack: list[tuple[Any, Any, int]] = [(root, 0, 0)]
    while stack:
        parent, key, depth = stack.pop()
        item = parent[key]
        if depth > MAX_DEPTH:
            raise InDoubt("The provider's answer could not be read.",
                          f"{what}: JSON nested deeper than {MAX_DEPTH}")
        if isinstance(item, str):
            parent[key] = printable(item)
        elif isinstance(item, dict):
            stack.extend((item, k, depth + 1) for k in item)
        elif isinstance(item, list):
            stack.extend((item, i, depth + 1) for i in range(len(item)))
    return root[0]
