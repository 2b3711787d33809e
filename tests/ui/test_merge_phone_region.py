"""The merge dialog shows phone numbers the way the rest of the interface does: without
the country code for the user's region (Settings), with it for any other."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.merge_dialog import MergeDialog
from biosparc_desktop.ui.phone_region import REGION_KEY

pytestmark = pytest.mark.gui


def _phones_shown(qtbot, state: AppState, keep: str, other: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(state, "contact", keep, other)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None
    [phones] = [f for f in dialog.preview.fields if f.key == "phones"]
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(phones.keep_value in t for t in texts)  # what the dialog puts on screen
    return phones.keep_value, phones.other_value


def test_merge_phones_follow_the_region_setting(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    keep = services.contacts.create(
        ContactDraft(given_name="Ming", family_name="Liu", phones=("+65 6123 4567",))
    ).id
    other = services.contacts.create(
        ContactDraft(given_name="Ming", family_name="Liu", phones=("+86 139 1234 5678",))
    ).id
    assert services.contacts.count(ContactQuery(search="Liu")) == 2
    assert _phones_shown(qtbot, state, keep, other) == ("6123 4567", "+86 139 1234 5678")
    state.settings.setValue(REGION_KEY, "CN")
    assert _phones_shown(qtbot, state, keep, other) == ("+65 6123 4567", "139 1234 5678")
