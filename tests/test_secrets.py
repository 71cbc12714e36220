"""Secrets: the encrypted-file store, plaintext keyrings refused, and no secret anywhere on
disk after a sale; files owner-only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from posapp.domain.errors import ConfigError
from posapp.providers.bills import sandbox as ags
from posapp.providers.efactory.sandbox import API_KEY, AUTH_TOKEN
from posapp.secrets import (
    EncryptedFileSecrets,
    KeyringSecrets,
    os_keyring,
    terminal_store,
)
from tests.procs import setup_home


class PlaintextLikeKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a plain dict, as keyrings.alt's
    PlaintextKeyring keeps them in a plain file; it ranks itself high."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def test_plaintext_and_missing_keyrings_are_refused():
    backend, why = os_keyring(PlaintextLikeKeyring())
    assert backend is None and "not an OS credential store" in why
    assert os_keyring(fail.Keyring())[0] is None
    ring = KeyringSecrets("/home/x", PlaintextLikeKeyring())
    assert not ring.usable
    with pytest.raises(ConfigError, match="no OS keyring"):
        ring.set("efactory.api_key", "k")
    assert ring.backend is None


def test_without_an_os_keyring_the_encrypted_file_is_used(tmp_path):
    store = terminal_store(tmp_path / "home", keyring_backend=PlaintextLikeKeyring(),
                           key_dir=tmp_path / "keys")
    assert isinstance(store.store, EncryptedFileSecrets)
    store.set("efactory.api_key", "live-key-0123456789")
    store.set("efactory.auth_token", "live-auth-abcdef")
    assert store.get("efactory.api_key") == "live-key-0123456789"
    assert store.get("aggregator.token") is None
    file_store = store.store
    assert isinstance(file_store, EncryptedFileSecrets)
    raw = file_store.path.read_bytes()
    assert b"live-key" not in raw and b"live-auth" not in raw
    for path in (file_store.path, file_store.key_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert file_store.key_path.parent != file_store.path.parent  # the key is not in the home
    assert "encrypted file" in store.describe()
    # a fresh store (another process) reads it back
    again = EncryptedFileSecrets(tmp_path / "home", key_dir=tmp_path / "keys")
    assert again.get("efactory.auth_token") == "live-auth-abcdef"


def test_sealed_entries_are_bound_to_their_name_and_key(tmp_path):
    store = EncryptedFileSecrets(tmp_path, key_dir=tmp_path / "keys")
    store.set("efactory.api_key", "AAAA-1111")
    store.set("efactory.auth_token", "BBBB-2222")
    data = json.loads(store.path.read_text())
    data["entries"]["efactory.api_key"], data["entries"]["efactory.auth_token"] = (
        data["entries"]["efactory.auth_token"], data["entries"]["efactory.api_key"])
    store.path.write_text(json.dumps(data))
    with pytest.raises(ConfigError, match="damaged"):
        store.get("efactory.api_key")
    other_key = EncryptedFileSecrets(tmp_path, key_dir=tmp_path / "other-keys")
    with pytest.raises(ConfigError, match="key of the terminal's secrets file is missing"):
        other_key.get("efactory.auth_token")


def test_a_passphrase_derives_the_key(tmp_path):
    store = EncryptedFileSecrets(tmp_path, key_dir=tmp_path / "keys", passphrase="correct horse")
    store.set("aggregator.token", "tok-987654321")
    assert json.loads(store.path.read_text())["kdf"]["name"] == "scrypt"
    assert not (tmp_path / "keys").exists()
    assert EncryptedFileSecrets(tmp_path, key_dir=tmp_path / "keys",
                                passphrase="correct horse").get("aggregator.token") == (
        "tok-987654321")
    with pytest.raises(ConfigError, match="cannot be opened"):
        EncryptedFileSecrets(tmp_path, passphrase="wrong").get("aggregator.token")
    with pytest.raises(ConfigError, match="POSAPP_SECRETS_PASSPHRASE"):
        EncryptedFileSecrets(tmp_path, key_dir=tmp_path / "keys",
                             passphrase="").get("aggregator.token")


# -- through the command line, with real processes --------------------------------------------

def posapp(home: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("POSAPP_")}
    e.update(env)
    return subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                          input=stdin, capture_output=True, text=True, timeout=90, env=e)


def every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_secrets_set_by_cli_sell_and_never_land_in_config_journal_logs_or_receipts(
        tmp_path, sandbox, vprinter):
    home, keys = tmp_path / "home", tmp_path / "keys"
    setup_home(home, sandbox.base_url, vprinter.port)
    env = {"POSAPP_SECRETS_KEY_DIR": str(keys)}
    for name, value in (("efactory.api_key", API_KEY), ("efactory.auth_token", AUTH_TOKEN)):
        done = posapp(home, "secret", "set", name, stdin=value + "\n", **env)
        assert done.returncode == 0, done.stderr
        assert "stored in the encrypted file" in done.stdout and str(keys) in done.stdout
    sold = posapp(home, "--log-level", "DEBUG", "sell", "efactory.prepaid", "04223568917",
                  "2500", "--json", **env)
    assert sold.returncode == 0, sold.stderr
    assert json.loads(sold.stdout)["state"] == "PRINTED"
    assert sandbox.payments(), "the sale reached the provider with the stored credentials"
    vprinter.wait_for_jobs(1)
    files = every_file(home) + every_file(vprinter.out_dir)
    assert any(p.name.startswith("journal") for p in files)
    assert any(p.suffix == ".log" for p in files) and any(p.suffix == ".png" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (API_KEY, AUTH_TOKEN):
            assert secret.encode() not in data, f"{secret} found in {path}"
    for text in (sold.stdout, sold.stderr):
        assert API_KEY not in text and AUTH_TOKEN not in text


def test_secret_set_with_no_usable_store_names_the_environment_variables(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    done = posapp(tmp_path / "home", "secret", "set", "efactory.api_key", stdin="k-123456\n",
                  POSAPP_SECRETS_KEY_DIR=str(blocker / "keys"))
    assert done.returncode == 2
    assert "POSAPP_SECRET_EFACTORY_API_KEY" in done.stderr
    assert "POSAPP_SECRET_AGGREGATOR_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_demo_never_writes_a_secret(tmp_path):
    """The demo's supervisor PIN is printed on its banner: it must not unlock the live
    terminal's credential store."""
    done = posapp(tmp_path / "home", "--demo", "secret", "set", "efactory.api_key",
                  stdin="1234\nvalue-1\n", POSAPP_SECRETS_KEY_DIR=str(tmp_path / "keys"))
    assert done.returncode == 2 and "without --demo" in done.stderr
    assert not list((tmp_path / "home").rglob(EncryptedFileSecrets.FILE))
    assert not (tmp_path / "keys").exists()


