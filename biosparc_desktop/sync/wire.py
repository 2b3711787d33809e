"""Records on the wire: integer keys never leave a machine.

A change on the wire is a dict: ``entity`` (table), ``record_id`` (public id),
``action`` (insert, update, delete), ``field`` (for updates), ``old`` and
``new``. Values are the journal's JSON values, except that a foreign key holds
the public id of the record it points at. An insert's ``new`` (and a delete's
``old``) is the whole row without its integer ``id``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table

from biosparc_desktop.domain import models  # every table, so the metadata sorts whole
from biosparc_desktop.domain.base import Base
from biosparc_desktop.domain.bookkeeping import LOCAL_TABLES

Change = dict[str, Any]
# (table, integer id) -> public id, or None when unknown
ToPublic = Callable[[str, int], str | None]
# (table, public id) -> integer id, or None when there is no such record here
ToLocal = Callable[[str, str], int | None]


@cache
def synced_tables() -> list[Table]:
    """The record tables, owners before what they own."""
    assert models.Base is Base
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


@cache
def table_order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(synced_tables())}


@cache
def foreign_keys(table: str) -> dict[str, str]:
    """Column name -> the table it points at (every link is to an ``id``)."""
    result: dict[str, str] = {}
    for column in Base.metadata.tables[table].columns:
        for fk in column.foreign_keys:
            result[column.name] = fk.column.table.name
    return result


def row_out(table: str, row: dict[str, Any], to_public: ToPublic) -> dict[str, Any]:
    """A journalled row (JSON values, integer keys) in wire form."""
    links = foreign_keys(table)
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "id":
            continue
        if key in links and value is not None:
            out[key] = to_public(links[key], int(value))
        else:
            out[key] = value
    return out


def value_out(table: str, field: str, value: Any, to_public: ToPublic) -> Any:
    target = foreign_keys(table).get(field)
    if target is None or value is None:
        return value
    return to_public(target, int(value))


def referenced(changes: Iterable[Change]) -> dict[str, set[str]]:
    """Every public id the changes point at through a foreign key, by table."""
    wanted: dict[str, set[str]] = {}
    for change in changes:
        links = foreign_keys(change["entity"])
        if not links:
            continue
        if change["action"] == "insert":
            for key, target in links.items():
                value = (change["new"] or {}).get(key)
                if value:
                    wanted.setdefault(target, set()).add(value)
        elif change["action"] == "update" and change["field"] in links and change["new"]:
            wanted.setdefault(links[change["field"]], set()).add(change["new"])
    return wanted
