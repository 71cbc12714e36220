"""K-Pay simulator, following provider-docs/kpay.txt: one JSON endpoint (POST /) with Basic
authorization, `"action": "pay"` and `"action": "checkstatus"`, the doc's answers and codes.

Public demo data (not secrets): user USERNAME / PASSWORD, retailer RETAILER_ID (retailer
DISABLED_RETAILER answers 605, any other 604). The "customers", by msisdn:

  250788000001  MTN, approves after 2 status checks
  250720000001  Airtel, approves after 2 status checks
  250788000002  declines: statusid 02 after 1 status check
  250788000004  declines: statusid 607 (failed mobile money) after 1 status check
  250788000005  pays at once: the doc's second response (statusid 01) to the request
  250788000006  the request is refused: retcode 606 TARGET_AUTHORIZATION_ERROR
  250788000009  never answers: stays pending (03) for ever
  any other     pending until approved (card page, control endpoint) or auto-approved

Card payments (pmethod cc, bankid 000) are pending with a checkout page served here:
GET /checkout/{tid} is a small HTML page with Pay / Decline buttons, POST to it pays (or
declines with decline=1). POST /_sandbox/pay/{refid} {"approve": true|false} settles any
pending payment, for tests and training. `auto_approve=seconds` pays pending payments of
"any other" numbers and cards that long after the request (the demo).

The same refid with the same request answers the first answer again (never a second
charge); with a different request it answers 608. Faults: see posapp.providers.loopback;
targets "pay" and "enquiry" (checkstatus) share the one URL.
"""

from __future__ import annotations

import base64
import html
import json
import secrets
import threading
import time
from typing import Any

from posapp.providers.kpay.client import CODES
from posapp.providers.loopback import Reply, Request, SandboxServer

USERNAME = "kpay-demo"
PASSWORD = "kpay-demo-password"  # a public demo value, not a secret
RETAILER_ID = "02"
DISABLED_RETAILER = "05"
EMAIL = "shop@demo.rw"
RETURL = "https://demo.rw/kpay/postback"
REDIRECTURL = "https://demo.rw/kpay/done"
SHOP_MSISDN = "250788100100"
DEMO_AUTO_APPROVE = 8.0  # seconds, for the demo counter

APPROVE_MTN = "250788000001"
APPROVE_AIRTEL = "250720000001"
DECLINE = "250788000002"
DECLINE_607 = "250788000004"
INSTANT = "250788000005"
REFUSED_606 = "250788000006"
NEVER = "250788000009"

# msisdn -> (what happens, status checks before it happens)
CUSTOMERS: dict[str, tuple[str, int]] = {
    APPROVE_MTN: ("01", 2),
    APPROVE_AIRTEL: ("01", 2),
    DECLINE: ("02", 1),
    DECLINE_607: ("607", 1),
    INSTANT: ("instant", 0),
    REFUSED_606: ("606", 0),
    NEVER: ("never", 0),
}

REQUIRED = ("msisdn", "email", "details", "refid", "cname", "cnumber", "pmethod", "retailerid",
            "returl", "redirecturl", "bankid")
PMETHODS = ("cc", "momo", "bank", "spenn", "smartcash")
# The doc's bank codes table.
BANKS = ("010", "040", "070", "100", "115", "130", "145", "160", "192", "400", "750", "800",
         "900", "950", "951", "63510", "63514", "000", "63501", "63502")
ENABLED = {"momo": ("63510", "63514"), "cc": ("000",)}  # what this demo retailer may use
PREFIXES = {"63510": ("25078", "25079"), "63514": ("25072", "25073")}
DESCS = {"01": "Successfully processed transaction.", "02": "Payment failed",
         "03": "Pending transaction", "607": "Failed mobile money transaction"}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>K-Pay checkout</title>
