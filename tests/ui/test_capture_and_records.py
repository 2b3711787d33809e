"""Quick capture from the keyboard alone, and the other record dialogs end to end."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.agreement_dialog import AgreementDialog
from biosparc_desktop.ui.dialogs.event_dialog import EventDialog, parse_agenda
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.quick_capture import QuickCaptureDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.gui


def _show(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_quick_capture_with_a_new_contact_from_the_keyboard(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    state.services.staff.use("Priya Nair")  # who is using the app
    dialog = _show(qtbot, QuickCaptureDialog(state))
    dialog.contact.setFocus()  # where the dialog starts: "New contact…" when left empty
    tab = Qt.Key.Key_Tab
    qtbot.keyClick(dialog.contact, tab)  # given name
    type_text(qtbot, dialog.focusWidget(), "Mei")
    qtbot.keyClick(dialog.focusWidget(), tab)
    type_text(qtbot, dialog.focusWidget(), "Lin")
    qtbot.keyClick(dialog.focusWidget(), tab)
    type_text(qtbot, dialog.focusWidget(), "林美")
    assert dialog.new_zh.text() == "林美"
    dialog.new_email.setFocus()
    type_text(qtbot, dialog.new_email, "mei.lin@duke-nus.example")
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Met at the signing; interested in lab space.")
    dialog.follow_title.setFocus()
    type_text(qtbot, dialog.follow_title, "Send lab space brochure")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.keyClick(dialog.follow_title, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    services = state.services
    [contact] = services.contacts.rows(ContactQuery(search="林美"))
    assert contact.emails == ("mei.lin@duke-nus.example",)
    assert services.interactions.rows(contact_id=contact.id)[0].summary.startswith(
        "Met at the signing"
    )
    [task] = [t for t in services.tasks.rows(TaskQuery()) if t.contact_id == contact.id]
    assert task.title == "Send lab space brochure"
    assert task.due_on == date(2026, 11, 30)
    assert task.assignee == "Priya Nair"  # the one who met them follows up
    assert state.undo_label() == "Quick capture"


def test_quick_capture_says_what_is_missing(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _show(qtbot, QuickCaptureDialog(state))
    assert not dialog.errors["summary"].isVisible()  # nothing said on an empty new form
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)  # Save tried
    qtbot.waitUntil(lambda: dialog.errors["summary"].isVisible())
    assert dialog.errors["summary"].text() == "Write a line about what was discussed."
    assert (
        dialog.errors["task_title"].text()
        == "Say what the follow-up is, or untick “Create a follow-up”."
    )
    assert not dialog.ok_button.isEnabled()


def test_new_agreement_needs_two_parties_and_ordered_dates(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _show(
        qtbot,
        AgreementDialog(state, organisation_id=state.services.organisations.find("Mirxes").id),
    )
    type_text(qtbot, dialog.title_field, "Data sharing agreement")
    assert len(dialog.parties_editor.parties()) == 2  # Biosparc and the partner, pre-filled
    dialog.effective.set_value(date(2026, 12, 1))
    dialog.expires.set_value(date(2026, 6, 1))
    qtbot.waitUntil(lambda: dialog.errors["expires_on"].isVisible())
    assert dialog.errors["expires_on"].text() == "The expiry date must be after the effective date."
    dialog.expires.set_value(date(2029, 12, 1))
    type_text(qtbot, dialog.value, "1,000,000")
    dialog.currency.setCurrentText("SGD")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    row = dialog.saved
    assert row.value is not None and str(row.value) == "1000000.00"
    assert {p.role for p in row.parties} == {PartyRole.BIOSPARC, PartyRole.PARTNER}
    assert row.status is AgreementStatus.DRAFT


def test_task_dialog_creates_a_follow_up(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    nccs = state.services.organisations.find("NCCS")
    state.services.staff.use("Chen Yu")
    dialog = _show(qtbot, TaskDialog(state, organisation_id=nccs.id))
    type_text(qtbot, dialog.title_field, "Call about the committee date")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    assert dialog.saved.organisation == "National Cancer Centre Singapore"
    assert dialog.saved.due_on == date(2026, 12, 4)
    assert dialog.saved.assignee == "Chen Yu"  # a new follow-up is the user's own


def test_log_interaction_for_a_partner(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    nccs = state.services.organisations.find("NCCS")
    dialog = _show(qtbot, InteractionDialog(state, organisation_id=nccs.id))
    assert dialog.organisations.checked() == (nccs.id,)
    assert dialog.contacts.count() == 2  # the people at NCCS
    dialog.contacts.set_checked(dialog.contacts.item(0).data(Qt.ItemDataRole.UserRole))
    type_text(qtbot, dialog.summary, "Visit to the new labs.")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    assert (
        state.services.interactions.rows(organisation_id=nccs.id)[0].summary
        == "Visit to the new labs."
    )


def test_event_agenda_lines() -> None:
    items = parse_agenda("09:30 Arrival\n10:00 Welcome address — Biosparc\n\nGroup photo")
    assert [(i.starts_at, i.title, i.speaker) for i in items] == [
        ("09:30", "Arrival", None),
        ("10:00", "Welcome address", "Biosparc"),
        (None, "Group photo", None),
    ]


def test_edit_event_keeps_attendees_and_agreements(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    [ceremony] = [e for e in state.services.events.rows() if e.held_on == date(2025, 11, 20)]
    dialog = _show(qtbot, EventDialog(state, state.services.events.get(ceremony.id)))
    dialog.venue.setText("Biosparc main hall, Suzhou")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    detail = state.services.events.detail(ceremony.id)
    assert detail.event.venue == "Biosparc main hall, Suzhou"
    assert len(detail.attendees) == 9 and len(detail.agreements) == 4 and len(detail.agenda) == 6


def test_quick_capture_finds_an_existing_contact_among_all_by_typing(
    qtbot, state: AppState
) -> None:  # type: ignore[no-untyped-def]
    dialog = _show(qtbot, QuickCaptureDialog(state))
    dialog.contact.setFocus()
    type_text(qtbot, dialog.contact, "tan wei")  # toneless pinyin finds 陈伟明
    popup = dialog.contact.search.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert any("陈伟明" in text for text in shown)
    assert not dialog.new_given.isEnabled() or dialog.contact.chosen_id is None
    row = next(i for i, text in enumerate(shown) if "陈伟明" in text)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.contact.chosen_id is not None)
    assert "陈伟明" in dialog.contact.text()
    assert not dialog.new_given.isEnabled()  # an existing contact: no new-contact fields
    chosen = state.services.contacts.get(dialog.contact.chosen_id)
    assert dialog.organisation.currentData() == chosen.organisation_id
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Talked about the joint lab.")
    dialog.follow.setChecked(False)
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    logged = state.services.interactions.rows(contact_id=chosen.id)[0]
    assert logged.summary == "Talked about the joint lab."


def test_quick_capture_text_that_is_not_a_pick_is_a_problem(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _show(qtbot, QuickCaptureDialog(state))
    type_text(qtbot, dialog.contact, "Nobody Known")
    qtbot.waitUntil(lambda: dialog.errors["contact"].isVisible())
    assert "Choose a contact from the list" in dialog.errors["contact"].text()
    dialog.contact.clear()
    qtbot.waitUntil(lambda: not dialog.errors["contact"].isVisible())
    assert dialog.new_given.isEnabled()
