"""EkoloPay Collect simulator, following provider-docs/ekolopay-collect.txt: paths under
/api/v1/gateway, x-www-form-urlencoded bodies, `api_client` in the query and `secret_key`
in the body checked on every call, the `response` envelope with API_RESPONSE_CODE 200 / 0,
and a hosted page at /purchase-product/{purchaseToken}.

Test data (public demo values, the doc's own): api_client "demo", secret_key
"054e9a59-ab57-4e9a-940d-97e6b940d875"; the doc's customer phone "066304925". Any phone of
8 to 15 digits is a customer. The customer pays:
  - on the hosted page: GET shows Pay / Decline buttons, POST action=pay|decline;
  - by POST /_sandbox/pay/{purchaseToken} {"approve": true|false} (tests, training), or
    {"status": "FAILED"|"REJECTED"|"TIMEOUT"|"SUCCESS"|"SUCCESSFUL"} for any doc status;
  - with `auto_approve` seconds set (the demo), on the first check-payment after that
    long: a phone ending in 9 is REJECTED, one ending in 0 never answers, others pay.
A decided token never changes again (paying twice, or declining after paying, does nothing).
purchase-token makes a new token on every call, as the doc's API has no client reference.

check-payment answers the doc's shape, `{"payment_successful": bool}`; with
`status_in_check=True` it also carries the callback's `status` and `message`.

Faults: the shared switches (targets "pay" = purchase-token, "enquiry" = check-payment,
"page", "control"); `unavailable` answers the doc's UNAVAILABLE_SERVICE body (HTTP
`unavailable_status`), and so does every API call while the attribute `unavailable` is True;
`code` answers the envelope with API_RESPONSE_CODE = the given code.
"""

from __future__ import annotations

import html
import json
import re
import secrets
import time
from typing import Any

from posapp.providers.loopback import Fault, Handler, Reply, Request, SandboxServer

API_CLIENT = "demo"
SECRET_KEY = "054e9a59-ab57-4e9a-940d-97e6b940d875"  # the doc's demo value, not a secret
DEMO_PHONE = "066304925"
GATEWAY = "/api/v1/gateway"
PAGE = "/purchase-product"
UNAVAILABLE_BODY = {"code": 0, "message": "Service indisponible", "reason": "UNAVAILABLE_SERVICE"}
MESSAGES = {
    "SUCCESS": "Paiement réussi.", "SUCCESSFUL": "Paiement réussi.",
    "FAILED": "Le paiement a échoué.", "REJECTED": "Le paiement est rejeté.",
    "TIMEOUT": "Le temps d'attente de paiement est dépassé.",
}
PAID = ("SUCCESS", "SUCCESSFUL")


def ok(api_data: dict[str, Any]) -> Reply:
    return 200, {"response": {"API_RESPONSE_CODE": 200,
                              "API_RESPONSE_DATA": {"API_DATA": api_data}}}


def failed(clear_message: str) -> Reply:
    return 200, {"response": {"API_RESPONSE_CODE": 0,
                              "API_RESPONSE_DATA": {"clearMessage": clear_message}}}


