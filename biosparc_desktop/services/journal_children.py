"""Which rows belong to which record: a contact's emails, an agreement's parties...

A record's history includes the changes of the rows it owns. A row it owns
today is found through its foreign key. A row that has left it (removed, or
moved to another record by a merge) no longer points at it, so when that
happens the journal also writes a small "child" entry on the record naming the
row: the record's history then finds the row's own entries by their index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Connection, select
from sqlalchemy.orm import RelationshipDirection

from biosparc_desktop.domain.base import Base, Trashable
from biosparc_desktop.services.journal_values import dump, table_for, table_name

# The journal action of an entry that only points from a record to a row it owned.
CHILD = "child"
CHUNK = 500  # values per IN (...) list


@dataclass(frozen=True)
class ChildLink:
    child: str  # the owned row's table, e.g. "contact_email"
    parent: str  # the owning record's table, e.g. "contact"
    column: str  # the owned row's column holding the record's id, e.g. "contact_id"


@cache
def child_links() -> dict[str, ChildLink]:
    """Owned rows by table: the one-to-many links of the records that own their rows
    (deleted with them), read from the mappings so a new kind of row is included."""
    links: dict[str, ChildLink] = {}
    for mapper in Base.registry.mappers:
        if not issubclass(mapper.class_, Trashable):
            continue
        for rel in mapper.relationships:
            if rel.direction is not RelationshipDirection.ONETOMANY or not rel.cascade.delete:
                continue
            child = table_name(rel.mapper.class_)
            column = rel.synchronize_pairs[0][1].name
            links[child] = ChildLink(child, table_name(mapper.class_), column)
    return links


def links_of(parent: str) -> list[ChildLink]:
    return [link for link in child_links().values() if link.parent == parent]


@dataclass(frozen=True)
class Departure:
    """An owned row that left its record (deleted, or its link moved elsewhere)."""

    child: str
    child_public_id: str
    parent_id: int


def pointer_rows(
    connection: Connection,
    departures: Iterable[Departure],
    known: dict[tuple[str, int], str] | None = None,
) -> list[dict[str, object]]:
    """The "child" journal entries for these departures (without batch columns).

    ``known`` maps (table, id) to public ids already at hand; the rest are read.
    """
    by_parent: dict[tuple[str, int], list[Departure]] = {}
    for departure in departures:
        link = child_links()[departure.child]
        by_parent.setdefault((link.parent, departure.parent_id), []).append(departure)
    public_ids = dict(known or {})
    wanted: dict[str, list[int]] = {}
    for parent, row_id in by_parent:
        if (parent, row_id) not in public_ids:
            wanted.setdefault(parent, []).append(row_id)
    for parent, ids in wanted.items():
        table = table_for(parent)
        for start in range(0, len(ids), CHUNK):
            rows = connection.execute(
                select(table.c.id, table.c.public_id).where(
                    table.c.id.in_(ids[start : start + CHUNK])
                )
            )
            for row_id, public_id in rows:
                public_ids[(parent, row_id)] = public_id
    entries: list[dict[str, object]] = []
    for (parent, row_id), items in by_parent.items():
        parent_public_id = public_ids.get((parent, row_id))
        if parent_public_id is None:
            continue  # the record itself is gone: nobody will ask for its history
        for departure in items:
            entries.append(
                {
                    "entity": parent,
                    "record_id": parent_public_id,
                    "action": CHILD,
                    "field": departure.child,
                    "old_value": None,
                    "new_value": dump(departure.child_public_id),
                }
            )
    return entries
