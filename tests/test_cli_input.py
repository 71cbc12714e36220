"""Every CLI command with wrong, missing and hostile input: real `python -m posapp.cli`
processes, each ending with its exit code and one clear `error:` line, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from posapp.config import Config
from posapp.secrets import MemorySecrets
from posapp.service import Counter

ROOT = Path(__file__).resolve().parent.parent


def run(home: Path, *args: str, stdin: str = "", demo: bool = False,
        env: dict[str, str] | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("POSAPP_SECRET_")}
    e["PYTHONPATH"] = str(ROOT)
    e["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no OS keyring here
    e.update(env or {})
    cmd = [sys.executable, "-m", "posapp.cli", "--home", str(home)]
    return subprocess.run(cmd + (["--demo"] if demo else []) + list(args), input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=e, cwd=ROOT)


def error_line(out: subprocess.CompletedProcess) -> str:
    """The one `error:` line; nothing else on stderr looks like an error or a traceback."""
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    errors = [ln for ln in out.stderr.splitlines() if "error" in ln.lower()]
    assert len(errors) == 1 and errors[0].startswith("error: "), out.stderr
    return errors[0]


def _files(home: Path) -> None:
    """What the hostile rows point at."""
    home.mkdir(exist_ok=True)
    (home.parent / "folder").mkdir(exist_ok=True)
    (home.parent / "binary.toml").write_bytes(bytes(range(256)) * 4)
    (home.parent / "prose.toml").write_text("Dear technician, here are the settings\n")
    (home.parent / "empty.toml").write_text("")
    (home.parent / "bad-values.toml").write_text('[printer]\nport = 0\n[terminal]\n'
                                                 'training = "tru"\n')
    (home.parent / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")


# (arguments, words in the error line); {home} and {tmp} are filled in; exit code 2.
TABLE = [
    (["config"], "the following arguments are required: action"),
    (["config", "set"], "Missing argument: posapp config set KEY VALUE"),
    (["config", "set", "terminal.training"], "Missing argument: posapp config set KEY VALUE"),
    (["config", "get"], "Missing argument: posapp config get KEY"),
    (["config", "import"], "Missing argument: posapp config import FILE"),
    (["config", "export"], "Missing argument: posapp config export FILE"),
    (["config", "frob"], "invalid choice: 'frob'"),
    (["config", "get", "no.such.key"], "no setting 'no.such.key'"),
    (["config", "set", "no.such.key", "1"], "no setting 'no.such.key'"),
    (["config", "set", "terminal.training", "tru"], "say true or false"),
    (["config", "set", "printer.port", "99999"], "a port is 1 to 65535"),
    (["config", "set", "printer.port", "abc"], "a whole number"),
    (["config", "set", "printer.timeout", "nan"], "a number in digits 0-9"),
    (["config", "set", "printer.timeout", "-1"], "seconds above zero"),
    (["config", "set", "efactory.read_timeout", "inf"], "a number in digits 0-9"),
    (["config", "set", "printer.type", "netwrok"], "one of none, virtual, network"),
    (["config", "set", "printer.profile", "99mm"], "one of 58mm, 80mm"),
    (["config", "set", "efactory.base_url", "ftp://evil"], "http or https, with a host"),
    (["config", "set", "aggregator.categories", "tv,movies"], "each one of"),
    (["config", "set", "efactory.max_amount", "١٠٠"], "not an amount"),
    (["config", "set", "terminal.shop_name", "Shop\x1b[2J"], "control characters"),
    (["config", "set", "printer.device", "{home}/journal.sqlite3"], "never a printer"),
    (["config", "set", "printer.device", "{tmp}/photo.jpg"], "printing would destroy"),
    (["config", "import", "{tmp}/missing.toml"], "There is no file"),
    (["config", "import", "{tmp}/folder"], "is a folder, not a settings file"),
    (["config", "import", "{tmp}/binary.toml"], "not UTF-8 text"),
    (["config", "import", "{tmp}/prose.toml"], "is damaged"),
    (["config", "import", "{tmp}/empty.toml"], "holds no settings"),
    (["config", "import", "{tmp}/bad-values.toml"], "nothing was changed: printer.port"),
    (["config", "export", "{tmp}/folder"], "is a folder: give a file name"),
    (["config", "export", "{tmp}/no-such-dir/x.toml"], "There is no folder"),
    (["config", "export", "{home}/config.toml"], "outside the terminal home"),
    (["config", "export", "{tmp}/photo.jpg"], "is not a settings file"),
    (["secret"], "the following arguments are required"),
    (["secret", "set", "no.such"], "invalid choice: 'no.such'"),
    (["secret", "set", "efactory.api_key"], "Nothing was given for efactory.api_key"),
    (["history", "--limit", "0"], "a number above zero"),
    (["history", "--limit", "abc"], "a number above zero"),
    (["sell"], "the following arguments are required: product, account, amount"),
    (["sell", "efactory.prepaid", "04223568917", "100", "--wait", "nan"], "above zero"),
    (["report", "weekly"], "invalid choice: 'weekly'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["--log-level", "loud", "history"], "invalid choice: 'LOUD'"),
    (["sandbox", "--port", "99999"], "a port is 0 to 65535"),
    (["queue", "settle"], "Say which sale"),
    (["--home", "{tmp}/photo.jpg", "config", "list"], "is a file, not a folder"),
    (["--home", "{tmp}/photo.jpg", "config", "set", "printer.port", "9101"], "not a folder"),
    (["--home", "{tmp}/photo.jpg", "secret", "set", "efactory.api_key"], "not a folder"),
]


@pytest.mark.parametrize("args,words", TABLE, ids=[" ".join(a)[:40] for a, _ in TABLE])
def test_wrong_missing_and_hostile_input_is_one_clear_error(tmp_path, args, words):
    home = tmp_path / "home"
    _files(home)
    args = [a.format(home=home, tmp=tmp_path) for a in args]
    out = run(home, *args)
    assert out.returncode == 2, out.stderr
    assert words in error_line(out)
    assert not (home / "config.toml").exists()  # nothing was changed


@pytest.mark.parametrize("content,words", [
    (b"\xff\xfe[terminal]\n", "not UTF-8 text"),
    (b"[terminal\nshop_name=", "is damaged"),
    (b"[printer]\nport = 99999\n", "printer.port cannot take 99999"),
    (b'[terminal]\ntraining = "tru"\n', "say true or false"),
])
def test_a_damaged_settings_file_is_one_clear_error_for_every_command(tmp_path, content, words):
    (tmp_path / "config.toml").write_bytes(content)
    for args in (["history"], ["report", "shift"], ["config", "export", str(tmp_path.parent /
                                                                          "x.toml")]):
        out = run(tmp_path, *args)
        assert out.returncode == 2 and words in error_line(out), args


def test_config_repairs_a_settings_file_with_a_bad_value(tmp_path):
    """`config list` still works (with a warning) and `config set` repairs the setting."""
    (tmp_path / "config.toml").write_text('[printer]\nport = 99999\n')
    out = run(tmp_path, "config", "list")
    assert out.returncode == 0 and "warning: printer.port cannot take 99999" in out.stderr
    assert "printer.port = 99999" in out.stdout and "CANNOT BE USED" in out.stdout
    assert run(tmp_path, "config", "set", "printer.port", "9101").returncode == 0
    assert run(tmp_path, "history").returncode == 0


@pytest.mark.parametrize("args,words", [
    (["list", "agg.tv", "--option", "BAD"], "--option BAD is not one of agg.tv's products"),
    (["list", "--option", "BAD"], "--option needs a product first"),
    (["lookup", "agg.tv", "1234567890"], "agg.tv needs --option"),
    (["sell", "agg.tv", "1234567890", "1000", "--plan", "BPD-DSTV-971"], "--plan needs --option"),
    (["sell", "efactory.prepaid", "04223568917", "1000", "--option", "X"], "has no options"),
])
def test_wrong_options_say_what_is_wrong_not_call_support(tmp_path, args, words):
    out = run(tmp_path, *args, demo=True)
    line = error_line(out)
    assert out.returncode == 2 and words in line and "Call support" not in line


# -- technician's PIN and the audit ------------------------------------------------------


def _people(home: Path) -> None:
    counter = Counter(Config(home), MemorySecrets())
    try:
        counter.add_user("sue", "supervisor", "1357", "test")
        counter.add_user("tim", "technician", "2468", "sue")  # users: sue's work until tim
    finally:
        counter.stop()


def _audit(home: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(home / "journal.sqlite3") as db:
        return [tuple(r) for r in db.execute("SELECT actor, action, detail FROM audit "
                                             "ORDER BY id")]


def test_settings_and_secrets_need_the_technicians_pin_and_are_audited(tmp_path):
    _people(tmp_path)
    out = run(tmp_path, "config", "set", "printer.port", "9101", stdin="2468\n")
    assert out.returncode == 0, out.stderr
    assert ("tim", "config_set", "printer.port: 9100 -> 9101") in _audit(tmp_path)
    # a supervisor, nobody, a wrong PIN: refused, nothing saved
    for pin, words in (("1357\n", "needs a technician"), ("", "Type the PIN first"),
                       ("0000\n", "Wrong PIN")):
        out = run(tmp_path, "config", "set", "efactory.base_url", "https://evil.example",
                  stdin=pin)
        assert out.returncode == 2 and words in error_line(out)
    assert "evil" not in (tmp_path / "config.toml").read_text()
    # a secret: the PIN, then the value; the audit names the secret, never its value
    # (no OS keyring here: the encrypted file, its key kept outside the home)
    out = run(tmp_path, "secret", "set", "efactory.api_key", stdin="2468\nTOPSECRET-123\n",
              env={"POSAPP_SECRETS_KEY_DIR": str(tmp_path / "keys")})
    assert out.returncode == 0 and "stored in the encrypted file" in out.stdout, out.stderr
    assert ("tim", "secret_set", "efactory.api_key") in _audit(tmp_path)
    out = run(tmp_path, "secret", "set", "efactory.api_key", stdin="1357\nTOPSECRET-123\n")
    assert out.returncode == 2 and "needs a technician" in error_line(out)
    assert "TOPSECRET" not in repr(_audit(tmp_path))


def test_an_import_shows_its_changes_and_needs_yes_for_security_settings(tmp_path):
    home, other = tmp_path / "home", tmp_path / "other.toml"
    home.mkdir()
    _people(home)
    other.write_text('[efactory]\nbase_url = "https://evil.example"\nallow_plain_http = true\n'
                     '[terminal]\nshop_name = "Corner Shop"\nterminal_id = "OTHER001"\n')
    out = run(home, "config", "import", str(other), stdin="2468\n")
    assert out.returncode == 2
    assert "efactory.base_url: 'https://demo.efactory.com.ng' -> 'https://evil.example'" \
        in out.stdout and "terminal.shop_name" in out.stdout
    assert "--yes" in error_line(out) and not (home / "config.toml").exists()
    out = run(home, "config", "import", str(other), "--yes", stdin="1357\n")
    assert out.returncode == 2 and "needs a technician" in error_line(out)
    out = run(home, "config", "import", str(other), "--yes", stdin="2468\n")
    assert out.returncode == 0, out.stderr
    cfg = Config.load(home)
    assert cfg.get("efactory.base_url") == "https://evil.example"
    assert cfg.get("terminal.terminal_id") != "OTHER001"  # this terminal's own id is kept
    audited = [d for a, act, d in _audit(home) if act == "config_set" and a == "tim"]
    assert len(audited) == 3 and any("allow_plain_http: False -> True" in d for d in audited)


def test_config_set_on_a_terminal_without_users_needs_no_pin_but_is_audited(tmp_path):
    out = run(tmp_path, "config", "set", "aggregator.categories", "tv,waec")
    assert out.returncode == 0 and "['tv', 'waec']" in out.stdout
    assert run(tmp_path, "config", "get", "aggregator.categories").stdout.strip() == "tv,waec"
    assert _audit(tmp_path)[-1][1:] == (
        "config_set", "aggregator.categories: ['tv', 'waec', 'electricity'] -> ['tv', 'waec']")


# -- output, messages ---------------------------------------------------------------------


def test_history_into_a_closed_pipe_exits_quietly(tmp_path):
    """`posapp history | head`: the reader goes away; no traceback, no error."""
    out = run(tmp_path, "sell", "efactory.prepaid", "04223568917", "7500", "--no-print",
              demo=True)
    assert out.returncode == 0, out.stderr
    env = {k: v for k, v in os.environ.items()} | {"PYTHONPATH": str(ROOT)}
    read, write = os.pipe()
    os.close(read)  # the reader is gone before posapp writes a byte
    proc = subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path),
                           "--demo", "history"], stdout=write, stderr=subprocess.PIPE,
                          text=True, timeout=90, env=env, cwd=ROOT)
    os.close(write)
    assert proc.returncode == 0 and proc.stderr == ""


def test_empty_history_and_reports_say_so_and_shift_numbers_run_on(tmp_path):
    out = run(tmp_path, "history")
    assert out.returncode == 0 and out.stdout.strip() == "no sales yet on this terminal"
    assert "no sale matches 'x'" in run(tmp_path, "history", "--search", "x").stdout
    out = run(tmp_path, "report", "z")
    assert out.returncode == 0 and "no sales in this day" in out.stdout
    assert "SHIFT report 1" in run(tmp_path, "report", "shift", "--close").stdout
    assert "Z report 1" in run(tmp_path, "report", "z", "--close").stdout
    # the Z closed an empty shift: the next shift is number 2, not 3
    assert run(tmp_path, "report", "shift").stdout.startswith("SHIFT report 2")


def test_an_error_prints_once_without_a_log_line(tmp_path):
    """A printer that is not there: the service logs a warning for the log file, and the
    person sees one message."""
    cfg = Config(tmp_path)
    cfg.set("printer.type", "network")
    cfg.set("printer.port", "9")
    cfg.set("printer.timeout", "1")
    cfg.save()
    out = run(tmp_path, "print-test")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    error_line(out)
    assert "print failed" in (tmp_path / "logs" / "posapp.log").read_text()


def test_no_display_says_what_to_do_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path), "gui"],
                         capture_output=True, text=True, timeout=90, env=env, cwd=ROOT)
    assert out.returncode == 2 and "QT_QPA_PLATFORM=offscreen" in error_line(out)
    env["DISPLAY"] = ":93"  # nobody serves this display
    out = subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path), "gui"],
                         capture_output=True, text=True, timeout=90, env=env, cwd=ROOT)
    assert out.returncode == 2 and "cannot be reached" in error_line(out)
