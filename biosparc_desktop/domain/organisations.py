"""Partner organisations and their hierarchy."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from biosparc_desktop.domain.base import Base, Record, Trashable, enum_column
from biosparc_desktop.domain.enums import OrganisationKind, RelationshipStage

if TYPE_CHECKING:
    from biosparc_desktop.domain.people import StaffMember, Tag


class Organisation(Record, Trashable, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), index=True)
    name_zh: Mapped[str | None] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(60))
    pinyin: Mapped[str | None] = mapped_column(String(400))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind), default=OrganisationKind.OTHER
    )
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(500))
    stage: Mapped[RelationshipStage] = mapped_column(
        enum_column(RelationshipStage), default=RelationshipStage.PROSPECT, index=True
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    # When the newest live interaction with this organisation happened (UTC), kept by
    # services/last_interaction.py on every flush: "no interaction for 90 days" on the
    # Today view reads it instead of scanning every interaction.
    last_interaction_at: Mapped[datetime | None] = mapped_column(index=True)

    parent: Mapped[Organisation | None] = relationship(
        remote_side="Organisation.id", back_populates="children"
    )
    children: Mapped[list[Organisation]] = relationship(back_populates="parent")
    owner: Mapped[StaffMember | None] = relationship()
    tag_links: Mapped[list[OrganisationTag]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class OrganisationTag(Record, Base):
    __tablename__ = "organisation_tag"
    __table_args__ = (UniqueConstraint("organisation_id", "tag_id"),)

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="tag_links")
    tag: Mapped[Tag] = relationship()
