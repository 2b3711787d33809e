"""Dates, times and amounts shown in the user's locale."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from biosparc_desktop.domain.rules.codes import minor_units


def _locale() -> QLocale:
    return QLocale()


def _is_c_locale(locale: QLocale) -> bool:
    # With no locale configured (LANG unset), Qt's "C" short date is "27 11 2026": ambiguous.
    return locale.language() == QLocale.Language.C


def fmt_date(value: date | None) -> str:
    """The user's short date format; "27 Nov 2026" when no locale is set."""
    if value is None:
        return ""
    locale = _locale()
    qdate = QDate(value.year, value.month, value.day)
    if _is_c_locale(locale):
        return locale.toString(qdate, "d MMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)


def fmt_long_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = _locale()
    qdate = QDate(value.year, value.month, value.day)
    if _is_c_locale(locale):
        return locale.toString(qdate, "dddd, d MMMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.LongFormat)


def fmt_datetime(value: datetime | None) -> str:
    """Local wall time where it happened, with the zone's abbreviation."""
    if value is None:
        return ""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    zone = value.tzname() or ""
    locale = _locale()
    if _is_c_locale(locale):
        text = locale.toString(moment, "d MMM yyyy HH:mm")
    else:
        text = locale.toString(moment, QLocale.FormatType.ShortFormat)
    return f"{text} {zone}".strip()


def fmt_amount(value: Decimal | None, currency: str | None) -> str:
    if value is None or currency is None:
        return ""
    places = minor_units(currency)
    locale = _locale()
    if _is_c_locale(locale):
        text = f"{value:,.{places}f}"
    else:
        text = locale.toString(float(value), "f", places)
    return f"{currency} {text}"


def fmt_days(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"{-days} day{'s' if days < -1 else ''} ago"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"
