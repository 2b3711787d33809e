"""Follow-up rows name what each task is about, whatever it is linked to, in list order."""

from __future__ import annotations

from datetime import date

from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery


def test_rows_carry_every_linked_name(services: Services) -> None:
    org = services.organisations.create(OrganisationDraft(name="NovaGen", name_zh="诺华基因"))
    person = services.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", name_zh="张伟", organisation_id=org.id)
    )
    event = services.events.create(EventDraft(name="Signing ceremony", held_on=date(2026, 12, 3)))
    services.staff.ensure("Priya Nair")
    linked = services.tasks.create(
        TaskDraft(
            title="Send the term sheet",
            due_on=date(2026, 12, 1),
            assignee="Priya Nair",
            organisation_id=org.id,
            contact_id=person.id,
            event_id=event.id,
        )
    )
    bare = services.tasks.create(TaskDraft(title="Tidy the files", due_on=date(2026, 11, 29)))
    undated = services.tasks.create(TaskDraft(title="Someday"))
    rows = services.tasks.rows(TaskQuery())
    assert [r.id for r in rows] == [bare.id, linked.id, undated.id]  # by due date, none last
    row = rows[1]
    assert (row.organisation, row.organisation_id) == ("NovaGen", org.id)
    assert (row.contact, row.contact_id) == ("Zhang Wei (张伟)", person.id)
    assert (row.event, row.event_id) == ("Signing ceremony", event.id)
    assert row.assignee == "Priya Nair"
    assert row.about == "NovaGen"
    assert rows[0].organisation is None and rows[0].contact is None and rows[0].about == ""
    assert services.tasks.get(linked.id) == row  # the one-query page agrees with get()
