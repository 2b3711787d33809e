"""Every validation rule: input in, clean value or the user's message out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from biosparc_desktop.domain.enums import NameOrder
from biosparc_desktop.domain.rules.codes import clean_country, clean_currency
from biosparc_desktop.domain.rules.contact_details import (
    clean_email,
    clean_phone,
    national_phone,
    phone_text,
)
from biosparc_desktop.domain.rules.dates import check_agreement_dates, parse_date
from biosparc_desktop.domain.rules.money import format_amount, from_minor, parse_amount, to_minor
from biosparc_desktop.domain.rules.names import default_order, display_name, to_pinyin
from biosparc_desktop.domain.rules.text import clean_line, clean_text, clean_website, required_line
from biosparc_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Mirxes  ", "Mirxes"),
        ('R&D <Lab> "Alpha" & 合作', 'R&D <Lab> "Alpha" & 合作'),
        ("新加坡　国立", "新加坡 国立"),  # ideographic space collapsed
        ("Cafe\u0301", "Café"),  # NFC
        ("🧬 Lab", "🧬 Lab"),
    ],
)
def test_required_line_cleans(raw: str, expected: str) -> None:
    assert required_line(raw, field="name", label="The name", max_len=200) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "The name is required."),
        ("   ", "The name is required."),
        ("a\nb", "The name must not contain line breaks or control characters."),
        ("a\x00b", "The name must not contain line breaks or control characters."),
        ("x" * 201, "The name is too long: 201 characters, at most 200."),
    ],
)
def test_required_line_refuses(raw: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        required_line(raw, field="name", label="The name", max_len=200)
    assert info.value.message == message
    assert info.value.field == "name"


def test_optional_line_and_text() -> None:
    assert clean_line("  ", field="f", label="F", max_len=5) is None
    assert clean_text("line one\r\nline two", field="n", label="N") == "line one\nline two"
    with pytest.raises(ValidationError, match="control characters"):
        clean_text("bell\x07", field="n", label="The notes")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wang.Li@Biosparc.CN", "Wang.Li@biosparc.cn"),
        (" tan@nccs.com.sg ", "tan@nccs.com.sg"),
        ("用户@例子.中国", "用户@例子.中国"),
    ],
)
def test_email_valid(raw: str, expected: str) -> None:
    assert clean_email(raw) == expected


@pytest.mark.parametrize("raw", ["wang.li", "a@b", "a b@c.com", "@nccs.com.sg", "a@@b.com"])
def test_email_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="is not a valid email address") as info:
        clean_email(raw)
    assert info.value.field == "emails"


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+65 6123 4567", None, "+6561234567"),
        ("6123 4567", "SG", "+6561234567"),
        ("0512-6288 1001", "CN", "+8651262881001"),
        ("138 0013 8000", "CN", "+8613800138000"),
        ("+86 (138) 0013-8000", None, "+8613800138000"),
    ],
)
def test_phone_normalised_to_e164(raw: str, region: str | None, expected: str) -> None:
    assert clean_phone(raw, region) == expected


@pytest.mark.parametrize("raw", ["12", "phone", "+65 123", "+999 1234 5678"])
def test_phone_invalid(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_phone(raw, "SG")
    assert "phone number" in info.value.message


def test_phone_national_display() -> None:
    assert national_phone("+6561234567") == "6123 4567"
    assert national_phone("+8613800138000") == "138 0013 8000"


@pytest.mark.parametrize(
    ("stored", "home", "shown"),
    [
        ("+6561234567", "SG", "6123 4567"),  # the user's region: national
        ("+8613800138000", "SG", "+86 138 0013 8000"),  # elsewhere: international
        ("+6561234567;ext=9", "SG", "6123 4567 ext. 9"),
        ("+33123456789", "SG", "+33 1 23 45 67 89"),
        ("+8613800138000", "cn", "138 0013 8000"),
        ("not a number", "SG", "not a number"),
    ],
)
def test_phone_shown_one_way(stored: str, home: str, shown: str) -> None:
    assert phone_text(stored, home) == shown


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("sg", "SG"), ("CHN", "CN"), ("Singapore", "SG"), ("", None), (None, None)],
)
def test_country(raw: str | None, expected: str | None) -> None:
    assert clean_country(raw) == expected


def test_country_unknown() -> None:
    with pytest.raises(ValidationError, match="is not a country"):
        clean_country("Atlantis")


def test_currency() -> None:
    assert clean_currency("sgd") == "SGD"
    with pytest.raises(ValidationError, match="is not a currency code"):
        clean_currency("XYZ1")


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [("1,250,000.50", "CNY", 125000050), ("0", "SGD", 0), ("1000", "JPY", 1000)],
)
def test_money_round_trip(amount: str, currency: str, minor: int) -> None:
    parsed = parse_amount(amount)
    assert to_minor(parsed, currency) == (minor, currency)
    assert from_minor(minor, currency) == parsed


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        ("-5", "SGD", "The value must not be negative."),
        ("1.234", "SGD", "SGD amounts have at most 2 decimal places."),
        ("10.5", "JPY", "JPY amounts have at most 0 decimal places."),
        ("5", None, "An amount needs a currency, such as CNY or SGD."),
        ("1e20", "USD", "The value is too large."),
        ("NaN", "USD", "The amount must be a number."),
        ("abc", "USD", "“abc” is not an amount."),
    ],
)
def test_money_refused(amount: str, currency: str | None, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        to_minor(parse_amount(amount), currency)
    assert info.value.message == message


def test_format_amount() -> None:
    assert format_amount(Decimal("1250000.5"), "CNY") == "CNY 1,250,000.50"
    assert format_amount(None, "CNY") == ""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "2025-02-30",
            "The date “2025-02-30” is not a date; write it as YYYY-MM-DD, e.g. 2025-11-20.",
        ),
        (
            "yesterday",
            "The date “yesterday” is not a date; write it as YYYY-MM-DD, e.g. 2025-11-20.",
        ),
        ("1900-01-01", "The date must be between 1950 and 2150."),
        ("9999-12-31", "The date must be between 1950 and 2150."),
    ],
)
def test_dates_refused(raw: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(raw, field="d", label="The date")
    assert info.value.message == message


def test_agreement_dates_order() -> None:
    check_agreement_dates(date(2025, 11, 20), date(2025, 11, 20), date(2028, 11, 19))
    with pytest.raises(ValidationError, match="after the effective date"):
        check_agreement_dates(None, date(2026, 1, 1), date(2025, 1, 1))
    with pytest.raises(ValidationError, match="after the signing date"):
        check_agreement_dates(date(2026, 1, 1), None, date(2026, 1, 1))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("nccs.com.sg", "https://nccs.com.sg"), ("http://mirxes.com/x", "http://mirxes.com/x")],
)
def test_website(raw: str, expected: str) -> None:
    assert clean_website(raw) == expected


@pytest.mark.parametrize("raw", ["not a url", "http://", "ftp://x.com"])
def test_website_refused(raw: str) -> None:
    with pytest.raises(ValidationError, match="is not a web address"):
        clean_website(raw)


def test_names_and_pinyin() -> None:
    assert to_pinyin("张伟") == "zhang wei"
    assert to_pinyin("Mirxes") is None
    assert default_order("Wei", "Zhang", "张伟") is NameOrder.FAMILY_FIRST
    assert default_order("Sarah", "Lim", None) is NameOrder.GIVEN_FIRST
    assert display_name("Wei", "Zhang", "张伟", NameOrder.FAMILY_FIRST) == "Zhang Wei (张伟)"
    assert display_name("Sarah", "Lim", None, NameOrder.GIVEN_FIRST) == "Sarah Lim"
    assert display_name(None, None, "张伟", NameOrder.FAMILY_FIRST) == "张伟"
