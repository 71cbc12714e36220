"""Benchmark: 10,000 queued bill payments drain completely, in order, none lost or repeated,
with the WAL file bounded, beside the floor: the same pay request replayed over one keep-alive
session to the same sandbox plus the commits the drain made per sale."""

from __future__ import annotations

import os
import threading
import time

from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.store.journal import Journal
from tests.bench.conftest import record
from tests.bench.test_sale_bench import _floor
from tests.conftest import free_port, make_config

N = int(os.environ.get("POSAPP_BENCH_N", "10000"))


def test_drain_ten_thousand_queued_bill_payments(tmp_path):
    port = free_port()
    secrets = MemorySecrets({"efactory.api_key": "sandbox-efactory-key",
                             "efactory.auth_token": "sandbox-efactory-auth"})
    commits: list[int] = [0]

    def count(sql: str, params: object) -> None:
        if sql == "COMMIT":
            commits[0] += 1

    journal = Journal(str(tmp_path / "journal.sqlite3"), tracer=count)
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", None), secrets,
                      journal=journal)
    wal = tmp_path / "journal.sqlite3-wal"
    biggest = [0]
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.05):
            if wal.exists():
                biggest[0] = max(biggest[0], wal.stat().st_size)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        t0 = time.perf_counter()
        sales = [counter.sell("efactory.postpaid", "1010101010", Money(100_00 + n, "NGN"))
                 for n in range(N)]
        queued_s = time.perf_counter() - t0
        assert all(s.state == SaleState.QUEUED for s in sales)
        with EFactorySandbox(port=port) as server:
            # The floor before and after: the disk's fsync rate wanders on a shared machine.
            before = _floor(server.base_url, [], 3, tmp_path / "before")
            seen = []
            server.observers.append(seen.append)
            commits[0] = 0
            t1 = time.perf_counter()
            while counter.status().queued:
                counter.drain(force=True)
            drain_s = time.perf_counter() - t1
            per_sale = round(commits[0] / N)
            assert server.pay_requests == [s.idem_key for s in sales]  # in order, once each
            assert server.vend_count() == N
            after = _floor(server.base_url, seen[:1], per_sale, tmp_path / "after")
        counts = counter.journal.count_by_state()
        assert counts == {"VENDED": N}
    finally:
        stop.set()
        watcher.join()
        counter.stop()
    db_mb = (tmp_path / "journal.sqlite3").stat().st_size / 1e6
    print(f"\nqueue {N} offline bill payments: {queued_s:.1f} s ({N / queued_s:.0f}/s)")
    print(f"drain {N} over loopback HTTP:   {drain_s:.1f} s ({N / drain_s:.0f}/s)")
    print(f"largest WAL seen: {biggest[0] / 1e6:.2f} MB; journal {db_mb:.1f} MB")
    rate = N / drain_s
    floor = 1000 / ((before + after) / 2)
    record(f"outbox drain of {N:,} queued payments", rate, "/s", ">= 0.8x floor and >= 500/s",
           rate >= 0.8 * floor and rate >= 500, floor,
           f"1 POST replayed + {per_sale} commits per sale: mean of {1000 / before:.0f}/s "
           f"before the drain (commits only) and {1000 / after:.0f}/s after")
    record(f"largest WAL during the drain (journal {db_mb:.0f} MB)", biggest[0] / 1e6, "MB",
           "bounded (< 64 MB)", biggest[0] < 64e6)
    assert biggest[0] < 64e6  # bounded: checkpoints keep up
