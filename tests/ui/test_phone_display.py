"""A phone number looks the same in every place the interface shows it: national for
the user's region (Singapore, where numbers without a country code are read),
international for any other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("search", "shown"),
    [
        ("Zhou Xiaofeng", "+86 139 1234 5678"),  # Shenzhen: international
        ("Tan Wei Ming", "6436 8001"),  # Singapore: national
    ],
)
def test_one_number_shown_one_way_everywhere(
    qtbot, window: MainWindow, search: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    [person] = services.contacts.rows(ContactQuery(search=search))
    assert person.organisation_id is not None

    # The contacts list.
    window.open_record("contact", person.id)
    page = window.contacts.list
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == person.id)  # type: ignore[union-attr]
    assert model.index(row, headers.index("Phone")).data() == shown

    # The contact's card.
    card_texts = [label.text() for label in window.contacts.card.findChildren(QLabel)]
    assert shown in card_texts

    # The partner's list of contacts.
    window.open_record("organisation", person.organisation_id)
    contacts = window.partners.detail.contacts
    items = [contacts.topLevelItem(i) for i in range(contacts.topLevelItemCount())]
    [line] = [item for item in items if item is not None and item.text(0) == person.display_name]
    assert line.text(3) == shown

    # The edit form.
    dialog = ContactDialog(window.state, services.contacts.get(person.id), window)
    qtbot.addWidget(dialog)
    assert dialog.phones.text() == shown
