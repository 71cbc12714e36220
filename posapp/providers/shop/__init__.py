"""The shop's own goods: no provider to ask, so the "vend" is the receipt itself. With a
collector as the tender this is the plain "collect payment" of DESIGN.md (a collection
alone); with cash it is a simple till sale. Sold through the same journal, reports and
receipts as every other sale."""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Any

from posapp.domain.money import Money
from posapp.domain.product import Option, Product
from posapp.domain.sale import Customer, VendResult
from posapp.domain.settings import Setting, amount_check
from posapp.providers.base import ProviderPackage, SandboxRun, SecretGetter, Settings, VendOrder

NAME = "shop"
CURRENCIES = ("NGN", "RWF", "XAF", "USD")



SETTINGS = (
    Setting("shop.goods", bool, False, "Offer 'Goods / collect payment' in the sale menu"),
    Setting("shop.currency", str, "NGN", "Currency of goods sales: NGN, RWF, XAF or USD",
            check=lambda v: "" if v in CURRENCIES else f"one of {', '.join(CURRENCIES)}"),
    Setting("shop.max_amount", str, "1000000", "Largest goods sale, in the shop's currency",
            check=amount_check(*CURRENCIES)),
    Setting("shop.also_in", list, [], "Other currencies goods are sold in (e.g. RWF,XAF): "
            "one menu entry each, so each currency's mobile money and card show",
            check=lambda v: "" if all(c in CURRENCIES for c in v) else
            f"each one of {', '.join(CURRENCIES)}"),
)


class ShopVendor:
    """Vends locally and at once: nothing leaves the terminal, so nothing is ever in doubt."""

    name = NAME
    has_enquiry = True

    def new_key(self, terminal_id: str) -> str:
        return f"{terminal_id}-G{time.strftime('%y%m%d%H%M%S')}{secrets.randbelow(10**6):06d}"

    def lookup(self, product: Product, account: str, option: Option | None = None
               ) -> Customer:
        return Customer(account, "")

    def request(self, order: VendOrder) -> dict[str, Any]:
        return {"key": order.key, "amount_minor": order.amount.minor,
                "currency": order.amount.currency}

    def check_request(self, request: dict[str, Any]) -> None:
        return None

    def vend(self, request: dict[str, Any]) -> VendResult:
        return VendResult(provider_ref=str(request["key"]))

    enquire = vend


def products(settings: Settings) -> list[Product]:
    if not settings.get("shop.goods"):
        return []
    currency = str(settings.get("shop.currency"))
    most = str(settings.get("shop.max_amount"))
    goods = [Product("shop.goods", "Goods / collect payment", NAME, currency, None, False,
                     "SALE", "F11", max_amount=Money.parse(most, currency))]
    for other in settings.get("shop.also_in") or ():
        if other != currency:
            goods.append(Product(f"shop.goods.{other}", f"Goods / collect payment ({other})",
                                 NAME, other, None, False, "SALE", "",
                                 max_amount=Money.parse(most, other)))
    return goods


def build(settings: Settings, secret: SecretGetter) -> ShopVendor:
    return ShopVendor()


def _demo(home: Path, port: int = 0) -> SandboxRun:
    # The demo sells goods in all three countries' money, so every collector shows.
    return SandboxRun(None, {"shop.goods": True, "shop.also_in": ["RWF", "XAF"]}, {})


PACKAGE = ProviderPackage(
    name=NAME, title="Shop", role="vendor", settings=SETTINGS, secrets=(), build=build,
    enabled=lambda s: bool(s.get("shop.goods")), products=products, sandbox=_demo,
    ref_label="Sale ref")
