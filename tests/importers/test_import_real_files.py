"""Files as Thunderbird, Excel's "Unicode Text", iOS and Nextcloud write them; columns
that go nowhere are named; quoted email addresses; workbooks refused in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.importers import (
    ImportFileError,
    ParseResult,
    parse_contacts,
    parse_contacts_bytes,
)

Parse = Callable[[str], ParseResult]


def test_thunderbird_export_keeps_emails_phones_and_work_details(parse_sample: Parse) -> None:
    result = parse_sample("thunderbird_addressbook.csv")
    assert (result.format, result.encoding) == ("thunderbird", "utf-8")
    assert result.mapping["email"] == "Primary Email"
    assert result.mapping["email_2"] == "Secondary Email"
    martin, zhang, sato = result.contacts
    assert (martin.given_name, martin.family_name) == ("Camille", "Martin")
    assert martin.emails == ("camille.martin@genopole.fr", "camille.martin@gmail.com")
    assert martin.phones == ("06 12 34 56 78", "01 60 87 34 00")
    assert martin.organisation == "Genopole"
    assert martin.title == "Responsable partenariats (Affaires industrielles)"
    assert martin.country == "France"
    # Web page and address have no field of their own: kept in the notes, labelled.
    assert martin.notes == (
        "Vue au salon BioFIT.\nRelancer en janvier.\nWeb Page 1: https://www.genopole.fr\n"
        "Work Address: 5 rue Henri Desbruères\nWork City: Évry\nWork ZipCode: 91000"
    )
    assert (zhang.name_zh, zhang.emails) == ("张伟", ("zhang.wei@bjhuasheng.cn",))
    assert sato.emails == ("h.sato@tokyo-bio.jp",)
    assert [str(n) for n in result.notices] == [
        "2 columns have data but are not imported: “Home City”, “Birth Year”."
    ]


@pytest.mark.parametrize(
    ("header", "row", "notice"),
    [
        pytest.param(
            "Name,Email,Spouse",
            "Ada Lovelace,ada@example.com,William",
            "The column “Spouse” has data but is not imported.",
            id="generic",
        ),
        pytest.param(
            "First Name,Last Name,E-mail Address,E-mail Type,Gender,Business City",
            "Ada,Lovelace,ada@example.com,SMTP,Unspecified,London",
            "The column “Business City” has data but is not imported.",
            id="outlook-placeholders-are-not-data",
        ),
        pytest.param(
            "Name,Email,Spouse",
            "Ada Lovelace,ada@example.com,",
            None,
            id="empty-column",
        ),
    ],
)
def test_a_column_with_data_that_goes_nowhere_is_named(
    header: str, row: str, notice: str | None
) -> None:
    result = parse_contacts_bytes(f"{header}\n{row}\n".encode())
    assert [str(n) for n in result.notices] == ([notice] if notice else [])


def test_a_column_the_user_maps_to_the_notes_is_kept_with_its_name() -> None:
    data = b"Name,Email,Spouse,Remarks\nAda Lovelace,ada@example.com,William,Met in London\n"
    mapping = {"full_name": "Name", "email": "Email", "notes": "Remarks", "notes_2": "Spouse"}
    result = parse_contacts_bytes(data, mapping=mapping)
    assert result.contacts[0].notes == "Met in London\nSpouse: William"
    assert result.notices == []


def test_excel_unicode_text_with_chinese_and_english_names(parse_sample: Parse) -> None:
    result = parse_sample("excel_unicode_text_chinese.txt")
    assert (result.encoding, result.mapping["full_name"], result.mapping["name_en"]) == (
        "utf-16-le",
        "姓名",
        "英文名",
    )
    names = [(c.family_name, c.given_name, c.name_zh) for c in result.contacts]
    assert names == [
        ("Zhang", "Wei", "张伟"),  # "Zhang Wei": family name first, as pinyin writes it
        ("Ouyang", "Nana", "欧阳娜娜"),  # "Nana Ouyang": Western order, read as such
        ("Li", "Ming", "李明"),
    ]
    assert result.notices == []


@pytest.mark.parametrize(
    ("header", "row"),
    [
        pytest.param("姓名,英文名,邮箱", "张伟,Zhang Wei,zw@example.cn", id="姓名+英文名"),
        pytest.param("中文名,英文名,邮箱", "张伟,Zhang Wei,zw@example.cn", id="中文名+英文名"),
        pytest.param("Name,Chinese Name,Email", "Zhang Wei,张伟,zw@example.cn", id="Name+Chinese"),
        pytest.param("English Name,Name,Email", "Wei Zhang,张伟,zw@example.cn", id="western-order"),
    ],
)
def test_both_names_of_a_chinese_spreadsheet_are_kept(header: str, row: str) -> None:
    result = parse_contacts_bytes(f"{header}\n{row}\n".encode())
    (zhang,) = result.contacts
    assert (zhang.family_name, zhang.given_name, zhang.name_zh) == ("Zhang", "Wei", "张伟")
    assert result.notices == []


@pytest.mark.parametrize(
    ("cell", "emails"),
    [
        pytest.param('"a b"@x.com', ('"a b"@x.com',), id="alone"),
        pytest.param('"a b"@x.com; c@x.com', ('"a b"@x.com', "c@x.com"), id="with-another"),
        pytest.param('Ann <"a b"@x.com>', ('"a b"@x.com',), id="angle-brackets"),
        pytest.param('"a,b;c"@x.com', ('"a,b;c"@x.com',), id="separators-inside"),
        pytest.param('"ann@x.com"', ("ann@x.com",), id="merely-quoted"),
    ],
)
def test_a_quoted_local_part_is_kept_whole(cell: str, emails: tuple[str, ...]) -> None:
    quoted = cell.replace('"', '""')
    result = parse_contacts_bytes(f'Name,Email\nAnn,"{quoted}"\n'.encode())
    assert result.contacts[0].emails == emails


@pytest.mark.parametrize(
    ("cell", "phones"),
    [
        ("+33 6 12 34 56 78;ext=123", ("+33 6 12 34 56 78;ext=123",)),
        ("+33 6 12 34 56 78; +65 6123 4567", ("+33 6 12 34 56 78", "+65 6123 4567")),
        ("+1 617 555 0123 x45", ("+1 617 555 0123 x45",)),
    ],
)
def test_an_extension_stays_with_its_number(cell: str, phones: tuple[str, ...]) -> None:
    result = parse_contacts_bytes(f'Name,Phone\nAnn,"{cell}"\n'.encode())
    assert result.contacts[0].phones == phones


def test_ios_and_nextcloud_cards(parse_sample: Parse) -> None:
    result = parse_sample("ios_nextcloud_v3.vcf")
    lefevre, wang = result.contacts
    assert lefevre.title == "Chargée d'affaires (Valorisation)"  # ORG's department kept
    assert lefevre.phones == ("06 12 34 56 78", "04 72 55 01 23;ext=214")
    assert (lefevre.country, lefevre.language) == ("France", "fr")  # item2.ADR, LANG
    assert wang.emails == ('"wang fang"@sipbio.cn',)
    assert (wang.family_name, wang.given_name, wang.name_zh) == ("Wang", "Fang", "王芳")
    assert (wang.country, wang.language) == ("China", "zh")
    assert [p.message for p in result.problems] == [
        "Card at line 16: this is a company card (“Genopole”), not a person, so it is not"
        " imported as a contact; add the company as a partner organisation instead."
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("contacts.xlsx", "an Excel workbook"),
        ("contacts.XLS", "an Excel workbook"),
        ("contacts.numbers", "a Numbers spreadsheet"),
        ("contacts.ods", "an OpenDocument spreadsheet"),
    ],
)
def test_a_workbook_is_refused_with_what_to_do(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" + bytes(64))
    with pytest.raises(ImportFileError) as refused:
        parse_contacts(path)
    assert str(refused.value) == (
        f"“{name}” is {kind}, not a contact list: open it and save it as CSV (UTF-8) first,"
        " then import the CSV file."
    )


def test_a_defused_formula_comes_back_as_typed() -> None:
    data = b"Name,Notes,Title\nAda Lovelace,'=1+2,'-Head\n"
    (ada,) = parse_contacts_bytes(data).contacts
    assert (ada.notes, ada.title) == ("=1+2", "-Head")
