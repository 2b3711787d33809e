"""The short lists inside detail panes (a partner's contacts, an agreement's parties, an
event's attendees, the interaction lists) give each row its record's own context menu;
agreements and events log interactions and add follow-ups from their detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from biosparc_desktop.domain.enums import EventKind, InteractionKind, PartyRole
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.widgets.record_list import RecordList

pytestmark = pytest.mark.gui


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _keys(listing: RecordList) -> list[str]:
    return listing.keys()


def _visible_labels(pane: QWidget) -> list[QLabel]:
    return [label for label in pane.findChildren(QLabel) if label.isVisible()]


def _menu_of(listing: RecordList, key: str):  # type: ignore[no-untyped-def]
    keys = listing.keys()
    assert key in keys
    item = listing.topLevelItem(keys.index(key))
    assert item is not None
    menu = listing.menu_for(item)
    assert menu is not None
    return menu


def _action(menu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_only_lists_of_things_that_are_not_records_keep_the_bare_menu(window: MainWindow) -> None:
    from biosparc_desktop.ui.widgets.history_panel import HistoryPanel

    # The agenda's items and the history's lines are not records of their own, and the
    # Trash has its own Restore buttons: every other list's rows are records.
    not_records = {id(window.events.detail.agenda), id(window.trash.list)}
    not_records |= {id(panel.list) for panel in window.findChildren(HistoryPanel)}
    lists = window.findChildren(RecordList)
    assert len(lists) > len(not_records)
    for listing in lists:
        if id(listing) in not_records:
            assert listing.kind is None
        else:
            assert listing.kind is not None and listing.menu_factory is not None, listing


def test_a_partners_contacts_have_the_contact_menu_and_delete_from_there(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    people = services.contacts.rows(ContactQuery(organisation_id=nccs.id))
    window.open_record("organisation", nccs.id)
    contacts = window.partners.detail.contacts
    menu = _menu_of(contacts, people[0].id)
    assert _texts(menu) == ["Open", "Edit…", "Log interaction…", "Add follow-up…", "Delete"]
    _action(menu, "Delete").trigger()
    assert services.contacts.count(ContactQuery(organisation_id=nccs.id)) == len(people) - 1
    assert people[0].id not in _keys(contacts)  # the pane shows it at once
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    # The partner stays on screen: the delete did not move the window elsewhere.
    assert window.current_view_name() == "partners"
    assert window.partners.current_id() == nccs.id


def test_a_partners_agreement_row_opens_and_logs_from_its_menu(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    window.open_record("organisation", nccs.id)
    listing = window.partners.detail.agreements
    agreement_id = listing.keys()[0]
    menu = _menu_of(listing, agreement_id)
    assert _texts(menu)[:4] == ["Open", "Edit…", "Log interaction…", "Add follow-up…"]
    _action(menu, "Open").trigger()
    assert window.current_view_name() == "agreements"
    assert window.agreements.current_id() == agreement_id


def test_links_offer_no_delete(window: MainWindow) -> None:
    """An event's attendees and an agreement's parties are links to records: deleting
    the person or the partner from there would surprise."""
    services = window.state.services
    event = next(e for e in services.events.rows(limit=50) if e.attendee_count)
    window.open_record("event", event.id)
    attendee = services.events.detail(event.id).attendees[0].contact_id
    assert _texts(_menu_of(window.events.detail.attendees, attendee)) == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
    ]
    agreement = services.agreements.rows(limit=1)[0]
    window.open_record("agreement", agreement.id)
    party = agreement.parties[0].organisation_id
    assert _texts(_menu_of(window.agreements.detail.parties, party)) == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
        "Briefing pack…",
    ]


def test_an_interaction_is_deleted_from_a_timeline_and_comes_back_with_undo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations
) -> None:
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    [first, *rest] = services.interactions.rows(organisation_id=nccs.id)
    window.open_record("organisation", nccs.id)
    timeline = window.partners.detail.timeline
    _action(_menu_of(timeline, first.id), "Delete").trigger()
    assert first.id not in _keys(timeline)
    assert [r.id for r in services.interactions.rows(organisation_id=nccs.id)] == [
        r.id for r in rest
    ]
    assert window.state.undo()
    qtbot.waitUntil(lambda: first.id in _keys(timeline))


def test_an_agreement_logs_an_interaction_with_its_parties(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    agreement = next(a for a in services.agreements.rows(limit=50) if len(a.parties) > 1)
    partners = tuple(p.organisation_id for p in agreement.parties if p.role != PartyRole.BIOSPARC)
    window.open_record("agreement", agreement.id)
    pane = window.agreements.detail
    assert pane.log_button.isVisible() and pane.log_button.text() == "&Log interaction…"
    seen: list[tuple[str, ...]] = []

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        seen.append(dialog.organisations.checked())
        dialog.summary.setPlainText("Went through the annex with the partners.")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(log)
    pane.log_button.click()
    assert seen and set(seen[0]) == set(partners) and seen[0]
    logged = services.interactions.rows(organisation_id=partners[0])[0]
    assert logged.summary == "Went through the annex with the partners."
    assert logged.id in _keys(pane.interactions)  # shown in the agreement at once


def test_an_agreement_adds_a_follow_up_linked_to_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    agreement = services.agreements.rows(limit=1)[0]
    window.open_record("agreement", agreement.id)

    def follow(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        dialog.title_field.setText("Chase the countersigned copy")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(follow)
    window.agreements.detail.followup_button.click()
    task = services.tasks.get(window.dialogs.last_dialog.saved.id)  # type: ignore[union-attr]
    assert task.title == "Chase the countersigned copy"
    assert task.agreement_id == agreement.id


def test_an_event_logs_an_interaction_on_its_day(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    services = window.state.services
    event = next(
        e
        for e in services.events.rows(limit=50)
        if e.kind == EventKind.SIGNING_CEREMONY and e.organisation_ids
    )
    own = services.organisations.own_ids()
    assert own, "the demo data has Biosparc as a party"
    window.open_record("event", event.id)
    detail = window.events.detail
    seen: list[object] = []

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, InteractionDialog)
        when = dialog.when.dateTime().date()
        seen.append((when.year(), when.month(), when.day()))
        seen.append(dialog.kind.currentData())
        seen.append(dialog.organisations.checked())
        dialog.summary.setPlainText("Toast with the hospital's president after the signing.")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(log)
    detail.log_button.click()
    day, kind, organisations = seen
    assert day == (event.held_on.year, event.held_on.month, event.held_on.day)
    assert kind == InteractionKind.SIGNING
    assert organisations and not set(organisations) & own  # with the partners, not us
    assert set(organisations) <= set(event.organisation_ids)
    summaries = [services.interactions.get(k).summary for k in _keys(detail.interactions)]
    assert "Toast with the hospital's president after the signing." in summaries


def test_the_detail_buttons_keep_the_menu_letters_free(window: MainWindow) -> None:
    for button in (
        window.agreements.detail.log_button,
        window.agreements.detail.followup_button,
        window.events.detail.log_button,
        window.events.detail.followup_button,
    ):
        letter = button.text().split("&", 1)[1][0].lower()
        assert letter not in "fevh", button.text()
    assert (
        Qt.ContextMenuPolicy.CustomContextMenu
        == window.partners.detail.contacts.contextMenuPolicy()
    )


def test_tab_leaves_a_list_for_its_detail_and_reaches_the_short_lists(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """From the keyboard alone: the partners list, Tab into the partner's detail, on to
    the list of its contacts, where the menu key offers the contact's actions."""
    from PySide6.QtWidgets import QApplication

    window.open_record("organisation", window.state.services.organisations.find("NCCS").id)
    window.go_to_view("partners")
    table = window.partners.list.table
    detail = window.partners.detail
    qtbot.waitUntil(lambda: any("nccs.com.sg" in label.text() for label in _visible_labels(detail)))
    seen = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is detail.contacts:
            break
    assert detail.isAncestorOf(seen[0])  # the first Tab already leaves the list
    assert [w for w in seen if isinstance(w, QLabel)] == [seen[0]]  # the website link
    assert seen[-1] is detail.contacts
    # Of the partner's facts only the website takes the keyboard, just before the buttons
    # (where it is on screen), and Shift+Tab leaves it.
    detail.edit_button.setFocus()
    qtbot.keyClick(detail.edit_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    link = QApplication.focusWidget()
    assert link is not None and "nccs.com.sg" in getattr(link, "text", str)()
    qtbot.keyClick(link, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table


def _press_menu_key(view) -> None:  # type: ignore[no-untyped-def]
    """The menu key as Qt delivers it: a keyboard context menu event to the focused list
    itself, at its current row's place in the list's own coordinates."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    at = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, view.mapToGlobal(at))
    QApplication.sendEvent(view, event)


def test_the_menu_key_opens_the_menu_of_the_current_row(  # type: ignore[no-untyped-def]
    window: MainWindow, monkeypatch
) -> None:
    """Not of the row below it (the lists have a header above their rows)."""
    from biosparc_desktop.ui import row_menus

    asked: list[str] = []
    monkeypatch.setattr(
        row_menus, "row_menu", lambda _w, _k, public_id, **_: asked.append(public_id)
    )
    monkeypatch.setattr(row_menus, "popup", lambda _menu, _at: None)
    window.show_view("partners")
    page = window.partners.list
    for row in (0, 3):
        page.table.selectRow(row)
        chosen = page.current_row()
        _press_menu_key(page.table)
        assert page.current_row() == chosen
        assert asked[-1] == chosen.id  # type: ignore[union-attr]

    nccs = window.state.services.organisations.find("NCCS")
    window.open_record("organisation", nccs.id)
    contacts = window.partners.detail.contacts
    menus: list[str] = []
    monkeypatch.setattr(
        contacts, "menu_for", lambda item: menus.append(item.data(0, Qt.ItemDataRole.UserRole))
    )
    first = contacts.topLevelItem(0)
    contacts.setCurrentItem(first)
    _press_menu_key(contacts)
    assert contacts.currentItem() is first
    assert menus == [first.data(0, Qt.ItemDataRole.UserRole)]  # type: ignore[union-attr]


def test_tab_goes_from_a_partners_tab_bar_to_its_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Not to the tab bar's scroll arrow first (the tabs do not fit a narrow pane; the
    arrow keys choose the hidden ones)."""
    from PySide6.QtWidgets import QApplication

    nccs = window.state.services.organisations.find("NCCS")
    window.open_record("organisation", nccs.id)
    tabs = window.partners.detail.tabs
    bar = tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tabs.currentWidget()
    for key in ("contacts",):
        card_tabs = window.views[key].findChild(type(tabs))
        assert card_tabs is not None
        assert all(
            not arrow.focusPolicy() & Qt.FocusPolicy.TabFocus
            for arrow in card_tabs.tabBar().children()
            if isinstance(arrow, QWidget)
        )


def test_delete_on_a_row_of_a_detail_list_deletes_that_row(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations
) -> None:
    """The Delete key on a partner's contact deletes the contact, as the row's menu does,
    not the partner the pane shows; on a row that is only a link (an agreement's party)
    it deletes nothing."""
    services = window.state.services
    nccs = services.organisations.find("NCCS")
    people = services.contacts.rows(ContactQuery(organisation_id=nccs.id))
    window.open_record("organisation", nccs.id)
    contacts = window.partners.detail.contacts
    contacts.setFocus()
    contacts.setCurrentItem(contacts.topLevelItem(1))
    qtbot.keyClick(contacts, Qt.Key.Key_Delete)
    assert len(confirmations) == 1 and (people[1].given_name or "") in confirmations[0]
    assert services.contacts.count(ContactQuery(organisation_id=nccs.id)) == len(people) - 1
    assert services.organisations.find("NCCS").id == nccs.id

    agreement = services.agreements.rows(AgreementQuery(), limit=1)[0]
    window.open_record("agreement", agreement.id)
    parties = window.agreements.detail.parties
    parties.setFocus()
    parties.setCurrentItem(parties.topLevelItem(0))
    qtbot.keyClick(parties, Qt.Key.Key_Delete)
    assert len(confirmations) == 1
    assert services.agreements.count(AgreementQuery()) >= 1
    assert agreement.id in [a.id for a in services.agreements.rows(AgreementQuery())]
