"""Events: signing ceremonies and conferences with attendees, agreements and an agenda."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from biosparc_desktop.domain.activities import (
    AgendaItem,
    Event,
    EventAgreement,
    EventAttendee,
    EventOrganisation,
)
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.enums import EventKind
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.dates import parse_date
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.rules.text import clean_line, clean_text, required_line
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.common import field_problems, get_live, page_limits, text_search
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class AgendaDraft:
    title: str
    starts_at: str | None = None  # "HH:MM"
    speaker: str | None = None


@dataclass(frozen=True)
class EventDraft:
    name: str
    held_on: date | str | None
    kind: EventKind = EventKind.SIGNING_CEREMONY
    venue: str | None = None
    description: str | None = None
    organisation_ids: tuple[str, ...] = ()
    attendee_ids: tuple[str, ...] = ()
    agreement_ids: tuple[str, ...] = ()
    agenda: tuple[AgendaDraft, ...] = ()


@dataclass(frozen=True)
class AttendeeRow:
    contact_id: str
    name: str
    title: str | None
    organisation: str | None


@dataclass(frozen=True)
class AgendaRow:
    starts_at: str | None
    title: str
    speaker: str | None


@dataclass(frozen=True)
class EventRow:
    id: str
    name: str
    kind: EventKind
    held_on: date
    venue: str | None
    description: str | None
    organisations: tuple[str, ...]
    organisation_ids: tuple[str, ...]
    agreement_count: int
    attendee_count: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EventDetail:
    event: EventRow
    attendees: tuple[AttendeeRow, ...]
    agreement_ids: tuple[str, ...]
    agreements: tuple[str, ...]
    agenda: tuple[AgendaRow, ...]


class EventService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def validate(self, draft: EventDraft) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        return field_problems([lambda: _clean(draft)], default="name")

    def _apply(self, session: Session, event: Event, draft: EventDraft) -> None:
        event.name, event.held_on, event.venue, event.description, agenda = _clean(draft)
        event.kind = EventKind(draft.kind)
        event.organisation_links = [
            EventOrganisation(organisation=get_live(session, Organisation, oid, "organisation"))
            for oid in dict.fromkeys(draft.organisation_ids)
        ]
        event.attendees = [
            EventAttendee(contact=get_live(session, Contact, cid, "attendee"))
            for cid in dict.fromkeys(draft.attendee_ids)
        ]
        event.agreement_links = [
            EventAgreement(agreement=get_live(session, Agreement, aid, "agreement"))
            for aid in dict.fromkeys(draft.agreement_ids)
        ]
        event.agenda = [
            AgendaItem(position=i, starts_at=a.starts_at, title=a.title, speaker=a.speaker)
            for i, a in enumerate(agenda)
        ]

    def create(self, draft: EventDraft) -> EventRow:
        with self._ctx.write(f"Add event {draft.name.strip()[:60]}") as session:
            event = Event()
            session.add(event)
            with session.no_autoflush:
                self._apply(session, event, draft)
            session.flush()
            return event_row(event)

    def update(self, public_id: str, draft: EventDraft) -> EventRow:
        with self._ctx.write(f"Edit event {draft.name.strip()[:60]}") as session:
            event = get_live(session, Event, public_id, "event")
            with session.no_autoflush:
                # Replace links wholesale: flush the removals first so unique keys never clash.
                event.organisation_links.clear()
                event.attendees.clear()
                event.agreement_links.clear()
                event.agenda.clear()
                session.flush()
                self._apply(session, event, draft)
            session.flush()
            return event_row(event)

    def add_attendee(self, public_id: str, contact_id: str) -> None:
        """Put a person on the event's attendees (someone met there); already there, nothing."""
        with self._ctx.write("Add attendee") as session:
            event = get_live(session, Event, public_id, "event")
            contact = get_live(session, Contact, contact_id, "attendee")
            if all(a.contact is not contact for a in event.attendees):
                event.attendees.append(EventAttendee(contact=contact))
            session.flush()

    def delete(self, public_id: str) -> None:
        with self._ctx.write("Delete event") as session:
            get_live(session, Event, public_id, "event").deleted_at = self._ctx.now()

    def get(self, public_id: str) -> EventRow:
        with self._ctx.read() as session:
            return event_row(get_live(session, Event, public_id, "event"))

    def draft(self, public_id: str) -> EventDraft:
        """The draft that would save the event as it is (to change some fields of it)."""
        with self._ctx.read() as session:
            event = get_live(session, Event, public_id, "event")
            return EventDraft(
                name=event.name,
                held_on=event.held_on,
                kind=event.kind,
                venue=event.venue,
                description=event.description,
                organisation_ids=tuple(
                    link.organisation.public_id for link in event.organisation_links
                ),
                attendee_ids=tuple(link.contact.public_id for link in event.attendees),
                agreement_ids=tuple(link.agreement.public_id for link in event.agreement_links),
                agenda=tuple(
                    AgendaDraft(title=a.title, starts_at=a.starts_at, speaker=a.speaker)
                    for a in event.agenda
                ),
            )

    def detail(self, public_id: str) -> EventDetail:
        with self._ctx.read() as session:
            event = get_live(session, Event, public_id, "event")
            agreements = [
                link.agreement
                for link in event.agreement_links
                if link.agreement.deleted_at is None
            ]
            return EventDetail(
                event=event_row(event),
                attendees=tuple(
                    attendee_row(link.contact)
                    for link in event.attendees
                    if link.contact.deleted_at is None
                ),
                agreement_ids=tuple(a.public_id for a in agreements),
                agreements=tuple(a.title for a in agreements),
                agenda=tuple(
                    AgendaRow(starts_at=a.starts_at, title=a.title, speaker=a.speaker)
                    for a in event.agenda
                ),
            )

    def rows(
        self,
        *,
        search: str = "",
        upcoming_only: bool = False,
        organisation_id: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        size, start = page_limits(limit, offset)
        with self._ctx.read() as session:
            stmt = select(Event).where(Event.deleted_at.is_(None))
            if search.strip():
                stmt = stmt.where(_search(search))
            if upcoming_only:
                stmt = stmt.where(Event.held_on >= self._ctx.today())
            if organisation_id:
                stmt = stmt.where(
                    Event.id.in_(
                        select(EventOrganisation.event_id)
                        .join(Organisation)
                        .where(Organisation.public_id == organisation_id)
                    )
                )
            order = Event.held_on.desc() if descending else Event.held_on.asc()
            stmt = (
                stmt.order_by(order, Event.id)
                .limit(size)
                .offset(start)
                .options(
                    selectinload(Event.organisation_links).selectinload(
                        EventOrganisation.organisation
                    ),
                    selectinload(Event.attendees),
                    selectinload(Event.agreement_links),
                )
            )
            return [event_row(e) for e in session.scalars(stmt)]

    def count(self, *, search: str = "", upcoming_only: bool = False) -> int:
        with self._ctx.read() as session:
            stmt = select(func.count(Event.id)).where(Event.deleted_at.is_(None))
            if search.strip():
                stmt = stmt.where(_search(search))
            if upcoming_only:
                stmt = stmt.where(Event.held_on >= self._ctx.today())
            return int(session.scalar(stmt) or 0)

    def find(self, name_or_id: str) -> EventRow:
        text = name_or_id.strip()
        with self._ctx.read() as session:
            live = Event.deleted_at.is_(None)
            event = session.scalar(select(Event).where(live, Event.public_id == text))
            if event is None:
                event = session.scalar(
                    select(Event)
                    .where(live, func.lower(Event.name) == text.lower())
                    .order_by(Event.held_on.desc())
                    .limit(1)
                )
            if event is not None:
                return event_row(event)
            names = session.scalars(select(Event.name).where(live)).all()
        close = difflib.get_close_matches(text, names, n=3, cutoff=0.4)
        contains = [n for n in names if text.lower() in n.lower()]
        suggestions = list(dict.fromkeys(close + contains))[:5]
        if suggestions:
            raise NotFound.of(
                "No event is called “{name}”. Did you mean: {suggestions}?",
                name=text,
                suggestions=", ".join(suggestions),
            )
        raise NotFound.of("No event is called “{name}”.", name=text)


def _clean(
    draft: EventDraft,
) -> tuple[str, date, str | None, str | None, list[AgendaDraft]]:
    name = required_line(draft.name, field="name", label="The event name", max_len=300)
    held_on = parse_date(draft.held_on, field="held_on", label="The date")
    if held_on is None:
        raise ValidationError("The event needs a date.", field="held_on")
    venue = clean_line(draft.venue, field="venue", label="The venue", max_len=300)
    description = clean_text(draft.description, field="description", label="The description")
    agenda = []
    for item in draft.agenda:
        title = required_line(item.title, field="agenda", label="An agenda item", max_len=300)
        starts = clean_line(item.starts_at, field="agenda", label="The time", max_len=5)
        if starts is not None:
            hour, _, minute = starts.partition(":")
            if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
                raise ValidationError.of(
                    "“{value}” is not a time; write it as HH:MM, e.g. 09:30.",
                    field="agenda",
                    value=starts,
                )
            starts = f"{int(hour):02d}:{int(minute):02d}"
        speaker = clean_line(item.speaker, field="agenda", label="The speaker", max_len=200)
        agenda.append(AgendaDraft(title=title, starts_at=starts, speaker=speaker))
    return name, held_on, venue, description, agenda


def attendee_row(contact: Contact) -> AttendeeRow:
    return AttendeeRow(
        contact_id=contact.public_id,
        name=display_name(
            contact.given_name, contact.family_name, contact.name_zh, contact.name_order
        ),
        title=contact.title,
        organisation=contact.organisation.name if contact.organisation else None,
    )


def event_row(event: Event) -> EventRow:
    return EventRow(
        id=event.public_id,
        name=event.name,
        kind=event.kind,
        held_on=event.held_on,
        venue=event.venue,
        description=event.description,
        organisations=tuple(link.organisation.name for link in event.organisation_links),
        organisation_ids=tuple(link.organisation.public_id for link in event.organisation_links),
        agreement_count=len(event.agreement_links),
        attendee_count=len(event.attendees),
        created_at=event.created_at,
        updated_at=event.updated_at,
    )


def _search(text: str) -> ColumnElement[bool]:
    """Events by name or venue (not the description), in any script."""
    return text_search(
        "event", text, Event.id, columns=("title", "detail"), fallback=[Event.name, Event.venue]
    )
