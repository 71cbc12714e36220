"""The counter's languages: amounts written for people in English and French, the
catalogue complete for every text the code asks for, messages matched as patterns, the
language setting checked, and the compiled .qm that Qt loads."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import posapp
from posapp import i18n
from posapp.config import Config
from posapp.domain.errors import ConfigError
from posapp.domain.money import Money, MoneyError, display_style, set_display_style
from posapp.i18n import LanguageError, load_ts, set_language, tr, tr_message, use_setting

REPO = Path(posapp.__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import i18n_update  # noqa: E402

NBSP = "\u00a0"


@pytest.fixture
def french():
    set_language("fr")
    yield
    set_language("en")


@pytest.mark.parametrize("minor,currency,en,fr", [
    (123456789, "NGN", "NGN 1,234,567.89", f"1{NBSP}234{NBSP}567,89 NGN"),
    (750000, "NGN", "NGN 7,500.00", f"7{NBSP}500,00 NGN"),
    (5000, "RWF", "RWF 5,000", f"5{NBSP}000 RWF"),
    (1250000, "XAF", "XAF 1,250,000", f"1{NBSP}250{NBSP}000 XAF"),
    (5, "USD", "USD 0.05", "0,05 USD"),
    (-199, "USD", "USD -1.99", "-1,99 USD"),
    (999, "RWF", "RWF 999", "999 RWF"),
])
def test_amounts_for_people_in_each_language(minor, currency, en, fr):
    m = Money(minor, currency)
    assert m.display("en") == en and m.display("fr") == fr
    assert m.display() == en  # the default style is English
    set_display_style("fr")
    try:
        assert m.display() == fr
        # what goes to the providers and the journal does not change with the language
        assert m.decimal_str() == Money(minor, currency).decimal_str()
        assert "," not in m.decimal_str() and NBSP not in m.decimal_str()
    finally:
        set_display_style("en")


def test_an_unknown_amount_style_is_refused():
    with pytest.raises(MoneyError):
        set_display_style("de")
    assert display_style() == "en"


def test_tr_translates_and_fills_arguments(french):
    assert tr("Receipt") == "Reçu"
    assert tr("Step %1 of %2", 2, 5) == "Étape 2 sur 5"
    assert tr("Not in the catalogue") == "Not in the catalogue"  # English, never blank
    assert "Not in the catalogue" in i18n.missing()
    assert Money(750000, "NGN").display() == f"7{NBSP}500,00 NGN"  # the language sets it
    set_language("en")
    assert tr("Receipt") == "Receipt" and tr("Step %1 of %2", 2, 5) == "Step 2 of 5"
    assert Money(750000, "NGN").display() == "NGN 7,500.00"


def test_messages_are_matched_as_patterns(french):
    """A PosError's message, built before it reached the screen, is translated at the
    edge; the parts inside it are translated too when the catalogue knows them."""
    assert tr_message("Wrong PIN.") == "PIN incorrect."
    assert tr_message("Beneficiary 3: enter an amount above zero.") == \
        "Bénéficiaire 3 : saisissez un montant supérieur à zéro."
    assert tr_message("That is not a meter number: use 11 digits.") == \
        "Ce n'est pas un numéro de compteur valide : utilisez 11 chiffres."
    assert tr_message("Cash received is less than 7\u00a0500,00 NGN.") == \
        "Les espèces reçues sont inférieures à 7\u00a0500,00 NGN."
    assert tr_message("Something only the provider says.") == "Something only the provider says."


def test_language_setting_is_checked(tmp_path):
    config = Config(tmp_path)
    assert config.get("terminal.language") == "en"
    config.set("terminal.language", "fr")
    assert config.get("terminal.language") == "fr"
    for bad in ("de", "FR", "french", ""):
        with pytest.raises(ConfigError):
            config.set("terminal.language", bad)
    with pytest.raises(LanguageError):
        set_language("de")


def test_a_hand_edited_language_falls_back_to_english(caplog):
    assert use_setting("klingon") == "en"
    assert "English instead" in caplog.text


def test_every_text_the_code_asks_for_has_a_french_translation():
    """The catalogue is complete: every tr()/N_() literal, every error message and
    provider label (scripts/i18n_update.py finds them), each with the same %n arguments."""
    texts = i18n_update.all_texts()
    assert "Amount paid" in texts and "PREPAID ELECTRICITY" in texts and "Wrong PIN." in texts
    assert "Cash received is less than %1." in texts  # an f-string message as a pattern
    french = load_ts(i18n.catalogue_path("fr"))
    missing = sorted(t for t in texts if t not in french)
    assert missing == [], "run scripts/i18n_update.py and translate: " + repr(missing[:20])
    for source, target in french.items():
        args = sorted(set(re.findall(r"%\d", source)))
        assert sorted(set(re.findall(r"%\d", target))) == args, (source, target)
        assert target.strip(), source


def test_the_check_finds_a_text_without_translation(tmp_path):
    """GIVEN code that asks for a text the catalogue lacks THEN the extraction names it."""
    (tmp_path / "page.py").write_text('from posapp.i18n import tr\nX = tr("Brand new text")\n')
    found = i18n_update.code_texts(tmp_path)
    assert "Brand new text" in found
    assert "Brand new text" not in load_ts(i18n.catalogue_path("fr"))


def test_the_catalogue_is_qt_linguist_xml_and_compiled(qapp):
    """posapp_fr.ts is a Qt Linguist file; its .qm, compiled by pyside6-lrelease, gives
    Qt the same French (QTranslator, context "posapp")."""
    from PySide6.QtCore import QTranslator

    from posapp.resources import translations

    ts = i18n.catalogue_path("fr")
    assert ts.read_text("utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    qm = [p for p in translations() if p.stem == "posapp_fr"]
    assert qm and qm[0].stat().st_mtime >= ts.stat().st_mtime - 5, "recompile the .qm"
    translator = QTranslator()
    assert translator.load(str(qm[0]))
    assert translator.translate("posapp", "Amount paid") == "Montant payé"


def test_switching_to_french_with_the_cli_then_restarting(tmp_path, capsys):
    """`posapp config set terminal.language fr` saves it; the next start of the service
    speaks French; a bad value is refused and nothing changes."""
    from posapp.cli import main
    from posapp.secrets import MemorySecrets
    from posapp.service import Counter

    assert main(["--home", str(tmp_path), "config", "set", "terminal.language", "fr"]) == 0
    assert main(["--home", str(tmp_path), "config", "set", "terminal.language", "de"]) != 0
    assert Config.load(tmp_path).get("terminal.language") == "fr"
    counter = Counter(Config.load(tmp_path), MemorySecrets({}))
    try:
        assert i18n.language() == "fr" and tr("Receipt") == "Reçu"
        assert Money(500000, "RWF").display() == f"500{NBSP}000 RWF"
    finally:
        counter.stop()
        set_language("en")
