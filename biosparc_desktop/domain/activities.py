"""Interactions (meetings, calls, signings) and events (ceremonies, conferences)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from biosparc_desktop.domain.base import Base, Record, Trashable, enum_column
from biosparc_desktop.domain.enums import EventKind, InteractionKind

if TYPE_CHECKING:
    from biosparc_desktop.domain.agreements import Agreement
    from biosparc_desktop.domain.contacts import Contact
    from biosparc_desktop.domain.organisations import Organisation
    from biosparc_desktop.domain.people import StaffMember


class Interaction(Record, Trashable, Base):
    __tablename__ = "interaction"

    kind: Mapped[InteractionKind] = mapped_column(
        enum_column(InteractionKind), default=InteractionKind.MEETING
    )
    occurred_at: Mapped[datetime] = mapped_column(index=True)  # UTC
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))

    owner: Mapped[StaffMember | None] = relationship()
    organisation_links: Mapped[list[InteractionOrganisation]] = relationship(
        back_populates="interaction", cascade="all, delete-orphan"
    )
    contact_links: Mapped[list[InteractionContact]] = relationship(
        back_populates="interaction", cascade="all, delete-orphan"
    )


class InteractionOrganisation(Record, Base):
    __tablename__ = "interaction_organisation"
    __table_args__ = (UniqueConstraint("interaction_id", "organisation_id"),)

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)

    interaction: Mapped[Interaction] = relationship(back_populates="organisation_links")
    organisation: Mapped[Organisation] = relationship()


class InteractionContact(Record, Base):
    __tablename__ = "interaction_contact"
    __table_args__ = (UniqueConstraint("interaction_id", "contact_id"),)

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)

    interaction: Mapped[Interaction] = relationship(back_populates="contact_links")
    contact: Mapped[Contact] = relationship()


class Event(Record, Trashable, Base):
    __tablename__ = "event"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(
        enum_column(EventKind), default=EventKind.SIGNING_CEREMONY
    )
    held_on: Mapped[date] = mapped_column(index=True)
    venue: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)

    organisation_links: Mapped[list[EventOrganisation]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    attendees: Mapped[list[EventAttendee]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    agreement_links: Mapped[list[EventAgreement]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class EventOrganisation(Record, Base):
    __tablename__ = "event_organisation"
    __table_args__ = (UniqueConstraint("event_id", "organisation_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="organisation_links")
    organisation: Mapped[Organisation] = relationship()


class EventAttendee(Record, Base):
    __tablename__ = "event_attendee"
    __table_args__ = (UniqueConstraint("event_id", "contact_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="attendees")
    contact: Mapped[Contact] = relationship()


class EventAgreement(Record, Base):
    __tablename__ = "event_agreement"
    __table_args__ = (UniqueConstraint("event_id", "agreement_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="agreement_links")
    agreement: Mapped[Agreement] = relationship()


class AgendaItem(Record, Base):
    __tablename__ = "agenda_item"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    starts_at: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", local to the venue
    title: Mapped[str] = mapped_column(String(300))
    speaker: Mapped[str | None] = mapped_column(String(200))

    event: Mapped[Event] = relationship(back_populates="agenda")
