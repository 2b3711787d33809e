"""Plain data for each pack, gathered from the services before any layout starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole, TaskStatus
from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.services.agreements import AgreementDetail, AgreementQuery, AgreementRow
from biosparc_desktop.services.agreements import ObligationRow as ObligationRow
from biosparc_desktop.services.contacts import ContactQuery, ContactRow
from biosparc_desktop.services.events import AgendaRow, EventRow
from biosparc_desktop.services.interactions import InteractionRow
from biosparc_desktop.services.organisations import OrganisationQuery, OrganisationRow
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskQuery, TaskRow

ALL = 100_000  # "no limit" for the services' paged reads
Step = Callable[[str], None]  # reports one step of gathering (and may cancel)

LIVE_STATUSES = frozenset(
    {AgreementStatus.AWAITING_SIGNATURE, AgreementStatus.SIGNED, AgreementStatus.ACTIVE}
)


@dataclass(frozen=True)
class OpenObligation:
    obligation: ObligationRow
    agreement: AgreementRow


@dataclass(frozen=True)
class PartnerData:
    organisation: OrganisationRow
    contacts: tuple[ContactRow, ...]
    agreements: tuple[AgreementRow, ...]
    obligations: tuple[OpenObligation, ...]
    followups: tuple[TaskRow, ...]
    interactions: tuple[InteractionRow, ...]
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class PartnerProfile:
    organisation: OrganisationRow
    attendees: tuple[ContactRow, ...]
    signing_here: tuple[AgreementRow, ...]
    other_agreements: tuple[AgreementRow, ...]
    last_interaction: InteractionRow | None


@dataclass(frozen=True)
class EventData:
    event: EventRow
    agenda: tuple[AgendaRow, ...]
    attendees: tuple[ContactRow, ...]
    agreements: tuple[AgreementDetail, ...]
    profiles: tuple[PartnerProfile, ...]


@dataclass(frozen=True)
class PortfolioData:
    partners: tuple[OrganisationRow, ...]
    agreements: tuple[AgreementRow, ...]
    expiring: tuple[AgreementRow, ...]
    overdue: tuple[TaskRow, ...]


def _open_followups(
    services: Services, organisation_id: str, agreements: tuple[AgreementRow, ...]
) -> tuple[TaskRow, ...]:
    # Follow-ups on the partner itself, its contacts, or any of its agreements.
    found: dict[str, TaskRow] = {}
    queries = [TaskQuery(status=TaskStatus.OPEN, organisation_id=organisation_id)]
    queries += [TaskQuery(status=TaskStatus.OPEN, agreement_id=a.id) for a in agreements]
    for query in queries:
        for task in services.tasks.rows(query, limit=ALL):
            found.setdefault(task.id, task)
    return tuple(sorted(found.values(), key=lambda t: (t.due_on is None, t.due_on, t.title)))


def gather_partner(
    services: Services, organisation_id: str, recent: int, step: Step
) -> PartnerData:
    step(translatable("Reading the partner"))
    organisation = services.organisations.get(organisation_id)
    step(translatable("Reading contacts"))
    contacts = tuple(
        services.contacts.rows(ContactQuery(organisation_id=organisation_id), limit=ALL)
    )
    step(translatable("Reading agreements"))
    agreements = tuple(
        services.agreements.rows(
            AgreementQuery(organisation_id=organisation_id, sort="expires_on"), limit=ALL
        )
    )
    step(translatable("Reading obligations"))
    obligations: list[OpenObligation] = []
    for agreement in agreements:
        detail = services.agreements.detail(agreement.id)
        obligations += [OpenObligation(o, agreement) for o in detail.obligations if not o.done]
    obligations.sort(key=lambda o: (o.obligation.due_on is None, o.obligation.due_on))
    step(translatable("Reading follow-ups"))
    followups = _open_followups(services, organisation_id, agreements)
    step(translatable("Reading interactions"))
    interactions = (
        tuple(services.interactions.rows(organisation_id=organisation_id, limit=recent))
        if recent
        else ()
    )
    events = tuple(services.events.rows(organisation_id=organisation_id, limit=200))
    return PartnerData(
        organisation=organisation,
        contacts=contacts,
        agreements=agreements,
        obligations=tuple(obligations),
        followups=followups,
        interactions=interactions,
        events=events,
    )


def biosparc_ids(agreements: tuple[AgreementRow, ...] | list[AgreementRow]) -> set[str]:
    """Organisations that sign as Biosparc: "us", never a partner."""
    return {
        party.organisation_id
        for agreement in agreements
        for party in agreement.parties
        if party.role is PartyRole.BIOSPARC
    }


def gather_event(services: Services, event_id: str, step: Step) -> EventData:
    step(translatable("Reading the event"))
    detail = services.events.detail(event_id)
    event = detail.event
    step(translatable("Reading attendees"))
    ids = tuple(a.contact_id for a in detail.attendees)
    attendees = tuple(services.contacts.rows(ContactQuery(ids=ids), limit=ALL)) if ids else ()
    agreements: list[AgreementDetail] = []
    for agreement_id in detail.agreement_ids:
        step(translatable("Reading agreements"))
        agreements.append(services.agreements.detail(agreement_id))
    ours = biosparc_ids([a.agreement for a in agreements])
    here = {a.agreement.id: a.agreement for a in agreements}
    profiles: list[PartnerProfile] = []
    for organisation_id in event.organisation_ids:
        if organisation_id in ours:
            continue
        step(translatable("Reading partner profiles"))
        organisation = services.organisations.get(organisation_id)
        theirs = services.agreements.rows(
            AgreementQuery(organisation_id=organisation_id, sort="expires_on"), limit=ALL
        )
        last = services.interactions.rows(organisation_id=organisation_id, limit=1)
        profiles.append(
            PartnerProfile(
                organisation=organisation,
                attendees=tuple(c for c in attendees if c.organisation_id == organisation_id),
                signing_here=tuple(a for a in theirs if a.id in here),
                other_agreements=tuple(a for a in theirs if a.id not in here),
                last_interaction=last[0] if last else None,
            )
        )
    return EventData(
        event=event,
        agenda=detail.agenda,
        attendees=attendees,
        agreements=tuple(agreements),
        profiles=tuple(profiles),
    )


def gather_portfolio(services: Services, step: Step) -> PortfolioData:
    step(translatable("Reading agreements"))
    agreements = tuple(services.agreements.rows(AgreementQuery(sort="expires_on"), limit=ALL))
    ours = biosparc_ids(agreements)
    step(translatable("Reading partners"))
    partners = tuple(
        o
        for o in services.organisations.rows(OrganisationQuery(sort="name"), limit=ALL)
        if o.id not in ours
    )
    step(translatable("Reading expiring agreements"))
    expiring = tuple(
        services.agreements.rows(
            AgreementQuery(expiring_within_days=180, sort="expires_on"), limit=ALL
        )
    )
    step(translatable("Reading overdue follow-ups"))
    overdue = tuple(services.tasks.rows(TaskQuery(overdue=True), limit=ALL))
    return PortfolioData(
        partners=partners, agreements=agreements, expiring=expiring, overdue=overdue
    )
