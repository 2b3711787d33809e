"""Arbitrary Unicode through the name, email and phone rules: a clean value or a ValidationError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biosparc_desktop.domain.rules.contact_details import clean_email, clean_phone
from biosparc_desktop.domain.rules.names import to_pinyin
from biosparc_desktop.domain.rules.text import clean_line, required_line
from biosparc_desktop.errors import ValidationError

anything = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)


@given(anything)
def test_names_never_crash(value: str) -> None:
    try:
        cleaned = required_line(value, field="name", label="The name", max_len=200)
    except ValidationError as exc:
        assert exc.message.endswith(".")
        return
    assert cleaned == cleaned.strip()
    assert 0 < len(cleaned) <= 200
    assert "\n" not in cleaned
    assert clean_line(cleaned, field="name", label="The name", max_len=200) == cleaned


@given(anything)
def test_pinyin_never_crashes(value: str) -> None:
    result = to_pinyin(value)
    assert result is None or result == result.lower()


@given(st.one_of(anything, st.emails()))
def test_emails_never_crash(value: str) -> None:
    try:
        cleaned = clean_email(value)
    except ValidationError as exc:
        assert exc.field == "emails"
        return
    assert "@" in cleaned
    assert clean_email(cleaned) == cleaned  # normalising twice changes nothing


@given(st.one_of(anything, st.from_regex(r"\+?[0-9 ()\-]{0,20}", fullmatch=True)))
def test_phones_never_crash(value: str) -> None:
    try:
        cleaned = clean_phone(value, "SG")
    except ValidationError as exc:
        assert exc.field == "phones"
        return
    assert cleaned.startswith("+")
    assert clean_phone(cleaned) == cleaned
