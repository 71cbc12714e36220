# ruff: noqa: I001  (imports of the old tree this script runs against)
"""Builds tests/legacy/v1/ (journal + config) with posapp's code as it shipped at schema 1
(commit c287886). Run once from a checkout of that commit:

    git worktree add /tmp/v1 c287886
    cd /tmp/v1 && PYTHONPATH=/tmp/v1:SITE_PACKAGES python -S /path/to/tests/legacy/make_v1.py OUT_DIR

The result is committed; tests/test_upgrade.py opens it with today's code."""

import sys
from pathlib import Path

from posapp.config import Config
from posapp.domain.money import Money
from posapp.sandbox import aggregator as ags
from posapp.sandbox.efactory import EFactorySandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.service.users import add_user

home = Path(sys.argv[1])
home.mkdir(parents=True, exist_ok=True)


def config_for(ef_url: str, bills_url: str) -> Config:
    c = Config(home)
    c.set("efactory.base_url", ef_url)
    c.set("efactory.item_type_ids", ["389", "789", "799"])
    c.set("efactory.read_timeout", 2.0)
    c.set("terminal.terminal_id", "DEMO0001")
    c.set("terminal.shop_name", "Old Shop")
    c.set("aggregator.url", bills_url)
    c.set("aggregator.username", ags.USERNAME)
    c.set("aggregator.email", ags.EMAIL)
    return c


with EFactorySandbox() as ef, ags.AggregatorSandbox() as bills:
    secrets = MemorySecrets({"efactory.api_key": ef.api_key,
                             "efactory.auth_token": ef.auth_token, "aggregator.token": ags.TOKEN})
    config = config_for(ef.base_url, bills.url)
    config.save()
    counter = Counter(config, secrets)
    add_user(counter.journal, "owner", "supervisor", "1234", "setup")
    add_user(counter.journal, "ada", "cashier", "5555", "owner")
    counter.sell("efactory.prepaid", "04223568917", Money.parse("7500", "NGN"), cashier="ada")
    option = next(o for o in counter.options("agg.waec"))
    plan = counter.plans("agg.waec", option.product_id)[-1]
    counter.sell("agg.waec", "", plan.price, option_id=option.product_id, plan_id=plan.plan_id)
    counter.close_report("shift", "owner")
    counter.stop()
offline = Counter(config_for("http://127.0.0.1:9", "http://127.0.0.1:9"), secrets)
queued = offline.sell("efactory.postpaid", "1010101010", Money.parse("1000", "NGN"))
print("built", home, "queued", queued.receipt_no, queued.state)
offline.stop()
