"""The service against the eFactory sandbox over real loopback HTTP, including every fault."""

from __future__ import annotations

import pytest

from posapp.config import Config
from posapp.domain.errors import InputError, NotDelivered, StorageError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.service import Counter
from tests.conftest import free_port, make_config

S = SaleState
NGN = Money.parse

PREPAID, POSTPAID = "efactory.prepaid", "efactory.postpaid"
ONE_TOKEN, KCT_METER, SHORT_TOKEN, MIN_METER = ("54140724110", "04223568917", "01234567890",
                                                "62000000009")


def sell(counter, meter=ONE_TOKEN, amount="1000", product=PREPAID, **kw):
    customer = counter.lookup(product, meter)
    return counter.sell(product, meter, NGN(amount), customer=customer, **kw)


def states(counter, sale_id):
    return [e["to_state"] for e in counter.journal.events(sale_id)]


def test_lookup_returns_the_customer(counter):
    c = counter.lookup(PREPAID, MIN_METER)
    assert c.name == "Alhaji Musa Bello"
    assert c.minimum == Money(50000, "NGN") and c.outstanding == Money(120000, "NGN")


def test_lookup_of_unknown_meter_is_a_clear_decline(counter):
    from posapp.domain.errors import ProviderDeclined

    with pytest.raises(ProviderDeclined) as exc:
        counter.lookup(PREPAID, "11111111111")
    assert "Meter not found" in exc.value.message


def test_prepaid_sale_is_journalled_before_it_is_sent(counter, sandbox):
    seen = []
    sandbox.observers.append(lambda req: req.method == "POST" and seen.append(
        [(s.state, s.idem_key) for s in counter.journal.sales()]))
    sale = sell(counter)
    assert sale.state == S.VENDED
    # When the request reached the provider, the sale was already VENDING with its itemId.
    assert seen == [[(S.VENDING, sale.idem_key)]]
    assert states(counter, sale.id) == ["NEW", "COLLECTED", "VENDING", "VENDED"]
    assert len(sale.tokens) == 1 and len(sale.tokens[0].digits) == 20
    assert sandbox.payments()[0]["tokenData"][0]["token"] == sale.tokens[0].value


def test_key_change_tokens_come_first_and_in_order(counter):
    sale = sell(counter, KCT_METER, "7500")
    assert [t.kind for t in sale.tokens] == ["KCT1", "KCT2", "CREDIT"]
    assert [t.index for t in sale.tokens] == [1, 2, 3]
    assert sale.result.units and sale.result.charges


def test_sixteen_digit_token_is_kept_as_sent(counter):
    sale = sell(counter, SHORT_TOKEN)
    assert len(sale.tokens[0].digits) == 16


def test_postpaid_bill_has_reference_and_no_token(counter):
    sale = sell(counter, "1010101010", "12345.67", product=POSTPAID)
    assert sale.state == S.VENDED and sale.tokens == ()
    assert sale.provider_ref.startswith("SMS")


def test_amount_below_minimum_is_refused_before_anything_is_journalled(counter, sandbox):
    with pytest.raises(InputError) as exc:
        sell(counter, MIN_METER, "400")
    assert "least" in exc.value.message
    assert counter.journal.sales() == [] and sandbox.vend_count() == 0


def test_amount_over_terminal_limit_is_refused(counter):
    with pytest.raises(InputError):
        sell(counter, amount="600000")


def test_same_key_twice_is_one_sale_one_vend(counter, sandbox):
    key = counter.new_key(PREPAID)
    first = sell(counter, key=key)
    second = sell(counter, key=key)
    assert first.id == second.id and sandbox.vend_count() == 1


def test_same_key_with_other_amount_is_refused_locally_and_audited(counter, sandbox):
    key = counter.new_key(PREPAID)
    sell(counter, amount="1000", key=key)
    requests_before = sandbox.requests_seen
    with pytest.raises(InputError):
        sell(counter, amount="2000", key=key)
    assert sandbox.requests_seen == requests_before + 1  # only the lookup, no payment
    actions = [r["action"] for r in counter.journal.db.query("SELECT action FROM audit")]
    assert actions == ["key_replay_refused"]


