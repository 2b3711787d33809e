"""Follow-up tasks: add, complete (with the next review created by itself), list."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.enums import ReviewCadence, TaskPriority, TaskStatus
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.rules.dates import parse_date
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.rules.text import clean_text, required_line
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.errors import Conflict, ValidationError
from biosparc_desktop.services.common import (
    field_problems,
    get_live,
    live,
    page_limits,
    staff_by_name,
    text_search,
)
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class TaskDraft:
    title: str
    due_on: date | str | None = None
    priority: TaskPriority = TaskPriority.NORMAL
    assignee: str | None = None
    notes: str | None = None
    organisation_id: str | None = None
    contact_id: str | None = None
    agreement_id: str | None = None
    interaction_id: str | None = None
    event_id: str | None = None


@dataclass(frozen=True)
class TaskRow:
    id: str
    title: str
    notes: str | None
    due_on: date | None
    priority: TaskPriority
    status: TaskStatus
    assignee: str | None
    organisation: str | None
    organisation_id: str | None
    contact: str | None
    contact_id: str | None
    agreement: str | None
    agreement_id: str | None
    event: str | None
    event_id: str | None
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime

    def is_overdue(self, today: date) -> bool:
        return self.status is TaskStatus.OPEN and self.due_on is not None and self.due_on < today

    @property
    def about(self) -> str:
        """What the task follows up, for lists."""
        return self.agreement or self.organisation or self.contact or self.event or ""


@dataclass(frozen=True)
class TaskQuery:
    search: str = ""
    status: TaskStatus | None = TaskStatus.OPEN
    overdue: bool = False
    due_before: date | None = None  # inclusive
    due_from: date | None = None  # inclusive
    assignee: str | None = None
    organisation_id: str | None = None
    agreement_id: str | None = None
    sort: str = "due_on"
    descending: bool = False


SORT_COLUMNS = {
    "due_on": Task.due_on,
    "title": func.lower(Task.title),
    "priority": case(
        {TaskPriority.HIGH.value: 0, TaskPriority.NORMAL.value: 1, TaskPriority.LOW.value: 2},
        value=Task.priority,
    ),
    "status": Task.status,
    "updated_at": Task.updated_at,
}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class TaskService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def validate(self, draft: TaskDraft) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        checks: tuple[Callable[[], object], ...] = (
            lambda: required_line(draft.title, field="title", label="The title", max_len=300),
            lambda: parse_date(draft.due_on, field="due_on", label="The due date"),
            lambda: clean_text(draft.notes, field="notes", label="The notes"),
        )
        return field_problems(checks, default="title")

    def _apply(self, session: Session, task: Task, draft: TaskDraft) -> None:
        task.title = required_line(draft.title, field="title", label="The title", max_len=300)
        task.due_on = parse_date(draft.due_on, field="due_on", label="The due date")
        task.priority = TaskPriority(draft.priority)
        task.assignee = staff_by_name(session, draft.assignee)
        task.notes = clean_text(draft.notes, field="notes", label="The notes")
        task.organisation = (
            get_live(session, Organisation, draft.organisation_id, "organisation")
            if draft.organisation_id
            else None
        )
        task.contact = (
            get_live(session, Contact, draft.contact_id, "contact") if draft.contact_id else None
        )
        task.agreement = (
            get_live(session, Agreement, draft.agreement_id, "agreement")
            if draft.agreement_id
            else None
        )
        task.interaction = (
            get_live(session, Interaction, draft.interaction_id, "interaction")
            if draft.interaction_id
            else None
        )
        task.event = get_live(session, Event, draft.event_id, "event") if draft.event_id else None
        if task.organisation is None and task.contact is not None:
            task.organisation = task.contact.organisation

    def create(self, draft: TaskDraft) -> TaskRow:
        with self._ctx.write(f"Add follow-up {draft.title.strip()[:60]}") as session:
            task = Task()
            session.add(task)
            with session.no_autoflush:
                self._apply(session, task, draft)
            session.flush()
            return _row(session, task)

    def update(self, public_id: str, draft: TaskDraft) -> TaskRow:
        with self._ctx.write(f"Edit follow-up {draft.title.strip()[:60]}") as session:
            task = get_live(session, Task, public_id, "follow-up")
            with session.no_autoflush:
                self._apply(session, task, draft)
            session.flush()
            return _row(session, task)

    def complete(self, public_id: str) -> TaskRow | None:
        """Tick a task done; returns the next review task when its cooperation item recurs."""
        with self._ctx.write("Complete follow-up") as session:
            task = get_live(session, Task, public_id, "follow-up")
            if task.status is not TaskStatus.OPEN:
                raise Conflict.of(
                    "“{title}” is already done."
                    if task.status is TaskStatus.DONE
                    else "“{title}” is already cancelled.",
                    title=task.title,
                )
            self._ctx.relabel(session, f"Complete {task.title[:60]}")
            task.status = TaskStatus.DONE
            task.completed_at = self._ctx.now()
            item = task.cooperation_item
            if item is None or item.cadence is ReviewCadence.NONE:
                return None
            base = task.due_on or self._ctx.today()
            follow = Task(
                title=task.title,
                due_on=add_months(base, item.cadence.months),
                priority=task.priority,
                assignee=task.assignee,
                organisation=task.organisation,
                agreement=task.agreement,
                cooperation_item=item,
            )
            session.add(follow)
            session.flush()
            return _row(session, follow)

    def reopen(self, public_id: str) -> TaskRow:
        with self._ctx.write("Reopen follow-up") as session:
            task = get_live(session, Task, public_id, "follow-up")
            task.status = TaskStatus.OPEN
            task.completed_at = None
            session.flush()
            return _row(session, task)

    def cancel(self, public_id: str) -> TaskRow:
        with self._ctx.write("Cancel follow-up") as session:
            task = get_live(session, Task, public_id, "follow-up")
            task.status = TaskStatus.CANCELLED
            session.flush()
            return _row(session, task)

    def delete(self, public_id: str) -> None:
        with self._ctx.write("Delete follow-up") as session:
            task = get_live(session, Task, public_id, "follow-up")
            self._ctx.relabel(session, f"Delete follow-up {task.title[:60]}")
            task.deleted_at = self._ctx.now()

    def get(self, public_id: str) -> TaskRow:
        with self._ctx.read() as session:
            return _row(session, get_live(session, Task, public_id, "follow-up"))

    def draft(self, public_id: str) -> TaskDraft:
        """The draft that would save the task as it is (to change some fields of it);
        unlike the row it carries the interaction the task follows up."""
        with self._ctx.read() as session:
            task = get_live(session, Task, public_id, "follow-up")
            linked = (task.organisation, task.contact, task.agreement, task.interaction, task.event)
            org, contact, agreement, interaction, event = (
                None if record is None else record.public_id for record in linked
            )
            return TaskDraft(
                title=task.title,
                due_on=task.due_on,
                priority=task.priority,
                assignee=task.assignee.name if task.assignee else None,
                notes=task.notes,
                organisation_id=org,
                contact_id=contact,
                agreement_id=agreement,
                interaction_id=interaction,
                event_id=event,
            )

    def rows(
        self, query: TaskQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[TaskRow]:
        query = query or TaskQuery()
        size, start = page_limits(limit, offset)
        column = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["due_on"])
        # Tasks without a due date sort last either way.
        nulls_last = case((Task.due_on.is_(None), 1), else_=0)
        ordering = (
            (column.desc(), Task.id.desc()) if query.descending else (column.asc(), Task.id.asc())
        )
        with self._ctx.read() as session:
            # Page through ids, then load one page of full records.
            page = (
                self._select(query, paging=True)
                .with_only_columns(Task.id)
                .order_by(nulls_last, *ordering)
                .limit(size)
                .offset(start)
            )
            return _rows_in_order(session, list(session.scalars(page)))

    def count(self, query: TaskQuery | None = None) -> int:
        query = query or TaskQuery()
        with self._ctx.read() as session:
            sub = self._select(query).with_only_columns(Task.id).subquery()
            return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    def _select(self, query: TaskQuery, *, paging: bool = False) -> Select[Task]:
        stmt = select(Task).where(live(Task, paging=paging))
        today = self._ctx.today()
        if query.status is not None:
            stmt = stmt.where(Task.status == query.status)
        if query.overdue:
            stmt = stmt.where(Task.status == TaskStatus.OPEN, Task.due_on < today)
        if query.due_before is not None:
            stmt = stmt.where(Task.due_on <= query.due_before)
        if query.due_from is not None:
            stmt = stmt.where(Task.due_on >= query.due_from)
        if query.search.strip():
            stmt = stmt.where(
                text_search("task", query.search, Task.id, fallback=[Task.title, Task.notes])
            )
        if query.assignee:
            stmt = stmt.where(
                Task.assignee_id.in_(
                    select(StaffMember.id).where(
                        func.lower(StaffMember.name) == query.assignee.lower()
                    )
                )
            )
        if query.organisation_id:
            stmt = stmt.where(
                Task.organisation_id.in_(
                    select(Organisation.id).where(Organisation.public_id == query.organisation_id)
                )
            )
        if query.agreement_id:
            stmt = stmt.where(
                Task.agreement_id.in_(
                    select(Agreement.id).where(Agreement.public_id == query.agreement_id)
                )
            )
        return stmt

    def due_soon(self, days: int = 7) -> list[TaskRow]:
        """Open tasks overdue or due within ``days``: the Today list."""
        return self.rows(TaskQuery(due_before=self._ctx.today() + timedelta(days=days)), limit=500)


def _rows_in_order(session: Session, ids: list[int]) -> list[TaskRow]:
    """The rows of these tasks, in the order given, read in one query.

    A page of a list (or Today's follow-ups) needs each task's organisation,
    contact, agreement, event and assignee by name: outer joins to them in one
    SELECT, rather than a query per relationship, keep a page within a frame.
    """
    if not ids:
        return []
    staff, org, contact = aliased(StaffMember), aliased(Organisation), aliased(Contact)
    agreement, event = aliased(Agreement), aliased(Event)
    stmt = (
        select(
            Task,
            staff.name,
            org.name,
            org.public_id,
            contact.given_name,
            contact.family_name,
            contact.name_zh,
            contact.name_order,
            contact.public_id,
            agreement.title,
            agreement.public_id,
            event.name,
            event.public_id,
        )
        .outerjoin(staff, Task.assignee_id == staff.id)
        .outerjoin(org, Task.organisation_id == org.id)
        .outerjoin(contact, Task.contact_id == contact.id)
        .outerjoin(agreement, Task.agreement_id == agreement.id)
        .outerjoin(event, Task.event_id == event.id)
        .where(Task.id.in_(ids))
    )
    by_id: dict[int, TaskRow] = {}
    for (
        task,
        assignee,
        org_name,
        org_id,
        given,
        family,
        name_zh,
        order,
        contact_id,
        *rest,
    ) in session.execute(stmt):
        agreement_title, agreement_id, event_name, event_id = rest
        by_id[task.id] = TaskRow(
            id=task.public_id,
            title=task.title,
            notes=task.notes,
            due_on=task.due_on,
            priority=task.priority,
            status=task.status,
            assignee=assignee,
            organisation=org_name,
            organisation_id=org_id,
            contact=display_name(given, family, name_zh, order) if contact_id else None,
            contact_id=contact_id,
            agreement=agreement_title,
            agreement_id=agreement_id,
            event=event_name,
            event_id=event_id,
            completed_at=task.completed_at,
            created_at=task.created_at,
            updated_at=task.updated_at,
        )
    return [by_id[i] for i in ids if i in by_id]


def _row(session: Session, task: Task) -> TaskRow:
    """One task's row, read as a list page reads it (the task must be flushed)."""
    return _rows_in_order(session, [task.id])[0]
