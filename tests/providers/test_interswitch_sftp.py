"""The SFTP variant: the batch as the doc's CSV request, the doc's CSV response read back."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest

from posapp.domain.errors import InDoubt, InputError, ProviderDeclined
from posapp.providers.interswitch import sftp
from posapp.providers.interswitch.client import Batch, Entry
from posapp.providers.interswitch.signing import WAT, SandboxSftpAuth

DOC_AUTH_DATA = ("7FB54FFEE55335E615330789B23A9CA9276C8AAF8A188A16DE6F5854B9DCC6471002064A0DEB858F18"
                 "4F9F9FADF89D5580DAF3A45B9B17F57F5B654E4D96C6468E04C96DEE84433AAA6B59EE3ECB161DAE"
                 "FDFEF112CBBF271227A0896CFB28B75E9561E939AACBC0A750442424C63534")
DOC_CLIENT_ID = "IKIAEE38C24A363E4FC01DEBFBFE9F8DC1F4BCB2BC48"
# The doc's sample entries: beneficiaryNumber, oneTimePin, amount
DOC_ENTRIES = [("11111111111", "4321", 400000), ("22222222222", "1234", 300000),
               ("33333333333", "2345", 500000), ("44444444444", "1234", 400000),
               ("55555555555", "4321", 300000), ("66666666666", "1234", 500000),
               ("77777777777", "4321", 500000), ("88888888888", "1234", 100000),
               ("99999999999", "4321", 500000), ("10000000000", "4321", 500000)]
DOC_BATCH = Batch(tuple(Entry(p, a, pin) for p, pin, a in DOC_ENTRIES), "ATM", 1440, "5214")

# The doc's response sample, verbatim (its typeset quotes included); the doc prints it on
# one line, the file has one row per line.
DOC_RESPONSE = (
    "\u201cbatchReference\u201d,\u201dnumberOfSuccessful\u201d,\u201dnumberOfFailed\u201d,"
    "\u201damountOfSuccessful\u201d,\u201damountOfFailed\u201d,\u201dtotalSurcharge\u201d "
    "\u201c44443332210\u201d,\u201d10\u2033,\u201d0\u2033,\u201d4000000\u2033,\u201d0\u2033,"
    "\u201d100000\u2033 \u201csuccessful\u201d \u201cbeneficiaryNumber\u201d,\u201damount\u201d,"
    "\u201dpaycode\u201d,\u201dsurcharge\u201d,\u201dexpiry\u201d,\u201dentryId\u201d "
    + " ".join(f"\u201c{p}\u201d,\u201d{a}\u2033,\u201d{code}\u2033,\u201d10000\u2033,"
               f"\u201d1440\u2033,\u201d{n}\u2033"
               for n, ((p, _pin, a), code) in enumerate(zip(DOC_ENTRIES, [
                   "12602835748", "12601563843", "12601611857", "12609056048", "12603487190",
                   "12606730320", "12607422938", "12607344666", "12601665820", "12609444075"],
                   strict=True), start=1))
    + " \u201cfailed\u201d \u201cbeneficiaryNumber\u201d,\u201damount\u201d,"
    "\u201derrorDescription\u201d,\u201dentryId\u201d"
).replace(" \u201c", "\n\u201c")


class DocAuth:
    def auth_data(self, **_fields: object) -> str:
        return DOC_AUTH_DATA


def test_request_csv_is_the_doc_layout():
    when = datetime(2024, 5, 2, 9, 0, tzinfo=WAT)
    text = sftp.request_csv(DOC_BATCH, "444433322", front_end_partner="455",
                            subscriber_id="2348124888436", client_id=DOC_CLIENT_ID,
                            client_secret="s3cret", sftp_auth=DocAuth(), now=when)
    signature = hashlib.sha512(f"{DOC_CLIENT_ID}s3cret444433322240502".encode()).hexdigest()
    lines = text.split("\r\n")
    assert lines[0] == ("frontEndPartner,subscriberId,amount,channel,tokenLifeTimeInMinutes,"
                        "defaultOneTimePin,batchSize,sftpAuthData,referenceId,clientId,signature")
    assert lines[1] == (f"455,2348124888436,4000000,ATM,1440,5214,10,{DOC_AUTH_DATA},444433322,"
                        f"{DOC_CLIENT_ID},{signature}")
    assert lines[2:4] == ["entries", "beneficiaryNumber, oneTimePin, amount"]
    assert lines[4] == "11111111111, 4321,400000" and lines[13] == "10000000000, 4321,500000"
    assert lines[14:] == [""]


def test_sandbox_sftp_auth_is_marked():
    value = SandboxSftpAuth().auth_data(front_end_partner="455", subscriber_id="1",
                                        amount="100", batch_size=1, reference_id="r")
    assert value.startswith("SANDBOX") and value[7:].isalnum() and value[7:].isupper()


def test_request_csv_refuses_values_that_would_break_the_file():
    with pytest.raises(InputError):
        sftp.request_csv(DOC_BATCH, "ref,1", front_end_partner="455", subscriber_id="1",
                         client_id="c", client_secret="s", sftp_auth=SandboxSftpAuth())


def test_doc_response_parses_into_paycodes():
    result = sftp.parse_response_csv(DOC_RESPONSE, DOC_BATCH)
    assert (result.batch_reference, result.number_of_successful, result.number_of_failed) == (
        "44443332210", 10, 0)
    assert (result.amount_of_successful, result.amount_of_failed, result.total_surcharge) == (
        4000000, 0, 100000)
    assert result.successful[0] == sftp.SftpPaycode(1, "11111111111", 400000, "12602835748",
                                                    10000, 1440)
    answered = datetime(2024, 5, 2, 9, 0, tzinfo=WAT)
    vend = result.vend_result("444433322", answered)
    assert vend.provider_ref == "444433322" and len(vend.tokens) == 10
    assert vend.tokens[9].value == "12609444075" and vend.tokens[9].serial == "10000000000"
    assert vend.tokens[0].expires == (answered + timedelta(minutes=1440)).strftime(
        "%Y-%m-%d %H:%M")
    assert vend.extra["issued"] == "10" and vend.extra["not_issued"] == ""
    assert "4321" not in repr(vend)


def _partial() -> str:
    return "\n".join([
        '"batchReference","numberOfSuccessful","numberOfFailed","amountOfSuccessful",'
        '"amountOfFailed","totalSurcharge"',
        '"B1","1","1","400000","300000","10000"',
        '"successful"', '"beneficiaryNumber","amount","paycode","surcharge","expiry","entryId"',
        '"11111111111","400000","12602835748","10000","1440","1"',
        '"failed"', '"beneficiaryNumber","amount","errorDescription","entryId"',
        '"22222222222","300000","Invalid beneficiary","2"'])


def test_failed_rows_are_visible():
    batch = Batch(DOC_BATCH.entries[:2], "ATM", 1440, "5214")
    result = sftp.parse_response_csv(_partial(), batch)
    assert result.failed == (sftp.SftpFailure(2, "22222222222", 300000, "Invalid beneficiary"),)
    vend = result.vend_result("ref", datetime(2024, 5, 2, 9, 0, tzinfo=WAT))
    assert vend.extra["not_issued"] == "22222222222" and vend.extra["requested"] == "2"
    assert vend.extra["error.2"] == "Invalid beneficiary"


@pytest.mark.parametrize("old, new", [
    ('"B1","1","1","400000"', '"B1","2","1","400000"'),  # count does not match rows
    ('"400000","300000","10000"', '"400000","300000","20000"'),  # surcharge total
    ('"12602835748"', '"1260283574X"'),  # paycode not digits
    ('"22222222222","300000"', '"22222222229","300000"'),  # not the batch's entry
    ('"Invalid beneficiary","2"', '"Invalid beneficiary","1"'),  # entryId twice
    ('"successful"\n', ''),  # section marker missing
    ('"B1","1","1"', '"B1","one","1"'),
])
def test_response_files_that_do_not_add_up_are_in_doubt(old, new):
    batch = Batch(DOC_BATCH.entries[:2], "ATM", 1440, "5214")
    text = _partial()
    assert old in text
    with pytest.raises(InDoubt):
        sftp.parse_response_csv(text.replace(old, new, 1), batch)


def test_error_file_is_a_refusal():
    with pytest.raises(ProviderDeclined, match="refused the paycode file") as err:
        sftp.parse_response_csv("\u201cERROR MESSAGE\u201d\n\u201cInvalid Signature\u201d")
    assert "Invalid Signature" in err.value.detail


def test_garbage_file_is_in_doubt():
    with pytest.raises(InDoubt):
        sftp.parse_response_csv("\x00\x1b<html>garbled")
