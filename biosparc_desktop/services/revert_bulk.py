"""Undo and redo of a large batch (an import, a big "Empty Trash") set-wise, table by table.

Through the ORM each row of a 10,000-contact import costs a lazy load of every
owned collection and its own DELETE. Here the rows go by table in chunks: one
read for their journal snapshots, one DELETE (or INSERT) per chunk, the journal
entries and the search index written alongside, exactly as the flush listener
and the index hook would write them. Field updates in the batch are few and go
through the ORM as usual. A batch that both inserted and deleted rows, or rows
held by a record outside the batch, take the one-by-one way instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, inspect, select, text
from sqlalchemy.orm import Mapper, RelationshipDirection, Session

from biosparc_desktop.domain.base import Base
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.errors import Conflict
from biosparc_desktop.search import index as search_index
from biosparc_desktop.search.schema import TABLE as INDEX_TABLE
from biosparc_desktop.services.bulk_write import insert_plain
from biosparc_desktop.services.journal_children import CHUNK, Departure, child_links, pointer_rows
from biosparc_desktop.services.journal_record import batch_columns
from biosparc_desktop.services.journal_values import (
    class_for,
    dump,
    load,
    load_value,
    plain,
    table_for,
    table_name,
)
from biosparc_desktop.services.revert import Line, Report, revert_lines

# Fewer lines than this are replayed one by one (quick either way, and exact).
BULK_LINES = 1000
_SEARCHABLE = frozenset({"organisation", "contact", "agreement", "interaction", "event", "task"})
# Tables whose rows no flush hook reads but the journal's and the search index's
# (which this module stands in for). Interactions and their links are left out:
# organisation.last_interaction_at follows them in a hook of its own.
SET_WISE = frozenset(
    {
        "organisation", "organisation_tag", "tag",
        "contact", "contact_email", "contact_phone", "contact_tag", "affiliation",
        "agreement", "agreement_party", "signatory", "obligation", "cooperation_item",
        "agreement_document",
        "event", "event_organisation", "event_attendee", "event_agreement", "agenda_item",
        "task",
    }
)  # fmt: skip

_Ids = dict[str, dict[int, str]]  # table → row id → public id


def revert_bulk(session: Session, lines: Sequence[Line], report: Report | None = None) -> bool:
    """Undo ``lines`` set-wise; False (nothing changed) when they need the one-by-one way."""
    actions = {line.action for line in lines}
    if (
        len(lines) < BULK_LINES
        or {"insert", "delete"} <= actions
        or any(line.entity not in SET_WISE for line in lines)
    ):
        return False
    step = _Steps(report, len(lines))
    updates = [line for line in lines if line.action == "update" and line.field]
    if "insert" in actions:
        inserted = {(line.entity, line.record_id) for line in lines if line.action == "insert"}
        # The updates first: they may be what stops other rows pointing at the new ones.
        kept = [line for line in updates if (line.entity, line.record_id) not in inserted]
        revert_lines(session, kept)
        step.add(len(kept))
        removals = [line for line in lines if line.action == "insert"]
        if not _delete_rows(session, removals, step):
            revert_lines(session, removals, report)
    else:
        _insert_rows(session, [line for line in lines if line.action == "delete"], step)
        revert_lines(session, updates)  # after: they may point at the rows now back
        step.add(len(updates))
    step.done()
    return True


class _Steps:
    """Progress in rows, reported after each chunk."""

    def __init__(self, report: Report | None, total: int) -> None:
        self._report, self._total, self._done = report, max(total, 1), 0

    def add(self, count: int) -> None:
        self._done = min(self._done + count, self._total - 1)
        if self._report is not None:
            self._report(self._done, self._total)

    def done(self) -> None:
        if self._report is not None:
            self._report(self._total, self._total)


# -- undoing inserts ------------------------------------------------------------
def _delete_rows(session: Session, lines: Sequence[Line], step: _Steps) -> bool:
    connection = session.connection()
    doomed = _row_ids(connection, lines)
    _add_owned_rows(connection, doomed)
    if any(doomed[name] and name not in SET_WISE for name in doomed) or _held_from_outside(
        connection, doomed
    ):
        return False
    shared = batch_columns(session)
    entries: list[dict[str, Any]] = []
    departures: list[Departure] = []
    contacts_to_reindex: set[int] = set()  # of emails removed from contacts that stay
    links = child_links()
    for table in reversed(Base.metadata.sorted_tables):  # owned rows before their owners
        ids = doomed.get(table.name)
        if not ids:
            continue
        link = links.get(table.name)
        doomed_owners = doomed.get(link.parent, {}) if link is not None else {}
        for chunk in _chunks(sorted(ids)):
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                values = {key: plain(value) for key, value in row.items()}
                entries.append(_entry(shared, table.name, values))
                owner = values.get(link.column) if link is not None else None
                if link is not None and owner is not None and owner not in doomed_owners:
                    departures.append(Departure(table.name, values["public_id"], owner))
                    if table.name == "contact_email":
                        contacts_to_reindex.add(owner)
            # Just before the write: the reads above each end a transaction of their
            # own until the first write begins the action's, and an end resets the pragma.
            _defer_foreign_keys(connection)
            connection.execute(delete(table).where(table.c.id.in_(chunk)))
            step.add(len(chunk))
        if table.name in _SEARCHABLE and _has_index(connection):
            search_index.remove(connection, table.name, list(ids))
    if contacts_to_reindex and _has_index(connection):
        search_index.replace(connection, "contact", contacts_to_reindex)
    entries += [{**shared, **row} for row in pointer_rows(connection, departures)]
    _write_journal(connection, entries)
    return True


def _row_ids(connection: Connection, lines: Sequence[Line]) -> _Ids:
    """The rows the lines inserted that are still there, by table."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        wanted[line.entity].append(line.record_id)
    found: _Ids = defaultdict(dict)
    for name, public_ids in wanted.items():
        table = table_for(name)
        for chunk in _chunks(list(dict.fromkeys(public_ids))):
            rows = connection.execute(
                select(table.c.id, table.c.public_id).where(table.c.public_id.in_(chunk))
            )
            found[name].update((row.id, row.public_id) for row in rows)
    return found


