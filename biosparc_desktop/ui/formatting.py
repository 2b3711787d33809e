"""Dates, times, amounts, phone numbers and country names in the interface language's locale.

``install_language`` makes the chosen locale Qt's default, so ``QLocale()`` here
is the user's choice (or the system's).
"""

from __future__ import annotations

import gettext
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache, lru_cache

import pycountry
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from biosparc_desktop.domain.rules.codes import country_name, minor_units
from biosparc_desktop.domain.rules.contact_details import display_phone, phone_text
from biosparc_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate


def _locale() -> QLocale:
    return QLocale()


def _spelled_month(locale: QLocale) -> bool:
    # With no locale configured (LANG unset), Qt's "C" short date is "27 11 2026", and
    # English short dates are "11/27/26" or "27/11/26": spell the month out instead.
    return locale.language() in (QLocale.Language.C, QLocale.Language.English)


def _short_date_format(locale: QLocale) -> str:
    if _spelled_month(locale):
        return "d MMM yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Four-digit years everywhere: "26/11/27" reads as a different date in every country.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def fmt_date(value: date | None) -> str:
    """The locale's short date with a four-digit year: "27 Nov 2026", "2026/11/27"."""
    if value is None:
        return ""
    locale = _locale()
    return locale.toString(QDate(value.year, value.month, value.day), _short_date_format(locale))


def fmt_long_date(value: date | None) -> str:
    """The locale's long date: "Friday, 27 November 2026", "2026年11月27日星期五"."""
    if value is None:
        return ""
    locale = _locale()
    qdate = QDate(value.year, value.month, value.day)
    if _spelled_month(locale):
        return locale.toString(qdate, "dddd, d MMMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.LongFormat)


def fmt_datetime(value: datetime | None) -> str:
    """When something happened somewhere, for lists: on the user's clock (the computer's
    time zone), then the place's own clock when it reads otherwise at that moment, named
    by the value's zone (an interaction's time comes in its own):
    "20 Nov 2026 07:00 (14:00 Singapore)", "19 Nov 2026 18:30 (Fri 01:30 Singapore)".
    Stored times are UTC; a naive one is read as UTC."""
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    local = aware.astimezone()
    here = _wall_time(local)
    place = getattr(aware.tzinfo, "key", None)
    if not isinstance(place, str) or aware.utcoffset() == local.utcoffset():
        return here
    there = aware.strftime("%H:%M")
    if aware.date() != local.date():  # a day apart at most: its weekday says which
        day = QDate(aware.year, aware.month, aware.day)
        there = f"{_locale().toString(day, 'ddd')} {there}"
    return translate("formatting", "{time} ({place_time} {place})").format(
        time=here, place_time=there, place=place_name(place)
    )


def fmt_moment(value: datetime | None) -> str:
    """When something happened to the data (deleted, changed, synced), in the user's time
    zone, the computer's, with its abbreviation: stored times are UTC; a naive one is read
    as UTC."""
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    local = aware.astimezone()
    return f"{_wall_time(local)} {local.tzname() or ''}".strip()


def _wall_time(value: datetime) -> str:
    """The date and time as written on the value's own clock: "27 Nov 2026 14:00"."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    locale = _locale()
    return locale.toString(moment, f"{_short_date_format(locale)} HH:mm")


# The cities of the zones the interaction form offers, named in the interface language.
_CITIES = (
    QT_TRANSLATE_NOOP("TimeZoneCity", "Shanghai"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Singapore"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Hong Kong"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "London"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "New York"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Tokyo"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Seoul"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Paris"),
    QT_TRANSLATE_NOOP("TimeZoneCity", "Berlin"),
)


def place_name(zone: str) -> str:
    """A zone's city, which is how people name it: "Asia/Ho_Chi_Minh" → "Ho Chi Minh";
    the usual ones in the interface language ("新加坡")."""
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    return translate("TimeZoneCity", city) if city in _CITIES else city


def fmt_phone(e164: str, region: str) -> str:
    """A phone number the one way the interface shows it: national for a number of the
    user's ``region`` (their Settings), international for any other."""
    return _phone_text(e164, region.upper())


def editable_phone(e164: str, region: str, reading: str) -> str:
    """A saved number for a field where it may be typed over: as :func:`fmt_phone` shows
    it when numbers without a country code are read in the user's ``region`` too, else
    always with its country code, so that it reads back as the same number."""
    if region.upper() == reading.upper():
        return fmt_phone(e164, region)
    return display_phone(e164)


# Painting asks for every visible cell again and again: parse each number once. The
# region is part of the key, so a new choice in Settings is never answered from before.
@lru_cache(maxsize=4096)
def _phone_text(e164: str, region: str) -> str:
    return phone_text(e164, region)


def fmt_amount(value: Decimal | None, currency: str | None) -> str:
    """The amount with its currency code, grouped the locale's way: "CNY 2,500,000.00"."""
    if value is None or currency is None:
        return ""
    places = minor_units(currency)
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        text = f"{value:,.{places}f}"  # Qt's "C" locale does not group digits
    else:
        text = locale.toString(float(value), "f", places)
    return f"{currency} {text}"


def fmt_days(days: int | None) -> str:
    """How far away a day is: "3 days ago", "today", "tomorrow", "in 5 days"."""
    if days is None:
        return ""
    if days == -1:
        return translate("formatting", "{n} day ago").format(n=1)
    if days < 0:
        return translate("formatting", "{n} days ago").format(n=-days)
    if days == 0:
        return translate("formatting", "today")
    if days == 1:
        return translate("formatting", "tomorrow")
    return translate("formatting", "in {n} days").format(n=days)


def fmt_country(code: str | None) -> str:
    """A country's name in the interface language ("Singapore", "新加坡")."""
    return fmt_country_name(country_name(code))


def fmt_country_name(name: str) -> str:
    """A country's English name (as the services give it) in the interface language."""
    if not name or _locale().language() != QLocale.Language.Chinese:
        return name
    translated = _country_names("zh_CN").gettext(name)
    return _ZH_COUNTRY_FIXES.get(translated, translated)


# Names in iso-codes' Chinese catalogue that are misspelt or not the mainland usage.
_ZH_COUNTRY_FIXES = {
    "柬埔塞": "柬埔寨",
    "波利维亚": "玻利维亚",
    "马尔他": "马耳他",
    "瓜地马拉": "危地马拉",
    "吉尔吉斯坦": "吉尔吉斯斯坦",
    "法属玻利尼西亚": "法属波利尼西亚",
    "孟加拉": "孟加拉国",
    "法属南半球领地": "法属南部领地",
    "南乔治亚和南桑德韦奇群岛": "南乔治亚和南桑威奇群岛",
}


@cache
def _country_names(language: str) -> gettext.NullTranslations:
    # pycountry ships the iso-codes translations of every country name.
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
