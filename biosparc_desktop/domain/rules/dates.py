"""Date rules shared by agreements, tasks and events."""

from __future__ import annotations

from datetime import date

from biosparc_desktop.domain.rules.text import quoted
from biosparc_desktop.errors import ValidationError

EARLIEST = date(1950, 1, 1)
LATEST = date(2150, 12, 31)


def parse_date(value: str | date | None, *, field: str, label: str) -> date | None:
    """ISO dates (2025-11-20) or ``date`` objects within a sensible range."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            parsed = date.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError.of(
                "{label} “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2025-11-20.",
                field=field,
                label=label,
                value=quoted(text),
            ) from exc
    else:
        parsed = value
    if not EARLIEST <= parsed <= LATEST:
        raise ValidationError.of(
            "{label} must be between {earliest} and {latest}.",
            field=field,
            label=label,
            earliest=EARLIEST.year,
            latest=LATEST.year,
        )
    return parsed


def check_agreement_dates(
    signed_on: date | None, effective_on: date | None, expires_on: date | None
) -> None:
    """Expiry comes after signing and after the effective date."""
    if expires_on and effective_on and expires_on <= effective_on:
        raise ValidationError(
            "The expiry date must be after the effective date.", field="expires_on"
        )
    if expires_on and signed_on and expires_on <= signed_on:
        raise ValidationError("The expiry date must be after the signing date.", field="expires_on")
