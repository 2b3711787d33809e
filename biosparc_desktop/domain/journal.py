"""The change journal: one row per changed field, grouped by user action (batch).

History reads it, undo replays a batch backwards, a delete is a tombstone in it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from biosparc_desktop.domain.base import Base, utcnow


class ChangeEntry(Base):
    __tablename__ = "change_entry"
    __table_args__ = (Index("ix_change_entry_record", "entity", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    batch_label: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    entity: Mapped[str] = mapped_column(String(40))  # table name
    record_id: Mapped[str] = mapped_column(String(36))  # public id
    action: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    field: Mapped[str | None] = mapped_column(String(60))
    # JSON text: a field's value for updates, the whole row for inserts and deletes.
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
