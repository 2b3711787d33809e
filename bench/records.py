"""Row factories for the generated database: plain dicts for Core executemany.

Every record gets an explicit id so link rows can point at it without reading
anything back. Names are realistic: a third of the people and organisations are
Chinese, with their toneless pinyin as the services would store it.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench import names as N
from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    InteractionKind,
    Language,
    NameOrder,
    OrganisationKind,
    PartyRole,
    RelationshipStage,
    TaskPriority,
    TaskStatus,
)
from biosparc_desktop.domain.rules.names import to_pinyin

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
Row = dict[str, Any]


def record(rid: int, rng: random.Random, days_back: int = 2000) -> Row:
    """The columns every table shares."""
    created = NOW - timedelta(days=rng.randint(0, days_back), seconds=rng.randint(0, 86_399))
    return {
        "id": rid,
        "public_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created_at": created,
        "updated_at": created + timedelta(days=rng.randint(0, 30)),
    }


def _pick_zh_name(rng: random.Random) -> str:
    # Family names are heavily skewed towards the most common few, as in life.
    family = N.ZH_FAMILY[min(int(rng.expovariate(1 / 12)), len(N.ZH_FAMILY) - 1)]
    given = "".join(rng.choice(N.ZH_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return family + given


@dataclass
class OrgInfo:
    name: str
    short: str
    domain: str
    country: str


def organisations(count: int, staff: int, rng: random.Random) -> Iterator[tuple[Row, OrgInfo]]:
    seen: set[str] = set()
    for rid in range(1, count + 1):
        country, city, city_zh = rng.choice(N.PLACES)
        stem = rng.choice(N.ORG_PREFIXES) + rng.choice(N.ORG_STEMS)
        domain_word = rng.choice(N.ORG_DOMAINS)
        name = f"{city} {stem} {domain_word} {rng.choice(N.ORG_SUFFIXES)}".strip()
        if name.lower() in seen:
            name = f"{name} ({rid})"
        seen.add(name.lower())
        name_zh = None
        if rid % 3 == 0:
            brand = "".join(rng.sample(N.ZH_BRANDS, 2))
            name_zh = f"{city_zh}{brand}{rng.choice(N.ZH_ORG_KINDS)}"
        short = stem if rng.random() < 0.4 else ""
        areas = rng.sample(N.AREAS, 2)
        yield (
            record(rid, rng)
            | {
                "name": name,
                "name_zh": name_zh,
                "short_name": short or None,
                "pinyin": to_pinyin(name_zh),
                "parent_id": rng.randint(1, rid - 1) if rid > 50 and rng.random() < 0.05 else None,
                "kind": rng.choice(list(OrganisationKind)),
                "country": country,
                "city": city,
                "website": f"https://www.{stem.lower()}.com",
                "stage": rng.choice(list(RelationshipStage)),
                "owner_id": rng.randint(1, staff),
                "description": f"{domain_word} in {city} working on {areas[0]} and {areas[1]}.",
                "deleted_at": NOW if rng.random() < 0.01 else None,
            },
            OrgInfo(name, stem, f"{stem.lower()}.com", country),
        )


@dataclass
class PersonInfo:
    name: str
    org_id: int


def contacts(
    count: int, orgs: list[OrgInfo], rng: random.Random
) -> Iterator[tuple[Row, list[str], str, PersonInfo]]:
    """Contact rows with their email addresses and phone number."""
    for rid in range(1, count + 1):
        org_id = rng.randint(1, len(orgs))
        org = orgs[org_id - 1]
        if rid % 3 == 0:  # a third have Chinese names
            name_zh = _pick_zh_name(rng)
            pinyin = to_pinyin(name_zh) or ""
            family, *given_parts = pinyin.split()
            given = "".join(given_parts).capitalize() or None
            only_zh = rng.random() < 0.1
            given_name = None if only_zh else given
            family_name = None if only_zh else family.capitalize()
            order = NameOrder.FAMILY_FIRST
            sort_name = " ".join(p for p in (family_name, given_name) if p).lower() or pinyin
            title = rng.choice(N.ZH_JOB_TITLES) if rng.random() < 0.3 else rng.choice(N.JOB_TITLES)
            display = name_zh
            local = f"{pinyin.replace(' ', '')}{rid}"
            language = Language.CHINESE
        else:
            name_zh, pinyin = None, None
            given_name, family_name = rng.choice(N.EN_GIVEN), rng.choice(N.EN_FAMILY)
            order = NameOrder.GIVEN_FIRST
            sort_name = f"{family_name} {given_name}".lower()
            title = rng.choice(N.JOB_TITLES)
            display = f"{given_name} {family_name}"
            local = f"{given_name}.{family_name}{rid}".lower().replace("-", "")
            language = Language.ENGLISH
        emails = [f"{local}@{org.domain}"]
        if rng.random() < 0.4:
            emails.append(f"{local}@gmail.com")
        phone = (
            f"+86138{rng.randint(0, 99_999_999):08d}"
            if org.country == "CN"
            else f"+659{rng.randint(0, 9_999_999):07d}"
        )
        notes = None
        if rng.random() < 0.2:
            notes = f"Met at the {rng.choice(N.AREAS)} forum; interested in {_topic(rng)}."
        yield (
            record(rid, rng)
            | {
                "given_name": given_name,
                "family_name": family_name,
                "name_zh": name_zh,
                "name_order": order,
                "pinyin": pinyin,
                "sort_name": sort_name,
                "title": title,
                "organisation_id": org_id,
                "preferred_language": language,
                "notes": notes,
                "deleted_at": NOW if rng.random() < 0.01 else None,
            },
            emails,
            phone,
            PersonInfo(display, org_id),
        )


def _topic(rng: random.Random) -> str:
    return rng.choice(N.TOPICS).format(area=rng.choice(N.AREAS))


def agreements(count: int, orgs: list[OrgInfo], staff: int, rng: random.Random) -> Iterator[Row]:
    for rid in range(1, count + 1):
        kind = rng.choice(list(AgreementKind))
        org = orgs[rng.randint(1, len(orgs)) - 1]
        signed = TODAY - timedelta(days=rng.randint(-60, 2000))
        expires = signed + timedelta(days=365 * rng.randint(1, 5))
        notice = rng.choice((30, 60, 90, None))
        yield record(rid, rng) | {
            "title": f"{kind.label}: Biosparc and {org.short or org.name} ({signed.year})",
            "kind": kind,
            "status": rng.choice(list(AgreementStatus)),
            "signed_on": signed,
            "effective_on": signed,
            "expires_on": expires,
            "renewal_notice_days": notice,
            "renewal_notice_on": expires - timedelta(days=notice) if notice else None,
            "value_minor": rng.randint(1, 500) * 10_000_00 if rng.random() < 0.5 else None,
            "currency": rng.choice(("CNY", "SGD", "USD")),
            "key_terms": f"Collaboration on {_topic(rng)}; {rng.randint(1, 5)}-year term.",
            "owner_id": rng.randint(1, staff),
            "deleted_at": None,
        }


def interaction(rid: int, person: PersonInfo, org: OrgInfo, staff: int, rng: random.Random) -> Row:
    kind = rng.choice(list(InteractionKind))
    if rng.random() < 0.2:  # notes written in Chinese
        summary = f"与{org.short or org.name}的{person.name}会面，讨论{rng.choice(N.ZH_TOPICS)}。"
    else:
        summary = rng.choice(
            (
                "Met {p} of {o} to discuss {t}.",
                "Call with {o} on {t}; next steps agreed.",
                "Site visit by a {o} delegation; discussed {t}.",
                "Emailed {p} the {d} for {t}.",
            )
        ).format(p=person.name, o=org.short or org.name, t=_topic(rng), d=rng.choice(N.DOCUMENTS))
    return record(rid, rng) | {
        "kind": kind,
        "occurred_at": NOW - timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60)),
        "timezone": "Asia/Shanghai",
        "summary": summary,
        "outcome": f"Agreed to send the {rng.choice(N.DOCUMENTS)}." if rng.random() < 0.5 else None,
        "owner_id": rng.randint(1, staff),
        "deleted_at": NOW if rng.random() < 0.005 else None,
    }


def task(rid: int, person: PersonInfo, org: OrgInfo, staff: int, rng: random.Random) -> Row:
    status = rng.choices(list(TaskStatus), weights=(25, 70, 5))[0]
    title = rng.choice(
        (
            "Send {o} the {d}",
            "Follow up with {p} on {t}",
            "Prepare the briefing for the {o} visit",
            "Book a call with {p}",
        )
    ).format(o=org.short or org.name, p=person.name, d=rng.choice(N.DOCUMENTS), t=_topic(rng))
    due = TODAY + timedelta(days=rng.randint(-700, 180))
    return record(rid, rng) | {
        "title": title,
        "notes": None,
        "due_on": due,
        "priority": rng.choice(list(TaskPriority)),
        "status": status,
        "completed_at": NOW if status is TaskStatus.DONE else None,
        "assignee_id": rng.randint(1, staff),
        "organisation_id": person.org_id,
        "contact_id": None,
        "agreement_id": None,
        "interaction_id": None,
        "event_id": None,
        "cooperation_item_id": None,
        "deleted_at": None,
    }


def event(rid: int, rng: random.Random) -> Row:
    area = rng.choice(N.AREAS)
    return record(rid, rng) | {
        "name": f"{area.title()} partnering day {2021 + rid % 6}",
        "kind": rng.choice(list(EventKind)),
        "held_on": TODAY - timedelta(days=rng.randint(-120, 1800)),
        "venue": "BioBAY Conference Centre, Suzhou",
        "description": f"Partnering sessions on {area}.",
        "deleted_at": None,
    }


def party_roles() -> tuple[PartyRole, PartyRole]:
    return PartyRole.BIOSPARC, PartyRole.PARTNER
