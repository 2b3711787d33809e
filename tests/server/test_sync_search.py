"""A laptop that joins a team loads the snapshot and rebuilds its search index, initials too."""

from __future__ import annotations

from collections.abc import Callable

from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from tests.server.conftest import Laptop, Server


def test_a_joining_laptop_finds_records_by_their_initials(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice = laptops("alice")
    alice.services.organisations.create(OrganisationDraft(name="信达生物"))
    alice.services.contacts.create(ContactDraft(name_zh="刘明"))
    alice.syncer.join(server.url, server.add_user("Alice Tan"))
    bob = laptops("bob")
    bob.syncer.join(server.url, server.add_user("Bob"))

    hits = {(h.kind, h.title) for h in bob.services.search.search("xdsw")}
    assert hits == {("organisation", "信达生物")}
    assert [h.title for h in bob.services.search.search("lm")] == ["刘明"]
