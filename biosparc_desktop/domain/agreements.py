"""Agreements, their parties, signatories, obligations, cooperation items and documents."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from biosparc_desktop.domain.base import Base, Record, Trashable, enum_column
from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    PartyRole,
    ReviewCadence,
    Workstream,
)

if TYPE_CHECKING:
    from biosparc_desktop.domain.contacts import Contact
    from biosparc_desktop.domain.organisations import Organisation
    from biosparc_desktop.domain.people import StaffMember


class Agreement(Record, Trashable, Base):
    __tablename__ = "agreement"

    title: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[AgreementKind] = mapped_column(
        enum_column(AgreementKind), default=AgreementKind.MOU
    )
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus), default=AgreementStatus.DRAFT, index=True
    )
    signed_on: Mapped[date | None]
    effective_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    renewal_notice_days: Mapped[int | None]
    # Derived (expiry minus notice), kept by the service so "notice due soon" is one indexed query.
    renewal_notice_on: Mapped[date | None] = mapped_column(index=True)
    # Money as integer minor units (cents, fen) so no float ever touches it.
    value_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    key_terms: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)

    owner: Mapped[StaffMember | None] = relationship()
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.id"
    )
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Signatory.id"
    )
    obligations: Mapped[list[Obligation]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Obligation.due_on"
    )
    cooperation_items: Mapped[list[CooperationItem]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="CooperationItem.id"
    )
    documents: Mapped[list[AgreementDocument]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementDocument.id"
    )


class AgreementParty(Record, Base):
    __tablename__ = "agreement_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(enum_column(PartyRole), default=PartyRole.PARTNER)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()


class Signatory(Record, Base):
    __tablename__ = "signatory"
    __table_args__ = (UniqueConstraint("agreement_id", "contact_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")
    contact: Mapped[Contact] = relationship()


class Obligation(Record, Base):
    """A milestone or duty an agreement imposes, ticked off when done."""

    __tablename__ = "obligation"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[datetime | None]

    agreement: Mapped[Agreement] = relationship(back_populates="obligations")
    owner: Mapped[StaffMember | None] = relationship()


class CooperationItem(Record, Base):
    """A workstream an MoU or strategic agreement promises, reviewed on a cadence."""

    __tablename__ = "cooperation_item"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    workstream: Mapped[Workstream] = mapped_column(
        enum_column(Workstream), default=Workstream.RESEARCH
    )
    cadence: Mapped[ReviewCadence] = mapped_column(
        enum_column(ReviewCadence), default=ReviewCadence.NONE
    )

    agreement: Mapped[Agreement] = relationship(back_populates="cooperation_items")


class AgreementDocument(Record, Base):
    """A file attached to an agreement, copied into the data folder under ``stored_name``."""

    __tablename__ = "agreement_document"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)

    agreement: Mapped[Agreement] = relationship(back_populates="documents")
