from __future__ import annotations

import pytest

from biosparc_desktop.domain.enums import NameOrder
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


def test_chinese_name_pinyin_and_order(services: Services) -> None:
    row = services.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", name_zh="张伟")
    )
    assert row.name_order is NameOrder.FAMILY_FIRST
    assert row.display_name == "Zhang Wei (张伟)"
    assert row.pinyin == "zhang wei"
    only_zh = services.contacts.create(ContactDraft(name_zh="李娜"))
    assert only_zh.display_name == "李娜"
    for text in ("张", "伟", "张伟", "zhang wei", "Zhang", "li na"):
        assert services.contacts.count(ContactQuery(search=text)) >= 1, text


def test_emails_and_phones_normalised(services: Services) -> None:
    org = services.organisations.create(OrganisationDraft(name="Mirxes", country="SG"))
    row = services.contacts.create(
        ContactDraft(
            given_name="Rachel",
            family_name="Ng",
            organisation_id=org.id,
            emails=("Rachel.Ng@Mirxes.COM", "rachel.ng@mirxes.com", "r@gmail.com"),
            phones=("9123 4567", "+86 138 0013 8000"),
        )
    )
    assert row.emails == ("Rachel.Ng@mirxes.com", "rachel.ng@mirxes.com", "r@gmail.com")
    assert row.phones == (
        "+6591234567",
        "+8613800138000",
    )  # local numbers read in the org's country
    assert services.contacts.count(ContactQuery(search="r@gmail.com")) == 1


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (
            ContactDraft(),
            "given_name",
            "A contact needs a given name, a family name or a Chinese name.",
        ),
        (
            ContactDraft(given_name="A", emails=("nope",)),
            "emails",
            "“nope” is not a valid email address",
        ),
        (
            ContactDraft(given_name="A", phones=("12",)),
            "phones",
            "“12” is not a valid phone number",
        ),
    ],
)
def test_invalid_contact_saves_nothing(
    services: Services, draft: ContactDraft, field: str, message: str
) -> None:
    problems = services.contacts.validate(draft)
    assert problems[field].message.startswith(message)
    with pytest.raises(ValidationError):
        services.contacts.create(draft)
    assert services.contacts.count() == 0


def test_moving_organisation_keeps_the_past_affiliation(services: Services) -> None:
    a = services.organisations.create(OrganisationDraft(name="Essex Bio"))
    b = services.organisations.create(OrganisationDraft(name="Mirxes"))
    row = services.contacts.create(
        ContactDraft(given_name="Ming", family_name="Li", title="VP", organisation_id=a.id)
    )
    moved = services.contacts.update(
        row.id, ContactDraft(given_name="Ming", family_name="Li", title="CEO", organisation_id=b.id)
    )
    assert moved.organisation == "Mirxes"
    assert [(x.organisation, x.title) for x in moved.affiliations] == [("Essex Bio", "VP")]
