"""Dialogs from the keyboard: the cursor starts in the first field, Enter saves only a
valid form, Esc cancels, and messages speak only once a field is left or Save tried."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QPushButton, QWidget

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.agreement_dialog import AgreementDialog
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.dialogs.event_dialog import EventDialog
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from biosparc_desktop.ui.dialogs.quick_capture import QuickCaptureDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog

pytestmark = pytest.mark.gui


def _open(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(_focused()) if _focused() else False)
    return dialog


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into whatever has the keyboard, as a user would."""
    focused = _focused()
    assert focused is not None
    for char in text:
        qtbot.keyClick(focused, char)


def _tab(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    focused = _focused()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    after = _focused()
    assert after is not None
    return after


FIRST_FIELDS = [
    (lambda s: OrganisationDialog(s), "name"),
    (lambda s: ContactDialog(s), "given"),
    (lambda s: AgreementDialog(s), "title_field"),
    (lambda s: InteractionDialog(s), "kind"),
    (lambda s: TaskDialog(s), "title_field"),
    (lambda s: EventDialog(s), "name"),
    (lambda s: QuickCaptureDialog(s), "contact"),
]


@pytest.mark.parametrize(("make", "field"), FIRST_FIELDS)
def test_a_dialog_opens_with_the_cursor_in_its_first_field(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, make, field: str
) -> None:
    dialog = _open(qtbot, make(state))
    qtbot.waitUntil(lambda: _focused() is getattr(dialog, field))
    assert _focused() not in dialog.buttons.buttons()


@pytest.mark.parametrize(("make", "_field"), FIRST_FIELDS)
def test_a_new_form_shows_no_message_before_the_user_does_anything(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, make, _field: str
) -> None:
    dialog: FormDialog = _open(qtbot, make(state))  # type: ignore[assignment]
    dialog.validate()
    assert [k for k, label in dialog.errors.items() if label.isVisible()] == []
    assert not dialog.general_error.isVisible()


def test_enter_on_an_invalid_form_says_what_is_missing_and_saves_nothing(  # type: ignore[no-untyped-def]
    qtbot, state: AppState
) -> None:
    dialog: ContactDialog = _open(qtbot, ContactDialog(state))  # type: ignore[assignment]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["given_name"].isVisible()
    assert (
        dialog.errors["given_name"].text()
        == "A contact needs a given name, a family name or a Chinese name."
    )
    assert _focused() is dialog.given  # the cursor goes to the first problem
    _type(qtbot, "Ada")
    qtbot.waitUntil(lambda: not dialog.errors["given_name"].isVisible())  # fixed: clears at once
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert state.services.contacts.count(ContactQuery(search="Ada")) == 1


def test_a_message_speaks_once_the_field_is_left(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog: OrganisationDialog = _open(qtbot, OrganisationDialog(state))  # type: ignore[assignment]
    _type(qtbot, "New partner")
    dialog.country.setFocus()
    _type(qtbot, "Atlantis")
    dialog.validate()
    assert not dialog.errors["country"].isVisible()  # still typing
    _tab(qtbot)
    qtbot.waitUntil(dialog.errors["country"].isVisible)
    assert dialog.errors["country"].text().startswith("“Atlantis” is not a country")


def test_esc_cancels(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, TaskDialog(state))
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_ok_and_cancel_come_last_in_the_tab_order(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog: TaskDialog = _open(qtbot, TaskDialog(state))  # type: ignore[assignment]
    _type(qtbot, "Call back")
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # a disabled OK is skipped by Tab
    seen = []
    for _ in range(40):
        seen.append(_tab(qtbot))
        if seen[-1] is dialog.title_field:
            break
    buttons = [i for i, w in enumerate(seen) if w in dialog.buttons.buttons()]
    assert buttons == [len(seen) - 3, len(seen) - 2]  # …, OK, Cancel, back to the first field


def test_a_fixed_expiry_date_clears_its_message_at_once(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    mirxes = state.services.organisations.find("Mirxes").id
    dialog: AgreementDialog = _open(qtbot, AgreementDialog(state, organisation_id=mirxes))  # type: ignore[assignment]
    _type(qtbot, "Data sharing")
    dialog.effective.set_value(date(2026, 12, 1))
    dialog.expires.set_value(date(2026, 6, 1))
    qtbot.waitUntil(dialog.errors["expires_on"].isVisible)
    assert not dialog.ok_button.isEnabled()
    # Corrected from the keyboard: the year typed into the date editor.
    editor = dialog.expires.editor
    editor.setFocus()
    editor.setSelectedSection(editor.Section.YearSection)
    _type(qtbot, "2029")
    qtbot.waitUntil(lambda: not dialog.errors["expires_on"].isVisible())
    assert dialog.ok_button.isEnabled()
    # Wrong again, then fixed by unticking the date (space on its tick box).
    dialog.expires.set_value(date(2026, 6, 1))
    qtbot.waitUntil(dialog.errors["expires_on"].isVisible)
    dialog.expires.enabled.setFocus()
    qtbot.keyClick(dialog.expires.enabled, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.errors["expires_on"].isVisible())
    assert dialog.ok_button.isEnabled()


def test_quick_capture_from_the_keyboard_alone(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    today = services.context.today()
    event = services.events.create(
        EventDraft(name="BioAsia signing day", held_on=today, venue="Suzhou")
    )
    services.events.create(EventDraft(name="Next month's forum", held_on=today + timedelta(30)))
    dialog: QuickCaptureDialog = _open(qtbot, QuickCaptureDialog(state))  # type: ignore[assignment]
    assert dialog.event_box.currentData() == event.id  # today's event, pre-filled
    assert _focused() is dialog.contact  # no Tab first
    _tab(qtbot)  # an empty Contact means a new person: given name next
    assert _focused() is dialog.new_given
    _type(qtbot, "Mei")
    _tab(qtbot)
    _type(qtbot, "Lin")
    while _focused() is not dialog.summary:
        _tab(qtbot)
    _type(qtbot, "Met at the signing; lab space.")
    while _focused() is not dialog.follow_title:
        _tab(qtbot)
    _type(qtbot, "Send brochure")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [contact] = services.contacts.rows(ContactQuery(search="Mei Lin"))
    detail = services.events.detail(event.id)
    assert contact.id in {a.contact_id for a in detail.attendees}
    [task] = [t for t in services.tasks.rows(TaskQuery()) if t.contact_id == contact.id]
    assert task.title == "Send brochure" and task.event_id == event.id
    assert state.undo_label() == "Quick capture"


def test_import_and_briefing_open_in_their_first_field(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.dialogs.briefing_dialog import BriefingDialog
    from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(state)
    _open(qtbot, wizard)
    qtbot.waitUntil(lambda: _focused() is wizard.file_page.path)
    nccs = state.services.organisations.find("NCCS").id
    briefing = BriefingDialog(state, "partner", nccs)
    _open(qtbot, briefing)
    first = next(iter(briefing.sections.values()))
    qtbot.waitUntil(lambda: _focused() is first)


def test_tab_leaves_a_date_field_for_the_next_field(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    """Qt's date editors step through year, month, day, hour and minute on Tab; in a form
    Tab goes on to the next field, and Shift+Tab back."""
    dialog: InteractionDialog = _open(qtbot, InteractionDialog(state))  # type: ignore[assignment]
    assert _focused() is dialog.kind
    assert _tab(qtbot) is dialog.when
    assert _tab(qtbot) is dialog.zone
    focused = _focused()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is dialog.when
    qtbot.keyClick(dialog.when, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is dialog.kind
    task: TaskDialog = _open(qtbot, TaskDialog(state))  # type: ignore[assignment]
    dates = task.findChildren(QDateTimeEdit)
    assert dates
    dates[0].setEnabled(True)
    dates[0].setFocus()
    assert _tab(qtbot) is not dates[0]


def test_ctrl_enter_saves_from_a_summary_box(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    """Enter starts a new line in a summary; Ctrl+Enter saves, as in a mail program."""
    nccs = state.services.organisations.find("NCCS").id
    dialog: InteractionDialog = _open(
        qtbot,
        InteractionDialog(state, organisation_id=nccs),  # type: ignore[assignment]
    )
    dialog.summary.setFocus()
    _type(qtbot, "Coffee")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.summary.toPlainText() == "Coffee\n"
    _type(qtbot, "with NCCS")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved.summary == "Coffee\nwith NCCS"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("make", "_field"), FIRST_FIELDS)
def test_a_fields_alt_letter_puts_the_cursor_in_it(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, make, _field: str
) -> None:
    """A form's labels underline a letter: Alt and that letter go to the field (the
    label's buddy is the field, not the box that holds the field and its message), and
    no two labels of a form share a letter."""
    from PySide6.QtWidgets import QLabel

    dialog: FormDialog = _open(qtbot, make(state))  # type: ignore[assignment]
    letters: dict[str, str] = {}
    for label in dialog.findChildren(QLabel):
        text = label.text()
        if "&" not in text or label.buddy() is None or not label.isVisible():
            continue
        letter = text.split("&", 1)[1][0].lower()
        assert letter not in letters, f"{text!r} and {letters[letter]!r} share Alt+{letter}"
        letters[letter] = text
        target = label.buddy()
        if not target.isEnabled():
            continue
        qtbot.keyClick(_focused(), letter, Qt.KeyboardModifier.AltModifier)
        focused = _focused()
        assert focused is not None and (focused is target or target.isAncestorOf(focused)), (
            f"Alt+{letter} ({text!r}) left the cursor in {focused!r}"
        )
    assert len(letters) > 2


def test_tab_goes_through_an_agreements_parties_and_on(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    """Each party's organisation and role, Add party, Remove, then the dates; and back
    with Shift+Tab (the parties table used to hold Tab between itself and a cell)."""
    mirxes = state.services.organisations.find("Mirxes").id
    dialog: AgreementDialog = _open(qtbot, AgreementDialog(state, organisation_id=mirxes))  # type: ignore[assignment]
    editor = dialog.parties_editor
    table = editor.table
    cells = [table.cellWidget(r, c) for r in range(table.rowCount()) for c in (0, 1)]
    assert len(cells) == 4
    add, remove = editor.findChildren(QPushButton)
    dialog.kind.setFocus()
    forward = [_tab(qtbot) for _ in range(7)]
    assert forward == [*cells, add, remove, dialog.signed.enabled]
    backward = []
    for _ in range(7):
        focused = _focused()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        backward.append(_focused())
    assert backward == [remove, add, *reversed(cells), dialog.kind]
    # A party added from the keyboard: the cursor in its organisation, and the row joins
    # the order before Add party.
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    new_org, new_role = table.cellWidget(2, 0), table.cellWidget(2, 1)
    assert _focused() is new_org
    cells[-1].setFocus()
    assert [_tab(qtbot) for _ in range(3)] == [new_org, new_role, add]
