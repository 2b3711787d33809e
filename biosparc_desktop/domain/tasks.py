"""Follow-up tasks, linked to whatever they follow up."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from biosparc_desktop.domain.base import Base, Record, Trashable, enum_column
from biosparc_desktop.domain.enums import TaskPriority, TaskStatus

if TYPE_CHECKING:
    from biosparc_desktop.domain.activities import Event, Interaction
    from biosparc_desktop.domain.agreements import Agreement, CooperationItem
    from biosparc_desktop.domain.contacts import Contact
    from biosparc_desktop.domain.organisations import Organisation
    from biosparc_desktop.domain.people import StaffMember


class Task(Record, Trashable, Base):
    __tablename__ = "task"

    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(index=True)
    priority: Mapped[TaskPriority] = mapped_column(
        enum_column(TaskPriority), default=TaskPriority.NORMAL
    )
    status: Mapped[TaskStatus] = mapped_column(
        enum_column(TaskStatus), default=TaskStatus.OPEN, index=True
    )
    completed_at: Mapped[datetime | None]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    cooperation_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("cooperation_item.id"), index=True
    )

    assignee: Mapped[StaffMember | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    interaction: Mapped[Interaction | None] = relationship()
    event: Mapped[Event | None] = relationship()
    cooperation_item: Mapped[CooperationItem | None] = relationship()
