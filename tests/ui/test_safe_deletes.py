"""Deletes that say what they leave behind, links to the Trash that say so, and the
selection after a create, a restore and a delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from biosparc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _select_partner(window: MainWindow, name: str) -> str:
    window.show_view("partners")
    org = window.state.services.organisations.find(name)
    window.partners.open_id(org.id)
    assert window.partners.current_id() == org.id
    return org.id


def test_deleting_a_partner_with_links_asks_with_counts(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    services = window.state.services
    nccs = _select_partner(window, "NCCS")
    services.tasks.create(TaskDraft(title="Call about the committee", organisation_id=nccs))
    before = services.organisations.count()
    confirmations.append("no")
    window.delete_action.trigger()
    expected = (
        "Move “National Cancer Centre Singapore” to the Trash? It is linked to 2 contacts, "
        "2 agreements, 3 open follow-ups, 2 interactions and 2 events. They stay, and show it"
        " as “National Cancer Centre Singapore (in Trash)”. Ctrl+Z undoes the delete."
    )
    assert confirmations == [expected]
    assert services.organisations.count() == before  # answered No: nothing happened
    window.delete_action.trigger()
    assert services.organisations.count() == before - 1


def test_the_question_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, window: MainWindow, confirmations: list[str]
) -> None:
    services = window.state.services
    org = services.organisations.create(OrganisationDraft(name="Innovent Biologics"))
    services.tasks.create(TaskDraft(title="Send the deck", organisation_id=org.id))
    window.partners.open_id(org.id)
    window.show_view("partners")
    window.partners.open_id(org.id)
    window.delete_action.trigger()
    assert confirmations == [
        "将“Innovent Biologics”移到回收站？它关联着 1 项未完成的跟进事项。这些记录会保留，"
        "并显示为“Innovent Biologics（在回收站中）”。按 Ctrl+Z 可撤销删除。"
    ]


def test_a_delete_with_nothing_linked_does_not_ask(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    services = window.state.services
    org = services.organisations.create(OrganisationDraft(name="Lone Lab"))
    window.show_view("partners")
    window.partners.open_id(org.id)
    window.delete_action.trigger()
    assert confirmations == []
    assert services.trash.get(org.id).id == org.id


def test_a_link_to_a_partner_in_the_trash_says_so_and_leads_there(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    [person, *_] = services.contacts.rows(ContactQuery(organisation_id=nccs.id))
    services.organisations.delete(nccs.id)
    window.open_record("contact", person.id)
    card = window.contacts.card
    shown = [
        card.facts.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(card.facts.count())
        if isinstance(card.facts.itemAt(i).widget(), QWidget)
    ]
    assert "National Cancer Centre Singapore (in Trash)" in shown
    card.org_button.click()
    assert window.current_view_name() == "trash"
    assert window.trash.current_id() == nccs.id
    assert window.trash.status.text() == "This record is in the Trash. Restore it to open it."


def test_after_a_delete_the_neighbour_is_selected(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    window.show_view("partners")
    page = window.partners.list
    rows = page.model.rows()
    page.table.selectRow(2)
    assert window.partners.current_id() == rows[2].id
    window.delete_action.trigger()
    assert window.partners.current_id() == rows[3].id  # the next row, not the top
    page.table.selectRow(page.model.rowCount() - 1)  # the last row: the one before it
    last, before_last = page.model.rows()[-1], page.model.rows()[-2]
    assert window.partners.current_id() == last.id
    window.delete_action.trigger()
    assert window.partners.current_id() == before_last.id


def test_undoing_a_delete_selects_the_record_again(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    window.show_view("contacts")
    page = window.contacts.list
    rows = page.model.rows()
    page.table.selectRow(3)
    window.delete_action.trigger()
    assert window.contacts.current_id() == rows[4].id  # the neighbour, while it is gone
    window.undo_action.trigger()  # Ctrl+Z
    assert window.contacts.current_id() == rows[3].id  # back, and chosen again
    # Only the delete's own undo does that: another action's undo leaves the selection be.
    page.table.selectRow(1)
    window.state.services.tasks.create(TaskDraft(title="Call back"))
    window.undo_action.trigger()
    assert window.contacts.current_id() == rows[1].id


def test_a_new_partner_is_selected_in_its_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    window.show_view("today")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.name.setText("Zeta Therapeutics")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(fill)
    window.file_menu.actions()[0].menu().actions()[0].trigger()  # File > New > Partner
    created = window.state.services.organisations.find("Zeta Therapeutics")
    assert window.current_view_name() == "partners"
    assert window.partners.current_id() == created.id
    table = window.partners.list.table
    assert table.visualRect(table.currentIndex()).intersects(table.viewport().rect())


def test_a_restored_record_is_selected_in_its_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    services = window.state.services
    mirxes = services.organisations.find("Mirxes")
    services.organisations.delete(mirxes.id)
    window.show_view("trash")
    window.trash.select_id(mirxes.id)
    window.trash.restore_selected()
    assert window.current_view_name() == "partners"
    assert window.partners.current_id() == mirxes.id


def test_the_delete_question_answers_from_the_keyboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Move to Trash" has an Alt letter, as Cancel is the default button."""
    from biosparc_desktop.services.delete_impact import DeleteImpact
    from biosparc_desktop.ui.dialogs import delete_confirm

    asked: list[str] = []
    monkeypatch.setattr(
        delete_confirm, "ask", lambda _p, _t, _text, confirm: asked.append(confirm) or False
    )
    assert not delete_confirm.confirm_delete(None, DeleteImpact("Mirxes", contacts=2))
    assert asked == ["Move to &Trash"]
