"""Undo and redo of large batches, table by table: the same result as one row at a time."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from biosparc_desktop.domain.base import Base
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.search.index import check as index_check
from biosparc_desktop.services import revert_bulk
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.importing import DuplicateAction
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft

_HEADER = ("First Name", "Last Name", "Chinese Name", "Company", "Job Title", "E-mail", "Mobile",
           "Notes", "Categories")  # fmt: skip


_CHINESE = [
    "张伟",
    "李娜",
    "王芳",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄敏",
    "周杰",
    "吴昊",
    "徐丽",
    "孙强",
    "马超",
    "朱琳",
    "胡军",
]


def _write_contacts(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADER)
        for n in range(rows):
            writer.writerow(
                (f"Given{n}", f"Family{n}", _CHINESE[n // 3] if n % 3 == 0 else "", f"Company {n % 4}",
                 "Director", f"p{n}@example.cn", f"+65 9123 {n:04d}", "VIP" if n % 5 == 0 else "",
                 "Partners" if n % 2 else "")
            )  # fmt: skip
    return path


def _import(services: Services, path: Path, **options: Any) -> str:
    summary = services.importing.run(services.importing.read(path), source=path.name, **options)
    assert summary.batch_id is not None
    return summary.batch_id


def _tables(services: Services) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every table but the journal."""
    with services.context.read() as session:
        connection = session.connection()
        return {
            table.name: {tuple(row) for row in connection.execute(select(table))}
            for table in Base.metadata.sorted_tables
            if table.name != "change_entry"
        }


def _entries(services: Services, batch_id: str) -> set[tuple[Any, ...]]:
    with services.context.read() as session:
        rows = session.execute(
            select(
                ChangeEntry.entity,
                ChangeEntry.record_id,
                ChangeEntry.action,
                ChangeEntry.field,
                ChangeEntry.old_value,
                ChangeEntry.new_value,
            ).where(ChangeEntry.batch_id == batch_id)
        )
        return {tuple(row) for row in rows}


