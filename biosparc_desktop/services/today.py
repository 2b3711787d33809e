"""Today: what needs attention now, in the order it needs it.

One read for the Today dashboard: overdue follow-ups, then the rest of this
week's; agreements by the date that matters (a renewal notice or an expiry);
the next events with who is coming; partners going cold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from biosparc_desktop.domain.activities import Event, EventAttendee, EventOrganisation
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.services.agreements import AgreementRow, AgreementService
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.events import AttendeeRow, EventRow, attendee_row, event_row
from biosparc_desktop.services.interactions import InteractionService, QuietPartner
from biosparc_desktop.services.tasks import TaskQuery, TaskRow, TaskService

WEEK = 7
ATTENTION_DAYS = 90
COLD_DAYS = 90

T = TypeVar("T")


class DueKind(StrEnum):
    RENEWAL_NOTICE = "renewal_notice"
    EXPIRY = "expiry"


@dataclass(frozen=True)
class AgreementDue:
    """An agreement and the one date on it that asks for action next."""

    agreement: AgreementRow
    on: date
    kind: DueKind
    notice_missed: bool  # the renewal notice date has passed, the expiry has not

    def days(self, today: date) -> int:
        return (self.on - today).days


@dataclass(frozen=True)
class UpcomingEvent:
    event: EventRow
    attendees: tuple[AttendeeRow, ...]  # live contacts, by name


@dataclass(frozen=True)
class ColdPartner:
    partner: QuietPartner
    days_quiet: int | None  # None: never contacted


@dataclass(frozen=True)
class Section(Generic[T]):
    """The first rows of a list and how many there are in all."""

    rows: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass(frozen=True)
class TodayDigest:
    today: date
    overdue: Section[TaskRow]
    this_week: Section[TaskRow]
    agreements: Section[AgreementDue]
    events: Section[UpcomingEvent]
    going_cold: Section[ColdPartner]
    cold_days: int


class TodayService:
    def __init__(
        self,
        context: ServiceContext,
        tasks: TaskService,
        agreements: AgreementService,
        interactions: InteractionService,
    ) -> None:
        self._ctx = context
        self._tasks = tasks
        self._agreements = agreements
        self._interactions = interactions

    def digest(self, *, limit: int = 8, events: int = 4, cold_days: int = COLD_DAYS) -> TodayDigest:
        """Up to ``limit`` rows of each section (``events`` events) with their totals."""
        today = self._ctx.today()
        return TodayDigest(
            today=today,
            overdue=self._task_section(TaskQuery(overdue=True), limit),
            this_week=self._task_section(
                TaskQuery(due_from=today, due_before=today + timedelta(days=WEEK)), limit
            ),
            agreements=_first(self.agreements_due(today), limit),
            events=self.upcoming_events(events),
            going_cold=Section(
                tuple(
                    ColdPartner(
                        partner=p,
                        days_quiet=(
                            (today - p.last_interaction.astimezone().date()).days
                            if p.last_interaction
                            else None
                        ),
                    )
                    for p in self._interactions.quiet_partners(cold_days, limit=limit)
                ),
                self._interactions.quiet_partner_count(cold_days),
            ),
            cold_days=cold_days,
        )

    def agreements_due(self, today: date, days: int = ATTENTION_DAYS) -> list[AgreementDue]:
        """Live agreements with a renewal notice or expiry within ``days``, soonest first."""
        horizon = today + timedelta(days=days)
        due: list[AgreementDue] = []
        for a in self._agreements.needing_attention(days):
            notice, expires = a.renewal_notice_on, a.expires_on
            if notice is not None and today <= notice <= horizon:
                due.append(AgreementDue(a, notice, DueKind.RENEWAL_NOTICE, notice_missed=False))
            elif expires is not None:
                missed = notice is not None and notice < today
                due.append(AgreementDue(a, expires, DueKind.EXPIRY, notice_missed=missed))
        due.sort(key=lambda d: (d.on, d.agreement.title.lower()))
        return due

    def upcoming_events(self, limit: int = 4) -> Section[UpcomingEvent]:
        """The next events from today on, each with its attendees who are not in the Trash."""
        today = self._ctx.today()
        with self._ctx.read() as session:
            upcoming = (Event.deleted_at.is_(None), Event.held_on >= today)
            found = session.scalars(
                select(Event)
                .where(*upcoming)
                .order_by(Event.held_on, Event.id)
                .limit(limit)
                .options(
                    selectinload(Event.organisation_links).selectinload(
                        EventOrganisation.organisation
                    ),
                    selectinload(Event.attendees)
                    .selectinload(EventAttendee.contact)
                    .selectinload(Contact.organisation),
                    selectinload(Event.agreement_links),
                )
            ).all()
            total = len(found)
            if total == limit:
                total = int(session.scalar(select(func.count(Event.id)).where(*upcoming)) or 0)
            rows = tuple(
                UpcomingEvent(
                    event=event_row(e),
                    attendees=tuple(
                        sorted(
                            (
                                attendee_row(link.contact)
                                for link in e.attendees
                                if link.contact.deleted_at is None
                            ),
                            key=lambda a: a.name.lower(),
                        )
                    ),
                )
                for e in found
            )
        return Section(rows, total)

    def _task_section(self, query: TaskQuery, limit: int) -> Section[TaskRow]:
        return Section(tuple(self._tasks.rows(query, limit=limit)), self._tasks.count(query))


def _first(rows: list[T], limit: int) -> Section[T]:
    return Section(tuple(rows[:limit]), len(rows))
