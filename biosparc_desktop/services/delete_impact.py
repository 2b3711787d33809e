"""What a delete leaves behind: how many live records point at the one being deleted.

The interface says so before moving a record others depend on to the Trash
("…its 3 contacts, 1 agreement and 2 open follow-ups…"). Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.activities import (
    Event,
    EventAgreement,
    EventAttendee,
    EventOrganisation,
    Interaction,
    InteractionContact,
    InteractionOrganisation,
)
from biosparc_desktop.domain.agreements import Agreement, AgreementParty, Signatory
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.services.common import get_live
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class DeleteImpact:
    """Live records linked to the record: each count is 0 when none."""

    name: str
    contacts: int = 0
    agreements: int = 0
    followups: int = 0  # open ones
    interactions: int = 0
    events: int = 0

    def is_empty(self) -> bool:
        return not (
            self.contacts or self.agreements or self.followups or self.interactions or self.events
        )


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(stmt) or 0)


def _live_links(session: Session, column: Any, owner: Any, key: int) -> int:
    """Link rows whose ``column`` is ``key`` and whose ``owner`` (the record the link
    belongs to: an agreement, an interaction, an event) is not in the Trash."""
    link = column.class_
    return _count(
        session,
        select(func.count(link.id)).join(owner).where(column == key, owner.deleted_at.is_(None)),
    )


def _open_tasks(session: Session, column: Any, key: int) -> int:
    return _count(
        session,
        select(func.count(Task.id)).where(
            column == key, Task.deleted_at.is_(None), Task.status == TaskStatus.OPEN
        ),
    )


class DeleteImpactService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def of(self, kind: str, public_id: str) -> DeleteImpact:
        """The impact of deleting the ``kind`` record (organisation, contact, agreement,
        event, task or interaction); NotFound when it is not live."""
        with self._ctx.read() as session:
            if kind == "organisation":
                return self._organisation(session, public_id)
            if kind == "contact":
                return self._contact(session, public_id)
            if kind == "agreement":
                agreement = get_live(session, Agreement, public_id, "agreement")
                return DeleteImpact(
                    agreement.title,
                    followups=_open_tasks(session, Task.agreement_id, agreement.id),
                    events=_live_links(session, EventAgreement.agreement_id, Event, agreement.id),
                )
            if kind == "event":
                event = get_live(session, Event, public_id, "event")
                return DeleteImpact(
                    event.name, followups=_open_tasks(session, Task.event_id, event.id)
                )
            if kind == "task":
                return DeleteImpact(get_live(session, Task, public_id, "follow-up").title)
            if kind == "interaction":
                item = get_live(session, Interaction, public_id, "interaction")
                return DeleteImpact(
                    item.summary, followups=_open_tasks(session, Task.interaction_id, item.id)
                )
            raise ValueError(f"unknown kind {kind!r}")

    def _organisation(self, session: Session, public_id: str) -> DeleteImpact:
        org = get_live(session, Organisation, public_id, "organisation")
        return DeleteImpact(
            org.name,
            contacts=_count(
                session,
                select(func.count(Contact.id)).where(
                    Contact.organisation_id == org.id, Contact.deleted_at.is_(None)
                ),
            ),
            agreements=_live_links(session, AgreementParty.organisation_id, Agreement, org.id),
            followups=_open_tasks(session, Task.organisation_id, org.id),
            interactions=_live_links(
                session, InteractionOrganisation.organisation_id, Interaction, org.id
            ),
            events=_live_links(session, EventOrganisation.organisation_id, Event, org.id),
        )

    def _contact(self, session: Session, public_id: str) -> DeleteImpact:
        contact = get_live(session, Contact, public_id, "contact")
        name = display_name(
            contact.given_name, contact.family_name, contact.name_zh, contact.name_order
        )
        return DeleteImpact(
            name,
            agreements=_live_links(session, Signatory.contact_id, Agreement, contact.id),
            followups=_open_tasks(session, Task.contact_id, contact.id),
            interactions=_live_links(
                session, InteractionContact.contact_id, Interaction, contact.id
            ),
            events=_live_links(session, EventAttendee.contact_id, Event, contact.id),
        )
