"""Which program wrote a file, judged from its first lines."""

from __future__ import annotations

import pytest

from biosparc_desktop.importers.encoding import decode_bytes
from biosparc_desktop.importers.formats import csv_layout, detect_format, sniff_delimiter
from biosparc_desktop.importers.records import ImportFileError

from .conftest import DATA


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("outlook_desktop_utf16.csv", "outlook"),
        ("outlook_desktop_cp1252.csv", "outlook"),
        ("outlook_com_utf8_bom.csv", "outlook"),
        ("google_contacts.csv", "google"),
        ("google_contacts_legacy.csv", "google"),
        ("linkedin_connections.csv", "linkedin"),
        ("linkedin_connections_2018.csv", "linkedin"),
        ("excel_chinese_gb18030.csv", "csv"),
        ("excel_french_semicolon.csv", "csv"),
        ("generic_quoted.csv", "csv"),
        ("apple_contacts.vcf", "vcard"),
        ("android_contacts.vcf", "vcard"),
        ("outlook_contact_cp1252.vcf", "vcard"),
        ("google_contacts.vcf", "vcard"),
        ("nextcloud_v4.vcf", "vcard"),
        ("broken.vcf", "vcard"),
    ],
)
def test_detects_sample_format(name: str, fmt: str) -> None:
    text, _ = decode_bytes((DATA / name).read_bytes())
    assert detect_format(text) == fmt


def test_vcard_after_a_blank_line_and_in_lower_case() -> None:
    assert detect_format("\r\n\r\nbegin:vcard\r\nfn:Ada\r\nend:vcard\r\n") == "vcard"


def test_csv_that_quotes_a_vcard_in_its_notes_is_still_csv() -> None:
    text = 'Name,Notes\r\nAda,"pasted card:\r\nBEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD"\r\n'
    assert detect_format(text) == "csv"


@pytest.mark.parametrize(
    "text",
    ["<!DOCTYPE html><html><body>Contacts</body></html>", '{"contacts": []}', "<?xml ?>"],
)
def test_markup_is_not_a_contact_file(text: str) -> None:
    with pytest.raises(ImportFileError, match="web page, XML or JSON"):
        detect_format(text)


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [
        ("Name,Email,Phone", ","),
        ("Name;Email;Phone", ";"),
        ("Name\tEmail\tPhone", "\t"),
        ("Name|Email|Phone", "|"),
        ('"Smith, John";"a@b.c";"1"', ";"),  # commas inside quotes don't count
        ('"Name","Notes; more"', ","),
        ("Email", ","),
    ],
)
def test_sniff_delimiter(line: str, delimiter: str) -> None:
    assert sniff_delimiter(line) == delimiter


def test_linkedin_header_comes_after_the_notes_preamble() -> None:
    text = (DATA / "linkedin_connections.csv").read_text(encoding="utf-8")
    layout = csv_layout(text)
    assert layout.header_line == 4
    assert layout.columns == (
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    )


def test_excel_sep_hint_sets_the_delimiter() -> None:
    layout = csv_layout("sep=;\r\nName,Inc;Email\r\nAcme, Inc;a@acme.com\r\n")
    assert (layout.delimiter, layout.header_line, layout.columns) == (
        ";",
        2,
        ("Name,Inc", "Email"),
    )
