"""Interactions: meetings, calls, emails, visits, signings and conferences, logged as they happen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from biosparc_desktop.domain.activities import (
    Interaction,
    InteractionContact,
    InteractionOrganisation,
)
from biosparc_desktop.domain.agreements import AgreementParty
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.enums import InteractionKind, PartyRole, RelationshipStage
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.rules.text import clean_text, quoted
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.common import field_problems, get_live, page_limits, staff_by_name
from biosparc_desktop.services.context import ServiceContext

DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class InteractionDraft:
    summary: str
    kind: InteractionKind = InteractionKind.MEETING
    occurred_at: datetime | None = None  # aware; naive means "in ``timezone``"
    timezone: str = DEFAULT_TIMEZONE
    outcome: str | None = None
    organisation_ids: tuple[str, ...] = ()
    contact_ids: tuple[str, ...] = ()
    owner: str | None = None


@dataclass(frozen=True)
class InteractionRow:
    id: str
    kind: InteractionKind
    occurred_at: datetime  # aware, in the interaction's own time zone
    timezone: str
    summary: str
    outcome: str | None
    owner: str | None
    organisations: tuple[str, ...]
    organisation_ids: tuple[str, ...]
    contacts: tuple[str, ...]
    contact_ids: tuple[str, ...]


@dataclass(frozen=True)
class QuietPartner:
    """A partner nobody has spoken to for a while."""

    organisation_id: str
    name: str
    stage: RelationshipStage
    last_interaction: datetime | None


def _zone(name: str) -> ZoneInfo:
    try:
        if len(name) > 64:
            raise ValueError("too long for a zone name")
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValidationError.of(
            "“{value}” is not a time zone, such as Asia/Shanghai.",
            field="timezone",
            value=quoted(name),
        ) from exc


class InteractionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def validate(self, draft: InteractionDraft) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        problems = field_problems([lambda: _clean(draft, self._ctx.now())], default="summary")
        if not draft.organisation_ids and not draft.contact_ids:
            problems.setdefault(
                "organisations",
                ValidationError(
                    "Choose at least one organisation or contact.", field="organisations"
                ),
            )
        return problems

    def _apply(self, session: Session, item: Interaction, draft: InteractionDraft) -> None:
        summary, outcome, occurred = _clean(draft, self._ctx.now())
        item.kind = InteractionKind(draft.kind)
        item.summary, item.outcome = summary, outcome
        item.occurred_at, item.timezone = occurred, draft.timezone
        item.owner = staff_by_name(session, draft.owner)
        contacts = [
            get_live(session, Contact, cid, "contact") for cid in dict.fromkeys(draft.contact_ids)
        ]
        org_ids = list(dict.fromkeys(draft.organisation_ids))
        orgs = [get_live(session, Organisation, oid, "organisation") for oid in org_ids]
        # A contact's organisation is involved too, so the partner's timeline shows the meeting.
        for contact in contacts:
            if contact.organisation is not None and contact.organisation not in orgs:
                orgs.append(contact.organisation)
        if not orgs and not contacts:
            raise ValidationError(
                "Choose at least one organisation or contact.", field="organisations"
            )
        item.organisation_links = [InteractionOrganisation(organisation=o) for o in orgs]
        item.contact_links = [InteractionContact(contact=c) for c in contacts]

    def log(self, draft: InteractionDraft) -> InteractionRow:
        with self._ctx.write(f"Log {InteractionKind(draft.kind).label.lower()}") as session:
            item = Interaction()
            session.add(item)
            with session.no_autoflush:
                self._apply(session, item, draft)
            session.flush()
            return _row(item)

    def update(self, public_id: str, draft: InteractionDraft) -> InteractionRow:
        with self._ctx.write("Edit interaction") as session:
            item = get_live(session, Interaction, public_id, "interaction")
            with session.no_autoflush:
                item.organisation_links.clear()
                item.contact_links.clear()
                session.flush()
                self._apply(session, item, draft)
            session.flush()
            return _row(item)

    def delete(self, public_id: str) -> None:
        with self._ctx.write("Delete interaction") as session:
            get_live(session, Interaction, public_id, "interaction").deleted_at = self._ctx.now()

    def get(self, public_id: str) -> InteractionRow:
        with self._ctx.read() as session:
            return _row(get_live(session, Interaction, public_id, "interaction"))

    def draft(self, public_id: str) -> InteractionDraft:
        """The draft that would save the interaction as it is (to change some fields)."""
        row = self.get(public_id)
        return InteractionDraft(
            summary=row.summary,
            kind=row.kind,
            occurred_at=row.occurred_at,
            timezone=row.timezone,
            outcome=row.outcome,
            organisation_ids=row.organisation_ids,
            contact_ids=row.contact_ids,
            owner=row.owner,
        )

    def rows(
        self,
        *,
        organisation_id: str | None = None,
        contact_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[InteractionRow]:
        """Newest first; optionally only those involving one organisation or contact."""
        size, start = page_limits(limit, offset)
        with self._ctx.read() as session:
            stmt = select(Interaction).where(Interaction.deleted_at.is_(None))
            if organisation_id:
                stmt = stmt.where(
                    Interaction.id.in_(
                        select(InteractionOrganisation.interaction_id)
                        .join(Organisation)
                        .where(Organisation.public_id == organisation_id)
                    )
                )
            if contact_id:
                stmt = stmt.where(
                    Interaction.id.in_(
                        select(InteractionContact.interaction_id)
                        .join(Contact)
                        .where(Contact.public_id == contact_id)
                    )
                )
            stmt = (
                stmt.order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
                .limit(size)
                .offset(start)
                .options(
                    selectinload(Interaction.owner),
                    selectinload(Interaction.organisation_links).selectinload(
                        InteractionOrganisation.organisation
                    ),
                    selectinload(Interaction.contact_links).selectinload(
                        InteractionContact.contact
                    ),
                )
            )
            return [_row(i) for i in session.scalars(stmt)]

    def count(self) -> int:
        with self._ctx.read() as session:
            return int(
                session.scalar(
                    select(func.count(Interaction.id)).where(Interaction.deleted_at.is_(None))
                )
                or 0
            )

    def quiet_partners(self, days: int = 90, limit: int = 50) -> list[QuietPartner]:
        """Engaged, negotiating or partner organisations with no interaction for ``days``."""
        last = Organisation.last_interaction_at  # see services/last_interaction.py
        with self._ctx.read() as session:
            rows = session.execute(
                select(Organisation.public_id, Organisation.name, Organisation.stage, last)
                .where(*self._quiet(days))
                .order_by(last.asc().nulls_first(), Organisation.name)
                .limit(limit)
            ).all()
        return [
            QuietPartner(
                organisation_id=pid,
                name=name,
                stage=stage,
                last_interaction=at,
            )
            for pid, name, stage, at in rows
        ]

    def quiet_partner_count(self, days: int = 90) -> int:
        """How many partners ``quiet_partners`` would list without a limit."""
        with self._ctx.read() as session:
            stmt = select(func.count(Organisation.id)).where(*self._quiet(days))
            return int(session.scalar(stmt) or 0)

    def _quiet(self, days: int) -> tuple[ColumnElement[bool], ...]:
        since = self._ctx.now() - timedelta(days=days)
        last = Organisation.last_interaction_at
        return (
            Organisation.deleted_at.is_(None),
            Organisation.stage.in_(
                [
                    RelationshipStage.ENGAGED,
                    RelationshipStage.NEGOTIATING,
                    RelationshipStage.PARTNER,
                ]
            ),
            last.is_(None) | (last < since),
            # Biosparc's own organisation is "us", never a quiet partner.
            Organisation.id.not_in(
                select(AgreementParty.organisation_id).where(
                    AgreementParty.role == PartyRole.BIOSPARC
                )
            ),
        )


def _clean(draft: InteractionDraft, now: datetime) -> tuple[str, str | None, datetime]:
    summary = clean_text(draft.summary, field="summary", label="The summary")
    if summary is None:
        raise ValidationError("Write a short summary of what happened.", field="summary")
    outcome = clean_text(draft.outcome, field="outcome", label="The outcome")
    zone = _zone(draft.timezone)
    occurred = draft.occurred_at or now
    if occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=zone)
    if not date(1950, 1, 1) <= occurred.date() <= date(2150, 12, 31):
        raise ValidationError("The date must be between 1950 and 2150.", field="occurred_at")
    return summary, outcome, occurred.astimezone(UTC)


def _row(item: Interaction) -> InteractionRow:
    zone = ZoneInfo(item.timezone)
    contacts = [link.contact for link in item.contact_links]
    return InteractionRow(
        id=item.public_id,
        kind=item.kind,
        occurred_at=item.occurred_at.astimezone(zone),
        timezone=item.timezone,
        summary=item.summary,
        outcome=item.outcome,
        owner=item.owner.name if item.owner else None,
        organisations=tuple(link.organisation.name for link in item.organisation_links),
        organisation_ids=tuple(link.organisation.public_id for link in item.organisation_links),
        contacts=tuple(
            display_name(c.given_name, c.family_name, c.name_zh, c.name_order) for c in contacts
        ),
        contact_ids=tuple(c.public_id for c in contacts),
    )
