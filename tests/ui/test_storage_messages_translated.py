"""Storage errors and the risky-folder warning come out in the interface language.

A stand-in translator (installed in the application, as the real catalogue is)
gives known words for the storage templates, so these tests do not depend on the
state of the .ts file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from biosparc_desktop.config import resolve_location
from biosparc_desktop.errors import DatabaseDamaged
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.locations import storage_warning
from biosparc_desktop.ui import launcher
from biosparc_desktop.ui.i18n import error_text, sentence_text

pytestmark = pytest.mark.gui

NOT_SQLITE = "{path} is not a Biosparc database (it is not an SQLite file). It was left untouched."
CLOUD = (
    "The database {path} is in a {service} folder. {service} can copy the "
    "file while Biosparc Desktop is saving it, which can damage it or leave "
    "conflicting copies. Quit, move the database to a folder on this computer and "
    "keep only copies of its backups in {service}."
)
TABLE = {
    ("errors", NOT_SQLITE): "{path} 不是 Biosparc 数据库（不是 SQLite 文件），未作任何改动。",
    ("errors", CLOUD): "数据库 {path} 位于 {service} 文件夹中。",
}


class _StandIn(QTranslator):
    """Translates only what :data:`TABLE` lists; ``None`` (a null string) passes the text on."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return TABLE.get((context, source))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stand_in(qapp: QApplication) -> Iterator[None]:
    translator = _StandIn()
    assert qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_a_storage_error_from_opening_is_worded_by_the_translation(
    stand_in: None, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.sqlite3"
    path.write_text("Name,Email\nWei,wei@example.cn\n", encoding="utf-8")
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(resolve_location(str(path)))
    assert (
        error_text(caught.value)
        == f"{path} 不是 Biosparc 数据库（不是 SQLite 文件），未作任何改动。"
    )
    assert caught.value.message.startswith(f"{path} is not a Biosparc database")


def test_an_untranslated_storage_error_stays_whole_english(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    path.write_text("Name,Email\n", encoding="utf-8")
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(resolve_location(str(path)))
    assert error_text(caught.value) == caught.value.message


def test_the_risky_folder_warning_is_worded_by_the_translation(
    stand_in: None, tmp_path: Path
) -> None:
    path = tmp_path / "Dropbox" / "crm.sqlite3"
    warning = storage_warning(path, mounts=[])
    assert warning is not None
    assert sentence_text(warning) == f"数据库 {path} 位于 Dropbox 文件夹中。"
    assert str(warning).startswith(f"The database {path} is in a Dropbox folder.")


def test_the_launcher_shows_the_warning_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, stand_in: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Dropbox" / "crm.sqlite3"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    run = launcher.Launch(app, resolve_location(str(path)), tmp_path / "log.txt", settings=settings)
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    run.warn_about_location()
    assert shown == [f"数据库 {path} 位于 Dropbox 文件夹中。"]
