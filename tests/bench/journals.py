"""Journals of 10k, 100k and 1M sales for the benchmarks, built through the project's own code.

A dozen real sales are made first (the demo terminal: every provider's sandbox, the virtual
printer) and become the templates; each built sale is a copy of one with its own receipt
number, keys, references, meter, customer and time, written into a `Journal` (its real schema,
migrations, indexes and triggers) in bulk transactions. Built once per schema into
/tmp/posapp-bench and reused: a million sales take a minute or two.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import re
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from posapp.compose import open_terminal
from posapp.domain.money import Money
from posapp.store import journal as jmod
from posapp.store.journal import Journal

CACHE = Path(os.environ.get("POSAPP_BENCH_CACHE", Path(tempfile.gettempdir()) / "posapp-bench"))
PER_DAY = 300  # a busy shop
FIRST = ("Adebayo", "Funmilayo", "Chinedu", "Ngozi", "Emeka", "Aisha", "Ibrahim", "Bola",
         "Kemi", "Tunde", "Yusuf", "Halima", "Chioma", "Segun", "Amina", "Obinna", "Zainab",
         "Femi", "Ifeoma", "Musa", "Grace", "Peter", "Mary", "John", "Blessing", "Emmanuel",
         "Uche", "Ade", "Tope", "Sade", "Kunle", "Nneka", "Jide", "Bisi", "Ola", "Dayo")
LAST = ("Okafor", "Adeyemi", "Bello", "Okonkwo", "Ibrahim", "Eze", "Ogunleye", "Abubakar",
        "Nwosu", "Balogun", "Mohammed", "Olawale", "Chukwu", "Adebayo", "Danjuma", "Obi",
        "Akande", "Usman", "Onyeka", "Afolabi", "Lawal", "Ojo", "Ekwueme", "Salami", "Yakubu",
        "Ogbonna", "Fashola", "Ige", "Uba", "Nnamdi", "Oyelaran", "Suleiman", "Ezeh", "Ajayi")
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}


BUILDER = "3"  # bump when what is built changes


def schema_tag() -> str:
    """Changes whenever the journal's schema or migrations change: a stale journal is rebuilt."""
    text = BUILDER + "".join(repr(v) for k, v in sorted(vars(jmod).items())
                             if k == "SCHEMA" or k.startswith("MIGRATION"))
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def journal_path(n: int) -> Path:
    """The journal of `n` sales for this schema, built if missing."""
    path = CACHE / f"journal-{n}-{schema_tag()}.sqlite3"
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time (another run may be at it)
        if not path.exists():
            _build_into(path, n)
    return path


def _build_into(path: Path, n: int) -> None:
    t0 = time.perf_counter()
    tmp = path.with_suffix(".building")
    for stale in CACHE.glob(tmp.name + "*"):
        stale.unlink()
    build(tmp, n, templates())
    tmp.rename(path)
    print(f"\nbuilt {path} ({n} sales) in {time.perf_counter() - t0:.0f} s", flush=True)


def templates() -> list[dict[str, Any]]:
    """Real sales of every kind, made on the demo terminal and printed: rows to copy."""
    with tempfile.TemporaryDirectory(prefix="posapp-bench-tpl-") as home:
        terminal = open_terminal(Path(home), demo=True, read_timeout=2.0)
        counter = terminal.counter
        ngn = Money.parse
        try:
            customer = counter.lookup("efactory.prepaid", "04223568917")
            made = [
                counter.sell("efactory.prepaid", "04223568917", ngn("7500"), customer=customer),
                counter.sell("efactory.prepaid", "04223568917", ngn("2000"), customer=customer),
                counter.sell("efactory.postpaid", "1010101010", ngn("3000")),
                counter.sell("agg.tv", "20020018196", ngn("2500"), option_id="BPD-NGCA-AWA"),
                counter.sell("agg.electricity", "0100040261", ngn("1000"),
                             option_id="BPE-NGCABIA-OR"),
                counter.sell("interswitch.paycode", "", ngn("5000"), extra={
                    "entries": [{"phone": "08021111111", "amount_minor": 500000,
                                 "one_time_pin": "1234"}], "default_pin": ""}),
                counter.sell("efactory.prepaid", "04223568917", ngn("1000"),
                             tender="testpay.wallet", phone="0700000007"),
            ]
            made[-1] = counter.settle(made[-1].id)
            for sale in made:
                counter.print_sale(sale.id).result(timeout=30)
            terminal.servers[-1].wait_for_jobs(len(made))
            db = counter.journal.db
            out = []
            for row in db.query("SELECT * FROM sales ORDER BY id"):
                sid = row["id"]
                out.append({
                    "sale": row,
                    "tokens": list(db.query("SELECT * FROM tokens WHERE sale_id=?", [sid])),
                    "events": list(db.query("SELECT * FROM events WHERE sale_id=?", [sid])),
                    "jobs": list(db.query("SELECT * FROM print_jobs WHERE sale_id=?", [sid])),
                    # phones: the keys the sale was journalled with beyond its own columns
                    "phones": [r["key"] for r in db.query(
                        "SELECT key FROM sale_keys WHERE sale_id=?", [sid])
                        if r["key"] not in {str(v) for v in row.values()}],
                })
            return out
        finally:
            terminal.close()


