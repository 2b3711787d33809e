"""Every table as plain JSON records keyed by public id, and back.

Integer keys mean nothing on another laptop, so a dumped record names the records
it refers to by their public ids (``"organisation_id": "5f0c…"``). Values are JSON
types: dates and times in ISO 8601 (times in UTC), enums as their stored values.
:func:`check_records` reads them back strictly and says what is wrong, where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Base, UtcDateTime
from biosparc_desktop.domain.bookkeeping import SYNC_BOOKKEEPING
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.services.bulk_write import plain

JOURNAL = ChangeEntry.__tablename__
MAX_PROBLEMS = 20


def tables() -> list[Table]:
    """Every record table and the journal, each after the tables it refers to.

    A machine's sync bookkeeping (cursor, outbox, server devices) stays behind:
    it describes this machine, not the records."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SYNC_BOOKKEEPING]


def foreign_keys(table: Table) -> dict[str, Table]:
    """Column name → the table it refers to."""
    return {fk.parent.name: fk.column.table for fk in table.foreign_keys}


def dump_table(session: Session, table: Table, public_ids: PublicIds) -> list[dict[str, Any]]:
    """Every row of ``table`` with references as public ids and no integer key."""
    refs = foreign_keys(table)
    records = []
    for row in session.execute(select(table).order_by(table.c.id)).mappings():
        record: dict[str, Any] = {}
        for column in table.columns:
            if column.name == "id":
                continue
            value = row[column.name]
            if column.name in refs and value is not None:
                value = public_ids.of(refs[column.name], value)
            record[column.name] = plain(value)
        records.append(record)
    return records


class PublicIds:
    """Integer id → public id, per table, loaded when first needed."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._maps: dict[str, dict[int, str]] = {}

    def of(self, table: Table, record_id: int) -> str:
        found = self._maps.get(table.name)
        if found is None:
            query = select(table.c.id, table.c.public_id)
            found = self._maps[table.name] = {i: p for i, p in self._session.execute(query)}
        return found[record_id]


@dataclass(frozen=True)
class Problem:
    """Something wrong in an archive: where ("data/contact.json, record 12") and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def check_records(
    table: Table, records: object, where: str
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The records of one table file with Python values, or the problems found."""
    problems: list[Problem] = []
    if not isinstance(records, list):
        return [], [Problem(where, "it should hold a list of records.")]
    refs = foreign_keys(table)
    known = {c.name for c in table.columns if c.name != "id"}
    converters = {c.name: _converter(c) for c in table.columns if c.name != "id"}
    required = {
        c.name
        for c in table.columns
        if c.name != "id" and not c.nullable and c.default is None and c.name not in refs
    } | ({"public_id"} if "public_id" in known else set())
    clean: list[dict[str, Any]] = []
    for number, record in enumerate(records, 1):
        here = f"{where}, record {number}"
        if not isinstance(record, dict):
            problems.append(Problem(here, "it is not a record (a JSON object)."))
            continue
        unknown = sorted(set(record) - known)
        if unknown:
            problems.append(
                Problem(here, f"unknown fields {', '.join(unknown)}: the archive was made by a"
                        " newer version of Biosparc Desktop.")
            )  # fmt: skip
            continue
        missing = sorted(required - set(record))
        if missing:
            problems.append(Problem(here, f"the required fields {', '.join(missing)} are missing."))
            continue
        values: dict[str, Any] = {}
        for name, raw in record.items():
            try:
                values[name] = raw if name in refs else converters[name](raw)
            except (TypeError, ValueError, OverflowError):
                shown = repr(raw) if len(repr(raw)) < 60 else repr(raw)[:57] + "…"
                problems.append(Problem(here, f"{shown} is not a valid value for {name}."))
        if name_clash := [n for n in refs if n in values and not _is_ref(values[n])]:
            problems.append(Problem(here, f"{name_clash[0]} should name a record by its id."))
        clean.append(values)
        if len(problems) >= MAX_PROBLEMS:
            break
    return clean, problems


def _is_ref(value: Any) -> bool:
    return value is None or (isinstance(value, str) and 0 < len(value) <= 36)


def _converter(column: Column[Any]) -> Callable[[Any], Any]:
    column_type = column.type
    nullable = column.nullable
    enum_class = getattr(column_type, "enum_class", None)

    def convert(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise ValueError("missing")
            return None
        if enum_class is not None:
            return enum_class(value)
        if isinstance(column_type, UtcDateTime):
            parsed = datetime.fromisoformat(_text(value))
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
            return parsed.astimezone(UTC)
        if isinstance(column_type, Date):
            return date.fromisoformat(_text(value))
        if isinstance(column_type, Boolean):
            if not isinstance(value, bool):
                raise TypeError("not a boolean")
            return value
        if isinstance(column_type, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("not a whole number")
            return value
        if isinstance(column_type, String | Text):
            text = _text(value)
            length = getattr(column_type, "length", None)
            if length is not None and len(text) > length:
                raise ValueError("too long")
            return text
        return value

    return convert


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def chunked(values: list[Any], size: int = 900) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
