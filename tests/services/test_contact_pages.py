"""The contacts list's rows, read in one query, agree with the whole contacts."""

from __future__ import annotations

from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


def test_list_rows_show_what_the_whole_contact_holds(services: Services) -> None:
    org = services.organisations.create(OrganisationDraft(name='R&D <Lab> "Alpha"', country="SG"))
    services.contacts.create(
        ContactDraft(
            given_name="Wei Ming",
            family_name="Tan",
            name_zh="陈伟明",
            organisation_id=org.id,
            title="Director",
            emails=("wm.tan@alpha.sg", "second@alpha.sg"),
            phones=("+65 6123 4567", "+65 8123 4567"),
            tags=("vip", "Board", "alpha"),
        )
    )
    services.contacts.create(ContactDraft(given_name="Solo"))  # no organisation, email or tags
    whole = services.contacts.rows(ContactQuery())
    listed = services.contacts.list_rows(ContactQuery())
    assert [r.id for r in listed] == [r.id for r in whole]
    for row, contact in zip(listed, whole, strict=True):
        assert row.display_name == contact.display_name
        assert row.title == contact.title
        assert (row.organisation, row.organisation_id) == (
            contact.organisation,
            contact.organisation_id,
        )
        assert row.email == (contact.emails[0] if contact.emails else None)
        assert row.phone == (contact.phones[0] if contact.phones else None)
        assert row.tags == tuple(sorted(contact.tags, key=str.casefold))
        assert row.updated_at == contact.updated_at
    tan = next(r for r in listed if r.email)
    assert tan.email == "wm.tan@alpha.sg" and tan.phone == "+6561234567"
    assert tan.tags == ("alpha", "Board", "vip")
    assert tan.organisation == 'R&D <Lab> "Alpha"'


def test_list_rows_follow_sort_paging_and_the_first_email_after_an_edit(
    services: Services,
) -> None:
    for index in range(25):
        services.contacts.create(
            ContactDraft(given_name=f"Person {index:02d}", emails=(f"p{index}@example.com",))
        )
    pages = [
        services.contacts.list_rows(ContactQuery(sort="name", descending=True), limit=10, offset=o)
        for o in (0, 10, 20)
    ]
    names = [row.display_name for page in pages for row in page]
    assert names == [f"Person {i:02d}" for i in reversed(range(25))]
    first = services.contacts.rows(ContactQuery(search="Person 03"))[0]
    services.contacts.update(
        first.id,
        ContactDraft(given_name="Person 03", emails=("new@example.com", "p3@example.com")),
    )
    row = services.contacts.list_rows(ContactQuery(search="Person 03"))[0]
    assert row.email == "new@example.com"
