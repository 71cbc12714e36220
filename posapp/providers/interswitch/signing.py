"""Interswitch hashes and signatures, and the pluggable parts that need Interswitch's keys.

- body `signature`: SHA-512 hex of clientId + clientSecret + referenceId + date (YYMMDD),
  computed once when the request is built and journalled;
- service authentication headers (`Authorization`, `Timestamp`, `Nonce`,
  `SignatureMethod`, `Signature`), computed afresh for every POST;
- `secure`, `pinBlock`, `macData` (PinSecurer) and `sftpAuthData` (SftpAuth): the doc
  needs Interswitch key material it does not give, so they come from a component the
  technician plugs in. The Sandbox* ones here are stand-ins for the loopback sandbox only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol
from urllib.parse import quote

# Nigeria keeps West Africa Time (UTC+1) all year: no DST, so a fixed offset is exact.
WAT = timezone(timedelta(hours=1), "WAT")
SIGNATURE_METHOD = "SHA-512"


def body_signature(client_id: str, client_secret: str, reference_id: str, yymmdd: str) -> str:
    """The doc's `signature`: SHA-512 of clientId, clientSecret, referenceId and the
    transaction date (YYMMDD), concatenated in that order; lowercase hex."""
    raw = f"{client_id}{client_secret}{reference_id}{yymmdd}"
    return hashlib.sha512(raw.encode("utf-8")).hexdigest()


def signature_date(now: datetime | None = None) -> str:
    """Today's date as YYMMDD in Nigerian time (the provider's own calendar)."""
    return (now or datetime.now(UTC)).astimezone(WAT).strftime("%y%m%d")


def auth_signature(method: str, url: str, timestamp: str, nonce: str, client_id: str,
                   client_secret: str) -> str:
    """Interswitch service authentication: base64(SHA-512(METHOD&urlencode(url)&timestamp
    &nonce&clientId&clientSecret))."""
    raw = "&".join((method.upper(), quote(url, safe=""), timestamp, nonce, client_id,
                    client_secret))
    return base64.b64encode(hashlib.sha512(raw.encode("utf-8")).digest()).decode("ascii")


def authorization(client_id: str) -> str:
    return "InterswitchAuth " + base64.b64encode(client_id.encode("utf-8")).decode("ascii")


def auth_headers(method: str, url: str, client_id: str, client_secret: str, *,
                 timestamp: str = "", nonce: str = "") -> dict[str, str]:
    """The five service authentication headers, for one request at send time."""
    timestamp = timestamp or str(int(time.time()))
    nonce = nonce or uuid.uuid4().hex
    return {
        "Authorization": authorization(client_id),
        "Timestamp": timestamp,
        "Nonce": nonce,
        "SignatureMethod": SIGNATURE_METHOD,
        "Signature": auth_signature(method, url, timestamp, nonce, client_id, client_secret),
    }


# -- the parts that need Interswitch's key material -------------------------------------------

class PinSecurer(Protocol):
    """Produces the doc's PIN-derived fields for one bulk request.

    A real implementation holds Interswitch's key material (and the payment method's PIN)
    and returns (secure, pinBlock, macData) as Interswitch specifies them.
    """

    def secure(self, *, subscriber_id: str, payment_method_code: str, amount: str,
               reference_id: str, ttid: str) -> tuple[str, str, str]: ...


class SftpAuth(Protocol):
    """Produces `sftpAuthData` for an SFTP batch file (the doc's appendix, not included)."""

    def auth_data(self, *, front_end_partner: str, subscriber_id: str, amount: str,
                  batch_size: int, reference_id: str) -> str: ...


SANDBOX_KEY = b"posapp-interswitch-sandbox-only"  # public: this is not key material


class SandboxPinSecurer:
    """SANDBOX ONLY: deterministic hex that merely has the doc's shapes (secure 512 hex,
    pinBlock 16 hex, macData 64 hex). No encryption at all; the loopback sandbox checks
    these values, Interswitch would refuse them. `build()` will not pair it with a real
    Interswitch address."""

    def secure(self, *, subscriber_id: str, payment_method_code: str, amount: str,
               reference_id: str, ttid: str) -> tuple[str, str, str]:
        fields = "|".join((subscriber_id, payment_method_code, amount, reference_id, ttid))
        blob = b"".join(hashlib.sha512(f"secure{n}|{fields}".encode()).digest()
                        for n in range(4))
        pin_block = hashlib.sha256(f"pinblock|{fields}".encode()).hexdigest()[:16]
        mac = hmac.new(SANDBOX_KEY, fields.encode(), hashlib.sha256).hexdigest()
        return blob.hex(), pin_block, mac


class SandboxSftpAuth:
    """SANDBOX ONLY: a marked stand-in for `sftpAuthData` ("SANDBOX" + uppercase hex), so a
    file made with it can never pass as a real one."""

    def auth_data(self, *, front_end_partner: str, subscriber_id: str, amount: str,
                  batch_size: int, reference_id: str) -> str:
        fields = "|".join((front_end_partner, subscriber_id, amount, str(batch_size),
                           reference_id))
        return "SANDBOX" + hmac.new(SANDBOX_KEY, fields.encode(), hashlib.sha512).hexdigest(
        ).upper()
