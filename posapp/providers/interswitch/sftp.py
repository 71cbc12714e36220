"""The doc's SFTP variant of Generate Bulk Token: the batch as the doc's CSV request, and the
doc's CSV response read back into paycodes. No file transfer here: only the file formats.

Request (the doc's order; the entries section exactly as its sample spells it):
    frontEndPartner,subscriberId,amount,channel,tokenLifeTimeInMinutes,defaultOneTimePin,
    batchSize,sftpAuthData,referenceId,clientId,signature
    <values>
    entries
    beneficiaryNumber, oneTimePin, amount
    <one row per entry>
Response: a summary (batchReference, counts, amounts, totalSurcharge), then "successful"
rows with paycodes and "failed" rows with errorDescription; or "ERROR MESSAGE" and a text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta

from posapp.domain.errors import InDoubt, InputError, ProviderDeclined
from posapp.domain.sale import Token, VendResult
from posapp.providers.interswitch.client import Batch
from posapp.providers.interswitch.signing import WAT, SftpAuth, body_signature, signature_date

REQUEST_HEADER = ("frontEndPartner", "subscriberId", "amount", "channel",
                  "tokenLifeTimeInMinutes", "defaultOneTimePin", "batchSize", "sftpAuthData",
                  "referenceId", "clientId", "signature")
ENTRIES_HEADER = "beneficiaryNumber, oneTimePin, amount"
SUMMARY_HEADER = ("batchReference", "numberOfSuccessful", "numberOfFailed",
                  "amountOfSuccessful", "amountOfFailed", "totalSurcharge")
SUCCESS_HEADER = ("beneficiaryNumber", "amount", "paycode", "surcharge", "expiry", "entryId")
FAILED_HEADER = ("beneficiaryNumber", "amount", "errorDescription", "entryId")
NEWLINE = "\r\n"  # RFC 4180; the doc does not say


def request_csv(batch: Batch, reference_id: str, *, front_end_partner: str, subscriber_id: str,
                client_id: str, client_secret: str, sftp_auth: SftpAuth,
                now: datetime | None = None) -> str:
    """The batch as the doc's CSV request file, signed like the API request."""
    amount = str(batch.total_minor)
    values = (front_end_partner, subscriber_id, amount, batch.channel,
              str(batch.lifetime_minutes), batch.default_pin, str(len(batch.entries)),
              sftp_auth.auth_data(front_end_partner=front_end_partner,
                                  subscriber_id=subscriber_id, amount=amount,
                                  batch_size=len(batch.entries), reference_id=reference_id),
              reference_id, client_id,
              body_signature(client_id, client_secret, reference_id, signature_date(now)))
    for name, value in zip(REQUEST_HEADER, values, strict=True):
        if not value or any(ch in value for ch in ',"\r\n'):
            raise InputError("This batch cannot be written as a paycode file.",
                             f"{name} is empty or holds a comma, quote or newline")
    lines = [",".join(REQUEST_HEADER), ",".join(values), "entries", ENTRIES_HEADER]
    lines += [f"{e.phone}, {e.one_time_pin},{e.amount_minor}" for e in batch.entries]
    return NEWLINE.join(lines) + NEWLINE


@dataclass(frozen=True)
class SftpPaycode:
    entry_id: int
    beneficiary_number: str
    amount_minor: int
    paycode: str
    surcharge_minor: int
    expiry_minutes: int


@dataclass(frozen=True)
class SftpFailure:
    entry_id: int
    beneficiary_number: str
    amount_minor: int
    error_description: str


@dataclass(frozen=True)
class SftpResult:
    """The CSV response, checked: counts and amounts agree with the rows."""

    batch_reference: str
    number_of_successful: int
    number_of_failed: int
    amount_of_successful: int
    amount_of_failed: int
    total_surcharge: int
    successful: tuple[SftpPaycode, ...]
    failed: tuple[SftpFailure, ...]

    def vend_result(self, reference_id: str, answered_at: datetime) -> VendResult:
        """The same shape the API answer gives: one PAYCODE token per issued entry."""
        tokens = tuple(Token(p.entry_id, "PAYCODE", p.paycode, serial=p.beneficiary_number,
                             expires=(answered_at + timedelta(minutes=p.expiry_minutes))
                             .astimezone(WAT).strftime("%Y-%m-%d %H:%M"))
                       for p in sorted(self.successful, key=lambda p: p.entry_id))
        extra = {"issued": str(self.number_of_successful),
                 "requested": str(self.number_of_successful + self.number_of_failed),
                 "not_issued": ",".join(f.beneficiary_number for f in self.failed),
                 "issued_minor": str(self.amount_of_successful),
                 "not_issued_minor": str(self.amount_of_failed),
                 "batchReference": self.batch_reference}
        for p in self.successful:
            extra[f"amount_minor.{p.entry_id}"] = str(p.amount_minor)
            extra[f"surcharge_minor.{p.entry_id}"] = str(p.surcharge_minor)
        for f in self.failed:
            extra[f"error.{f.entry_id}"] = f.error_description[:80]
        return VendResult(provider_ref=reference_id, tokens=tokens, extra=extra)


