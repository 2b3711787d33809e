"""The CLI beside the open app: its reads go through at once, its writes wait, not fail."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from biosparc_desktop.config import Location
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import open_database


@contextmanager
def app_mid_save(path: Path, hold_seconds: float) -> Iterator[list[float]]:
    """Another connection holds the write lock with an unsaved change, then rolls back.

    Yields a list that gets the time the lock was released.
    """
    locked = threading.Event()
    released: list[float] = []

    def hold() -> None:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("UPDATE organisation SET name = 'half-saved'")
            locked.set()
            time.sleep(hold_seconds)
            released.append(time.monotonic())
            connection.rollback()

    thread = threading.Thread(target=hold)
    thread.start()
    assert locked.wait(10)
    try:
        yield released
    finally:
        thread.join()


@pytest.fixture
def cli(services: Services, location: Location) -> Iterator[Services]:
    """Services on a second engine of the same file, as the CLI has beside the app."""
    database = open_database(location)
    yield build_services(database)
    database.close()


def test_reads_do_not_wait_for_a_writer_and_see_only_saved_data(
    services: Services, cli: Services, location: Location
) -> None:
    services.organisations.create(OrganisationDraft(name="Saved"))
    path = location.sqlite_path
    assert path is not None
    with app_mid_save(path, hold_seconds=1.0) as released:
        names = [o.name for o in cli.organisations.rows()]
        assert not released  # answered while the writer still held its lock
    assert names == ["Saved"]


def test_a_write_waits_for_the_other_writer_instead_of_failing(
    services: Services, cli: Services, location: Location
) -> None:
    services.organisations.create(OrganisationDraft(name="Saved"))
    path = location.sqlite_path
    assert path is not None
    with app_mid_save(path, hold_seconds=0.5) as released:
        cli.organisations.create(OrganisationDraft(name="From the CLI"))
        finished = time.monotonic()
    assert released and finished >= released[0]
    assert sorted(o.name for o in services.organisations.rows()) == ["From the CLI", "Saved"]


@pytest.mark.slow
def test_the_real_cli_waits_for_the_app(services: Services, location: Location) -> None:
    org = services.organisations.create(OrganisationDraft(name="Mirxes"))
    services.organisations.delete(org.id)
    path = location.sqlite_path
    assert path is not None
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    command = [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(path)]
    # Held longer than the CLI takes to start, so its write arrives while the lock is held.
    with app_mid_save(path, hold_seconds=3.0) as released:
        result = subprocess.run(
            [*command, "trash", "restore", org.id],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )
        finished = time.monotonic()
    assert result.returncode == 0, result.stderr
    assert released and finished >= released[0]
    assert "Restored partner “Mirxes”" in result.stdout
    assert services.organisations.get(org.id).name == "Mirxes"
