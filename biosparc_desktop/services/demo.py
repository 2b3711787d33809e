"""Demo data from Biosparc's 1 December 2025 announcement (see shared/seed).

The organisations, the 20 November 2025 signing ceremony and its agreements are
from the announcement; contacts, interactions and follow-ups are samples (their
notes say so), dated relative to today so Today always has something to show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    InteractionKind,
    Language,
    OrganisationKind,
    PartyRole,
    RelationshipStage,
    ReviewCadence,
    TaskPriority,
    Workstream,
)
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import AgendaDraft, EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft

SAMPLE_NOTE = "Sample contact for the demo; not a real person."
SIGNING_DAY = date(2025, 11, 20)
SUZHOU = ZoneInfo("Asia/Shanghai")

_OWNER = "Chen Yu"
_OTHER_OWNER = "Priya Nair"

ORGANISATIONS: tuple[OrganisationDraft, ...] = (
    OrganisationDraft(
        name="Biosparc (Sino-Singapore Life Science Park)",
        name_zh="中新生命科学园",
        short_name="Biosparc",
        kind=OrganisationKind.PARK_OPERATOR,
        country="CN",
        city="Suzhou",
        stage=RelationshipStage.PARTNER,
        owner=_OWNER,
        description="Life science park in Suzhou Industrial Park; main structure topped out "
        "in November 2025. Broke ground end of 2023, construction from April 2024.",
        tags=("China–Singapore", "park"),
    ),
    OrganisationDraft(
        name="Suzhou Industrial Park Investment Promotion and Operation Co., Ltd.",
        short_name="SIPIPB",
        kind=OrganisationKind.GOVERNMENT,
        country="CN",
        city="Suzhou",
        stage=RelationshipStage.PARTNER,
        owner=_OWNER,
        description="Co-signing party of the 20 November 2025 strategic cooperation agreements.",
        tags=("China–Singapore", "government"),
    ),
    OrganisationDraft(
        name="SingHealth",
        name_zh="新加坡保健服务集团",
        short_name="SingHealth",
        kind=OrganisationKind.HOSPITAL,
        country="SG",
        city="Singapore",
        stage=RelationshipStage.ENGAGED,
        owner=_OTHER_OWNER,
        description="Public healthcare cluster; NCCS is one of its national specialty centres.",
    ),
    OrganisationDraft(
        name="National Cancer Centre Singapore",
        name_zh="新加坡国立癌症中心",
        short_name="NCCS",
        kind=OrganisationKind.HOSPITAL,
        country="SG",
        city="Singapore",
        website="https://www.nccs.com.sg",
        stage=RelationshipStage.PARTNER,
        owner=_OTHER_OWNER,
        description="Signed a strategic cooperation agreement on 20 November 2025: research "
        "cooperation, clinical trials, early-stage industrialisation and translation.",
        tags=("China–Singapore", "oncology", "clinical"),
    ),
    OrganisationDraft(
        name="Essex Bio",
        name_zh="亿胜生物科技",
        short_name="EssexBio",
        kind=OrganisationKind.COMPANY,
        country="SG",
        city="Singapore",
        stage=RelationshipStage.PARTNER,
        owner=_OTHER_OWNER,
        description="Biopharmaceutical company; signatory of the 20 November 2025 agreements.",
        tags=("China–Singapore", "biotech"),
    ),
    OrganisationDraft(
        name="Mirxes",
        name_zh="觅瑞",
        short_name="Mirxes",
        kind=OrganisationKind.COMPANY,
        country="SG",
        city="Singapore",
        stage=RelationshipStage.PARTNER,
        owner=_OWNER,
        description="RNA-based diagnostics company; signatory of the 20 November 2025 agreements.",
        tags=("China–Singapore", "diagnostics", "biotech"),
    ),
    OrganisationDraft(
        name="True Light PE",
        kind=OrganisationKind.INVESTOR,
        stage=RelationshipStage.PARTNER,
        owner=_OWNER,
        description="Private equity investor; strategic partner with ClavystBio since "
        "20 November 2025.",
        tags=("investor",),
    ),
    OrganisationDraft(
        name="ClavystBio",
        kind=OrganisationKind.INVESTOR,
        country="SG",
        city="Singapore",
        stage=RelationshipStage.PARTNER,
        owner=_OTHER_OWNER,
        description="Life sciences investor; strategic partner with True Light PE since "
        "20 November 2025.",
        tags=("China–Singapore", "investor"),
    ),
)

_PARENTS = {"NCCS": "SingHealth"}


@dataclass(frozen=True)
class _Person:
    org: str  # short name
    given: str | None
    family: str | None
    name_zh: str | None
    title: str
    email: str
    phone: str
    language: Language = Language.ENGLISH


PEOPLE: tuple[_Person, ...] = (
    _Person("Biosparc", "Li", "Wang", "王丽", "Director, Business Development",
            "wang.li@biosparc.example", "+86 512 6288 1001", Language.CHINESE),
    _Person("SIPIPB", "Jianhua", "Chen", "陈建华", "Deputy General Manager",
            "chen.jianhua@sipipb.example", "+86 512 6288 2002", Language.CHINESE),
    _Person("NCCS", "Wei Ming", "Tan", "陈伟明", "Deputy Director, Clinical Research",
            "tan.weiming@nccs.example", "+65 6436 8001"),
    _Person("NCCS", "Sarah", "Lim", None, "Head, Partnerships Office",
            "sarah.lim@nccs.example", "+65 9123 4501"),
    _Person("EssexBio", "Ming", "Li", "李明", "Vice President, Strategy",
            "li.ming@essexbio.example", "+86 138 0013 8001", Language.CHINESE),
    _Person("Mirxes", "Rachel", "Ng", None, "Director, Corporate Development",
            "rachel.ng@mirxes.example", "+65 9123 4502"),
    _Person("Mirxes", "Hui Min", "Goh", "吴慧敏", "Senior Manager, Clinical Affairs",
            "huimin.goh@mirxes.example", "+65 9123 4503"),
    _Person("ClavystBio", "David", "Koh", None, "Investment Director",
            "david.koh@clavystbio.example", "+65 9123 4504"),
    _Person("True Light PE", "Xiaofeng", "Zhou", "周晓峰", "Partner",
            "zhou.xiaofeng@truelight.example", "+86 139 1234 5678", Language.CHINESE),
)  # fmt: skip

_SIGNING_AGREEMENTS = (
    ("NCCS", "National Cancer Centre Singapore"),
    ("EssexBio", "Essex Bio"),
    ("Mirxes", "Mirxes"),
)
_ITEMS = (
    ("Research cooperation", Workstream.RESEARCH),
    ("Clinical trials", Workstream.CLINICAL),
    ("Early-stage industrialisation", Workstream.INDUSTRIALISATION),
    ("Translation", Workstream.TRANSLATION),
)  # fmt: skip


def is_empty(services: Services) -> bool:
    with services.context.read() as session:
        return not session.scalar(select(func.count(Organisation.id)))


class _NotEmpty(Exception):
    """The database has data: the demo's write is rolled back, leaving no empty action."""


