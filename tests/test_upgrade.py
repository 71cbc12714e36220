"""Upgrades keep the journal and the settings: journals built by the code that shipped each
earlier schema (tests/legacy/make_v*.py, run once on those commits) open with today's code,
migrate, and everything in them still works: tokens, users, reports, the queue."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from posapp.config import Config
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.store.journal import SCHEMA_VERSION
from tests.conftest import ags

LEGACY = Path(__file__).parent / "legacy"


def raw(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_an_old_terminal_upgrades_and_goes_on_selling(tmp_path, version, sandbox, bills,
                                                      vprinter):
    home = tmp_path / "terminal"
    shutil.copytree(LEGACY / version, home)
    db = home / "journal.sqlite3"
    before_sales = raw(db, "SELECT receipt_no, state, product, amount_minor, cashier "
                           "FROM sales ORDER BY id")
    before_tokens = raw(db, "SELECT sale_id, idx, value FROM tokens ORDER BY sale_id, idx")
    assert raw(db, "PRAGMA user_version")[0][0] == int(version[1:]) < SCHEMA_VERSION

    config = Config.load(home)
    assert config.get("terminal.terminal_id") == "DEMO0001"
    assert config.get("terminal.shop_name") == "Old Shop"
    config.set("efactory.base_url", sandbox.base_url)  # the provider moved, the sales did not
    config.set("aggregator.url", bills.url)
    config.set("printer.type", "virtual")
    config.set("printer.port", vprinter.port)
    secrets = MemorySecrets({"efactory.api_key": sandbox.api_key,
                             "efactory.auth_token": sandbox.auth_token,
                             "aggregator.token": ags.TOKEN})
    counter = Counter(config, secrets)
    try:
        assert raw(db, "PRAGMA user_version")[0][0] == SCHEMA_VERSION
        after = [(s.receipt_no, str(s.state), s.product, s.amount.minor, s.cashier)
                 for s in sorted(counter.history(limit=100), key=lambda s: s.id)]
        assert after == before_sales
        assert raw(db, "SELECT sale_id, idx, value FROM tokens ORDER BY sale_id, idx") == \
            before_tokens
        # Users and their PINs survive; the supervisor can still close a shift.
        assert counter.authorize("1234", "supervisor").name == "owner"
        assert counter.report("shift").kind == "shift"
        # An old token reprints exactly.
        vended = counter.find(before_sales[0][0])
        printed = counter.print_sale(vended.id).result(timeout=30)
        text = vprinter.wait_for_jobs(1)[-1].text
        for token in printed.tokens:
            assert token.grouped() in text
        # The sale queued before the upgrade is sent by today's outbox, once.
        queued = counter.find(before_sales[-1][0])
        assert str(queued.state) == "QUEUED"
        counter.drain(force=True)
        assert str(counter.sale(queued.id).state) in ("VENDED", "PRINTED")
        assert sandbox.pay_requests == [queued.idem_key]
    finally:
        counter.stop()
    # Opening an upgraded journal again changes nothing.
    again = Counter(Config.load(home), secrets)
    try:
        assert len(again.history(limit=100)) == len(before_sales)
    finally:
        again.stop()
