"""Undo and redo: apply the inverse of one journal batch, inside the caller's write.

Each entry is undone through the ORM, so the journal listener and the search
index see the inverse as an ordinary change. A batch of many inserts or deletes
(an import, emptying a large Trash) takes the set-wise way in
:mod:`~biosparc_desktop.services.revert_bulk` instead, which gives the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import inspect, select
from sqlalchemy.orm import Mapper, Session

from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.errors import Conflict, NotFound
from biosparc_desktop.services.journal_children import CHILD, CHUNK
from biosparc_desktop.services.journal_values import class_for, load, load_value

# Called now and then with (steps done, steps in all); may raise to cancel.
Report = Callable[[int, int], object]


class Line(NamedTuple):
    """One journal entry, as replaying needs it."""

    id: int
    entity: str
    record_id: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def batch_lines(session: Session, batch_id: str) -> list[Line]:
    """The batch's entries, newest first, without the "child" pointers."""
    rows = session.execute(
        select(
            ChangeEntry.id,
            ChangeEntry.entity,
            ChangeEntry.record_id,
            ChangeEntry.action,
            ChangeEntry.field,
            ChangeEntry.old_value,
            ChangeEntry.new_value,
        )
        .where(ChangeEntry.batch_id == batch_id)
        .order_by(ChangeEntry.id.desc())
    ).all()
    if not rows:
        raise NotFound("That change is no longer in the journal.")
    return [Line(*row) for row in rows if row.action != CHILD]


_Records = dict[tuple[str, str], Any]


def revert_lines(session: Session, lines: Sequence[Line], report: Report | None = None) -> None:
    """Undo ``lines`` (newest first) one by one through the ORM."""
    total = len(lines) + 1
    # One flush at the end lets the unit of work order inserts parents-first...
    with session.no_autoflush:
        records = prefetch(session, lines)
        deleting = False
        for done, line in enumerate(lines):
            if line.action == "delete" and deleting:
                # ...but a row removed by this undo may hold a unique value that a row
                # coming back needs (an event's attendee replaced by the same person).
                session.flush()
                deleting = False
            deleting |= apply_inverse(session, line, records)
            if report is not None and done % CHUNK == 0:
                report(done, total)
    session.flush()
    if report is not None:
        report(total, total)


def prefetch(session: Session, lines: Sequence[Line]) -> _Records:
    """Load every record the lines touch in a few queries, not one per line."""
    wanted: dict[str, list[str]] = {}
    for line in lines:
        wanted.setdefault(line.entity, []).append(line.record_id)
    found: _Records = {}
    for entity, ids in wanted.items():
        cls = class_for(entity)
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            for obj in session.scalars(select(cls).where(cls.public_id.in_(chunk))):
                found[(entity, obj.public_id)] = obj
    return found


def apply_inverse(session: Session, line: Line, records: _Records) -> bool:
    """Undo one line; True when that deleted a row."""
    cls = class_for(line.entity)
    mapper: Mapper[Any] = inspect(cls)
    key = (line.entity, line.record_id)
    obj = records.get(key)
    if line.action == "insert":
        if obj is not None:
            session.delete(obj)
            records[key] = None
            return True
    elif line.action == "delete":
        if obj is not None:
            raise Conflict("A record that this change removed has been created again since.")
        values = load(line.old_value) or {}
        columns = mapper.columns.keys()
        restored = cls(
            **{k: load_value(mapper, k, raw) for k, raw in values.items() if k in columns}
        )
        session.add(restored)
        records[key] = restored
    elif line.action == "update" and line.field:
        if obj is None:
            raise Conflict("A record this change touched has been removed since.")
        setattr(obj, line.field, load_value(mapper, line.field, load(line.old_value)))
    return False
