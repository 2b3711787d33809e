"""A record's history from the journal: its own field changes and those of the rows it owns.

Every query goes through the journal's (entity, record id) index: a record's own
entries (with its "child" pointers), the ids of the rows it owns today through
their foreign keys, then those rows' entries. A row's entries count only while
the row belonged to this record, so an email merged in from another contact
shows as "moved here", not with the other contact's past.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Base, Trashable
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.services.journal_children import (
    CHILD,
    CHUNK,
    ChildLink,
    child_links,
    links_of,
)
from biosparc_desktop.services.journal_values import load, table_for, table_name

# Changes of an owned row that say nothing on their own (the order of emails,
# the moment an obligation was ticked, which goes with "done").
_QUIET_OWNED = frozenset({"position", "done_at"})
# The column that names an owned row; a link column names it by the record it points at.
_NAMED_BY = {
    "contact_email": "address",
    "contact_phone": "number",
    "contact_tag": "tag_id",
    "organisation_tag": "tag_id",
    "affiliation": "organisation_id",
    "agreement_party": "organisation_id",
    "signatory": "contact_id",
    "obligation": "title",
    "cooperation_item": "title",
    "agreement_document": "filename",
    "event_attendee": "contact_id",
    "event_organisation": "organisation_id",
    "event_agreement": "agreement_id",
    "agenda_item": "title",
    "interaction_organisation": "organisation_id",
    "interaction_contact": "contact_id",
}
_MISSING = object()


@dataclass(frozen=True)
class Change:
    """One line of a record's history.

    ``entity`` is the table of the row that changed: the record's own, or that of a
    row it owns (``contact_email``...), which ``subject`` then names in words. For an
    owned row ``action`` may also be ``move_in`` or ``move_out`` (a merge moved it),
    and an insert's or delete's values are the row's columns.
    """

    at: datetime
    staff: str | None
    action: str
    field: str | None
    old_value: Any
    new_value: Any
    batch_label: str
    entity: str = ""
    subject: str | None = None
    owned: bool = False
    batch_id: str = ""


# (id, at, staff_id, action, field, old_value, new_value, batch_label, record_id)
_Entry = Row[Any]


def find_entity(session: Session, record_id: str) -> str | None:
    """The table of a record (one with a Trash) by its public id."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Trashable):
            table = table_for(table_name(cls))
            if session.scalar(select(table.c.id).where(table.c.public_id == record_id)):
                return str(table.name)
    return None


def record_history(session: Session, entity: str, record_id: str) -> list[Change]:
    """Every change to the record and to the rows it owns, newest first."""
    staff = {row.id: row.name for row in session.execute(select(StaffMember.id, StaffMember.name))}
    table = table_for(entity)
    own_id = session.scalar(select(table.c.id).where(table.c.public_id == record_id))
    lines: list[tuple[int, Change]] = []
    owned: dict[str, set[str]] = defaultdict(set)
    for entry in _entries(session, entity, [record_id]):
        if entry.action == CHILD:
            if entry.field in child_links():
                owned[entry.field].add(load(entry.new_value))
            continue
        lines.append((entry.id, _change(entry, staff, entity)))
    if own_id is not None:
        for link in links_of(entity):
            child = table_for(link.child)
            owned[link.child].update(
                session.scalars(select(child.c.public_id).where(child.c[link.column] == own_id))
            )
        namer = _Namer()
        for child_table, ids in owned.items():
            entries = _entries(session, child_table, sorted(ids))
            lines += _owned_lines(entries, child_links()[child_table], own_id, staff, namer)
        names = namer.resolve(session)
        lines = [(key, names(key, change)) for key, change in lines]
    lines.sort(key=lambda pair: pair[0], reverse=True)
    return [change for _key, change in lines]


def _entries(session: Session, entity: str, record_ids: Sequence[str]) -> list[_Entry]:
    found: list[Any] = []
    for start in range(0, len(record_ids), CHUNK):
        found += session.execute(
            select(
                ChangeEntry.id,
                ChangeEntry.at,
                ChangeEntry.staff_id,
                ChangeEntry.action,
                ChangeEntry.field,
                ChangeEntry.old_value,
                ChangeEntry.new_value,
                ChangeEntry.batch_label,
                ChangeEntry.record_id,
                ChangeEntry.batch_id,
            ).where(
                ChangeEntry.entity == entity,
                ChangeEntry.record_id.in_(record_ids[start : start + CHUNK]),
            )
        ).all()
    found.sort(key=lambda entry: entry.id)
    return found


def _change(
    entry: _Entry,
    staff: dict[int, str],
    entity: str,
    *,
    action: str | None = None,
    subject: str | None = None,
) -> Change:
    return Change(
        at=entry.at,
        staff=staff.get(entry.staff_id) if entry.staff_id is not None else None,
        action=action or entry.action,
        field=entry.field,
        old_value=load(entry.old_value),
        new_value=load(entry.new_value),
        batch_label=entry.batch_label,
        entity=entity,
        subject=subject,
        owned=subject is not None,
        batch_id=entry.batch_id,
    )


