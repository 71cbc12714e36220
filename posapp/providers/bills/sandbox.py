"""Bills-aggregator simulator following provider-docs/bills-aggregator.txt: form posts to one
processing URL, the hash checked with and without `ref`, the doc's shapes and codes.

Test numbers: DSTV smartcard 4122773388 (A A GEORGE, active) and 41320018196 (ARON A
VICTOR); StarTimes 20020018196; electricity meter 0100040261 (prepaid token); anything
else fails validation (B006). Wallet balance NGN 200,000: bigger totals get B007.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from posapp.providers.bills.client import request_hash
from posapp.providers.loopback import Reply, Request, SandboxServer

USERNAME = "sandbox-user"
TOKEN = "sandbox-agg-token"  # a public demo value, not a secret
EMAIL = "demo@posapp.invalid"
PATH = "/api/processing"

PRODUCTS: dict[str, list[dict[str, Any]]] = {
    "tv": [
        {"product_id": "BPD-NGCA-AQA", "name": "DSTV", "hasProductList": True,
         "hasValidation": False, "openRange": False},
        {"product_id": "BPD-NGCA-AQC", "name": "GOTV", "hasProductList": True,
         "hasValidation": False, "openRange": False},
        {"product_id": "BPD-NGCA-AWA", "name": "StarTimes", "hasProductList": False,
         "hasValidation": True, "openRange": True, "min_denomination": 1000,
         "max_denomination": 50000, "step": 1},
    ],
    "electricity": [
        {"product_id": "BPE-NGCABIA-OR", "name": "Ibadan Electricity Prepaid",
         "hasProductList": False, "hasValidation": True, "openRange": True,
         "min_denomination": 500, "max_denomination": 100000, "step": 1},
    ],
    "waec": [
        {"product_id": "BPM-NGCA-ASA", "name": "WAEC Result Checker", "hasProductList": True,
         "hasValidation": False, "openRange": False},
    ],
}
PLANS: dict[str, list[dict[str, str]]] = {
    "BPD-NGCA-AQA": [
        {"plan_id": "BPD-DSTV-921", "name": "Premium", "price": "18400", "currency": "NGN"},
        {"plan_id": "BPD-DSTV-931", "name": "Compact Plus", "price": "12400", "currency": "NGN"},
        {"plan_id": "BPD-DSTV-941", "name": "Compact ", "price": "7900", "currency": "NGN"},
        {"plan_id": "BPD-DSTV-951", "name": "Confam", "price": "4615", "currency": "NGN"},
        {"plan_id": "BPD-DSTV-961", "name": "Yanga", "price": "2565", "currency": "NGN"},
        {"plan_id": "BPD-DSTV-971", "name": "Padi", "price": "1850", "currency": "NGN"},
    ],
    "BPD-NGCA-AQC": [
        {"plan_id": "BPD-GOTV-11", "name": "GOtv Max", "price": "4850", "currency": "NGN"},
        {"plan_id": "BPD-GOTV-12", "name": "GOtv Jolli", "price": "3300", "currency": "NGN"},
        {"plan_id": "BPD-GOTV-13", "name": "GOtv Smallie", "price": "1100", "currency": "NGN"},
    ],
    "BPM-NGCA-ASA": [
        {"plan_id": "700", "name": "WAEC result checker PIN", "price": "700", "currency": "NGN"},
        {"plan_id": "2100", "name": "3 WAEC result checker PINs", "price": "2100",
         "currency": "NGN"},
    ],
}
CUSTOMERS = {
    "4122773388": ("A A", "GEORGE", "Active"),
    "41320018196": ("ARON A", "VICTOR", "Active"),
    "20020018196": ("CHIOMA", "EZE", "Active"),
    "0100040261": ("IBRAHIM", "ADEYEMI", "Active"),
}
DISCOUNT = {"tv": 1.0, "electricity": 0.98, "waec": 1.0}


def _digits(seed: str, n: int) -> str:
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


class AggregatorSandbox(SandboxServer):
    provider = "aggregator"

    def __init__(self, port: int = 0, state_path: str = ":memory:", *,
                 balance_naira: int = 200_000) -> None:
        self.balance = balance_naira
        self.pay_requests: list[str] = []  # refs of valid payment requests, in arrival order
        super().__init__(port, state_path)

    @property
    def url(self) -> str:
        return self.base_url + PATH

    def setup(self) -> None:
        self.sql("CREATE TABLE IF NOT EXISTS payments (ref TEXT PRIMARY KEY, request TEXT, "
                 "body TEXT, created REAL)")
        self.route("POST", PATH, "any", self.process)

    def fault_target(self, req: Request, route_target: str) -> str:
        """One URL serves every operation: a fault targets what the form asks for."""
        form = req.form()
        if "ref" in form and ("plan" in form or "amount" in form):
            return "pay"
        return "validate" if "validate" in form else "enquiry"

    def fault_code_reply(self, code: str) -> Reply:
        from posapp.providers.bills.client import CODES

        return 200, {"response": code or "PENDING",
                     "message": CODES.get(code, ("Transaction not processed",))[0]}

    def vend_count(self) -> int:
        return int(self.sql("SELECT count(*) FROM payments")[0][0])

    def payments(self) -> list[dict[str, Any]]:
        return [json.loads(r["body"]) for r in self.sql("SELECT body FROM payments ORDER BY created")]

    @staticmethod
    def _err(code: str, message: str) -> Reply:
        return 200, {"response": code, "message": message}

    def process(self, req: Request) -> Reply:
        form = req.form()
        ref = form.get("ref", "")
        if form.get("username") != USERNAME or form.get("hash") != request_hash(
                TOKEN, EMAIL, USERNAME, ref):
            return self._err("B001", "Authentication Failed")
        category = form.get("category", "")
        if category not in PRODUCTS:
            return self._err("B004", "Invalid request")
        product = form.get("product")
        if not product:
            return 200, {"response": "OK", "result": PRODUCTS[category]}
        info = next((p for p in PRODUCTS[category] if p["product_id"] == product), None)
        if info is None:
            return self._err("B004", "Invalid request")
        number = form.get("number", "")
        if "validate" in form:
            who = CUSTOMERS.get(form["validate"])
            if who is None:
                return self._err("B006", "Validation failed")
            return 200, {"response": "OK", "result": {"name": f"{who[0]} {who[1]}",
                                                       "number": form["validate"]}}
        if ref and ("plan" in form or "amount" in form):
            return self._pay(form, category, info)
        if product not in PLANS:
            return self._err("B005", "Product has no plan in this category")
        answer: dict[str, Any] = {"plans": PLANS[product]}
        if number:
            who = CUSTOMERS.get(number)
            if who is None:
                return self._err("B006", "Validation failed")
            first = PLANS[product][-1]
            answer = {"first_name": who[0], "last_name": who[1], "status": who[2],
                      "primary_product_id": first["plan_id"],
                      "primary_product_name": first["name"],
                      "primary_product_price": f"{first['price']}.00",
                      "primary_product_currency": "NGN", **answer}
        return 200, answer

    def _pay(self, form: dict[str, str], category: str, info: dict[str, Any]) -> Reply:
        ref = form["ref"]
        with self._lock:
            self.pay_requests.append(ref)
            prior = self.sql("SELECT request, body FROM payments WHERE ref=?", ref)
            if prior:
                if json.loads(prior[0]["request"]) != form:
                    return self._err("B004", "Invalid request")
                return 200, json.loads(prior[0]["body"])
            if info["openRange"]:
                amount_text = form.get("amount", "")
                if not amount_text.isdigit():
                    return self._err("B008", "Invalid Amount")
                amount = int(amount_text)
                if not info["min_denomination"] <= amount <= info["max_denomination"]:
                    return self._err("B008", "Invalid Amount")
            else:
                plan = next((p for p in PLANS.get(info["product_id"], [])
                             if p["plan_id"] == form.get("plan")), None)
                if plan is None:
                    return self._err("B004", "Invalid request")
                amount = int(plan["price"])
            if info["hasValidation"] and form.get("number") not in CUSTOMERS:
                return self._err("B006", "Validation failed")
            if amount > self.balance:
                return self._err("B007", "Insufficient Balance")
            self.balance -= amount
            seq = self.vend_count() + 1
            body: dict[str, Any] = {"response": "OK", "transaction_id": f"5a{seq:04d}{ref[-5:]}",
                                    "discounted_amount": str(int(amount * DISCOUNT[category])),
                                    "message": "Payment was successful"}
            if category == "electricity":
                kwh = amount / 21.65
                body["pin_code"] = _digits(ref, 20)
                body["pin_message"] = (f"Operator Message : {kwh:.1f}KWh at N21.65 per KWh; "
                                       f"Account : {form.get('number')}; Receipt No : "
                                       f"{_digits(ref + 'r', 7)}; Transaction ID :"
                                       f"{time.strftime('%Y%m%d%H%M%S')}~{seq}")
            if category == "waec":
                count = max(1, amount // 700)
                body["pins"] = [{"serialNumber": f"WRN{_digits(ref + str(n), 9)}",
                                 "pin": _digits(ref + 'pin' + str(n), 12), "expiresOn": None}
                                for n in range(count)]
            self.sql("INSERT INTO payments VALUES (?,?,?,?)", ref, json.dumps(form),
                     json.dumps(body), time.time())
        return 200, body
