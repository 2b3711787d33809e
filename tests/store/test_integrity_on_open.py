"""Integrity on open: a damaged file is refused in words and never written to."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.errors import DatabaseDamaged, StorageError
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.store.integrity import check_file, check_integrity, read_only_connection
from tests.store.damage import break_foreign_key, corrupt_table


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _closed_demo(demo: Services, database: Database) -> Path:
    path = database.location.sqlite_path
    assert path is not None
    database.close()
    return path


def test_a_healthy_database_passes_both_checks(demo: Services, database: Database) -> None:
    path = _closed_demo(demo, database)
    report = check_file(path)
    assert report.ok and report.problems == ()
    assert check_file(path, full=True).ok
    assert "healthy" in report.describe()


def test_a_damaged_database_is_refused_and_left_byte_for_byte(
    demo: Services, database: Database, location: Location
) -> None:
    path = _closed_demo(demo, database)
    corrupt_table(path, "contact")
    before = _digest(path)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(location)
    message = caught.value.message
    assert "is damaged" in message and "nothing in it was changed" in message
    assert "biosparc restore" in message and "kept, not deleted" in message
    assert _digest(path) == before
    assert not check_file(path).ok


def test_a_broken_link_between_records_is_damage_too(
    demo: Services, database: Database, location: Location
) -> None:
    path = _closed_demo(demo, database)
    break_foreign_key(path)
    report = check_file(path)
    assert not report.ok
    assert report.problems == ("row 1 of contact points to a missing organisation",)
    with pytest.raises(DatabaseDamaged, match="points to a missing organisation"):
        open_database(location)


def test_check_through_an_open_engine_agrees(demo: Services, database: Database) -> None:
    assert check_integrity(database.engine).ok
    assert check_integrity(database.engine, full=True).ok


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Name,Email\nWei,wei@example.cn\n" * 40, "the file is not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x07" * 4000, "file is not a database"),
    ],
)
def test_files_that_are_not_databases(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    report = check_file(path)
    assert not report.ok and problem in report.problems[0]


def test_a_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        check_file(tmp_path / "gone.sqlite3")


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert check_file(path).ok
    open_database(resolve_location(str(path))).close()


def test_the_check_reads_a_database_left_by_a_crash(tmp_path: Path) -> None:
    # Commits still in the WAL (no checkpoint) must be seen by the read-only check.
    path = tmp_path / "crashed.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute("CREATE TABLE t (a)")
        connection.execute("INSERT INTO t VALUES (1)")
        connection.commit()
        shutil.copy(path, tmp_path / "main-only")
        shutil.copy(path.with_name(path.name + "-wal"), tmp_path / "wal-only")
    # As if the process had died: the main file without a checkpoint, the WAL beside it.
    shutil.copy(tmp_path / "main-only", path)
    shutil.copy(tmp_path / "wal-only", path.with_name(path.name + "-wal"))
    assert check_file(path).ok
    with read_only_connection(path) as connection:
        assert connection.execute("SELECT a FROM t").fetchall() == [(1,)]


def test_a_database_removed_while_open_refuses_writes_in_words(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    location = resolve_location(str(folder / "team.sqlite3"))
    database = open_database(location)
    services = build_services(database)
    try:
        services.organisations.create(OrganisationDraft(name="Before"))
        shutil.rmtree(folder)
        with pytest.raises(StorageError, match="is no longer there"):
            services.organisations.create(OrganisationDraft(name="After"))
        with pytest.raises(StorageError, match="is no longer there"):
            services.organisations.count()
    finally:
        database.close()


def test_a_database_replaced_behind_our_back_refuses_writes(
    services: Services, database: Database, tmp_path: Path
) -> None:
    path = database.location.sqlite_path
    assert path is not None
    services.organisations.create(OrganisationDraft(name="Mine"))
    copy = tmp_path / "synced-copy.sqlite3"
    with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    os.replace(copy, path)  # what a sync client does with a "newer" copy
    with pytest.raises(StorageError, match="was replaced by another program"):
        services.organisations.create(OrganisationDraft(name="Lost?"))