UNDO_PREFIX = "Undo "


def without_undone(changes: Sequence[Change]) -> list[Change]:
    """The history without the actions that were undone and their undos: one line per
    action that still counts. ``changes`` newest first, as :func:`record_history` gives them.

    An undo is a batch labelled "Undo <label>" that comes right after (in this record's
    history) the batch it reverses; both go. A redo is labelled like the action, so it
    stays, once.
    """
    batches: list[tuple[str, list[Change]]] = []  # (batch id, its lines), oldest first
    for change in reversed(changes):
        if batches and batches[-1][0] == change.batch_id:
            batches[-1][1].append(change)
        else:
            batches.append((change.batch_id, [change]))
    kept: list[tuple[str, list[Change]]] = []
    for batch in batches:
        label = batch[1][0].batch_label
        if (
            kept
            and label.startswith(UNDO_PREFIX)
            and kept[-1][1][0].batch_label == label[len(UNDO_PREFIX) :]
            and kept[-1][0] != batch[0]
        ):
            kept.pop()  # the action and its undo cancel out
            continue
        kept.append(batch)
    return [change for _id, lines in reversed(kept) for change in reversed(lines)]


def _owned_lines(
    entries: list[_Entry], link: ChildLink, own_id: int, staff: dict[int, str], namer: _Namer
) -> list[tuple[int, Change]]:
    """The lines of one kind of owned row, counting only while a row belonged here."""
    by_row: dict[str, list[_Entry]] = defaultdict(list)
    for entry in entries:
        by_row[entry.record_id].append(entry)
    lines: list[tuple[int, Change]] = []
    for row_entries in by_row.values():
        state: dict[str, Any] = {}
        for entry in row_entries:
            action = _owned_action(entry, state, link.column, own_id)
            if action is not None:
                subject = namer.ask(entry.id, link.child, state)
                lines.append(
                    (entry.id, _change(entry, staff, link.child, action=action, subject=subject))
                )
    return lines


def _owned_action(entry: _Entry, state: dict[str, Any], column: str, own_id: int) -> str | None:
    """Follow the row's state through one entry; the line's action, if it is shown here."""
    before = state.get(column, _MISSING)
    if entry.action in ("insert", "delete"):
        values = load(entry.new_value if entry.action == "insert" else entry.old_value)
        state.clear()
        state.update(values if isinstance(values, dict) else {})
        parent = state.get(column, _MISSING)
        return entry.action if parent in (own_id, _MISSING) else None
    if entry.action != "update" or entry.field is None:
        return None
    new = load(entry.new_value)
    state[entry.field] = new
    if entry.field == column:
        old = load(entry.old_value)
        if new == own_id and old != own_id:
            return "move_in"
        if old == own_id and new != own_id:
            return "move_out"
        return None
    if entry.field in _QUIET_OWNED:
        return None
    return "update" if before in (own_id, _MISSING) else None


class _Namer:
    """Names owned rows in words, reading linked records' names in one query per table."""

    def __init__(self) -> None:
        self._refs: dict[int, tuple[str, int]] = {}  # line key → (table, id) to name it by

    def ask(self, key: int, child: str, state: dict[str, Any]) -> str:
        """The row's name now, or "" with the linked record noted for :meth:`resolve`."""
        column = _NAMED_BY.get(child) or next(
            (c for c in ("name", "title", "address", "number", "filename") if c in state), None
        )
        value = state.get(column) if column else None
        if column is None or value is None:
            return ""
        foreign = next(iter(table_for(child).c[column].foreign_keys), None)
        if foreign is None or not isinstance(value, int):
            return str(value)
        self._refs[key] = (foreign.column.table.name, value)
        return ""

    def resolve(self, session: Session) -> Callable[[int, Change], Change]:
        """Read the names asked for; returns what puts them into the lines."""
        wanted: dict[str, set[int]] = defaultdict(set)
        for target, row_id in self._refs.values():
            wanted[target].add(row_id)
        names: dict[tuple[str, int], str] = {}
        for target, ids in wanted.items():
            names.update(_names_of(session, target, sorted(ids)))

        def named(key: int, change: Change) -> Change:
            ref = self._refs.get(key)
            return change if ref is None else replace(change, subject=names.get(ref, ""))

        return named


def _names_of(session: Session, target: str, ids: list[int]) -> dict[tuple[str, int], str]:
    table = table_for(target)
    names: dict[tuple[str, int], str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        if target == "contact":
            rows = session.execute(
                select(
                    table.c.id,
                    table.c.given_name,
                    table.c.family_name,
                    table.c.name_zh,
                    table.c.name_order,
                ).where(table.c.id.in_(chunk))
            )
            for row_id, given, family, name_zh, order in rows:
                names[(target, row_id)] = display_name(given, family, name_zh, order)
            continue
        column = next((c for c in ("name", "title") if c in table.c), None)
        if column is None:
            continue
        for row_id, name in session.execute(
            select(table.c.id, table.c[column]).where(table.c.id.in_(chunk))
        ):
            names[(target, row_id)] = str(name)
    return names
