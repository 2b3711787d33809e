"""Automatic backups: on open when the last is a day old, on a timer after changes, on close."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.store.backups import list_backups
from biosparc_desktop.store.database import Database
from biosparc_desktop.ui.backup_scheduler import BackupScheduler

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def _scheduler(
    qtbot, database: Database, clock: Clock, interval_ms: int = 60_000
) -> BackupScheduler:  # type: ignore[no-untyped-def]
    path = database.location.sqlite_path
    assert path is not None
    return BackupScheduler(path, database.backups_dir, interval_ms=interval_ms, now=clock)


def _stamps(database: Database) -> list[datetime]:
    return [b.created_at for b in list_backups(database.backups_dir)]


def test_first_start_backs_up_at_once(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    scheduler = _scheduler(qtbot, database, Clock())
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as done:
        assert scheduler.start() is not None
    assert done.args[0].path.exists()
    assert _stamps(database) == [NOW]
    scheduler.on_close()


def test_no_backup_on_open_when_the_last_is_recent(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    database.backup(now=NOW - timedelta(hours=23))
    scheduler = _scheduler(qtbot, database, Clock())
    assert scheduler.start() is None
    assert not scheduler.running
    scheduler.on_close()
    assert _stamps(database) == [NOW - timedelta(hours=23)]  # nothing changed: none on close


def test_a_day_old_backup_is_renewed_on_open(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    database.backup(now=NOW - timedelta(days=1, minutes=1))
    scheduler = _scheduler(qtbot, database, Clock())
    with qtbot.waitSignal(scheduler.finished, timeout=10_000):
        assert scheduler.start() is not None
    scheduler.on_close()


def test_the_timer_backs_up_only_after_changes(  # type: ignore[no-untyped-def]
    qtbot, database: Database, services: Services
) -> None:
    database.backup(now=NOW - timedelta(minutes=5))
    clock = Clock()
    scheduler = _scheduler(qtbot, database, clock, interval_ms=20)
    scheduler.start()
    with qtbot.assertNotEmitted(scheduler.started, wait=100):
        pass  # ticks with nothing changed do nothing
    services.context.on_commit.append(lambda _batch, _label: scheduler.note_change())
    services.organisations.create(OrganisationDraft(name="Mirxes"))
    assert scheduler.has_unsaved_changes
    clock.now = NOW + timedelta(minutes=30)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000):
        pass
    assert not scheduler.has_unsaved_changes
    assert _stamps(database)[0] == NOW + timedelta(minutes=30)
    scheduler.on_close()


def test_close_backs_up_what_changed_since(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    database.backup(now=NOW - timedelta(minutes=5))
    clock = Clock()
    scheduler = _scheduler(qtbot, database, clock)
    scheduler.start()
    scheduler.note_change()
    clock.now = NOW + timedelta(minutes=1)
    info = scheduler.on_close()
    assert info is not None and info.created_at == NOW + timedelta(minutes=1)
    assert not scheduler.timer.isActive()


def test_a_failed_backup_says_why_and_tries_again_later(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    scheduler = BackupScheduler(tmp_path / "gone.sqlite3", tmp_path / "backups", now=Clock())
    with qtbot.waitSignal(scheduler.failed, timeout=10_000) as failed:
        scheduler.start()
    assert failed.args[0] == f"There is no database at {tmp_path / 'gone.sqlite3'} to back up."
    assert scheduler.has_unsaved_changes and scheduler.last_error == failed.args[0]
    assert scheduler.on_close() is None