def load_demo(services: Services) -> bool:
    """Load the demo into an empty database; returns False (and adds nothing) otherwise.

    Emptiness is checked inside the write, once it holds the write lock: checked
    before, another program's import could land in between and get the demo mixed in.
    """
    try:
        with services.context.write("Load demo data") as session:
            if session.scalar(select(func.count(Organisation.id))):
                raise _NotEmpty
            _load(services)
    except _NotEmpty:
        return False
    return True


def _load(s: Services) -> None:
    today = s.context.today()
    s.staff.ensure(_OWNER, "chen.yu@biosparc.example")
    s.staff.ensure(_OTHER_OWNER, "priya.nair@biosparc.example")

    orgs: dict[str, str] = {}
    for org_draft in ORGANISATIONS:
        parent = _PARENTS.get(org_draft.short_name or "")
        if parent:
            org_draft = replace(org_draft, parent_id=orgs[parent])
        orgs[org_draft.short_name or org_draft.name] = s.organisations.create(org_draft).id

    people: dict[str, str] = {}
    for p in PEOPLE:
        person = s.contacts.create(
            ContactDraft(
                given_name=p.given,
                family_name=p.family,
                name_zh=p.name_zh,
                title=p.title,
                organisation_id=orgs[p.org],
                emails=(p.email,),
                phones=(p.phone,),
                preferred_language=p.language,
                notes=SAMPLE_NOTE,
                tags=("sample",),
            )
        )
        people[f"{p.family} {p.given}"] = person.id

    agreements: list[str] = []
    for short, long_name in _SIGNING_AGREEMENTS:
        row = s.agreements.create(
            AgreementDraft(
                title=f"Strategic Cooperation Agreement: Biosparc, SIPIPB and {long_name}",
                kind=AgreementKind.STRATEGIC_COOPERATION,
                status=AgreementStatus.SIGNED,
                parties=(
                    PartyDraft(orgs["Biosparc"], PartyRole.BIOSPARC),
                    PartyDraft(orgs[short], PartyRole.PARTNER),
                    PartyDraft(orgs["SIPIPB"], PartyRole.CO_SIGNATORY),
                ),
                signatory_ids=(people["Wang Li"], people["Chen Jianhua"]),
                signed_on=SIGNING_DAY,
                effective_on=SIGNING_DAY,
                expires_on=date(2028, 11, 19),
                renewal_notice_days=90,
                key_terms="Collaboration on research cooperation, clinical trials, early-stage "
                "industrialisation and translation, linking research, clinical trials and "
                "regulatory oversight across China and Singapore. (Term and notice period are "
                "sample values.)",
                owner=_OWNER,
            )
        )
        agreements.append(row.id)
        for title, workstream in _ITEMS:
            s.agreements.add_cooperation_item(
                row.id,
                title,
                workstream,
                ReviewCadence.QUARTERLY
                if workstream is Workstream.RESEARCH
                else ReviewCadence.NONE,
                first_review_on=today + timedelta(days=10 + 7 * len(agreements)),
            )
    s.agreements.move_status(agreements[0], AgreementStatus.ACTIVE, on=SIGNING_DAY)
    s.agreements.add_obligation(
        agreements[0], "Joint research plan agreed by both sides", today - timedelta(days=4), _OWNER
    )
    s.agreements.add_obligation(
        agreements[0], "First joint committee meeting", today + timedelta(days=21), _OTHER_OWNER
    )

    partnership = s.agreements.create(
        AgreementDraft(
            title="Strategic Partnership: Biosparc, True Light PE and ClavystBio",
            kind=AgreementKind.STRATEGIC_COOPERATION,
            status=AgreementStatus.SIGNED,
            parties=(
                PartyDraft(orgs["Biosparc"], PartyRole.BIOSPARC),
                PartyDraft(orgs["True Light PE"], PartyRole.PARTNER),
                PartyDraft(orgs["ClavystBio"], PartyRole.PARTNER),
            ),
            signatory_ids=(people["Wang Li"], people["Zhou Xiaofeng"], people["Koh David"]),
            signed_on=SIGNING_DAY,
            effective_on=SIGNING_DAY,
            key_terms="Jointly promote research, clinical and early-stage industrialisation "
            "collaboration between innovative entities from China and Singapore in the park.",
            owner=_OWNER,
        )
    )
    agreements.append(partnership.id)
    s.agreements.add_cooperation_item(
        partnership.id, "Cross-border venture pipeline", Workstream.INVESTMENT, ReviewCadence.HALF_YEARLY,
        first_review_on=today + timedelta(days=40),
    )  # fmt: skip

    nda = s.agreements.create(
        AgreementDraft(
            title="Mutual NDA: Biosparc and Mirxes (sample)",
            kind=AgreementKind.NDA,
            status=AgreementStatus.ACTIVE,
            parties=(
                PartyDraft(orgs["Biosparc"], PartyRole.BIOSPARC),
                PartyDraft(orgs["Mirxes"], PartyRole.PARTNER),
            ),
            signed_on=today - timedelta(days=320),
            effective_on=today - timedelta(days=320),
            expires_on=today + timedelta(days=45),
            renewal_notice_days=30,
            owner=_OWNER,
        )
    )
    s.agreements.create(
        AgreementDraft(
            title="Clinical Trial Collaboration MoU: NCCS and Biosparc (sample)",
            kind=AgreementKind.MOU,
            status=AgreementStatus.NEGOTIATING,
            parties=(
                PartyDraft(orgs["Biosparc"], PartyRole.BIOSPARC),
                PartyDraft(orgs["NCCS"], PartyRole.PARTNER),
            ),
            value="2500000",
            currency="SGD",
            owner=_OTHER_OWNER,
        )
    )

    signing = s.events.create(
        EventDraft(
            name="Strategic cooperation signing ceremony",
            kind=EventKind.SIGNING_CEREMONY,
            held_on=SIGNING_DAY,
            venue="Biosparc, Suzhou Industrial Park",
            description="Signing with NCCS, Essex Bio and Mirxes (SIPIPB co-signing), and the "
            "strategic partnership with True Light PE and ClavystBio, on the day the main "
            "structure topped out.",
            organisation_ids=tuple(orgs.values()),
            attendee_ids=tuple(people.values()),
            agreement_ids=tuple(agreements),
            agenda=(
                AgendaDraft("Arrival and registration", "09:30"),
                AgendaDraft("Welcome address", "10:00", "Biosparc"),
                AgendaDraft("Topping-out of the main structure", "10:20"),
                AgendaDraft("Signing: NCCS, Essex Bio, Mirxes with SIPIPB", "10:45"),
                AgendaDraft("Signing: True Light PE and ClavystBio", "11:15"),
                AgendaDraft("Group photo and lunch", "11:45"),
            ),
        )
    )
    review = s.events.create(
        EventDraft(
            name="Joint committee review with NCCS (sample)",
            kind=EventKind.OTHER,
            held_on=today + timedelta(days=14),
            venue="NCCS, Singapore",
            organisation_ids=(orgs["Biosparc"], orgs["NCCS"]),
            attendee_ids=(people["Wang Li"], people["Tan Wei Ming"], people["Lim Sarah"]),
            agreement_ids=(agreements[0],),
        )
    )

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour), SUZHOU)

    s.interactions.log(
        InteractionDraft(
            summary="Strategic cooperation agreements signed with NCCS, Essex Bio and Mirxes "
            "(SIPIPB co-signing); strategic partnership with True Light PE and ClavystBio.",
            kind=InteractionKind.SIGNING,
            occurred_at=at(SIGNING_DAY, 10),
            organisation_ids=tuple(orgs.values()),
            contact_ids=tuple(people.values()),
            outcome="All four agreements signed.",
            owner=_OWNER,
        )
    )
    s.interactions.log(
        InteractionDraft(
            summary="Call on the joint research plan and the first committee meeting.",
            kind=InteractionKind.CALL,
            occurred_at=at(today - timedelta(days=40), 15),
            contact_ids=(people["Tan Wei Ming"], people["Lim Sarah"]),
            outcome="NCCS to send candidate research themes.",
            owner=_OTHER_OWNER,
        )
    )
    s.interactions.log(
        InteractionDraft(
            summary="Met Mirxes at their Singapore office on diagnostics trials in Suzhou.",
            kind=InteractionKind.MEETING,
            occurred_at=at(today - timedelta(days=17), 10),
            timezone="Asia/Singapore",
            contact_ids=(people["Ng Rachel"], people["Goh Hui Min"]),
            outcome="Mirxes interested in lab space from Q3 next year.",
            owner=_OWNER,
        )
    )

    tasks = (
        TaskDraft("Send NCCS the draft joint research plan", today - timedelta(days=4),
                  TaskPriority.HIGH, _OTHER_OWNER, organisation_id=orgs["NCCS"],
                  agreement_id=agreements[0]),
        TaskDraft("Decide on renewing the Mirxes NDA", today + timedelta(days=3),
                  TaskPriority.HIGH, _OWNER, agreement_id=nda.id, organisation_id=orgs["Mirxes"]),
        TaskDraft("Thank-you letters to the signing parties", today - timedelta(days=1),
                  TaskPriority.NORMAL, _OWNER, event_id=signing.id),
        TaskDraft("Prepare agenda for the NCCS joint committee", today + timedelta(days=7),
                  TaskPriority.NORMAL, _OTHER_OWNER, event_id=review.id,
                  organisation_id=orgs["NCCS"]),
        TaskDraft("Check in with Essex Bio on the industrialisation plan", today + timedelta(days=12),
                  TaskPriority.LOW, _OTHER_OWNER, contact_id=people["Li Ming"]),
    )  # fmt: skip
    for task_draft in tasks:
        s.tasks.create(task_draft)
