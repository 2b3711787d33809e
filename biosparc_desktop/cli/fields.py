"""``FIELD=VALUE`` arguments of ``add`` and ``edit``: read by the field's type before any write.

Only the form of a value is checked here (a date, a number, one of a list); whether
it is allowed (a required name, an expiry after the signing date) is the services'
rule, so the command line and the app refuse the same things in the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from biosparc_desktop.cli.runtime import UsageError
from biosparc_desktop.domain.enums import PartyRole
from biosparc_desktop.services.agreements import PartyDraft


class BadValue(ValueError):
    """A value of the wrong form; its text says what is accepted."""


@dataclass(frozen=True)
class Field:
    name: str
    accepts: str  # for --help: what a value looks like
    parse: Callable[[str], Any]
    # The kind of record (its command, "partners") whose public ids the value holds.
    link: str | None = None


def _quoted(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def text(name: str, accepts: str = "text") -> Field:
    # Passed on as typed: the service trims it and an empty value clears the field.
    return Field(name, accepts, lambda value: value)


def choice(name: str, enum: type[StrEnum], *, optional: bool = False, note: str = "") -> Field:
    allowed = [member.value for member in enum]
    accepts = "one of " + ", ".join(allowed) + (" (empty: automatic)" if optional else "")

    def parse(value: str) -> StrEnum | None:
        clean = value.strip().lower()
        if optional and not clean:
            return None
        if clean not in allowed:
            raise BadValue(f"“{_quoted(value)}” is not {accepts}.")
        return enum(clean)

    return Field(name, accepts + note, parse)


def day(name: str) -> Field:
    def parse(value: str) -> date | None:
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise BadValue(
                f"“{_quoted(value)}” is not a date; write it as YYYY-MM-DD, e.g. 2025-11-20."
            ) from None

    return Field(name, "a date, YYYY-MM-DD", parse)


def moment(name: str) -> Field:
    def parse(value: str) -> datetime | None:
        if not value.strip():
            return None
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            raise BadValue(
                f"“{_quoted(value)}” is not a date and time; write it as YYYY-MM-DDTHH:MM, "
                "e.g. 2025-11-20T14:30 (in the record's time zone) or 2025-11-20T14:30+08:00."
            ) from None

    return Field(name, "YYYY-MM-DDTHH:MM[+HH:MM] (empty: now)", parse)


def whole(name: str) -> Field:
    def parse(value: str) -> int | None:
        if not value.strip():
            return None
        try:
            return int(value.strip())
        except ValueError:
            raise BadValue(f"“{_quoted(value)}” is not a whole number, e.g. 90.") from None

    return Field(name, "a whole number", parse)


def amount(name: str) -> Field:
    def parse(value: str) -> Decimal | None:
        clean = value.replace(",", "").replace("_", "").replace(" ", "")
        if not clean:
            return None
        try:
            number = Decimal(clean)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            raise BadValue(f"“{_quoted(value)}” is not a number, e.g. 1250000.50.")
        return number

    return Field(name, "a number, e.g. 1250000.50", parse)


def _items(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def many(name: str, accepts: str) -> Field:
    return Field(name, f"{accepts}, comma-separated", _items)


def link(name: str, command: str) -> Field:
    def parse(value: str) -> str | None:
        return value.strip() or None

    return Field(name, f"the id of one of `biosparc {command} list`", parse, link=command)


def links(name: str, command: str) -> Field:
    accepts = f"ids from `biosparc {command} list`, comma-separated"
    return Field(name, accepts, _items, link=command)


def parties(name: str) -> Field:
    roles = [role.value for role in PartyRole]

    def parse(value: str) -> tuple[PartyDraft, ...]:
        result = []
        for item in _items(value):
            org_id, _, role = item.partition(":")
            role = role.strip().lower() or PartyRole.PARTNER.value
            if role not in roles:
                raise BadValue(
                    f"“{_quoted(role)}” is not a party's role; after the id write "
                    f":{', :'.join(roles)} (none: partner)."
                )
            result.append(PartyDraft(organisation_id=org_id.strip(), role=PartyRole(role)))
        return tuple(result)

    accepts = "PARTNER_ID[:ROLE], comma-separated; ROLE is one of " + ", ".join(roles)
    return Field(name, accepts, parse, link="partners")


def linked_ids(value: Any) -> list[str]:
    """The public ids a parsed link value holds."""
    if value is None:
        return []
    if isinstance(value, PartyDraft):
        return [value.organisation_id]
    if isinstance(value, tuple):
        return [found for item in value for found in linked_ids(item)]
    return [str(value)]


def read_assignments(
    tokens: Iterable[str], fields: Mapping[str, Field], computed: Iterable[str], command: str
) -> dict[str, Any]:
    """``FIELD=VALUE`` tokens as parsed values by field name; a mistake is a UsageError."""
    names = ", ".join(fields)
    values: dict[str, Any] = {}
    for token in tokens:
        name, equals, raw = token.partition("=")
        name = name.strip()
        if not equals:
            raise UsageError(f"“{_quoted(token)}” is not FIELD=VALUE; the fields are: {names}.")
        if name in computed:
            raise UsageError(
                f"{name} is worked out by Biosparc and cannot be set; the fields are: {names}."
            )
        field = fields.get(name)
        if field is None:
            raise UsageError(f"{command} have no field “{_quoted(name)}”; the fields are: {names}.")
        if name in values:
            raise UsageError(f"{name} is given twice.")
        try:
            values[name] = field.parse(raw)
        except BadValue as exc:
            raise UsageError(f"{name}: {exc}") from None
    return values
