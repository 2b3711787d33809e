"""Organisations an import would add: listed in the preview, then created, mapped to
an existing partner or left out, as the user chose; Chinese names in pinyin order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.import_organisations import LEAVE_OUT
from biosparc_desktop.services.importing import OrganisationChoice
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.store import migrate

FILE = (
    "Name,Organisation,Email\n"
    "刘明,信达生物,liu.ming@innovent.cn\n"
    "王芳,信达生物,wang.fang@innovent.cn\n"
    "Ana Souza,Acme Bio,ana@acme.bio\n"
    "李娜,百济神州,li.na@beigene.cn\n"
    "Tom Lee,Mirxes,tom@mirxes.com\n"
    "Zoe Park,Zeta Labs,zoe@zeta.io\n"
    "陈杰,阿斯利康,chen.jie@az.cn\n"
)


@pytest.fixture
def people_file(write_file: Callable[..., Path]) -> Path:
    return write_file("people.csv", FILE)


@pytest.fixture
def mirxes(services: Services) -> str:
    return services.organisations.create(OrganisationDraft(name="Mirxes", name_zh="觅瑞")).id


def _organisation_of(services: Services) -> dict[str, str | None]:
    return {
        row.display_name: row.organisation
        for row in services.contacts.rows(ContactQuery(), limit=100)
    }


def _count(services: Services, model: type) -> int:
    with services.context.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_preview_lists_new_organisations_in_pinyin_order(
    services: Services, mirxes: str, people_file: Path
) -> None:
    preview = services.importing.preview(services.importing.read(people_file))
    listed = [(o.name, o.contacts) for o in preview.organisations]
    # 阿斯利康 a, Acme, 百济神州 bai, 信达生物 xin, Zeta: Mirxes is here already.
    assert listed == [
        ("阿斯利康", 1),
        ("Acme Bio", 1),
        ("百济神州", 1),
        ("信达生物", 2),
        ("Zeta Labs", 1),
    ]


def test_each_organisation_is_created_mapped_or_left_out_as_chosen(
    services: Services, mirxes: str, people_file: Path
) -> None:
    parsed = services.importing.read(people_file)
    keys = {o.name: o.key for o in services.importing.preview(parsed).organisations}
    choices = {
        keys["百济神州"]: OrganisationChoice.existing(mirxes),
        keys["Acme Bio"]: LEAVE_OUT,
        keys["Zeta Labs"]: OrganisationChoice(),  # create, as without a choice
    }
    summary = services.importing.run(parsed, source="people.csv", organisations=choices)
    assert summary.created == 7
    assert summary.organisations_created == 3  # 信达生物, 阿斯利康 and Zeta Labs
    found = _organisation_of(services)
    assert found["李娜"] == "Mirxes"  # as the partner list names it
    assert found["Ana Souza"] is None
    assert found["刘明"] == found["王芳"] == "信达生物"
    assert found["Zoe Park"] == "Zeta Labs"
    names = {r.name for r in services.organisations.rows(OrganisationQuery(), limit=100)}
    assert names == {"Mirxes", "信达生物", "阿斯利康", "Zeta Labs"}


def test_a_dry_run_counts_only_the_organisations_it_would_create(
    services: Services, mirxes: str, people_file: Path
) -> None:
    parsed = services.importing.read(people_file)
    keys = [o.key for o in services.importing.preview(parsed).organisations]
    choices = {key: OrganisationChoice.existing(mirxes) for key in keys[:3]}
    summary = services.importing.run(
        parsed, source="people.csv", organisations=choices, dry_run=True
    )
    assert summary.organisations_created == 2
    assert _count(services, Contact) == 0


def test_a_partner_gone_since_the_preview_stops_the_import_whole(
    services: Services, mirxes: str, people_file: Path
) -> None:
    parsed = services.importing.read(people_file)
    keys = [o.key for o in services.importing.preview(parsed).organisations]
    services.organisations.delete(mirxes)
    with pytest.raises(ValidationError, match="no longer here") as raised:
        services.importing.run(
            parsed,
            source="people.csv",
            organisations={keys[-1]: OrganisationChoice.existing(mirxes)},
        )
    assert raised.value.params == {"name": "Zeta Labs"}
    assert _count(services, Contact) == 0
    assert _count(services, Organisation) == 1  # nothing half-written: only Mirxes


def test_imported_chinese_names_sort_in_pinyin_order(
    services: Services, mirxes: str, people_file: Path
) -> None:
    services.organisations.create(OrganisationDraft(name="Boston Biotech"))
    services.organisations.create(OrganisationDraft(name="Yeda Pharma"))
    services.importing.run(services.importing.read(people_file), source="people.csv")
    by_name = [r.name for r in services.organisations.rows(OrganisationQuery(), limit=100)]
    # 阿斯利康 (a si li kang), 百济神州 (bai ji), 信达生物 (xin da) among the Latin names.
    assert by_name == [
        "阿斯利康",
        "Acme Bio",
        "百济神州",
        "Boston Biotech",
        "Mirxes",
        "信达生物",
        "Yeda Pharma",
        "Zeta Labs",
    ]
    pickers = [name for _id, name in services.organisations.names()]
    assert pickers == by_name
    by_chinese = services.organisations.rows(OrganisationQuery(sort="name_zh"), limit=100)
    # Only Mirxes has a Chinese name of its own: the others have none to sort by.
    assert [r.name for r in by_chinese][-1] == "Mirxes"
    descending = services.organisations.rows(OrganisationQuery(descending=True), limit=3)
    assert [r.name for r in descending] == ["Zeta Labs", "Yeda Pharma", "信达生物"]


def test_a_partner_named_in_chinese_in_the_form_sorts_the_same(services: Services) -> None:
    services.organisations.create(OrganisationDraft(name="信达生物"))
    services.organisations.create(OrganisationDraft(name="Yeda Pharma"))
    services.organisations.create(OrganisationDraft(name="Wuxi Biologics"))
    names = [r.name for r in services.organisations.rows(OrganisationQuery(), limit=10)]
    assert names == ["Wuxi Biologics", "信达生物", "Yeda Pharma"]


def test_upgrading_gives_chinese_named_partners_their_pinyin(services: Services) -> None:
    row = services.organisations.create(OrganisationDraft(name="信达生物"))
    engine = services.context.session_factory.kw["bind"]
    migrate.downgrade(engine, "0004")
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE organisation SET pinyin = NULL")
    migrate.upgrade(engine)
    with services.context.read() as session:
        pinyin = session.scalar(select(Organisation.pinyin).where(Organisation.public_id == row.id))
    assert pinyin == "xin da sheng wu"
