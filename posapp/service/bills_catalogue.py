"""The bills aggregator's products and plans, cached in the journal so the cashier can
pick from them offline; refreshed on request, with the cache as the fallback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from posapp.domain.errors import InDoubt, NotDelivered
from posapp.domain.money import Money
from posapp.providers.aggregator import BillsAggregator, Plan, ProductInfo
from posapp.store.journal import Journal


class BillsCatalogue:
    def __init__(self, journal: Journal, client: Callable[[], BillsAggregator],
                 set_online: Callable[[bool], None]) -> None:
        self.journal = journal
        self.client = client
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

    def options(self, category: str, *, refresh: bool = False) -> list[ProductInfo]:
        rows = self._cached(f"products:{category}", "product list", lambda: [
            _product_json(p) for p in self.client().products(category)], refresh)
        return [_product_from_json(d) for d in rows]

    def plans(self, category: str, option_id: str, *, refresh: bool = False) -> list[Plan]:
        def fetch() -> list[dict[str, Any]]:
            found = self.client().plans(category, option_id)
            return [{"plan_id": p.plan_id, "name": p.name, "price_minor": p.price.minor}
                    for p in found.plans]

        rows = self._cached(f"plans:{option_id}", "plan list", fetch, refresh)
        return [Plan(d["plan_id"], d["name"], Money(d["price_minor"], "NGN")) for d in rows]


def _product_json(p: ProductInfo) -> dict[str, Any]:
    return {"product_id": p.product_id, "name": p.name, "has_product_list": p.has_product_list,
            "has_validation": p.has_validation, "open_range": p.open_range,
            **{k: getattr(p, k).minor for k in ("minimum", "maximum", "step")
               if getattr(p, k) is not None}}


def _product_from_json(d: dict[str, Any]) -> ProductInfo:
    money = {k: Money(d[k], "NGN") for k in ("minimum", "maximum", "step") if k in d}
    return ProductInfo(d["product_id"], d["name"], d["has_product_list"], d["has_validation"],
                       d["open_range"], **money)
