"""Interswitch Paycode simulator following provider-docs/interswitch-paycode-bulk.txt:
POST {context}/pwm/bulk/tokens with context /api/v1, 201 with paymentTokens, 401 with
errors[].

It checks what Interswitch would: the service authentication headers (Signature recomputed
with the sandbox secret; Timestamp older than 5 minutes or a reused Nonce -> 401 10500),
the body `signature` (dated today or yesterday, WAT), the PIN fields as SandboxPinSecurer
makes them, batchSize == len(entries) <= 10, kobo amounts adding up, and referenceId
idempotency: the same referenceId with the same body gets the same answer, with another
body a 401.

Public test data (demo values, not secrets): CLIENT_ID / CLIENT_SECRET,
FRONT_END_PARTNER_ID "455", SUBSCRIBER_ID "2348124888436", PAYMENT_METHOD_CODE "GTMM"
(another subscriberId or paymentMethodCode -> 401 400503). Phones:
  NEVER_ISSUED_PHONE 08099999990  never gets a paycode (a partial answer)
  E50_PHONE          08050505050  the whole batch is refused: 401 E50
  anything else      gets an 11-digit paycode, smsStatus "Not Sent", surcharge 10000 kobo
Codes the doc does not list, used by the sandbox only: E40 (the request breaks the doc's
rules) and E41 (referenceId or ttid reused for another batch).
Faults: the loopback ones, target "pay" (or "any"); `code` answers 401 with that code.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import datetime, timedelta
from typing import Any

from posapp.providers.interswitch.client import CHANNELS, CODES, MAX_BATCH, PATH
from posapp.providers.interswitch.signing import (
    WAT,
    SandboxPinSecurer,
    auth_signature,
    authorization,
    body_signature,
)
from posapp.providers.loopback import Reply, Request, SandboxServer

CONTEXT = "/api/v1"
CLIENT_ID = "IKIA0A5D7E9C4B1F2E3D6C8B0A9F7E5D3C1B2A4F6E"
CLIENT_SECRET = "sandbox-paycode-secret-not-a-secret"  # public demo value
FRONT_END_PARTNER_ID = "455"
SUBSCRIBER_ID = "2348124888436"
PAYMENT_METHOD_CODE = "GTMM"
NEVER_ISSUED_PHONE = "08099999990"
E50_PHONE = "08050505050"
SURCHARGE_MINOR = 10000
MAX_CLOCK_SKEW = 300  # seconds, either way


def _error(code: str, message: str) -> Reply:
    item = {"code": code, "message": message}
    return 401, {"errors": [item], "error": item}


def _paycode(reference_id: str, phone: str, n: int) -> str:
    digest = hashlib.sha256(f"{reference_id}|{phone}|{n}".encode()).hexdigest()
    return "126" + f"{int(digest, 16) % 10**8:08d}"


class InterswitchSandbox(SandboxServer):
    provider = "interswitch"

    def __init__(self, port: int = 0, state_path: str = ":memory:") -> None:
        self._batch_lock = threading.Lock()
        super().__init__(port, state_path)

    @property
    def context_url(self) -> str:
        """What the terminal's interswitch.base_url is set to."""
        return self.base_url + CONTEXT

    def setup(self) -> None:
        self.sql("CREATE TABLE IF NOT EXISTS batches (reference_id TEXT PRIMARY KEY, "
                 "ttid TEXT UNIQUE, request TEXT, answer TEXT, created REAL)")
        self.sql("CREATE TABLE IF NOT EXISTS nonces (nonce TEXT PRIMARY KEY, seen REAL)")
        self.route("POST", CONTEXT + PATH, "pay", self.bulk_tokens)

    def fault_code_reply(self, code: str) -> Reply:
        code = code or "E50"
        return _error(code, CODES.get(code, ("Sandbox forced error",))[0])

    def batch_count(self) -> int:
        return int(self.sql("SELECT count(*) FROM batches")[0][0])

    def batches(self) -> list[dict[str, Any]]:
        """The bodies of the batches that issued paycodes, in order (tests, training)."""
        return [json.loads(r["request"]) for r in
                self.sql("SELECT request FROM batches ORDER BY created")]

    # -- checks ------------------------------------------------------------------------------

    def _authenticated(self, req: Request) -> bool:
        h = req.headers
        if h.get("authorization") != authorization(CLIENT_ID) or h.get(
                "signaturemethod") != "SHA-512":
            return False
        stamp, nonce = h.get("timestamp", ""), h.get("nonce", "")
        if not stamp.isdigit() or abs(time.time() - int(stamp)) > MAX_CLOCK_SKEW or not nonce:
            return False
        url = f"http://{h.get('host', '')}{req.path}"
        want = auth_signature(req.method, url, stamp, nonce, CLIENT_ID, CLIENT_SECRET)
        if not hmac.compare_digest(h.get("signature", ""), want):
            return False
        with self._lock:
            if self.sql("SELECT 1 FROM nonces WHERE nonce=?", nonce):
                return False
            self.sql("INSERT INTO nonces VALUES (?,?)", nonce, time.time())
            # a nonce older than the clock window can never come back with a valid Timestamp
            self.sql("DELETE FROM nonces WHERE seen < ?", time.time() - 3 * MAX_CLOCK_SKEW)
        return True

    @staticmethod
    def _signed(body: dict[str, Any]) -> bool:
        today = datetime.now(WAT)
        for day in (today, today - timedelta(days=1)):
            want = body_signature(CLIENT_ID, CLIENT_SECRET, str(body.get("referenceId")),
                                  day.strftime("%y%m%d"))
            if hmac.compare_digest(str(body.get("signature", "")), want):
                return True
        return False

    @staticmethod
    def _broken_rule(body: dict[str, Any]) -> str:
        """The doc's rules a request breaks, or ""."""
        entries = body.get("entries")
        if body.get("additionalInfo") != {"type": "bulk"}:
            return "additionalInfo.type must be bulk"
        if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_BATCH:
            return f"entries must hold 1 to {MAX_BATCH} items"
        if body.get("batchSize") != len(entries):
            return "batchSize does not match entries"
        if body.get("channel") not in CHANNELS:
            return "unknown channel"
        if not isinstance(body.get("referenceId"), str) or not body["referenceId"]:
            return "referenceId missing"
        for key in ("amount", "tokenLifeTimeInMinutes", "ttid"):
            value = body.get(key)
            if not (isinstance(value, str) and value.isascii() and value.isdigit()):
                return f"{key} missing or not digits"
        total = 0
        for e in entries:
            if not isinstance(e, dict):
                return "an entry is not an object"
            amount, pin, phone = e.get("amount"), e.get("oneTimePin"), e.get("beneficiaryNumber")
            if not (isinstance(amount, str) and amount.isdigit() and int(amount) > 0):
                return "an entry amount is not kobo digits above zero"
            if not (isinstance(pin, str) and len(pin) == 4 and pin.isdigit()):
                return "a oneTimePin is not 4 digits"
            if not (isinstance(phone, str) and phone.isdigit() and len(phone) == 11):
                return "a beneficiaryNumber is not an 11-digit number"
            total += int(amount)
        if total != int(body["amount"]):
            return "amount is not the sum of the entries"
        return ""

    # -- the operation -------------------------------------------------------------------------

    def bulk_tokens(self, req: Request) -> Reply:
        if not self._authenticated(req):
            return _error("10500", "Cannot Validate Authentication Details")
        try:
            body = req.json()
        except ValueError:
            return _error("E40", "Request body is not JSON")
        if not isinstance(body, dict):
            return _error("E40", "Request body is not an object")
        if (body.get("clientId") != CLIENT_ID or not self._signed(body)
                or req.headers.get("frontendpartnerid") != FRONT_END_PARTNER_ID
                or body.get("frontEndPartnerId") != FRONT_END_PARTNER_ID):
            return _error("10500", "Cannot Validate Authentication Details")
        if (body.get("subscriberId") != SUBSCRIBER_ID
                or body.get("paymentMethodCode") != PAYMENT_METHOD_CODE):
            return _error("400503", "The referenced transaction does not exist")
        broken = self._broken_rule(body)
        if broken:
            return _error("E40", f"Invalid request: {broken}")
        pin_fields = SandboxPinSecurer().secure(
            subscriber_id=body["subscriberId"], payment_method_code=body["paymentMethodCode"],
            amount=body["amount"], reference_id=body["referenceId"], ttid=body["ttid"])
        if (body.get("secure"), body.get("pinBlock"), body.get("macData")) != pin_fields:
            return _error("10500", "Cannot Validate Authentication Details")
        with self._batch_lock:
            return self._issue(body)

    def _issue(self, body: dict[str, Any]) -> Reply:
        ref, ttid = body["referenceId"], body["ttid"]
        canonical = json.dumps(body, sort_keys=True)
        prior = self.sql("SELECT request, answer FROM batches WHERE reference_id=?", ref)
        if prior:
            if json.dumps(json.loads(prior[0]["request"]), sort_keys=True) != canonical:
                return _error("E41", "Duplicate referenceId with different details")
            return 201, json.loads(prior[0]["answer"])
        if self.sql("SELECT 1 FROM batches WHERE ttid=?", ttid):
            return _error("E41", "Duplicate ttid")
        if any(e["beneficiaryNumber"] == E50_PHONE for e in body["entries"]):
            return _error("E50", "PayCode is Required")
        tokens = [{"phoneNumber": e["beneficiaryNumber"],
                   "payCode": _paycode(ref, e["beneficiaryNumber"], n),
                   "smsStatus": "Not Sent", "expiry": body["tokenLifeTimeInMinutes"],
                   "surcharge": SURCHARGE_MINOR}
                  for n, e in enumerate(body["entries"])
                  if e["beneficiaryNumber"] != NEVER_ISSUED_PHONE]
        answer = {"numberOfEntries": len(tokens), "paymentTokens": tokens}
        self.sql("INSERT INTO batches VALUES (?,?,?,?,?)", ref, ttid, json.dumps(body),
                 json.dumps(answer), time.time())
        return 201, answer

