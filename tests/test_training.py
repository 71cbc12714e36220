"""Training and the demo never spend real money and never touch a live terminal: training
talks to the built-in sandboxes only, its sales stay out of the real totals, the banner
says only what is true, and every `--demo` command keeps to `<home>/demo`."""

from __future__ import annotations

import hashlib
import io
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from posapp.cli import _parser, main
from posapp.compose import open_terminal
from posapp.domain.errors import ConfigError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.service import Counter
from posapp.ui.main_window import MainWindow
from tests import procs
from tests.conftest import free_port, make_config

LIVE_URL = "https://api.efactory.example/v1"  # a real provider's address, as a technician typed it


def NGN(text: str) -> Money:  # noqa: N802
    return Money.parse(text, "NGN")


# -- training can never spend real money ----------------------------------------------------

def test_training_with_a_live_provider_refuses_to_sell_and_sends_nothing(tmp_path, secrets):
    config = make_config(tmp_path, LIVE_URL, None)
    config.set("terminal.training", True)
    counter = Counter(config, secrets)
    try:
        assert "efactory.base_url" in counter.training_problem()
        assert counter.info().training_problem
        with pytest.raises(ConfigError) as exc:
            counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        assert "Training mode is on" in exc.value.message and "nothing was sent" in (
            exc.value.message)
        with pytest.raises(ConfigError):
            counter.lookup("efactory.prepaid", "54140724110")
        assert counter.history() == []  # not even journalled: nothing to send later
    finally:
        counter.stop()


def test_training_leaves_a_live_queued_sale_unsent(tmp_path, secrets):
    """A sale queued while live is not sent once the terminal is switched to training."""
    config = make_config(tmp_path, f"http://127.0.0.1:{free_port()}", None)
    counter = Counter(config, secrets)
    sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    assert sale.state == SaleState.QUEUED
    counter.keep_queued(sale.id, "ann")
    counter.stop()
    config.set("efactory.base_url", LIVE_URL)
    config.set("terminal.training", True)
    counter = Counter(config, secrets)
    try:
        counter.drain(force=True)
        after = counter.sale(sale.id)
        assert after.state == SaleState.QUEUED and after.attempts == sale.attempts
    finally:
        counter.stop()


def test_training_on_the_sandboxes_sells_and_marks_the_sale(counter):
    counter.config.set("terminal.training", True)
    assert counter.training_problem() == ""
    sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    assert sale.state == SaleState.VENDED and sale.training


def test_reports_keep_training_sales_out_of_the_real_totals(counter):
    counter.config.set("terminal.training", True)
    counter.sell("efactory.prepaid", "54140724110", NGN("2000"))
    counter.config.set("terminal.training", False)
    counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    shift = counter.report("shift")
    assert shift.completed == 1 and shift.totals == [NGN("1000")]
    assert [(x.count, x.total) for x in shift.lines] == [(1, NGN("1000"))]
    assert [(x.count, x.total) for x in shift.tenders] == [(1, NGN("1000"))]
    assert shift.training_sales == 1 and shift.training_totals == [NGN("2000")]
    assert not shift.training  # made on a live terminal
    counter.config.set("terminal.training", True)
    z = counter.close_report("z", "owner")
    assert z.training and z.totals == [NGN("1000")] and z.training_totals == [NGN("2000")]
    data = z.to_json()
    assert data["training"] is True and data["training_totals"] == [
        {"total": "2000.00", "currency": "NGN"}]


# -- the banner says only what is true ------------------------------------------------------

def banner(qtbot, counter) -> tuple[str, bool]:
    window = MainWindow(counter)
    qtbot.addWidget(window)
    text, shown = window.banner.text(), window.banner.isVisibleTo(window)
    window.close()  # its status tasks end before the test closes the terminal
    return text, shown


def test_a_training_terminal_does_not_claim_a_demo_pin(qtbot, counter):
    counter.config.set("terminal.training", True)
    text, shown = banner(qtbot, counter)
    assert shown and "TRAINING" in text and "no real money" in text
    assert "1234" not in text and "PIN" not in text


def test_a_live_terminal_has_no_banner(qtbot, counter):
    text, shown = banner(qtbot, counter)
    assert not shown and text == ""


def test_training_with_a_live_provider_says_it_will_not_sell(qtbot, tmp_path, secrets):
    config = make_config(tmp_path, LIVE_URL, None)
    config.set("terminal.training", True)
    counter = Counter(config, secrets)
    try:
        text, shown = banner(qtbot, counter)
        assert shown and "will not sell" in text and "no real money" not in text
    finally:
        counter.stop()


def test_the_demo_names_its_pin_only_while_it_works(qtbot, tmp_path):
    terminal = open_terminal(tmp_path, demo=True)
    try:
        text, _ = banner(qtbot, terminal.counter)
        assert "DEMO" in text and "Supervisor PIN: 1234" in text
        terminal.counter.set_pin("owner", "9876", "owner")  # add_user never overwrites
    finally:
        terminal.close()
    terminal = open_terminal(tmp_path, demo=True)
    try:
        text, _ = banner(qtbot, terminal.counter)
        assert "DEMO" in text and "1234" not in text
    finally:
        terminal.close()


