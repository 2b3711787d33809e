"""Each service's draft of a record saves it unchanged: editing one field keeps the rest."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft

# kind: (the service, the ids of its demo records, the journal's name for the table)
KINDS: dict[str, tuple[Callable[[Services], Any], Callable[[Services], list[str]], str]] = {
    "organisation": (
        lambda s: s.organisations,
        lambda s: [r.id for r in s.organisations.rows()],
        "organisation",
    ),
    "contact": (lambda s: s.contacts, lambda s: [r.id for r in s.contacts.rows()], "contact"),
    "agreement": (
        lambda s: s.agreements,
        lambda s: [r.id for r in s.agreements.rows()],
        "agreement",
    ),
    "task": (lambda s: s.tasks, lambda s: [r.id for r in s.tasks.rows(limit=1000)], "task"),
    "interaction": (
        lambda s: s.interactions,
        lambda s: [r.id for r in s.interactions.rows()],
        "interaction",
    ),
    "event": (lambda s: s.events, lambda s: [r.id for r in s.events.rows()], "event"),
}


# Interactions and events replace their links on every save (see their update()), so
# for them only the record's own fields are compared in the journal, and the links in
# what the service reads back.
RELINKED = {"interaction", "event"}


@pytest.mark.parametrize("kind", list(KINDS))
def test_saving_the_draft_of_a_record_changes_nothing(demo: Services, kind: str) -> None:
    service_of, ids_of, entity = KINDS[kind]
    service = service_of(demo)
    ids = ids_of(demo)
    assert ids

    def changes(public_id: str) -> list[Any]:
        history = demo.journal.history(public_id, entity)
        return [c for c in history if not (kind in RELINKED and c.owned)]

    def links(public_id: str) -> Any:
        if kind == "event":
            return dataclasses.replace(demo.events.detail(public_id), event=None)
        return service.get(public_id) if kind == "interaction" else None

    for public_id in ids:
        before, linked = changes(public_id), links(public_id)
        service.update(public_id, service.draft(public_id))
        assert changes(public_id) == before, public_id
        assert links(public_id) == linked


def test_a_tasks_draft_keeps_the_interaction_it_follows_up(demo: Services) -> None:
    meeting = demo.interactions.rows()[0]
    task = demo.tasks.create(TaskDraft(title="Send the minutes", interaction_id=meeting.id))
    draft = demo.tasks.draft(task.id)
    assert draft.interaction_id == meeting.id
    demo.tasks.update(task.id, dataclasses.replace(draft, title="Send the signed minutes"))
    assert demo.tasks.draft(task.id).interaction_id == meeting.id


def test_an_events_draft_keeps_its_attendees_agreements_and_agenda(demo: Services) -> None:
    event = demo.events.rows()[0]
    draft = demo.events.draft(event.id)
    detail = demo.events.detail(event.id)
    assert draft.attendee_ids == tuple(a.contact_id for a in detail.attendees)
    assert draft.agreement_ids == detail.agreement_ids
    assert [a.title for a in draft.agenda] == [a.title for a in detail.agenda]
    assert draft.attendee_ids and draft.agreement_ids and draft.agenda
