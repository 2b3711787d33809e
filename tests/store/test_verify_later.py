"""Opening while the integrity check finishes: reads at once, writes only after its verdict."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.errors import DatabaseDamaged, StorageError
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store import early_check
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.integrity import IntegrityReport


def _slow_check(monkeypatch: pytest.MonkeyPatch, report: IntegrityReport) -> threading.Event:
    """Make the early check wait for the returned event, then give ``report``."""
    release = threading.Event()

    def check_file(_path: Path, *, full: bool = False) -> IntegrityReport:
        release.wait(10)
        return report

    monkeypatch.setattr(early_check, "check_file", check_file)
    return release


def test_open_with_verify_later_reads_at_once_and_writes_after_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    release = _slow_check(monkeypatch, IntegrityReport(ok=True, problems=()))
    early_check.start_check(path)
    database = open_database(location, verify_later=True)
    try:
        assert not database.verified
        services = build_services(database)
        assert services.organisations.count() == 0  # reads work before the verdict
        with pytest.raises(StorageError):
            services.organisations.create(OrganisationDraft(name="Too early"))
        release.set()
        database.confirm_intact()
        assert database.verified
        services.organisations.create(OrganisationDraft(name="After the check"))
        assert services.organisations.count() == 1
    finally:
        database.close()


def test_a_damaged_verdict_raises_and_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    before = path.read_bytes()
    release = _slow_check(monkeypatch, IntegrityReport(ok=False, problems=("page 3 is bad",)))
    early_check.start_check(path)
    database = open_database(location, verify_later=True)
    try:
        release.set()
        with pytest.raises(DatabaseDamaged, match="page 3 is bad"):
            database.confirm_intact()
        assert not database.verified
    finally:
        database.close()
    assert path.read_bytes() == before


def test_a_damaged_verdict_leaves_the_file_and_its_wal_exactly_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A crash left committed pages in the WAL: opening for writing would set the
    # journal mode up and closing would checkpoint them into the damaged file.
    source = tmp_path / "live.sqlite3"
    open_database(resolve_location(str(source))).close()
    with closing(sqlite3.connect(source)) as live:
        live.execute("PRAGMA wal_autocheckpoint=0")
        live.execute("CREATE TABLE scratch (body TEXT)")
        live.execute("INSERT INTO scratch VALUES ('in the WAL only')")
        live.commit()
        crashed = tmp_path / "crashed.sqlite3"
        for suffix in ("", "-wal", "-shm"):  # the files as a crash would leave them
            shutil.copyfile(f"{source}{suffix}", f"{crashed}{suffix}")
    wal = Path(f"{crashed}-wal")
    before = (crashed.read_bytes(), wal.read_bytes())
    assert before[1]  # there is something in the WAL
    release = _slow_check(monkeypatch, IntegrityReport(ok=False, problems=("page 9 is bad",)))
    early_check.start_check(crashed)
    database = open_database(resolve_location(str(crashed)), verify_later=True)
    build_services(database).organisations.count()  # the window reads while it waits
    release.set()
    with pytest.raises(DatabaseDamaged):
        database.confirm_intact()
    database.close()
    assert (crashed.read_bytes(), wal.read_bytes()) == before


def test_a_check_that_cannot_run_is_raised_by_confirm_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    release = threading.Event()

    def busy(_path: Path, *, full: bool = False) -> IntegrityReport:
        release.wait(10)
        raise StorageError("The database is busy in another program; try again in a moment.")

    monkeypatch.setattr(early_check, "check_file", busy)
    early_check.start_check(path)
    database = open_database(location, verify_later=True)
    release.set()
    with pytest.raises(StorageError, match="busy"):
        database.confirm_intact()
    assert not database.verified
    database.close()
