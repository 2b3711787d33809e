""" "Restore this value" goes through the owning service: its rules and derived fields apply."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biosparc_desktop.domain.enums import PartyRole, RelationshipStage
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.errors import Conflict, ValidationError
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.history import Change
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


def _restore(services: Services, record_id: str, entity: str, field: str) -> None:
    """Restore the newest change of ``field``, as the history panel does."""
    change = _newest(services, record_id, entity, field)
    raw = json.dumps(change.old_value, ensure_ascii=False)
    services.journal.restore_value(record_id, entity, field, raw)


def _newest(services: Services, record_id: str, entity: str, field: str) -> Change:
    history = services.journal.history(record_id, entity)
    return next(c for c in history if not c.owned and c.field == field)


def _database_bytes(services: Services) -> tuple[int, bytes]:
    """The journal's length and the file itself, after a checkpoint."""
    with services.context.read() as session:
        count = int(session.scalar(select(func.count(ChangeEntry.id))) or 0)
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(str(session.get_bind().url.database))
    return count, path.read_bytes()


def test_restoring_a_family_name_updates_sort_order_and_search(services: Services) -> None:
    s = services
    s.contacts.create(ContactDraft(given_name="Anna", family_name="Lim"))
    wei = s.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    s.contacts.update(wei.id, ContactDraft(given_name="Wei", family_name="Abbott"))
    assert [r.display_name for r in s.contacts.rows()] == ["Wei Abbott", "Anna Lim"]

    _restore(s, wei.id, "contact", "family_name")

    assert [r.display_name for r in s.contacts.rows()] == ["Anna Lim", "Wei Zhang"]
    assert [r.id for r in s.contacts.rows(ContactQuery(search="zhang"))] == [wei.id]
    assert s.contacts.rows(ContactQuery(search="abbott")) == []
    restored = _newest(s, wei.id, "contact", "family_name")
    assert (restored.old_value, restored.new_value, restored.batch_label) == (
        "Abbott",
        "Zhang",
        "Restore family name",
    )


def test_restoring_a_chinese_name_brings_its_pinyin_back(services: Services) -> None:
    s = services
    row = s.contacts.create(ContactDraft(name_zh="张伟"))
    s.contacts.update(row.id, ContactDraft(name_zh="李娜"))
    _restore(s, row.id, "contact", "name_zh")
    assert s.contacts.get(row.id).pinyin == "zhang wei"
    assert [r.id for r in s.contacts.rows(ContactQuery(search="zhang"))] == [row.id]


@pytest.fixture
def agreement(services: Services) -> str:
    s = services
    a = s.organisations.create(OrganisationDraft(name="Biosparc"))
    b = s.organisations.create(OrganisationDraft(name="NCCS"))
    draft = AgreementDraft(
        title="Research MoU",
        parties=(PartyDraft(a.id, PartyRole.BIOSPARC), PartyDraft(b.id)),
        effective_on="2026-01-01",
        expires_on="2027-01-01",
        renewal_notice_days=30,
    )
    row = s.agreements.create(draft)
    s.agreements.update(row.id, AgreementDraft(**{**draft.__dict__, "expires_on": "2028-06-30"}))
    s.agreements.update(
        row.id,
        AgreementDraft(
            **{**draft.__dict__, "expires_on": "2028-06-30", "effective_on": "2027-06-01"}
        ),
    )
    return row.id


def test_an_impossible_date_is_refused_and_nothing_is_written(
    services: Services, agreement: str
) -> None:
    before = _database_bytes(services)
    with pytest.raises(ValidationError, match="expiry date must be after the effective date"):
        _restore(services, agreement, "agreement", "expires_on")  # 2027-01-01 < 2027-06-01
    assert _database_bytes(services) == before
    assert services.agreements.get(agreement).expires_on == date(2028, 6, 30)


def test_a_restored_expiry_moves_the_renewal_notice(services: Services, agreement: str) -> None:
    _restore(services, agreement, "agreement", "effective_on")  # back to 2026-01-01
    _restore(services, agreement, "agreement", "expires_on")  # now 2027-01-01 is fine
    with services.context.read() as session:
        notice = session.connection().exec_driver_sql("SELECT renewal_notice_on FROM agreement")
        assert notice.scalar() == "2026-12-02"


def test_a_partner_name_taken_since_is_refused(services: Services) -> None:
    s = services
    org = s.organisations.create(OrganisationDraft(name="Mirxes"))
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes Pte Ltd"))
    s.organisations.create(OrganisationDraft(name="mirxes"))
    with pytest.raises(Conflict, match="An organisation named “mirxes” already exists"):
        _restore(s, org.id, "organisation", "name")
    assert s.organisations.get(org.id).name == "Mirxes Pte Ltd"


def test_a_stage_and_an_owner_are_restored(services: Services) -> None:
    s = services
    org = s.organisations.create(OrganisationDraft(name="Mirxes", owner="Chen Yu"))
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes", owner="Li Na"))
    s.organisations.set_stage(org.id, RelationshipStage.ENGAGED)
    _restore(s, org.id, "organisation", "stage")
    _restore(s, org.id, "organisation", "owner_id")
    row = s.organisations.get(org.id)
    assert (row.stage, row.owner, row.tags) == (RelationshipStage.PROSPECT, "Chen Yu", ())


def test_an_event_venue_is_restored_without_touching_its_attendees(services: Services) -> None:
    s = services
    who = s.contacts.create(ContactDraft(given_name="Wei"))
    draft = EventDraft(name="Signing", held_on="2026-12-01", venue="Suzhou", attendee_ids=(who.id,))
    event = s.events.create(draft)
    s.events.update(event.id, EventDraft(**{**draft.__dict__, "venue": "Singapore"}))
    owned_before = [c for c in s.journal.history(event.id, "event") if c.owned]
    _restore(s, event.id, "event", "venue")
    assert s.events.get(event.id).venue == "Suzhou"
    assert [c for c in s.journal.history(event.id, "event") if c.owned] == owned_before


def test_an_empty_event_name_is_refused(services: Services) -> None:
    event = services.events.create(EventDraft(name="Signing", held_on="2026-12-01"))
    with pytest.raises(ValidationError):
        services.journal.restore_value(event.id, "event", "name", json.dumps(None))
    assert services.events.get(event.id).name == "Signing"


@pytest.mark.parametrize(
    ("entity", "field"),
    [
        ("contact", "sort_name"),
        ("contact", "pinyin"),
        ("agreement", "renewal_notice_on"),
        ("agreement", "status"),  # the lifecycle only moves on
        ("organisation", "deleted_at"),
    ],
)
def test_derived_fields_are_not_restored_alone(services: Services, entity: str, field: str) -> None:
    assert not services.journal.restorable(entity, field)
    with pytest.raises(ValidationError, match="use Undo instead"):
        services.journal.restore_value("any", entity, field, json.dumps("x"))
