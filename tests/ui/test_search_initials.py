"""The global search (Ctrl+K) finds pinyin and name initials, after full matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.gui


def test_initials_typed_in_the_global_search(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    innovent = services.organisations.create(
        OrganisationDraft(name="Innovent Biologics", name_zh="信达生物")
    )
    services.contacts.create(ContactDraft(name_zh="刘明"))
    services.contacts.create(ContactDraft(given_name="Anna", family_name="Lmosk"))
    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.box, "lm")
    qtbot.waitUntil(lambda: "contact" in dialog.hit_titles())
    contacts = dialog.hit_titles()["contact"]
    assert contacts[0] == "Anna Lmosk"  # a name that says "lm" first
    assert "刘明" in contacts[1:]
    dialog.grab().save("/tmp/search_initials_dialog.png")

    dialog.box.clear()
    type_text(qtbot, dialog.box, "xdsw")
    qtbot.waitUntil(lambda: "organisation" in dialog.hit_titles())
    assert dialog.hit_titles()["organisation"] == ["Innovent Biologics"]
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert chosen.args == ["organisation", innovent.id]


@pytest.mark.parametrize(
    ("typed", "summary"),
    [
        ('"', 'Nothing matches “"”.'),
        ("😀", "Nothing matches “😀”."),
        ("lm 😀", "Nothing matches “lm 😀”."),
        ("AND (", "7 results"),  # the demo's notes that say "and" next to a bracket
    ],
)
def test_odd_text_in_the_global_search(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, warnings_shown: list[str], typed: str, summary: str
) -> None:
    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.box.setText(typed)
    dialog.run_search()
    assert dialog.summary.text() == summary
    assert warnings_shown == []
