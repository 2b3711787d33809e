"""The user's home region for phone numbers, chosen in Settings.

Numbers of that region are shown without their country code, and numbers typed
without one are read as that region's (unless the contact's organisation has a
country of its own), so what is read and what is shown agree.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QLocale, QSettings

from biosparc_desktop.domain.rules.contact_details import DEFAULT_REGION, is_phone_region
from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.formatting import fmt_country
from biosparc_desktop.ui.i18n import translate

REGION_KEY = "user/region"


def region_of(locale: QLocale) -> str | None:
    """The locale's territory as a region phone numbers can be read in: fr_FR → "FR"."""
    code = QLocale.territoryToCode(locale.territory())
    return code.upper() if code and is_phone_region(code) else None


@cache
def system_region() -> str:
    """The computer's region (from its locale), or Singapore when it names none."""
    return region_of(QLocale.system()) or DEFAULT_REGION


def chosen_region(settings: QSettings) -> str:
    """The region chosen in Settings, else the computer's."""
    value = settings.value(REGION_KEY, "")
    if isinstance(value, str) and value and is_phone_region(value):
        return value.upper()
    return system_region()


def region_choices() -> list[tuple[str, str]]:
    """(country name in the interface language, code) for every region with phone
    numbers, in the language's alphabetical order."""
    import phonenumbers

    collator = QCollator(QLocale())
    unlisted = _unlisted()
    named = [
        (unlisted.get(code) or fmt_country(code), code) for code in phonenumbers.SUPPORTED_REGIONS
    ]
    return sorted(named, key=lambda pair: collator.sortKey(pair[0]))


def _unlisted() -> dict[str, str]:
    """Regions with numbering plans of their own but no ISO 3166 name to translate."""
    return {
        "AC": translate("PhoneRegion", "Ascension Island"),
        "TA": translate("PhoneRegion", "Tristan da Cunha"),
        "XK": translate("PhoneRegion", "Kosovo"),
    }


def reading_region(services: Services, settings: QSettings, organisation_id: str | None) -> str:
    """Where a number typed without a country code is read: the organisation's country,
    else the user's region (as the contact service does when saving)."""
    if organisation_id:
        try:
            country = services.organisations.get(organisation_id).country
        except NotFound:  # deleted meanwhile (by an undo, or on another laptop)
            country = None
        if country:
            return country
    return chosen_region(settings)
