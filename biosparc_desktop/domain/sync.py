"""Team sync: the review queue (a record that syncs like any other) and the
laptop's own bookkeeping (which server, how far it has pulled, what is unsent).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from biosparc_desktop.domain.base import Base, Record, utcnow


class SyncConflict(Record, Base):
    """One change that was not applied as typed, kept for a person to review.

    ``kind`` says why: ``field`` (the same field changed on two laptops),
    ``deleted`` (edited on one laptop while moved to the Trash on another),
    ``gone`` (the record was removed for good), ``orphan`` (added to a record
    that is in the Trash). Values are JSON text as in the change journal.
    """

    __tablename__ = "sync_conflict"

    kind: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text)  # the value everyone has
    other_value: Mapped[str | None] = mapped_column(Text)  # the value not applied
    kept_by: Mapped[str | None] = mapped_column(String(200))
    kept_at: Mapped[datetime | None]
    other_by: Mapped[str | None] = mapped_column(String(200))
    other_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)
    resolution: Mapped[str | None] = mapped_column(String(16))  # mine, theirs, edited


class SyncState(Base):
    """The laptop's link to a team server (one row, id 1; none when not joined)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500))
    device_id: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(200))
    staff_public_id: Mapped[str | None] = mapped_column(String(36))
    ca_file: Mapped[str | None] = mapped_column(String(1000))
    # The server sequence number of the newest batch applied here.
    cursor: Mapped[int] = mapped_column(default=0)
    # Journal entries up to this id have been looked at for the outbox.
    queued_through: Mapped[int] = mapped_column(default=0)
    next_device_seq: Mapped[int] = mapped_column(default=1)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sync_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    token_in_file: Mapped[bool] = mapped_column(default=False)


class SyncOutgoing(Base):
    """A local batch on its way to the server: its wire form is fixed when queued,
    so a resend after a crash or a lost answer is byte for byte the same batch."""

    __tablename__ = "sync_outgoing"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(unique=True)
    base_seq: Mapped[int]
    payload: Mapped[str] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    refused: Mapped[str | None] = mapped_column(Text)  # the server's reason, when refused


class SyncApplied(Base):
    """A batch from the server applied here: never sent back, and the mark that
    tells which server sequence a later local change had already seen."""

    __tablename__ = "sync_applied"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(index=True)
    # The newest journal entry id once it was applied.
    entry_mark: Mapped[int] = mapped_column(index=True)
