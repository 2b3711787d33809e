"""Real ``biosparc`` processes writing at once: one writer at a time, nothing lost.

The test holds the write lock (as a program in the middle of saving does) until
each command has said that it waits, then lets them go in whatever order SQLite
gives them the lock; the assertions hold for either order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.backups import backup_to, list_backups
from biosparc_desktop.store.database import open_database
from tests.cli.writers import (
    contacts_csv,
    finish,
    live_contacts,
    start_cli,
    wait_until_waiting,
    write_lock_held,
)

pytestmark = pytest.mark.slow
PEOPLE = 300


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    database = open_database(resolve_location(str(path)))
    load_demo(build_services(database))
    database.close()
    return path


def _summary(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("Imported "))


def test_two_imports_at_once_run_one_after_the_other(demo_db: Path, tmp_path: Path) -> None:
    people = contacts_csv(tmp_path / "people.csv", PEOPLE)
    with write_lock_held(demo_db):
        first = start_cli(demo_db, "import", "contacts", str(people))
        wait_until_waiting(first)
        second = start_cli(demo_db, "import", "contacts", str(people))
        wait_until_waiting(second)
    results = [finish(first), finish(second)]
    assert [code for code, _, _ in results] == [0, 0], results
    # The second ran against what the first wrote: every row was already there.
    assert sorted(_summary(out) for _, out, _ in results) == [
        f"Imported people.csv: 0 created, 0 merged, {PEOPLE} skipped, 0 rejected.",
        f"Imported people.csv: {PEOPLE} created, 0 merged, 0 skipped, 0 rejected.",
    ]
    assert live_contacts(demo_db) == 9 + PEOPLE


def test_a_restore_during_an_import_loses_nothing(demo_db: Path, tmp_path: Path) -> None:
    old = backup_to(demo_db, tmp_path / "old.sqlite3")
    people = contacts_csv(tmp_path / "people.csv", PEOPLE)
    with write_lock_held(demo_db):
        importing = start_cli(demo_db, "import", "contacts", str(people))
        wait_until_waiting(importing)
        restoring = start_cli(demo_db, "restore", str(old))
        wait_until_waiting(restoring)
    results = [finish(importing), finish(restoring)]
    assert [code for code, _, _ in results] == [0, 0], results
    backups = list_backups(demo_db.with_name("crm.sqlite3.files") / "backups")
    [before_restore] = [b.path for b in backups if b.kind == "pre-restore"]
    # Import then restore: the import is in the pre-restore backup. Restore then
    # import: it is in the database. Either way it is somewhere.
    assert sorted([live_contacts(before_restore), live_contacts(demo_db)]) == [9, 9 + PEOPLE]


def test_demo_waits_and_then_finds_the_import(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    open_database(resolve_location(str(db))).close()
    people = contacts_csv(tmp_path / "people.csv", PEOPLE)
    with write_lock_held(db):
        importing = start_cli(db, "import", "contacts", str(people))
        wait_until_waiting(importing)
        demo = start_cli(db, "demo")
        wait_until_waiting(demo)
    (import_code, _, import_err), (demo_code, demo_out, demo_err) = finish(importing), finish(demo)
    assert import_code == 0 and demo_code == 0, (import_err, demo_err)
    if "already has data" in demo_out:  # the import went first: no demo mixed in
        assert live_contacts(db) == PEOPLE
    else:  # the demo went first; the import came after it
        assert live_contacts(db) == 9 + PEOPLE
