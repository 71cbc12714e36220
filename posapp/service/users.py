"""People at the counter: names, roles and PINs (scrypt-hashed). Roles gate actions:
cashier sells and reprints; supervisor also opens the drawer, cancels, closes shifts and
days; technician configures."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from posapp.domain.errors import InputError, PosError
from posapp.store.journal import Journal

ROLES = ("cashier", "supervisor", "technician")
RANK = {r: n for n, r in enumerate(ROLES)}
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms per check on a small PC


class NotAllowed(PosError):
    """Wrong PIN, or a role that may not do this."""


@dataclass(frozen=True)
class User:
    name: str
    role: str


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        _, n, salt, digest = stored.split("$")
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=_R, p=_P,
                             dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def add_user(journal: Journal, name: str, role: str, pin: str, actor: str) -> User:
    if role not in ROLES:
        raise InputError(f"Role must be one of {', '.join(ROLES)}.", role)
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("A PIN is 4 to 8 digits.")
    if not name.strip():
        raise InputError("A user needs a name.")
    journal.put_user(name.strip(), role, hash_pin(pin))
    journal.audit(actor, "user_set", f"{name.strip()} as {role}")
    return User(name.strip(), role)


def authorize(journal: Journal, pin: str, need: str) -> User:
    """The user whose PIN this is, if their role is at least `need`; audited either way."""
    for name, role, stored in journal.users():
        if check_pin(pin, stored):
            if RANK[role] < RANK[need]:
                journal.audit(name, "refused", f"needs {need}")
                raise NotAllowed(f"{name} is a {role}; this needs a {need}.")
            return User(name, role)
    journal.audit("?", "bad_pin", f"needs {need}")
    raise NotAllowed("Wrong PIN.")
