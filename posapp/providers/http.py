"""Thin HTTP helpers shared by provider modules.

The one job here is telling "never left the machine" (safe to queue) from "may have
reached the provider" (in doubt). No retries: the service decides what happens next.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from posapp.domain.errors import ConfigError, InDoubt, NotDelivered

log = logging.getLogger(__name__)


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


def _never_sent(exc: requests.RequestException) -> bool:
    """True when the failure happened before any request byte could reach the server."""
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.InvalidURL):
        return True
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
    **kwargs: Any,
) -> requests.Response:
    """Send one request; raise NotDelivered or InDoubt on transport failure."""
    shown = url.replace(redact, "***") if redact else url
    try:
        resp = session.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.RequestException as exc:
        detail = f"{method} {shown}: {type(exc).__name__}"
        if _never_sent(exc):
            raise NotDelivered("The provider cannot be reached. Check the network.", detail) from exc
        raise InDoubt("No answer from the provider in time.", detail) from exc
    log.debug("%s %s -> HTTP %s", method, shown, resp.status_code)
    return resp


def json_body(resp: requests.Response, what: str) -> dict[str, Any]:
    """The response as a JSON object, or InDoubt when it is not one (a garbled answer)."""
    if resp.status_code >= 500:
        raise InDoubt("The provider had a problem.", f"{what}: HTTP {resp.status_code}")
    try:
        body = resp.json()
    except (ValueError, json.JSONDecodeError) as exc:
        raise InDoubt(
            "The provider's answer could not be read.",
            f"{what}: HTTP {resp.status_code}, not JSON: {resp.text[:120]!r}",
        ) from exc
    if not isinstance(body, dict):
        raise InDoubt("The provider's answer could not be read.", f"{what}: not an object")
    return body