class EkoloPaySandbox(SandboxServer):
    provider = "ekolopay"

    def __init__(self, port: int = 0, state_path: str = ":memory:", *,
                 auto_approve: float = 0.0, status_in_check: bool = False) -> None:
        self.auto_approve = auto_approve
        self.status_in_check = status_in_check
        self.unavailable = False  # every API call answers UNAVAILABLE_SERVICE while True
        self.unavailable_status = 200
        self.api_client = API_CLIENT
        self.secret_key = SECRET_KEY
        super().__init__(port, state_path)

    def setup(self) -> None:
        self.sql("CREATE TABLE IF NOT EXISTS purchases (token TEXT PRIMARY KEY, amount INTEGER, "
                 "product TEXT, customer TEXT, status TEXT, created REAL, checks INTEGER)")
        self.route("POST", GATEWAY + r"/purchase-token", "pay", self._api(self.purchase_token))
        self.route("POST", GATEWAY + r"/check-payment", "enquiry", self._api(self.check_payment))
        self.route("GET", PAGE + r"/([^/]+)", "page", self.page)
        self.route("POST", PAGE + r"/([^/]+)", "page", self.page_post)
        self.route("POST", r"/_sandbox/pay/([^/]+)", "control", self.control)

    # -- shared rules -------------------------------------------------------------------

    def _api(self, handler: Handler) -> Handler:
        """NOTEZ BIEN first, then the credentials, then the operation."""

        def wrapped(req: Request) -> Reply:
            if self.unavailable:
                return self.unavailable_status, dict(UNAVAILABLE_BODY)
            if req.query.get("api_client", [""])[-1] != self.api_client:
                return failed("Client API inconnu.")
            if "urlencoded" not in req.headers.get("content-type", ""):
                return failed("Le corps doit être x-www-form-urlencoded.")
            form = req.form()
            if not secrets.compare_digest(form.get("secret_key", ""), self.secret_key):
                return failed("Clé secrète invalide.")
            return handler(form)

        return wrapped

    def _faulted(self, fault: Fault, handler: Handler, req: Request,
                 m: re.Match[str]) -> Reply:
        if fault.mode == "unavailable":  # the doc's own answer, not a bare 503
            return self.unavailable_status, dict(UNAVAILABLE_BODY)
        return super()._faulted(fault, handler, req, m)

    def fault_code_reply(self, code: str) -> Reply:
        value: Any = int(code) if code.lstrip("-").isdigit() else code
        return 200, {"response": {"API_RESPONSE_CODE": value,
                                  "API_RESPONSE_DATA": {"clearMessage": "Code forcé."}}}

    def _row(self, token: str) -> Any:
        rows = self.sql("SELECT * FROM purchases WHERE token=?", token)
        return rows[0] if rows else None

    def _decide(self, token: str, status: str) -> bool:
        """Set a pending token's final status; False when it was unknown or decided."""
        with self._lock:
            row = self._row(token)
            if row is None or row["status"] != "PENDING":
                return False
            self.sql("UPDATE purchases SET status=? WHERE token=?", status, token)
            return True

    # -- the doc's operations -----------------------------------------------------------

    def purchase_token(self, form: dict[str, str]) -> Reply:
        amount = form.get("amount", "")
        if not (amount.isascii() and amount.isdigit()) or int(amount) <= 0:
            return failed("Montant invalide.")
        try:
            product = json.loads(form.get("product", ""))
            customer = json.loads(form.get("customer", ""))
        except ValueError:
            return failed("Produit ou client invalide.")
        if not isinstance(product, dict) or not str(product.get("label") or "").strip():
            return failed("Libellé de la commande manquant.")
        if "amount" in product and product["amount"] != int(amount):
            return failed("Le montant du produit ne correspond pas.")
        phone = customer.get("phone") if isinstance(customer, dict) else None
        if not isinstance(phone, str) or not re.fullmatch(r"[0-9]{8,15}", phone):
            return failed("Téléphone du client invalide.")
        token = secrets.token_hex(16)
        self.sql("INSERT INTO purchases VALUES (?,?,?,?,?,?,?)", token, int(amount),
                 json.dumps(product), json.dumps(customer), "PENDING", time.time(), 0)
        return ok({"purchaseToken": token})

    def check_payment(self, form: dict[str, str]) -> Reply:
        token = form.get("purchaseToken", "")
        with self._lock:
            row = self._row(token)
            if row is None:
                return failed("Token d'achat inconnu.")
            self.sql("UPDATE purchases SET checks=checks+1 WHERE token=?", token)
            if (row["status"] == "PENDING" and self.auto_approve
                    and time.time() - row["created"] >= self.auto_approve):
                phone = str(json.loads(row["customer"]).get("phone", ""))
                if not phone.endswith("0"):
                    self._decide(token, "REJECTED" if phone.endswith("9") else "SUCCESS")
            status = str(self._row(token)["status"])
        answer: dict[str, Any] = {"payment_successful": status in PAID}
        if self.status_in_check and status != "PENDING":
            answer.update(status=status, message=MESSAGES[status])
        return ok(answer)

    # -- the hosted page ----------------------------------------------------------------

    def page(self, req: Request, token: str) -> Reply:
        row = self._row(token)
        if row is None:
            return 404, b"<html><body><h1>Token d'achat inconnu</h1></body></html>"
        product = json.loads(row["product"])
        label = html.escape(str(product.get("label", "")))
        if row["status"] != "PENDING":
            return 200, self._html(f"<p>{label}: {html.escape(MESSAGES[row['status']])}</p>")
        return 200, self._html(
            f"<p>{label}</p><p><b>{row['amount']} XAF</b></p>"
            f'<form method="post" action="{PAGE}/{html.escape(token)}">'
            '<button name="action" value="pay">Payer</button> '
            '<button name="action" value="decline">Refuser</button></form>')

    def page_post(self, req: Request, token: str) -> Reply:
        action = req.form().get("action", "")
        if action not in ("pay", "decline"):
            return 400, self._html("<p>Action inconnue.</p>")
        if self._row(token) is None:
            return 404, b"<html><body><h1>Token d'achat inconnu</h1></body></html>"
        self._decide(token, "SUCCESS" if action == "pay" else "REJECTED")
        return 200, self._html(f"<p>{html.escape(MESSAGES[self.state(token)])}</p>")

    @staticmethod
    def _html(body: str) -> bytes:
        # The shared server sends text/html without a charset: character references only.
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>EkoloPay "
                f"(sandbox)</title></head><body><h1>EkoloPay</h1>{body}</body></html>"
                ).encode("ascii", "xmlcharrefreplace")

    # -- control, for tests and training ------------------------------------------------

    def control(self, req: Request, token: str) -> Reply:
        """POST /_sandbox/pay/{token} {"approve": bool} or {"status": one of the doc's}."""
        spec = req.json()
        status = spec.get("status") or ("SUCCESS" if spec.get("approve", True) else "REJECTED")
        if status not in MESSAGES:
            return 400, {"error": f"status one of {sorted(MESSAGES)}"}
        if self._row(token) is None:
            return 404, {"error": "unknown purchaseToken"}
        changed = self._decide(token, status)
        return 200, {"purchaseToken": token, "status": self.state(token), "changed": changed}

    def pay(self, token: str, approve: bool = True) -> bool:
        """The same as the control endpoint, for tests in this process."""
        return self._decide(token, "SUCCESS" if approve else "REJECTED")

    def state(self, token: str) -> str:
        row = self._row(token)
        return str(row["status"]) if row else ""

    def purchase(self, token: str) -> dict[str, Any]:
        """A stored purchase as the sandbox saw it (tests)."""
        row = self._row(token)
        return dict(row) if row else {}
