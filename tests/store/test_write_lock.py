"""One writer at a time: a write takes the lock before it reads, and so does a restore.

The other writer here is a second engine on the same file (as another program
would have), holding its write open until the waiting side reports that it waits:
no sleeps, and the order of events is fixed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path

import pytest

from biosparc_desktop.config import Location
from biosparc_desktop.errors import Conflict, StorageError
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.backups import backup_to, list_backups, record_counts
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.restore import WAITING, restore_backup


@pytest.fixture
def other(location: Location) -> Iterator[Services]:
    """Services on a second engine of the same file: another program writing."""
    database = open_database(location)
    yield build_services(database)
    database.close()


def _path(location: Location) -> Path:
    assert location.sqlite_path is not None
    return location.sqlite_path


def test_a_write_reads_only_once_it_holds_the_lock(services: Services, other: Services) -> None:
    with ExitStack() as held:
        held.enter_context(other.context.write("Add partner Mirxes"))
        other.organisations.create(OrganisationDraft(name="Mirxes"))
        # The other program commits Mirxes while this write waits for the lock.
        services.context.on_write_wait = held.close
        with pytest.raises(Conflict, match="“Mirxes” already exists"):
            services.organisations.create(OrganisationDraft(name="Mirxes"))
    assert [o.name for o in services.organisations.rows()] == ["Mirxes"]


def test_a_write_that_waits_too_long_says_so_and_saves_nothing(
    services: Services, location: Location
) -> None:
    services.context.write_wait_seconds = 0.2
    with closing(sqlite3.connect(_path(location))) as holder:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="Another program has been saving to the database"):
            services.organisations.create(OrganisationDraft(name="Mirxes"))
        holder.rollback()
    assert services.organisations.count() == 0


def test_demo_checks_that_the_database_is_empty_once_it_holds_the_lock(
    services: Services, other: Services
) -> None:
    with ExitStack() as held:
        held.enter_context(other.context.write("Add partner Mirxes"))
        other.organisations.create(OrganisationDraft(name="Mirxes"))
        services.context.on_write_wait = held.close
        assert load_demo(services) is False
    assert [o.name for o in services.organisations.rows()] == ["Mirxes"]


def test_a_pre_import_backup_is_made_once_the_lock_is_held(
    services: Services, other: Services, database_backups: Path
) -> None:
    with ExitStack() as held:
        held.enter_context(other.context.write("Add partner Mirxes"))
        other.organisations.create(OrganisationDraft(name="Mirxes"))
        services.context.on_write_wait = held.close
        with services.context.write("Import", backup="pre-import"):
            pass
    [backup] = list_backups(database_backups)
    assert backup.kind == "pre-import"
    assert record_counts(backup.path).get("organisation") == 1


@pytest.fixture
def database_backups(location: Location) -> Path:
    return location.data_dir / "backups"


def test_a_restore_waits_for_the_writer_and_keeps_what_it_committed(
    demo: Services, other: Services, location: Location, tmp_path: Path
) -> None:
    path = _path(location)
    old = backup_to(path, tmp_path / "old.sqlite3")
    steps: list[str] = []
    with ExitStack() as held:
        held.enter_context(other.context.write("Add partner Committed while restoring"))
        other.organisations.create(OrganisationDraft(name="Committed while restoring"))

        def step(message: str) -> None:
            steps.append(message)
            if message == WAITING:
                held.close()  # the writer commits; the restore goes on

        result = restore_backup(old, path, location.data_dir / "backups", on_step=step)
    assert WAITING in steps
    assert result.previous is not None
    assert record_counts(result.previous).get("organisation") == 9
    assert record_counts(path).get("organisation") == 8


def test_a_restore_gives_up_in_words_and_changes_nothing(
    demo: Services, location: Location, tmp_path: Path
) -> None:
    path = _path(location)
    old = backup_to(path, tmp_path / "old.sqlite3")
    demo.organisations.create(OrganisationDraft(name="Kept"))
    backups = location.data_dir / "backups"
    with closing(sqlite3.connect(path)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(
            StorageError, match="the backup was not restored and nothing was changed"
        ):
            restore_backup(old, path, backups, wait_seconds=0.3)
        holder.rollback()
    assert record_counts(path).get("organisation") == 9
    assert not [b for b in list_backups(backups) if b.kind == "pre-restore"]
