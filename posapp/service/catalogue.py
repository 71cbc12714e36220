"""A vendor's own product lists and plans (DSTV, GOTV... and their prices), cached in the
journal so the cashier can pick from them offline; refreshed on request, with the cache as
the fallback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from posapp.domain.errors import ConfigError, InDoubt, NotDelivered
from posapp.domain.money import Money
from posapp.domain.product import Option, Plan, Product
from posapp.providers.base import Catalogued
from posapp.service.clients import Clients
from posapp.store.journal import Journal


class Catalogue:
    def __init__(self, journal: Journal, clients: Clients,
                 set_online: Callable[[bool], None]) -> None:
        self.journal = journal
        self.clients = clients
        self._set_online = set_online

    def _cached(self, key: str, what: str, fetch: Callable[[], list[dict[str, Any]]],
                refresh: bool) -> list[dict[str, Any]]:
        cached = self.journal.cache_get(key)
        if cached is not None and not refresh:
            return list(cached[0])
        try:
            found = fetch()
        except (NotDelivered, InDoubt) as exc:
            self._set_online(False)
            if cached is None:
                raise NotDelivered(f"The {what} cannot be fetched and none is saved yet. "
                                   "Check the network.", exc.detail) from exc
            return list(cached[0])
        self._set_online(True)
        self.journal.cache_put(key, found)
        return found

    def _vendor(self, product: Product) -> Catalogued:
        vendor = self.clients.vendor(product.provider)
        if not (hasattr(vendor, "options") and hasattr(vendor, "plans")):
            raise ConfigError("This product has no list to choose from.", product.key)
        return cast(Catalogued, vendor)

    def options(self, product: Product, *, refresh: bool = False) -> list[Option]:
        vendor = self._vendor(product)
        key = f"products:{product.params.get('category', product.key)}"
        rows = self._cached(key, "product list", lambda: [
            _option_json(o) for o in vendor.options(product)], refresh)
        return [_option_from_json(d, product.currency) for d in rows]

    def plans(self, product: Product, option_id: str, *, refresh: bool = False) -> list[Plan]:
        vendor = self._vendor(product)

        def fetch() -> list[dict[str, Any]]:
            return [{"plan_id": p.plan_id, "name": p.name, "price_minor": p.price.minor}
                    for p in vendor.plans(product, option_id)]

        rows = self._cached(f"plans:{option_id}", "plan list", fetch, refresh)
        return [Plan(d["plan_id"], d["name"], Money(d["price_minor"], product.currency))
                for d in rows]


def _option_json(o: Option) -> dict[str, Any]:
    return {"product_id": o.product_id, "name": o.name, "has_product_list": o.has_product_list,
            "has_validation": o.has_validation, "open_range": o.open_range,
            **{k: getattr(o, k).minor for k in ("minimum", "maximum", "step")
               if getattr(o, k) is not None}}


def _option_from_json(d: dict[str, Any], currency: str) -> Option:
    money = {k: Money(d[k], currency) for k in ("minimum", "maximum", "step") if k in d}
    return Option(d["product_id"], d["name"], d["has_product_list"], d["has_validation"],
                  d["open_range"], **money)
