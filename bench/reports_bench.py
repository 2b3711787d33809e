"""Briefing-pack timings on a generated database, printed as JSON.

    python -m bench.reports_bench [--runs 5]

Builds a partner pack of about 20 pages and a signing-event pack for 5 partners
and 40 attendees (plus the portfolio summary), several times each, and prints
the first (cold: fonts are found and loaded) and the median of the warm runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from biosparc_desktop.config import resolve_location
from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    InteractionKind,
    PartyRole,
    RelationshipStage,
    TaskPriority,
)
from biosparc_desktop.reports import (
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
)
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import AgendaDraft, EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.store.database import open_database

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
SURNAMES = [
    ("Tan", "陈"),
    ("Lim", "林"),
    ("Wong", "黄"),
    ("Lee", "李"),
    ("Ng", "吴"),
    ("Goh", "吴"),
]
GIVEN = [("Wei Ming", "伟明"), ("Hui Min", "慧敏"), ("Jia Hao", "家豪"), ("Mei Ling", "美玲")]


def _person(org_id: str, n: int, title: str) -> ContactDraft:
    family, family_zh = SURNAMES[n % len(SURNAMES)]
    given, given_zh = GIVEN[n % len(GIVEN)]
    return ContactDraft(
        given_name=f"{given} {n}",
        family_name=family,
        name_zh=f"{family_zh}{given_zh}",
        title=title,
        organisation_id=org_id,
        emails=(f"person{n}@partner{org_id[:4]}.example",),
        phones=(f"+65 6123 {n:04d}",),
        notes=f"Met at the {2020 + n % 6} summit; prefers email in the morning.",
    )


def _partner_with_history(s: Services, biosparc: str) -> str:
    """One partner with enough contacts, agreements and history for about 20 pages."""
    org = s.organisations.create(
        OrganisationDraft(
            name="Bench University Hospital",
            name_zh="基准大学医院",
            short_name="BUH",
            country="SG",
            city="Singapore",
            stage=RelationshipStage.PARTNER,
            owner="Chen Yu",
            description="A generated partner for the benchmark. " * 8,
        )
    )
    contacts = [s.contacts.create(_person(org.id, n, "Principal Investigator")) for n in range(60)]
    for n in range(40):
        agreement = s.agreements.create(
            AgreementDraft(
                title=f"Research collaboration {n + 1}: oncology biomarkers and trial site {n}",
                kind=AgreementKind.RESEARCH_COLLABORATION,
                status=AgreementStatus.ACTIVE,
                parties=(PartyDraft(biosparc, PartyRole.BIOSPARC), PartyDraft(org.id)),
                signatory_ids=(contacts[n].id,),
                signed_on=TODAY - timedelta(days=400 + n),
                effective_on=TODAY - timedelta(days=400 + n),
                expires_on=TODAY + timedelta(days=20 * n + 10),
                renewal_notice_days=60,
                value=str(100_000 * (n + 1)),
                currency="SGD",
                owner="Priya Nair",
            )
        )
        s.agreements.add_obligation(
            agreement.id, f"Interim report {n}", TODAY + timedelta(days=n - 10)
        )
        s.tasks.create(
            TaskDraft(f"Follow up on agreement {n + 1}", TODAY + timedelta(days=n - 15),
                      TaskPriority.HIGH if n % 3 == 0 else TaskPriority.NORMAL, "Chen Yu",
                      notes="Check the budget and the next milestone.", organisation_id=org.id)
        )  # fmt: skip
    for n in range(30):
        s.interactions.log(
            InteractionDraft(
                summary=f"Meeting {n} on the joint programme: budget, recruitment and the "
                "next steering committee. " * 2,
                kind=InteractionKind.MEETING,
                occurred_at=NOW - timedelta(days=7 * n),
                contact_ids=(contacts[n].id, contacts[n + 1].id),
                outcome="Both sides to circulate revised plans.",
                owner="Chen Yu",
            )
        )
    return org.id


def _signing_event(s: Services, biosparc: str) -> str:
    """A ceremony with 5 partners, 40 attendees and one agreement per partner."""
    partner_ids, attendees, agreements = [], [], []
    for p in range(5):
        org = s.organisations.create(
            OrganisationDraft(
                name=f"Signing Partner {p + 1} Biotech", name_zh=f"签约伙伴{p + 1}生物科技",
                country="CN", city="Suzhou", stage=RelationshipStage.NEGOTIATING,
                description="A generated partner signing at the ceremony.",
            )
        )  # fmt: skip
        partner_ids.append(org.id)
        people = [s.contacts.create(_person(org.id, 100 + 8 * p + n, "Director")) for n in range(8)]
        attendees += [c.id for c in people]
        agreements.append(
            s.agreements.create(
                AgreementDraft(
                    title=f"Strategic cooperation agreement with Signing Partner {p + 1}",
                    kind=AgreementKind.STRATEGIC_COOPERATION,
                    status=AgreementStatus.AWAITING_SIGNATURE,
                    parties=(PartyDraft(biosparc, PartyRole.BIOSPARC), PartyDraft(org.id)),
                    signatory_ids=(people[0].id, people[1].id),
                    key_terms="Joint research, clinical trials and industrialisation. " * 6,
                )
            ).id
        )
    event = s.events.create(
        EventDraft(
            name="Bench signing ceremony",
            held_on=TODAY + timedelta(days=10),
            venue="Biosparc, Suzhou",
            organisation_ids=(biosparc, *partner_ids),
            attendee_ids=tuple(attendees),
            agreement_ids=tuple(agreements),
            agenda=tuple(
                AgendaDraft(f"Item {n}", f"{9 + n // 2:02d}:{30 * (n % 2):02d}") for n in range(10)
            ),
        )
    )
    return event.id


def _time(build: Callable[[Path], PackResult], folder: Path, runs: int) -> dict[str, object]:
    folder.mkdir()
    times, pages = [], 0
    for n in range(runs):
        start = time.perf_counter()
        result = build(folder / f"pack-{n}.pdf")
        times.append(time.perf_counter() - start)
        pages = result.pages
    warm = times[1:] or times
    return {
        "pages": pages,
        "first_s": round(times[0], 3),
        "median_warm_s": round(statistics.median(warm), 3),
        "min_s": round(min(times), 3),
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=("en", "zh", "both"), default="both")
    parser.add_argument("--keep", type=Path, metavar="FOLDER", help="copy the last PDFs here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_database(resolve_location(str(folder / "bench.sqlite3")))
        s = build_services(database, now=lambda: NOW)
        started = time.perf_counter()
        with s.context.write("Generate benchmark data"):
            biosparc = s.organisations.create(
                OrganisationDraft(name="Biosparc", name_zh="中新生命科学园", country="CN")
            ).id
            partner_id = _partner_with_history(s, biosparc)
            event_id = _signing_event(s, biosparc)
        generated = time.perf_counter() - started
        options = PackOptions(language=args.lang)
        report = {
            "generate_data_s": round(generated, 2),
            "language": args.lang,
            "partner_pack": _time(
                lambda p: build_partner_pack(s, partner_id, p, options),
                folder / "partner",
                args.runs,
            ),
            "event_pack_5_partners_40_attendees": _time(
                lambda p: build_event_pack(s, event_id, p, options), folder / "event", args.runs
            ),
            "portfolio": _time(
                lambda p: build_portfolio(s, p, options), folder / "portfolio", args.runs
            ),
        }
        database.close()
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("partner", "event", "portfolio"):
                shutil.copy(folder / name / f"pack-{args.runs - 1}.pdf", args.keep / f"{name}.pdf")
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