def test_the_damaged_journal_banner_shows_from_the_status(qtbot, counter):
    window = MainWindow(counter)
    qtbot.addWidget(window)
    counter.journal.damaged("a test's corrupt page")
    window.refresh_status()
    qtbot.waitUntil(lambda: window.journal_banner.isVisibleTo(window), timeout=5000)
    assert "DAMAGED" in window.journal_banner.text()
    assert "posapp journal restore" in window.journal_banner.text()
    window.tasks.wait(5000)


# -- the demo never touches a live terminal -------------------------------------------------

def snapshot(home: Path) -> dict[str, str]:
    """Every file of the live home (not its demo folder), by content."""
    return {str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file() and "demo" not in p.parts}


@pytest.fixture
def live_home(tmp_path, secrets):
    """A live terminal with a queued sale, a supervisor and its own settings."""
    home = tmp_path / "live"
    config = make_config(home, f"http://127.0.0.1:{free_port()}", None)
    config.set("terminal.terminal_id", "LIVE0001")
    config.save()
    counter = Counter(config, secrets)
    counter.add_user("ann", "supervisor", "4321", "setup")
    sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    counter.keep_queued(sale.id, "ann")
    assert counter.sale(sale.id).state == SaleState.QUEUED
    counter.stop()
    counter.journal.close()
    return home


#: every command that opens a terminal, run the way a careless technician would with --demo
DEMO_RUNS: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "list": [(("list",), ""), (("list", "--tenders"), "")],
    "lookup": [(("lookup", "efactory.prepaid", "04223568917"), "")],
    "sell": [(("sell", "efactory.prepaid", "04223568917", "1000"), "")],
    "sale": [(("sale", "LIVE0001-000001"), ""), (("sale", "DEMO0001-000001"), "")],
    "history": [(("history",), "")],
    "reprint": [(("reprint", "DEMO0001-000001"), "")],
    "queue": [(("queue",), ""), (("queue", "retry"), ""), (("queue", "drain"), ""),
              (("queue", "settle", "LIVE0001-000001", "--failed"), "1234\n")],
    "print-test": [(("print-test",), "")],
    "report": [(("report", "shift", "--print"), ""), (("report", "z", "--close"), "1234\n")],
    "drawer": [(("drawer",), "1234\n")],
    "audit": [(("audit",), "1234\n")],
    "user": [(("user", "list"), ""), (("user", "add", "bob", "--role", "supervisor"),
                                      "1234\n5678\n")],
    "journal": [(("journal",), ""), (("journal", "backup"), ""), (("journal", "verify"), "")],
    "config": [(("config", "set", "terminal.shop_name", "Demo shop"), "")],
}
NOT_A_TERMINAL = {"gui", "demo", "sandbox", "secret"}  # the window; no journal; keyring only


@pytest.mark.parametrize("given", ["--home", "POSAPP_HOME"])
def test_every_demo_command_leaves_the_live_terminal_untouched(live_home, capsys, given,
                                                               monkeypatch):
    """With the live home given either way (issue 10: `--demo` without `--home`)."""
    where = ["--home", str(live_home)]
    if given == "POSAPP_HOME":
        monkeypatch.setenv("POSAPP_HOME", str(live_home))
        where = []
    _, handlers = _parser()
    assert set(handlers) - NOT_A_TERMINAL == set(DEMO_RUNS) | {"service"}, (
        "a new command: add it to DEMO_RUNS")
    before = snapshot(live_home)
    for runs in DEMO_RUNS.values():
        for args, stdin in runs:
            old, sys.stdin = sys.stdin, io.StringIO(stdin)
            try:
                code = main([*where, "--demo", *args])
            finally:
                sys.stdin = old
            _out, err = capsys.readouterr()
            assert code in (0, 2, 3) and "Traceback" not in err, (args, err)
    service = subprocess.Popen([sys.executable, "-m", "posapp.cli", *where, "--demo", "service"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=procs.env(POSAPP_HOME=str(live_home)))
    try:
        line = service.stdout.readline()
    finally:
        service.send_signal(signal.SIGTERM)
        _, service_err = service.communicate(timeout=30)
    assert "draining" in line and service.returncode == 0, service_err
    assert snapshot(live_home) == before
    # The demo had its own journal all along, and the live sale is still queued in its own.
    assert (live_home / "demo" / "journal.sqlite3").is_file()
    live = procs.queue(live_home)
    assert [(s["receipt_no"], s["state"]) for s in live] == [("LIVE0001-000001", "QUEUED")]


def test_gui_demo_and_cli_demo_share_one_journal_under_posapp_home(qtbot, tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("POSAPP_HOME", str(tmp_path))
    from posapp.ui.app import build_window

    window, terminal = build_window(None, demo=True)
    qtbot.addWidget(window)
    assert terminal.home == tmp_path / "demo"
    sale = terminal.counter.sell("efactory.prepaid", "04223568917", NGN("1000"))
    window.close()  # closes the terminal too
    code = main(["--demo", "history", "--json"])
    assert code == 0
    found = [s["receipt_no"] for s in json.loads(capsys.readouterr().out)]
    assert sale.receipt_no in found
    assert not (tmp_path / "journal.sqlite3").exists() and not (tmp_path / "logs").exists()
