"""The team server's own tables: people's devices, enrolment codes, the ordered
feed of applied batches, per-field clocks for conflicts, and tombstones.

They live in the same schema (and migration chain) as the records, so the
server is the laptops' database on PostgreSQL plus these.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from biosparc_desktop.domain.base import Base, utcnow


class ServerDevice(Base):
    __tablename__ = "server_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class ServerEnrolment(Base):
    """A one-time code an administrator hands to a person to join a laptop."""

    __tablename__ = "server_enrolment"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class ServerCounter(Base):
    """The gapless feed counter: taken (row-locked) inside each applying transaction,
    so sequence order is commit order and no reader's cursor can skip a batch."""

    __tablename__ = "server_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class ServerBatch(Base):
    """Every batch a laptop sent, with the answer given, so a resend gets the same
    answer; applied ones carry their place in the feed and the changes as applied."""

    __tablename__ = "server_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), unique=True)
    seq: Mapped[int | None] = mapped_column(unique=True)
    device_id: Mapped[str | None] = mapped_column(String(36), index=True)
    device_seq: Mapped[int | None]
    staff_public_id: Mapped[str | None] = mapped_column(String(36))
    staff_name: Mapped[str | None] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))
    client_at: Mapped[str | None] = mapped_column(String(40))  # the laptop's clock, shown only
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    changes: Mapped[str] = mapped_column(Text)  # JSON list of wire changes as applied
    answer: Mapped[str] = mapped_column(Text)  # JSON answer given to the laptop


class ServerFieldClock(Base):
    """Which feed batch last changed a field, and from which device."""

    __tablename__ = "server_field_clock"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    seq: Mapped[int]
    device_id: Mapped[str | None] = mapped_column(String(36))


class ServerTombstone(Base):
    """A record removed for good: it never comes back from a laptop that was offline."""

    __tablename__ = "server_tombstone"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]


class ServerAlias(Base):
    """A record a laptop created that turned out to be one the team already had
    (a tag of the same name, the same contact linked twice): its id stands for this one."""

    __tablename__ = "server_alias"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    alias_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