@pytest.fixture
def set_wise(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Choose the way: set-wise for any batch, or one by one for every batch."""

    def choose(on: bool) -> None:
        monkeypatch.setattr(revert_bulk, "BULK_LINES", 1 if on else 10**9)

    return choose


@pytest.fixture
def ways(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which way each set-wise step went: "delete", "insert", or "one by one"."""
    taken: list[str] = []
    delete_rows, insert_rows = revert_bulk._delete_rows, revert_bulk._insert_rows

    def spy_delete(*args: Any) -> bool:
        done = delete_rows(*args)
        taken.append("delete" if done else "one by one")
        return done

    def spy_insert(*args: Any) -> None:
        insert_rows(*args)
        taken.append("insert")

    monkeypatch.setattr(revert_bulk, "_delete_rows", spy_delete)
    monkeypatch.setattr(revert_bulk, "_insert_rows", spy_insert)
    return taken


def _index_ok(services: Services) -> bool:
    with services.context.read() as session:
        return index_check(session.connection()).ok


def test_undo_and_redo_of_an_import_give_what_one_by_one_gives(
    services: Services, tmp_path: Path, set_wise: Callable[[bool], None], ways: list[str]
) -> None:
    s = services
    s.contacts.create(ContactDraft(given_name="Kept", family_name="Before", emails=("k@b.cn",)))
    before = _tables(s)
    imported = _import(s, _write_contacts(tmp_path / "people.csv", 40))
    after = _tables(s)
    assert s.contacts.count() == 41

    set_wise(True)
    undo = s.journal.revert(imported, "Undo import")
    assert _tables(s) == before
    assert _index_ok(s)
    assert s.contacts.rows(ContactQuery(search="Family7")) == []
    redo = s.journal.revert(undo, "Import")
    assert _tables(s) == after
    assert _index_ok(s)
    assert [r.display_name for r in s.contacts.rows(ContactQuery(search="Family7"))] == [
        "Given7 Family7"
    ]
    assert s.contacts.rows(ContactQuery(search="p8@example.cn"))[0].emails == ("p8@example.cn",)

    assert ways == ["delete", "insert"]
    set_wise(False)
    undo_again = s.journal.revert(redo, "Undo import")
    assert _tables(s) == before
    # The journal says the same as the one-by-one way's: the same rows, the same values.
    assert _entries(s, undo_again) == _entries(s, undo)
    redo_again = s.journal.revert(undo_again, "Import")
    assert _tables(s) == after
    assert _entries(s, redo_again) == _entries(s, redo)
    assert ways == ["delete", "insert"]


def test_undoing_a_merging_import_takes_the_added_email_off_the_kept_contact(
    services: Services, tmp_path: Path, set_wise: Callable[[bool], None]
) -> None:
    s = services
    kept = s.contacts.create(
        ContactDraft(given_name="Given3", family_name="Family3", emails=("p3@example.cn",))
    )
    imported = _import(
        s, _write_contacts(tmp_path / "people.csv", 6), on_duplicate=DuplicateAction.MERGE
    )
    merged = s.contacts.get(kept.id)
    assert (merged.phones, merged.name_zh) == (("+6591230003",), "李娜")
    set_wise(True)
    s.journal.revert(imported, "Undo import")
    back = s.contacts.get(kept.id)
    assert (back.phones, back.name_zh, back.emails) == ((), None, ("p3@example.cn",))
    assert s.contacts.count() == 1
    assert s.contacts.rows(ContactQuery(search="李娜")) == []
    assert _index_ok(s)
    # The kept contact's history shows what the undo took off it.
    undone = [c for c in s.journal.history(kept.id, "contact") if c.batch_label == "Undo import"]
    assert ("delete", "contact_phone", "+6591230003") in [
        (c.action, c.entity, c.subject) for c in undone
    ]
    assert ("李娜", None) in [(c.old_value, c.new_value) for c in undone if c.field == "name_zh"]


def test_a_record_linked_to_an_imported_one_since_takes_the_one_by_one_way(
    services: Services, tmp_path: Path, set_wise: Callable[[bool], None], ways: list[str]
) -> None:
    """A partner put under an imported one: the ORM unlinks it, which set-wise cannot."""
    s = services
    imported = _import(s, _write_contacts(tmp_path / "people.csv", 8))
    parent = s.organisations.rows(OrganisationQuery(search="Company 1"))[0]
    child = s.organisations.create(OrganisationDraft(name="Company 1 Labs", parent_id=parent.id))
    set_wise(True)
    s.journal.revert(imported, "Undo import")
    assert s.contacts.count() == 0
    assert [o.name for o in s.organisations.rows()] == ["Company 1 Labs"]
    assert s.organisations.get(child.id).parent_id is None
    assert ways == ["one by one"]


def test_a_cancelled_undo_changes_nothing(
    services: Services, tmp_path: Path, set_wise: Callable[[bool], None]
) -> None:
    s = services
    imported = _import(s, _write_contacts(tmp_path / "people.csv", 20))
    after = _tables(s)
    calls: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 2:
            raise KeyboardInterrupt  # what Cancel raises is not a domain error either

    set_wise(True)
    with pytest.raises(KeyboardInterrupt):
        s.journal.revert(imported, "Undo import", progress=cancel_midway)
    assert _tables(s) == after
    assert calls[0][1] > 20
    s.journal.revert(imported, "Undo import", progress=lambda done, total: calls.append((0, 0)))
    assert s.contacts.count() == 0


def test_undo_of_emptying_a_large_trash_brings_every_kind_back(
    services: Services, set_wise: Callable[[bool], None], ways: list[str]
) -> None:
    s = services
    batches: list[str] = []
    s.context.on_commit.append(lambda batch, _label: batches.append(batch))
    mirxes = s.organisations.create(OrganisationDraft(name="Mirxes", tags=("diagnostics",)))
    nccs = s.organisations.create(OrganisationDraft(name="NCCS"))
    wei = s.contacts.create(
        ContactDraft(given_name="Wei", organisation_id=mirxes.id, emails=("w@m.sg",))
    )
    deal = s.agreements.create(
        AgreementDraft(
            title="MoU",
            parties=(PartyDraft(mirxes.id), PartyDraft(nccs.id)),
            signatory_ids=(wei.id,),
        )
    )
    s.agreements.add_obligation(deal.id, "Report")
    event = s.events.create(
        EventDraft(name="Signing", held_on="2026-12-01", attendee_ids=(wei.id,))
    )
    task = s.tasks.create(TaskDraft(title="Call Wei", contact_id=wei.id))
    for service, record in (
        (s.tasks, task.id),
        (s.events, event.id),
        (s.agreements, deal.id),
        (s.contacts, wei.id),
        (s.organisations, mirxes.id),
    ):
        service.delete(record)
    before = _tables(s)
    assert s.trash.empty() == 5
    emptied = _tables(s)
    set_wise(True)
    undo = s.journal.revert(batches[-1], "Undo Empty Trash")
    assert _tables(s) == before
    assert _index_ok(s)
    s.journal.revert(undo, "Empty Trash")
    assert _tables(s) == emptied
    assert ways == ["insert", "delete"]


def test_undoing_many_organisations_under_others_in_earlier_chunks(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An archive restore can add a whole hierarchy in one action; deleting it chunk by
    # chunk meets parents whose children are in a later chunk.
    from biosparc_desktop.domain.organisations import Organisation

    batches: list[str] = []
    services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    with services.context.write("Restore archive") as session:
        added: list[Organisation] = []
        for i in range(1200):
            org = Organisation(name=f"Org {i:04d}")
            if i >= 600:
                org.parent = added[i - 600]
            added.append(org)
            session.add(org)
    used: list[bool] = []
    original = revert_bulk._delete_rows
    monkeypatch.setattr(revert_bulk, "_delete_rows", lambda *a: used.append(True) or original(*a))
    services.journal.revert(batches[-1], "Undo Restore archive")
    assert used  # the table-by-table path, not the row-by-row one
    assert services.organisations.count(OrganisationQuery()) == 0
