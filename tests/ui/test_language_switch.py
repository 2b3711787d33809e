"""Switching the interface language rebuilds the window in place, keeping the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from biosparc_desktop.config import Location
from biosparc_desktop.store.database import open_database
from biosparc_desktop.ui.i18n import install_language
from biosparc_desktop.ui.launcher import Launch

pytestmark = pytest.mark.gui


def test_language_change_rebuilds_the_window(
    qtbot, location: Location, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    run = Launch(app, location, tmp_path / "app.log", view="partners", settings=settings)
    database = open_database(location)
    try:
        first = run.start(database)
        qtbot.addWidget(first)
        assert first.nav.item(1).text() == "Partners"
        run.change_language("zh_CN")
        second = run.window
        assert second is not None and second is not first
        qtbot.addWidget(second)
        assert second.nav.item(1).text() == "合作伙伴"
        assert second.current_view_name() == "partners"
        assert second.isVisible()
        assert second.state is first.state  # same services, same undo history
    finally:
        install_language(app, "en")
        if run.scheduler is not None:
            run.scheduler.timer.stop()
        database.close()
