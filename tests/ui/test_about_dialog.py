"""Help → About: version, data folder with a button to open it, and the bundled licences."""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from biosparc_desktop import __version__
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs import about_dialog
from biosparc_desktop.ui.dialogs.about_dialog import (
    AboutDialog,
    bundled_libraries,
    library_licence,
)


@pytest.fixture
def about_state(services: Services, tmp_path: Path) -> AppState:
    return AppState(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot, about_state: AppState) -> AboutDialog:  # type: ignore[no-untyped-def]
    widget = AboutDialog(about_state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _table_rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    rows = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(3)]
        assert all(cell is not None for cell in cells)
        name, version, licence = (cell.text() for cell in cells if cell is not None)
        rows[name] = (version, licence)
    return rows


@pytest.mark.gui
def test_shows_the_version_and_the_data_folder(dialog: AboutDialog, services: Services) -> None:
    assert f"Biosparc Desktop {__version__}" in dialog.title.text()
    assert dialog.data_dir_label.text() == str(services.context.data_dir)
    assert dialog.windowTitle() == "About Biosparc Desktop"


@pytest.mark.gui
def test_open_button_opens_the_data_folder_creating_it_first(
    qtbot, dialog: AboutDialog, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    folder = services.context.data_dir
    if folder.exists() and not any(folder.iterdir()):
        folder.rmdir()  # the button must create a folder that is not there yet
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].toLocalFile() == str(folder)
    assert folder.is_dir()


@pytest.mark.gui
def test_a_folder_that_cannot_be_created_is_explained(
    dialog: AboutDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    opened: list[QUrl] = []

    def warn(_parent: QWidget | None, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(Path, "mkdir", refuse)
    assert dialog.open_data_folder() is False
    assert shown == [f"The data folder {dialog.data_dir} cannot be created: Permission denied."]
    assert opened == []


@pytest.mark.gui
def test_lists_the_bundled_libraries_with_version_and_licence(dialog: AboutDialog) -> None:
    rows = _table_rows(dialog)
    for name in ("SQLAlchemy", "alembic", "reportlab", "phonenumbers", "tzdata"):
        assert name in rows, name
    pyside = next(name for name in rows if name.lower().startswith("pyside6"))
    assert "LGPL-3.0" in rows[pyside][1]
    assert rows["SQLAlchemy"][1] == "MIT"
    assert rows["Material Design Icons"][1] == "Apache-2.0"  # the interface icons
    assert all(version and licence for version, licence in rows.values())
    assert not any("None" in licence for _version, licence in rows.values())


@pytest.mark.gui
def test_states_qts_lgpl_terms(dialog: AboutDialog) -> None:
    label = dialog.findChild(QLabel, "qt_note")
    assert label is not None
    assert "GNU Lesser General Public License v3" in label.text()
    assert qVersion() in label.text()


def test_app_icon_has_every_size() -> None:
    sizes = {size.width() for size in icons.app_icon().availableSizes()}
    assert sizes == set(icons.APP_ICON_SIZES)


def test_missing_library_is_left_out_not_shown_as_unknown() -> None:
    assert library_licence("surely-not-an-installed-distribution") is None
    names = [lib.name for lib in bundled_libraries()]
    assert names == sorted(names, key=str.lower)


def _metadata(headers: str) -> email.message.Message:
    return email.message_from_string(headers)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ("License-Expression: MIT\nLicense: BSD\n", "MIT"),
        (
            "Classifier: License :: OSI Approved :: BSD License\nLicense: BSD (see license.txt)\n",
            "BSD License",
        ),
        ("License: Apache-2.0\n", "Apache-2.0"),
        ("License: " + "x" * 120 + "\n", "See the library's licence file"),
        ("Name: nothing\n", "See the library's licence file"),
    ],
)
def test_licence_text_prefers_spdx_then_classifiers_then_short_licence(
    headers: str, expected: str
) -> None:
    assert about_dialog._licence_text(_metadata(headers)) == expected  # type: ignore[arg-type]
