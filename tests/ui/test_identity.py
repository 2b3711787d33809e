"""The app asks who is using it until it knows, and records changes under that name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.settings_dialog import STAFF_KEY
from biosparc_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.gui


def test_first_start_asks_and_the_answer_is_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.identity_bar
    assert bar.isVisible()
    names = [bar.names.itemText(i) for i in range(bar.names.count())]
    assert "Priya Nair" in names
    type_text(qtbot, bar.names, "Ada Tan")  # not on the list: added
    qtbot.keyClick(bar.names.lineEdit(), Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert window.state.settings.value(STAFF_KEY) == "Ada Tan"
    assert window.statusBar().currentMessage() == "Your changes are recorded as Ada Tan."
    services = window.state.services
    org = services.organisations.create(OrganisationDraft(name="Author Check Ltd"))
    assert services.journal.history(org.id, "organisation")[0].staff == "Ada Tan"


def test_once_known_it_does_not_ask(qtbot, state: AppState, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(STAFF_KEY, "Priya Nair")
    window = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.identity_bar.isVisible()
