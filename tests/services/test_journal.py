"""The change journal: history of a record, undo and redo of whole user actions."""

from __future__ import annotations

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


def _last_batch(services: Services) -> list[str]:
    batches: list[str] = []
    services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    return batches


def test_history_records_each_field_change(services: Services) -> None:
    services.staff.use("Chen Yu")
    row = services.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    services.organisations.update(
        row.id, OrganisationDraft(name="Mirxes Pte Ltd", city="Singapore")
    )
    history = services.journal.history(row.id)
    assert history[0].field == "name"
    assert (history[0].old_value, history[0].new_value) == ("Mirxes", "Mirxes Pte Ltd")
    assert history[0].staff == "Chen Yu"
    assert history[-1].action == "insert"


def test_undo_and_redo_an_edit(services: Services) -> None:
    batches = _last_batch(services)
    row = services.organisations.create(OrganisationDraft(name="Mirxes"))
    services.organisations.update(
        row.id, OrganisationDraft(name="Mirxes Pte Ltd", tags=("diagnostics",))
    )
    undo = services.journal.revert(batches[-1], "Undo edit")
    assert services.organisations.get(row.id).name == "Mirxes"
    assert services.organisations.get(row.id).tags == ()
    services.journal.revert(undo, "Redo edit")
    assert services.organisations.get(row.id).name == "Mirxes Pte Ltd"
    assert services.organisations.get(row.id).tags == ("diagnostics",)


def test_undo_a_delete_and_a_create_with_children(services: Services) -> None:
    batches = _last_batch(services)
    row = services.contacts.create(
        ContactDraft(
            given_name="Wei", family_name="Zhang", name_zh="张伟", emails=("z@x.cn",), tags=("vip",)
        )
    )
    created = batches[-1]
    services.contacts.delete(row.id)
    services.journal.revert(batches[-1], "Undo delete")
    assert services.contacts.get(row.id).emails == ("z@x.cn",)
    services.journal.revert(created, "Undo add")
    assert services.contacts.count(ContactQuery()) == 0
    try:
        services.contacts.get(row.id)
    except NotFound:
        pass
    else:
        raise AssertionError("the contact should be gone after undoing its creation")


def test_undo_of_an_edit_that_removed_an_email_brings_it_back(services: Services) -> None:
    """A row taken out of a list (an orphan the unit of work deletes) is journalled too."""
    batches = _last_batch(services)
    row = services.contacts.create(
        ContactDraft(given_name="Wei", emails=("a@b.com", "z@x.cn"), tags=("vip",))
    )
    services.contacts.update(row.id, ContactDraft(given_name="Wei", emails=("z@x.cn",)))
    undo = services.journal.revert(batches[-1], "Undo edit")
    restored = services.contacts.get(row.id)
    assert (restored.emails, restored.tags) == (("a@b.com", "z@x.cn"), ("vip",))
    services.journal.revert(undo, "Redo edit")
    assert services.contacts.get(row.id).emails == ("z@x.cn",)


def test_undo_of_an_event_edit_keeps_the_attendee_it_replaced(services: Services) -> None:
    """The edit removed the attendee's link and added an equal one: undo swaps them back."""
    batches = _last_batch(services)
    wei = services.contacts.create(ContactDraft(given_name="Wei"))
    event = services.events.create(
        EventDraft(name="Signing", held_on="2026-12-01", attendee_ids=(wei.id,))
    )
    services.events.update(
        event.id, EventDraft(name="Signing ceremony", held_on="2026-12-01", attendee_ids=(wei.id,))
    )
    undo = services.journal.revert(batches[-1], "Undo edit")
    detail = services.events.detail(event.id)
    assert (detail.event.name, [a.name for a in detail.attendees]) == ("Signing", ["Wei"])
    services.journal.revert(undo, "Redo edit")
    detail = services.events.detail(event.id)
    assert (detail.event.name, [a.name for a in detail.attendees]) == ("Signing ceremony", ["Wei"])
