"""The index follows every write: create, edit, Trash, restore, undo, redo, purge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, text

from biosparc_desktop.search.documents import MODELS
from biosparc_desktop.search.index import check, rebuild
from biosparc_desktop.search.schema import rowid_for
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.store import migrate


def _batches(services: Services) -> list[str]:
    batches: list[str] = []
    services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    return batches


def _found(services: Services, kind: str, typed: str) -> list[str]:
    return [h.id for h in services.search.search(typed) if h.kind == kind]


def _index_row(services: Services, kind: str, public_id: str) -> tuple[str, ...] | None:
    model = MODELS[kind]
    with services.context.read() as session:
        record_id = session.scalar(select(model.id).where(model.public_id == public_id))
        if record_id is None:
            return None
        row = session.execute(
            text("SELECT title, detail, notes FROM search_index WHERE rowid = :r"),
            {"r": rowid_for(kind, record_id)},
        ).first()
    return tuple(row) if row else None


def _index_is_whole(services: Services) -> bool:
    with services.context.read() as session:
        return check(session.connection()).ok


def test_contact_create_edit_email_delete_restore_undo(services: Services) -> None:
    batches = _batches(services)
    row = services.contacts.create(ContactDraft(name_zh="张伟", emails=("zw@bio.cn",)))
    created = batches[-1]
    assert _found(services, "contact", "zhang wei") == [row.id]
    assert _found(services, "contact", "zw@bio.cn") == [row.id]

    services.contacts.update(row.id, ContactDraft(name_zh="王芳", emails=("wf@bio.cn",)))
    assert _found(services, "contact", "张伟") == []
    assert _found(services, "contact", "zw@bio") == []
    assert _found(services, "contact", "wang fang") == [row.id]
    assert _found(services, "contact", "wf@bio.cn") == [row.id]

    services.journal.revert(batches[-1], "Undo edit")
    assert _found(services, "contact", "张伟") == [row.id]
    assert _found(services, "contact", "王芳") == []

    services.contacts.delete(row.id)
    assert _found(services, "contact", "张伟") == []
    assert services.contacts.count(ContactQuery(search="张伟")) == 0
    services.journal.revert(batches[-1], "Undo delete")
    assert _found(services, "contact", "张伟") == [row.id]

    services.contacts.delete(row.id)
    services.trash.restore(row.id)
    assert services.contacts.count(ContactQuery(search="张伟")) == 1

    services.journal.revert(created, "Undo add")
    assert _index_row(services, "contact", row.id) is None
    assert _found(services, "contact", "张伟") == []
    assert _index_is_whole(services)


def test_purge_removes_the_index_row(services: Services) -> None:
    row = services.contacts.create(ContactDraft(given_name="Rachel", emails=("r@x.sg",)))
    services.contacts.delete(row.id)
    assert _index_row(services, "contact", row.id) is not None  # trashed, still indexed
    services.trash.purge(row.id)
    assert _index_is_whole(services)
    assert _found(services, "contact", "rachel") == []


def _make(services: Services, kind: str) -> tuple[str, Callable[[str], object]]:
    """Create one record of ``kind`` named "Alpha"; return its id and a renamer."""
    org = services.organisations.create(OrganisationDraft(name="Partner One"))
    other = services.organisations.create(OrganisationDraft(name="Partner Two"))
    if kind == "organisation":
        r = services.organisations.create(OrganisationDraft(name="Alpha Org"))
        return r.id, lambda name: services.organisations.update(r.id, OrganisationDraft(name=name))
    if kind == "agreement":
        parties = (PartyDraft(org.id), PartyDraft(other.id))
        a = services.agreements.create(AgreementDraft(title="Alpha MoU", parties=parties))
        return a.id, lambda name: services.agreements.update(
            a.id, AgreementDraft(title=name, parties=parties)
        )
    if kind == "interaction":
        draft = InteractionDraft(summary="Alpha call", organisation_ids=(org.id,))
        i = services.interactions.log(draft)
        return i.id, lambda name: services.interactions.update(
            i.id, InteractionDraft(summary=name, organisation_ids=(org.id,))
        )
    if kind == "event":
        e = services.events.create(EventDraft(name="Alpha day", held_on=date(2026, 12, 1)))
        return e.id, lambda name: services.events.update(
            e.id, EventDraft(name=name, held_on=date(2026, 12, 1))
        )
    t = services.tasks.create(TaskDraft(title="Alpha follow-up"))
    return t.id, lambda name: services.tasks.update(t.id, TaskDraft(title=name))


@pytest.mark.parametrize("kind", ["organisation", "agreement", "interaction", "event", "task"])
def test_every_kind_follows_edit_delete_and_restore(services: Services, kind: str) -> None:
    batches = _batches(services)
    public_id, rename = _make(services, kind)
    assert _found(services, kind, "alpha") == [public_id]
    rename("Omega 合作")
    assert _found(services, kind, "alpha") == []
    assert _found(services, kind, "合作") == [public_id]
    services.journal.revert(batches[-1], "Undo rename")
    assert _found(services, kind, "alpha") == [public_id]
    delete = getattr(services, {"organisation": "organisations"}.get(kind, f"{kind}s")).delete
    delete(public_id)
    assert _found(services, kind, "alpha") == []
    services.trash.restore(public_id)
    assert _found(services, kind, "alpha") == [public_id]
    assert _index_is_whole(services)


def test_a_failed_write_leaves_the_index_as_it_was(services: Services) -> None:
    services.contacts.create(ContactDraft(given_name="Ann"))
    before = _snapshot(services)
    with pytest.raises(Exception, match="not a valid email"):
        services.contacts.create(ContactDraft(given_name="Bob", emails=("nope",)))
    assert _snapshot(services) == before


def _snapshot(services: Services) -> list[tuple[object, ...]]:
    with services.context.read() as session:
        rows = session.execute(
            text("SELECT rowid, title, detail, notes, initials FROM search_index ORDER BY rowid")
        )
        return [tuple(r) for r in rows]


def test_rebuild_gives_the_same_index_as_the_hooks(services: Services) -> None:
    assert load_demo(services)
    kept = _snapshot(services)
    assert kept
    with services.context.write("Rebuild") as session:
        assert rebuild(session.connection()) == len(kept)
    assert _snapshot(services) == kept


def test_upgrading_an_old_database_indexes_what_is_there(services: Services) -> None:
    row = services.contacts.create(ContactDraft(name_zh="陈伟明"))
    engine = services.context.session_factory.kw["bind"]
    migrate.downgrade(engine, "0001")
    migrate.upgrade(engine)
    assert _found(services, "contact", "伟明") == [row.id]
    assert _index_is_whole(services)
