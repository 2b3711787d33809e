"""CSV exports from Outlook, Google, LinkedIn and Excel, read through column mappings."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biosparc_desktop.importers import (
    ImportedContact,
    ImportFileError,
    ParseResult,
    parse_contacts_bytes,
)

Parse = Callable[[str], ParseResult]


def test_outlook_desktop_unicode_export(parse_sample: Parse) -> None:
    result = parse_sample("outlook_desktop_utf16.csv")
    assert (result.format, result.encoding) == ("outlook", "utf-16-le")
    assert len(result.columns) == 92
    assert result.mapping["title"] == "Job Title"  # not "Title", which holds "Dr."
    fischer, mueller, zhang, exchange = result.contacts
    assert fischer == ImportedContact(
        given_name="Thomas",
        family_name="Fischer",
        title="Director, Partnerships (Business Development)",  # the department kept
        organisation="Rhein Diagnostics GmbH",
        emails=("thomas.fischer@rhein-dx.de", "t.fischer@gmail.com"),
        phones=("+49 171 555 0199", "+49 621 555 0142"),  # fax left out
        notes="Met at BIO-Europe, Munich.\nAsked for the ELISA kit price list.",
        tags=("Partners", "Germany"),
        source_line=2,
        country="Germany",  # Business Country/Region: reads numbers without a country code
    )
    assert (mueller.given_name, mueller.family_name, mueller.source_line) == ("Zoë", "Müller", 3)
    assert (zhang.given_name, zhang.family_name, zhang.name_zh) == ("伟", "张", "张伟")
    assert zhang.organisation == "北京华生物科技有限公司"
    assert exchange.emails == ()
    assert [p.line for p in result.problems] == [5]
    assert "internal Exchange address" in result.problems[0].message


def test_outlook_desktop_ansi_export(parse_sample: Parse) -> None:
    result = parse_sample("outlook_desktop_cp1252.csv")
    assert (result.format, result.encoding) == ("outlook", "cp1252")
    assert [(c.given_name, c.family_name) for c in result.contacts] == [
        ("Thomas", "Fischer"),
        ("Zoë", "Müller"),
    ]
    assert result.contacts[1].organisation == "Zürich Biotech AG"
    assert result.problems == []


def test_outlook_com_export_with_bom(parse_sample: Parse) -> None:
    result = parse_sample("outlook_com_utf8_bom.csv")
    assert (result.format, result.encoding) == ("outlook", "utf-8-sig")
    assert result.columns[0] == "First Name"  # the BOM is not part of the first column name
    priya, nana = result.contacts
    assert priya.given_name == "Priya K."
    assert priya.emails == (
        "priya.raman@bengalurubio.in",
        "priya.k.raman@outlook.com",
        "praman@iisc.ac.in",
    )
    assert priya.phones == ("+91 98450 55501", "+91 80 5555 0100")
    assert priya.title == "VP, Alliances"
    assert (nana.family_name, nana.given_name, nana.name_zh) == ("欧阳", "娜娜", "欧阳娜娜")
    assert result.problems == []


def test_google_2024_export(parse_sample: Parse) -> None:
    result = parse_sample("google_contacts.csv")
    assert result.format == "google"
    assert result.mapping["email_2"] == "E-mail 2 - Value"
    assert result.mapping["phone_2"] == "Phone 2 - Value"
    li, zhang, mendes = result.contacts
    assert li.organisation == "Shanghai BioPharma Co., Ltd."
    assert li.emails == ("na.li@shbiopharma.cn", "lina1987@163.com")
    # " ::: " joins several numbers with the same label in one cell.
    assert li.phones == ("+86 139 1234 5678", "+86 138 0000 1111", "+86 21 5555 0100")
    assert li.notes == "Prefers WeChat.\nMet at BIO China 2024."
    assert li.tags == ("Partners",)  # "* myContacts" and "* starred" are system labels
    # Spreadsheet rows: the address spans three lines of the file but is one cell.
    assert [c.source_line for c in result.contacts] == [2, 3, 4]
    assert (zhang.name_zh, zhang.title) == ("张伟", "业务发展总监")
    assert mendes.emails == ("carlos@lisbongenomics.pt", "c.mendes@lisbongenomics.pt")
    assert mendes.tags == ("Portugal", "Partners")
    assert [(p.line, p.message) for p in result.problems] == [
        (5, "Row 5: no name, email or phone; the row is skipped.")
    ]


def test_google_legacy_export(parse_sample: Parse) -> None:
    result = parse_sample("google_contacts_legacy.csv")
    assert result.format == "google"
    tanaka, chen = result.contacts
    assert tanaka == ImportedContact(
        given_name="Aiko",
        family_name="Tanaka",
        title="Alliance Manager",
        organisation="Kyoto Bio KK",
        emails=("aiko.tanaka@kyoto-bio.jp", "aiko.t@gmail.com"),
        phones=("+81 90 5555 0101", "+81 75 555 0100"),
        notes="Met in Kyoto.",
        tags=("Japan",),
        source_line=2,
    )
    assert (chen.family_name, chen.given_name, chen.name_zh) == ("陈", "小明", "陈小明")


def test_linkedin_export_with_notes_preamble(parse_sample: Parse) -> None:
    result = parse_sample("linkedin_connections.csv")
    assert result.format == "linkedin"
    assert result.mapping == {
        "given_name": "First Name",
        "family_name": "Last Name",
        "email": "Email Address",
        "organisation": "Company",
        "title": "Position",
        "notes": "URL",
    }
    assert [c.source_line for c in result.contacts] == [2, 3, 4, 5]  # the header is row 1
    assert result.contacts[0].notes == "URL: https://www.linkedin.com/in/sarah-oconnor-bio"
    assert result.notices == []  # "Connected On" is LinkedIn's bookkeeping, not a detail
    sarah, wei, wang, _ = result.contacts
    assert (sarah.family_name, sarah.emails) == ("O'Connor", ("sarah.oconnor@dublinbio.ie",))
    assert sarah.title == "Director, Business Development"
    assert wei.emails == ()  # LinkedIn hides most addresses; the name is enough
    assert (wang.name_zh, wang.organisation) == ("王明", "北京协和生物")
    assert result.problems == []


def test_linkedin_2018_export_without_url_or_preamble(parse_sample: Parse) -> None:
    result = parse_sample("linkedin_connections_2018.csv")
    assert result.format == "linkedin"
    assert [(c.given_name, c.organisation) for c in result.contacts] == [
        ("Emma", "Stockholm Bio AB"),
        ("Rahul", "Mumbai Life Sciences"),
    ]


def test_chinese_excel_export_in_gb18030(parse_sample: Parse) -> None:
    result = parse_sample("excel_chinese_gb18030.csv")
    assert (result.format, result.encoding) == ("csv", "gb18030")
    assert result.mapping == {
        "full_name": "姓名",
        "organisation": "单位",
        "title": "职务",
        "phone": "手机",
        "phone_2": "办公电话",
        "email": "邮箱",
        "notes": "备注",
    }
    li, wang, sima = result.contacts
    assert (li.family_name, li.given_name, li.name_zh) == ("李", "娜", "李娜")
    assert li.phones == ("139 1234 5678", "021-5555 0100")
    assert wang.organisation == "中国科学院, 生物物理所"
    assert wang.notes == "合作意向：抗体开发\n下月回访"
    assert (sima.family_name, sima.given_name) == ("司马", "光明")  # two-character surname
    assert [c.source_line for c in result.contacts] == [2, 3, 4]
    assert [p.line for p in result.problems] == [5]


def test_french_excel_export_with_semicolons(parse_sample: Parse) -> None:
    result = parse_sample("excel_french_semicolon.csv")
    martin, dubois = result.contacts
    assert martin.organisation == "Biotech Lyon; SAS"
    assert martin.phones == ("+33 6 55 55 01 23", "+33 4 55 55 01 00")
    assert martin.notes == "Rencontré à Lyon;\nintéressé par les anticorps"
    assert (dubois.given_name, dubois.family_name, dubois.source_line) == (
        "François",
        "Dubois",
        3,  # the spreadsheet's row: the note's line break does not count
    )


def test_generic_csv_quoting_line_numbers_and_row_problems(parse_sample: Parse) -> None:
    result = parse_sample("generic_quoted.csv")
    by_line = {c.source_line: c for c in result.contacts}
    # Spreadsheet rows: the three-line note is one row, the blank line is row 5.
    assert sorted(by_line) == [2, 3, 4, 7, 9, 10, 11]
    souza = by_line[2]
    assert souza.organisation == "BioBrasil, S.A."
    assert souza.notes == "Met at BIO 2024, Boston.\nWants a follow-up call\nin May."
    assert souza.tags == ("Partners", "Brazil")
    assert (by_line[3].given_name, by_line[3].family_name) == ("Jan", "de Vries")
    obrien = by_line[4]
    assert (obrien.given_name, obrien.family_name) == ("Siobhan", "O'Brien")
    assert obrien.emails == ("siobhan@obrien.ie", "s.obrien@gmail.com")
    assert obrien.notes == 'She said "call me Shiv"'
    assert by_line[11].emails == ("bob(at)example.com",)  # kept: the service decides
    assert [(p.line, p.message) for p in result.problems] == [
        (8, "Row 8: no name, email or phone; the row is skipped."),
        (9, "Row 9: 2 fields where the header has 7; the missing ones are left empty."),
        (10, "Row 10: 9 fields where the header has 7; the extra ones are ignored."),
        (
            11,
            "Row 11: “bob(at)example.com” does not look like an email address;"
            " check it after the import.",
        ),
    ]


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    text = "Name\tE-mail\tMobile\r\nZoë Müller\tzoe@example.ch\t+41 79 555 01 23\r\n"
    result = parse_contacts_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert (result.encoding, result.mapping) == (
        "utf-16-le",
        {"full_name": "Name", "email": "E-mail", "phone": "Mobile"},
    )
    assert result.contacts == [
        ImportedContact(
            given_name="Zoë",
            family_name="Müller",
            emails=("zoe@example.ch",),
            phones=("+41 79 555 01 23",),
            source_line=2,
        )
    ]


def test_user_mapping_overrides_the_guess() -> None:
    data = b"Contact,Reach me at,Extra\nAda Lovelace,ada@example.com,+44 20 7946 0001\n"
    guessed = parse_contacts_bytes(data)
    assert guessed.mapping == {"full_name": "Contact"}
    assert guessed.contacts[0].emails == ()
    mapping = {"full_name": "Contact", "email": "Reach me at", "phone": "Extra", "notes": ""}
    chosen = parse_contacts_bytes(data, mapping=mapping)
    assert chosen.mapping == {"full_name": "Contact", "email": "Reach me at", "phone": "Extra"}
    assert chosen.contacts[0].emails == ("ada@example.com",)
    assert chosen.contacts[0].phones == ("+44 20 7946 0001",)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"email": "Mail"}, "The column “Mail” chosen for email is not in the file."),
        ({"shoe_size": "Name"}, "“shoe_size” is not a contact field"),
        ({"organisation": "Name"}, "no column for a name, email or phone"),
    ],
)
def test_bad_user_mapping_is_a_file_error(mapping: dict[str, str], message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        parse_contacts_bytes(b"Name,Email\nAda,ada@example.com\n", mapping=mapping)


def test_csv_without_name_email_or_phone_columns_lists_what_it_found() -> None:
    data = b"Date,Amount,Currency\n2024-03-01,1200,EUR\n"
    with pytest.raises(ImportFileError) as caught:
        parse_contacts_bytes(data)
    assert caught.value.message == (
        "The file has no column for a name, email or phone, so no contacts can be read."
        " Columns found: “Date”, “Amount”, “Currency”."
    )


def test_header_without_rows_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="column headings but no rows"):
        parse_contacts_bytes(b"Name,Email\r\n\r\n,\r\n")


def test_unclosed_quote_on_the_last_row_is_reported() -> None:
    data = b'Name,Notes\nAda,fine\nBob,"never closed\nCarol,swallowed\n'
    result = parse_contacts_bytes(data)
    assert [c.given_name for c in result.contacts] == ["Ada"]
    assert [p.line for p in result.problems] == [3]
    assert "quotation mark opened in this row is never closed" in result.problems[0].message


def test_multi_line_field_on_the_last_row_is_fine() -> None:
    data = b'Name,Notes\nAda,"two\nlines"'
    result = parse_contacts_bytes(data)
    assert result.contacts[0].notes == "two\nlines"
    assert result.problems == []


def test_forcing_a_csv_format_uses_its_mapping() -> None:
    data = b"First Name,Last Name,Email Address,Company,Position\nAda,Lovelace,a@b.co,AE,CTO\n"
    result = parse_contacts_bytes(data, format="linkedin")
    assert result.format == "linkedin"
    assert result.contacts[0].title == "CTO"


_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters='\n,;"'),
    max_size=20,
).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_cell, _cell), min_size=1, max_size=8))
def test_any_quoted_csv_round_trips_with_spreadsheet_rows(rows: list[tuple[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Email", "Notes"])
    expected: list[tuple[int, str]] = []
    line = 2
    for email, notes in rows:
        writer.writerow([f"user{line}@example.com", f"{email}{notes}"])
        expected.append((line, f"{email}{notes}".strip().replace("\r\n", "\n") or ""))
        line += 1  # a line break inside a quoted cell does not shift the rows after it
    result = parse_contacts_bytes(out.getvalue().encode())
    assert [(c.source_line, c.notes or "") for c in result.contacts] == expected
    assert [c.emails[0] for c in result.contacts] == [f"user{n}@example.com" for n, _ in expected]
