"""Global search and list searches through the services: both scripts, pinyin, ranking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from biosparc_desktop.services.agreements import AgreementDraft, AgreementQuery, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery


@pytest.fixture
def people(services: Services) -> Services:
    org = services.organisations.create(
        OrganisationDraft(name="Mirxes", name_zh="觅瑞", short_name="MRX", city="Singapore")
    )
    services.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", name_zh="张伟", organisation_id=org.id)
    )
    services.contacts.create(
        ContactDraft(given_name="Wei Ming", family_name="Tan", name_zh="陈伟明")
    )
    services.contacts.create(ContactDraft(name_zh="李娜", emails=("li.na@example.cn",)))
    services.contacts.create(
        ContactDraft(
            given_name="Rachel", family_name="Ng", title="Head of R&D", notes="Prefers email"
        )
    )
    return services


def _names(services: Services, text: str) -> list[str]:
    return [r.display_name for r in services.contacts.rows(ContactQuery(search=text))]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("张", ["Zhang Wei (张伟)"]),
        ("伟", ["Tan Wei Ming (陈伟明)", "Zhang Wei (张伟)"]),
        ("伟明", ["Tan Wei Ming (陈伟明)"]),
        ("陈伟明", ["Tan Wei Ming (陈伟明)"]),
        ("zhang wei", ["Zhang Wei (张伟)"]),
        ("Zhang Wei", ["Zhang Wei (张伟)"]),
        ("zhangwei", ["Zhang Wei (张伟)"]),
        ("zha", ["Zhang Wei (张伟)"]),
        ("li na", ["李娜"]),
        ("李娜", ["李娜"]),
        ("li.na@example.cn", ["李娜"]),
        ("LI.NA@EXAMPLE", ["李娜"]),
        ("head r&d", ["Rachel Ng"]),
        ("R & D", ["Rachel Ng"]),
        ("ng", ["Rachel Ng"]),
        ("achel", []),  # English is found by word prefix, not from the middle of a word
        ("伟张", []),  # Chinese characters must be in order
        ("wei li", []),  # every word must match
        ("prefers", []),  # the list searches names, title and email, not the notes
    ],
)
def test_contact_list_search(people: Services, typed: str, found: list[str]) -> None:
    assert sorted(_names(people, typed)) == found
    assert people.contacts.count(ContactQuery(search=typed)) == len(found)


@pytest.mark.parametrize(
    "typed", ['"', '"unclosed', "AND (", "NEAR(zhang", "zhang OR", "*", "^wei", "title:wei",
              "{title}: x", "%", "_", "\\", "'; DROP TABLE contact; --", "wei)", "-wei", "+",
              "wei\ud800", "\x00zhang", "\udfff"],
)  # fmt: skip
def test_query_syntax_is_searched_as_plain_text(people: Services, typed: str) -> None:
    people.contacts.rows(ContactQuery(search=typed))
    people.organisations.count(OrganisationQuery(search=typed))
    people.agreements.count(AgreementQuery(search=typed))
    people.tasks.count(TaskQuery(search=typed))
    people.events.rows(search=typed)
    people.search.search(typed)
    assert people.contacts.count() == 4


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_any_text_searches_without_error(people: Services, typed: str) -> None:
    hits = people.search.search(typed)
    assert all(hit.kind in ("organisation", "contact") for hit in hits)
    assert people.contacts.count(ContactQuery(search=typed)) <= 4


def test_global_search_groups_kinds_and_ranks_names_first(services: Services) -> None:
    org = services.organisations.create(OrganisationDraft(name="Helix Oncology"))
    other = services.organisations.create(
        OrganisationDraft(name="Quiet Labs", description="Competes with Helix on trials.")
    )
    services.contacts.create(ContactDraft(given_name="Ana", family_name="Helix"))
    services.agreements.create(
        AgreementDraft(
            title="Helix research MoU",
            parties=(PartyDraft(org.id), PartyDraft(other.id)),
        )
    )
    services.interactions.log(
        InteractionDraft(summary="Call with Helix about the MoU", organisation_ids=(org.id,))
    )
    services.events.create(EventDraft(name="Helix day", held_on=date(2026, 12, 1)))
    services.tasks.create(TaskDraft(title="Send Helix the term sheet"))
    hits = services.search.search("helix")
    assert [h.kind for h in hits] == [
        "organisation", "organisation", "contact", "agreement", "interaction", "event", "task",
    ]  # fmt: skip
    # A match in the name ranks above a match in the description.
    assert [h.title for h in hits[:2]] == ["Helix Oncology", "Quiet Labs"]
    assert services.search.search("helix", per_kind=1)[0].title == "Helix Oncology"
    assert len(services.search.search("helix", per_kind=1)) == 6
    assert services.search.search("赫利") == []
    assert services.search.search("   ") == []
    assert services.search.search("(") == []


def test_trashed_records_are_not_found(people: Services) -> None:
    [zhang] = people.contacts.rows(ContactQuery(search="张伟"))
    people.contacts.delete(zhang.id)
    assert _names(people, "zhang") == []
    assert people.search.search("zhang") == []


def test_list_searches_of_every_kind(people: Services) -> None:
    org = people.organisations.find("Mirxes")
    partner = people.organisations.create(OrganisationDraft(name="Biosparc"))
    people.agreements.create(
        AgreementDraft(
            title="Clinical trial MoU",
            key_terms="Oncology trials in Suzhou",
            parties=(PartyDraft(org.id), PartyDraft(partner.id)),
        )
    )
    people.tasks.create(TaskDraft(title="Send the term sheet", notes="覆盖临床试验"))
    people.events.create(EventDraft(name="Signing day", venue="苏州 BioBAY", held_on="2026-12-01"))
    assert people.organisations.count(OrganisationQuery(search="觅瑞")) == 1
    assert people.organisations.count(OrganisationQuery(search="mrx sing")) == 1
    assert people.agreements.count(AgreementQuery(search="suzhou oncology")) == 1
    assert people.tasks.count(TaskQuery(search="临床")) == 1
    assert [e.name for e in people.events.rows(search="苏州")] == ["Signing day"]
    assert people.events.count(search="bioba") == 1


def test_without_fts_the_portable_like_fallback_is_compiled() -> None:
    from biosparc_desktop.domain.contacts import Contact
    from biosparc_desktop.search.queries import text_search

    clause = text_search("contact", "zhang wei", Contact.id, fallback=[Contact.sort_name])
    on_postgres = str(clause.compile(dialect=postgresql.dialect()))
    on_sqlite = str(clause.compile(dialect=sqlite.dialect()))
    assert "MATCH" not in on_postgres and "ILIKE" in on_postgres
    assert "MATCH" in on_sqlite and "LIKE" not in on_sqlite
