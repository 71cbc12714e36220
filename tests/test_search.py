"""History search: every reference printed on a slip finds its sale (history, `sale`,
`reprint`), names by word prefix, and every lookup an index, never a scan of the journal."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from posapp.cli import main
from posapp.compose import open_terminal
from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.store import journal as jmod
from posapp.store.journal import Journal

S = SaleState
NGN = Money.parse
STARTIMES = "BPD-NGCA-AWA"
# Receipt, Reference, Reference ID, eFactory ref, Payment ref...: a label, then the value.
PRINTED = re.compile(r"^(Receipt|[A-Za-z ]*(?:Reference|ref)[A-Za-z ]*?)\s{2,}(\S+)\s*$")


def _printed_references(job) -> set[str]:
    """What a customer can read off the slip: receipt number, references, the QR's text."""
    refs = {m.group(2) for line in job.text.splitlines() if (m := PRINTED.match(line.strip()))}
    return refs | set(job.qr)


@pytest.fixture
def demo(tmp_path):
    terminal = open_terminal(tmp_path, demo=True, read_timeout=1.0)
    yield terminal
    terminal.close()


def test_every_reference_printed_on_a_slip_finds_its_sale(demo):
    counter = demo.counter
    printer = demo.servers[-1]
    efactory = next(s for s in demo.servers if s.provider == "efactory")
    customer = counter.lookup("efactory.prepaid", "04223568917")
    sales = [
        counter.sell("efactory.prepaid", "04223568917", NGN("7500"), customer=customer),
        counter.sell("agg.tv", "20020018196", NGN("2500"), option_id=STARTIMES),
        counter.sell("interswitch.paycode", "", NGN("15000"), extra={
            "entries": [{"phone": "08021111111", "amount_minor": 1000000, "one_time_pin": "1234"},
                        {"phone": "08021111112", "amount_minor": 500000, "one_time_pin": "4321"}],
            "default_pin": ""}),
        counter.sell("efactory.prepaid", "04223568917", NGN("1000"), tender="testpay.wallet",
                     phone="0700000007"),
    ]
    efactory.set_fault("unavailable", target="pay", count=0)  # a pending slip: our key
    sales.append(counter.sell("efactory.postpaid", "1010101010", NGN("3000")))
    efactory.clear_faults()
    sales[-2] = counter.settle(sales[-2].id)
    assert [s.state for s in sales[:4]] == [S.VENDED] * 4
    assert sales[4].state in (S.QUEUED, S.IN_DOUBT)
    assert sales[3].collect_ref and sales[2].provider_ref
    for n, sale in enumerate(sales, 1):
        counter.print_sale(sale.id).result(timeout=30)
        refs = _printed_references(printer.wait_for_jobs(n)[n - 1])
        assert sale.receipt_no in refs and len(refs) >= 2, refs
        for ref in refs:
            assert counter.find(ref).id == sale.id, ref
            assert counter.find(ref.lower()).id == sale.id, ref
            assert sale.id in [s.id for s in counter.history(ref)], ref
    assert {sales[3].collect_ref, sales[2].provider_ref, sales[4].idem_key} <= set().union(
        *(_printed_references(j) for j in printer.jobs))


def test_history_finds_meters_phones_and_name_prefixes(demo):
    counter = demo.counter
    customer = counter.lookup("efactory.prepaid", "04223568917")
    sale = counter.sell("efactory.prepaid", "04223568917", NGN("7500"), customer=customer)
    paid = counter.sell("efactory.prepaid", "04223568917", NGN("1000"), tender="testpay.wallet",
                        phone="0700000007")
    batch = counter.sell("interswitch.paycode", "", NGN("5000"), extra={
        "entries": [{"phone": "08021111113", "amount_minor": 500000, "one_time_pin": "1234"}],
        "default_pin": ""})
    first, last = customer.name.split()[1].lower(), customer.name.split()[-1]

    def found(text: str) -> list[int]:
        return [s.id for s in counter.history(text)]

    assert found("04223568917") == [paid.id, sale.id]  # the meter, newest first
    assert found("0700000007") == [paid.id]  # the payer's phone
    assert found("08021111113") == [batch.id]  # a beneficiary's phone
    assert found(first[:3]) == [sale.id]  # the start of a word of the name
    assert found(f"{customer.name.split()[0]} {last[:2]}") == [sale.id]
    assert found(str(sale.id)) == [sale.id]  # the running number alone
    assert found("4223568917") == []  # exact keys, not substrings
    for garbage in ('"', "a*", "NEAR(", "-", "fun OR x", "'; DROP TABLE sales; --", "%"):
        counter.history(garbage)  # what is typed is data, never SQL or FTS5 syntax
    assert len(counter.history("")) == 3