# Typeset quotes as the doc prints them; a file from a word processor may carry them too.
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2033": '"', "\u2018": "'",
                         "\u2019": "'"})


def _bad(why: str) -> InDoubt:
    return InDoubt("The paycode response file could not be read. A supervisor must check "
                   "this batch.", f"sftp response: {why}", answered=True)


def _int(text: str, what: str) -> int:
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        raise _bad(f"{what} is not a whole number")
    return int(text)


def parse_response_csv(text: str, batch: Batch | None = None) -> SftpResult:
    """The doc's CSV response; with `batch`, every row is checked against the request."""
    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text.translate(_QUOTES)),
                                                       skipinitialspace=True) if any(r)]
    if rows and rows[0] == ["ERROR MESSAGE"]:
        message = rows[1][0] if len(rows) > 1 and rows[1] else "no message"
        raise ProviderDeclined("Interswitch refused the paycode file. Nothing was issued.",
                               f"sftp response: ERROR MESSAGE {message[:120]}", code="ERROR")
    if len(rows) < 3 or tuple(rows[0]) != SUMMARY_HEADER or len(rows[1]) != 6:
        raise _bad("no summary line")
    summary = rows[1]
    counts = [_int(v, n) for v, n in zip(summary[1:], SUMMARY_HEADER[1:], strict=True)]
    successful: list[SftpPaycode] = []
    failed: list[SftpFailure] = []
    section = ""
    header_next = False
    for row in rows[2:]:
        if row in (["successful"], ["failed"]):
            section, header_next = row[0], True
            continue
        if header_next:
            want = SUCCESS_HEADER if section == "successful" else FAILED_HEADER
            if tuple(row) != want:
                raise _bad(f"{section} section without its header")
            header_next = False
            continue
        if section == "successful" and len(row) == 6:
            paycode = row[2]
            if not (paycode.isascii() and paycode.isdigit() and 8 <= len(paycode) <= 20):
                raise _bad("a paycode that is not 8 to 20 digits")
            successful.append(SftpPaycode(_int(row[5], "entryId"), row[0], _int(row[1], "amount"),
                                          paycode, _int(row[3], "surcharge"),
                                          _int(row[4], "expiry")))
        elif section == "failed" and len(row) == 4:
            failed.append(SftpFailure(_int(row[3], "entryId"), row[0], _int(row[1], "amount"),
                                      row[2]))
        else:
            raise _bad(f"an unexpected row in section {section or 'none'!r}")
    n_ok, n_failed, amount_ok, amount_failed, surcharge = counts
    result = SftpResult(summary[0], n_ok, n_failed, amount_ok, amount_failed, surcharge,
                        tuple(successful), tuple(failed))
    _check(result, batch)
    return result


def _check(r: SftpResult, batch: Batch | None) -> None:
    if (r.number_of_successful != len(r.successful) or r.number_of_failed != len(r.failed)
            or r.amount_of_successful != sum(p.amount_minor for p in r.successful)
            or r.amount_of_failed != sum(f.amount_minor for f in r.failed)
            or r.total_surcharge != sum(p.surcharge_minor for p in r.successful)):
        raise _bad("counts or amounts do not add up")
    ids = [p.entry_id for p in r.successful] + [f.entry_id for f in r.failed]
    if len(set(ids)) != len(ids) or len({p.paycode for p in r.successful}) != len(r.successful):
        raise _bad("an entryId or a paycode appears twice")
    if batch is None:
        return
    if sorted(ids) != list(range(1, len(batch.entries) + 1)):
        raise _bad("the rows do not answer the batch's entries one for one")
    rows: list[SftpPaycode | SftpFailure] = [*r.successful, *r.failed]
    for row in rows:
        entry = batch.entries[row.entry_id - 1]
        if row.beneficiary_number != entry.phone or row.amount_minor != entry.amount_minor:
            raise _bad(f"entry {row.entry_id} does not match the batch")
