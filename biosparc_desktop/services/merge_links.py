"""Moving a record's links to the record it is merged into.

Link rows are moved (their foreign key changed) so the journal records each move
and undo can move it back. Where the kept record already has the same link (both
people attended the event), the duplicate link is deleted instead: the unique
constraint allows only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from biosparc_desktop.domain.activities import (
    EventAttendee,
    EventOrganisation,
    InteractionContact,
    InteractionOrganisation,
)
from biosparc_desktop.domain.agreements import AgreementParty, Signatory
from biosparc_desktop.domain.contacts import Affiliation, Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.domain.tasks import Task


@dataclass(frozen=True)
class Link:
    """One kind of link: the model, its column pointing at the merged record, the column
    that must stay unique alongside it (if any), and how the user calls it."""

    model: type[Any]
    column: str
    unique_with: str | None
    one: str  # "1 interaction"
    many: str  # "{count} interactions"

    def counted(self, number: int) -> Sentence:
        return Sentence(self.one) if number == 1 else Sentence.of(self.many, count=number)


CONTACT_LINKS: tuple[Link, ...] = (
    Link(
        InteractionContact,
        "contact_id",
        "interaction_id",
        translatable("1 interaction"),
        translatable("{count} interactions"),
    ),
    Link(Task, "contact_id", None, translatable("1 follow-up"), translatable("{count} follow-ups")),
    Link(
        Signatory,
        "contact_id",
        "agreement_id",
        translatable("1 agreement signature"),
        translatable("{count} agreement signatures"),
    ),
    Link(
        EventAttendee,
        "contact_id",
        "event_id",
        translatable("1 event attendance"),
        translatable("{count} event attendances"),
    ),
    Link(
        Affiliation,
        "contact_id",
        None,
        translatable("1 past position"),
        translatable("{count} past positions"),
    ),
)
ORGANISATION_LINKS: tuple[Link, ...] = (
    Link(
        Contact,
        "organisation_id",
        None,
        translatable("1 contact"),
        translatable("{count} contacts"),
    ),
    Link(
        Affiliation,
        "organisation_id",
        None,
        translatable("1 past position"),
        translatable("{count} past positions"),
    ),
    Link(
        AgreementParty,
        "organisation_id",
        "agreement_id",
        translatable("1 agreement"),
        translatable("{count} agreements"),
    ),
    Link(
        InteractionOrganisation,
        "organisation_id",
        "interaction_id",
        translatable("1 interaction"),
        translatable("{count} interactions"),
    ),
    Link(
        EventOrganisation,
        "organisation_id",
        "event_id",
        translatable("1 event"),
        translatable("{count} events"),
    ),
    Link(
        Task,
        "organisation_id",
        None,
        translatable("1 follow-up"),
        translatable("{count} follow-ups"),
    ),
    Link(
        Organisation,
        "parent_id",
        None,
        translatable("1 member organisation"),
        translatable("{count} member organisations"),
    ),
)


def count_links(session: Session, links: Sequence[Link], record_id: int) -> tuple[Sentence, ...]:
    """ "3 interactions", "1 follow-up": what a merge would move, for the dialog."""
    counted = []
    for link in links:
        column: InstrumentedAttribute[int] = getattr(link.model, link.column)
        query = select(func.count()).select_from(link.model).where(column == record_id)
        deleted_at = getattr(link.model, "deleted_at", None)
        if deleted_at is not None:
            query = query.where(deleted_at.is_(None))
        number = int(session.scalar(query) or 0)
        if number:
            counted.append(link.counted(number))
    return tuple(counted)


def move_links(
    session: Session, links: Sequence[Link], keep_id: int, other_id: int
) -> tuple[Sentence, ...]:
    """Point every link of ``other_id`` at ``keep_id``; returns what moved, in words."""
    moved = []
    for link in links:
        column: InstrumentedAttribute[int] = getattr(link.model, link.column)
        rows = session.scalars(select(link.model).where(column == other_id)).all()
        taken: set[Any] = set()
        if link.unique_with is not None:
            partner: InstrumentedAttribute[Any] = getattr(link.model, link.unique_with)
            taken = set(session.scalars(select(partner).where(column == keep_id)))
        number = 0
        for row in rows:
            if (
                row is not None
                and getattr(row, "id", None) == keep_id
                and link.model is Organisation
            ):
                continue  # the kept organisation sat under the other one: handled by the caller
            if link.unique_with is not None and getattr(row, link.unique_with) in taken:
                session.delete(row)  # the kept record already has this link
            else:
                setattr(row, link.column, keep_id)
            number += 1
        if number:
            moved.append(link.counted(number))
    return tuple(moved)
