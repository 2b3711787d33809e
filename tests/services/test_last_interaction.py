"""organisation.last_interaction_at follows every write that can change it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.last_interaction import refresh_all
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def _last(services: Services, org_id: str) -> datetime | None:
    with services.context.read() as session:
        return session.scalar(
            select(Organisation.last_interaction_at).where(Organisation.public_id == org_id)
        )


def _log(services: Services, org_ids: tuple[str, ...], days_ago: int) -> str:
    draft = InteractionDraft(
        summary=f"Met {days_ago} days ago",
        organisation_ids=org_ids,
        occurred_at=NOW - timedelta(days=days_ago),
    )
    return services.interactions.log(draft).id


def _org(services: Services, name: str) -> str:
    return services.organisations.create(OrganisationDraft(name=name)).id


def test_follows_create_edit_delete_restore_and_purge(services: Services) -> None:
    org = _org(services, "NovaGen")
    assert _last(services, org) is None
    old = _log(services, (org,), 200)
    assert _last(services, org) == NOW - timedelta(days=200)
    recent = _log(services, (org,), 10)
    assert _last(services, org) == NOW - timedelta(days=10)

    row = services.interactions.get(recent)
    services.interactions.update(
        recent,
        InteractionDraft(
            summary=row.summary, organisation_ids=(org,), occurred_at=NOW - timedelta(days=5)
        ),
    )
    assert _last(services, org) == NOW - timedelta(days=5)

    services.interactions.delete(recent)
    assert _last(services, org) == NOW - timedelta(days=200)
    services.trash.restore(recent)
    assert _last(services, org) == NOW - timedelta(days=5)
    services.interactions.delete(recent)
    services.trash.purge(recent)
    assert _last(services, org) == NOW - timedelta(days=200)
    services.interactions.delete(old)
    assert _last(services, org) is None


def test_moving_an_interaction_to_another_organisation_updates_both(services: Services) -> None:
    first, second = _org(services, "First Bio"), _org(services, "Second Bio")
    item = _log(services, (first,), 3)
    row = services.interactions.get(item)
    services.interactions.update(
        item,
        InteractionDraft(
            summary=row.summary, organisation_ids=(second,), occurred_at=row.occurred_at
        ),
    )
    assert _last(services, first) is None
    assert _last(services, second) == NOW - timedelta(days=3)


def test_undo_and_redo_keep_it_in_step(services: Services) -> None:
    org = _org(services, "Undo Bio")
    batches: list[str] = []
    services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    _log(services, (org,), 7)
    undo = services.journal.revert(batches[-1], "Undo log interaction")
    assert _last(services, org) is None
    services.journal.revert(undo, "Redo log interaction")
    assert _last(services, org) == NOW - timedelta(days=7)


def test_merging_organisations_moves_the_last_interaction(services: Services) -> None:
    keep, gone = _org(services, "Keep Bio"), _org(services, "Gone Bio")
    _log(services, (gone,), 4)
    services.merging.merge("organisation", keep, gone)
    assert _last(services, keep) == NOW - timedelta(days=4)


def test_refresh_all_recomputes_after_a_bulk_write(services: Services) -> None:
    org = _org(services, "Bulk Bio")
    _log(services, (org,), 30)
    with services.context.write("scramble") as session:
        session.execute(text("UPDATE organisation SET last_interaction_at = NULL"))
    assert _last(services, org) is None
    with services.context.write("refresh") as session:
        refresh_all(session.connection())
    assert _last(services, org) == NOW - timedelta(days=30)


def test_edits_to_an_organisation_do_not_touch_it_and_it_is_not_an_edit(services: Services) -> None:
    org = _org(services, "Quiet Bio")
    before = services.organisations.get(org).updated_at
    _log(services, (org,), 1)
    assert services.organisations.get(org).updated_at == before  # derived, not an edit
    history = services.journal.history(org)
    assert not any(change.field == "last_interaction_at" for change in history)


def test_dropping_an_organisation_from_an_interaction_updates_it(services: Services) -> None:
    first, second = _org(services, "Stays Bio"), _org(services, "Dropped Bio")
    item = _log(services, (first, second), 6)
    row = services.interactions.get(item)
    services.interactions.update(  # the same time: only the link to the second goes
        item,
        InteractionDraft(
            summary=row.summary, organisation_ids=(first,), occurred_at=row.occurred_at
        ),
    )
    assert _last(services, first) == NOW - timedelta(days=6)
    assert _last(services, second) is None
