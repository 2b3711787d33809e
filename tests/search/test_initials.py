"""Pinyin and name initials: "lm" finds Liu Ming and 刘明, "xdsw" finds 信达生物,
after every record found by its text."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from biosparc_desktop.search import queries
from biosparc_desktop.search.text import initials
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.store import migrate


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("Liu Ming",), "lm"),
        (("xin da sheng wu",), "xdsw"),
        (("Shanghai Institute of Materia Medica",), "siomm simm"),
        (("Wei-Ming Tan",), "wmt"),
        (("Zoë Müller",), "zm"),
        (("Ｌｉｕ Ｍｉｎｇ",), "lm"),  # full-width letters
        (("Mirxes",), ""),  # one word has no initials worth a search
        (("张伟", None, ""), ""),  # Chinese characters count through their pinyin only
        (("Liu Ming", "liu ming", "Ming Liu"), "lm ml"),
    ],
)
def test_initials(names: tuple[str | None, ...], expected: str) -> None:
    assert initials(*names) == expected


@pytest.fixture
def people(services: Services) -> Services:
    services.organisations.create(OrganisationDraft(name="Innovent Biologics", name_zh="信达生物"))
    services.organisations.create(OrganisationDraft(name="百济神州"))  # a Chinese name only
    services.contacts.create(ContactDraft(name_zh="刘明"))
    services.contacts.create(ContactDraft(given_name="Ming", family_name="Liu"))
    services.contacts.create(ContactDraft(given_name="Lars", family_name="Mikkelsen"))
    services.contacts.create(ContactDraft(given_name="Anna", family_name="Lmosk"))
    services.contacts.create(ContactDraft(given_name="Bo", family_name="Berg", title="LM lead"))
    services.contacts.create(ContactDraft(given_name="Cora", family_name="Nash"))
    return services


def _titles(services: Services, typed: str, kind: str) -> list[str]:
    return [h.title for h in services.search.search(typed) if h.kind == kind]


def test_initials_find_chinese_and_english_names(people: Services) -> None:
    assert _titles(people, "xdsw", "organisation") == ["Innovent Biologics"]
    assert _titles(people, "XDSW", "organisation") == ["Innovent Biologics"]
    assert _titles(people, "ib", "organisation") == ["Innovent Biologics"]
    assert _titles(people, "bjsz", "organisation") == ["百济神州"]
    assert _titles(people, "xds", "organisation") == ["Innovent Biologics"]  # a prefix too
    found = _titles(people, "lm", "contact")
    assert set(found[-3:]) == {"刘明", "Ming Liu", "Lars Mikkelsen"}
    assert _titles(people, "cn", "contact") == ["Cora Nash"]
    assert _titles(people, "nc", "contact") == ["Cora Nash"]  # either order


def test_initials_rank_after_full_matches(people: Services) -> None:
    found = _titles(people, "lm", "contact")
    # A name or a job title that says "lm" comes before a name with those initials.
    assert found[:2] == ["Anna Lmosk", "Bo Berg"]
    assert len(found) == 5


def test_initials_rank_after_full_matches_when_too_many_to_score(
    people: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past RANK_ALL_UP_TO hits the search orders by name, then other text, then initials.
    monkeypatch.setattr(queries, "RANK_ALL_UP_TO", 0)
    found = _titles(people, "lm", "contact")
    assert found[:2] == ["Anna Lmosk", "Bo Berg"]
    assert set(found[2:]) == {"刘明", "Ming Liu", "Lars Mikkelsen"}


def test_lists_find_initials(people: Services) -> None:
    names = [r.display_name for r in people.contacts.rows(ContactQuery(search="lm"))]
    # Sorted by family name, 刘明 by its pinyin; Bo Berg's job title is searched too.
    assert names == ["Bo Berg", "刘明", "Ming Liu", "Anna Lmosk", "Lars Mikkelsen"]
    assert people.contacts.count(ContactQuery(search="lm")) == 5
    orgs = [r.name for r in people.organisations.rows(OrganisationQuery(search="xdsw"))]
    assert orgs == ["Innovent Biologics"]


def test_initials_follow_edits(people: Services) -> None:
    row = people.contacts.rows(ContactQuery(search="cn"))[0]
    people.contacts.update(row.id, ContactDraft(name_zh="王芳"))
    assert people.contacts.rows(ContactQuery(search="cn")) == []
    assert _titles(people, "wf", "contact") == ["王芳"]


@pytest.mark.parametrize(
    "typed", ['"', "AND (", "😀", "lm 😀", "lm AND (", '"lm', "l*m", "{initials}: lm"]
)
def test_odd_text_is_searched_without_errors(people: Services, typed: str) -> None:
    people.search.search(typed)
    people.contacts.rows(ContactQuery(search=typed))
    people.organisations.rows(OrganisationQuery(search=typed))


def test_upgrade_indexes_initials_and_downgrade_keeps_the_text(people: Services) -> None:
    engine = people.context.session_factory.kw["bind"]
    migrate.downgrade(engine, "0004")
    with engine.connect() as connection:
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(search_index)")]
        assert columns == ["title", "detail", "notes"]
        found = connection.execute(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH 'liu'")
        ).scalar()
        assert found == 2
    migrate.upgrade(engine)
    assert _titles(people, "xdsw", "organisation") == ["Innovent Biologics"]
    assert set(_titles(people, "lm", "contact")[2:]) == {"刘明", "Ming Liu", "Lars Mikkelsen"}
