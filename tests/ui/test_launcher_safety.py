"""Start-up safety: damaged database, restore and reopen, one instance, risky folders, Trash purge."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.errors import StorageError
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store import early_check
from biosparc_desktop.store.backups import list_backups, make_backup
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.integrity import IntegrityReport
from biosparc_desktop.ui import launcher
from biosparc_desktop.ui.dialogs.damaged_dialog import DamagedDialog
from biosparc_desktop.ui.single_instance import SingleInstance
from tests.store.damage import corrupt_table

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_file(tmp_path: Path) -> Location:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    database = open_database(location)
    load_demo(build_services(database))
    database.close()
    return location


@pytest.fixture
def run(qtbot, demo_file: Location, tmp_path: Path) -> Iterator[launcher.Launch]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    launch = launcher.Launch(
        app, demo_file, tmp_path / "log.txt", load_demo_data=False, settings=settings
    )
    yield launch
    launch.stop()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *a: shown.append(text))
    return shown


def _path(location: Location) -> Path:
    path = location.sqlite_path
    assert path is not None
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _choose(monkeypatch: pytest.MonkeyPatch, code: QDialog.DialogCode) -> list[DamagedDialog]:
    seen: list[DamagedDialog] = []

    def exec_(dialog: DamagedDialog) -> int:
        seen.append(dialog)
        return int(code.value)

    monkeypatch.setattr(DamagedDialog, "exec", exec_)
    return seen


def test_a_damaged_database_is_restored_from_the_newest_good_backup(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    path = _path(demo_file)
    make_backup(path, run.backups_dir)
    corrupt_table(path, "contact")
    damaged = _digest(path)
    dialogs = _choose(monkeypatch, QDialog.DialogCode.Accepted)

    database = run.open()

    assert database is not None
    assert dialogs and dialogs[0].backup is not None
    assert build_services(database).contacts.count() == 9
    database.close()
    [aside] = [
        p
        for p in path.parent.glob("crm.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert _digest(aside) == damaged  # moved aside, not deleted
    assert messages and "was restored" in messages[0] and str(aside) in messages[0]


def test_quitting_at_the_damage_dialog_leaves_the_file_alone(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path(demo_file)
    corrupt_table(path, "contact")
    before = _digest(path)
    dialogs = _choose(monkeypatch, QDialog.DialogCode.Rejected)
    assert run.open() is None
    assert dialogs and dialogs[0].backup is None  # there was no backup to offer
    assert _digest(path) == before
    assert list(path.parent.glob("*.damaged-*")) == []


def test_other_problems_are_explained_in_a_dialog(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location, messages: list[str]
) -> None:
    with closing(sqlite3.connect(_path(demo_file))) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        connection.commit()
    assert run.open() is None
    assert messages and "newer version of Biosparc Desktop" in messages[0]


def test_restore_from_the_running_app_swaps_the_database_and_reopens(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location
) -> None:
    path = _path(demo_file)
    backup = make_backup(path, run.backups_dir, kind="manual")
    database = run.open()
    assert database is not None
    window = run.start(database)
    window.state.services.organisations.create(OrganisationDraft(name="Added after the backup"))
    assert window.state.services.organisations.count() == 9

    run.request_restore(str(backup.path))
    assert not window.isVisible()
    chosen = run.stop()
    assert chosen == backup.path and run.database is None
    reopened = run.restore_and_reopen(chosen)

    assert reopened is not None
    assert build_services(reopened).organisations.count() == 8
    kinds = [b.kind for b in list_backups(run.backups_dir)]
    assert "pre-restore" in kinds  # what was replaced is kept
    new_window = run.start(reopened)
    assert new_window is not window and new_window.state.services.organisations.count() == 8


def test_a_refused_restore_reopens_the_current_database(  # type: ignore[no-untyped-def]
    run: launcher.Launch, tmp_path: Path, messages: list[str]
) -> None:
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("not a backup " * 100)
    database = run.restore_and_reopen(letter)
    assert database is not None
    assert build_services(database).organisations.count() == 8
    database.close()
    assert messages and "damaged" in messages[0]


def test_start_purges_the_trash_of_records_over_30_days_old(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location
) -> None:
    database = open_database(demo_file)
    services = build_services(database)
    old = services.organisations.create(OrganisationDraft(name="Long gone"))
    recent = services.organisations.create(OrganisationDraft(name="Just deleted"))
    services.organisations.delete(old.id)
    services.organisations.delete(recent.id)
    with closing(sqlite3.connect(_path(demo_file))) as connection:
        stamp = (datetime.now(UTC) - timedelta(days=31)).replace(tzinfo=None)
        connection.execute(
            "UPDATE organisation SET deleted_at = ? WHERE public_id = ?", (stamp, old.id)
        )
        connection.commit()
    database.close()
    window = run.start(run.open())  # type: ignore[arg-type]
    assert [i.title for i in window.state.services.trash.rows()] == ["Just deleted"]
    assert window.state.undo_label() is None  # the purge is not an undo step of the user


def test_a_cloud_folder_is_warned_about_until_told_not_to(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "Dropbox" / "crm.sqlite3"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    run = launcher.Launch(app, location, tmp_path / "log.txt", settings=settings)
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        box.checkBox().setChecked(True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    run.warn_about_location()
    assert len(shown) == 1 and "Dropbox folder" in shown[0]
    run.warn_about_location()
    assert len(shown) == 1  # the user said not to warn again


def test_a_second_launch_hands_over_to_the_first(  # type: ignore[no-untyped-def]
    qtbot, demo_file: Location, capsys: pytest.CaptureFixture[str]
) -> None:
    first = SingleInstance(_path(demo_file))
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            code = launcher.launch(
                location=demo_file, view="today", screenshot=None, size="", load_demo_data=False
            )
        assert code == 0
        assert "already has this database open" in capsys.readouterr().out
    finally:
        first.close()


def _verdict_after_the_window_is_built(
    monkeypatch: pytest.MonkeyPatch, report: IntegrityReport
) -> list[str]:
    """The open-time check answers only once the window has been built (as on a big file)."""
    release = threading.Event()
    steps: list[str] = []

    def check_file(_path: Path, *, full: bool = False) -> IntegrityReport:
        release.wait(10)
        steps.append("verdict")
        return report

    original = launcher.Launch._make_window

    def make_window(self: launcher.Launch, state: Any, view: str | None = None) -> Any:
        window = original(self, state, view)
        steps.append("window built")
        release.set()
        return window

    monkeypatch.setattr(early_check, "check_file", check_file)
    monkeypatch.setattr(launcher.Launch, "_make_window", make_window)
    return steps


def test_the_window_is_built_during_the_check_and_writes_wait_for_it(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path(demo_file)
    database = open_database(demo_file)
    services = build_services(database)
    old = services.organisations.create(OrganisationDraft(name="Long gone"))
    services.organisations.delete(old.id)
    database.close()
    with closing(sqlite3.connect(path)) as connection:
        stamp = (datetime.now(UTC) - timedelta(days=31)).replace(tzinfo=None)
        connection.execute(
            "UPDATE organisation SET deleted_at = ? WHERE public_id = ?", (stamp, old.id)
        )
        connection.commit()
    steps = _verdict_after_the_window_is_built(monkeypatch, IntegrityReport(ok=True, problems=()))
    early_check.start_check(path)
    opened = run.open()
    assert opened is not None and not opened.verified
    window = run.start(opened)
    assert steps == ["window built", "verdict"]
    assert opened.verified and window.isVisible()
    assert window.state.services.trash.rows() == []  # the purge ran once writing was allowed
    assert window.state.undo_label() is None  # and is not an undo step of the user
    # Writing is open: an edit reaches the file (read back by another connection).
    saved = window.state.services.organisations.create(
        OrganisationDraft(name="Saved after the check")
    )
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        row = connection.execute(
            "SELECT name FROM organisation WHERE public_id = ?", (saved.id,)
        ).fetchone()
    assert row == ("Saved after the check",)


def test_a_damaged_verdict_during_start_closes_the_window_and_offers_the_backup(  # type: ignore[no-untyped-def]
    run: launcher.Launch, demo_file: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path(demo_file)
    before = _digest(path)
    steps = _verdict_after_the_window_is_built(
        monkeypatch, IntegrityReport(ok=False, problems=("page 3 is bad",))
    )
    dialogs = _choose(monkeypatch, QDialog.DialogCode.Rejected)
    early_check.start_check(path)
    assert run.run() == 2
    assert steps == ["window built", "verdict"]
    assert dialogs and "page 3 is bad" in dialogs[0].details.text()
    assert run.window is None and run.database is None
    assert _digest(path) == before


def test_a_check_that_cannot_run_during_start_is_explained_and_closes_everything(  # type: ignore[no-untyped-def]
    run: launcher.Launch,
    demo_file: Location,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    release = threading.Event()

    def busy(_path: Path, *, full: bool = False) -> IntegrityReport:
        release.wait(10)
        raise StorageError.of(
            "The database {path} is busy in another program; try again in a moment.",
            path=str(_path),
        )

    original = launcher.Launch._make_window

    def make_window(self: launcher.Launch, state: Any, view: str | None = None) -> Any:
        window = original(self, state, view)
        release.set()
        return window

    monkeypatch.setattr(early_check, "check_file", busy)
    monkeypatch.setattr(launcher.Launch, "_make_window", make_window)
    early_check.start_check(_path(demo_file))
    assert run.run() == 2
    assert messages and "busy in another program" in messages[0]
    assert run.window is None and run.database is None


def test_the_garbage_collector_is_back_on_once_the_window_is_up(  # type: ignore[no-untyped-def]
    qtbot, run: launcher.Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    monkeypatch.setattr(launcher, "GC_AFTER_START_MS", 10)
    gc.disable()  # as app.main does while the modules load
    try:
        database = run.open()
        assert database is not None
        window = run.start(database)
        assert window.isVisible()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
        assert gc.get_freeze_count() > 0  # what start-up built is out of the collector's way
        run.stop()
        assert gc.get_freeze_count() == 0  # closed (or restored): it may be collected again
    finally:
        gc.unfreeze()
        gc.enable()
