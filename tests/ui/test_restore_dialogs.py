"""Restore from backup… and the damaged-database dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from biosparc_desktop.services.registry import Services
from biosparc_desktop.store.backups import BackupInfo, backup_to
from biosparc_desktop.store.database import Database
from biosparc_desktop.store.restore import newest_good_backup
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.damaged_dialog import DamagedDialog
from biosparc_desktop.ui.dialogs.restore_dialog import RestoreDialog
from tests.store.damage import corrupt_table
from tests.ui.safety_fixtures import make_state

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


@pytest.fixture
def safety_state(demo: Services, tmp_path: Path) -> AppState:
    return make_state(demo, tmp_path)


def _open(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answers(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def test_backups_are_listed_newest_first_with_their_records(  # type: ignore[no-untyped-def]
    qtbot, safety_state: AppState, database: Database
) -> None:
    database.backup(now=NOW - timedelta(days=1))
    database.backup("pre-import", now=NOW)
    dialog = _open(qtbot, RestoreDialog(safety_state))
    first, second = dialog.list.topLevelItem(0), dialog.list.topLevelItem(1)
    assert first is not None and second is not None
    assert first.text(1) == "Before an import" and second.text(1) == "Automatic"
    assert first.text(0).startswith("27 Nov 2026")
    assert first.text(2).startswith("8 partners · 9 contacts · 6 agreements")
    assert first.text(3).endswith(" MB")
    assert dialog.selected_path() == database.backups_dir / "pre-import-20261127-010000.sqlite3"
    assert dialog.ok_button.isEnabled()


def test_no_backups_yet(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, RestoreDialog(safety_state))
    assert dialog.list.topLevelItem(0).text(0).startswith("No backups yet")  # type: ignore[union-attr]
    assert not dialog.ok_button.isEnabled()


def test_restore_asks_then_hands_back_the_chosen_backup(  # type: ignore[no-untyped-def]
    qtbot, safety_state: AppState, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = database.backup(now=NOW)
    assert info is not None
    dialog = _open(qtbot, RestoreDialog(safety_state))

    asked = _answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen_path() is None
    assert "Replace the data now in Biosparc Desktop (8 partners" in asked[0]
    assert "The current data is kept as a backup first" in asked[0]

    _answers(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_path() == info.path


def test_a_backup_damaged_since_listing_is_refused(  # type: ignore[no-untyped-def]
    qtbot, safety_state: AppState, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = database.backup(now=NOW)
    assert info is not None
    dialog = _open(qtbot, RestoreDialog(safety_state))
    corrupt_table(info.path, "contact")
    shown = _warnings(monkeypatch)
    _answers(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert shown and "is damaged" in shown[0] and "choose another backup" in shown[0]
    assert dialog.chosen_path() is None and dialog.isVisible()


def test_choose_a_backup_file_from_elsewhere(  # type: ignore[no-untyped-def]
    qtbot,
    safety_state: AppState,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = tmp_path / "usb" / "copy for the trip.sqlite3"
    elsewhere.parent.mkdir()
    path = database.location.sqlite_path
    assert path is not None
    backup_to(path, elsewhere)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(elsewhere), ""))
    dialog = _open(qtbot, RestoreDialog(safety_state))
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_path() == elsewhere
    row = dialog.list.topLevelItem(0)
    assert row is not None and row.text(1) == "Made by hand"

    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear partner, " * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(letter), ""))
    shown = _warnings(monkeypatch)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert shown and "damaged" in shown[0]
    assert dialog.list.topLevelItemCount() == 1


def test_damaged_dialog_offers_the_newest_good_backup(  # type: ignore[no-untyped-def]
    qtbot, database: Database, demo: Services
) -> None:
    database.backup(now=NOW)
    good = newest_good_backup(database.backups_dir)
    assert good is not None
    path = database.location.sqlite_path
    assert path is not None
    dialog = _open(qtbot, DamagedDialog(path, "The database is damaged (page 12).", good))
    assert dialog.restore_button is not None and dialog.restore_button.isEnabled()
    advice = dialog.advice.text()
    assert "restore the newest good backup, made on 27 Nov 2026" in advice
    assert "8 partners" in advice and "moved aside" in advice and "kept" in advice
    assert "page 12" in dialog.details.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_damaged_dialog_without_a_backup_only_quits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, DamagedDialog(tmp_path / "crm.sqlite3", "Damaged.", None))
    assert dialog.restore_button is None
    assert "There is no good backup" in dialog.advice.text()
    assert "do not delete it" in dialog.advice.text()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_backup_info_labels() -> None:
    info = BackupInfo(Path("x"), NOW, "pre-restore", 1)
    assert info.kind_label == "Before a restore"
