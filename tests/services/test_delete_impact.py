"""Counting what points at a record before it goes to the Trash."""

from __future__ import annotations

import pytest

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft


def test_a_partner_with_contacts_agreements_and_follow_ups(demo: Services) -> None:
    nccs = demo.organisations.find("NCCS")
    contacts = demo.contacts.count(ContactQuery(organisation_id=nccs.id))
    demo.tasks.create(TaskDraft(title="Call", organisation_id=nccs.id))
    impact = demo.delete_impact.of("organisation", nccs.id)
    assert impact.name == "National Cancer Centre Singapore"
    assert impact.contacts == contacts == 2
    assert impact.agreements >= 1
    assert impact.followups >= 1
    assert not impact.is_empty()


def test_deleted_links_no_longer_count(demo: Services) -> None:
    nccs = demo.organisations.find("NCCS")
    before = demo.delete_impact.of("organisation", nccs.id)
    [first, *_] = demo.contacts.rows(ContactQuery(organisation_id=nccs.id))
    demo.contacts.delete(first.id)
    assert demo.delete_impact.of("organisation", nccs.id).contacts == before.contacts - 1


def test_a_lone_follow_up_has_no_impact_and_a_trashed_record_is_not_found(
    demo: Services,
) -> None:
    task = demo.tasks.create(TaskDraft(title="Alone"))
    assert demo.delete_impact.of("task", task.id).is_empty()
    demo.tasks.delete(task.id)
    with pytest.raises(NotFound):
        demo.delete_impact.of("task", task.id)
