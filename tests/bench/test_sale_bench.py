"""A prepaid sale's local overhead (meter lookup + sell, no added latency) beside its floor: the
same HTTP requests replayed over one keep-alive session to the same sandbox, plus as many
commits as the sale made on a journal file with the same settings (WAL, synchronous=FULL)."""

from __future__ import annotations

import sqlite3
import time

from posapp.domain.money import Money
from posapp.providers import http
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.store.journal import Journal
from tests.bench.conftest import median, record
from tests.conftest import make_config

N = 200


def test_prepaid_sale_local_overhead(tmp_path):
    commits: list[str] = []
    with EFactorySandbox() as server:
        seen = []
        server.observers.append(seen.append)
        secrets = MemorySecrets({"efactory.api_key": server.api_key,
                                 "efactory.auth_token": server.auth_token})
        journal = Journal(str(tmp_path / "journal.sqlite3"), tracer=lambda sql, params: (
            commits.append(sql) if sql == "COMMIT" else None))
        counter = Counter(make_config(tmp_path, server.base_url, None), secrets, journal=journal)
        try:
            def sale() -> None:
                customer = counter.lookup("efactory.prepaid", "04223568917")
                counter.sell("efactory.prepaid", "04223568917", Money.parse("1000"),
                             customer=customer)

            for _ in range(10):
                sale()
            seen.clear()
            commits.clear()
            sale()
            trips, per_sale = list(seen), len(commits)
            ms = []
            for _ in range(N):
                t0 = time.perf_counter()
                sale()
                ms.append((time.perf_counter() - t0) * 1000)
        finally:
            counter.stop()
        floor = _floor(server.base_url, trips, per_sale, tmp_path)
    sale_ms = median(ms)
    record(f"prepaid sale (lookup + sell: {len(trips)} round trips, {per_sale} commits)",
           sale_ms, "ms", "<= 1.5x floor", sale_ms <= 1.5 * floor, floor,
           f"{len(trips)} round trips replayed + {per_sale} commits")
    record("  its local overhead (the sale minus its floor)", sale_ms - floor, "ms",
           "median <= 5 ms", sale_ms - floor <= 5)


def _floor(base_url: str, trips: list, commits: int, tmp_path) -> float:
    session = http.new_session()
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(tmp_path / "floor.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at REAL)")

    def once() -> None:
        for req in trips:
            r = session.request(req.method, base_url + req.path, data=req.body,
                                headers={k: v for k, v in req.headers.items()
                                         if k not in ("host", "content-length")})
            r.content  # noqa: B018 - read the whole answer, as the client does
        for _ in range(commits):
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO t (at) VALUES (?)", (time.time(),))
            db.execute("COMMIT")

    for _ in range(10):
        once()
    ms = []
    for _ in range(N):
        t0 = time.perf_counter()
        once()
        ms.append((time.perf_counter() - t0) * 1000)
    db.close()
    return median(ms)
