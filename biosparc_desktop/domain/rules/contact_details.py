"""Rules for email addresses and phone numbers."""

from __future__ import annotations

import email_validator
import phonenumbers

from biosparc_desktop.domain.rules.text import quoted
from biosparc_desktop.errors import ValidationError

DEFAULT_REGION = "SG"


def clean_email(value: str) -> str:
    """A syntactically valid address, normalised (domain lower-cased). No DNS: we are offline."""
    text = value.strip()
    if not text:
        raise ValidationError("The email address is empty.", field="emails")
    try:
        result = email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        raise ValidationError(
            f"“{quoted(text)}” is not a valid email address: {exc}", field="emails"
        ) from exc
    return str(result.normalized)


def clean_phone(value: str, region: str | None = None) -> str:
    """Parse a phone number and return it in E.164 (+6561234567).

    Numbers without a country code are read in ``region`` (the organisation's
    country), falling back to Singapore.
    """
    text = value.strip()
    if not text:
        raise ValidationError("The phone number is empty.", field="phones")
    try:
        number = phonenumbers.parse(text, (region or DEFAULT_REGION).upper())
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"“{quoted(text)}” is not a phone number.", field="phones") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            f"“{quoted(text)}” is not a valid phone number; include the country code, e.g. +65 6123 4567.",
            field="phones",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """National format for numbers in the user's region, international format otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def national_phone(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
