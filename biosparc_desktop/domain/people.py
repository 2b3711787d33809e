"""Staff members (the BD users) and tags."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from biosparc_desktop.domain.base import Base, Record


class StaffMember(Record, Base):
    __tablename__ = "staff_member"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(default=True)


class Tag(Record, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(60), unique=True)
