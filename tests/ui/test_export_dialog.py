"""The export dialog: pick what, where; the file is written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def _open(qtbot, state: AppState) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_export_the_calendar(qtbot, state: AppState, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, state)
    dialog.radios["calendar"].setChecked(True)
    assert dialog.path.text().endswith("biosparc-calendar-2026-11-27.ics")
    dialog.path.setText(str(tmp_path / "mine"))  # the suffix is added
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.saved is not None, timeout=20_000)
    target = tmp_path / "mine.ics"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == dialog.saved.count > 0
    assert dialog.status.text() == f"Exported {dialog.saved.count} calendar entries to {target}."
    assert state.settings.value("export/folder") == str(tmp_path)


def test_a_folder_that_does_not_exist(qtbot, state: AppState, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, state)
    dialog.radios["contacts_csv"].setChecked(True)
    dialog.path.setText(str(tmp_path / "gone" / "contacts.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.job is None and "does not exist" in dialog.status.text(), timeout=20_000
    )
    assert dialog.saved is None
    assert dialog.export_button.isEnabled()


def test_after_saving_open_or_show_in_folder_and_the_folder_is_remembered_per_kind(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from biosparc_desktop.ui.widgets import saved_file

    opened: list[str] = []
    monkeypatch.setattr(
        saved_file.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    dialog = _open(qtbot, state)
    assert not dialog.saved_buttons.isVisible()
    dialog.radios["agreements"].setChecked(True)
    (tmp_path / "deals").mkdir()
    dialog.path.setText(str(tmp_path / "deals" / "agreements.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.saved is not None, timeout=20_000)
    assert dialog.saved_buttons.isVisible()
    dialog.saved_buttons.open_button.click()
    dialog.saved_buttons.folder_button.click()
    assert opened == [str(tmp_path / "deals" / "agreements.csv"), str(tmp_path / "deals")]
    assert dialog.saved_buttons.folder_button.text() == "Show in &folder"
    again = _open(qtbot, state)
    again.radios["agreements"].setChecked(True)
    assert again.path.text().startswith(str(tmp_path / "deals"))
