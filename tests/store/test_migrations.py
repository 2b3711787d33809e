"""Migrations: from empty, the round trip, and databases we must refuse."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from biosparc_desktop.cli.main import main
from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.domain.models import Base
from biosparc_desktop.errors import DatabaseDamaged, DatabaseTooNew, StorageError
from biosparc_desktop.search.schema import include_object
from biosparc_desktop.store import migrate
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.engine import make_engine


def test_upgrade_from_empty_matches_the_models(location: Location) -> None:
    db = open_database(location)
    try:
        with db.engine.connect() as connection:
            # The full-text index is raw SQL, not ORM metadata: leave it out, as env.py does.
            context = MigrationContext.configure(
                connection, opts={"include_object": include_object}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()


def test_downgrade_and_upgrade_round_trip(location: Location) -> None:
    db = open_database(location)
    try:
        tables = set(inspect(db.engine).get_table_names())
        migrate.downgrade(db.engine, "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(db.engine)
        assert set(inspect(db.engine).get_table_names()) == tables
    finally:
        db.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_database_from_a_newer_version_is_refused_and_untouched(
    location: Location, journal_mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        connection.commit()
        # A newer version's backup, or a file copied from another machine, is not in WAL mode.
        connection.execute(f"PRAGMA journal_mode={journal_mode}")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Biosparc Desktop"):
        open_database(location)
    assert path.read_bytes() == before
    assert main(["--db", str(path), "partners", "list"]) == 2
    assert "the file was not changed" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(location: Location) -> None:
    path = location.sqlite_path
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is a spreadsheet, not a database" * 10)
    with pytest.raises(DatabaseDamaged, match="is not a Biosparc database"):
        open_database(location)
    assert path.read_bytes().startswith(b"this is a spreadsheet")


def test_old_schema_is_backed_up_before_migrating(location: Location) -> None:
    db = open_database(location)
    migrate.downgrade(db.engine, "base")
    # Pretend an older release left the database at revision 0001 with data in it.
    migrate.upgrade(db.engine, "0001")
    db.close()
    heads = migrate.head_revision()
    if heads == "0001":
        pytest.skip("only one revision so far: nothing to migrate from")
    open_database(location).close()
    backups = list((location.data_dir / "backups").glob("pre-migration-0001-*.sqlite3"))
    assert len(backups) == 1


def test_the_default_data_folder_that_cannot_be_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BIOSPARC_DATA_DIR", str(blocker / "sub"))
    with pytest.raises(StorageError, match="cannot be created"):
        open_database(resolve_location())


def test_read_only_engine_cannot_write(location: Location) -> None:
    open_database(location).close()
    engine = make_engine(location.url, read_only=True)
    try:
        with engine.connect() as connection, pytest.raises(Exception, match="readonly"):
            connection.exec_driver_sql("CREATE TABLE x (a)")
    finally:
        engine.dispose()


def test_head_revision_constant_is_alembics_head() -> None:
    # Start-up trusts HEAD_REVISION so as not to load Alembic; it must name the newest file.
    assert migrate.script_head_revision() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_a_stamped_revision_that_is_not_the_head_is_migrated(location: Location) -> None:
    db = open_database(location)
    migrate.downgrade(db.engine, "0001")
    assert migrate.current_revision(db.engine) == "0001"
    db.close()
    db = open_database(location)
    try:
        assert migrate.current_revision(db.engine) == migrate.HEAD_REVISION
    finally:
        db.close()
