"""The eFactory module against its doc: hash, amounts, codes, response parsing."""

import pytest

from posapp.domain.errors import InDoubt, InputError, ProviderDeclined, UnknownReference
from posapp.domain.money import Money
from posapp.providers.efactory import client as ef


def test_payment_hash_matches_doc_formula_computed_by_hand():
    # meterId+itemTypeId+itemId+amount+terminalId+apiKey+authToken, SHA512, computed with
    # `printf %s "54140724110389001111111111100.0012312312311111doc-api-keydoc-auth-token"
    #  | sha512sum`
    expected = ("94a6d5c0240fa8afd592b8c7e679e85f2898ab9c38e537305bfaeb1ebefabf02"
                "ba9044abf7b36d2c7ad8616665bf27420d157e4ad7f78e574e921fc26cc56a4c")
    got = ef.payment_hash("54140724110", "389", "001111111111", "100.00", "12312312311111",
                          "doc-api-key", "doc-auth-token")
    assert got == expected


def test_payment_body_carries_the_hash_of_the_exact_amount_string():
    client = ef.EFactory("http://127.0.0.1:9", "k", "t")
    req = ef.PaymentRequest("PREPAID", "54140724110", "389", "42", Money(5000, "NGN"), "T1", "IBD")
    body = client.payment_body(req)
    assert body["amount"] == "50.00"
    assert body["hash"] == ef.payment_hash("54140724110", "389", "42", "50.00", "T1", "k", "t")
    assert set(body) == {"meterId", "meterType", "scId", "itemTypeId", "itemId", "terminalId",
                         "amount", "hash"}


@pytest.mark.parametrize("minor,text", [(5000, "50.00"), (100000, "1000.00"), (1, "0.01"),
                                        (123456, "1234.56")])
def test_amount_format(minor, text):
    assert ef.format_amount(Money(minor, "NGN")) == text


def test_amount_must_be_naira():
    with pytest.raises(InputError):
        ef.format_amount(Money(100, "RWF"))


def test_every_doc_code_is_mapped():
    outcomes = {code: ef.outcome_of(code)[0] for code in (f"{n:02d}" for n in range(13))}
    assert outcomes["00"] is ef.Outcome.SUCCESS
    assert outcomes["06"] is ef.Outcome.IN_DOUBT  # system error: never final
    assert outcomes["11"] is ef.Outcome.IN_DOUBT  # token dispense error: ask the enquiry
    assert outcomes["08"] is ef.Outcome.UNKNOWN_REFERENCE
    declined = {c for c, o in outcomes.items() if o is ef.Outcome.DECLINED}
    assert declined == {"01", "02", "03", "04", "05", "07", "09", "10", "12"}
    assert ef.outcome_of("99")[0] is ef.Outcome.IN_DOUBT
    for code in outcomes:
        assert ef.outcome_of(code)[1]  # a cashier message for each


def test_plain_http_refused_except_loopback():
    from posapp.domain.errors import ConfigError

    with pytest.raises(ConfigError):
        ef.EFactory("http://demo.efactory.com.ng", "k", "t")
    ef.EFactory("http://demo.efactory.com.ng", "k", "t", allow_plain_http=True)
    ef.EFactory("https://demo.efactory.com.ng", "k", "t")


def test_parse_vend_keeps_tokens_exact_and_in_index_order():
    body = {"responseCode": "00", "rrr": "SMS1", "tokenData": [
        {"index": "3", "type": "CREDIT", "token": "2547 4987 4401 3703"},
        {"index": "1", "type": "KCT1", "token": "11112222333344445555"},
        {"index": "2", "type": "KCT2", "token": "66667777888899990000"}],
        "paymentData": {"tIndex": "R2-1Q", "rate": "16.11", "kwH": 451.28, "rnd": [
            {"description": "Maintenance Fee", "amount": "2,500.00", "taxAmount": "125.00"}]}}
    result = ef.parse_vend(body)
    assert [t.kind for t in result.tokens] == ["KCT1", "KCT2", "CREDIT"]
    assert result.tokens[2].value == "2547 4987 4401 3703"  # 16 digits, not padded
    assert result.tokens[2].grouped() == "2547 4987 4401 3703"
    assert result.tokens[0].grouped() == "1111 2222 3333 4444 5555"
    assert result.units == "451.28" and result.tariff == "R2-1Q"
    assert result.charges[0].amount == "2,500.00"


def test_result_codes_raise_the_right_error():
    client = ef.EFactory("http://127.0.0.1:9", "k", "t")
    with pytest.raises(ProviderDeclined) as declined:
        client._result({"responseCode": "05"}, "payment", "1", "PREPAID")
    assert "Meter not found" in declined.value.message
    with pytest.raises(UnknownReference):
        client._result({"responseCode": "08"}, "enquiry", "1", "PREPAID")
    with pytest.raises(InDoubt):
        client._result({"responseCode": "06"}, "payment", "1", "PREPAID")
    with pytest.raises(InDoubt):  # success that is not for this sale
        client._result({"responseCode": "00", "rrr": "X", "itemId": "2"}, "payment", "1", "PREPAID")


@pytest.mark.parametrize("bad", ["", "12ab", "123", "1" * 21, "5414-0724-110x"])
def test_meter_id_checked_before_sending(bad):
    with pytest.raises(InputError):
        ef.check_meter_id(bad)


def test_meter_id_cleans_scanner_separators():
    assert ef.check_meter_id("5414 0724-110") == "54140724110"
