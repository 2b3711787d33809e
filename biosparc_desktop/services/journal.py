"""The change journal: written on every flush, read for history, replayed for undo.

The pieces live beside this module: ``journal_record`` writes it,
``history`` reads a record's history, ``revert`` and ``revert_bulk`` replay a
batch backwards, ``restore`` sets one field back through the owning service.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, inspect, select

from biosparc_desktop.domain.base import Trashable
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.context import BATCH_ID, ServiceContext
from biosparc_desktop.services.history import Change, find_entity, record_history
from biosparc_desktop.services.journal_record import install_journal
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.services.restore import Restorer, restorable
from biosparc_desktop.services.revert import Report, batch_lines, revert_lines
from biosparc_desktop.services.revert_bulk import revert_bulk

__all__ = ["Batch", "Change", "JournalService", "install_journal"]


@dataclass(frozen=True)
class Batch:
    batch_id: str
    label: str
    at: datetime


class JournalService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._restorer = Restorer(context)

    def history(self, record_id: str, entity: str | None = None) -> list[Change]:
        """Every change to one record and to the rows it owns (its emails, an
        agreement's parties...), newest first. ``entity`` is the record's table."""
        with self._ctx.read() as session:
            entity = entity or find_entity(session, record_id)
            if entity is None:
                return []
            return record_history(session, entity, record_id)

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

    def batch_size(self, batch_id: str) -> int:
        """How many journal entries a batch has: how long undoing it will take."""
        query = select(func.count()).where(ChangeEntry.batch_id == batch_id)
        with self._ctx.read() as session:
            return int(session.scalar(query) or 0)

    def revert(
        self,
        batch_id: str,
        label: str,
        *,
        new_batch_id: str | None = None,
        progress: Report | None = None,
    ) -> str:
        """Apply the inverse of a batch as a new batch; returns the new batch id.

        Undo reverts the user's batch; redo reverts the undo's batch. ``progress``
        is called with (done, total) and may raise to cancel (nothing is saved then).
        """
        with self._ctx.write(label, batch_id=new_batch_id) as session:
            lines = batch_lines(session, batch_id)
            if not revert_bulk(session, lines, progress):
                revert_lines(session, lines, progress)
            new_batch: str = session.info[BATCH_ID]
        return new_batch

    def restorable(self, entity: str, field: str) -> bool:
        """Whether one field of this kind of record can be set back on its own."""
        return restorable(entity, field)

    def restore_value(self, record_id: str, entity: str, field: str, raw_json: str) -> None:
        """Set one field back to a value taken from its history, through the service
        that owns the record: its rules apply and its derived fields follow."""
        if not restorable(entity, field):
            raise ValidationError(
                "This value cannot be set back on its own; use Undo instead.", field=field
            )
        cls = class_for(entity)
        with self._ctx.write(f"Restore {field.replace('_', ' ')}") as session:
            obj = session.scalar(select(cls).where(cls.public_id == record_id))
            if obj is None or (isinstance(obj, Trashable) and obj.deleted_at is not None):
                raise NotFound("The record no longer exists.")
            value = load_value(inspect(cls), field, json.loads(raw_json))
            self._restorer.restore(session, entity, obj, field, value)
