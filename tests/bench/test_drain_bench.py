"""Benchmark: 10,000 queued bill payments drain completely, in order, none lost or repeated,
with the WAL file bounded. Run with `bash scripts/bench`; prints its figures."""

from __future__ import annotations

import os
import threading
import time

from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from tests.conftest import free_port, make_config

N = int(os.environ.get("POSAPP_BENCH_N", "10000"))


def test_drain_ten_thousand_queued_bill_payments(tmp_path):
    port = free_port()
    secrets = MemorySecrets({"efactory.api_key": "sandbox-efactory-key",
                             "efactory.auth_token": "sandbox-efactory-auth"})
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", None), secrets)
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
            t1 = time.perf_counter()
            while counter.status().queued:
                counter.drain(force=True)
            drain_s = time.perf_counter() - t1
            assert server.pay_requests == [s.idem_key for s in sales]  # in order, once each
            assert server.vend_count() == N
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
    assert biggest[0] < 64e6  # bounded: checkpoints keep up
