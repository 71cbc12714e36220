"""Can the providers be reached? A TCP connect to each configured provider's host: what the
status bar shows at start (before any sale was sent) and while offline (when no sale is
being sent that could find out)."""

from __future__ import annotations

import logging
import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from posapp.providers.base import Settings
from posapp.providers.registry import PACKAGES

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 3.0


def provider_hosts(settings: Settings) -> dict[str, tuple[str, int]]:
    """Each set-up provider's API host and port, from its own URL setting."""
    hosts: dict[str, tuple[str, int]] = {}
    for package in PACKAGES:
        try:
            if not package.enabled(settings):
                continue
        except Exception:  # a provider's check of a bad setting is its own error, later
            continue
        for setting in package.settings:
            value = settings.get(setting.key)
            if not isinstance(value, str) or not value.startswith(("http://", "https://")):
                continue
            url = urlsplit(value)
            if url.hostname:
                port = url.port or (443 if url.scheme == "https" else 80)
                hosts[package.title] = (url.hostname, port)
                break
    return hosts


def reachable(host: str, port: int, timeout: float = CONNECT_TIMEOUT) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError as exc:
        log.info("%s:%d not reachable: %s", host, port, exc)
        return False


def check(settings: Settings, timeout: float = CONNECT_TIMEOUT) -> dict[str, bool]:
    """Provider title -> reachable, all at once (the slowest takes `timeout` at most)."""
    hosts = provider_hosts(settings)
    if not hosts:
        return {}
    with ThreadPoolExecutor(max_workers=min(8, len(hosts)), thread_name_prefix="reach") as ex:
        futures = {name: ex.submit(reachable, h, p, timeout) for name, (h, p) in hosts.items()}
        return {name: f.result() for name, f in futures.items()}
