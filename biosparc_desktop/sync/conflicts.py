"""The review queue: conflicts shown with both values, who and when; resolving one
is an ordinary change that syncs like any other."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Trashable
from biosparc_desktop.domain.sync import SyncConflict
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.sync.wire import foreign_keys

KEEP = ("mine", "theirs")


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    entity: str
    record_id: str
    field: str | None
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

    def open_conflicts(self) -> list[ConflictRow]:
        with self._ctx.read() as session:
            rows = session.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.created_at, SyncConflict.id)
            ).all()
            return [_row(c) for c in rows]

    def resolve(self, conflict_id: str, keep: str) -> None:
        """Keep "mine" (the value not applied) or "theirs" (the value everyone has)."""
        if keep not in KEEP:
            raise ValidationError("Choose which value to keep: mine or theirs.", field="keep")
        with self._ctx.write("Resolve a sync conflict") as session:
            conflict = session.scalar(
                select(SyncConflict).where(SyncConflict.public_id == conflict_id.strip())
            )
            if conflict is None or conflict.resolved_at is not None:
                raise NotFound("That conflict is not in the review queue (already resolved?).")
            if keep == "mine":
                _apply_mine(session, conflict)
            conflict.resolved_at = self._ctx.now()
            conflict.resolution = keep


def _apply_mine(session: Session, conflict: SyncConflict) -> None:
    cls = class_for(conflict.entity)
    obj = session.scalar(select(cls).where(cls.public_id == conflict.record_id))
    if obj is None:
        raise NotFound(
            "The record of this conflict was removed for good, so its value cannot be "
            "set back; keep theirs to close it."
        )
    if isinstance(obj, Trashable) and obj.deleted_at is not None:
        obj.deleted_at = None  # "restore": the edit comes back with its record
    if conflict.kind == "orphan" or conflict.field is None:
        return
    raw = json.loads(conflict.other_value) if conflict.other_value else None
    target = foreign_keys(conflict.entity).get(conflict.field)
    if target is not None and raw is not None:
        target_cls = class_for(target)
        value = session.scalar(select(target_cls.id).where(target_cls.public_id == raw))
        if value is None:
            raise NotFound("The record this value pointed at no longer exists.")
    else:
        value = load_value(inspect(cls), conflict.field, raw)
    setattr(obj, conflict.field, value)


def _row(conflict: SyncConflict) -> ConflictRow:
    return ConflictRow(
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
