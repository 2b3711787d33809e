"""Restoring one field from a record's history through the service that owns the record.

The record's current values are taken as a draft, the one field set back, and the
draft saved through the service's own update, inside the caller's write: the
same rules check it (an expiry before the effective date is refused), the same
derived columns follow (a contact's sort name and pinyin, an agreement's renewal
notice date) and the search index with them. Events and interactions replace
their links wholesale on update, which would fill their history with links
removed and added again, so a restore there is checked by the service's
validation and sets only the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.rules.money import from_minor
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.agreements import AgreementDraft, AgreementService, PartyDraft
from biosparc_desktop.services.contacts import ContactService
from biosparc_desktop.services.contacts import draft_of as contact_draft_of
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.events import AgendaDraft, EventDraft, EventService
from biosparc_desktop.services.interactions import InteractionDraft, InteractionService
from biosparc_desktop.services.organisations import OrganisationService
from biosparc_desktop.services.organisations import draft_of as organisation_draft_of
from biosparc_desktop.services.tasks import TaskDraft, TaskService

# The fields a user may set back one at a time, by table. Derived columns
# (sort name, pinyin, renewal notice date), the Trash date, an agreement's status
# (its lifecycle only moves on) and a task's (completing one may create the next
# review) are left to Undo.
RESTORABLE: Mapping[str, frozenset[str]] = {
    "organisation": frozenset(
        {
            "name", "name_zh", "short_name", "kind", "country", "city", "website",
            "stage", "owner_id", "description", "parent_id",
        }
    ),
    "contact": frozenset(
        {
            "given_name", "family_name", "name_zh", "name_order", "title",
            "organisation_id", "preferred_language", "notes",
        }
    ),
    "agreement": frozenset(
        {
            "title", "kind", "signed_on", "effective_on", "expires_on",
            "renewal_notice_days", "value_minor", "currency", "key_terms", "owner_id",
        }
    ),
    "task": frozenset(
        {
            "title", "due_on", "priority", "notes", "assignee_id", "organisation_id",
            "contact_id", "agreement_id", "interaction_id", "event_id",
        }
    ),
    "event": frozenset({"name", "kind", "held_on", "venue", "description"}),
    "interaction": frozenset({"kind", "occurred_at", "timezone", "summary", "outcome", "owner_id"}),
}  # fmt: skip

_GONE = "The value points to a record that no longer exists, so it cannot be restored."


def restorable(entity: str, field: str) -> bool:
    return field in RESTORABLE.get(entity, frozenset())


class Restorer:
    """Sets one field back through the owning service; call inside an open write."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._services: dict[str, Any] = {}
        self._handlers: dict[str, Callable[[Session, Any, str, Any], None]] = {
            "organisation": self._organisation,
            "contact": self._contact,
            "agreement": self._agreement,
            "task": self._task,
            "event": self._event,
            "interaction": self._interaction,
        }

    def restore(self, session: Session, entity: str, obj: object, field: str, value: Any) -> None:
        self._handlers[entity](session, obj, field, value)

    def _service(self, entity: str) -> Any:
        """Services of this context, made on first use (restores are rare)."""
        if entity not in self._services:
            make: dict[str, Callable[[ServiceContext], object]] = {
                "organisation": OrganisationService,
                "contact": ContactService,
                "agreement": AgreementService,
                "task": TaskService,
                "event": EventService,
                "interaction": InteractionService,
            }
            self._services[entity] = make[entity](self._ctx)
        return self._services[entity]

    # -- through the services' updates ------------------------------------------
    def _organisation(self, session: Session, org: Organisation, field: str, value: Any) -> None:
        service: OrganisationService = self._service("organisation")
        if field == "stage":
            service.set_stage(org.public_id, value)
            return
        draft = organisation_draft_of(service.get(org.public_id))
        if field == "owner_id":
            draft = replace(draft, owner=_staff_name(session, value))
        elif field == "parent_id":
            draft = replace(draft, parent_id=_public_id(session, Organisation, value))
        else:
            draft = replace(draft, **{field: value})
        service.update(org.public_id, draft)

    def _contact(self, session: Session, contact: Contact, field: str, value: Any) -> None:
        service: ContactService = self._service("contact")
        draft = contact_draft_of(service.get(contact.public_id))
        if field == "organisation_id":
            draft = replace(draft, organisation_id=_public_id(session, Organisation, value))
        else:
            draft = replace(draft, **{field: value})
        service.update(contact.public_id, draft)

    def _agreement(self, session: Session, agreement: Agreement, field: str, value: Any) -> None:
        service: AgreementService = self._service("agreement")
        draft = AgreementDraft(
            title=agreement.title,
            kind=agreement.kind,
            parties=tuple(
                PartyDraft(organisation_id=p.organisation.public_id, role=p.role)
                for p in agreement.parties
            ),
            signatory_ids=tuple(s.contact.public_id for s in agreement.signatories),
            signed_on=agreement.signed_on,
            effective_on=agreement.effective_on,
            expires_on=agreement.expires_on,
            renewal_notice_days=agreement.renewal_notice_days,
            value=from_minor(agreement.value_minor, agreement.currency),
            currency=agreement.currency,
            key_terms=agreement.key_terms,
            owner=agreement.owner.name if agreement.owner else None,
            status=agreement.status,
        )
        if field == "owner_id":
            draft = replace(draft, owner=_staff_name(session, value))
        elif field == "value_minor":
            draft = replace(draft, value=from_minor(value, agreement.currency))
        else:  # the currency keeps the amount: 100.50 USD back to 100.50 CNY
            draft = replace(draft, **{field: value})
        service.update(agreement.public_id, draft)

    def _task(self, session: Session, task: Task, field: str, value: Any) -> None:
        links: dict[str, Any] = {
            "organisation_id": (Organisation, task.organisation),
            "contact_id": (Contact, task.contact),
            "agreement_id": (Agreement, task.agreement),
            "interaction_id": (Interaction, task.interaction),
            "event_id": (Event, task.event),
        }
        ids = {key: linked.public_id if linked else None for key, (_, linked) in links.items()}
        if field in links:
            ids[field] = _public_id(session, links[field][0], value)
        draft = TaskDraft(
            title=task.title,
            due_on=task.due_on,
            priority=task.priority,
            assignee=task.assignee.name if task.assignee else None,
            notes=task.notes,
            **ids,
        )
        if field == "assignee_id":
            draft = replace(draft, assignee=_staff_name(session, value))
        elif field not in links:
            draft = replace(draft, **{field: value})
        service: TaskService = self._service("task")
        service.update(task.public_id, draft)

    # -- checked by the services' validation, the field alone set -------------------
    def _event(self, session: Session, event: Event, field: str, value: Any) -> None:
        draft = EventDraft(
            name=event.name,
            held_on=event.held_on,
            kind=event.kind,
            venue=event.venue,
            description=event.description,
            agenda=tuple(
                AgendaDraft(title=a.title, starts_at=a.starts_at, speaker=a.speaker)
                for a in event.agenda
            ),
        )
        service: EventService = self._service("event")
        _refuse_problems(service.validate(replace(draft, **{field: value})))
        setattr(event, field, value)
        session.flush()

    def _interaction(self, session: Session, item: Interaction, field: str, value: Any) -> None:
        draft = InteractionDraft(
            summary=item.summary,
            kind=item.kind,
            occurred_at=item.occurred_at,
            timezone=item.timezone,
            outcome=item.outcome,
            organisation_ids=tuple(link.organisation.public_id for link in item.organisation_links),
            contact_ids=tuple(link.contact.public_id for link in item.contact_links),
        )
        if field == "owner_id":
            _staff_name(session, value)  # still there?
        else:
            draft = replace(draft, **{field: value})
        service: InteractionService = self._service("interaction")
        _refuse_problems(service.validate(draft))
        setattr(item, field, value)
        session.flush()


def _refuse_problems(problems: Mapping[str, object]) -> None:
    for problem in problems.values():
        if isinstance(problem, ValidationError):
            raise problem
        raise ValidationError(str(problem))


def _staff_name(session: Session, staff_id: Any) -> str | None:
    if staff_id is None:
        return None
    staff = session.get(StaffMember, staff_id)
    if staff is None:
        raise NotFound(_GONE)
    return staff.name


def _public_id(session: Session, cls: type[Any], row_id: Any) -> str | None:
    if row_id is None:
        return None
    obj = session.get(cls, row_id)
    if obj is None:
        raise NotFound(_GONE)
    return str(obj.public_id)
