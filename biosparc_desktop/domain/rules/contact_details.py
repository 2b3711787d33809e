"""Rules for email addresses and phone numbers."""

from __future__ import annotations

import re

from biosparc_desktop.domain.rules.text import quoted
from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.errors import ValidationError

# email_validator and phonenumbers are imported where used: together 30 ms of the
# app's start-up, and nothing needs them before the first email or phone is shown.

DEFAULT_REGION = "SG"

# email-validator's explanations of the commonest mistakes, listed so the interface
# can translate them; any other is shown as the library words it.
_EMAIL_REASONS = (
    translatable("An email address must have an @-sign."),
    translatable("There must be something before the @-sign."),
    translatable("There must be something after the @-sign."),
    translatable("The part after the @-sign is not valid. It should have a period."),
    translatable("An email address cannot have two periods in a row."),
    translatable("An email address cannot have a period immediately before the @-sign."),
    translatable("An email address cannot start with a period."),
    translatable("An email address cannot have a hyphen immediately after the @-sign."),
    translatable("The email address contains invalid characters before the @-sign."),
    translatable(
        "The part after the @-sign is not valid. It is not within a valid top-level domain."
    ),
)
_INVALID_AFTER = re.compile(r"The part after the @-sign contains invalid characters: (.+)\.")
_INVALID_BEFORE = re.compile(
    r"The email address contains invalid characters before the @-sign: (.+)\."
)


def clean_email(value: str) -> str:
    """A syntactically valid address, normalised (domain lower-cased). No DNS: we are offline."""
    import email_validator

    text = value.strip()
    if not text:
        raise ValidationError("The email address is empty.", field="emails")
    try:
        # A quoted local part ("a b"@x.com) is rare but valid, and some people have one.
        result = email_validator.validate_email(
            text, check_deliverability=False, allow_quoted_local=True
        )
    except email_validator.EmailNotValidError as exc:
        raise ValidationError.of(
            "“{value}” is not a valid email address: {reason}",
            field="emails",
            value=quoted(text),
            reason=_email_reason(str(exc)),
        ) from exc
    return str(result.normalized)


def _email_reason(text: str) -> str | Sentence:
    """The library's explanation; the invalid characters kept apart from its words."""
    if after := _INVALID_AFTER.fullmatch(text):
        return Sentence.of(
            "The part after the @-sign contains invalid characters: {characters}.",
            characters=after[1],
        )
    if before := _INVALID_BEFORE.fullmatch(text):
        return Sentence.of(
            "The email address contains invalid characters before the @-sign: {characters}.",
            characters=before[1],
        )
    return text


def clean_phone(value: str, region: str | None = None) -> str:
    """Parse a phone number and return it in E.164 (+6561234567).

    Numbers without a country code are read in ``region`` (the organisation's
    country), falling back to Singapore. An extension (``x123``, ``ext. 123``,
    ``;ext=123``) is kept after the number as RFC 3966 writes it: ``+6561234567;ext=123``.
    """
    import phonenumbers

    text = value.strip()
    if not text:
        raise ValidationError("The phone number is empty.", field="phones")
    try:
        number = phonenumbers.parse(text, (region or DEFAULT_REGION).upper())
    except phonenumbers.NumberParseException as exc:
        raise ValidationError.of(
            "“{value}” is not a phone number.", field="phones", value=quoted(text)
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError.of(
            "“{value}” is not a valid phone number; include the country code, e.g. +65 6123 4567.",
            field="phones",
            value=quoted(text),
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not number.extension:
        return e164
    if len(e164) + len(number.extension) + 5 > _PHONE_MAX:
        raise ValidationError.of(
            "The extension of “{value}” is too long.", field="phones", value=quoted(text)
        )
    return f"{e164};ext={number.extension}"


_PHONE_MAX = 32  # the column's width


def is_phone_region(code: str) -> bool:
    """A region code phone numbers can be read in (FR, SG, CN; not XX)."""
    import phonenumbers

    return code.upper() in phonenumbers.SUPPORTED_REGIONS


def display_phone(e164: str) -> str:
    """International format, for files that go anywhere (vCard, CSV): "+65 6123 4567"."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_text(e164: str, home: str = DEFAULT_REGION) -> str:
    """How the interface shows a number, the same everywhere: national format for a
    number of the user's region (``home``, where numbers without a country code are
    read), international format for any other: "6123 4567", "+86 512 6288 8888"."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == home.upper()
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def national_phone(e164: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
