"""Words for people: the one place a sale's state becomes what a cashier reads (history,
result, status bar, start-up notice). Never show a state's code (IN_DOUBT, PRINTED)."""

from __future__ import annotations

from posapp.domain.sale import SaleState

S = SaleState

# Short names, for a table cell or a list line.
STATE_WORDS: dict[SaleState, str] = {
    S.NEW: "Started",
    S.COLLECTING: "Waiting for the customer's payment",
    S.COLLECTED: "Paid, sending",
    S.COLLECT_FAILED: "Not paid",
    S.QUEUED: "Queued, sent when the network returns",
    S.VENDING: "Sending",
    S.IN_DOUBT: "Waiting for the provider",
    S.VENDED: "Paid, receipt not printed",
    S.VEND_FAILED: "Refused by the provider",
    S.REFUND_DUE: "Refund due",
    S.PRINTED: "Paid, printed",
    S.CANCELLED: "Cancelled",
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
        return "Waiting for a supervisor"
    return STATE_WORDS.get(state, state.value.replace("_", " ").capitalize())


def tone(state: SaleState | str) -> str:
    try:
        return STATE_TONE.get(SaleState(state), "")
    except ValueError:
        return ""


def copies(n: int) -> str:
    """What printed: the receipt itself, or its n-th copy (a reprint)."""
    return "Receipt printed." if n <= 0 else f"Copy {n} printed."
