"""vCards as Apple, Android, Outlook, Google and CardDAV servers write them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import vobject

from biosparc_desktop.importers import (
    ImportedContact,
    ImportFileError,
    ParseResult,
    parse_contacts_bytes,
)
from biosparc_desktop.importers.vcard_lines import (
    components,
    logical_lines,
    parse_property,
    unescape,
)

from .conftest import DATA

Parse = Callable[[str], ParseResult]


def test_apple_contacts_export(parse_sample: Parse) -> None:
    result = parse_sample("apple_contacts.vcf")
    assert (result.format, result.columns, result.mapping) == ("vcard", (), {})
    okafor, zhang = result.contacts
    assert okafor == ImportedContact(
        given_name="Adaeze",
        family_name="Okafor",
        title="Chief Scientific Officer (Research)",  # ORG:Lagos BioVentures Ltd;Research
        organisation="Lagos BioVentures Ltd",
        # type=pref first, grouped item1.EMAIL after it; the fax is left out.
        emails=("adaeze@lagosbio.ng", "a.okafor@research.lagosbio.ng"),
        phones=("+234 803 555 0199", "+234 1 555 0100", "+44 20 7946 0958"),
        notes="Met at BIO 2024, Boston.\nInterested in licensing; follow up in Q3.",
        source_line=1,
        country="Nigeria",  # the work address's country
    )
    assert (zhang.family_name, zhang.given_name, zhang.name_zh) == ("张", "伟", "张伟")
    # A company card (X-ABShowAs:COMPANY, no person's name) is not a contact, in words.
    assert [(p.line, p.message) for p in result.problems] == [
        (
            24,
            "Card at line 24: this is a company card (“Kyoto Bio KK”), not a person, so it is"
            " not imported as a contact; add the company as a partner organisation instead.",
        )
    ]


def test_android_21_quoted_printable_export(parse_sample: Parse) -> None:
    result = parse_sample("android_contacts.vcf")
    zhang, ouyang, smith, nameless = result.contacts
    assert zhang == ImportedContact(
        given_name="伟",
        family_name="张",
        name_zh="张伟",
        title="业务发展总监",
        organisation="北京华生物科技有限公司",  # soft line break inside a character's bytes
        emails=("zhang.wei@bjhuasheng.cn", "zhangwei1980@163.com"),
        phones=("138-0013-8000", "+86 139 1111 2222", "010-65529988"),
        notes="在上海BIO China大会上认识，对抗体授权项目很感兴趣，下个月回访。",
        source_line=1,
    )
    assert (ouyang.family_name, ouyang.given_name, ouyang.source_line) == ("欧阳", "娜娜", 22)
    assert smith.phones == ("+1 617 555 0123",)
    assert (nameless.phones, nameless.source_line) == (("+86 186 0000 9999",), 37)
    assert result.problems == []  # the photo's base64 lines are not mistaken for properties


def test_outlook_21_export_in_windows_code_page(parse_sample: Parse) -> None:
    result = parse_sample("outlook_contact_cp1252.vcf")
    assert result.encoding == "cp1252"
    (fischer,) = result.contacts
    assert fischer.title == "Director, Partnerships (Business Development)"
    assert fischer.organisation == "Rhein Diagnostics GmbH"
    assert fischer.emails == ("thomas.fischer@rhein-dx.de", "t.fischer@gmail.com")
    assert fischer.phones == ("+49 621 555 0142", "+49 171 555 0199")
    # Quoted-printable without CHARSET, in cp1252: =FC is ü.
    assert fischer.notes == "Met at BIO-Europe, München.\nAsked for the ELISA kit price list."


def test_google_30_export_with_folded_lines(parse_sample: Parse) -> None:
    result = parse_sample("google_contacts.vcf")
    li, mendes = result.contacts
    assert li.organisation == "Shanghai BioPharma Co., Ltd."
    assert li.notes == (
        "Prefers WeChat. Met at BIO China 2024 in Shanghai, where she presented the"
        " licensing plans for three antibody programmes."
    )
    assert li.phones == ("+86 139 1234 5678", "+86 138 0000 1111", "+86 21 5555 0100")
    assert li.tags == ("Partners",)  # Google's built-in "myContacts" group is dropped
    assert mendes.tags == ("Portugal", "Partners")
    assert mendes.source_line == 17


def test_vcard_40_from_a_carddav_server(parse_sample: Parse) -> None:
    (garcia,) = parse_sample("nextcloud_v4.vcf").contacts
    assert (garcia.given_name, garcia.family_name) == ("María José", "García")
    assert garcia.emails == ("mj.garcia@biomadrid.es", "mariajose.garcia@gmail.com")  # PREF=1
    assert garcia.phones == ("+34-600-555-123", "+34-91-555-0100")  # tel: URIs unwrapped
    assert garcia.notes == "Prefers Spanish; speaks English too."
    assert garcia.tags == ("Partners", "Spain")


@pytest.mark.parametrize("name", ["apple_contacts.vcf", "google_contacts.vcf", "nextcloud_v4.vcf"])
def test_agrees_with_vobject_on_files_it_can_read(parse_sample: Parse, name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    reference = [
        sorted(e.value for e in card.contents.get("email", []))
        for card in vobject.readComponents(text)
        if not _company_card(card)
    ]
    assert [sorted(c.emails) for c in parse_sample(name).contacts] == reference


def _company_card(card: vobject.base.Component) -> bool:
    """Apple's card for a company (no person's name): refused, not read as a contact."""
    shows = card.contents.get("x-abshowas", [])
    return bool(shows) and shows[0].value == "COMPANY" and not str(card.n.value).strip()


def test_tel_uri_extension_is_kept_with_its_number() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:4.0\nFN:Ada\nTEL;VALUE=uri:tel:+44-20-7946-0001;ext=12\nEND:VCARD\n"
    )
    (ada,) = parse_contacts_bytes(data).contacts
    assert ada.phones == ("+44-20-7946-0001 ext. 12",)


def test_broken_cards_are_reported_and_reading_carries_on(parse_sample: Parse) -> None:
    result = parse_sample("broken.vcf")
    assert [(c.given_name, c.source_line) for c in result.contacts] == [
        ("Good", 1),
        ("Has Bad", 10),
    ]
    assert result.contacts[1].phones == ("+1 555 0100",)
    assert [(p.line, p.message) for p in result.problems] == [
        (
            6,
            "Line 6: this card has no END:VCARD before the next card starts at line 10;"
            " the card is skipped.",
        ),
        (
            13,
            "Line 13: “this line has no colon” is not a vCard property (it has no colon);"
            " the line is ignored.",
        ),
        (16, "Card at line 16: no name, email or phone; the card is skipped."),
        (20, "Line 20: END:VCARD without a BEGIN:VCARD before it; the line is ignored."),
        (
            21,
            "Line 21: this card has no END:VCARD (the file may be cut short); the card is skipped.",
        ),
    ]


def test_truncated_file_keeps_the_complete_cards() -> None:
    data = (DATA / "google_contacts.vcf").read_bytes()
    cut = data[: data.index(b"ORG:Lisbon")]
    result = parse_contacts_bytes(cut)
    assert [c.family_name for c in result.contacts] == ["Li"]
    assert [p.line for p in result.problems] == [17]
    assert "no END:VCARD" in result.problems[0].message


def test_text_with_vcard_lines_but_no_card_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="no BEGIN:VCARD line"):
        parse_contacts_bytes(b"FN:Ada Lovelace\r\nEMAIL:ada@example.com\r\n", format="vcard")


def test_stray_text_between_cards_is_reported_once() -> None:
    data = b"BEGIN:VCARD\nFN:Ada\nEND:VCARD\nsome junk\nmore junk\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n"
    result = parse_contacts_bytes(data)
    assert [c.given_name for c in result.contacts] == ["Ada", "Bob"]
    assert [p.line for p in result.problems] == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("NOTE:one\r\n two\r\nFN:x", [(1, "NOTE:onetwo"), (3, "FN:x")], id="space"),
        pytest.param("NOTE:one\n\t two\nFN:x", [(1, "NOTE:one two"), (3, "FN:x")], id="tab"),
        pytest.param(
            "NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb=\r\nc\r\nFN:x",
            [(1, "NOTE;ENCODING=QUOTED-PRINTABLE:abc"), (4, "FN:x")],
            id="qp-soft-break",
        ),
        pytest.param(
            "NOTE:ends with =\r\nFN:x", [(1, "NOTE:ends with ="), (2, "FN:x")], id="not-qp"
        ),
        pytest.param(
            "PHOTO;ENCODING=BASE64:AAAA\nBBBB\nCCCC\n\nFN:x",
            [(1, "PHOTO;ENCODING=BASE64:AAAABBBBCCCC"), (5, "FN:x")],
            id="unindented-base64",
        ),
    ],
)
def test_logical_lines(text: str, expected: list[tuple[int, str]]) -> None:
    assert list(logical_lines(text)) == expected


def test_property_parameters_in_21_30_and_40_styles() -> None:
    old = parse_property(1, "EMAIL;PREF;INTERNET:a@b.co")
    apple = parse_property(2, "item1.EMAIL;type=INTERNET;type=pref:a@b.co")
    new = parse_property(3, 'TEL;TYPE="cell,voice";PREF=1;VALUE=uri:tel:+1-555')
    assert old is not None and apple is not None and new is not None
    assert (old.name, old.types) == ("EMAIL", {"PREF", "INTERNET"})
    assert (apple.name, apple.preferred) == ("EMAIL", True)
    assert (new.types, new.value) == ({"CELL", "VOICE", "PREF"}, "tel:+1-555")
    assert parse_property(4, "no colon here") is None


def test_colon_inside_a_quoted_parameter_is_not_the_value_colon() -> None:
    prop = parse_property(1, 'ADR;LABEL="Suite 5: top floor";TYPE=work:;;1 Main St')
    assert prop is not None and prop.value == ";;1 Main St"


def test_quoted_printable_with_gb2312_charset() -> None:
    value = "".join(f"={b:02X}" for b in "王芳".encode("gb2312"))
    prop = parse_property(1, f"FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{value}")
    assert prop is not None and prop.value == "王芳"


def test_escapes_and_structured_values() -> None:
    assert unescape(r"a\, b\; c\nd\\e") == "a, b; c\nd\\e"
    assert components(r"Smith\; Jr;John;;;") == ["Smith; Jr", "John", "", "", ""]
    assert components("Acme\\, Inc;Sales") == ["Acme, Inc", "Sales"]
