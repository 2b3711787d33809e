"""Interactions open from every list they appear in; every row has a context menu;
a contact's card logs interactions and adds follow-ups like a partner's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.row_menus import row_menu

pytestmark = pytest.mark.gui


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_an_interaction_opens_in_full_from_the_partner_timeline_and_is_edited(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    [first, *_] = services.interactions.rows(organisation_id=nccs.id)
    window.open_record("organisation", nccs.id)
    timeline = window.partners.detail.timeline
    item = timeline.topLevelItem(0)
    assert item is not None and item.data(0, Qt.ItemDataRole.UserRole) == first.id
    assert item.toolTip(2) == first.summary  # the whole summary, even when the cell is cut off
    seen: list[str] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        seen.append(dialog.summary.toPlainText())
        dialog.outcome.setPlainText("They agreed to a second visit.")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(edit)
    timeline.itemActivated.emit(item, 0)
    assert seen == [first.summary]
    assert services.interactions.get(first.id).outcome == "They agreed to a second visit."


def test_an_interaction_opens_from_the_contact_card(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    person = next(
        c
        for c in services.contacts.rows(ContactQuery(), limit=50)
        if services.interactions.rows(contact_id=c.id)
    )
    window.open_record("contact", person.id)
    timeline = window.contacts.card.timeline
    opened: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        opened.append(dialog.windowTitle())
        dialog.reject()

    when_modal(read)
    menu = timeline.menu_for(timeline.topLevelItem(0))  # type: ignore[arg-type]
    assert menu is not None and _texts(menu) == ["Open…", "Delete"]
    menu.actions()[0].trigger()
    assert opened == ["Edit interaction"]


def test_every_list_row_has_a_context_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    nccs = services.organisations.find("NCCS").id
    assert _texts(row_menu(window, "partners", nccs)) == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
        "Briefing pack…",
        "Delete",
    ]
    person = services.contacts.rows(ContactQuery(), limit=1)[0].id
    assert _texts(row_menu(window, "contacts", person)) == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
        "Delete",
    ]
    agreement = services.agreements.rows(limit=1)[0].id
    assert _texts(row_menu(window, "agreements", agreement)) == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
        "Delete",
    ]
    event = services.events.rows(limit=1)[0].id
    assert "Briefing pack…" in _texts(row_menu(window, "events", event))
    for key in ("partners", "contacts", "agreements", "tasks", "events"):
        table = window.views[key].list.table  # type: ignore[attr-defined]
        assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_the_open_item_of_a_row_menu_opens_the_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    mirxes = window.state.services.organisations.find("Mirxes").id
    window.show_view("today")
    row_menu(window, "partners", mirxes).actions()[0].trigger()
    assert window.current_view_name() == "partners"
    assert window.partners.current_id() == mirxes


def test_a_contact_card_logs_an_interaction_and_adds_a_follow_up(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    [person, *_] = services.contacts.rows(ContactQuery(organisation_id=nccs.id))
    window.open_record("contact", person.id)
    card = window.contacts.card
    assert card.log_button.text() == "&Log interaction…"
    assert card.followup_button.text() == "Add follo&w-up…"

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        assert dialog.contacts.checked() == (person.id,)
        assert dialog.organisations.checked() == (nccs.id,)
        dialog.summary.setPlainText("Coffee after the seminar.")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(log)
    card.log_button.click()
    assert services.interactions.rows(contact_id=person.id)[0].summary == (
        "Coffee after the seminar."
    )

    def follow(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        dialog.title_field.setText("Send the seminar slides")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(follow)
    card.followup_button.click()
    task = services.tasks.get(window.dialogs.last_dialog.saved.id)  # type: ignore[union-attr]
    assert task.title == "Send the seminar slides" and task.contact_id == person.id


def _read_and_edit(qtbot, seen: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        seen.append((dialog.summary.toPlainText(), dialog.outcome.toPlainText()))
        dialog.outcome.setPlainText("Both sides will draft the annex.")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    return edit


def test_an_interaction_opens_in_full_from_an_agreement_and_is_edited(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    from biosparc_desktop.services.agreements import AgreementQuery

    services = window.state.services
    nccs = services.organisations.find("NCCS")
    agreement = services.agreements.rows(AgreementQuery(organisation_id=nccs.id), limit=1)[0]
    [first, *_] = services.interactions.rows(organisation_id=nccs.id)
    window.open_record("agreement", agreement.id)
    listing = window.agreements.detail.interactions
    assert listing.isVisible()
    keys = listing.keys()
    assert first.id in keys
    item = listing.topLevelItem(keys.index(first.id))
    assert item is not None
    assert item.toolTip(2) == first.summary and item.text(3) == (first.outcome or "")
    seen: list[tuple[str, str]] = []
    when_modal(_read_and_edit(qtbot, seen))
    listing.itemActivated.emit(item, 0)
    assert seen == [(first.summary, first.outcome or "")]
    assert services.interactions.get(first.id).outcome == "Both sides will draft the annex."
    # The list shows the change at once.
    assert "Both sides will draft the annex." in [
        listing.topLevelItem(i).text(3)  # type: ignore[union-attr]
        for i in range(listing.topLevelItemCount())
    ]


def test_an_interaction_on_the_day_opens_from_the_event(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    from datetime import datetime

    from biosparc_desktop.services.interactions import InteractionDraft

    services = window.state.services
    event = next(e for e in services.events.rows(limit=50) if e.attendee_count)
    person = services.events.detail(event.id).attendees[0]
    at = datetime(event.held_on.year, event.held_on.month, event.held_on.day, 15, 30)
    logged = services.interactions.log(
        InteractionDraft(
            summary="Talked over the annex after the ceremony.",
            outcome="Meet again in January.",
            occurred_at=at,
            contact_ids=(person.contact_id,),
        )
    )
    services.interactions.log(  # another day: not this event's
        InteractionDraft(
            summary="A call a week later.",
            occurred_at=at.replace(day=1) if at.day > 7 else at.replace(day=20),
            contact_ids=(person.contact_id,),
        )
    )
    window.open_record("event", event.id)
    listing = window.events.detail.interactions
    keys = listing.keys()
    assert logged.id in keys
    assert all(services.interactions.get(k).occurred_at.date() == event.held_on for k in keys)
    item = listing.topLevelItem(keys.index(logged.id))
    assert item is not None
    seen: list[tuple[str, str]] = []
    when_modal(_read_and_edit(qtbot, seen))
    menu = listing.menu_for(item)
    assert menu is not None and _texts(menu) == ["Open…", "Delete"]
    menu.actions()[0].trigger()
    assert seen == [("Talked over the annex after the ceremony.", "Meet again in January.")]
    assert services.interactions.get(logged.id).outcome == "Both sides will draft the annex."
