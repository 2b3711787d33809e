"""The Trash: every kind of record, what it was linked to, restore, purge, empty, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.domain.models import Base
from biosparc_desktop.errors import Conflict, NotFound
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.store.integrity import check_integrity
from tests.conftest import FIXED_NOW


def _batches(services: Services) -> list[str]:
    batches: list[str] = []
    services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    return batches


def _world(services: Services) -> dict[str, str]:
    """One record of each kind, linked together the way real data is."""
    s = services
    mirxes = s.organisations.create(OrganisationDraft(name="Mirxes", name_zh="觅瑞", country="SG"))
    nccs = s.organisations.create(OrganisationDraft(name="NCCS"))
    wei = s.contacts.create(
        ContactDraft(
            given_name="Wei",
            family_name="Zhang",
            organisation_id=mirxes.id,
            emails=("wei@mirxes.com", "zw@example.cn"),
            phones=("+65 6123 4567",),
            tags=("vip",),
        )
    )
    mou = s.agreements.create(
        AgreementDraft(
            title="Mirxes MoU",
            parties=(PartyDraft(mirxes.id), PartyDraft(nccs.id)),
            signatory_ids=(wei.id,),
        )
    )
    meeting = s.interactions.log(
        InteractionDraft(
            summary="Kick-off meeting about the\nlung cancer panel",
            organisation_ids=(mirxes.id,),
            contact_ids=(wei.id,),
        )
    )
    event = s.events.create(
        EventDraft(
            name="Signing ceremony",
            held_on=date(2026, 12, 3),
            organisation_ids=(mirxes.id,),
            attendee_ids=(wei.id,),
            agreement_ids=(mou.id,),
        )
    )
    task = s.tasks.create(
        TaskDraft(
            title="Send the draft", agreement_id=mou.id, contact_id=wei.id, due_on="2026-12-01"
        )
    )
    return {
        "organisation": mirxes.id,
        "nccs": nccs.id,
        "contact": wei.id,
        "agreement": mou.id,
        "interaction": meeting.id,
        "event": event.id,
        "task": task.id,
    }


def _delete_all(services: Services, ids: dict[str, str]) -> None:
    s = services
    s.tasks.delete(ids["task"])
    s.events.delete(ids["event"])
    s.interactions.delete(ids["interaction"])
    s.agreements.delete(ids["agreement"])
    s.contacts.delete(ids["contact"])
    s.organisations.delete(ids["organisation"])


def _table_counts(services: Services) -> dict[str, int]:
    """Rows in every table of the model except the journal."""
    with services.context.read() as session:
        return {
            name: int(session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0)
            for name in Base.metadata.tables
            if name != "change_entry"
        }


def test_deleted_records_of_every_kind_are_listed_with_their_links(services: Services) -> None:
    ids = _world(services)
    assert services.trash.rows() == []
    _delete_all(services, ids)
    items = {item.kind: item for item in services.trash.rows()}
    assert set(items) == {"organisation", "contact", "agreement", "interaction", "event", "task"}
    assert items["organisation"].title == "Mirxes (觅瑞)"
    assert items["organisation"].kind_label == "Partner"
    # Links are sentences for the interface to word; str() of each is its English.
    links = {kind: tuple(str(link) for link in item.links) for kind, item in items.items()}
    assert links["contact"] == ("At Mirxes (in the Trash)", "wei@mirxes.com", "zw@example.cn")
    assert links["agreement"] == ("Draft", "Mirxes (in the Trash)", "NCCS")
    assert str(items["interaction"].title) == (
        "Meeting: Kick-off meeting about the lung cancer panel"
    )
    assert "Wei Zhang (in the Trash)" in links["interaction"]
    assert links["event"][0] == "2026-12-03"
    assert "1 attendee" in links["event"]
    assert {"About Mirxes MoU", "With Wei Zhang (in the Trash)", "Due 2026-12-01"} <= set(
        links["task"]
    )
    assert items["task"].purge_on == (FIXED_NOW + timedelta(days=30)).astimezone().date()
    assert services.trash.count() == 6
    assert [i.kind for i in services.trash.rows("contact")] == ["contact"]


def test_restore_brings_a_record_back_with_its_links(services: Services) -> None:
    ids = _world(services)
    services.contacts.delete(ids["contact"])
    with pytest.raises(NotFound):
        services.contacts.get(ids["contact"])
    restored = services.trash.restore(ids["contact"])
    assert restored.kind == "contact"
    contact = services.contacts.get(ids["contact"])
    assert contact.emails == ("wei@mirxes.com", "zw@example.cn")
    assert contact.organisation == "Mirxes"
    assert services.trash.rows() == []
    with pytest.raises(NotFound, match="not in the Trash"):
        services.trash.restore(ids["contact"])


def test_restore_refuses_a_partner_whose_name_is_taken_again(services: Services) -> None:
    ids = _world(services)
    services.organisations.delete(ids["organisation"])
    services.organisations.create(OrganisationDraft(name="mirxes"))
    with pytest.raises(Conflict, match="rename it first"):
        services.trash.restore(ids["organisation"])
    assert [i.id for i in services.trash.rows()] == [ids["organisation"]]


def test_empty_trash_removes_for_good_and_undo_brings_everything_back(
    services: Services,
) -> None:
    batches = _batches(services)
    ids = _world(services)
    before = _table_counts(services)
    _delete_all(services, ids)
    assert services.trash.empty() == 6
    assert services.trash.rows() == []
    after = _table_counts(services)
    assert after["organisation"] == 1  # NCCS stays
    assert after["contact_email"] == after["signatory"] == after["agreement_party"] == 0
    assert check_integrity(services.context.session_factory.kw["bind"], full=True).ok

    services.journal.revert(batches[-1], "Undo Empty Trash")
    assert _table_counts(services) == before
    assert {i.id for i in services.trash.rows()} == {
        ids[k] for k in ("organisation", "contact", "agreement", "interaction", "event", "task")
    }
    services.trash.restore(ids["agreement"])
    services.trash.restore(ids["organisation"])
    agreement = services.agreements.get(ids["agreement"])
    assert agreement.status is AgreementStatus.DRAFT
    assert {p for p in agreement.party_names.split(", ")} >= {"Mirxes", "NCCS"}
    assert check_integrity(services.context.session_factory.kw["bind"], full=True).ok


def test_purging_a_partner_keeps_its_people_and_clears_their_link(services: Services) -> None:
    ids = _world(services)
    services.organisations.delete(ids["organisation"])
    services.trash.empty()
    contact = services.contacts.get(ids["contact"])
    assert contact.organisation is None
    assert contact.emails == ("wei@mirxes.com", "zw@example.cn")
    assert services.tasks.get(ids["task"]).title == "Send the draft"


def test_only_records_trashed_over_30_days_ago_are_purged(services: Services) -> None:
    ids = _world(services)
    services.tasks.delete(ids["task"])
    services.events.delete(ids["event"])
    with services.context.write("Backdate") as session:
        session.execute(
            text("UPDATE task SET deleted_at = :old WHERE public_id = :id"),
            {"old": (FIXED_NOW - timedelta(days=31)).replace(tzinfo=None), "id": ids["task"]},
        )
    assert services.trash.purge_expired() == 1
    assert [i.id for i in services.trash.rows()] == [ids["event"]]
    assert services.trash.purge_expired() == 0


def test_nothing_to_purge_adds_no_undo_step(services: Services) -> None:
    batches = _batches(services)
    assert services.trash.empty() == 0
    assert services.trash.purge_expired() == 0
    assert batches == []


def test_restore_is_journalled_so_it_can_be_undone(services: Services) -> None:
    batches = _batches(services)
    ids = _world(services)
    services.tasks.delete(ids["task"])
    services.trash.restore(ids["task"])
    assert services.journal.batch(batches[-1]).label == "Restore follow-up Send the draft"
    services.journal.revert(batches[-1], "Undo restore")
    assert [i.id for i in services.trash.rows()] == [ids["task"]]


def test_purge_one_record_for_good(services: Services) -> None:
    ids = _world(services)
    services.interactions.delete(ids["interaction"])
    services.events.delete(ids["event"])
    services.trash.purge(ids["interaction"])
    assert [i.id for i in services.trash.rows()] == [ids["event"]]
    with pytest.raises(NotFound):
        services.trash.purge(ids["interaction"])
    with pytest.raises(NotFound):
        services.trash.get(ids["contact"])  # alive, so not in the Trash
