"""People at the counter: names, roles and PINs (scrypt-hashed), and the PIN guard.

Roles are ranked cashier < supervisor < technician; each may do what the ones below do.
A cashier sells and reprints; a supervisor also opens the drawer, settles held sales by
hand, closes shifts and days and reads the audit trail; a technician also changes
settings, users and secrets. Until the terminal has a technician, its supervisors do the
technician's work (a one-person shop's owner is its technician).

Wrong PINs are counted in the journal: five within an hour lock PIN entry for 5 minutes,
then 10, 20, 40, at most 60; while locked even the right PIN is refused. A terminal that
has ever had users keeps asking for PINs, even if the `users` table is emptied.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
from dataclasses import dataclass

from posapp.domain.errors import InputError, PosError
from posapp.store.journal import Journal

ROLES = ("cashier", "supervisor", "technician")
RANK = {r: n for n, r in enumerate(ROLES)}
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms per check on a small PC

MAX_FAILURES = 5  # wrong PINs within FAILURE_WINDOW before PIN entry locks
FAILURE_WINDOW = 3600.0  # a wrong PIN is forgotten after an hour without another
LOCK_SECONDS = 300.0  # the first lockout; each later one doubles
LOCK_MAX = 3600.0
LOCKOUTS_FORGOTTEN = 86400.0  # a day without a wrong PIN starts the doubling again

Guard = tuple[int, float, float, int]  # failures, last_failure_at, locked_until, lockouts


class NotAllowed(PosError):
    """Wrong PIN, or a role that may not do this."""


class Locked(NotAllowed):
    """Too many wrong PINs: PIN entry is refused until `until` (epoch seconds)."""

    def __init__(self, until: float) -> None:
        self.until = until
        super().__init__(f"Too many wrong PINs. Try again in {wait_text(until - time.time())}.",
                         f"PIN entry locked until {time.ctime(until)}")


@dataclass(frozen=True)
class User:
    name: str
    role: str


def wait_text(seconds: float) -> str:
    minutes = math.ceil(max(seconds, 1) / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


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


# -- the PIN guard ------------------------------------------------------------------------

def _after_failure(old: Guard, now: float) -> Guard:
    """The guard after one more wrong PIN: the fifth within the window locks PIN entry."""
    failures, last, locked_until, lockouts = old
    if now - last > FAILURE_WINDOW:
        failures = 0
    if now - last > LOCKOUTS_FORGOTTEN:
        lockouts = 0
    failures += 1
    if failures >= MAX_FAILURES:
        lockouts += 1
        locked_until = now + min(LOCK_SECONDS * 2 ** (lockouts - 1), LOCK_MAX)
        failures = 0
    return failures, now, locked_until, lockouts


def locked_until(journal: Journal) -> float:
    """When PIN entry opens again (0 if it is open). A clock set back cannot lengthen a
    lockout beyond LOCK_MAX."""
    until = journal.pin_guard()[2]
    now = time.time()
    return min(until, now + LOCK_MAX) if until > now else 0.0


def _check_open(journal: Journal, need: str) -> None:
    until = locked_until(journal)
    if until:
        journal.audit("?", "pin_refused_locked", f"needs {need}")
        raise Locked(until)


# -- who may do what ---------------------------------------------------------------------

def has_people(journal: Journal) -> bool:
    """PINs are asked once the terminal has (or ever had) a user; before that, first set-up."""
    return journal.had_users()


def _needed(journal: Journal, need: str) -> str:
    """A technician's work falls to the supervisors until the terminal has a technician."""
    if need == "technician" and not any(r == "technician" for _, r, _ in journal.users()):
        return "supervisor"
    return need


