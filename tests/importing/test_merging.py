"""Find duplicates, and merge two records field by field with their links, undoably."""

from __future__ import annotations

import pytest

from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.merging import Choice
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery


def _contact(services: Services, search: str) -> str:
    (row,) = services.contacts.rows(ContactQuery(search=search))
    return row.id


def _organisation(services: Services, name: str) -> str:
    return services.organisations.find(name).id


def test_find_duplicate_contacts_by_email_phone_and_name(demo: Services) -> None:
    nccs = _organisation(demo, "NCCS")
    demo.contacts.create(ContactDraft(given_name="Sarah", family_name="LIM", organisation_id=nccs))
    demo.contacts.create(ContactDraft(name_zh="王丽", emails=("Wang.Li@biosparc.example",)))
    demo.contacts.create(
        ContactDraft(given_name="Wei", family_name="Tan", phones=("+65 6436 8001",))
    )
    demo.contacts.create(
        ContactDraft(given_name="Reception", family_name="Desk", phones=("+65 9123 4504",))
    )
    pairs = {
        (p.first_name, p.second_name): tuple(map(str, p.reasons))
        for p in demo.duplicates.contacts()
    }
    assert pairs == {
        ("Sarah Lim", "Sarah LIM"): ("same name at the same organisation",),
        ("Wang Li (王丽)", "王丽"): ("same email wang.li@biosparc.example",),
        ("Tan Wei Ming (陈伟明)", "Wei Tan"): ("same phone +6564368001",),
    }  # the reception desk shares David Koh's number but not his name


def test_find_duplicate_organisations(demo: Services) -> None:
    demo.organisations.create(OrganisationDraft(name="Mirxes Pte. Ltd."))
    demo.organisations.create(OrganisationDraft(name="NCCS Pte Ltd"))
    demo.organisations.create(
        OrganisationDraft(name="Essex Bio-Technology", name_zh="亿胜生物科技有限公司")
    )
    demo.organisations.create(
        OrganisationDraft(name="ClavystBio Holdings", website="www.clavystbio.example/about")
    )
    demo.organisations.update(
        _organisation(demo, "ClavystBio"),
        OrganisationDraft(name="ClavystBio", website="https://clavystbio.example"),
    )
    found = {
        (p.first_name.split(" (")[0], p.second_name.split(" (")[0]): tuple(map(str, p.reasons))
        for p in demo.duplicates.organisations()
    }
    assert found == {
        ("Mirxes", "Mirxes Pte. Ltd."): ("same name",),
        ("Essex Bio", "Essex Bio-Technology"): ("same Chinese name",),
        ("ClavystBio", "ClavystBio Holdings"): ("same name", "same website"),
        ("National Cancer Centre Singapore", "NCCS Pte Ltd"): (
            "a short name matches the other's name",
        ),
    }


