"""Editing dialogs: validation as you type, OK disabled until valid, Cancel saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.gui


def _open(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_create_a_partner_through_the_dialog(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, OrganisationDialog(state))
    assert not dialog.ok_button.isEnabled()  # the name is required
    type_text(qtbot, dialog.name, 'R&D <Lab> "Alpha" & 合作')
    type_text(qtbot, dialog.name_zh, "合作实验室")
    type_text(qtbot, dialog.country, "SG")
    type_text(qtbot, dialog.tags, "lab, 🧬")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = state.services.organisations.rows(OrganisationQuery(search="合作实验室"))
    assert row.name == 'R&D <Lab> "Alpha" & 合作'
    assert row.tags == ("lab", "🧬")


@pytest.mark.parametrize(
    ("field", "text", "error_key", "message"),
    [
        ("name", "  ", "name", "The name is required."),
        (
            "country",
            "Atlantis",
            "country",
            "“Atlantis” is not a country; use a two-letter code such as SG or CN.",
        ),
        (
            "website",
            "not a site",
            "website",
            "“not a site” is not a web address; write it like www.example.com.",
        ),
    ],
)
def test_partner_dialog_messages_next_to_the_field(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, field: str, text: str, error_key: str, message: str
) -> None:
    dialog = _open(qtbot, OrganisationDialog(state))
    if field != "name":
        type_text(qtbot, dialog.name, "New partner")
    type_text(qtbot, getattr(dialog, field), text)
    label = dialog.errors[error_key]
    qtbot.waitUntil(lambda: label.text() == message)
    assert label.isVisible()
    assert not dialog.ok_button.isEnabled()
    before = state.services.organisations.count()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert state.services.organisations.count() == before


def test_duplicate_partner_name_stays_open_with_the_message(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, OrganisationDialog(state))
    type_text(qtbot, dialog.name, "mirxes")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["name"].text() == "An organisation named “Mirxes” already exists."
    assert state.services.organisations.count(OrganisationQuery(search="mirxes")) == 1


@pytest.mark.parametrize(
    ("field", "text", "error_key", "message"),
    [
        ("emails", "tan at nccs", "emails", "“tan at nccs” is not a valid email address"),
        ("phones", "12345", "phones", "“12345” is not a valid phone number"),
    ],
)
def test_contact_dialog_rejects_bad_email_and_phone(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, field: str, text: str, error_key: str, message: str
) -> None:
    dialog = _open(qtbot, ContactDialog(state))
    type_text(qtbot, dialog.given, "Wei")
    type_text(qtbot, getattr(dialog, field), text)
    label = dialog.errors[error_key]
    qtbot.waitUntil(lambda: label.text().startswith(message))
    assert not dialog.ok_button.isEnabled()


def test_contact_needs_a_name(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ContactDialog(state))
    assert not dialog.errors["given_name"].isVisible()  # nothing said before Save is tried
    qtbot.keyClick(dialog.given, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["given_name"].isVisible())
    assert (
        dialog.errors["given_name"].text()
        == "A contact needs a given name, a family name or a Chinese name."
    )
    type_text(qtbot, dialog.name_zh, "张伟")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert not dialog.errors["given_name"].isVisible()


def test_cancel_saves_nothing_and_asks_about_unsaved_changes(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return (
            QMessageBox.StandardButton.Cancel
            if len(asked) == 1
            else QMessageBox.StandardButton.Discard
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = _open(qtbot, ContactDialog(state))
    type_text(qtbot, dialog.given, "Temporary")
    dialog.reject()
    assert dialog.isVisible()  # first answer: Cancel, keep editing
    dialog.reject()
    assert not dialog.isVisible()  # second answer: Discard
    assert asked == ["You have unsaved changes. Close without saving them?"] * 2
    assert state.services.contacts.count(ContactQuery(search="Temporary")) == 0


def test_closing_an_untouched_dialog_does_not_ask(
    qtbot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("should not ask"))
    row = state.services.organisations.find("NCCS")
    dialog = _open(qtbot, OrganisationDialog(state, row))
    dialog.reject()
    assert not dialog.isVisible()
