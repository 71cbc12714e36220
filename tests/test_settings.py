"""Settings are checked when they are set (CLI, import, settings file), never first at the
counter; the printer device can never be one of the terminal's own files; the one digits
rule for what people type."""

from __future__ import annotations

import math
import os

import pytest

from posapp.config import BY_KEY, SETTINGS, Config, is_security
from posapp.domain.errors import ConfigError
from posapp.domain.money import Money, MoneyError
from posapp.domain.product import AccountRule, ascii_digits
from posapp.domain.settings import format_value, parse_text


def refused(config: Config, key: str, value: object) -> str:
    before = config.get(key)
    with pytest.raises(ConfigError) as exc:
        config.set(key, value)
    assert config.get(key) == before  # nothing changed
    assert key in exc.value.message  # the technician is told which setting
    return exc.value.message


def test_every_setting_round_trips_through_its_command_line_syntax(tmp_path):
    """GIVEN each setting's default written as `config get` shows it WHEN it is set back as
    text (what `config set` passes) THEN the same value is kept: every setting, lists too,
    can be set from the CLI."""
    config = Config(tmp_path)
    for s in SETTINGS:
        config.set(s.key, format_value(s.default))
        assert config.get(s.key) == s.default, s.key
    config.set("aggregator.categories", "tv, waec")
    assert config.get("aggregator.categories") == ["tv", "waec"]
    config.set("efactory.item_type_ids", "389,789")
    assert config.get("efactory.item_type_ids") == ["389", "789"]


@pytest.mark.parametrize("word,value", [("true", True), ("YES", True), ("on", True), ("1", True),
                                        ("false", False), ("No", False), ("off", False),
                                        ("0", False)])
def test_booleans_take_only_clear_words(tmp_path, word, value):
    config = Config(tmp_path)
    config.set("terminal.training", word)
    assert config.get("terminal.training") is value


@pytest.mark.parametrize("word", ["tru", "maybe", "", "2", "ja"])
def test_a_boolean_typo_is_refused_not_saved_as_false(tmp_path, word):
    config = Config(tmp_path)
    config.set("terminal.training", True)
    assert "true or false" in refused(config, "terminal.training", word)


def test_every_number_setting_refuses_nan_infinity_and_negatives(tmp_path):
    config = Config(tmp_path)
    numbers = [s for s in SETTINGS if s.type in (int, float)]
    assert len(numbers) > 10
    for s in numbers:
        for bad in ("nan", "inf", "-inf", "-1", "1e999", "١٠"):
            refused(config, s.key, bad)
        if s.type is float:
            refused(config, s.key, math.nan)
            refused(config, s.key, math.inf)


def test_every_timeout_and_port_is_checked(tmp_path):
    config = Config(tmp_path)
    timeouts = [s.key for s in SETTINGS if s.key.endswith(("timeout", "timeout_seconds"))]
    assert "efactory.read_timeout" in timeouts and "printer.timeout" in timeouts
    for key in timeouts:
        assert "above zero" in refused(config, key, "0")
        config.set(key, "2.5")
        assert config.get(key) == 2.5
    assert "1 to 65535" in refused(config, "printer.port", "65536")
    assert "1 to 65535" in refused(config, "printer.port", "0")
    refused(config, "printer.port", "9100.5")
    refused(config, "printer.port", True)


def test_every_address_needs_a_scheme_and_a_host(tmp_path):
    config = Config(tmp_path)
    urls = [s.key for s in SETTINGS if s.key.endswith("url")]
    assert {"efactory.base_url", "aggregator.url", "testpay.base_url"} <= set(urls)
    for key in urls:
        for bad in ("ftp://host/x", "https://", "demo.efactory.com.ng", "https://h:99999/"):
            refused(config, key, bad)
        config.set(key, "https://pay.example.com/api")


