"""The headless `posapp` command against the sandbox, with --json output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from posapp.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr().out
    return code, out


def test_lookup_and_sell_json_in_demo_home(tmp_path, capsys):
    home = str(tmp_path)
    code, out = run(capsys, "--home", home, "--demo", "lookup", "efactory.prepaid",
                    "04223568917", "--json")
    assert code == 0 and json.loads(out)["name"].startswith("Mrs Funmilayo")
    code, out = run(capsys, "--home", home, "--demo", "sell", "efactory.prepaid", "04223568917",
                    "7500", "--json")
    sale = json.loads(out)
    assert code == 0 and sale["state"] == "PRINTED"
    assert [t["type"] for t in sale["tokens"]] == ["KCT1", "KCT2", "CREDIT"]
    # The demo keeps everything in <home>/demo: the live terminal's journal is never touched.
    assert list((tmp_path / "demo" / "receipts").glob("*.png"))
    assert not (tmp_path / "journal.sqlite3").exists()
    # the sale and its tokens are in the journal for a later command
    code, out = run(capsys, "--home", home, "--demo", "sale", sale["receipt_no"], "--json")
    assert json.loads(out)["tokens"] == sale["tokens"]
    code, out = run(capsys, "--home", home, "--demo", "history", "--json")
    assert [s["receipt_no"] for s in json.loads(out)] == [sale["receipt_no"]]


def test_sell_with_bad_amount_is_a_clear_error(tmp_path, capsys):
    code = main(["--home", str(tmp_path), "--demo", "sell", "efactory.prepaid", "54140724110",
                 "12.345"])
    assert code == 2
    assert "not an amount" in capsys.readouterr().err


def test_config_set_and_get_round_trip_without_secrets(tmp_path, capsys):
    home = str(tmp_path)
    assert main(["--home", home, "config", "set", "efactory.sc_id", "OYO"]) == 0
    capsys.readouterr()
    main(["--home", home, "config", "get", "efactory.sc_id"])
    assert capsys.readouterr().out.strip() == "OYO"
    text = (tmp_path / "config.toml").read_text()
    assert "OYO" in text and "key" not in text.lower().replace("sc_id", "")
    assert (tmp_path / "config.toml").stat().st_mode & 0o077 == 0


def test_sandbox_command_serves_the_doc_paths(tmp_path):
    from tests.conftest import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "posapp.cli", "--home", str(tmp_path),
                             "sandbox", "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        banner = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in banner
        import requests

        from posapp.providers.efactory.sandbox import API_KEY

        r = requests.get(f"http://127.0.0.1:{port}/ext/int/data/{API_KEY}/PREPAID/54140724110",
                         timeout=5)
        assert r.json()["responseCode"] == "00"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_users_pins_and_supervisor_gate(tmp_path):
    from tests import procs

    home = tmp_path
    procs.setup_home(home, "http://127.0.0.1:9", None)

    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                              input=stdin, capture_output=True, text=True, env=procs.env())

    assert run("user", "add", "owner", "--role", "supervisor", stdin="2468\n").returncode == 0
    # once a user exists, adding another needs a supervisor's PIN first
    refused = run("user", "add", "ada", stdin="0000\n1111\n")
    assert refused.returncode == 2 and "Wrong PIN" in refused.stderr
    assert run("user", "add", "ada", stdin="2468\n1111\n").returncode == 0
    assert run("user", "list").stdout.split() == ["ada", "cashier", "owner", "supervisor"]
    z = run("report", "z", "--close", "--json", stdin="1111\n")
    assert z.returncode == 2 and "this needs a supervisor" in z.stderr
    z = run("report", "z", "--close", "--json", stdin="2468\n")
    assert z.returncode == 0 and json.loads(z.stdout)["actor"] == "owner"
    db = (home / "journal.sqlite3").read_bytes()
    assert b"2468" not in db and b"1111" not in db  # only scrypt hashes are stored


def test_bills_list_validate_and_sell_json(tmp_path, capsys):
    home = str(tmp_path)
    code, out = run(capsys, "--home", home, "--demo", "list", "agg.tv", "--json")
    assert [o["name"] for o in json.loads(out)] == ["DSTV", "GOTV", "StarTimes"]
    code, out = run(capsys, "--home", home, "--demo", "list", "agg.tv", "--option",
                    "BPD-NGCA-AQA", "--json")
    assert {"plan_id": "BPD-DSTV-971", "name": "Padi", "price": "1850.00"} in json.loads(out)
    code, out = run(capsys, "--home", home, "--demo", "lookup", "agg.tv", "20020018196",
                    "--option", "BPD-NGCA-AWA", "--json")
    assert json.loads(out)["name"] == "CHIOMA EZE"
    code, out = run(capsys, "--home", home, "--demo", "sell", "agg.tv", "4122773388", "1850",
                    "--option", "BPD-NGCA-AQA", "--plan", "BPD-DSTV-971", "--json")
    sale = json.loads(out)
    assert code == 0 and sale["state"] == "PRINTED" and sale["reference"].startswith("5a")
    code, out = run(capsys, "--home", home, "--demo", "sell", "agg.waec", "-", "700",
                    "--option", "BPM-NGCA-ASA", "--plan", "700", "--json")
    pins = json.loads(out)["tokens"]
    assert code == 0 and len(pins) == 1 and pins[0]["serial"].startswith("WRN")


def test_supervisor_settles_a_held_bills_sale_from_the_cli(tmp_path):
    """GIVEN a TV payment the aggregator left PENDING (no enquiry exists)
    WHEN the supervisor checks the provider's portal and settles it with the CLI
    THEN the sale is VENDED with that reference, and it never left the queue by itself."""
    from posapp.providers.bills.sandbox import AggregatorSandbox
    from posapp.providers.efactory.sandbox import EFactorySandbox
    from tests import procs

    with EFactorySandbox() as ef, AggregatorSandbox() as bills:
        from tests.conftest import make_config

        config = make_config(tmp_path, ef.base_url, None, bills_url=bills.url)
        config.set("aggregator.read_timeout", 2.0)
        config.save()
        bills.set_fault("code", target="pay", code="PENDING")
        sold = procs.posapp(tmp_path, "sell", "agg.tv", "20020018196", "2000", "--option",
                            "BPD-NGCA-AWA", "--json", POSAPP_SECRET_AGGREGATOR_TOKEN="sandbox-agg-token")
        assert sold.returncode == 3 and json.loads(sold.stdout)["state"] == "IN_DOUBT"
        receipt = json.loads(sold.stdout)["receipt_no"]
        env = {"POSAPP_SECRET_AGGREGATOR_TOKEN": "sandbox-agg-token"}
        seen = bills.requests_seen
        assert procs.posapp(tmp_path, "queue", "drain", **env).returncode == 0
        assert bills.requests_seen == seen  # held: the drain sends nothing
        settle = subprocess.run(
            [sys.executable, "-m", "posapp.cli", "--home", str(tmp_path), "queue", "settle",
             receipt, "--vended", "--ref", "5a-portal-123", "--json"],
            capture_output=True, text=True, env=procs.env(**env))
        assert settle.returncode == 0, settle.stderr
        sale = json.loads(procs.posapp(tmp_path, "sale", receipt, "--json", **env).stdout)
        assert sale["state"] == "VENDED" and sale["reference"] == "5a-portal-123"


def test_copy_setup_to_the_next_terminal(tmp_path, capsys):
    first, second, shared = tmp_path / "t1", tmp_path / "t2", tmp_path / "setup.toml"
    for key, value in (("terminal.terminal_id", "T-0001"), ("efactory.sc_id", "OYO"),
                       ("printer.profile", "58mm"), ("terminal.shop_name", "Mama Put Energy")):
        assert main(["--home", str(first), "config", "set", key, value]) == 0
    assert main(["--home", str(second), "config", "set", "terminal.terminal_id", "T-0002"]) == 0
    assert main(["--home", str(first), "config", "export", str(shared)]) == 0
    assert "T-0001" not in shared.read_text()
    assert main(["--home", str(second), "config", "import", str(shared)]) == 0
    capsys.readouterr()
    values = {}
    for key in ("terminal.terminal_id", "efactory.sc_id", "printer.profile", "terminal.shop_name"):
        main(["--home", str(second), "config", "get", key])
        values[key] = capsys.readouterr().out.strip()
    assert values == {"terminal.terminal_id": "T-0002", "efactory.sc_id": "OYO",
                      "printer.profile": "58mm", "terminal.shop_name": "Mama Put Energy"}


def test_import_refuses_a_bad_setup_and_changes_nothing(tmp_path, capsys):
    home, bad = tmp_path / "t", tmp_path / "bad.toml"
    assert main(["--home", str(home), "config", "set", "efactory.sc_id", "OYO"]) == 0
    bad.write_text('[printer]\nport = "not a number"\n')
    assert main(["--home", str(home), "config", "import", str(bad)]) == 2
    capsys.readouterr()
    main(["--home", str(home), "config", "get", "efactory.sc_id"])
    assert capsys.readouterr().out.strip() == "OYO"


@pytest.mark.parametrize("args,words", [
    (["config", "get", "no.such.key"], "no setting 'no.such.key'"),
    (["config", "import", "/nonexistent/posapp.toml"], "no file"),
    (["config", "get"], "Missing argument: posapp config get KEY"),
    (["config", "set", "efactory.sc_id"], "Missing argument: posapp config set KEY VALUE"),
])
def test_wrong_config_commands_say_so_and_change_nothing(tmp_path, capsys, args, words):
    code = main(["--home", str(tmp_path), *args])
    err = capsys.readouterr().err
    assert code == 2 and words in err and "Traceback" not in err
    assert not (tmp_path / "config.toml").exists()


def test_a_home_that_is_a_file_is_a_clear_error(tmp_path, capsys):
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    out = subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), "history"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "cannot be used" in out.stderr
    assert "Traceback" not in out.stderr
