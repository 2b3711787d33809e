"""People at partner organisations, with several emails and phones and past affiliations."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from biosparc_desktop.domain.base import Base, Record, Trashable, enum_column
from biosparc_desktop.domain.enums import Language, NameOrder

if TYPE_CHECKING:
    from biosparc_desktop.domain.organisations import Organisation
    from biosparc_desktop.domain.people import Tag


class Contact(Record, Trashable, Base):
    __tablename__ = "contact"

    given_name: Mapped[str | None] = mapped_column(String(100))
    family_name: Mapped[str | None] = mapped_column(String(100), index=True)
    name_zh: Mapped[str | None] = mapped_column(String(100))
    name_order: Mapped[NameOrder] = mapped_column(
        enum_column(NameOrder), default=NameOrder.GIVEN_FIRST
    )
    # Toneless pinyin of name_zh ("zhang wei"): sorting and search for Chinese names.
    pinyin: Mapped[str | None] = mapped_column(String(400), index=True)
    # Lower-cased display name, kept by the service: one column to sort and match on.
    sort_name: Mapped[str] = mapped_column(String(400), index=True, default="")
    title: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    preferred_language: Mapped[Language] = mapped_column(
        enum_column(Language), default=Language.ENGLISH
    )
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.position"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Affiliation.ended_on"
    )
    tag_links: Mapped[list[ContactTag]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )


class ContactEmail(Record, Base):
    __tablename__ = "contact_email"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    address: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactPhone(Record, Base):
    __tablename__ = "contact_phone"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), index=True)  # E.164
    label: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Affiliation(Record, Base):
    """A past position: kept when a contact moves to another organisation."""

    __tablename__ = "affiliation"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    ended_on: Mapped[date | None]

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship()


class ContactTag(Record, Base):
    __tablename__ = "contact_tag"
    __table_args__ = (UniqueConstraint("contact_id", "tag_id"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), index=True)

    contact: Mapped[Contact] = relationship(back_populates="tag_links")
    tag: Mapped[Tag] = relationship()
