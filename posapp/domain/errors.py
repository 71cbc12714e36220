"""Our own exceptions: each carries a message for the cashier and a detail for the technician."""

from __future__ import annotations


class PosError(Exception):
    """Base error. `message` is for the cashier; `detail` goes to the log for a technician."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or message

    def __str__(self) -> str:
        return self.message if self.detail == self.message else f"{self.message} ({self.detail})"


class InputError(PosError):
    """What the cashier typed is wrong; nothing was sent or changed."""


class ConfigError(PosError):
    """The terminal is not set up right; a technician must fix it."""


class ProviderDeclined(PosError):
    """The provider answered and said no. Final: nothing was vended, no money moved."""

    def __init__(self, message: str, detail: str = "", code: str = "") -> None:
        super().__init__(message, detail)
        self.code = code


class ProviderBusy(PosError):
    """The provider answered a question (a look-up) without a yes or no (a system error):
    nothing changed, ask again. Never used for a payment, whose unclear answer is InDoubt."""


class NotDelivered(PosError):
    """The request never reached the provider (no route, refused, DNS). Safe to queue or resend."""


class InDoubt(PosError):
    """The request may have reached the provider and we do not know the outcome.
    `answered` is True when the provider did answer (e.g. PENDING, SYSTEM ERROR): the
    network is up even though the sale is in doubt."""

    def __init__(self, message: str, detail: str = "", answered: bool = False) -> None:
        super().__init__(message, detail)
        self.answered = answered


class UnknownReference(PosError):
    """The provider's enquiry says it never saw this key: a resend with the same key is safe."""


class StorageError(PosError):
    """The journal cannot be written (disk full, read-only). Nothing may be sent."""


class OutcomeNotSaved(StorageError):
    """The request left and its answer could not be journalled: the sale is not complete
    (it is recovered at the next start), and it must not be sold again."""


class PrinterError(PosError):
    """The printer did not take the job. The job stays stored for a retry or reprint."""


class JournalDamaged(StorageError):
    """The journal failed a check (a corrupt page, index or schema). Nothing may be sold or
    sent until a technician restores it from a backup."""
