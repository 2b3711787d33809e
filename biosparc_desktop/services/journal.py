"""The change journal: written on every flush, read for history, replayed for undo.

One listener on the session factory records every insert, field update and
delete in the same transaction as the change itself, so the journal can never
disagree with the data.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Mapper, Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from biosparc_desktop.domain.base import Base, Record, utcnow
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.errors import Conflict, NotFound
from biosparc_desktop.services.context import BATCH_ID, BATCH_LABEL, STAFF_ID, ServiceContext

# Bookkeeping columns whose changes are not worth a history line of their own.
_QUIET_FIELDS = {"id", "updated_at", "created_at", "public_id"}


_INSTALLED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install_journal(session_factory: sessionmaker[Session]) -> None:
    """Record every change made through sessions of this factory (once per factory)."""
    # A WeakSet, not event.contains(): SQLAlchemy's registry can mistake a new factory
    # for a collected one that had the same id().
    if session_factory not in _INSTALLED:
        event.listen(session_factory, "after_flush", _record_flush)
        _INSTALLED.add(session_factory)


def _record_flush(session: Session, _flush_context: object) -> None:
    batch = session.info.get(BATCH_ID)
    if batch is None:
        batch = session.info[BATCH_ID] = str(uuid.uuid4())
    label = session.info.get(BATCH_LABEL, "Change")
    staff = session.info.get(STAFF_ID)
    at = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Record, action: str, field: str | None, old: Any, new: Any) -> None:
        rows.append(
            {
                "batch_id": batch,
                "batch_label": label,
                "at": at,
                "staff_id": staff,
                "entity": obj.__tablename__,  # type: ignore[attr-defined]
                "record_id": obj.public_id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in session.new:
        if isinstance(obj, Record):
            add(obj, "insert", None, None, _dump(snapshot(obj)))
    for obj in session.dirty:
        if not isinstance(obj, Record) or not session.is_modified(obj):
            continue
        mapper: Mapper[Any] = inspect(type(obj))
        for column_attr in mapper.column_attrs:
            key = column_attr.key
            if key in _QUIET_FIELDS:
                continue
            history = get_history(obj, key)
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            add(obj, "update", key, _dump(_plain(old)), _dump(_plain(new)))
    for obj in session.deleted:
        if isinstance(obj, Record):
            add(obj, "delete", None, _dump(snapshot(obj)), None)
    if rows:
        session.execute(insert(ChangeEntry), rows)


def snapshot(obj: object) -> dict[str, Any]:
    """Every column's value as JSON-ready data, keyed by attribute name."""
    mapper: Mapper[Any] = inspect(type(obj))
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load_value(mapper: Mapper[Any], key: str, raw: Any) -> Any:
    """Turn a journalled JSON value back into what the column expects."""
    if raw is None:
        return None
    column_type = mapper.columns[key].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(raw)
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return raw
    if python_type is datetime:
        return datetime.fromisoformat(raw)
    if python_type is date:
        return date.fromisoformat(raw)
    return raw


_CLASSES: dict[str, type[Record]] = {}


def _class_for(table: str) -> type[Record]:
    if not _CLASSES:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if issubclass(cls, Record):
                _CLASSES[cls.__tablename__] = cls  # type: ignore[attr-defined]
    return _CLASSES[table]


@dataclass(frozen=True)
class Change:
    """One line of a record's history."""

    at: datetime
    staff: str | None
    action: str
    field: str | None
    old_value: Any
    new_value: Any
    batch_label: str


@dataclass(frozen=True)
class Batch:
    batch_id: str
    label: str
    at: datetime


class JournalService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def history(self, record_id: str) -> list[Change]:
        """Every change to one record (and its own rows), newest first."""
        with self._ctx.read() as session:
            rows = session.execute(
                select(ChangeEntry, StaffMember.name)
                .outerjoin(StaffMember, StaffMember.id == ChangeEntry.staff_id)
                .where(ChangeEntry.record_id == record_id)
                .order_by(ChangeEntry.id.desc())
            ).all()
            return [
                Change(
                    at=entry.at,
                    staff=staff,
                    action=entry.action,
                    field=entry.field,
                    old_value=json.loads(entry.old_value) if entry.old_value else None,
                    new_value=json.loads(entry.new_value) if entry.new_value else None,
                    batch_label=entry.batch_label,
                )
                for entry, staff in rows
            ]

    def batch(self, batch_id: str) -> Batch:
        with self._ctx.read() as session:
            row = session.execute(
                select(ChangeEntry.batch_label, func.min(ChangeEntry.at))
                .where(ChangeEntry.batch_id == batch_id)
                .group_by(ChangeEntry.batch_label)
            ).first()
        if row is None:
            raise NotFound("That change is no longer in the journal.")
        return Batch(batch_id=batch_id, label=row[0], at=row[1])

    def revert(self, batch_id: str, label: str) -> str:
        """Apply the inverse of a batch as a new batch; returns the new batch id.

        Undo reverts the user's batch; redo reverts the undo's batch.
        """
        with self._ctx.write(label) as session:
            entries = session.scalars(
                select(ChangeEntry)
                .where(ChangeEntry.batch_id == batch_id)
                .order_by(ChangeEntry.id.desc())
            ).all()
            if not entries:
                raise NotFound("That change is no longer in the journal.")
            # One flush at the end lets the unit of work order inserts parents-first.
            with session.no_autoflush:
                records = _prefetch(session, entries)
                for entry in entries:
                    _apply_inverse(session, entry, records)
            new_batch: str = session.info[BATCH_ID]
        return new_batch

    def restore_value(self, record_id: str, entity: str, field: str, raw_json: str) -> None:
        """Set one field back to a value taken from its history."""
        cls = _class_for(entity)
        mapper: Mapper[Any] = inspect(cls)
        with self._ctx.write(f"Restore {field}") as session:
            obj = session.scalar(select(cls).where(cls.public_id == record_id))
            if obj is None:
                raise NotFound("The record no longer exists.")
            setattr(obj, field, _load_value(mapper, field, json.loads(raw_json)))


_Records = dict[tuple[str, str], Any]
_CHUNK = 500


def _prefetch(session: Session, entries: Sequence[ChangeEntry]) -> _Records:
    """Load every record the batch touched in a few queries, not one per journal line."""
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.entity, []).append(entry.record_id)
    found: _Records = {}
    for entity, ids in wanted.items():
        cls = _class_for(entity)
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            for obj in session.scalars(select(cls).where(cls.public_id.in_(chunk))):
                found[(entity, obj.public_id)] = obj
    return found


def _apply_inverse(session: Session, entry: ChangeEntry, records: _Records) -> None:
    cls = _class_for(entry.entity)
    mapper: Mapper[Any] = inspect(cls)
    key = (entry.entity, entry.record_id)
    obj = records.get(key)
    if entry.action == "insert":
        if obj is not None:
            session.delete(obj)
            records[key] = None
    elif entry.action == "delete":
        if obj is not None:
            raise Conflict("A record that this change removed has been created again since.")
        values = json.loads(entry.old_value or "{}")
        restored = cls(**{k: _load_value(mapper, k, raw) for k, raw in values.items()})
        session.add(restored)
        records[key] = restored
    elif entry.action == "update" and entry.field:
        if obj is None:
            raise Conflict("A record this change touched has been removed since.")
        old = json.loads(entry.old_value) if entry.old_value else None
        setattr(obj, entry.field, _load_value(mapper, entry.field, old))
