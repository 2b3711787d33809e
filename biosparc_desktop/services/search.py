"""Global search across organisations, contacts, agreements, interactions and notes.

Results come grouped by kind. Matching uses LIKE over the name columns in both
scripts and pinyin, so any part of a Chinese name is found.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact, ContactEmail
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.services.common import like_pattern, matches_any
from biosparc_desktop.services.context import ServiceContext

KINDS = ("organisation", "contact", "agreement", "interaction", "event", "task")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    id: str
    title: str
    subtitle: str


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(self, text: str, *, per_kind: int = 20) -> list[SearchHit]:
        """Hits grouped by kind in the order of KINDS; any text is searched as plain text."""
        text = text.strip()
        if not text:
            return []
        hits: list[SearchHit] = []
        with self._ctx.read() as session:
            for org in session.scalars(
                select(Organisation)
                .where(
                    Organisation.deleted_at.is_(None),
                    matches_any(
                        [
                            Organisation.name,
                            Organisation.name_zh,
                            Organisation.short_name,
                            Organisation.pinyin,
                            Organisation.description,
                        ],
                        text,
                    ),
                )
                .order_by(Organisation.name)
                .limit(per_kind)
            ):
                hits.append(
                    SearchHit(
                        "organisation", org.public_id, org.name, org.name_zh or org.stage.label
                    )
                )
            by_email = select(ContactEmail.contact_id).where(
                ContactEmail.address.ilike(like_pattern(text), escape="\\")
            )
            for c in session.scalars(
                select(Contact)
                .where(
                    Contact.deleted_at.is_(None),
                    or_(
                        matches_any(
                            [
                                Contact.sort_name,
                                Contact.name_zh,
                                Contact.pinyin,
                                Contact.title,
                                Contact.notes,
                            ],
                            text,
                        ),
                        Contact.id.in_(by_email),
                    ),
                )
                .order_by(Contact.sort_name)
                .limit(per_kind)
            ):
                name = display_name(c.given_name, c.family_name, c.name_zh, c.name_order)
                org_name = c.organisation.name if c.organisation else ""
                hits.append(
                    SearchHit(
                        "contact", c.public_id, name, ", ".join(p for p in (c.title, org_name) if p)
                    )
                )
            for a in session.scalars(
                select(Agreement)
                .where(
                    Agreement.deleted_at.is_(None),
                    matches_any([Agreement.title, Agreement.key_terms], text),
                )
                .order_by(Agreement.title)
                .limit(per_kind)
            ):
                hits.append(SearchHit("agreement", a.public_id, a.title, a.status.label))
            for i in session.scalars(
                select(Interaction)
                .where(
                    Interaction.deleted_at.is_(None),
                    matches_any([Interaction.summary, Interaction.outcome], text),
                )
                .order_by(Interaction.occurred_at.desc())
                .limit(per_kind)
            ):
                hits.append(
                    SearchHit(
                        "interaction",
                        i.public_id,
                        i.summary[:120],
                        f"{i.kind.label}, {i.occurred_at:%Y-%m-%d}",
                    )
                )
            for e in session.scalars(
                select(Event)
                .where(
                    Event.deleted_at.is_(None),
                    matches_any([Event.name, Event.venue, Event.description], text),
                )
                .order_by(Event.held_on.desc())
                .limit(per_kind)
            ):
                hits.append(SearchHit("event", e.public_id, e.name, e.held_on.isoformat()))
            for t in session.scalars(
                select(Task)
                .where(Task.deleted_at.is_(None), matches_any([Task.title, Task.notes], text))
                .order_by(Task.due_on)
                .limit(per_kind)
            ):
                hits.append(SearchHit("task", t.public_id, t.title, t.status.label))
        return hits