@pytest.mark.parametrize("key,bad,words", [
    ("printer.type", "netwrok", "one of none"),
    ("printer.profile", "99mm", "one of 58mm"),
    ("aggregator.categories", "tv,movies", "each one of"),
    ("efactory.item_type_ids", "389,123", "each one of"),
    ("efactory.max_amount", "lots", "not an amount"),
    ("efactory.max_amount", "٥٠٠٠", "not an amount"),
    ("shop.max_amount", "5000.50", "more decimals than RWF"),  # the shop may sell in RWF
    ("terminal.shop_name", "Shop\x1bp\x00", "control characters"),
    ("terminal.receipt_footer", "a\nb", "control characters"),
    ("printer.usb_vendor", "zz", "hex"),
    ("printer.host", "a b", "host"),
    ("outbox.max_backoff", "0.1", "at least 1 second"),
    ("no.such", "1", "no setting"),
])
def test_enums_lists_amounts_and_text_are_checked_when_set(tmp_path, key, bad, words):
    config = Config(tmp_path)
    with pytest.raises(ConfigError) as exc:
        config.set(key, bad)
    assert words in exc.value.message


def test_a_settings_file_with_a_bad_value_names_it_and_a_lenient_load_keeps_it(tmp_path):
    """GIVEN a config.toml edited by hand with a port out of range WHEN the terminal starts
    THEN it refuses, naming the setting; the `config` command still loads the rest, keeps
    the bad line as written, and setting the key again repairs it."""
    (tmp_path / "config.toml").write_text('[printer]\nport = 99999\n[terminal]\n'
                                          'shop_name = "Corner Shop"\n')
    with pytest.raises(ConfigError) as exc:
        Config.load(tmp_path)
    assert "printer.port" in exc.value.message and "posapp config set" in exc.value.message
    lenient = Config.load(tmp_path, lenient=True)
    assert set(lenient.problems) == {"printer.port"}
    assert lenient.get("terminal.shop_name") == "Corner Shop"
    lenient.set("terminal.shop_name", "Other")
    lenient.save()
    assert "port = 99999" in (tmp_path / "config.toml").read_text()  # kept, not dropped
    again = Config.load(tmp_path, lenient=True)
    change = again.change("printer.port", "9101")
    assert change is not None and change.old == 99999 and change.new == 9101
    again.save()
    assert Config.load(tmp_path).get("printer.port") == 9101


@pytest.mark.parametrize("text,words", [
    (b"\xff\xfe[terminal]\n", "not UTF-8"),
    (b"[terminal\nx=", "damaged"),
    (b"terminal = 5\n", "not a [section]"),
    (b'[terminal]\ntraining = "maybe"\n', "true or false"),
])
def test_a_damaged_settings_file_is_a_clear_error(tmp_path, text, words):
    (tmp_path / "config.toml").write_bytes(text)
    with pytest.raises(ConfigError) as exc:
        Config.load(tmp_path)
    assert words in exc.value.message and str(tmp_path / "config.toml") in exc.value.message


# -- the printer device ------------------------------------------------------------------


def test_the_printer_device_is_never_the_journal_a_backup_or_the_settings(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "journal.sqlite3").write_bytes(b"SQLite format 3\x00")
    backup = tmp_path / "usb" / "journal-backup.sqlite3"
    backup.parent.mkdir()
    backup.write_bytes(b"SQLite format 3\x00")
    link = tmp_path / "lp0"
    link.symlink_to(home / "journal.sqlite3")
    config = Config(home)
    for device in (home / "journal.sqlite3", home / "config.toml", home / "logs" / "x.log",
                   home / "new-file", home, backup, link, tmp_path / "not-there", "/etc/passwd"):
        assert "printer.device" in refused(config, "printer.device", str(device))
    out = home / "printer-out" / "lp0"
    config.set("printer.device", str(out))  # the designated output
    config.set("printer.device", "/dev/usb/lp0")  # a device not plugged in yet
    config.set("printer.device", "/dev/null")  # a character device
    config.set("printer.device", "TM-T20II")  # a CUPS / Windows printer name
    config.set("printer.device", "/dev/null")
    config.set("printer.type", "file")
    # a `file` printer: a bare name would be opened in whatever folder posapp runs in
    assert "full path" in refused(config, "printer.device", "journal.sqlite3")


def test_a_file_printer_type_checks_the_device_set_before_it(tmp_path):
    """The order of the two settings does not matter (a settings file lists device first)."""
    config = Config(tmp_path)
    config.set("printer.device", "journal.sqlite3")  # a CUPS printer name, as far as we know
    assert "full path" in refused(config, "printer.type", "file")
    (tmp_path / "config.toml").write_text('[printer]\ndevice = "journal.sqlite3"\n'
                                          'type = "file"\n')
    with pytest.raises(ConfigError):
        Config.load(tmp_path)


# -- import and export -------------------------------------------------------------------