def authorize(journal: Journal, pin: str, need: str) -> User:
    """The user whose PIN this is, if their role is at least `need`; audited either way.
    Refused without checking while PIN entry is locked."""
    if need not in RANK:
        raise ValueError(need)
    _check_open(journal, need)
    if not has_people(journal):  # first set-up: no PIN can be right yet; not a guess
        raise NotAllowed("This terminal has no users yet. Add the first one: posapp user add "
                         "NAME --role supervisor.")
    if not pin.strip():  # nothing typed (a script with no PIN on stdin): not a guess
        raise NotAllowed("Type the PIN first.", "empty PIN")
    need = _needed(journal, need)
    for name, role, stored in journal.users():
        if check_pin(pin, stored):
            if RANK.get(role, -1) < RANK[need]:
                journal.audit(name, "refused", f"needs {need}")
                raise NotAllowed(f"{name} is a {role}; this needs a {need}.")
            return User(name, role)
    guard = journal.record_pin_failure(_after_failure, "?", f"needs {need}")
    if guard[2] > time.time():
        raise Locked(guard[2])
    raise NotAllowed("Wrong PIN.")


def require(journal: Journal, actor: str, need: str) -> None:
    """Refuse a service verb to `actor` unless they are a user with at least `need`. Open
    on a terminal that never had users (first set-up)."""
    if not has_people(journal):
        return
    need = _needed(journal, need)
    role = next((r for n, r, _ in journal.users() if n == actor), None)
    if role is None or RANK.get(role, -1) < RANK[need]:
        journal.audit(actor or "?", "refused", f"needs {need}")
        raise NotAllowed(f"This needs a {need}.", f"{actor!r} is {role or 'not a user'}")


# -- managing users -------------------------------------------------------------------------

def _valid_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("A PIN is 4 to 8 digits.")
    return pin


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 40 or not name.isprintable():
        raise InputError("A user needs a name of up to 40 letters.")
    return name


def _valid_role(role: str) -> str:
    if role not in RANK:
        raise InputError(f"Role must be one of {', '.join(ROLES)}.", role)
    return role


def _unshared(journal: Journal, pin: str, name: str) -> str:
    """A PIN is who you are: one another user already has would sign in as them (the first
    match wins), so it is refused without saying whose it is."""
    if any(check_pin(pin, stored) for other, _, stored in journal.users() if other != name):
        raise InputError("That PIN is already in use. Choose another one.")
    return pin


def add_user(journal: Journal, name: str, role: str, pin: str, actor: str) -> User:
    """A new user; an existing name is refused (change it with set_pin / set_role)."""
    name, role, pin = _valid_name(name), _valid_role(role), _valid_pin(pin)
    _unshared(journal, pin, name)
    if not journal.add_user(name, role, hash_pin(pin), actor):
        raise InputError(f"There is already a user called {name}. Change their PIN or role "
                         "instead.", name)
    return User(name, role)


def set_pin(journal: Journal, name: str, pin: str, actor: str) -> None:
    if name not in {n for n, _, _ in journal.users()}:
        raise InputError(f"There is no user called {name}.", name)
    refused = journal.change_user(name, actor, "user_pin", name,
                                  pin_hash=hash_pin(_unshared(journal, _valid_pin(pin), name)))
    if refused:
        raise InputError(f"There is no user called {name}.", name)


def _keep_one(journal: Journal) -> tuple[str, ...]:
    roles = {r for _, r, _ in journal.users()}
    return ("supervisor",) + (("technician",) if "technician" in roles else ())


def set_role(journal: Journal, name: str, role: str, actor: str) -> None:
    """Change a user's role; never leaves the terminal without a supervisor (or without a
    technician, once it has one)."""
    role = _valid_role(role)
    refused = journal.change_user(name, actor, "user_role", f"{name} as {role}", role=role,
                                  keep_one=_keep_one(journal))
    _explain(refused, name)


def remove_user(journal: Journal, name: str, actor: str) -> None:
    refused = journal.change_user(name, actor, "user_remove", name, remove=True,
                                  keep_one=_keep_one(journal))
    _explain(refused, name)


def _explain(refused: str, name: str) -> None:
    if refused == "missing":
        raise InputError(f"There is no user called {name}.", name)
    if refused:
        raise InputError(f"{name} is the last {refused}: add another {refused} first.", name)