@pytest.mark.parametrize("mode", ["drop_after_commit", "garbage"])
def test_fault_after_commit_is_in_doubt_then_settled_by_enquiry(counter, sandbox, mode):
    sandbox.set_fault(mode, target="pay")
    sale = sell(counter)
    assert sale.state == S.IN_DOUBT
    assert sale.message in ("No answer from the provider in time.",
                            "The provider's answer could not be read.")
    assert sandbox.vend_count() == 1  # the provider did vend
    settled = counter.settle(sale.id)
    assert settled.state == S.VENDED
    assert settled.tokens[0].value == sandbox.payments()[0]["tokenData"][0]["token"]
    assert sandbox.vend_count() == 1
    assert "IN_DOUBT" in states(counter, sale.id)


def test_slow_provider_beyond_the_timeout_is_in_doubt_and_vends_once(counter, sandbox):
    """GIVEN a provider slower than the read timeout, that commits after we gave up
    WHEN the outbox settles the in-doubt sale (enquiry, then a resend with the SAME itemId)
    THEN the customer gets exactly one vend, whichever request the provider commits first."""
    sandbox.set_fault("slow", target="pay", delay=1.5)
    sale = sell(counter)
    assert sale.state == S.IN_DOUBT and sale.message == "No answer from the provider in time."
    settled = counter.settle(sale.id)
    assert settled.state == S.VENDED
    assert sandbox.vend_count() == 1 and sandbox.payments()[0]["itemId"] == sale.idem_key


@pytest.mark.parametrize("mode", ["http500", "unavailable"])
def test_fault_before_commit_is_resent_with_the_same_key(counter, sandbox, mode):
    sandbox.set_fault(mode, target="pay")
    sale = sell(counter)
    assert sale.state == S.IN_DOUBT and sandbox.vend_count() == 0
    settled = counter.settle(sale.id)  # enquiry: 08 unknown -> resend, same itemId
    assert settled.state == S.VENDED
    assert sandbox.vend_count() == 1 and sandbox.payments()[0]["itemId"] == sale.idem_key


@pytest.mark.parametrize("code", ["06", "11", "99"])
def test_system_error_codes_are_in_doubt_not_failed(counter, sandbox, code):
    sandbox.set_fault("code", target="pay", code=code)
    sale = sell(counter)
    assert sale.state == S.IN_DOUBT
    assert counter.settle(sale.id).state == S.VENDED and sandbox.vend_count() == 1


def test_in_doubt_while_enquiry_also_fails_stays_in_doubt(counter, sandbox):
    sandbox.set_fault("drop_after_commit", target="pay")
    sandbox.set_fault("http500", target="enquiry", count=1)
    sale = sell(counter)
    after = counter.settle(sale.id)
    assert after.state == S.IN_DOUBT and after.attempts == 2
    assert counter.settle(sale.id).state == S.VENDED and sandbox.vend_count() == 1


DECLINES = {"01": "declined", "02": "rejected", "03": "not set up", "04": "credentials",
            "05": "Meter not found", "07": "limit", "09": "not assigned", "10": "too small",
            "12": "fee account"}


@pytest.mark.parametrize("code", sorted(DECLINES))
def test_declines_are_final_and_owe_the_cash_back(counter, sandbox, code):
    sandbox.set_fault("code", target="pay", code=code)
    sale = sell(counter)
    assert sale.state == S.REFUND_DUE and DECLINES[code] in sale.message
    assert states(counter, sale.id)[-2:] == ["VEND_FAILED", "REFUND_DUE"]
    assert sandbox.vend_count() == 0


def test_unassigned_meter_is_declined_at_lookup(counter):
    from posapp.domain.errors import ProviderDeclined

    with pytest.raises(ProviderDeclined) as exc:
        counter.lookup(PREPAID, "09999999999")
    assert "not assigned" in exc.value.message


def test_offline_sale_is_queued_then_completes_once_when_back(tmp_path, secrets, vprinter):
    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", vprinter.port), secrets)
    try:
        with pytest.raises(NotDelivered):
            counter.lookup(POSTPAID, "1010101010")
        sale = counter.sell(POSTPAID, "1010101010", NGN("5000"))
        assert sale.state == S.QUEUED and counter.status().online is False
        assert counter.status().queued == 1
        with EFactorySandbox(port=port) as server:
            counter.drain(force=True)
            assert counter.sale(sale.id).state == S.VENDED
            counter.drain(force=True)
            assert server.vend_count() == 1
        assert counter.status().online is True and counter.status().queued == 0
    finally:
        counter.stop()


def test_queued_sale_can_be_cancelled_before_it_is_sent(tmp_path, secrets):
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{free_port()}", None), secrets)
    try:
        sale = counter.sell(PREPAID, ONE_TOKEN, NGN("1000"))
        assert sale.state == S.QUEUED
        assert counter.cancel_queued(sale.id, "cashier").state == S.REFUND_DUE
    finally:
        counter.stop()