def test_secret_set_needs_a_technician_once_there_are_users(tmp_path):
    home, keys = tmp_path / "home", tmp_path / "keys"
    assert posapp(home, "user", "add", "owner", "--role", "supervisor",
                  stdin="2468\n").returncode == 0
    assert posapp(home, "user", "add", "ada", stdin="2468\n1357\n").returncode == 0
    refused = posapp(home, "secret", "set", "efactory.api_key", stdin="1357\nvalue-1\n",
                     POSAPP_SECRETS_KEY_DIR=str(keys))
    assert refused.returncode == 2 and "needs a supervisor" in refused.stderr
    assert not (home / EncryptedFileSecrets.FILE).exists()
    done = posapp(home, "secret", "set", "efactory.api_key", stdin="2468\nvalue-1\n",
                  POSAPP_SECRETS_KEY_DIR=str(keys))
    assert done.returncode == 0, done.stderr


# -- owner-only files --------------------------------------------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_everything_the_terminal_writes_is_owner_only(tmp_path):
    """A demo sale writes the journal (+ -wal/-shm), logs, receipts; an older home left
    world-readable is tightened at start."""
    home = tmp_path / "home" / "demo"  # where --demo keeps everything
    (home / "logs").mkdir(parents=True)
    home.chmod(0o755)
    old_log = home / "logs" / "posapp.log"
    old_log.write_text("old\n")
    old_log.chmod(0o644)
    sold = posapp(home.parent, "--demo", "sell", "efactory.prepaid", "04223568917", "1000",
                  "--json", POSAPP_SECRETS_KEY_DIR=str(tmp_path / "keys"))
    assert sold.returncode == 0, sold.stderr
    paths = [home, *home.rglob("*")]
    names = {p.name for p in paths}
    assert {"posapp.log", "receipts", "journal.sqlite3"} <= names
    # the receipt files are there when the printer thread got to them before the exit
    loose = [f"{p} {oct(stat.S_IMODE(p.stat().st_mode))}" for p in paths
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == []
    # and the demo's (public) sandbox credentials are nowhere in what the sale left
    for path in every_file(home):
        data = path.read_bytes()
        for secret in (API_KEY, AUTH_TOKEN, ags.TOKEN):
            assert secret.encode() not in data, f"{secret} found in {path}"


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_running_journal_and_its_wal_and_shm_are_owner_only(tmp_path):
    home = tmp_path / "home"
    e = {k: v for k, v in os.environ.items() if not k.startswith("POSAPP_")}
    proc = subprocess.Popen([sys.executable, "-m", "posapp.cli", "--home", str(home),
                             "service"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=e)
    try:
        assert "draining the outbox" in proc.stdout.readline()
        journal = home / "journal.sqlite3"
        files = [journal, journal.with_name(journal.name + "-wal"),
                 journal.with_name(journal.name + "-shm")]
        assert all(p.exists() for p in files)
        assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {"0o600"}
        assert oct(stat.S_IMODE(home.stat().st_mode)) == "0o700"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
