"""The review queue: conflicts shown with both values, who and when; resolving one
is an ordinary change that syncs like any other."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Base, Trashable
from biosparc_desktop.domain.sync import SyncConflict
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.services.restore import Restorer, restorable
from biosparc_desktop.sync.apply import Applier
from biosparc_desktop.sync.wire import foreign_keys

KEEP = ("mine", "theirs")
# Columns that name a record for a person, in the order tried.
TITLE_COLUMNS = ("name", "title", "display_name", "summary", "address", "number", "label")


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    entity: str
    record_id: str
    field: str | None
    record_title: str | None  # what the record is called, when it still exists
    mine: Any  # the value that was not applied
    theirs: Any  # the value everyone has
    who: str | None  # who made the value that was not applied
    when: datetime | None
    kept_by: str | None
    kept_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.entity,
            "record_id": self.record_id,
            "record": self.record_title,
            "field": self.field,
            "mine": self.mine,
            "theirs": self.theirs,
            "who": self.who,
            "when": self.when.isoformat() if self.when else None,
            "kept_by": self.kept_by,
            "kept_at": self.kept_at.isoformat() if self.kept_at else None,
        }


class ConflictService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._restorer = Restorer(context)

    def open_conflicts(self) -> list[ConflictRow]:
        with self._ctx.read() as session:
            rows = session.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.created_at, SyncConflict.id)
            ).all()
            return [_row(c, _title(session, c.entity, c.record_id)) for c in rows]

    def count(self) -> int:
        return len(self.open_conflicts())

    def resolve(self, conflict_id: str, keep: str, *, value: str | None = None) -> None:
        """Keep "mine" (the value not applied), "theirs" (the value everyone has), or
        "edited": a new text ``value`` typed for the field."""
        if keep not in (*KEEP, "edited"):
            raise ValidationError("Choose which value to keep: mine or theirs.", field="keep")
        with self._ctx.write("Resolve a sync conflict") as session:
            conflict = session.scalar(
                select(SyncConflict).where(SyncConflict.public_id == conflict_id.strip())
            )
            if conflict is None or conflict.resolved_at is not None:
                raise NotFound("That conflict is not in the review queue (already resolved?).")
            if keep == "mine":
                self._apply(session, conflict, conflict.other_value)
            elif keep == "edited":
                if conflict.field is None:
                    raise ValidationError("This conflict has no field to type a value for.")
                self._apply(session, conflict, json.dumps(value))
            conflict.resolved_at = self._ctx.now()
            conflict.resolution = keep

    def _apply(self, session: Session, conflict: SyncConflict, raw_json: str | None) -> None:
        """Set the record's field to the chosen value: through its owning service where
        one sets that field (its rules and derived fields follow), else directly."""
        cls = class_for(conflict.entity)
        obj = session.scalar(select(cls).where(cls.public_id == conflict.record_id))
        if obj is None and conflict.kind == "gone" and conflict.field is None:
            _add_again(session, conflict)
            return
        if obj is None:
            raise NotFound(
                "The record of this conflict was removed for good, so its value cannot be "
                "set back; keep theirs to close it."
            )
        if isinstance(obj, Trashable) and obj.deleted_at is not None:
            obj.deleted_at = None  # "restore": the edit comes back with its record
        name = conflict.field
        if conflict.kind == "orphan" or name is None or name == "deleted_at":
            return
        raw = json.loads(raw_json) if raw_json else None
        target = foreign_keys(conflict.entity).get(name)
        if target is not None and raw is not None:
            target_cls = class_for(target)
            value = session.scalar(select(target_cls.id).where(target_cls.public_id == raw))
            if value is None:
                raise NotFound("The record this value pointed at no longer exists.")
        else:
            try:
                value = load_value(inspect(cls), name, raw)
            except ValueError as exc:
                raise ValidationError("That value does not fit this field.", field=name) from exc
        if target is None and restorable(conflict.entity, name):
            self._restorer.restore(session, conflict.entity, obj, name, value)
        else:
            setattr(obj, name, value)


def _add_again(session: Session, conflict: SyncConflict) -> None:
    """ "Keep mine" on a record added where the team had removed it (or what it
    belonged to): it is added again as a new change, which this laptop makes
    knowing of the removal. A link to a record removed for good is left empty
    where the record can stand without it (a contact without its organisation)."""
    row = json.loads(conflict.other_value) if conflict.other_value else None
    if not isinstance(row, dict):
        raise NotFound("This conflict holds no record to add again; keep theirs to close it.")
    table = Base.metadata.tables[conflict.entity]
    applier = Applier(session)
    for name, target in foreign_keys(conflict.entity).items():
        if row.get(name) is None or applier.to_local(target, row[name]) is not None:
            continue
        if not table.c[name].nullable:
            raise NotFound(
                "What this record belonged to was removed for good, so it cannot be added "
                "again; keep theirs to close it."
            )
        row[name] = None
    applier.apply(
        [
            {
                "entity": conflict.entity,
                "record_id": conflict.record_id,
                "action": "insert",
                "field": None,
                "old": None,
                "new": row,
            }
        ]
    )


def _title(session: Session, entity: str, record_id: str) -> str | None:
    cls = class_for(entity)
    columns = inspect(cls).columns
    for name in TITLE_COLUMNS:
        if name in columns:
            value = session.scalar(select(columns[name]).where(cls.public_id == record_id))
            return str(value) if value is not None else None
    return None


def _row(conflict: SyncConflict, title: str | None) -> ConflictRow:
    return ConflictRow(
        record_title=title,
        id=conflict.public_id,
        kind=conflict.kind,
        entity=conflict.entity,
        record_id=conflict.record_id,
        field=conflict.field,
        mine=json.loads(conflict.other_value) if conflict.other_value else None,
        theirs=json.loads(conflict.kept_value) if conflict.kept_value else None,
        who=conflict.other_by,
        when=conflict.other_at,
        kept_by=conflict.kept_by,
        kept_at=conflict.kept_at,
    )
