"""Builds tests/legacy/v2/ (journal + config) with posapp's code as it shipped at schema 2
(commit 0eb5c83). Run once from a checkout of that commit:

    git worktree add /tmp/v2 0eb5c83
    cd /tmp/v2 && PYTHONPATH=/tmp/v2:SITE_PACKAGES python -S /path/to/tests/legacy/make_v2.py OUT

The result is committed; tests/test_upgrade.py opens it with today's code."""

import sys
import time
from pathlib import Path

from posapp.config import Config
from posapp.domain.money import Money
from posapp.providers.bills import sandbox as ags
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.providers.testpay.sandbox import TestWalletSandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter

home = Path(sys.argv[1])
home.mkdir(parents=True, exist_ok=True)


def config_for(ef_url: str, bills_url: str, wallet_url: str) -> Config:
    c = Config(home)
    c.set("efactory.base_url", ef_url)
    c.set("efactory.item_type_ids", ["389", "789", "799"])
    c.set("efactory.read_timeout", 2.0)
    c.set("terminal.terminal_id", "DEMO0001")
    c.set("terminal.shop_name", "Old Shop")
    c.set("aggregator.url", bills_url)
    c.set("aggregator.username", ags.USERNAME)
    c.set("aggregator.email", ags.EMAIL)
    c.set("testpay.base_url", wallet_url)
    c.set("shop.goods", True)
    return c


with EFactorySandbox() as ef, ags.AggregatorSandbox() as bills, TestWalletSandbox() as wallet:
    secrets = MemorySecrets({"efactory.api_key": ef.api_key,
                             "efactory.auth_token": ef.auth_token, "aggregator.token": ags.TOKEN})
    config = config_for(ef.base_url, bills.url, wallet.base_url)
    config.save()
    counter = Counter(config, secrets)
    counter.add_user("owner", "supervisor", "1234", "setup")
    counter.add_user("ada", "cashier", "5555", "owner")
    counter.sell("efactory.prepaid", "04223568917", Money.parse("7500", "NGN"), cashier="ada")
    paid = counter.sell("shop.goods", "", Money.parse("2500", "NGN"), tender="testpay.wallet",
                        phone="08030000007")
    deadline = time.time() + 20
    while counter.sale(paid.id).state not in ("VENDED", "PRINTED") and time.time() < deadline:
        counter.settle(paid.id)
        time.sleep(0.3)
    counter.close_report("shift", "owner")
    counter.stop()
offline = Counter(config_for("http://127.0.0.1:9", "http://127.0.0.1:9", "http://127.0.0.1:9"),
                  secrets)
queued = offline.sell("efactory.postpaid", "1010101010", Money.parse("1000", "NGN"))
print("built", home, "queued", queued.receipt_no, queued.state)
offline.stop()
