from __future__ import annotations

import pytest

from biosparc_desktop.domain.enums import OrganisationKind, RelationshipStage
from biosparc_desktop.errors import Conflict, NotFound, ValidationError
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services


def test_create_and_read_back(services: Services) -> None:
    row = services.organisations.create(
        OrganisationDraft(
            name='R&D <Lab> "Alpha" & 合作',
            name_zh="新加坡国立癌症中心",
            short_name="NCCS",
            kind=OrganisationKind.HOSPITAL,
            country="sg",
            website="www.nccs.com.sg",
            stage=RelationshipStage.ENGAGED,
            owner="Chen Yu",
            tags=("oncology", "Oncology", "clinical"),
        )
    )
    again = services.organisations.get(row.id)
    assert again.name == 'R&D <Lab> "Alpha" & 合作'
    assert again.country == "SG"
    assert again.website == "https://www.nccs.com.sg"
    assert again.owner == "Chen Yu"
    assert again.tags == ("clinical", "oncology")
    assert len(again.id) == 36


def test_duplicate_name_is_a_conflict_and_nothing_is_written(services: Services) -> None:
    services.organisations.create(OrganisationDraft(name="Mirxes"))
    with pytest.raises(Conflict, match="An organisation named “Mirxes” already exists"):
        services.organisations.create(OrganisationDraft(name="  mirxes "))
    assert services.organisations.count() == 1


def test_invalid_draft_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError, match="is not a country"):
        services.organisations.create(OrganisationDraft(name="X", country="Atlantis"))
    assert services.organisations.count() == 0
    problems = services.organisations.validate(OrganisationDraft(name="", website="nope"))
    assert {field: error.message for field, error in problems.items()} == {
        "name": "The name is required.",
        "website": "“nope” is not a web address; write it like www.example.com.",
    }
    assert problems["name"].template == "{label} is required."  # the interface translates it


def test_hierarchy_refuses_cycles(services: Services) -> None:
    group = services.organisations.create(OrganisationDraft(name="SingHealth"))
    centre = services.organisations.create(OrganisationDraft(name="NCCS", parent_id=group.id))
    assert services.organisations.get(centre.id).parent == "SingHealth"
    with pytest.raises(ValidationError, match="cannot sit under itself"):
        services.organisations.update(
            group.id, OrganisationDraft(name="SingHealth", parent_id=centre.id)
        )


def test_filters_and_search(demo: Services) -> None:
    orgs = demo.organisations
    assert [r.short_name for r in orgs.rows(OrganisationQuery(search="癌症"))] == ["NCCS"]
    assert [r.name for r in orgs.rows(OrganisationQuery(search="nccs"))] == [
        "National Cancer Centre Singapore"
    ]
    assert orgs.count(OrganisationQuery(country="CN")) == 2
    assert orgs.count(OrganisationQuery(stage=RelationshipStage.ENGAGED)) == 1
    assert orgs.count(OrganisationQuery(tag="investor")) == 2
    assert orgs.count(OrganisationQuery(owner="priya nair")) == 4
    assert orgs.count(OrganisationQuery(search='"')) == 0
    assert orgs.count(OrganisationQuery(search="AND (")) == 0
    assert orgs.count(OrganisationQuery(search="%")) == 0
    names = [r.name for r in orgs.rows(OrganisationQuery(sort="name", descending=True))]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_paging_returns_every_row_once(services: Services) -> None:
    for i in range(25):
        services.organisations.create(OrganisationDraft(name=f"Org {i:02d}"))
    seen = []
    for offset in range(0, 30, 7):
        seen += [r.name for r in services.organisations.rows(limit=7, offset=offset)]
    assert seen == [f"Org {i:02d}" for i in range(25)]


def test_find_suggests_close_names(demo: Services) -> None:
    assert demo.organisations.find("nccs").short_name == "NCCS"
    assert demo.organisations.find("觅瑞").name == "Mirxes"
    with pytest.raises(NotFound, match="Did you mean: Mirxes"):
        demo.organisations.find("Mirxs")


def test_delete_moves_to_trash(demo: Services) -> None:
    nccs = demo.organisations.find("NCCS")
    demo.organisations.delete(nccs.id)
    with pytest.raises(NotFound):
        demo.organisations.get(nccs.id)
    assert demo.organisations.count(OrganisationQuery(include_deleted=True)) == 8


def test_own_organisations_are_those_signing_as_biosparc(services: Services) -> None:
    from biosparc_desktop.domain.enums import PartyRole
    from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft

    us = services.organisations.create(OrganisationDraft(name="Biosparc"))
    them = services.organisations.create(OrganisationDraft(name="NCCS"))
    assert services.organisations.own_ids() == set()
    services.agreements.create(
        AgreementDraft(
            title="Research MoU",
            parties=(PartyDraft(us.id, PartyRole.BIOSPARC), PartyDraft(them.id, PartyRole.PARTNER)),
        )
    )
    assert services.organisations.own_ids() == {us.id}
