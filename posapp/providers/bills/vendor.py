"""The bills aggregator as a vendor: the key is `ref`; there is no enquiry, so an in-doubt
sale waits for a supervisor. Its products and plans come from the provider's catalogue."""

from __future__ import annotations

import secrets
import time
from typing import Any

from posapp.domain.errors import ConfigError, InputError
from posapp.domain.money import Money
from posapp.domain.product import Option, Plan, Product
from posapp.domain.sale import Customer, VendResult
from posapp.providers.base import VendOrder
from posapp.providers.bills.client import BillsAggregator


class AggregatorVendor:
    name = "aggregator"
    has_enquiry = False

    def __init__(self, client: BillsAggregator) -> None:
        self.client = client

    def new_key(self, terminal_id: str) -> str:
        return f"{terminal_id}-{time.strftime('%y%m%d%H%M%S')}-{secrets.randbelow(10**6):06d}"

    # -- the catalogue (cached by the service) -------------------------------------------

    def options(self, product: Product) -> list[Option]:
        return self.client.products(product.params["category"])

    def plans(self, product: Product, option_id: str) -> list[Plan]:
        return list(self.client.plans(product.params["category"], option_id).plans)

    # -- selling ------------------------------------------------------------------------

    def lookup(self, product: Product, account: str, option: Option | None = None
               ) -> Customer:
        if option is None:
            raise InputError("Choose the product first.", product.key)
        category = product.params["category"]
        if option.has_validation:
            return self.client.validate(category, option.product_id, account)
        if option.has_product_list:
            found = self.client.plans(category, option.product_id, account)
            if found.customer is not None:
                return found.customer
        return Customer(account, "")

    def request(self, order: VendOrder) -> dict[str, Any]:
        """The journalled request: the whole form (hash included) and what the receipt
        names (product, plan, customer)."""
        option, plan, product = order.option, order.plan, order.product
        if option is None:
            raise InputError("Choose the product first.", product.key)
        category = product.params["category"]
        form = self.client.payment_form(
            category, option.product_id, order.key, number=order.account,
            plan=plan.plan_id if plan else "", amount=None if plan else order.amount,
            prepaid=category == "electricity")
        return {"category": category, "product_id": option.product_id,
                "product_name": option.name, "number": order.account,
                "plan_id": plan.plan_id if plan else "", "plan_name": plan.name if plan else "",
                "amount_minor": order.amount.minor, "currency": order.amount.currency,
                "ref": order.key,
                "customer_name": order.customer.name if order.customer else "", "body": form}

    def _form(self, request: dict[str, Any]) -> Any:
        """The journalled form; a sale journalled before schema 2 kept only its fields (and
        was signed at each send with the current credentials, as then)."""
        if "body" not in request and "ref" in request and "category" in request:
            plan = request.get("plan_id") or ""
            amount = None if plan else Money(int(request["amount_minor"]), request["currency"])
            return self.client.payment_form(
                request["category"], request["product_id"], request["ref"],
                number=request.get("number", ""), plan=plan, amount=amount,
                prepaid=bool(request.get("prepaid")))
        return request.get("body")

    def check_request(self, request: dict[str, Any]) -> None:
        form = self._form(request)
        if not isinstance(form, dict) or not self.client.hash_matches(form):
            raise ConfigError(
                "This sale was started with other bills-service credentials and cannot be "
                "sent again as it was. Call the technician; the sale is kept.",
                f"ref {request.get('ref')}: journalled form does not match the current "
                "username / token / email")

    def vend(self, request: dict[str, Any]) -> VendResult:
        self.check_request(request)
        return self.client.pay(self._form(request))

    def enquire(self, request: dict[str, Any]) -> VendResult:
        raise NotImplementedError("the aggregator has no enquiry")

