"""Words for people: the one place a sale's state becomes what a cashier reads (history,
result, status bar, start-up notice). Never show a state's code (IN_DOUBT, PRINTED)."""

from __future__ import annotations

from posapp.domain.sale import SaleState
from posapp.i18n import N_, tr

S = SaleState

# Short names, for a table cell or a list line.
STATE_WORDS: dict[SaleState, str] = {
    S.NEW: N_("Started"),
    S.COLLECTING: N_("Waiting for the customer's payment"),
    S.COLLECTED: N_("Paid, sending"),
    S.COLLECT_FAILED: N_("Not paid"),
    S.QUEUED: N_("Queued, sent when the network returns"),
    S.VENDING: N_("Sending"),
    S.IN_DOUBT: N_("Waiting for the provider"),
    S.VENDED: N_("Paid, receipt not printed"),
    S.VEND_FAILED: N_("Refused by the provider"),
    S.REFUND_DUE: N_("Refund due"),
    S.PRINTED: N_("Paid, printed"),
    S.CANCELLED: N_("Cancelled"),
    S.REFUNDED: N_("Refunded"),
}

# Tones, for colour: ok, warn (someone waits), error (money to give back).
STATE_TONE: dict[SaleState, str] = {
    S.VENDED: "ok", S.PRINTED: "ok", S.COLLECTED: "ok",
    S.REFUND_DUE: "error", S.VEND_FAILED: "error", S.COLLECT_FAILED: "error",
    S.IN_DOUBT: "warn", S.QUEUED: "warn", S.VENDING: "warn", S.COLLECTING: "warn",
}


def state_words(state: SaleState | str, *, held: bool = False) -> str:
    """What a sale's state means to a cashier. `held`: in doubt with a provider that has
    no enquiry, so a supervisor settles it."""
    try:
        state = SaleState(state)
    except ValueError:
        return str(state).replace("_", " ").capitalize()
    if held and state == S.IN_DOUBT:
        return tr("Waiting for a supervisor")
    return tr(STATE_WORDS.get(state, state.value.replace("_", " ").capitalize()))


def tone(state: SaleState | str) -> str:
    try:
        return STATE_TONE.get(SaleState(state), "")
    except ValueError:
        return ""


def copies(n: int) -> str:
    """What printed: the receipt itself, or its n-th copy (a reprint)."""
    return tr("Receipt printed.") if n <= 0 else tr("Copy %1 printed.", n)
