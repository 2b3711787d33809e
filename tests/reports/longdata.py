"""Records with every text field a pack prints at its maximum length, in English or Chinese.

The long texts are numbered sentences, so a test can tell that every part of them
is printed, in order; the Chinese ones are full of brackets and punctuation, so
line breaking has plenty of chances to go wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole, ReviewCadence
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import AgendaDraft, EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft
from tests.conftest import FIXED_NOW

Script = Literal["en", "zh"]
LONG = 20_000  # a summary, an outcome, notes, a description, key terms


def text(script: Script, length: int, topic: str = "") -> str:
    """Numbered sentences up to exactly ``length`` characters."""
    parts: list[str] = []
    size, number = 0, 0
    while size < length:
        number += 1
        if script == "en":
            sentence = (
                f"Point {number}{topic}: the partners reviewed the joint research plan, "
                "agreed the budget (in SGD) and asked for the next draft. "
            )
        else:
            sentence = (
                f"第{number}条{topic}：双方（新加坡国立癌症中心与百奥斯帕克）同意《合作协议》"
                "所列的研究、培训与交流安排，并将于下次会议前提交「数据共享」方案。"
            )
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:length].rstrip()


def name(script: Script, length: int, stem: str) -> str:
    """A long name (no sentence numbers) of exactly ``length`` characters."""
    if script == "en":
        unit = f"{stem} International Clinical Research and Translational Medicine Institute "
    else:
        unit = f"{stem}国际临床研究与转化医学（新加坡）研究院、"
    return (unit * (length // len(unit) + 1))[:length].strip()


@dataclass(frozen=True)
class LongRecords:
    partner: str  # the partner organisation's name
    partner_zh: str
    summary: str  # the interaction summary (meeting minutes)
    outcome: str
    description: str
    contact_notes: str
    key_terms: str
    task_notes: str
    event: str  # the event's name
    event_description: str


def add_long_records(services: Services, script: Script) -> LongRecords:
    """A partner, its contact, agreement, follow-up, interaction and event, all at maximum."""
    tag = "E" if script == "en" else "中"
    owner = name(script, 200, f"Owner {tag}")
    org = services.organisations.create(
        OrganisationDraft(
            name=name("en", 200, f"Partner {tag}"),
            name_zh=name("zh", 200, f"伙伴{tag}"),
            short_name=name(script, 60, f"Short {tag}"),
            country="SG",
            city=name(script, 100, "City"),
            website="https://example.com/" + "a" * 480,
            owner=owner,
            description=text(script, LONG, " (description)"),
            tags=tuple(name(script, 60, f"Tag{n}") for n in range(3)),
        )
    )
    ours = services.organisations.create(OrganisationDraft(name=f"Biosparc {tag}"))
    contact = services.contacts.create(
        ContactDraft(
            given_name=name("en", 100, f"Given {tag}"),
            family_name=name("en", 100, f"Family {tag}"),
            name_zh=name("zh", 100, f"张{tag}"),
            title=name(script, 200, "Director"),
            organisation_id=org.id,
            emails=(f"long.{script}@example.com",),
            phones=("+6564368001",),
            notes=text(script, LONG, " (contact notes)"),
        )
    )
    day = FIXED_NOW.date()
    agreement = services.agreements.create(
        AgreementDraft(
            title=name(script, 300, f"Agreement {tag}"),
            parties=(
                PartyDraft(org.id, PartyRole.PARTNER),
                PartyDraft(ours.id, PartyRole.BIOSPARC),
            ),
            signatory_ids=(contact.id,),
            signed_on=day - timedelta(days=300),
            effective_on=day - timedelta(days=290),
            expires_on=day + timedelta(days=60),
            value="2500000",
            currency="SGD",
            key_terms=text(script, LONG, " (key terms)"),
            owner=owner,
            status=AgreementStatus.ACTIVE,
        )
    )
    services.agreements.add_obligation(
        agreement.id, name(script, 300, "Obligation"), day - timedelta(days=3), owner
    )
    services.agreements.add_cooperation_item(
        agreement.id, name(script, 300, "Item"), cadence=ReviewCadence.NONE
    )
    services.tasks.create(
        TaskDraft(
            title=name(script, 300, f"Follow-up {tag}"),
            due_on=day - timedelta(days=10),
            assignee=owner,
            notes=text(script, LONG, " (follow-up notes)"),
            organisation_id=org.id,
        )
    )
    when = datetime(2026, 11, 20, 10, 0)
    summary, outcome = text(script, LONG, " (minutes)"), text(script, LONG, " (outcome)")
    services.interactions.log(
        InteractionDraft(
            summary=summary,
            outcome=outcome,
            occurred_at=when,
            organisation_ids=(org.id,),
            contact_ids=(contact.id,),
            owner=owner,
        )
    )
    event = services.events.create(
        EventDraft(
            name=name(script, 300, f"Signing {tag}"),
            held_on=day + timedelta(days=5),
            venue=name(script, 300, "Venue"),
            description=text(script, LONG, " (event)"),
            organisation_ids=(org.id, ours.id),
            attendee_ids=(contact.id,),
            agreement_ids=(agreement.id,),
            agenda=(
                AgendaDraft(name(script, 300, "Agenda"), "09:30", name(script, 200, "Speaker")),
            ),
        )
    )
    return LongRecords(
        partner=org.name,
        partner_zh=org.name_zh or "",
        summary=summary,
        outcome=outcome,
        description=org.description or "",
        contact_notes=text(script, LONG, " (contact notes)"),
        key_terms=text(script, LONG, " (key terms)"),
        task_notes=text(script, LONG, " (follow-up notes)"),
        event=event.name,
        event_description=event.description or "",
    )