def test_recover_turns_a_half_sent_sale_into_in_doubt_and_settles_it(counter, sandbox):
    sandbox.set_fault("drop_after_commit", target="pay")
    sale = sell(counter)
    # Simulate a crash mid-send: the journal says VENDING.
    counter.journal.db.conn.execute("UPDATE sales SET state='VENDING', updated_at=0 WHERE id=?",
                                    (sale.id,))
    recovered = counter.recover()
    assert [s.id for s in recovered] == [sale.id]
    assert counter.sale(sale.id).state == S.IN_DOUBT
    counter.drain(force=True)
    assert counter.sale(sale.id).state == S.VENDED and sandbox.vend_count() == 1


def test_journal_runs_wal_with_full_sync(counter):
    assert counter.journal.health() == {"journal_mode": "wal", "synchronous": "FULL",
                                        "integrity": "ok"}


def test_sqlite_full_refuses_the_sale_before_sending(counter, sandbox):
    conn = counter.journal.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")  # no room for one more page
    customer = counter.lookup(PREPAID, ONE_TOKEN)
    with pytest.raises(StorageError) as exc:
        for _ in range(50):  # fill whatever free pages remain
            counter.sell(PREPAID, ONE_TOKEN, NGN("1000"), customer=customer)
    vended = len(counter.journal.sales(states=(S.VENDED,)))
    if "Nothing was sent" in exc.value.message:
        # the sale could not be journalled: it was not sent
        assert sandbox.vend_count() == vended
    else:
        # it was sent, its answer could not be saved: the cashier is told not to sell again,
        # and the sale stays VENDING for recovery by enquiry
        assert "Do NOT sell again" in exc.value.message
        assert sandbox.vend_count() == vended + 1
        assert len(counter.journal.sales(states=(S.VENDING,))) == 1


@pytest.mark.parametrize("key,value,toml", [
    ("efactory.sc_id", "NOPE", 'sc_id = "NOPE"'),
    ("efactory.item_type_ids", ["389", "123"], 'item_type_ids = ["389", "123"]')])
def test_misconfigured_efactory_is_refused_when_set_or_loaded(tmp_path, key, value, toml):
    """GIVEN a value eFactory's doc does not list WHEN a technician sets it, or a config file
    edited by hand carries it, THEN it is refused with the value named, before any sale."""
    from posapp.domain.errors import ConfigError

    config = make_config(tmp_path, "http://127.0.0.1:9", None)
    bad = "NOPE" if key == "efactory.sc_id" else "123"
    with pytest.raises(ConfigError) as exc:
        config.set(key, value)
    assert bad in exc.value.detail and "cannot take" in exc.value.message
    assert config.get(key) != value
    (tmp_path / "config.toml").write_text(f"[efactory]\n{toml}\n")
    with pytest.raises(ConfigError) as exc:
        Config.load(tmp_path)
    assert bad in exc.value.detail


def test_enquiry_by_reference_finds_the_payment(counter, sandbox):
    from posapp.domain.errors import UnknownReference

    sale = sell(counter, KCT_METER, "7500")
    client = counter.clients.vendor("efactory").client
    again = client.enquire_by_reference("PREPAID", sale.provider_ref)
    assert again.provider_ref == sale.provider_ref and again.tokens == sale.tokens
    with pytest.raises(UnknownReference):
        client.enquire_by_reference("PREPAID", "SMS-NEVER-ISSUED")


def test_secrets_never_reach_the_log_not_even_in_a_traceback(counter, sandbox):
    """A failure logged with its traceback: the chained requests error holds the URL with
    the apiKey in its path. The log must show *** instead."""
    import io
    import logging

    from posapp.secrets import REDACTOR

    counter.clients.vendor("efactory")  # registers the secrets with the redactor
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(REDACTOR)
    log = logging.getLogger("posapp.test.redaction")
    log.addHandler(handler)
    try:
        client = counter.clients.vendor("efactory").client
        client.base_url = f"http://127.0.0.1:{free_port()}"  # refused: the error names the URL
        try:
            client.validate_meter("PREPAID", ONE_TOKEN)
        except Exception:
            log.exception("lookup failed for %s", sandbox.api_key)
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "Traceback" in text and "Max retries exceeded with url: /ext/int/data/" in text
    assert sandbox.api_key not in text and "***" in text