def test_an_import_lists_its_changes_marks_security_and_checks_everything_first(tmp_path):
    home, other = tmp_path / "a", tmp_path / "b.toml"
    config = Config(home)
    other.write_text('[efactory]\nbase_url = "https://evil.example"\n'
                     '[terminal]\nshop_name = "X"\nterminal_id = "OTHER01"\n')
    changes = config.changes(config.read_import(other))
    assert [(c.key, c.new, c.security) for c in changes] == [
        ("efactory.base_url", "https://evil.example", True), ("terminal.shop_name", "X", False)]
    assert config.get("efactory.base_url") != "https://evil.example"  # not applied yet
    other.write_text('[printer]\nport = 0\n[terminal]\nshop_name = "X"\ntraining = "tru"\n')
    with pytest.raises(ConfigError) as exc:
        config.read_import(other)
    assert "printer.port" in exc.value.message and "terminal.training" in exc.value.message
    assert all(is_security(k) for k in ("printer.device", "efactory.allow_plain_http",
                                        "interswitch.pin_securer", "kpay.base_url"))
    assert not is_security("terminal.shop_name")


def test_export_never_writes_into_the_home_or_over_another_file(tmp_path):
    home = tmp_path / "home"
    config = Config(home)
    config.set("terminal.shop_name", "X")
    config.save()
    for target, words in ((home / "config.toml", "outside the terminal home"),
                          (home / "journal.sqlite3", "outside the terminal home"),
                          (tmp_path, "is a folder"),
                          (tmp_path / "no-dir" / "x.toml", "no folder")):
        with pytest.raises(ConfigError) as exc:
            config.export_to(target)
        assert words in exc.value.message
    precious = tmp_path / "photo.jpg"
    precious.write_bytes(b"\xff\xd8\xff\xe0")
    with pytest.raises(ConfigError):
        config.export_to(precious)
    assert precious.read_bytes() == b"\xff\xd8\xff\xe0"
    assert config.export_to(tmp_path / "setup.toml") == ["terminal.shop_name"]
    assert os.stat(tmp_path / "setup.toml").st_mode & 0o077 == 0


def test_parse_text_refuses_what_python_would_quietly_accept():
    """int() and float() take '1_000', '١٢' and 'nan'; a setting takes ASCII digits only."""
    port, timeout = BY_KEY["printer.port"], BY_KEY["printer.timeout"]
    for bad in ("1_000", "١٢", "", " "):
        with pytest.raises(ValueError):
            parse_text(port, bad)
    for bad in ("nan", "inf", "Infinity", "1_0", "٣"):
        with pytest.raises(ValueError):
            parse_text(timeout, bad)
    assert parse_text(timeout, " 2.5 ") == 2.5


# -- the digits rule ---------------------------------------------------------------------

ARABIC, DEVANAGARI, FULL = "٠٤٢٢٣٥٦٨٩١٧", "०४२२३५६८९१७", "０４２２３５６８９１７"


@pytest.mark.parametrize("typed", [ARABIC, DEVANAGARI, FULL, "0422-356 8917"])
def test_account_numbers_typed_in_any_digits_become_ascii(typed):
    assert AccountRule("Meter number", "Meter").clean(typed) == "04223568917"


def test_money_parse_takes_ascii_only_and_the_input_edge_converts():
    for text in ("٧٥٠٠", "७५००", "７５００"):
        with pytest.raises(MoneyError):
            Money.parse(text, "NGN")  # a provider or a file: never read as 7500
        assert Money.parse(ascii_digits(text), "NGN") == Money(750000, "NGN")


def test_a_sale_typed_in_arabic_digits_is_sent_in_ascii(counter):
    """GIVEN the cashier types the meter and the amount in Arabic-Indic digits WHEN the sale
    is sold THEN the journalled request (what was sent) carries ASCII only."""
    amount = counter.parse_amount("efactory.prepaid", "٧٥٠٠")
    assert amount == Money(750000, "NGN")
    customer = counter.lookup("efactory.prepaid", "٥٤١٤٠٧٢٤١١٠")
    sale = counter.sell("efactory.prepaid", "٥٤١٤٠٧٢٤١١٠", amount, customer=customer)
    assert sale.account == "54140724110" and sale.state == "VENDED"
    sent = repr(sale.request)
    assert "54140724110" in sent and sent.isascii()