def test_cli_sale_and_reprint_by_the_20_digit_reference(tmp_path, capsys):
    home = str(tmp_path)
    assert main(["--home", home, "--demo", "sell", "efactory.postpaid", "1010101010", "3000",
                 "--json"]) == 0
    sold = json.loads(capsys.readouterr().out)
    assert len(sold["key"]) == 20 and sold["key"].isdigit()
    for ref in (sold["key"], sold["reference"], sold["receipt_no"].lower()):
        assert main(["--home", home, "--demo", "sale", ref, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["receipt_no"] == sold["receipt_no"]
    assert main(["--home", home, "--demo", "reprint", sold["key"]]) == 0
    assert f"printed {sold['receipt_no']}" in capsys.readouterr().out
    for unknown in ("99999999999999999999", "9" * 40, "  "):
        assert main(["--home", home, "--demo", "sale", unknown]) == 2
        assert "No sale with that receipt number" in capsys.readouterr().err


def _sale(journal: Journal, **kw) -> int:
    fields = dict(receipt_no="T1", provider="efactory", product="efactory.prepaid",
                  idem_key="26010112000012345678", account="0101", customer_name="",
                  amount=NGN("100"), request={}, cashier="c", terminal_id="T1", training=False)
    return journal.create_sale(**(fields | kw))


def test_names_with_accents_and_keys_in_any_case(tmp_path):
    journal = Journal(str(tmp_path / "j.sqlite3"))
    a = _sale(journal, idem_key="k1", customer_name="Émile Zola")
    b = _sale(journal, idem_key="k2", customer_name="Mrs Funmilayo Adebayo",
              search_keys=("0803 111",))
    journal.update(a, collect_ref="WalletRef-9")
    journal.update(b, customer_name="Mrs Funmilayo Ojo")  # a name corrected later

    def found(text: str) -> list[int]:
        return [s.id for s in journal.sales(search=text)]

    assert found("emile") == [a] and found("ZO") == [a]
    assert found("ade") == [] and found("oj") == [b]
    assert found("walletref-9") == [a] and found("t1-000002") == [b]
    assert found("0803 111") == [b]
    assert found("k1") == [a] and found("T1") == []  # the provisional receipt number is gone
    journal.close()


def test_migration_5_indexes_an_old_journal_and_can_run_again(tmp_path):
    path = str(tmp_path / "old.sqlite3")
    conn = sqlite3.connect(path, isolation_level=None)
    for script in (jmod.SCHEMA, jmod.MIGRATION_2):
        for stmt in jmod._statements(script):
            conn.execute(stmt)
    conn.execute("INSERT INTO sales (receipt_no, provider, product, idem_key, account, "
                 "customer_name, amount_minor, currency, state, provider_ref, created_at, "
                 "updated_at) VALUES ('OLD-000001', 'efactory', 'efactory.prepaid', "
                 "'26010112000012345678', '0101', 'Bola Ige', 100, 'NGN', 'PRINTED', 'RRR-77', "
                 "1, 1)")
    conn.execute("PRAGMA user_version=2")
    conn.close()
    journal = Journal(path)
    assert [s.receipt_no for s in journal.sales(search="rrr-77")] == ["OLD-000001"]
    assert [s.receipt_no for s in journal.sales(search="bol")] == ["OLD-000001"]
    keys = journal.db.execute("SELECT count(*) FROM sale_keys").fetchone()[0]
    with journal.tx() as c:  # idempotent: the whole step again changes nothing
        for stmt in jmod._statements(jmod.MIGRATION_5):
            c.execute(stmt)
    assert journal.db.execute("SELECT count(*) FROM sale_keys").fetchone()[0] == keys == 4
    assert [s.receipt_no for s in journal.sales(search="bol")] == ["OLD-000001"]
    assert journal.db.execute("PRAGMA user_version").fetchone()[0] == jmod.SCHEMA_VERSION
    journal.close()


def test_search_reports_and_print_counts_are_index_lookups_not_scans(tmp_path):
    seen: list[tuple[str, object]] = []
    journal = Journal(str(tmp_path / "j.sqlite3"), tracer=lambda sql, params: seen.append(
        (sql, params)))
    sale_id = _sale(journal, customer_name="Ada Obi")
    seen.clear()
    journal.sales(search="ada")
    journal.sales(search="26010112000012345678")
    journal.sale_by_reference("T1-000001")
    journal.sales_between(0, 10)
    journal.last_closing("z")
    journal.count_by_state((S.QUEUED, S.IN_DOUBT))
    journal.add_print_job(sale_id, "sale")
    journal.print_jobs(sale_id)
    plans = []
    for sql, params in seen:
        if sql.lstrip().upper().startswith(("SELECT", "INSERT")):
            rows = journal.db.execute("EXPLAIN QUERY PLAN " + sql, params or []).fetchall()
            plans.append((sql, [r[-1] for r in rows]))
    assert len(plans) >= 8
    for sql, plan in plans:
        scans = [p for p in plan if p.startswith("SCAN") and "VIRTUAL TABLE" not in p
                 and not p.startswith("SCAN (subquery")]
        assert not scans, (sql, plan)
    journal.close()
