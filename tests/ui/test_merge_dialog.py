"""Find duplicates and the merge dialog: pick each value, links move, undo restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog
from biosparc_desktop.ui.dialogs.merge_dialog import MergeDialog

pytestmark = pytest.mark.gui


def _twins(state: AppState) -> tuple[str, str]:
    services = state.services
    keep = services.contacts.rows(ContactQuery(search="Rachel"))[0].id
    mirxes = services.organisations.find("Mirxes").id
    other = services.contacts.create(
        ContactDraft(
            given_name="Rachel",
            family_name="Ng",
            name_zh="吴瑞秋",
            title="Director",
            emails=("rachel@gmail.com",),
            organisation_id=mirxes,
        )
    ).id
    services.interactions.log(InteractionDraft(summary="Lunch", contact_ids=(other,)))
    return keep, other


def _open(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_pick_values_and_merge(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    keep, other = _twins(state)
    dialog = _open(qtbot, MergeDialog(state, "contact", keep, other))
    assert dialog.moves.text() == (
        "Moves to the kept record: 1 interaction. Edit → Undo takes the merge back."
    )
    choices = dialog.choices()
    assert choices["name_zh"].value == "other"  # the kept one has none
    assert choices["emails"].value == "both"
    assert not dialog.findChild(QWidget, "merge_given_name_keep").isEnabled()  # same on both
    qtbot.mouseClick(dialog.findChild(QWidget, "merge_title_other"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QWidget, "merge_emails_keep"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    merged = state.services.contacts.get(keep)
    assert (merged.title, merged.name_zh, merged.emails) == (
        "Director",
        "吴瑞秋",
        ("rachel.ng@mirxes.example",),
    )
    with pytest.raises(NotFound):
        state.services.contacts.get(other)
    lunch = next(i for i in state.services.interactions.rows() if i.summary == "Lunch")
    assert lunch.contact_ids == (keep,)
    assert state.undo_label() == "Merge Ng Rachel (吴瑞秋) into Rachel Ng"
    state.undo()
    assert state.services.contacts.get(other).title == "Director"
    assert state.services.contacts.get(keep).title == "Director, Corporate Development"


def test_keep_the_other_one_swaps_sides(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    keep, other = _twins(state)
    dialog = _open(qtbot, MergeDialog(state, "contact", keep, other))
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is not None and dialog.preview.keep_id == other
    assert dialog.intro.text().startswith("<b>Ng Rachel (吴瑞秋)</b> is kept")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert state.services.contacts.get(other).phones == ("+6591234502",)
    with pytest.raises(NotFound):
        state.services.contacts.get(keep)


def test_find_duplicates_lists_pairs_and_merges_one(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, when_modal
) -> None:
    _twins(state)
    state.services.organisations.create(OrganisationDraft(name="Mirxes Pte. Ltd."))
    dialog = _open(qtbot, DuplicatesDialog(state))
    assert dialog.tabs.tabText(0) == "Contacts (1)"
    assert dialog.tabs.tabText(1) == "Organisations (1)"
    item = dialog.lists["contact"].topLevelItem(0)
    assert item.text(2) == "same name at the same organisation"
    assert dialog.merge_button.isEnabled()

    def accept(modal: QWidget) -> None:
        assert isinstance(modal, MergeDialog)
        modal.merge_button.click()

    when_modal(accept)
    dialog.merge_selected()
    assert dialog.merged == 1
    assert dialog.tabs.tabText(0) == "Contacts (0)"
    assert dialog.empty["contact"].isVisible() and not dialog.lists["contact"].isVisible()
