"""Applying wire changes to a database, through the ORM.

The same code applies a laptop's batch on the server and the server's feed on
a laptop. Going through the ORM keeps the change journal, the search index and
the derived columns in step, exactly as when a person makes the change.

Order: changes are applied in the order they were journalled, except that a run
of inserts is put owners first and a run of deletes owned rows first (one flush
journals its rows in no particular order).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Mapper, Session

from biosparc_desktop.domain.base import Record
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.sync.wire import Change, foreign_keys, referenced, table_order

CHUNK = 500
# Columns a change never sets by itself: the key, and what the database keeps.
FIXED = frozenset({"id", "public_id", "created_at", "updated_at"})


class MissingParent(Exception):
    """A change points at a record this database does not have."""

    def __init__(self, table: str, public_id: str) -> None:
        super().__init__(f"{table} {public_id}")
        self.table = table
        self.public_id = public_id


def ordered(changes: Sequence[Change]) -> list[Change]:
    """Journal order, with each run of inserts owners-first and of deletes owners-last."""
    order = table_order()
    result: list[Change] = []
    for action, run in groupby(changes, key=lambda c: c["action"]):
        items = list(run)
        if action == "insert":
            items.sort(key=lambda c: order.get(c["entity"], 0))
        elif action == "delete":
            items.sort(key=lambda c: -order.get(c["entity"], 0))
        result += items
    return result


class Applier:
    """Applies changes in one session; subclasses decide what is accepted."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[tuple[str, str], int | None] = {}
        self._objects: dict[tuple[str, str], Record | None] = {}
        self._pending: dict[tuple[str, str], Record] = {}

    # -- looking records up -------------------------------------------------

    def prefetch(self, changes: Iterable[Change]) -> None:
        """Load the records the changes touch and the ids they point at, a chunk at a time."""
        changes = list(changes)
        touched: dict[str, set[str]] = {}
        for change in changes:
            touched.setdefault(change["entity"], set()).add(change["record_id"])
        for entity, ids in touched.items():
            cls = class_for(entity)
            wanted = [i for i in ids if (entity, i) not in self._objects]
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                found = {
                    o.public_id: o
                    for o in self.session.scalars(select(cls).where(cls.public_id.in_(chunk)))
                }
                for public_id in chunk:
                    obj = found.get(public_id)
                    self._objects[(entity, public_id)] = obj
                    self._ids[(entity, public_id)] = obj.id if obj is not None else None
        for table, ids in referenced(changes).items():
            wanted = [i for i in ids if (table, i) not in self._ids]
            cls = class_for(table)
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                rows = dict(
                    self.session.execute(
                        select(cls.public_id, cls.id).where(cls.public_id.in_(chunk))
                    ).all()
                )
                for public_id in chunk:
                    self._ids[(table, public_id)] = rows.get(public_id)

    def record(self, entity: str, public_id: str) -> Record | None:
        key = (entity, public_id)
        if key in self._pending:
            return self._pending[key]
        if key not in self._objects:
            cls = class_for(entity)
            self._objects[key] = self.session.scalar(select(cls).where(cls.public_id == public_id))
        return self._objects[key]

    def to_local(self, table: str, public_id: str) -> int | None:
        key = (table, public_id)
        pending = self._pending.get(key)
        if pending is not None:
            if pending.id is None:
                self.session.flush()
            return pending.id
        if key not in self._ids:
            cls = class_for(table)
            self._ids[key] = self.session.scalar(select(cls.id).where(cls.public_id == public_id))
        return self._ids[key]

    def local_value(self, entity: str, field: str, raw: Any) -> Any:
        """A wire value as the column takes it; a link becomes the local integer id."""
        if raw is None:
            return None
        target = foreign_keys(entity).get(field)
        if target is not None:
            local = self.to_local(target, raw)
            if local is None:
                raise MissingParent(target, raw)
            return local
        mapper: Mapper[Any] = inspect(class_for(entity))
        return load_value(mapper, field, raw)

    # -- applying -----------------------------------------------------------

    def apply(self, changes: Sequence[Change]) -> list[Change]:
        """Apply the changes; returns those that were applied (as applied)."""
        self.prefetch(changes)
        applied: list[Change] = []
        for action, run in groupby(ordered(changes), key=lambda c: c["action"]):
            step = {"insert": self.insert, "update": self.update, "delete": self.delete}.get(action)
            if step is None:
                continue
            with self.session.no_autoflush:
                applied += [change for change in run if step(change)]
            # One flush per run: a row deleted here may hold a unique value that
            # a row inserted next needs, and the unit of work inserts before it deletes.
            self.session.flush()
        return applied

    def insert(self, change: Change) -> bool:
        entity, public_id = change["entity"], change["record_id"]
        row: dict[str, Any] = change["new"] or {}
        existing = self.record(entity, public_id)
        if existing is not None:
            # Already here (sent twice, or joined with the same records): an upsert
            # of its fields, never a replace that would take its owned rows with it.
            for key, raw in row.items():
                if key not in FIXED:
                    self.set_field(existing, change, key, raw)
            return True
        cls = class_for(entity)
        columns = inspect(cls).columns.keys()
        values = {
            key: self.local_value(entity, key, raw)
            for key, raw in row.items()
            if key in columns and key != "id"
        }
        values["public_id"] = public_id
        obj = cls(**values)
        self.session.add(obj)
        self._pending[(entity, public_id)] = obj
        self._objects[(entity, public_id)] = obj
        return True

    def update(self, change: Change) -> bool:
        obj = self.record(change["entity"], change["record_id"])
        if obj is None or change["field"] in FIXED:
            return False
        self.set_field(obj, change, change["field"], change["new"])
        return True

    def set_field(self, obj: Record, change: Change, field: str, raw: Any) -> None:
        if field not in inspect(type(obj)).columns:
            return
        value = self.local_value(change["entity"], field, raw)
        if getattr(obj, field) != value:
            setattr(obj, field, value)

    def delete(self, change: Change) -> bool:
        obj = self.record(change["entity"], change["record_id"])
        if obj is None:
            return False
        self.session.delete(obj)
        self._objects[(change["entity"], change["record_id"])] = None
        self._pending.pop((change["entity"], change["record_id"]), None)
        self._ids[(change["entity"], change["record_id"])] = None
        return True
