"""Adding one attendee to an event (quick capture at the event)."""

from __future__ import annotations

from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.registry import Services


def test_add_attendee_once(services: Services) -> None:
    event = services.events.create(EventDraft(name="Forum", held_on="2026-11-27"))
    person = services.contacts.create(ContactDraft(given_name="Mei", family_name="Lin"))
    services.events.add_attendee(event.id, person.id)
    services.events.add_attendee(event.id, person.id)  # already there: nothing more
    detail = services.events.detail(event.id)
    assert [a.contact_id for a in detail.attendees] == [person.id]
    assert services.events.get(event.id).attendee_count == 1
