"""The test wallet's loopback server. The "customer" is the phone number's last digit:

  ...1  approves after two polls        ...7  paid at once, in the start answer
  ...9  declines after one poll         ...0  never answers (stays pending until cancelled)
  anything else: waits for POST /_sandbox/pay/{ref} {"approve": true|false}, or for
  `auto_approve` seconds when set (the demo sets 4 s so a trainee sees the whole flow)
"""

from __future__ import annotations

import json
import time
from typing import Any

from posapp.providers.loopback import Reply, Request, SandboxServer


class TestWalletSandbox(SandboxServer):
    __test__ = False  # not a pytest class, whatever its name
    provider = "testpay"

    def __init__(self, port: int = 0, state_path: str = ":memory:", *,
                 auto_approve: float = 0.0) -> None:
        self.auto_approve = auto_approve
        # False: cancel is acknowledged but ignored, like a provider with no cancel at all
        self.honour_cancel = True
        super().__init__(port, state_path)

    def setup(self) -> None:
        self.sql("CREATE TABLE IF NOT EXISTS payments (ref TEXT PRIMARY KEY, request TEXT, "
                 "status TEXT, reason TEXT, polls INTEGER, created REAL)")
        self.route("POST", r"/payments", "pay", self.start_payment)
        self.route("GET", r"/payments/([^/]+)", "enquiry", self.status)
        self.route("POST", r"/payments/([^/]+)/cancel", "any", self.cancel)
        self.route("POST", r"/_sandbox/pay/([^/]+)", "control", self.control)

    def fault_code_reply(self, code: str) -> Reply:
        return 200, {"status": code or "WHAT"}

    def _row(self, ref: str) -> Any:
        rows = self.sql("SELECT * FROM payments WHERE ref=?", ref)
        return rows[0] if rows else None

    def _reply(self, ref: str) -> Reply:
        row = self._row(ref)
        req = json.loads(row["request"])
        return 200, {"ref": ref, "status": row["status"], "id": f"W{row['created']:.0f}-{ref}",
                     "amount": req["amount"], "currency": req["currency"],
                     "page_url": f"{self.base_url}/page/{ref}", "reason": row["reason"]}

    def start_payment(self, req: Request) -> Reply:
        body = req.json()
        if not isinstance(body, dict) or not isinstance(body.get("amount"), int) or body[
                "amount"] <= 0 or not str(body.get("ref", "")):
            return 400, {"error": "bad request"}
        ref = str(body["ref"])
        with self._lock:
            if self._row(ref) is None:
                status = "PAID" if str(body.get("phone", "")).endswith("7") else "PENDING"
                self.sql("INSERT INTO payments VALUES (?,?,?,?,?,?)", ref, json.dumps(body),
                         status, "", 0, time.time())
            return self._reply(ref)

    def status(self, req: Request, ref: str) -> Reply:
        with self._lock:
            row = self._row(ref)
            if row is None:
                return 404, {"error": "unknown"}
            if row["status"] == "PENDING":
                polls = row["polls"] + 1
                phone = str(json.loads(row["request"]).get("phone", ""))
                status, reason = "PENDING", ""
                if phone.endswith("1") and polls >= 2:
                    status = "PAID"
                elif phone.endswith("9"):
                    status, reason = "FAILED", "declined"
                elif (self.auto_approve and not phone.endswith("0")
                      and time.time() - row["created"] >= self.auto_approve):
                    status = "PAID"
                self.sql("UPDATE payments SET polls=?, status=?, reason=? WHERE ref=?", polls,
                         status, reason, ref)
            return self._reply(ref)

    def cancel(self, req: Request, ref: str) -> Reply:
        with self._lock:
            if self._row(ref) is None:
                return 404, {"error": "unknown"}
            if self.honour_cancel:
                self.sql("UPDATE payments SET status='CANCELLED', reason='cancelled' "
                         "WHERE ref=? AND status='PENDING'", ref)
            return self._reply(ref)

    def control(self, req: Request, ref: str) -> Reply:
        """Training and tests: the customer approves or declines on their phone."""
        approve = bool(req.json().get("approve", True))
        with self._lock:
            if self._row(ref) is None:
                return 404, {"error": "unknown"}
            self.sql("UPDATE payments SET status=?, reason=? WHERE ref=? AND status='PENDING'",
                     "PAID" if approve else "FAILED", "" if approve else "declined", ref)
            return self._reply(ref)

    def pay(self, ref: str, approve: bool = True) -> None:
        """The same as the control endpoint, for tests in this process."""
        with self._lock:
            self.sql("UPDATE payments SET status=?, reason=? WHERE ref=? AND status='PENDING'",
                     "PAID" if approve else "FAILED", "" if approve else "declined", ref)

    def state(self, ref: str) -> str:
        row = self._row(ref)
        return str(row["status"]) if row else ""
