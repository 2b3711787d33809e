"""Backups: verified online copies, rotation, listing with counts, restore that keeps the current."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from biosparc_desktop.errors import DatabaseDamaged, DatabaseTooNew, StorageError
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.backups import (
    AUTO,
    BackupInfo,
    backup_engine,
    backup_name,
    backup_to,
    keep_set,
    last_backup_at,
    list_backups,
    make_backup,
    parse_backup_name,
    record_counts,
    rotate,
)
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.store.integrity import check_file
from biosparc_desktop.store.restore import (
    move_aside,
    newest_good_backup,
    restore_backup,
    validate_backup,
)
from tests.store.damage import corrupt_table

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def _db_path(database: Database) -> Path:
    path = database.location.sqlite_path
    assert path is not None
    return path


def test_a_backup_is_a_verified_copy_listed_with_its_record_counts(
    demo: Services, database: Database
) -> None:
    info = database.backup(now=NOW)
    assert info is not None
    assert info.path.name == "auto-20261127-010000.sqlite3"
    assert info.path.parent == database.backups_dir
    assert check_file(info.path).ok
    [listed] = list_backups(database.backups_dir, with_counts=True)
    assert (listed.path, listed.created_at, listed.kind) == (info.path, NOW, AUTO)
    assert listed.counts is not None
    assert listed.counts.get("organisation") == demo.organisations.count() == 8
    assert listed.counts.summary().startswith("8 partners · 9 contacts · 6 agreements")
    # A self-contained file: reading it leaves no -wal or -shm beside it.
    assert sorted(p.name for p in database.backups_dir.iterdir()) == [info.path.name]
    assert last_backup_at(database.backups_dir) == NOW


def test_trashed_records_are_not_counted(services: Services, database: Database) -> None:
    org = services.organisations.create(OrganisationDraft(name="Mirxes"))
    services.organisations.create(OrganisationDraft(name="NCCS"))
    services.organisations.delete(org.id)
    info = database.backup(now=NOW)
    assert info is not None
    assert record_counts(info.path).get("organisation") == 1


def test_backup_of_a_live_database_has_only_committed_data(
    services: Services, database: Database
) -> None:
    services.organisations.create(OrganisationDraft(name="Committed"))
    writing = threading.Event()
    release = threading.Event()

    def half_done_action() -> None:
        with closing(sqlite3.connect(_db_path(database), timeout=10)) as other:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE organisation SET name = 'Uncommitted'")
            writing.set()
            release.wait(10)
            other.rollback()

    thread = threading.Thread(target=half_done_action)
    thread.start()
    try:
        assert writing.wait(10)
        info = make_backup(_db_path(database), database.backups_dir, now=NOW)
    finally:
        release.set()
        thread.join()
    with closing(sqlite3.connect(info.path)) as copy:
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Committed",)]


def test_two_backups_in_the_same_second_do_not_overwrite(database: Database) -> None:
    path = _db_path(database)
    first = make_backup(path, database.backups_dir, now=NOW, rotate_after=False)
    second = make_backup(path, database.backups_dir, now=NOW, rotate_after=False)
    assert first.path.name == "auto-20261127-010000.sqlite3"
    assert second.path.name == "auto-20261127-010000-2.sqlite3"
    assert len(list_backups(database.backups_dir)) == 2
    assert parse_backup_name(second.path) == (AUTO, NOW)


def test_backup_engine_for_importers(database: Database) -> None:
    info = backup_engine(database.engine, database.backups_dir, kind="pre-import")
    assert info is not None and info.kind == "pre-import"
    assert info.kind_label == "Before an import"


def test_backup_to_a_folder_or_file_never_overwrites(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    written = backup_to(_db_path(database), folder, now=NOW)
    assert written == folder / "manual-20261127-010000.sqlite3"
    target = tmp_path / "copy.sqlite3"
    assert backup_to(_db_path(database), target) == target
    with pytest.raises(StorageError, match="already exists"):
        backup_to(_db_path(database), target)


def test_backup_of_a_missing_or_damaged_database_fails_in_words(
    database: Database, tmp_path: Path
) -> None:
    with pytest.raises(StorageError, match="There is no database"):
        make_backup(tmp_path / "nothing.sqlite3", tmp_path / "backups")
    path = _db_path(database)
    database.close()
    corrupt_table(path, "contact")
    with pytest.raises(StorageError):
        make_backup(path, tmp_path / "backups", now=NOW)
    assert list((tmp_path / "backups").glob("*")) == []  # no partial copy left behind


@pytest.mark.parametrize(
    "name",
    ["notes.sqlite3", "auto-2026-11-27.sqlite3", "holiday-20261127-010000.sqlite3", "auto.txt"],
)
def test_other_files_in_the_backup_folder_are_ignored(name: str) -> None:
    assert parse_backup_name(Path(name)) is None


def test_parse_names_with_details() -> None:
    parsed = parse_backup_name(Path("pre-migration-0001-20261127-010000.sqlite3"))
    assert parsed == ("pre-migration", NOW)
    assert backup_name("pre-migration", NOW, "0001") == "pre-migration-0001-20261127-010000.sqlite3"


def _fake(kind: str, when: datetime) -> BackupInfo:
    return BackupInfo(Path(backup_name(kind, when)), when, kind, 1)


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    # Two automatic backups a day for 60 days, newest first.
    backups = [
        _fake(AUTO, NOW - timedelta(days=day, hours=hour)) for day in range(60) for hour in (0, 5)
    ]
    kept = [b for b in backups if b.path in keep_set(backups, now=NOW)]
    days = {b.created_at.astimezone().date() for b in kept}
    weeks = {b.created_at.astimezone().date().isocalendar()[:2] for b in kept}
    assert len(days) == len(kept)  # one per day at most: the newest of that day
    newest_days = sorted({b.created_at.astimezone().date() for b in backups}, reverse=True)[:7]
    assert set(newest_days) <= days
    assert len(weeks) == 4
    assert 7 <= len(kept) <= 7 + 4
    assert backups[0] in kept


def test_rotation_keeps_seven_days_even_after_a_long_pause() -> None:
    # Used on 10 days spread over a year: nothing is thrown away for being old alone.
    backups = [_fake(AUTO, NOW - timedelta(days=40 * i)) for i in range(10)]
    kept = keep_set(backups, now=NOW)
    assert {b.path for b in backups[:7]} <= kept


def test_safety_backups_are_kept_30_days_and_the_newest_of_each_kind_always() -> None:
    backups = [
        _fake("pre-restore", NOW - timedelta(days=2)),
        _fake("pre-migration", NOW - timedelta(days=20)),
        _fake("pre-restore", NOW - timedelta(days=45)),
        _fake("pre-migration", NOW - timedelta(days=90)),
        _fake("pre-import", NOW - timedelta(days=400)),
    ]
    kept = keep_set(backups, now=NOW)
    assert kept == {backups[0].path, backups[1].path, backups[4].path}


def test_rotate_removes_files_and_leftover_partials(database: Database) -> None:
    path = _db_path(database)
    for day in range(30):
        make_backup(path, database.backups_dir, now=NOW - timedelta(days=day), rotate_after=False)
    partial = database.backups_dir / "auto-20261101-000000.sqlite3.partial"
    partial.write_bytes(b"half a copy")
    removed = rotate(database.backups_dir, now=NOW)
    # Friday 27 Nov: the 7 days back to Saturday 21, then the newest of the two weeks
    # before (Sundays 15 and 8 Nov); the current and previous weeks are already covered.
    kept = [b.created_at.astimezone().day for b in list_backups(database.backups_dir)]
    assert kept == [27, 26, 25, 24, 23, 22, 21, 15, 8]
    assert len(removed) == 21
    assert not partial.exists()


def test_validate_refuses_damaged_foreign_and_newer_files(
    database: Database, tmp_path: Path
) -> None:
    good = database.backup(now=NOW)
    assert good is not None
    assert validate_backup(good.path).get("organisation") == 0
    not_db = tmp_path / "letter.sqlite3"
    not_db.write_text("Dear partner, " * 100)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        validate_backup(not_db)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text)")
    with pytest.raises(DatabaseDamaged, match="not a Biosparc Desktop database"):
        validate_backup(other)
    newer = tmp_path / "newer.sqlite3"
    backup_to(good.path, newer)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        connection.commit()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        validate_backup(newer)
    with pytest.raises(StorageError, match="no backup file"):
        validate_backup(tmp_path / "missing.sqlite3")


def test_restore_replaces_the_data_and_keeps_the_current_database(
    services: Services, database: Database
) -> None:
    services.organisations.create(OrganisationDraft(name="Before"))
    backup = database.backup(now=NOW)
    assert backup is not None
    services.organisations.create(OrganisationDraft(name="After"))
    path = _db_path(database)

    result = restore_backup(backup.path, path, database.backups_dir, now=NOW + timedelta(hours=1))

    assert result.counts.get("organisation") == 1
    assert result.previous is not None and not result.previous_was_damaged
    assert result.previous.name.startswith("pre-restore-")
    assert record_counts(result.previous).get("organisation") == 2
    # Connections already open see the restored data at once; a reopen sees it too.
    assert [o.name for o in services.organisations.rows()] == ["Before"]
    database.close()
    reopened = open_database(database.location)
    try:
        assert [o.name for o in build_services(reopened).organisations.rows()] == ["Before"]
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        reopened.close()


def test_restore_over_a_damaged_database_moves_it_aside(
    services: Services, database: Database
) -> None:
    services.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    backup = database.backup(now=NOW)
    assert backup is not None
    path = _db_path(database)
    database.close()
    corrupt_table(path, "contact")
    damaged_bytes = path.read_bytes()

    result = restore_backup(backup.path, path, database.backups_dir, now=NOW)

    assert result.previous_was_damaged and result.previous is not None
    assert result.previous.name == "test.sqlite3.damaged-20261127-010000"
    assert result.previous.read_bytes() == damaged_bytes  # kept, byte for byte
    assert check_file(path).ok
    reopened = open_database(database.location)
    try:
        assert build_services(reopened).contacts.count() == 1
    finally:
        reopened.close()


def test_restore_refuses_the_database_itself_and_bad_backups(
    database: Database, tmp_path: Path
) -> None:
    path = _db_path(database)
    backup = database.backup(now=NOW)
    assert backup is not None
    with pytest.raises(StorageError, match="the database itself"):
        restore_backup(path, path, database.backups_dir)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        restore_backup(bad, path, database.backups_dir)
    assert path.read_bytes() == before
    assert len(list_backups(database.backups_dir)) == 1  # nothing made for a refused restore


def test_restore_when_there_is_no_database_yet(database: Database, tmp_path: Path) -> None:
    backup = database.backup(now=NOW)
    assert backup is not None
    fresh = tmp_path / "fresh" / "new.sqlite3"
    fresh.parent.mkdir()
    result = restore_backup(backup.path, fresh, tmp_path / "fresh-backups")
    assert result.previous is None
    assert check_file(fresh).ok


def test_newest_good_backup_skips_damaged_ones(database: Database) -> None:
    older = database.backup(now=NOW - timedelta(days=1))
    newer = database.backup(now=NOW)
    assert older is not None and newer is not None
    corrupt_table(newer.path, "organisation")
    found = newest_good_backup(database.backups_dir)
    assert found is not None and found.path == older.path and found.counts is not None
    corrupt_table(older.path, "organisation")
    assert newest_good_backup(database.backups_dir) is None


def test_move_aside_takes_the_wal_along(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    for name in ("db.sqlite3", "db.sqlite3-wal", "db.sqlite3-shm"):
        (tmp_path / name).write_text(name)
    aside = move_aside(path, now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "db.sqlite3.damaged-20261127-010000",
        "db.sqlite3.damaged-20261127-010000-shm",
        "db.sqlite3.damaged-20261127-010000-wal",
    ]
    assert aside.with_name(aside.name + "-wal").read_text() == "db.sqlite3-wal"
    path.write_text("again")
    assert move_aside(path, now=NOW).name == "db.sqlite3.damaged-20261127-010000-2"
