"""What the exporters write, read quickly: every contact at once, every dated item.

Loading 100,000 contacts as ORM objects with their emails, phones and tags takes
longer than writing them out; these reads use plain column queries and give the
same frozen rows services always give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from biosparc_desktop.domain.activities import Event
from biosparc_desktop.domain.agreements import Agreement, Obligation
from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone, ContactTag
from biosparc_desktop.domain.enums import AgreementStatus, Language, NameOrder, TaskStatus
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import Tag
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.services.context import ServiceContext

_CHUNK = 900  # ids per IN (...) list: below SQLite's old limit of 999 parameters
_LIVE_AGREEMENTS = (
    AgreementStatus.AWAITING_SIGNATURE,
    AgreementStatus.SIGNED,
    AgreementStatus.ACTIVE,
)


@dataclass(frozen=True)
class ContactCard:
    """A contact with everything an address book needs."""

    id: str
    given_name: str | None
    family_name: str | None
    name_zh: str | None
    name_order: NameOrder
    display_name: str
    title: str | None
    organisation: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    preferred_language: Language
    notes: str | None
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DatedItem:
    """One calendar entry: a follow-up, an expiry, a renewal notice, an obligation, an event."""

    uid: str  # stable: the same record gives the same uid in every export
    kind: str  # task, expiry, renewal_notice, obligation, event
    on: date
    summary: str
    description: str
    location: str | None
    done: bool
    updated_at: datetime


class ExportData:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def contact_cards(self, ids: Sequence[str] | None = None) -> list[ContactCard]:
        """Live contacts sorted by name; only those in ``ids`` when given."""
        with self._ctx.read() as session:
            stmt = (
                select(
                    Contact.id,
                    Contact.public_id,
                    Contact.given_name,
                    Contact.family_name,
                    Contact.name_zh,
                    Contact.name_order,
                    Contact.title,
                    Organisation.name,
                    Contact.preferred_language,
                    Contact.notes,
                    Contact.created_at,
                    Contact.updated_at,
                )
                .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
                .where(Contact.deleted_at.is_(None))
                .order_by(Contact.sort_name, Contact.id)
            )
            if ids is not None:
                stmt = stmt.where(Contact.public_id.in_(list(ids)))
            rows = session.execute(stmt).all()
            wanted = None if ids is None else [row[0] for row in rows]
            email, phone = ContactEmail, ContactPhone
            emails = _values(
                session,
                select(email.contact_id, email.address).order_by(email.contact_id, email.position),
                email.contact_id,
                wanted,
            )
            phones = _values(
                session,
                select(phone.contact_id, phone.number).order_by(phone.contact_id, phone.position),
                phone.contact_id,
                wanted,
            )
            tags = _values(
                session,
                select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id),
                ContactTag.contact_id,
                wanted,
            )
        return [
            ContactCard(
                id=public_id,
                given_name=given,
                family_name=family,
                name_zh=name_zh,
                name_order=order,
                display_name=display_name(given, family, name_zh, order),
                title=title,
                organisation=organisation,
                emails=tuple(emails.get(pk, ())),
                phones=tuple(phones.get(pk, ())),
                preferred_language=language,
                notes=notes,
                tags=tuple(sorted(tags.get(pk, ()), key=str.casefold)),
                created_at=created,
                updated_at=updated,
            )
            for (pk, public_id, given, family, name_zh, order, title, organisation, language,
                 notes, created, updated) in rows
        ]  # fmt: skip

    def dated_items(self) -> list[DatedItem]:
        """Everything with a date worth a calendar entry, by date."""
        with self._ctx.read() as session:
            items = [
                *_tasks(session),
                *_agreement_dates(session),
                *_obligations(session),
                *_events(session),
            ]
        return sorted(items, key=lambda item: (item.on, item.summary))


def _values(
    session: Session,
    stmt: Select[int, str],
    owner: InstrumentedAttribute[int],
    ids: list[int] | None,
) -> dict[int, list[str]]:
    """``stmt`` gives (contact id, value) pairs; grouped by contact, in the statement's order."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        query = stmt if chunk is None else stmt.where(owner.in_(chunk))
        for contact_id, value in session.execute(query):
            found[contact_id].append(value)
    return found


def _chunks(ids: list[int] | None) -> list[list[int] | None]:
    if ids is None:
        return [None]
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _tasks(session: Session) -> list[DatedItem]:
    rows = session.execute(
        select(Task.public_id, Task.title, Task.notes, Task.due_on, Task.status, Task.updated_at)
        .where(Task.deleted_at.is_(None), Task.due_on.is_not(None))
        .where(Task.status != TaskStatus.CANCELLED)
    )
    return [
        DatedItem(
            uid=f"task-{public_id}",
            kind="task",
            on=due_on,  # type: ignore[arg-type]  # the query leaves out tasks without one
            summary=f"{'Done: ' if status is TaskStatus.DONE else 'Follow-up: '}{title}",
            description=notes or "",
            location=None,
            done=status is TaskStatus.DONE,
            updated_at=updated,
        )
        for public_id, title, notes, due_on, status, updated in rows
    ]


def _agreement_dates(session: Session) -> list[DatedItem]:
    rows = session.execute(
        select(
            Agreement.public_id,
            Agreement.title,
            Agreement.expires_on,
            Agreement.renewal_notice_on,
            Agreement.renewal_notice_days,
            Agreement.updated_at,
        ).where(Agreement.deleted_at.is_(None), Agreement.status.in_(_LIVE_AGREEMENTS))
    )
    items = []
    for public_id, title, expires_on, notice_on, notice_days, updated in rows:
        if expires_on is not None:
            items.append(
                DatedItem(f"agreement-expiry-{public_id}", "expiry", expires_on,
                          f"Agreement expires: {title}", "", None, False, updated)
            )  # fmt: skip
        if notice_on is not None and expires_on is not None:
            text = f"{notice_days} days' notice before expiry on {expires_on.isoformat()}."
            items.append(
                DatedItem(f"agreement-notice-{public_id}", "renewal_notice", notice_on,
                          f"Renewal notice due: {title}", text, None, False, updated)
            )  # fmt: skip
    return items


def _obligations(session: Session) -> list[DatedItem]:
    rows = session.execute(
        select(
            Obligation.public_id,
            Obligation.title,
            Obligation.due_on,
            Obligation.done,
            Obligation.updated_at,
            Agreement.title,
        )
        .join(Agreement, Agreement.id == Obligation.agreement_id)
        .where(Agreement.deleted_at.is_(None), Obligation.due_on.is_not(None))
    )
    return [
        DatedItem(
            uid=f"obligation-{public_id}",
            kind="obligation",
            on=due_on,  # type: ignore[arg-type]  # the query leaves out those without one
            summary=f"{'Done: ' if done else 'Obligation due: '}{title}",
            description=f"Under “{agreement}”.",
            location=None,
            done=bool(done),
            updated_at=updated,
        )
        for public_id, title, due_on, done, updated, agreement in rows
    ]


def _events(session: Session) -> list[DatedItem]:
    rows = session.execute(
        select(
            Event.public_id,
            Event.name,
            Event.kind,
            Event.held_on,
            Event.venue,
            Event.description,
            Event.updated_at,
        ).where(Event.deleted_at.is_(None))
    )
    return [
        DatedItem(
            uid=f"event-{public_id}",
            kind="event",
            on=held_on,
            summary=name,
            description="\n\n".join(p for p in (kind.label, description) if p),
            location=venue,
            done=False,
            updated_at=updated,
        )
        for public_id, name, kind, held_on, venue, description, updated in rows
    ]
