"""Writes through the services: saving an edit on the big database, and creating
10,000 organisations and 100,000 contacts one service call at a time.

    python -m bench.write_bench edit --db PATH [--saves 30]
    python -m bench.write_bench create [--organisations 10000] [--contacts 100000]

Each prints one JSON line. ``edit`` works on a copy of the database (the cached
file stays as generated). Every save is one user action: its own transaction,
journal batch, search-index update and durable (FULL sync) commit.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.names import EN_FAMILY, EN_GIVEN, JOB_TITLES, ZH_FAMILY, ZH_GIVEN
from bench.timing import peak_rss_mb, summary, time_ms
from biosparc_desktop.config import resolve_location
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database

BATCH = 1_000  # records per user action when creating in bulk


def edit(db: Path, saves: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="biosparc-edit-bench-") as folder:
        copy = Path(folder) / "edit.sqlite3"
        shutil.copy(db, copy)
        database = open_database(resolve_location(str(copy)))
        try:
            services = build_services(database)
            with services.context.read() as session:
                ids = session.scalars(
                    select(Contact.public_id).where(Contact.deleted_at.is_(None)).limit(5000)
                ).all()
            rng = random.Random(3)
            times = []
            for n in range(saves):
                row = services.contacts.get(rng.choice(ids))
                draft = ContactDraft(
                    given_name=row.given_name,
                    family_name=row.family_name,
                    name_zh=row.name_zh,
                    title=f"{rng.choice(JOB_TITLES)} {n}",
                    organisation_id=row.organisation_id,
                    emails=row.emails,
                    phones=row.phones,
                    notes=row.notes,
                    tags=row.tags,
                )
                times.append(time_ms(lambda r=row, d=draft: services.contacts.update(r.id, d)))
            found = services.contacts.count(ContactQuery(search=f"{draft.title}"))
        finally:
            database.close()
    return {"save_contact_edit": summary(times), "found_after_save": found}


def create(organisations: int, contacts: int) -> dict[str, Any]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="biosparc-create-bench-") as folder:
        database = open_database(resolve_location(str(Path(folder) / "create.sqlite3")))
        try:
            services = build_services(database)
            started = time.perf_counter()
            org_ids: list[str] = []
            for start in range(0, organisations, BATCH):
                with services.context.write("Add organisations"):
                    for n in range(start, min(start + BATCH, organisations)):
                        org_ids.append(
                            services.organisations.create(
                                OrganisationDraft(name=f"Partner {n:05d} Biotech", country="CN")
                            ).id
                        )
            orgs_done = time.perf_counter()
            for start in range(0, contacts, BATCH):
                with services.context.write("Add contacts"):
                    for n in range(start, min(start + BATCH, contacts)):
                        services.contacts.create(_person(rng, n, rng.choice(org_ids)))
            contacts_done = time.perf_counter()
            single = [
                time_ms(
                    lambda n=n: services.contacts.create(
                        _person(rng, contacts + n, rng.choice(org_ids))
                    )
                )
                for n in range(50)
            ]
            search_started = time.perf_counter()
            found = services.contacts.count(ContactQuery(search="zhang"))
            search_ms = (time.perf_counter() - search_started) * 1000
        finally:
            database.close()
    org_s, contact_s = orgs_done - started, contacts_done - orgs_done
    return {
        "organisations": organisations,
        "contacts": contacts,
        "records_per_action": BATCH,
        "organisations_seconds": round(org_s, 1),
        "contacts_seconds": round(contact_s, 1),
        "ms_per_organisation": round(org_s * 1000 / max(1, organisations), 2),
        "ms_per_contact": round(contact_s * 1000 / max(1, contacts), 2),
        "one_contact_per_action": summary(single),
        "search_after_ms": round(search_ms, 1),
        "search_after_found": found,
    }


def _person(rng: random.Random, n: int, org_id: str) -> ContactDraft:
    if n % 3 == 0:
        name_zh = rng.choice(ZH_FAMILY) + "".join(rng.sample(ZH_GIVEN, 2))
        return ContactDraft(name_zh=name_zh, organisation_id=org_id, emails=(f"p{n}@bio.cn",))
    return ContactDraft(
        given_name=rng.choice(EN_GIVEN),
        family_name=rng.choice(EN_FAMILY),
        title=rng.choice(JOB_TITLES),
        organisation_id=org_id,
        emails=(f"person{n}@example.com",),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.write_bench")
    sub = parser.add_subparsers(dest="what", required=True)
    p_edit = sub.add_parser("edit")
    p_edit.add_argument("--db", required=True, type=Path)
    p_edit.add_argument("--saves", type=int, default=30)
    p_create = sub.add_parser("create")
    p_create.add_argument("--organisations", type=int, default=10_000)
    p_create.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.what == "edit":
        result = edit(args.db, args.saves)
    else:
        result = create(args.organisations, args.contacts)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
