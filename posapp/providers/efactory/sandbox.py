"""eFactory simulator, following provider-docs/efactory.txt: paths, hash, codes, shapes.

Test meters (see METERS) cover one credit token, two key change tokens before the
credit token, a 16-digit token like the doc's sample, a minimum amount, an unassigned
meter and a postpaid account with a debt. Anything else is UNKNOWN METER.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from datetime import datetime
from typing import Any

from posapp.providers.efactory.client import ITEM_TYPES, SC_IDS, payment_hash
from posapp.providers.loopback import Reply, Request, SandboxServer

API_KEY = "sandbox-efactory-key"
AUTH_TOKEN = "sandbox-efactory-auth"  # a public demo value, not a secret
TERMINALS = ("DEMO0001", "DEMO0002", "TRAIN001")

# meter id -> (meterType, name, phone, email, minimum, outstanding, token plan)
# token plan: number of key change tokens, digits of the credit token; None = unassigned.
METERS: dict[str, dict[str, Any]] = {
    "54140724110": dict(type="PREPAID", name="Mr Kokumo Adejare", phone="08041941499",
                        email="jiji@yahoo.com", minimum="0.00", outstanding="0.00", kct=0, digits=20),
    "04223568917": dict(type="PREPAID", name="Mrs Funmilayo Ojo (new TID)", phone="08031234567",
                        email="", minimum="0.00", outstanding="0.00", kct=2, digits=20),
    "01234567890": dict(type="PREPAID", name="mole mole", phone="07068004234",
                        email="jiji@yahoo.com", minimum="0.00", outstanding="0.00", kct=0,
                        digits=16),
    "62000000009": dict(type="PREPAID", name="Alhaji Musa Bello", phone="08099990000",
                        email="", minimum="500.00", outstanding="1200.00", kct=0, digits=20),
    "09999999999": dict(type="PREPAID", name="", phone="", email="", minimum="0.00",
                        outstanding="0.00", kct=None, digits=20),
    "1010101010": dict(type="POSTPAID", name="Chief Adewale Johnson", phone="08022223333",
                       email="", minimum="0.00", outstanding="12345.67", kct=0, digits=0),
    "2020202020": dict(type="POSTPAID", name="Grace Okafor Stores", phone="08055556666",
                       email="", minimum="1000.00", outstanding="0.00", kct=0, digits=0),
}
AMOUNT = re.compile(r"^\d{1,9}\.\d{2}$")


def _now() -> str:
    return datetime.now().strftime("%d-%m-%Y %H:%M:%S.%f")[:-4]


def _digits(seed: str, n: int) -> str:
    out = ""
    counter = 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f"{seed}/{counter}".encode()).hexdigest(), 16))[:18]
        counter += 1
    return out[:n]


def _spaced(d: str) -> str:
    return " ".join(d[i : i + 4] for i in range(0, len(d), 4))


def _kobo(s: str) -> int:
    whole, frac = s.split(".")
    return int(whole) * 100 + int(frac)


class EFactorySandbox(SandboxServer):
    provider = "efactory"

    def __init__(self, port: int = 0, state_path: str = ":memory:",
                 api_key: str = API_KEY, auth_token: str = AUTH_TOKEN) -> None:
        self.api_key = api_key
        self.auth_token = auth_token
        self.pay_requests: list[str] = []  # itemIds of valid payment requests, in arrival order
        super().__init__(port, state_path)

    def setup(self) -> None:
        self.sql("""CREATE TABLE IF NOT EXISTS payments (
            item_id TEXT PRIMARY KEY, rrr TEXT UNIQUE, meter_type TEXT, body TEXT,
            request TEXT, created REAL)""")
        self.route("GET", r"/ext/int/data/([^/]+)/([^/]+)/([^/]+)", "validate", self.validate)
        self.route("POST", r"/pay/data/([^/]+)/([^/]+)", "pay", self.pay)
        self.route("GET", r"/pay/data/([^/]+)/([^/]+)/item/([^/]+)", "enquiry", self.by_item)
        self.route("GET", r"/pay/data/([^/]+)/([^/]+)/([^/]+)", "enquiry", self.by_reference)

    # -- helpers used by tests and the training screen ---------------------------------

    def vend_count(self, item_id: str | None = None) -> int:
        if item_id is None:
            return int(self.sql("SELECT count(*) FROM payments")[0][0])
        return int(self.sql("SELECT count(*) FROM payments WHERE item_id=?", item_id)[0][0])

    def payments(self) -> list[dict[str, Any]]:
        return [json.loads(r["body"]) for r in self.sql("SELECT body FROM payments ORDER BY created")]

    def fault_code_reply(self, code: str) -> Reply:
        return 200, self._error(code or "06")

    # -- endpoints ----------------------------------------------------------------

    @staticmethod
    def _error(code: str) -> dict[str, str]:
        from posapp.providers.efactory.client import CODES

        return {"responseCode": code, "responseMessage": CODES.get(code, ("ERROR",))[0],
                "responseDate": _now()}

    def validate(self, req: Request, api_key: str, meter_type: str, meter_id: str) -> Reply:
        if api_key != self.api_key:
            return 200, self._error("04")
        if meter_type not in ("PREPAID", "POSTPAID"):
            return 200, self._error("02")
        meter = METERS.get(meter_id)
        if meter is None or meter["type"] != meter_type:
            return 200, self._error("05")
        if meter["kct"] is None:
            return 200, self._error("09")
        rid = str(int(time.time() * 1000))
        return 200, {
            "responseCode": "00", "responseMessage": "Meter Found", "requestId": rid,
            "responseId": f"{rid}/{rid}", "responseDate": _now(), "requestDate": _now(),
            "name": meter["name"], "email": meter["email"], "phoneNumber": meter["phone"],
            "meterType": meter_type, "outstandingAmount": meter["outstanding"],
            "minimumAmount": meter["minimum"],
        }

    def pay(self, req: Request, api_key: str, meter_type: str) -> Reply:
        if req.headers.get("content-type", "").split(";")[0] != "application/json":
            return 200, self._error("02")
        try:
            body = req.json()
        except ValueError:
            return 200, self._error("02")
        if api_key != self.api_key:
            return 200, self._error("04")
        need = ("meterId", "meterType", "scId", "itemTypeId", "itemId", "hash", "terminalId",
                "amount")
        if not isinstance(body, dict) or any(not isinstance(body.get(k), str) for k in need):
            return 200, self._error("02")
        if body["meterType"] != meter_type or not AMOUNT.match(body["amount"]):
            return 200, self._error("02")
        if body["terminalId"] not in TERMINALS:
            return 200, self._error("04")
        expected = payment_hash(body["meterId"], body["itemTypeId"], body["itemId"],
                                body["amount"], body["terminalId"], self.api_key, self.auth_token)
        if body["hash"] != expected:
            return 200, self._error("04")
        if body["itemTypeId"] not in ITEM_TYPES:
            return 200, self._error("03")
        if body["scId"] not in SC_IDS:
            return 200, self._error("02")
        with self._lock:
            self.pay_requests.append(body["itemId"])
            prior = self.sql("SELECT body, request FROM payments WHERE item_id=?", body["itemId"])
            if prior:
                # The same itemId again: the same answer, never a second vend.
                if json.loads(prior[0]["request"])["hash"] != body["hash"]:
                    return 200, self._error("02")
                return 200, json.loads(prior[0]["body"])
            meter = METERS.get(body["meterId"])
            if meter is None or meter["type"] != meter_type:
                return 200, self._error("05")
            if meter["kct"] is None:
                return 200, self._error("09")
            if _kobo(body["amount"]) < max(_kobo(meter["minimum"]), 1):
                return 200, self._error("10")
            answer = self._vend(body, meter)
            self.sql("INSERT INTO payments VALUES (?,?,?,?,?,?)", body["itemId"], answer["rrr"],
                     meter_type, json.dumps(answer), json.dumps(body), time.time())
        return 200, answer

    def _vend(self, body: dict[str, str], meter: dict[str, Any]) -> dict[str, Any]:
        seq = self.vend_count() + 1
        rrr = f"SMS{int(time.time() * 1000)}{seq:03d}"
        tokens = []
        if meter["type"] == "PREPAID":
            for n in range(meter["kct"]):
                tokens.append({"index": str(n + 1), "type": f"KCT{n + 1}",
                               "token": _spaced(_digits(f"kct{n}{body['meterId']}", 20))})
            tokens.append({"index": str(len(tokens) + 1), "type": "CREDIT",
                           "token": _spaced(_digits(body["itemId"], meter["digits"]))})
        kobo = _kobo(body["amount"])
        charge = 2500_00 if kobo > 5000_00 else 0
        kwh = f"{(kobo - charge) / 100 / 16.11:.2f}"
        answer: dict[str, Any] = {
            "responseCode": "00", "responseMessage": "SUCCESS", "responseDate": _now(),
            "rrr": rrr, "amount": body["amount"], "itemTypeId": body["itemTypeId"],
            "meterno": body["meterId"], "payerEmail": body.get("payerEmail", meter["email"]),
            "payerPhoneNumber": body.get("payerPhoneNumber", meter["phone"]),
            "payerName": body.get("payerName", meter["name"]), "itemId": body["itemId"],
            "terminalId": body["terminalId"], "scId": body["scId"], "tokenData": tokens,
        }
        if meter["type"] == "PREPAID":
            rnd = []
            if charge:
                rnd.append({"description": "Maintenance Fee For Single Phase Customers.",
                            "amount": "2,500.00", "taxAmount": "125.00", "kind": "FIXED_CHARGE"})
            answer["paymentData"] = {"tIndex": "R2-1Q", "rate": "16.11", "rnd": rnd,
                                     "kwH": float(kwh), "cFee": 105, "sgc": "600045"}
        return answer

    def _lookup(self, api_key: str, where: str, value: str, meter_type: str) -> Reply:
        if api_key != self.api_key:
            return 200, self._error("04")
        rows = self.sql(f"SELECT body FROM payments WHERE {where}=? AND meter_type=?",
                        value, meter_type)
        if not rows:
            return 200, self._error("08")
        return 200, json.loads(rows[0]["body"])

    def by_item(self, req: Request, api_key: str, meter_type: str, item_id: str) -> Reply:
        return self._lookup(api_key, "item_id", item_id, meter_type)

    def by_reference(self, req: Request, api_key: str, meter_type: str, ref: str) -> Reply:
        return self._lookup(api_key, "rrr", ref, meter_type)
