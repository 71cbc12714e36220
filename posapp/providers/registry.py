"""Every provider package this counter knows, in menu order. Adding a provider is a new
folder under posapp/providers/, one line here, and its tests."""

from __future__ import annotations

from posapp.providers import bills, efactory, ekolopay, interswitch, kpay, shop, testpay
from posapp.providers.base import ProviderPackage

PACKAGES: tuple[ProviderPackage, ...] = (
    efactory.PACKAGE,
    bills.PACKAGE,
    interswitch.PACKAGE,
    shop.PACKAGE,
    kpay.PACKAGE,
    ekolopay.PACKAGE,
    testpay.PACKAGE,
)
BY_NAME = {p.name: p for p in PACKAGES}
