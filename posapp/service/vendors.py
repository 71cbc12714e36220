"""Adapters that give every vending provider the same two verbs: vend and enquire.

A new provider plugs in here with its own idempotency key and its own enquiry
(or `has_enquiry = False`, which sends in-doubt sales to a supervisor).
"""

from __future__ import annotations

import secrets
import time
from typing import Any, Protocol

from posapp.domain.errors import InputError
from posapp.domain.money import Money
from posapp.domain.sale import Customer, VendResult
from posapp.providers.aggregator import BillsAggregator, Plan, ProductInfo
from posapp.providers.efactory import EFactory, PaymentRequest
from posapp.service.catalog import Product


class Vendor(Protocol):
    name: str
    has_enquiry: bool

    def new_key(self, terminal_id: str) -> str: ...

    def request(self, product: Product, account: str, amount: Money, key: str,
                customer: Customer | None, option: ProductInfo | None = None,
                plan: Plan | None = None) -> dict[str, Any]: ...

    def lookup(self, product: Product, account: str, option: ProductInfo | None = None
               ) -> Customer: ...

    def vend(self, request: dict[str, Any]) -> VendResult: ...

    def enquire(self, request: dict[str, Any]) -> VendResult: ...


class EFactoryVendor:
    """eFactory: key is `itemId`; enquiry by item id (UNKNOWN PAYMENT REFERENCE allows a resend)."""

    name = "efactory"
    has_enquiry = True

    def __init__(self, client: EFactory) -> None:
        self.client = client

    def new_key(self, terminal_id: str) -> str:
        # 20 digits: time to the second, then random; unique enough across terminals,
        # and the journal's UNIQUE(provider, idem_key) catches the rest before sending.
        return time.strftime("%y%m%d%H%M%S") + f"{secrets.randbelow(10**8):08d}"

    def lookup(self, product: Product, account: str, option: ProductInfo | None = None
               ) -> Customer:
        return self.client.validate_meter(product.meter_type, account)

    def request(self, product: Product, account: str, amount: Money, key: str,
                customer: Customer | None, option: ProductInfo | None = None,
                plan: Plan | None = None) -> dict[str, Any]:
        return {
            "meter_type": product.meter_type, "meter_id": account,
            "item_type_id": product.item_type_id, "item_id": key,
            "amount_minor": amount.minor, "currency": amount.currency,
            "payer_name": customer.name if customer else "",
            "payer_phone": customer.phone if customer else "",
        }

    def _payment(self, r: dict[str, Any]) -> PaymentRequest:
        return PaymentRequest(r["meter_type"], r["meter_id"], r["item_type_id"], r["item_id"],
                              Money(int(r["amount_minor"]), r["currency"]),
                              payer_name=r.get("payer_name", ""),
                              payer_phone=r.get("payer_phone", ""))

    def vend(self, request: dict[str, Any]) -> VendResult:
        return self.client.pay(self._payment(request))

    def enquire(self, request: dict[str, Any]) -> VendResult:
        return self.client.enquire_by_item(request["meter_type"], request["item_id"])


class AggregatorVendor:
    """Bills aggregator: key is `ref`; no enquiry, so an in-doubt sale waits for a supervisor."""

    name = "aggregator"
    has_enquiry = False

    def __init__(self, client: BillsAggregator) -> None:
        self.client = client

    def new_key(self, terminal_id: str) -> str:
        return f"{terminal_id}-{time.strftime('%y%m%d%H%M%S')}-{secrets.randbelow(10**6):06d}"

    def lookup(self, product: Product, account: str, option: ProductInfo | None = None
               ) -> Customer:
        if option is None:
            raise InputError("Choose the product first.", product.key)
        if option.has_validation:
            return self.client.validate(product.category, option.product_id, account)
        if option.has_product_list:
            found = self.client.plans(product.category, option.product_id, account)
            if found.customer is not None:
                return found.customer
        return Customer(account, "")

    def request(self, product: Product, account: str, amount: Money, key: str,
                customer: Customer | None, option: ProductInfo | None = None,
                plan: Plan | None = None) -> dict[str, Any]:
        if option is None:
            raise InputError("Choose the product first.", product.key)
        return {"category": product.category, "product_id": option.product_id,
                "product_name": option.name, "number": account,
                "plan_id": plan.plan_id if plan else "", "plan_name": plan.name if plan else "",
                "amount_minor": amount.minor, "currency": amount.currency, "ref": key,
                "prepaid": product.category == "electricity",
                "customer_name": customer.name if customer else ""}

    def vend(self, request: dict[str, Any]) -> VendResult:
        amount = None if request["plan_id"] else Money(int(request["amount_minor"]),
                                                       request["currency"])
        return self.client.pay(request["category"], request["product_id"], request["ref"],
                               number=request["number"], plan=request["plan_id"],
                               amount=amount, prepaid=bool(request["prepaid"]))

    def enquire(self, request: dict[str, Any]) -> VendResult:
        raise NotImplementedError("the aggregator has no enquiry")


# Every vending provider by the name its sales carry.
VENDOR_TYPES: dict[str, type[EFactoryVendor] | type[AggregatorVendor]] = {
    EFactoryVendor.name: EFactoryVendor, AggregatorVendor.name: AggregatorVendor}
