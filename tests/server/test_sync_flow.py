"""Two laptops and a real server on a real PostgreSQL: the everyday flows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.sync.conflicts import ConflictService
from biosparc_desktop.sync.wire import synced_tables
from tests.server.conftest import Laptop, Server


def comparable_rows(factory: sessionmaker[Session]) -> dict[str, dict[str, Any]]:
    """Every synced row, its links named by public id, so two copies compare field by field."""
    publics: dict[tuple[str, int], str] = {}
    with factory() as session:
        for table in synced_tables():
            for row_id, public_id in session.execute(select(table.c.id, table.c.public_id)):
                publics[(table.name, row_id)] = public_id
        result: dict[str, dict[str, Any]] = {}
        for table in synced_tables():
            links = {
                c.name: next(iter(c.foreign_keys)).column.table.name
                for c in table.columns
                if c.foreign_keys
            }
            for mapping in session.execute(select(table)).mappings():
                row = {}
                for key, value in mapping.items():
                    if key in ("id", "updated_at"):
                        continue
                    if key in links and value is not None:
                        value = publics[(links[key], value)]
                    row[key] = value
                result[f"{table.name}:{mapping['public_id']}"] = row
    return result


def comparable(laptop: Laptop) -> dict[str, dict[str, Any]]:
    return comparable_rows(laptop.database.session_factory)


def joined(server: Server, laptops: Callable[[str], Laptop], *names: str) -> list[Laptop]:
    result = []
    for name in names:
        laptop = laptops(name)
        laptop.syncer.join(server.url, server.add_user(name.title()))
        result.append(laptop)
    return result


def test_a_laptops_records_reach_a_laptop_that_joins_later(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice = laptops("alice")
    alice.services.organisations.create(
        OrganisationDraft(name="Innovent Biologics", name_zh="信达生物")
    )
    alice.syncer.join(server.url, server.add_user("Alice Tan"))
    (bob,) = joined(server, laptops, "bob")

    names = [row.name for row in bob.services.organisations.rows()]
    assert names == ["Innovent Biologics"]
    alice.syncer.sync()  # and Alice learns that Bob joined
    assert comparable(alice) == comparable(bob)


def test_an_edit_reaches_the_other_laptop_with_its_author(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = joined(server, laptops, "alice", "bob")
    created = alice.services.organisations.create(OrganisationDraft(name="Mirxes"))
    alice.syncer.sync()
    bob.syncer.sync()
    draft = OrganisationDraft(name="Mirxes", city="Singapore")
    bob.services.organisations.update(created.id, draft)
    bob.syncer.sync()
    alice.syncer.sync()

    assert alice.services.organisations.get(created.id).city == "Singapore"
    assert comparable(alice) == comparable(bob)
    with alice.database.session_factory() as session:
        author = session.scalar(
            select(StaffMember.name)
            .join(ChangeEntry, ChangeEntry.staff_id == StaffMember.id)
            .where(ChangeEntry.record_id == created.id, ChangeEntry.field == "city")
        )
    assert author == "Bob"


def test_edits_to_different_fields_merge_and_the_same_field_is_a_conflict(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = joined(server, laptops, "alice", "bob")
    row = alice.services.organisations.create(OrganisationDraft(name="Essex Bio"))
    alice.syncer.sync()
    bob.syncer.sync()
    base = OrganisationDraft(name="Essex Bio")
    # Offline on both laptops: different fields, and the same field.
    alice.services.organisations.update(row.id, replace(base, city="Zhuhai", description="Alice"))
    bob.services.organisations.update(row.id, replace(base, country="CN", description="Bob"))
    alice.syncer.sync()
    report = bob.syncer.sync()
    alice.syncer.sync()

    assert report.conflicts == 1
    for laptop in (alice, bob):
        merged = laptop.services.organisations.get(row.id)
        assert (merged.city, merged.country) == ("Zhuhai", "CN")
    assert comparable(alice) == comparable(bob)
    (conflict,) = ConflictService(bob.services.context).open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("description", "Bob", "Alice")
    assert (conflict.who, conflict.kept_by) == ("Bob", "Alice")

    ConflictService(bob.services.context).resolve(conflict.id, "mine")
    bob.syncer.sync()
    alice.syncer.sync()
    assert ConflictService(alice.services.context).open_conflicts() == []
    assert comparable(alice) == comparable(bob)


def test_a_delete_beats_an_edit_made_elsewhere_and_the_edit_waits_for_review(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = joined(server, laptops, "alice", "bob")
    row = alice.services.organisations.create(OrganisationDraft(name="ClavystBio"))
    alice.syncer.sync()
    bob.syncer.sync()
    alice.services.organisations.delete(row.id)
    bob.services.organisations.update(
        row.id, OrganisationDraft(name="ClavystBio", city="Singapore")
    )
    alice.syncer.sync()
    bob.syncer.sync()
    alice.syncer.sync()

    assert comparable(alice) == comparable(bob)
    conflicts = ConflictService(alice.services.context).open_conflicts()
    assert [(c.kind, c.field, c.mine) for c in conflicts] == [("deleted", "city", "Singapore")]


def test_a_laptop_that_held_data_brings_it_and_lookalikes_are_offered_not_merged(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = laptops("alice"), laptops("bob")
    for laptop in (alice, bob):
        laptop.services.organisations.create(
            OrganisationDraft(name="Innovent Biologics", tags=("Biotech", "Suzhou"))
        )
    alice.syncer.join(server.url, server.add_user("Alice"))
    report = bob.syncer.join(server.url, server.add_user("Bob"))
    alice.syncer.sync()

    assert report.brought >= 1
    names = [row.name for row in alice.services.organisations.rows()]
    assert names == ["Innovent Biologics", "Innovent Biologics"]  # both kept: nothing merged
    pairs = bob.services.duplicates.organisations()
    assert len(pairs) == 1
    # A tag is one tag for the team, whoever made it first.
    assert sorted(bob.services.staff.tag_names()) == ["Biotech", "Suzhou"]
    assert comparable(alice) == comparable(bob)


def test_an_undone_delete_comes_back_everywhere(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = joined(server, laptops, "alice", "bob")
    batches: list[str] = []
    alice.services.context.on_commit.append(lambda batch, _label: batches.append(batch))
    alice.services.organisations.create(OrganisationDraft(name="Hengrui Medicine"))
    alice.syncer.sync()
    alice.services.journal.revert(batches.pop(), "Undo")  # the record is removed for good
    alice.syncer.sync()
    alice.services.journal.revert(batches.pop(), "Undo")  # ...and brought back
    alice.syncer.sync()
    bob.syncer.sync()

    assert [row.name for row in bob.services.organisations.rows()] == ["Hengrui Medicine"]
    assert comparable(alice) == comparable(bob)
    assert ConflictService(bob.services.context).open_conflicts() == []


def test_a_contact_added_to_an_organisation_removed_for_good_waits_for_review(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice, bob = joined(server, laptops, "alice", "bob")
    org = alice.services.organisations.create(OrganisationDraft(name="Zai Lab"))
    alice.syncer.sync()
    bob.syncer.sync()
    # Bob, offline, adds a contact; meanwhile Alice deletes the organisation and
    # empties her Trash.
    bob.services.contacts.create(
        ContactDraft(given_name="Samantha", family_name="Du", organisation_id=org.id)
    )
    alice.services.organisations.delete(org.id)
    alice.services.trash.empty()
    alice.syncer.sync()
    bob.syncer.sync()
    alice.syncer.sync()

    assert comparable(alice) == comparable(bob)  # the organisation did not come back
    assert alice.services.organisations.rows() == []
    review = ConflictService(bob.services.context)
    [conflict] = [c for c in review.open_conflicts() if c.entity == "contact"]
    assert conflict.kind == "gone" and conflict.mine["given_name"] == "Samantha"
    review.resolve(conflict.id, "mine")  # the contact comes back, without its organisation
    bob.syncer.sync()
    alice.syncer.sync()
    [contact] = alice.services.contacts.rows()
    assert (contact.given_name, contact.organisation) == ("Samantha", None)
    assert comparable(alice) == comparable(bob)
