"""Global search across organisations, contacts, agreements, interactions, events and tasks.

Results come grouped by kind, best first within a kind. On SQLite the full-text
index answers (ranked by bm25, names weighing most); elsewhere LIKE over the same
fields does, ordered by name or date. Hits are read as plain rows of the few
columns they show, never as ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Connection, or_, select

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact, ContactEmail
from biosparc_desktop.domain.enums import (
    AgreementStatus,
    InteractionKind,
    RelationshipStage,
    TaskStatus,
)
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.search.queries import ranked_candidates
from biosparc_desktop.search.schema import KINDS as SEARCHABLE_KINDS
from biosparc_desktop.search.text import clean_query
from biosparc_desktop.services.common import like_pattern, matches_any
from biosparc_desktop.services.context import ServiceContext

KINDS = SEARCHABLE_KINDS  # the order hits are grouped in


@dataclass(frozen=True)
class SearchHit:
    """One record found; the interface shows ``detail``, ``label`` and ``on`` after the title."""

    kind: str  # one of KINDS
    id: str
    title: str
    detail: str = ""  # data, shown as it is: a Chinese name, a job title and organisation
    label: Enum | None = None  # a stage, status or kind, shown in the interface language
    on: date | None = None  # when: shown in the interface's date format


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is read for a hit, shown, and searched without the index."""

    kind: str
    model: Any
    columns: Callable[[], Any]  # a select of the hit's columns, the model's id first
    hit: Callable[[Any], SearchHit]  # from one row of that select
    like: Callable[[str], ColumnElement[bool]]
    order: Callable[[], Sequence[Any]]


def _contact_columns() -> Any:
    c = Contact
    return select(
        c.id,
        c.public_id,
        c.given_name,
        c.family_name,
        c.name_zh,
        c.name_order,
        c.title,
        Organisation.name,
    ).outerjoin(Organisation, c.organisation_id == Organisation.id)


def _contact_hit(row: Any) -> SearchHit:
    _, public_id, given, family, name_zh, order, title, org_name = row
    detail = ", ".join(p for p in (title, org_name) if p)
    return SearchHit("contact", public_id, display_name(given, family, name_zh, order), detail)


def _contact_like(text: str) -> ColumnElement[bool]:
    by_email = select(ContactEmail.contact_id).where(
        ContactEmail.address.ilike(like_pattern(text), escape="\\")
    )
    fields = [Contact.sort_name, Contact.name_zh, Contact.pinyin, Contact.title, Contact.notes]
    return or_(matches_any(fields, text), Contact.id.in_(by_email))


def _interaction_hit(row: Any) -> SearchHit:
    _, public_id, summary, kind, occurred_at = row
    return SearchHit(
        "interaction",
        public_id,
        summary[:120],
        label=InteractionKind(kind),
        on=occurred_at.astimezone().date(),  # the day on the user's clock
    )


_SPECS = (
    _Kind(
        "organisation",
        Organisation,
        lambda: select(
            Organisation.id,
            Organisation.public_id,
            Organisation.name,
            Organisation.name_zh,
            Organisation.stage,
        ),
        lambda r: SearchHit(
            "organisation", r[1], r[2], r[3] or "", None if r[3] else RelationshipStage(r[4])
        ),
        lambda text: matches_any(
            [
                Organisation.name,
                Organisation.name_zh,
                Organisation.short_name,
                Organisation.pinyin,
                Organisation.description,
            ],
            text,
        ),
        lambda: [Organisation.name],
    ),
    _Kind(
        "contact",
        Contact,
        _contact_columns,
        _contact_hit,
        _contact_like,
        lambda: [Contact.sort_name],
    ),
    _Kind(
        "agreement",
        Agreement,
        lambda: select(Agreement.id, Agreement.public_id, Agreement.title, Agreement.status),
        lambda r: SearchHit("agreement", r[1], r[2], label=AgreementStatus(r[3])),
        lambda text: matches_any([Agreement.title, Agreement.key_terms], text),
        lambda: [Agreement.title],
    ),
    _Kind(
        "interaction",
        Interaction,
        lambda: select(
            Interaction.id,
            Interaction.public_id,
            Interaction.summary,
            Interaction.kind,
            Interaction.occurred_at,
        ),
        _interaction_hit,
        lambda text: matches_any([Interaction.summary, Interaction.outcome], text),
        lambda: [Interaction.occurred_at.desc()],
    ),
    _Kind(
        "event",
        Event,
        lambda: select(Event.id, Event.public_id, Event.name, Event.held_on),
        lambda r: SearchHit("event", r[1], r[2], on=r[3]),
        lambda text: matches_any([Event.name, Event.venue, Event.description], text),
        lambda: [Event.held_on.desc()],
    ),
    _Kind(
        "task",
        Task,
        lambda: select(Task.id, Task.public_id, Task.title, Task.status),
        lambda r: SearchHit("task", r[1], r[2], label=TaskStatus(r[3])),
        lambda text: matches_any([Task.title, Task.notes], text),
        lambda: [Task.due_on],
    ),
)


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(self, text: str, *, per_kind: int = 20) -> list[SearchHit]:
        """Hits grouped by kind in the order of KINDS; any text is searched as plain text.

        Chinese is found by any part of a name, English and pinyin by word prefix
        ("zhang wei" finds 张伟); every word must match. A word of punctuation
        alone must appear as typed; text without a letter or digit finds nothing.
        """
        text = clean_query(text).strip()
        if not text or per_kind <= 0:
            return []
        hits: list[SearchHit] = []
        with self._ctx.read() as session:
            connection = session.connection()
            ranked = (
                ranked_candidates(connection, text, per_kind)
                if connection.dialect.name == "sqlite"
                else None
            )
            for spec in _SPECS:
                if ranked is None:
                    rows = _by_like(connection, spec, text, per_kind)
                else:
                    rows = _live_in_order(connection, spec, ranked.get(spec.kind, []), per_kind)
                hits.extend(spec.hit(row) for row in rows)
        return hits


def _live_in_order(connection: Connection, spec: _Kind, ids: list[int], limit: int) -> list[Any]:
    """The hit rows of these records, in the order given, leaving out the Trash."""
    if not ids:
        return []
    model = spec.model
    stmt = spec.columns().where(model.id.in_(ids), model.deleted_at.is_(None))
    found = {row[0]: row for row in connection.execute(stmt)}
    return [found[i] for i in ids if i in found][:limit]


def _by_like(connection: Connection, spec: _Kind, text: str, limit: int) -> list[Any]:
    model = spec.model
    stmt = (
        spec.columns()
        .where(model.deleted_at.is_(None), spec.like(text))
        .order_by(*spec.order())
        .limit(limit)
    )
    return list(connection.execute(stmt))
