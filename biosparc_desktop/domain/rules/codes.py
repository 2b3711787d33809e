"""ISO 3166 country codes and ISO 4217 currency codes."""

from __future__ import annotations

import pycountry

from biosparc_desktop.domain.rules.text import quoted
from biosparc_desktop.errors import ValidationError

# Minor units that differ from the usual two decimals.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "BHD": 3, "KWD": 3, "OMR": 3}


def clean_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code; also accepts alpha-3 codes and English names."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    country = pycountry.countries.get(alpha_2=text.upper()) if len(text) == 2 else None
    if country is None and len(text) == 3:
        country = pycountry.countries.get(alpha_3=text.upper())
    if country is None:
        try:
            country = pycountry.countries.lookup(text)
        except LookupError:
            country = None
    if country is None:
        raise ValidationError.of(
            "“{value}” is not a country; use a two-letter code such as SG or CN.",
            field="country",
            value=quoted(text),
        )
    return str(country.alpha_2)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def clean_currency(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError.of(
            "“{value}” is not a currency code; use one such as CNY, SGD or USD.",
            field="currency",
            value=quoted(value.strip()),
        )
    return code


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency, 2)