def _digits(rng: random.Random, like: str) -> str:
    return "".join(str(rng.randrange(10)) if ch.isdigit() else ch for ch in like)


def _key_like(rng: random.Random, key: str, stamp: str) -> str:
    """A key of the template's shape made at `stamp` (yymmddHHMMSS): its time stamp, then
    random digits where the template has them."""
    m = re.search(r"\d{12}", key)
    if m is None:
        return _digits(rng, key)
    return key[:m.start()] + stamp + _digits(rng, key[m.end():])


def build(path: Path, n: int, tpls: list[dict[str, Any]], *, seed: int = 14) -> None:
    """`n` sales copied from `tpls` into a new journal at `path`; 300 a day up to an hour ago."""
    journal = Journal(str(path))
    conn = journal.db.conn
    conn.execute("PRAGMA synchronous=OFF")  # the build only; the journal itself keeps FULL
    rng = random.Random(seed)
    meters = [f"0{rng.randrange(10**9, 10**10)}" for _ in range(max(n // 20, 10))]
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in meters]
    start = time.time() - 3600 - n * 86400 / PER_DAY
    sale_cols = list(tpls[0]["sale"])
    sql = {t: f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
           for t, cols in (("sales", sale_cols),
                           ("tokens", list(tpls[0]["tokens"][0]) if tpls[0]["tokens"] else []),
                           ("events", ["sale_id", "at", "from_state", "to_state", "note"]),
                           ("print_jobs", ["sale_id", "kind", "copy_no", "status", "error",
                                           "created_at", "printed_at"]))}
    token_sql = ("INSERT INTO tokens (sale_id, idx, kind, value, serial, expires) "
                 "VALUES (?,?,?,?,?,?)")
    batch = 20_000
    for first in range(1, n + 1, batch):
        sales, tokens, events, jobs, phones = [], [], [], [], []
        for i in range(first, min(first + batch, n + 1)):
            tpl = tpls[i % len(tpls)]
            row = dict(tpl["sale"])
            at = start + (i - 1) * 86400 / PER_DAY
            who = rng.randrange(len(meters))
            stamp = time.strftime("%y%m%d%H%M%S", time.localtime(at))
            row.update(id=i, receipt_no=f"DEMO0001-{i:06d}", created_at=at, updated_at=at + 2,
                       idem_key=_key_like(rng, row["idem_key"], stamp))
            same = {tpl["sale"]["idem_key"]: row["idem_key"]}  # a reference that is our key
            if row["account"]:
                row["account"] = meters[who]
                row["customer_name"] = names[who] if row["customer_name"] else ""
            for col in ("provider_ref", "collect_key", "collect_ref"):
                if row[col]:
                    row[col] = same.get(row[col]) or _key_like(rng, row[col], stamp)
            sales.append([row[c] for c in sale_cols])
            tokens += [(i, t["idx"], t["kind"], _digits(rng, t["value"]), t["serial"],
                        t["expires"]) for t in tpl["tokens"]]
            events += [(i, at + k * 0.5, e["from_state"], e["to_state"], e["note"])
                       for k, e in enumerate(tpl["events"])]
            jobs += [(i, j["kind"], j["copy_no"], j["status"], j["error"], at + 3, at + 4)
                     for j in tpl["jobs"]]
            phones += [(p[:4] + _digits(rng, p[4:]), i) for p in tpl["phones"]]
        with journal.tx() as c:
            cur = c.conn
            cur.executemany(sql["sales"], sales)
            cur.executemany(token_sql, tokens)
            cur.executemany(sql["events"], events)
            cur.executemany(sql["print_jobs"], jobs)
            cur.executemany("INSERT OR IGNORE INTO sale_keys (key, sale_id) VALUES (?,?)",
                            phones)
    # Shift and Z closings every day, like the shop's.
    with journal.tx() as c:
        days = int(n / PER_DAY)
        c.conn.executemany("INSERT INTO closings (kind, at, actor, summary) VALUES (?,?,?,?)",
                           [(kind, start + d * 86400, "owner", json.dumps({"number": d}))
                            for d in range(1, days + 1) for kind in ("shift", "z")])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.close()


def copy_of(n: int, into: Path) -> Path:
    """A private copy of the journal of `n` sales (for benchmarks that write)."""
    src = journal_path(n)
    dst = into / "journal.sqlite3"
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst
