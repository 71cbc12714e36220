"""History search, reports, print-job counts and status at 10k, 100k and 1M sales, each beside
its floor: reading the same rows by primary key (what any answer costs) or one indexed lookup.
Reads only: the cached journals are not changed."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import pytest

from posapp.domain.product import ascii_digits
from posapp.domain.sale import SaleState
from posapp.service import reports
from posapp.store.journal import Journal
from posapp.ui.history.page import SHOWN  # the rows the history screen asks for
from tests.bench.conftest import median, record, sizes, timed
from tests.bench.journals import SIZES, journal_path

S = SaleState
PER_KIND = 20  # sales looked up per kind of key


def _targets(journal: Journal, rng: random.Random) -> dict[str, list[tuple[str, int]]]:
    """(what is typed, the sale it must find) for each kind of search."""
    n = journal.db.execute("SELECT max(id) FROM sales").fetchone()[0]
    picks = rng.sample(range(1, n + 1), min(n, 3000))
    rows = list(journal.db.query(
        f"SELECT * FROM sales WHERE id IN ({','.join(map(str, picks))})"))
    kinds: dict[str, list[tuple[str, int]]] = {}

    def add(kind: str, text: str, sale_id: int) -> None:
        if text and len(kinds.setdefault(kind, [])) < PER_KIND:
            kinds[kind].append((text, sale_id))

    for r in rows:
        product, sid = r["product"], r["id"]
        add("receipt number", r["receipt_no"], sid)
        if product.startswith("efactory"):
            add("meter", r["account"], sid)
            add("eFactory 20-digit reference", r["idem_key"], sid)
        if product == "agg.tv":
            add("smartcard", r["account"], sid)
        if r["provider"] == "aggregator":
            add("bills reference", r["provider_ref"], sid)
        if product == "interswitch.paycode":
            add("paycode referenceId", r["idem_key"], sid)
        add("collection reference", r["collect_ref"], sid)
        if r["customer_name"]:
            first, last = r["customer_name"].split()[:2]
            add("customer name prefix", rng.choice([first[:1], first[:3], last[:4],
                                                    f"{first} {last[:2]}"]), sid)
    phones = list(journal.db.query(
        "SELECT k.key, k.sale_id FROM sale_keys k JOIN sales s ON s.id = k.sale_id "
        "WHERE k.key NOT IN (s.receipt_no, s.account, s.idem_key, s.provider_ref, "
        "s.collect_key, s.collect_ref) AND k.sale_id IN (SELECT id FROM sales WHERE id > ? "
        "LIMIT 2000)", [rng.randrange(max(n - 3000, 1))]))
    for p in rng.sample(phones, min(PER_KIND, len(phones))):
        add("phone", p["key"], p["sale_id"])
    return kinds


def _rows_by_id(journal: Journal, ids: list[int]) -> Callable[[], Any]:
    sql = f"SELECT * FROM sales WHERE id IN ({','.join(map(str, ids))}) ORDER BY id DESC"
    return lambda: journal._records(list(journal.db.query(sql)))


@pytest.mark.parametrize("size", sizes())
def test_history_search(size):
    journal = Journal(str(journal_path(SIZES[size])))
    rng = random.Random(9)
    kinds = _targets(journal, rng)
    all_ms, all_floor = [], []
    for kind, targets in sorted(kinds.items()):
        ms, floor = [], []
        for text, sale_id in targets:
            typed = ascii_digits(text).strip()  # what Counter.history does first
            found = journal.sales(search=typed, limit=SHOWN)
            ids = [s.id for s in found]
            if kind == "customer name prefix":
                assert ids and all(_name_matches(s.customer_name, typed) for s in found), typed
            else:
                assert sale_id in ids, (kind, text)
            ms += timed(lambda t=typed: journal.sales(search=t, limit=SHOWN), runs=3, warm=1)
            floor += timed(_rows_by_id(journal, ids), runs=3, warm=1)
        all_ms += ms
        all_floor += floor
        if size == "1M":
            record(f"history search at 1M: {kind} (median / worst, {SHOWN} rows shown)",
                   median(ms), "ms", "<= 10 ms median, <= 50 ms worst",
                   median(ms) <= 10 and max(ms) <= 50, median(floor), "reading its rows by id")
            print(f"    worst {max(ms):.2f} ms", flush=True)
    record(f"history search at {size}: every kind, median (worst {max(all_ms):.1f} ms)",
           median(all_ms), "ms", "<= 10 ms median, <= 50 ms worst",
           median(all_ms) <= 10 and max(all_ms) <= 50, median(all_floor),
           "reading its rows by id")
    query = timed(lambda: journal.db.execute(
        "SELECT sale_id FROM sale_keys WHERE key = ?", [kinds["meter"][0][0]]).fetchall())
    record(f"  the key lookup alone at {size}", median(query), "ms", "", None)
    journal.close()


def _name_matches(name: str, typed: str) -> bool:
    words = name.casefold().split()
    return all(any(w.startswith(t) for w in words) for t in typed.casefold().split())


@pytest.mark.parametrize("size", sizes())
def test_reports_print_counts_and_status(size):
    journal = Journal(str(journal_path(SIZES[size])))
    n = SIZES[size]
    one = timed(lambda: journal.sale(n // 2), runs=50)
    start, _ = journal.last_closing("shift")
    empty = timed(lambda: reports.build(journal, "shift", now=start + 1), runs=20)
    day = timed(lambda: reports.build(journal, "shift"), runs=5)
    in_day = len(journal.sales_between(start, time.time()))
    record(f"shift report, empty period, {size}", median(empty), "ms", "<= 5 ms (no scan)",
           median(empty) <= 5, median(one), "one sale by id")
    record(f"shift report, the last day ({in_day} sales), {size}", median(day), "ms",
           "<= 100 ms", median(day) <= 100, None, "")
    sid = n - 3
    count_sql = ("SELECT count(*) FROM print_jobs WHERE sale_id IS ? AND kind=? "
                 "AND status='PRINTED'")  # add_print_job's count, without its write
    jobs = timed(lambda: (journal.print_jobs(sid),
                          journal.db.execute(count_sql, (sid, "sale")).fetchone()), runs=50)
    record(f"print: copy count + print_jobs of a sale, {size}", median(jobs), "ms", "<= 1 ms",
           median(jobs) <= 1, median(one), "one sale by id")
    unsettled = (S.QUEUED, S.IN_DOUBT, S.VENDING, S.REFUND_DUE, S.COLLECTING, S.VENDED)
    status = timed(lambda: journal.count_by_state(unsettled), runs=50)
    record(f"status counts (Counter.status), {size}", median(status), "ms", "<= 1 ms",
           median(status) <= 1, median(one), "one sale by id")
    journal.close()


@pytest.mark.parametrize("size", sizes())
def test_journal_size_per_sale(size):
    path = journal_path(SIZES[size])
    n = SIZES[size]
    with sqlite3.connect(path) as c:
        kept = c.execute("SELECT sum(length(request) + length(result) + length(collect_request)) "
                         "FROM sales").fetchone()[0]
        tokens = c.execute("SELECT sum(length(value) + length(serial)) FROM tokens").fetchone()[0]
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = dict(c.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    size_b = path.stat().st_size / n
    record(f"journal size per sale, {size}", size_b, "B", "<= 1 KB", size_b <= 1024,
           (kept + (tokens or 0)) / n, "the JSON sent and received + tokens")
    top = sorted(pages.items(), key=lambda kv: -kv[1])[:6]
    print("    " + ", ".join(f"{k} {v / n:.0f} B" for k, v in top), flush=True)


def test_migration_5_on_a_journal_from_before(tmp_path):
    """The one-time cost of upgrading: a journal of 100k sales at version 2 (no search keys,
    no name index) opened by this version."""
    n = SIZES["100k"]
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(journal_path(n)) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with sqlite3.connect(path) as c:
        for kind, name in c.execute("SELECT type, name FROM sqlite_schema WHERE name IN "
                                    "('sale_keys_insert', 'sale_keys_update', "
                                    "'sales_names_insert', 'sales_names_update', "
                                    "'sales_created', 'closings_kind')").fetchall():
            c.execute(f"DROP {kind.upper()} {name}")
        c.execute("DROP TABLE sale_keys")
        c.execute("DROP TABLE sales_names")
        c.execute("PRAGMA user_version=2")
    t0 = time.perf_counter()
    journal = Journal(str(path))
    took = time.perf_counter() - t0
    assert journal.sales(search=journal.sale(n // 2).receipt_no)[0].id == n // 2
    journal.close()
    record("schema step 5 on a 100k-sale journal from before (once, at the first start)",
           took, "s", "once; ~10x for 1M", None)
