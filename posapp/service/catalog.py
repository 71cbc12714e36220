"""What the counter sells, and which provider vends it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    key: str
    label: str
    provider: str
    meter_type: str
    item_type_id: str
    gives_token: bool
    account_label: str
    shortcut: str
    category: str = ""  # the aggregator's category (tv, electricity, waec)


PRODUCTS: dict[str, Product] = {
    p.key: p
    for p in (
        Product("efactory.prepaid", "Electricity prepaid", "efactory", "PREPAID", "389", True,
                "Meter number", "F1"),
        Product("efactory.postpaid", "Electricity bill (postpaid)", "efactory", "POSTPAID", "389",
                False, "Account number", "F2"),
        Product("agg.tv", "TV subscription", "aggregator", "", "", False,
                "Smartcard / IUC number", "F3", "tv"),
        Product("agg.waec", "Exam PINs", "aggregator", "", "", True, "", "F4", "waec"),
        Product("agg.electricity", "Electricity (bills service)", "aggregator", "PREPAID", "",
                True, "Meter number", "F7", "electricity"),
        Product("efactory.reconnection", "Reconnection fee", "efactory", "POSTPAID", "789", False,
                "Account number", ""),
        Product("efactory.new_meter", "New meter payment", "efactory", "POSTPAID", "799", False,
                "Account number", ""),
    )
}


def offered(item_type_ids: list[str], categories: list[str]) -> list[Product]:
    """The products this terminal is set up for, in menu order."""
    wanted = set(item_type_ids)
    out = []
    for p in PRODUCTS.values():
        if p.provider == "efactory" and p.item_type_id in wanted:
            out.append(p)
        elif p.provider == "aggregator" and p.category in categories:
            out.append(p)
    return out
