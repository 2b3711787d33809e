"""Data-safety benchmark: backup and open-time checks of a 300 MB database, commit latency.

    .venv/bin/python -m bench.safety_bench [--size-mb 300] [--cold] [--edits 300]

Targets: a backup in under 2 s, ``quick_check`` on open in under 0.5 s, a saved
edit committed in under 50 ms at the 99th percentile. The database is built once
(bulk SQL into the real schema) and kept in bench/out/ for later runs. ``--cold``
also times the checks after dropping the page cache (Linux, root), as after a reboot.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.backups import make_backup
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.integrity import check_file, read_only_connection

OUT = Path(__file__).resolve().parent / "out"
NOTES = (
    "Met the partner's BD lead about the joint diagnostics programme; agreed next steps "
    "on the clinical validation cohort, data sharing terms and the signing ceremony. "
    "会议讨论了联合诊断项目、临床验证队列以及数据共享条款。"
)


def build(path: Path, size_mb: int) -> None:
    """The real schema through migrations, then partners, contacts and interactions in bulk."""
    open_database(resolve_location(str(path))).close()
    rng = random.Random(7)
    now = datetime(2026, 11, 27, tzinfo=UTC).replace(tzinfo=None)
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA synchronous=OFF")  # building the fixture, not measuring it
        orgs = 20_000
        db.executemany(
            "INSERT INTO organisation (public_id, created_at, updated_at, name, kind, stage) "
            "VALUES (?, ?, ?, ?, 'other', 'prospect')",
            ((str(uuid.uuid4()), now, now, f"Partner {n:05d}") for n in range(orgs)),
        )
        batch = 0
        while path.stat().st_size < size_mb * 1_000_000:
            base = batch * 10_000
            contacts = [
                (
                    str(uuid.uuid4()),
                    now,
                    now,
                    f"Given{n}",
                    f"Family{n}",
                    f"family{n} given{n}",
                    rng.randint(1, orgs),
                    NOTES,
                )
                for n in range(base, base + 10_000)
            ]
            db.executemany(
                "INSERT INTO contact (public_id, created_at, updated_at, given_name, family_name,"
                " sort_name, organisation_id, name_order, preferred_language, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'given_first', 'en', ?)",
                contacts,
            )
            first_id = db.execute("SELECT max(id) FROM contact").fetchone()[0] - 9_999
            db.executemany(
                "INSERT INTO contact_email (public_id, created_at, updated_at, contact_id, address,"
                " position) VALUES (?, ?, ?, ?, ?, 0)",
                (
                    (str(uuid.uuid4()), now, now, first_id + i, f"p{base + i}@example.cn")
                    for i in range(10_000)
                ),
            )
            db.executemany(
                "INSERT INTO interaction (public_id, created_at, updated_at, kind, occurred_at,"
                " timezone, summary) VALUES (?, ?, ?, 'meeting', ?, 'Asia/Shanghai', ?)",
                (
                    (
                        str(uuid.uuid4()),
                        now,
                        now,
                        now - timedelta(days=rng.randint(0, 2000)),
                        NOTES * 3,
                    )
                    for _ in range(10_000)
                ),
            )
            db.commit()
            batch += 1
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def quick_check_only(path: Path) -> None:
    with read_only_connection(path) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def fk_check_only(path: Path) -> None:
    with read_only_connection(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchone() is None


def report(name: str, times: list[float], target: float | None = None) -> None:
    """One line of figures; the verdict compares the 99th percentile with the target."""
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    verdict = "" if target is None else ("  OK" if p99 <= target * 1000 else "  OVER TARGET")
    print(
        f"{name:<42} median {statistics.median(ms):8.1f} ms  p99 {p99:8.1f} ms  "
        f"max {max(ms):8.1f} ms  (n={len(ms)}){verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=300)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--cold", action="store_true", help="also time after dropping caches")
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    path = OUT / f"safety-{args.size_mb}mb.sqlite3"
    if not path.exists():
        print(f"Building {path} (once)…")
        build(path, args.size_mb)
    print(f"Database: {path} ({path.stat().st_size / 1e6:.0f} MB)")

    with tempfile.TemporaryDirectory() as tmp:
        backups = Path(tmp)
        report(
            "backup (online API + quick_check)",
            timed(lambda: make_backup(path, backups, kind="manual", rotate_after=False), 3),
            2.0,
        )
        report("quick_check alone", timed(lambda: quick_check_only(path), 5), 0.5)
        report("foreign_key_check alone", timed(lambda: fk_check_only(path), 3))
        report("open-time check (quick_check + FKs)", timed(lambda: check_file(path), 3))
        report(
            "open_database (checks, version)",
            timed(lambda: open_database(resolve_location(str(path))).close(), 3),
        )
        if args.cold:
            cold: dict[str, list[float]] = {"backup": [], "quick": [], "open": []}
            for _ in range(3):
                if not drop_caches():
                    print("(cannot drop the page cache here: not root or not Linux)")
                    break
                cold["quick"] += timed(lambda: quick_check_only(path), 1)
                drop_caches()
                cold["open"] += timed(lambda: check_file(path), 1)
                drop_caches()
                cold["backup"] += timed(
                    lambda: make_backup(path, backups, kind="manual", rotate_after=False), 1
                )
            for key, label in (
                ("quick", "quick_check, cold cache"),
                ("open", "open-time check, cold cache"),
                ("backup", "backup, cold cache"),
            ):
                if cold[key]:
                    report(label, cold[key])

    database = open_database(resolve_location(str(path)))
    services = build_services(database)
    try:
        org = services.organisations.create(OrganisationDraft(name=f"Bench {uuid.uuid4()}"))
        names = [f"{org.name} edit {n}" for n in range(args.edits)]
        edits = iter(names)
        report(
            "saved edit (one action, FULL sync)",
            timed(
                lambda: services.organisations.update(org.id, OrganisationDraft(name=next(edits))),
                args.edits,
            ),
            0.05,
        )
        services.organisations.delete(org.id)
    finally:
        database.close()


if __name__ == "__main__":
    main()
