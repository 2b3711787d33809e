"""Paging a list returns every row exactly once, in order, at any depth and in any sort."""

from __future__ import annotations

import pytest

from biosparc_desktop.domain.enums import RelationshipStage
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery


@pytest.fixture
def crowd(services: Services) -> Services:
    """Contacts with equal names, missing titles and organisations, and some in the Trash."""
    orgs = [services.organisations.create(OrganisationDraft(name=n)).id for n in ("B Co", "a co")]
    with services.context.write("Add contacts"):
        for n in range(36):
            draft = ContactDraft(
                given_name=None if n % 5 == 0 else ("Wei" if n % 3 else f"Ann{n % 4}"),
                family_name="Zhang" if n % 2 else None,
                name_zh="张伟" if n % 5 == 0 else None,
                title=None if n % 4 == 0 else f"Title {n % 6}",
                organisation_id=None if n % 7 == 0 else orgs[n % 2],
            )
            row = services.contacts.create(draft)
            if n % 9 == 4:
                services.contacts.delete(row.id)
    return services


def _pages(fetch: object, size: int) -> list[str]:
    seen: list[str] = []
    offset = 0
    for _ in range(1000):  # a paging bug must fail the test, not loop forever
        page = fetch(size, offset)  # type: ignore[operator]
        if not page:
            return seen
        seen += [r.id for r in page]
        offset += len(page)
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("sort", ["name", "title", "organisation", "updated_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_contact_pages_hold_every_row_once(crowd: Services, sort: str, descending: bool) -> None:
    query = ContactQuery(sort=sort, descending=descending)
    whole = [r.id for r in crowd.contacts.rows(query, limit=1000)]
    assert len(whole) == len(set(whole)) == crowd.contacts.count(query) == 32
    for size in (1, 5, 7):
        paged = _pages(lambda n, o: crowd.contacts.rows(query, limit=n, offset=o), size)
        assert paged == whole, (sort, descending, size)


def test_pages_with_a_search_and_a_write_in_between(crowd: Services) -> None:
    query = ContactQuery(search="zhang")
    first = crowd.contacts.rows(query, limit=4)
    crowd.contacts.create(ContactDraft(given_name="Zhang", family_name="Aa"))
    # The write forgets where the last page ended: the next page is what OFFSET gives now.
    now = [r.id for r in crowd.contacts.rows(query, limit=1000)]
    assert [r.id for r in crowd.contacts.rows(query, limit=4, offset=4)] == now[4:8]
    assert [r.id for r in first] != now[:4]  # "aa zhang" sorts first
    assert _pages(lambda n, o: crowd.contacts.rows(query, limit=n, offset=o), 3) == now


def test_asking_out_of_order_still_gives_offset_pages(crowd: Services) -> None:
    whole = [r.id for r in crowd.contacts.rows(limit=1000)]
    assert [r.id for r in crowd.contacts.rows(limit=5, offset=10)] == whole[10:15]
    assert [r.id for r in crowd.contacts.rows(limit=5, offset=3)] == whole[3:8]
    assert [r.id for r in crowd.contacts.rows(limit=5, offset=15)] == whole[15:20]
    assert crowd.contacts.rows(limit=5, offset=1000) == []


def test_organisation_and_task_pages(services: Services) -> None:
    stages = list(RelationshipStage)
    for n in range(23):
        org = services.organisations.create(
            OrganisationDraft(
                name=f"Org {n % 4} {n:02d}",
                stage=stages[n % len(stages)],
                country=None if n % 3 else "SG",
            )
        )
        services.tasks.create(
            TaskDraft(
                title=f"Task {n % 3}", due_on=None if n % 4 == 0 else f"2026-12-{n % 9 + 1:02d}"
            )
        )
        if n % 6 == 0:
            services.organisations.delete(org.id)
    for query in (
        OrganisationQuery(),
        OrganisationQuery(include_deleted=True, descending=True),
        OrganisationQuery(sort="stage"),
        OrganisationQuery(sort="country", descending=True),
        OrganisationQuery(sort="country"),
    ):
        whole = [r.id for r in services.organisations.rows(query, limit=1000)]
        paged = _pages(lambda n, o, q=query: services.organisations.rows(q, limit=n, offset=o), 4)
        assert paged == whole and len(set(whole)) == services.organisations.count(query)
    for task_query in (TaskQuery(), TaskQuery(sort="title", descending=True)):
        whole = [r.id for r in services.tasks.rows(task_query, limit=1000)]
        paged = _pages(lambda n, o, q=task_query: services.tasks.rows(q, limit=n, offset=o), 4)
        assert paged == whole and len(whole) == 23