def test_merge_two_contacts_moves_every_link_and_undo_restores(demo: Services) -> None:
    keep = _contact(demo, "Rachel")
    mirxes = _organisation(demo, "Mirxes")
    other = demo.contacts.create(
        ContactDraft(
            given_name="Rachel",
            family_name="Ng",
            name_zh="吴瑞秋",
            title="Director",
            emails=("rachel@gmail.com",),
            tags=("golf",),
            organisation_id=mirxes,
        )
    ).id
    demo.interactions.log(InteractionDraft(summary="Coffee", contact_ids=(other, keep)))
    demo.tasks.create(TaskDraft(title="Send deck", contact_id=other))
    event = demo.events.create(
        EventDraft(name="Dinner", held_on="2026-12-01", attendee_ids=(other,))
    )
    biosparc = _organisation(demo, "Biosparc")
    nda = demo.agreements.create(
        AgreementDraft(
            title="NDA", parties=(PartyDraft(biosparc), PartyDraft(mirxes)), signatory_ids=(other,)
        )
    ).id
    moved = demo.contacts.get(other)  # she moved on: Mirxes becomes a past position
    demo.contacts.update(
        other,
        ContactDraft(
            given_name="Rachel",
            family_name="Ng",
            name_zh="吴瑞秋",
            title="Director",
            emails=moved.emails,
            tags=moved.tags,
            organisation_id=biosparc,
        ),
    )
    preview = demo.merging.preview("contact", keep, other)
    fields = {f.key: f for f in preview.fields}
    assert fields["name_zh"].suggested is Choice.OTHER  # the kept record has none
    assert fields["title"].suggested is Choice.KEEP
    assert fields["emails"].suggested is Choice.BOTH
    assert tuple(map(str, preview.moves)) == (
        "1 interaction",
        "1 follow-up",
        "1 agreement signature",
        "1 event attendance",
        "1 past position",
    )
    commits: list[str] = []
    demo.context.on_commit.append(lambda batch, _label: commits.append(batch))

    result = demo.merging.merge("contact", keep, other, {"title": Choice.OTHER})
    merged = demo.contacts.get(keep)
    assert merged.name_zh == "吴瑞秋" and merged.title == "Director"
    assert merged.emails == ("rachel.ng@mirxes.example", "rachel@gmail.com")
    assert merged.tags == ("golf", "sample")
    with pytest.raises(NotFound):
        demo.contacts.get(other)
    (coffee,) = [i for i in demo.interactions.rows() if i.summary == "Coffee"]
    assert coffee.contact_ids == (keep,)  # the duplicate link was dropped, not doubled
    assert [t.contact_id for t in demo.tasks.rows(TaskQuery(search="deck"))] == [keep]
    assert [a.contact_id for a in demo.events.detail(event.id).attendees] == [keep]
    assert [s.contact_id for s in demo.agreements.detail(nda).signatories] == [keep]
    assert [a.organisation for a in merged.affiliations] == ["Mirxes"]
    assert len(commits) == 1 and result.label == "Merge Ng Rachel (吴瑞秋) into Rachel Ng"

    demo.journal.revert(commits[0], "Undo merge")
    assert demo.contacts.get(other).emails == ("rachel@gmail.com",)
    assert demo.contacts.get(keep).name_zh is None
    (coffee,) = [i for i in demo.interactions.rows() if i.summary == "Coffee"]
    assert set(coffee.contact_ids) == {keep, other}
    assert [t.contact_id for t in demo.tasks.rows(TaskQuery(search="deck"))] == [other]
    assert [a.contact_id for a in demo.events.detail(event.id).attendees] == [other]
    assert [s.contact_id for s in demo.agreements.detail(nda).signatories] == [other]
    assert demo.contacts.get(keep).affiliations == ()


def test_merge_two_organisations_moves_contacts_agreements_and_members(demo: Services) -> None:
    keep = _organisation(demo, "Mirxes")
    other = demo.organisations.create(
        OrganisationDraft(name="Mirxes Pte Ltd", name_zh="觅瑞诊断", city="Singapore", tags=("dx",))
    ).id
    child = demo.organisations.create(OrganisationDraft(name="Mirxes Lab", parent_id=other)).id
    person = demo.contacts.create(ContactDraft(given_name="Ann", organisation_id=other)).id
    biosparc = _organisation(demo, "Biosparc")
    agreement = demo.agreements.create(
        AgreementDraft(title="NDA", parties=(PartyDraft(biosparc), PartyDraft(other)))
    ).id
    preview = demo.merging.preview("organisation", keep, other)
    assert set(map(str, preview.moves)) == {"1 contact", "1 agreement", "1 member organisation"}

    commits: list[str] = []
    demo.context.on_commit.append(lambda batch, _label: commits.append(batch))
    demo.merging.merge("organisation", keep, other, {"name": Choice.OTHER})
    merged = demo.organisations.get(keep)
    assert (merged.name, merged.name_zh) == ("Mirxes Pte Ltd", "觅瑞")
    assert merged.city == "Singapore"
    assert "dx" in merged.tags
    assert demo.contacts.get(person).organisation_id == keep
    assert keep in {p.organisation_id for p in demo.agreements.get(agreement).parties}
    assert demo.organisations.get(child).parent_id == keep
    assert demo.organisations.count(OrganisationQuery(search="Mirxes")) == 2  # kept + lab

    demo.journal.revert(commits[-1], "Undo merge")
    assert demo.organisations.get(keep).name == "Mirxes"
    assert demo.organisations.get(other).name == "Mirxes Pte Ltd"
    assert demo.contacts.get(person).organisation_id == other
    assert demo.organisations.get(child).parent_id == other
    assert other in {p.organisation_id for p in demo.agreements.get(agreement).parties}


def test_merge_refuses_a_record_with_itself_and_both_for_a_single_value(demo: Services) -> None:
    keep = _contact(demo, "Rachel")
    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        demo.merging.merge("contact", keep, keep)
    other = demo.contacts.create(ContactDraft(given_name="Rachel", family_name="N.")).id
    with pytest.raises(ValidationError, match="Family name takes one value"):
        demo.merging.merge("contact", keep, other, {"family_name": Choice.BOTH})
    assert demo.contacts.get(other).family_name == "N."
