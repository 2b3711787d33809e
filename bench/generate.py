"""Generate a realistic large database fast, and cache it under bench/out/.

Rows go in with SQLAlchemy Core executemany in big batches inside one
transaction, not through the services (which would take many minutes and is
measured separately); the full-text index is then rebuilt in one pass.

    python -m bench.generate [--scale 0.1] [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from bench import records
from bench.names import STAFF, TAGS
from biosparc_desktop.config import resolve_location
from biosparc_desktop.domain import models as m
from biosparc_desktop.search.index import rebuild
from biosparc_desktop.services.last_interaction import refresh_all
from biosparc_desktop.store import migrate
from biosparc_desktop.store.database import open_database

OUT = Path(__file__).resolve().parent / "out"
GENERATOR_VERSION = 1  # bump when the generated data changes
BATCH = 20_000


@dataclass(frozen=True)
class Sizes:
    organisations: int = 10_000
    contacts: int = 100_000
    agreements: int = 20_000
    interactions: int = 200_000
    tasks: int = 50_000
    events: int = 1_000

    def scaled(self, factor: float) -> Sizes:
        return Sizes(**{k: max(3, round(v * factor)) for k, v in asdict(self).items()})

    @property
    def key(self) -> str:
        return "-".join(str(v) for v in asdict(self).values())


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


class _Writer:
    """Buffers rows per table and writes them in big executemany batches."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.buffers: dict[str, tuple[Table, list[dict[str, Any]]]] = {}
        self.counts: dict[str, int] = {}

    def add(self, model: Any, row: dict[str, Any]) -> None:
        table = _table(model)
        _, rows = self.buffers.setdefault(table.name, (table, []))
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush()  # every table, parents first (the order they were first seen)

    def add_all(self, model: Any, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.add(model, row)

    def flush(self) -> None:
        for key, (table, rows) in self.buffers.items():
            if rows:
                self.connection.execute(insert(table), rows)
                self.counts[key] = self.counts.get(key, 0) + len(rows)
                rows.clear()


def _link(rid: int, rng: random.Random, **columns: int) -> dict[str, Any]:
    return records.record(rid, rng) | columns


def fill(connection: Connection, sizes: Sizes, *, seed: int = 2026) -> dict[str, int]:
    """Insert a whole generated data set; returns the row count of each table."""
    rng = random.Random(seed)
    w = _Writer(connection)
    staff = len(STAFF)
    w.add_all(
        m.StaffMember,
        (
            records.record(i, rng) | {"name": n, "email": None, "active": True}
            for i, n in enumerate(STAFF, 1)
        ),
    )
    w.add_all(m.Tag, (records.record(i, rng) | {"name": t} for i, t in enumerate(TAGS, 1)))
    w.flush()
    orgs: list[records.OrgInfo] = []
    link_id = 0
    for row, info in records.organisations(sizes.organisations, staff, rng):
        w.add(m.Organisation, row)
        orgs.append(info)
        for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(0, 3)):
            link_id += 1
            w.add(m.OrganisationTag, _link(link_id, rng, organisation_id=row["id"], tag_id=tag))
    w.flush()
    people: list[records.PersonInfo] = []
    email_id = tag_link = 0
    for row, emails, phone, person in records.contacts(sizes.contacts, orgs, rng):
        w.add(m.Contact, row)
        people.append(person)
        for position, address in enumerate(emails):
            email_id += 1
            w.add(
                m.ContactEmail,
                _link(email_id, rng, contact_id=row["id"], position=position)
                | {"address": address, "label": None},
            )
        w.add(
            m.ContactPhone,
            _link(row["id"], rng, contact_id=row["id"], position=0)
            | {"number": phone, "label": None},
        )
        if rng.random() < 0.3:
            tag_link += 1
            w.add(
                m.ContactTag,
                _link(tag_link, rng, contact_id=row["id"], tag_id=rng.randint(1, len(TAGS))),
            )
    w.flush()
    party = 0
    for row in records.agreements(sizes.agreements, orgs, staff, rng):
        w.add(m.Agreement, row)
        partner = rng.randint(2, len(orgs))
        for org_id, role in zip((1, partner), records.party_roles(), strict=True):
            party += 1
            w.add(
                m.AgreementParty,
                _link(party, rng, agreement_id=row["id"], organisation_id=org_id) | {"role": role},
            )
    w.flush()
    for rid in range(1, sizes.interactions + 1):
        pid = rng.randint(1, len(people))
        person = people[pid - 1]
        w.add(m.Interaction, records.interaction(rid, person, orgs[person.org_id - 1], staff, rng))
        w.add(
            m.InteractionOrganisation,
            _link(rid, rng, interaction_id=rid, organisation_id=person.org_id),
        )
        w.add(m.InteractionContact, _link(rid, rng, interaction_id=rid, contact_id=pid))
    w.flush()
    for rid in range(1, sizes.events + 1):
        w.add(m.Event, records.event(rid, rng))
        w.add(
            m.EventOrganisation,
            _link(rid, rng, event_id=rid, organisation_id=rng.randint(1, len(orgs))),
        )
    for rid in range(1, sizes.tasks + 1):
        pid = rng.randint(1, len(people))
        person = people[pid - 1]
        row = records.task(rid, person, orgs[person.org_id - 1], staff, rng)
        w.add(m.Task, row | {"contact_id": pid})
    w.flush()
    return dict(w.counts)


def generate(
    path: Path, sizes: Sizes, *, seed: int = 2026, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Create a new database at ``path`` (which must not exist) filled with generated data."""
    if path.exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    database = open_database(resolve_location(str(path)))
    try:
        with database.engine.begin() as connection:
            # A scratch file being filled in one go: durability per commit buys nothing.
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
            counts = fill(connection, sizes, seed=seed)
            filled = time.perf_counter()
            log(f"rows inserted in {filled - started:.1f} s; indexing…")
            indexed = rebuild(connection)
            refresh_all(connection)  # organisation.last_interaction_at, as the services keep it
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    done = time.perf_counter()
    return {
        "seconds": round(done - started, 1),
        "insert_seconds": round(filled - started, 1),
        "index_seconds": round(done - filled, 1),
        "rows": counts,
        "index_rows": indexed,
        "file_mb": round(path.stat().st_size / 1e6, 1),
    }


def cached_database(
    sizes: Sizes = Sizes(), *, log: Callable[[str], None] = print
) -> tuple[Path, dict[str, Any] | None]:
    """The cached generated database for these sizes and the current schema.

    Returns its path and the generation report when it had to be generated now.
    """
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-{migrate.head_revision()}-g{GENERATOR_VERSION}-{sizes.key}.sqlite3"
    if path.exists():
        return path, None
    scratch = path.with_suffix(".partial")
    for leftover in OUT.glob(scratch.name + "*"):
        leftover.unlink()
    log(f"generating {path.name} (cached for later runs)…")
    report = generate(scratch, sizes, log=log)
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    scratch.rename(path)
    return path, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    parser.add_argument("--out", type=Path, help="write here instead of the cache")
    args = parser.parse_args(argv)
    sizes = Sizes().scaled(args.scale) if args.scale != 1.0 else Sizes()
    if args.out:
        report = generate(args.out, sizes, log=lambda s: print(s, file=sys.stderr))
        print(report)
    else:
        path, report = cached_database(sizes, log=lambda s: print(s, file=sys.stderr))
        print(path, report or "(cached)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