def _add_owned_rows(connection: Connection, doomed: _Ids) -> None:
    """Add the rows owned by doomed rows (a contact's emails), as the ORM's cascade would."""
    for table in Base.metadata.sorted_tables:  # owners before what they own
        ids = doomed.get(table.name)
        if not ids:
            continue
        for child, column in _owned_by(table.name):
            child_table = table_for(child)
            for chunk in _chunks(sorted(ids)):
                rows = connection.execute(
                    select(child_table.c.id, child_table.c.public_id).where(
                        child_table.c[column].in_(chunk)
                    )
                )
                doomed[child].update((row.id, row.public_id) for row in rows)


def _owned_by(table: str) -> list[tuple[str, str]]:
    """(table, column) of the rows deleted with a row of ``table``."""
    mapper: Mapper[Any] = inspect(class_for(table))
    return [
        (table_name(rel.mapper.class_), rel.synchronize_pairs[0][1].name)
        for rel in mapper.relationships
        if rel.direction is RelationshipDirection.ONETOMANY and rel.cascade.delete
    ]


def _held_from_outside(connection: Connection, doomed: _Ids) -> bool:
    """Whether a row that stays points at a doomed row (the ORM would unlink or refuse)."""
    for name, ids in doomed.items():
        if not ids:
            continue
        target = table_for(name)
        for table in Base.metadata.sorted_tables:
            for foreign in table.foreign_keys:
                if foreign.column.table is not target or foreign.parent.table is not table:
                    continue
                also_doomed = doomed.get(table.name, {})
                for chunk in _chunks(sorted(ids)):
                    holders = connection.execute(
                        select(table.c.id).where(foreign.parent.in_(chunk))
                    ).scalars()
                    if any(holder not in also_doomed for holder in holders):
                        return True
    return False


# -- undoing deletes --------------------------------------------------------------
def _insert_rows(session: Session, lines: Sequence[Line], step: _Steps) -> None:
    connection = session.connection()
    by_table: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_table[line.entity].append(line)
    for name, table_lines in by_table.items():
        table = table_for(name)
        public_ids = [line.record_id for line in table_lines]
        for chunk in _chunks(public_ids):
            if connection.scalar(select(table.c.id).where(table.c.public_id.in_(chunk)).limit(1)):
                raise Conflict("A record that this change removed has been created again since.")
    shared = batch_columns(session)
    entries: list[dict[str, Any]] = []
    for table in Base.metadata.sorted_tables:  # owners before what they own
        restored = by_table.get(table.name)
        if not restored:
            continue
        mapper: Mapper[Any] = inspect(class_for(table.name))
        rows: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for line in restored:
            values = load(line.old_value) or {}
            row = {k: load_value(mapper, k, v) for k, v in values.items() if k in table.c}
            rows[tuple(sorted(row))].append(row)
            entries.append({**shared, **_line_entry(line)})
        for same_columns in rows.values():
            for start in range(0, len(same_columns), CHUNK):
                chunk = same_columns[start : start + CHUNK]
                _defer_foreign_keys(connection)  # see _delete_rows
                insert_plain(connection, table, chunk)
                step.add(len(chunk))
        _reindex(connection, table.name, [row["id"] for group in rows.values() for row in group])
    _write_journal(connection, entries)


def _line_entry(line: Line) -> dict[str, Any]:
    return {
        "entity": line.entity,
        "record_id": line.record_id,
        "action": "insert",
        "field": None,
        "old_value": None,
        "new_value": line.old_value,
    }


# -- journal and search index -------------------------------------------------------
def _entry(shared: dict[str, Any], table: str, values: dict[str, Any]) -> dict[str, Any]:
    return {
        **shared,
        "entity": table,
        "record_id": values["public_id"],
        "action": "delete",
        "field": None,
        "old_value": dump(values),
        "new_value": None,
    }


def _write_journal(connection: Connection, entries: list[dict[str, Any]]) -> None:
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    insert_plain(connection, journal, entries)


def _has_index(connection: Connection) -> bool:
    """The full-text index exists only on SQLite (and not in every test database)."""
    return connection.dialect.name == "sqlite" and bool(
        connection.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE name = :name"), {"name": INDEX_TABLE}
        )
    )


def _reindex(connection: Connection, table: str, ids: list[int]) -> None:
    if not ids or not _has_index(connection):
        return
    if table in _SEARCHABLE:
        search_index.replace(connection, table, ids)
    elif table == "contact_email":  # part of its contact's index row
        emails = table_for("contact_email")
        contacts: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            contacts.update(
                connection.execute(
                    select(emails.c.contact_id).where(emails.c.id.in_(chunk))
                ).scalars()
            )
        search_index.replace(connection, "contact", contacts)


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[start : start + CHUNK] for start in range(0, len(values), CHUNK)]


def _defer_foreign_keys(connection: Connection) -> None:
    """Rows of one table may point at each other (an organisation and its parent, in
    different chunks): the keys are checked when the action commits, not row by row."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
