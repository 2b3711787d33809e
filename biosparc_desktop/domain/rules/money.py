"""Agreement values: Decimal in, integer minor units stored."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from biosparc_desktop.domain.rules.codes import clean_currency, minor_units
from biosparc_desktop.domain.rules.text import quoted
from biosparc_desktop.errors import ValidationError

MAX_VALUE = Decimal("1e15")


def parse_amount(value: str | Decimal | int | None) -> Decimal | None:
    """Accepts ``1,250,000.50`` or a Decimal; refuses floats' cousins like NaN."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.replace(",", "").replace("_", "").replace(" ", "").strip()
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError.of(
                "“{value}” is not an amount.", field="value", value=quoted(str(value))
            ) from exc
    else:
        amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationError("The amount must be a number.", field="value")
    return amount


def to_minor(amount: Decimal | None, currency: str | None) -> tuple[int | None, str | None]:
    """Validate an amount with its currency and return (minor units, currency code)."""
    code = clean_currency(currency)
    if amount is None:
        return None, code
    if code is None:
        raise ValidationError("An amount needs a currency, such as CNY or SGD.", field="currency")
    if amount < 0:
        raise ValidationError("The value must not be negative.", field="value")
    if amount >= MAX_VALUE:
        raise ValidationError("The value is too large.", field="value")
    exponent = minor_units(code)
    scaled = amount.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise ValidationError.of(
            "{code} amounts have at most {places} decimal places.",
            field="value",
            code=code,
            places=exponent,
        )
    return int(scaled), code


def from_minor(value_minor: int | None, currency: str | None) -> Decimal | None:
    if value_minor is None or currency is None:
        return None
    return Decimal(value_minor).scaleb(-minor_units(currency))


def format_amount(amount: Decimal | None, currency: str | None) -> str:
    """``CNY 1,250,000.00``; empty when there is no value."""
    if amount is None or currency is None:
        return ""
    places = minor_units(currency)
    return f"{currency} {amount:,.{places}f}"
