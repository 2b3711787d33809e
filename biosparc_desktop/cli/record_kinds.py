"""The six kinds of record on the command line: their service, fields and status moves.

A field's name is the name it has in the kind's ``--json`` output (and in the
service's draft); the row's other fields are worked out by Biosparc.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from biosparc_desktop.cli import fields as f
from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    InteractionKind,
    Language,
    NameOrder,
    OrganisationKind,
    RelationshipStage,
    TaskPriority,
    TaskStatus,
)
from biosparc_desktop.services.agreements import AgreementDraft, AgreementRow
from biosparc_desktop.services.contacts import ContactDraft, ContactRow
from biosparc_desktop.services.events import EventDraft, EventRow
from biosparc_desktop.services.interactions import InteractionDraft, InteractionRow
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationRow
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskRow

# A move changes a record's status through the service's own step (with its rules)
# rather than its draft: (services, public id, current row, new value).
Move = Callable[[Services, str, Any, Any], None]


@dataclass(frozen=True)
class RecordKind:
    command: str  # "partners"
    noun: str  # "partner", in messages
    service: Callable[[Services], Any]  # with get, draft, update, delete and ``create``
    row_type: type
    blank: Callable[[], Any]  # the draft ``add`` starts from
    fields: tuple[f.Field, ...]
    title: Callable[[Any], str]
    create: str = "create"
    # Draft fields that ``show`` adds to the row (what the list leaves out).
    extra: tuple[str, ...] = ()
    moves: Mapping[str, Move] = field(default_factory=dict)

    @property
    def a_noun(self) -> str:
        """ "a partner", "an agreement"."""
        return f"{'an' if self.noun[0] in 'aeiou' else 'a'} {self.noun}"

    @property
    def by_name(self) -> dict[str, f.Field]:
        return {field.name: field for field in self.fields}

    @property
    def computed(self) -> tuple[str, ...]:
        """The row's fields that cannot be set."""
        names = self.by_name
        return tuple(x.name for x in dataclasses.fields(self.row_type) if x.name not in names)

    @property
    def draft_fields(self) -> frozenset[str]:
        return frozenset(x.name for x in dataclasses.fields(self.blank()))


def _task_status(services: Services, public_id: str, row: TaskRow, status: TaskStatus) -> None:
    if status is row.status:
        return
    if status is TaskStatus.DONE:
        services.tasks.complete(public_id)  # a cancelled task says it cannot be done
    elif status is TaskStatus.CANCELLED:
        services.tasks.cancel(public_id)
    else:
        services.tasks.reopen(public_id)


def _agreement_status(
    services: Services, public_id: str, row: AgreementRow, status: AgreementStatus
) -> None:
    if status is not row.status:
        services.agreements.move_status(public_id, status)  # one step of the lifecycle


PARTNERS = RecordKind(
    command="partners",
    noun="partner",
    service=lambda s: s.organisations,
    row_type=OrganisationRow,
    blank=lambda: OrganisationDraft(name=""),
    fields=(
        f.text("name"),
        f.text("name_zh", "text (the Chinese name)"),
        f.text("short_name"),
        f.choice("kind", OrganisationKind),
        f.text("country", "a two-letter country code, e.g. SG"),
        f.text("city"),
        f.text("website", "a web address"),
        f.choice("stage", RelationshipStage),
        f.text("owner", "a staff member's name"),
        f.text("description"),
        f.many("tags", "tags"),
        f.link("parent_id", "partners"),
    ),
    title=lambda row: row.name,
)

CONTACTS = RecordKind(
    command="contacts",
    noun="contact",
    service=lambda s: s.contacts,
    row_type=ContactRow,
    blank=lambda: ContactDraft(),
    fields=(
        f.text("given_name"),
        f.text("family_name"),
        f.text("name_zh", "text (the Chinese name)"),
        f.choice("name_order", NameOrder, optional=True),
        f.text("title", "text (the job title)"),
        f.link("organisation_id", "partners"),
        f.many("emails", "email addresses"),
        f.many("phones", "phone numbers"),
        f.choice("preferred_language", Language),
        f.text("notes"),
        f.many("tags", "tags"),
    ),
    title=lambda row: row.display_name,
)

AGREEMENTS = RecordKind(
    command="agreements",
    noun="agreement",
    service=lambda s: s.agreements,
    row_type=AgreementRow,
    blank=lambda: AgreementDraft(title=""),
    fields=(
        f.text("title"),
        f.choice("kind", AgreementKind),
        f.choice("status", AgreementStatus, note="; edit moves one step of the lifecycle"),
        f.parties("parties"),
        f.links("signatory_ids", "contacts"),
        f.day("signed_on"),
        f.day("effective_on"),
        f.day("expires_on"),
        f.whole("renewal_notice_days"),
        f.amount("value"),
        f.text("currency", "a currency code, e.g. CNY"),
        f.text("key_terms"),
        f.text("owner", "a staff member's name"),
    ),
    title=lambda row: row.title,
    extra=("signatory_ids",),
    moves={"status": _agreement_status},
)

TASKS = RecordKind(
    command="tasks",
    noun="follow-up",
    service=lambda s: s.tasks,
    row_type=TaskRow,
    blank=lambda: TaskDraft(title=""),
    fields=(
        f.text("title"),
        f.day("due_on"),
        f.choice("priority", TaskPriority),
        f.choice("status", TaskStatus, note="; done completes, cancelled cancels, open reopens"),
        f.text("assignee", "a staff member's name"),
        f.text("notes"),
        f.link("organisation_id", "partners"),
        f.link("contact_id", "contacts"),
        f.link("agreement_id", "agreements"),
        f.link("interaction_id", "interactions"),
        f.link("event_id", "events"),
    ),
    title=lambda row: row.title,
    extra=("interaction_id",),
    moves={"status": _task_status},
)

INTERACTIONS = RecordKind(
    command="interactions",
    noun="interaction",
    service=lambda s: s.interactions,
    row_type=InteractionRow,
    blank=lambda: InteractionDraft(summary=""),
    fields=(
        f.choice("kind", InteractionKind),
        f.moment("occurred_at"),
        f.text("timezone", "a time zone, e.g. Asia/Shanghai"),
        f.text("summary"),
        f.text("outcome"),
        f.links("organisation_ids", "partners"),
        f.links("contact_ids", "contacts"),
        f.text("owner", "a staff member's name"),
    ),
    title=lambda row: f"{row.kind.label} on {row.occurred_at:%Y-%m-%d}",
    create="log",
)

EVENTS = RecordKind(
    command="events",
    noun="event",
    service=lambda s: s.events,
    row_type=EventRow,
    blank=lambda: EventDraft(name="", held_on=None),
    fields=(
        f.text("name"),
        f.day("held_on"),
        f.choice("kind", EventKind),
        f.text("venue"),
        f.text("description"),
        f.links("organisation_ids", "partners"),
        f.links("attendee_ids", "contacts"),
        f.links("agreement_ids", "agreements"),
    ),
    title=lambda row: row.name,
    extra=("attendee_ids", "agreement_ids", "agenda"),
)

KINDS: dict[str, RecordKind] = {
    kind.command: kind for kind in (PARTNERS, CONTACTS, AGREEMENTS, TASKS, INTERACTIONS, EVENTS)
}
