import pytest

from posapp.domain.money import Money, MoneyError


@pytest.mark.parametrize("text,minor", [("1000", 100000), ("1,000.5", 100050), ("0.01", 1),
                                        ("50.00", 5000), (" 7500 ", 750000), ("12.340", 1234)])
def test_parse_naira(text, minor):
    assert Money.parse(text, "NGN") == Money(minor, "NGN")


@pytest.mark.parametrize("text", ["", "abc", "1.234", "-5", "1e3", "1,00", "5.5.5"])
def test_parse_rejects(text):
    with pytest.raises(MoneyError):
        Money.parse(text, "NGN")


def test_whole_unit_currencies():
    assert Money.parse("4200", "RWF").decimal_str() == "4200"
    with pytest.raises(MoneyError):
        Money.parse("4200.5", "RWF")


def test_formats():
    m = Money(123456789, "NGN")
    assert m.decimal_str() == "1234567.89"
    assert m.display() == "NGN 1,234,567.89"
    assert Money(5, "NGN").decimal_str() == "0.05"


def test_no_floats_and_no_mixing():
    with pytest.raises(MoneyError):
        Money(10.0, "NGN")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(1, "NGN") + Money(1, "RWF")