</head><body><h1>K-Pay sandbox checkout</h1><p>{details}</p><p><b>{currency} {amount}</b></p>
<p>Status: {status}</p><form method="post"><button name="pay" value="1">Pay</button>
<button name="decline" value="1">Decline</button></form></body></html>"""


def auth_header(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


class KPaySandbox(SandboxServer):
    provider = "kpay"

    def __init__(self, port: int = 0, state_path: str = ":memory:", *,
                 username: str = USERNAME, password: str = PASSWORD,
                 auto_approve: float | None = None) -> None:
        self.auth = auth_header(username, password)
        self.auto_approve = auto_approve
        self.pay_requests: list[str] = []  # refids of authorised pay requests, in order
        self._local = threading.local()
        super().__init__(port, state_path)

    def setup(self) -> None:
        self.sql("""CREATE TABLE IF NOT EXISTS payments (
            refid TEXT PRIMARY KEY, tid TEXT UNIQUE, request TEXT, answer TEXT, statusid TEXT,
            momtransactionid TEXT, polls INTEGER, created REAL)""")
        self.route("POST", r"/", "api", self.api)
        self.route("GET", r"/checkout/([A-Za-z0-9]+)", "page", self.page)
        self.route("POST", r"/checkout/([A-Za-z0-9]+)", "page", self.page_post)
        self.route("POST", r"/_sandbox/pay/([^/]+)", "control", self.control)

    # -- helpers for tests and the training screen --------------------------------------

    def charges(self, refid: str | None = None) -> int:
        """How many payments K-Pay holds (for one refid): a resend must not add one."""
        if refid is None:
            return int(self.sql("SELECT count(*) FROM payments")[0][0])
        return int(self.sql("SELECT count(*) FROM payments WHERE refid=?", refid)[0][0])

    def status_of(self, refid: str) -> str:
        rows = self.sql("SELECT statusid FROM payments WHERE refid=?", refid)
        return str(rows[0]["statusid"]) if rows else ""

    def settle(self, refid: str, approve: bool) -> bool:
        """Pay or decline a pending payment; False when there is none pending."""
        with self._lock:
            rows = self.sql("SELECT statusid FROM payments WHERE refid=?", refid)
            if not rows or rows[0]["statusid"] != "03":
                return False
            self._finish(refid, "01" if approve else "02")
        return True

    # -- faults: one URL for both operations ------------------------------------------

    def fault_target(self, req: Request, route_target: str) -> str:
        self._local.body = {}
        if route_target != "api":
            return route_target
        try:
            body = req.json()
        except ValueError:
            return "pay"
        self._local.body = body if isinstance(body, dict) else {}
        return "enquiry" if self._local.body.get("action") == "checkstatus" else "pay"

    def fault_code_reply(self, code: str) -> Reply:
        body: dict[str, Any] = getattr(self._local, "body", {})
        code = code or "606"
        desc = CODES.get(code, ("Error",))[0]
        refid = str(body.get("refid", ""))
        if body.get("action") == "checkstatus":
            rows = self.sql("SELECT tid FROM payments WHERE refid=?", refid)
            tid = str(rows[0]["tid"]) if rows and code != "611" else ""
            return 200, {"tid": tid, "refid": "" if code == "611" else refid,
                         "momtransactionid": "", "statusid": code, "statusdesc": desc}
        return 200, self._envelope(desc, int(code) if code.isdigit() else code, refid)

    # -- the API --------------------------------------------------------------------

    @staticmethod
    def _envelope(reply: str, retcode: Any, refid: str = "", tid: str = "", url: str = "",
                  ) -> dict[str, Any]:
        return {"reply": reply, "url": url, "success": 1 if retcode == 0 else 0,
                "authkey": secrets.token_hex(13), "tid": tid, "refid": refid, "retcode": retcode}

    def _error(self, code: str, refid: str = "", reply: str = "") -> dict[str, Any]:
        return self._envelope(reply or CODES[code][0], int(code), refid)

    def api(self, req: Request) -> Reply:
        try:
            body = req.json()
        except ValueError:
            body = None
        refid = str(body.get("refid", "")) if isinstance(body, dict) else ""
        if req.headers.get("authorization") != self.auth:
            return 401, self._error("600", refid)
        if not isinstance(body, dict):
            return 200, self._error("603")
        action = body.get("action")
        if action == "checkstatus":
            return self.checkstatus(body)
        if action == "pay":
            return self.pay(body)
        return 200, self._error("603", refid)

    def pay(self, body: dict[str, Any]) -> Reply:
        refid = body.get("refid")
        refid = refid if isinstance(refid, str) else ""
        if any(not isinstance(body.get(k), str) or not body[k].strip() for k in REQUIRED):
            return 200, self._error("603", refid)
        amount = body.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            return 200, self._error("603", refid)
        if body["retailerid"] == DISABLED_RETAILER:
            return 200, self._error("605", refid)
        if body["retailerid"] != RETAILER_ID:
            return 200, self._error("604", refid)
        pmethod, bankid = body["pmethod"], body["bankid"]
        if pmethod not in PMETHODS:
            return 200, self._error("609", refid)
        if bankid not in BANKS or bankid not in ENABLED.get(pmethod, ()):
            return 200, self._error("610", refid)
        currency = body.get("currency", "RWF")
        msisdn = body["msisdn"]
        if (currency not in ("RWF", "USD") or (currency == "USD" and pmethod != "cc")
                or not (len(msisdn) == 12 and msisdn.isdigit() and msisdn.startswith("2507"))
                or (bankid in PREFIXES and not msisdn.startswith(PREFIXES[bankid]))):
            return 200, self._error("606", refid, "TARGET_AUTHORIZATION_ERROR")
        with self._lock:
            self.pay_requests.append(refid)
            prior = self.sql("SELECT request, answer FROM payments WHERE refid=?", refid)
            if prior:
                if json.loads(prior[0]["request"]) != body:
                    return 200, self._error("608", refid)
                return 200, json.loads(prior[0]["answer"])  # the same answer, no second charge
            return 200, self._new_payment(body)

    def _new_payment(self, body: dict[str, Any]) -> dict[str, Any]:
        refid = body["refid"]
        seq = self.charges() + 1
        tid = f"E{int(time.time() * 1000) % 10**13:013d}{seq:04d}"
        kind = "wait" if body["pmethod"] == "cc" else CUSTOMERS.get(body["msisdn"], ("wait", 0))[0]
        if kind == "606":
            answer = self._error("606", refid, "TARGET_AUTHORIZATION_ERROR")
            answer["tid"] = tid
            status, momo = "606", ""
        elif kind == "instant":
            momo = f"{secrets.randbelow(10**10):010d}"
            answer = {"tid": tid, "refid": refid, "momtransactionid": momo,
                      "statusdesc": "SUCCESSFUL", "statusid": "01", "retcode": 0}
            status = "01"
        else:
            answer = self._envelope("PENDING", 0, refid, tid, f"{self.base_url}/checkout/{tid}")
            status, momo = "03", ""
        self.sql("INSERT INTO payments VALUES (?,?,?,?,?,?,?,?)", refid, tid, json.dumps(body),
                 json.dumps(answer), status, momo, 0, time.time())
        return answer

    def _finish(self, refid: str, statusid: str) -> None:
        momo = f"{secrets.randbelow(10**10):010d}" if statusid == "01" else ""
        self.sql("UPDATE payments SET statusid=?, momtransactionid=? WHERE refid=?", statusid,
                 momo, refid)

    def _advance(self, row: Any) -> None:
        """What the customer did since the last check: scripted numbers, or auto-approve."""
        request = json.loads(row["request"])
        kind, polls = ("wait", 0)
        if request["pmethod"] != "cc":
            kind, polls = CUSTOMERS.get(request["msisdn"], ("wait", 0))
        if kind in ("01", "02", "607") and row["polls"] >= polls:
            self._finish(row["refid"], kind)
        elif (kind == "wait" and self.auto_approve is not None
              and time.time() - row["created"] >= self.auto_approve):
            self._finish(row["refid"], "01")

    def checkstatus(self, body: dict[str, Any]) -> Reply:
        refid, tid = body.get("refid"), body.get("tid")
        if not (isinstance(refid, str) and refid) and not (isinstance(tid, str) and tid):
            return 200, self._error("603")
        with self._lock:
            if isinstance(refid, str) and refid:
                rows = self.sql("SELECT * FROM payments WHERE refid=?", refid)
            else:
                rows = self.sql("SELECT * FROM payments WHERE tid=?", tid)
            if not rows:
                # The doc's not-found answer, as it is.
                return 200, {"tid": "", "refid": "", "momtransactionid": "", "statusid": "611",
                             "statusdesc": "Transaction not found"}
            row = rows[0]
            self.sql("UPDATE payments SET polls=polls+1 WHERE refid=?", row["refid"])
            if row["statusid"] == "03":
                row = self.sql("SELECT * FROM payments WHERE refid=?", row["refid"])[0]
                self._advance(row)
            row = self.sql("SELECT * FROM payments WHERE refid=?", row["refid"])[0]
        statusid = str(row["statusid"])
        answer = {"tid": row["tid"], "refid": row["refid"],
                  "momtransactionid": row["momtransactionid"] or "", "statusid": statusid,
                  "statusdesc": DESCS.get(statusid) or CODES.get(statusid, ("Failed",))[0]}
        if statusid == "01":
            answer["payaccount"] = json.loads(row["request"])["msisdn"]
        return 200, answer

    # -- the card checkout page and the control endpoint ------------------------------

    def _by_tid(self, tid: str) -> Any:
        rows = self.sql("SELECT * FROM payments WHERE tid=?", tid)
        return rows[0] if rows else None

    def _page(self, row: Any) -> bytes:
        request = json.loads(row["request"])
        status = {"01": "PAID", "03": "waiting for payment"}.get(row["statusid"], "FAILED")
        return PAGE.format(details=html.escape(request["details"]),
                           currency=html.escape(str(request.get("currency", "RWF"))),
                           amount=request["amount"], status=status).encode()

    def page(self, req: Request, tid: str) -> Reply:
        with self._lock:
            row = self._by_tid(tid)
            if row is None:
                return 404, b"<html>No such payment</html>"
            if row["statusid"] == "03":
                self._advance(row)
                row = self._by_tid(tid)
        return 200, self._page(row)

    def page_post(self, req: Request, tid: str) -> Reply:
        row = self._by_tid(tid)
        if row is None:
            return 404, b"<html>No such payment</html>"
        self.settle(row["refid"], approve=not req.form().get("decline"))
        return 200, self._page(self._by_tid(tid))

    def control(self, req: Request, refid: str) -> Reply:
        spec = req.json()
        if not isinstance(spec, dict) or not isinstance(spec.get("approve"), bool):
            return 400, {"error": 'send {"approve": true|false}'}
        if not self.charges(refid):
            return 404, {"error": f"no payment {refid}"}
        if not self.settle(refid, spec["approve"]):
            return 409, {"error": "not pending", "statusid": self.status_of(refid)}
        return 200, {"ok": True, "statusid": self.status_of(refid)}
