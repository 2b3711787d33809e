"""The domain rules a change must keep before the server applies it.

A laptop's own services already checked what its user typed; the server checks
again because it cannot trust what arrives: every value against its column
(type, length, allowed values) and each touched record against the record rules.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text, TypeDecorator, inspect
from sqlalchemy.orm import Mapper

from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.base import Record
from biosparc_desktop.domain.contacts import ContactEmail
from biosparc_desktop.domain.rules.contact_details import clean_email
from biosparc_desktop.domain.rules.dates import check_agreement_dates
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.journal_values import class_for
from biosparc_desktop.sync.wire import foreign_keys

TEXT_LIMIT = 20_000


def check_value(entity: str, field: str, raw: Any) -> None:
    """One wire value against its column; raises ValidationError in plain words."""
    mapper: Mapper[Any] = inspect(class_for(entity))
    if field not in mapper.columns:
        raise _bad(entity, field, "is not a field of this kind of record")
    column = mapper.columns[field]
    if raw is None:
        if not column.nullable and field not in foreign_keys(entity):
            raise _bad(entity, field, "is required")
        return
    if field in foreign_keys(entity):
        if not isinstance(raw, str) or len(raw) > 36:
            raise _bad(entity, field, "must name a record by its id")
        return
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance  # UtcDateTime is a DateTime underneath
    if isinstance(kind, Enum):
        allowed = list(kind.enums)
        if raw not in allowed:
            raise _bad(entity, field, "must be one of " + ", ".join(allowed))
    elif isinstance(kind, String | Text):
        if not isinstance(raw, str):
            raise _bad(entity, field, "must be text")
        limit = kind.length or TEXT_LIMIT
        if len(raw) > limit:
            raise _bad(entity, field, f"is longer than {limit} characters")
        if "\x00" in raw or any(0xD800 <= ord(ch) <= 0xDFFF for ch in raw):
            raise _bad(entity, field, "contains a character that cannot be stored")
    elif isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise _bad(entity, field, "must be true or false")
    elif isinstance(kind, Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**62:
            raise _bad(entity, field, "must be a whole number")
    elif isinstance(kind, DateTime):
        _parse(entity, field, raw, datetime.fromisoformat)
    elif isinstance(kind, Date):
        _parse(entity, field, raw, date.fromisoformat)


def check_row(entity: str, row: Any) -> None:
    if not isinstance(row, dict):
        raise ValidationError.of("A new {entity} record came without its fields.", entity=entity)
    columns = inspect(class_for(entity)).columns
    for name, column in columns.items():
        if name in ("id", "public_id"):
            continue
        if name in row:
            check_value(entity, name, row[name])
        elif not column.nullable and column.default is None and name not in foreign_keys(entity):
            raise _bad(entity, name, "is required")
    for name in row:
        if name not in columns and name != "id":
            raise _bad(entity, name, "is not a field of this kind of record")


def check_record(obj: Record) -> None:
    """The rules that span fields of one record, on the record as it will be stored."""
    if isinstance(obj, Agreement):
        check_agreement_dates(obj.signed_on, obj.effective_on, obj.expires_on)
    elif isinstance(obj, ContactEmail):
        clean_email(obj.address)


def _parse(entity: str, field: str, raw: Any, parse: Any) -> None:
    try:
        parse(raw)
    except (TypeError, ValueError) as exc:
        raise _bad(entity, field, "is not a valid date") from exc


def _bad(entity: str, field: str, what: str) -> ValidationError:
    return ValidationError.of(
        "The {entity} field “{name}” {what}.",
        field=field,
        name=field,
        entity=entity.replace("_", " "),
        what=what,
    )
