"""What a provider's response code means for a sale, shared by every provider module."""

from __future__ import annotations

from enum import Enum


class Outcome(Enum):
    SUCCESS = "success"
    DECLINED = "declined"  # final: nothing vended, no money moved
    IN_DOUBT = "in_doubt"  # the provider may have done it: ask, never resend blind
    UNKNOWN_REFERENCE = "unknown_reference"  # an enquiry's "never seen": same-key resend is safe
