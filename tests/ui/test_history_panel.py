"""The history panel: when, who, field, old → new, and "Restore this value"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from biosparc_desktop.domain.enums import RelationshipStage
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.widgets.history_panel import HistoryPanel
from tests.ui.safety_fixtures import make_state

pytestmark = pytest.mark.gui


@pytest.fixture
def safety_state(services: Services, tmp_path: Path) -> AppState:
    return make_state(services, tmp_path)


def _panel(qtbot, state: AppState) -> HistoryPanel:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(state)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _rows(panel: HistoryPanel) -> list[tuple[str, ...]]:
    rows = []
    for index in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(index)
        assert item is not None
        rows.append(tuple(item.text(c) for c in range(1, 5)))
    return rows


def _item(panel: HistoryPanel, field: str) -> QTreeWidgetItem:
    for index in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(index)
        if item is not None and item.text(3) == field:
            return item
    raise AssertionError(f"no history line for {field}")


def test_each_change_with_who_and_what(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    s.staff.use("Chen Yu")
    org = s.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    s.staff.use("Li Na")
    s.organisations.update(
        org.id, OrganisationDraft(name="Mirxes", city="Suzhou", owner="Chen Yu", country="SG")
    )
    s.organisations.set_stage(org.id, RelationshipStage.ENGAGED)
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    rows = _rows(panel)
    assert rows[0] == ("Li Na", "Move partner to Engaged", "Stage", "Prospect → Engaged")
    assert ("Li Na", "Edit partner Mirxes", "City", "“Singapore” → “Suzhou”") in rows
    assert ("Li Na", "Edit partner Mirxes", "Owner", "(empty) → “Chen Yu”") in rows
    assert rows[-1] == ("Chen Yu", "Add partner Mirxes", "", "Created")
    assert not any(row[2] == "Pinyin" for row in rows)  # derived columns stay out


def test_restore_this_value_sets_the_field_back(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    org = s.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes", city="Suzhou"))
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    assert not panel.restore_button.isEnabled()

    panel.list.setCurrentItem(_item(panel, ""))  # "Created": nothing to restore
    assert not panel.restore_button.isEnabled()
    panel.list.setCurrentItem(_item(panel, "City"))
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    assert s.organisations.get(org.id).city == "Singapore"
    assert panel.status.text() == "City set back to “Singapore”. Press Ctrl+Z to undo."
    assert _rows(panel)[0] == ("—", "Restore city", "City", "“Suzhou” → “Singapore”")
    assert safety_state.undo_label() == "Restore city"
    safety_state.undo()
    assert s.organisations.get(org.id).city == "Suzhou"


def test_trash_moves_are_shown_in_words_and_not_restorable_here(
    qtbot, safety_state: AppState
) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    org = s.organisations.create(OrganisationDraft(name="Mirxes"))
    s.organisations.delete(org.id)
    s.trash.restore(org.id)
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    changes = [row[3] for row in _rows(panel)]
    assert changes[:2] == ["Restored from the Trash", "Moved to the Trash"]
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.restore_button.isEnabled()


def test_no_record_and_no_history(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, safety_state)
    panel.show_record(None, "organisation")
    assert _rows(panel) == [("", "", "", "")]
    assert panel.list.topLevelItem(0).text(0) == "No changes recorded yet."  # type: ignore[union-attr]
