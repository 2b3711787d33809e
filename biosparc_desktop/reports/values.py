"""Values as a pack prints them: names in both scripts, phones, amounts, days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import phonenumbers

from biosparc_desktop.domain.enums import NameOrder
from biosparc_desktop.domain.rules.money import format_amount
from biosparc_desktop.reports.data import LIVE_STATUSES
from biosparc_desktop.reports.labels import Labels
from biosparc_desktop.services.agreements import AgreementRow
from biosparc_desktop.services.contacts import ContactRow
from biosparc_desktop.services.organisations import OrganisationRow

EXPIRY_WARNING_DAYS = 90
DASH = "—"


def phone(number: str) -> str:
    """+6564368001 → +65 6436 8001; anything unparsable is printed as stored."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def latin_name(contact: ContactRow) -> str:
    parts = (
        [contact.family_name, contact.given_name]
        if contact.name_order is NameOrder.FAMILY_FIRST
        else [contact.given_name, contact.family_name]
    )
    return " ".join(p for p in parts if p)


def contact_names(contact: ContactRow) -> tuple[str, str | None]:
    """(main line, second line): the Latin name over the Chinese one, or the Chinese alone."""
    latin = latin_name(contact)
    if latin:
        return latin, contact.name_zh
    return contact.name_zh or contact.display_name, None


def org_names(org: OrganisationRow, labels: Labels) -> tuple[str, str | None]:
    """The English name over the Chinese one; a Chinese pack puts the Chinese first."""
    if org.name_zh and labels.language == "zh":
        return org.name_zh, org.name
    return org.name, org.name_zh


def location(org: OrganisationRow, labels: Labels) -> str:
    return ", ".join(p for p in (org.city, labels.country(org.country)) if p)


def amount(value: Decimal | None, currency: str | None) -> str:
    return format_amount(value, currency) or DASH


def totals(agreements: Iterable[AgreementRow]) -> str:
    """Sum of values per currency: ``SGD 2,500,000.00; CNY 800,000.00``."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for agreement in agreements:
        if agreement.value is not None and agreement.currency:
            sums[agreement.currency] += agreement.value
    return "; ".join(format_amount(v, c) for c, v in sorted(sums.items()))


def is_live(agreement: AgreementRow) -> bool:
    return agreement.status in LIVE_STATUSES


def near_expiry(agreement: AgreementRow, today: date) -> bool:
    """Live and expiring within 90 days, or past its renewal notice date."""
    if not is_live(agreement) or agreement.expires_on is None:
        return False
    days = (agreement.expires_on - today).days
    notice = agreement.renewal_notice_on
    return days <= EXPIRY_WARNING_DAYS or (notice is not None and notice <= today)


def days_text(days: int | None) -> str:
    if days is None:
        return DASH
    return f"−{-days}" if days < 0 else str(days)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
