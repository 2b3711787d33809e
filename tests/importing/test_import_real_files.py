"""Real exports through the import service: local numbers read in the file's country,
extensions and quoted addresses kept, preferred languages, long notes, bad regions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.domain.enums import Language
from biosparc_desktop.domain.rules.contact_details import clean_phone, display_phone
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.contacts import ContactQuery, ContactRow
from biosparc_desktop.services.importing import ImportSummary, RowStatus
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.services.registry import Services

from .conftest import SAMPLES


def _import(services: Services, path: Path, **options: object) -> ImportSummary:
    parsed = services.importing.read(path)
    return services.importing.run(parsed, source=path.name, **options)  # type: ignore[arg-type]


def _people(services: Services) -> dict[str, ContactRow]:
    return {row.display_name: row for row in services.contacts.rows(ContactQuery())}


def test_outlook_business_country_reads_local_numbers(services: Services) -> None:
    summary = _import(services, SAMPLES / "outlook_france_cp1252.csv")
    assert (summary.created, summary.rejected) == (2, 0)
    people = _people(services)
    lefevre = people["Élodie Lefèvre"]
    assert lefevre.phones == ("+33612345678", "+33472550123;ext=214")  # France, not Singapore
    assert lefevre.title == "Chargée d'affaires (Valorisation)"
    assert lefevre.preferred_language is Language.OTHER  # "French"
    assert people["Søren Østergaard"].phones == ("+4586123456",)
    countries = {o.name: o.country for o in services.organisations.rows(OrganisationQuery())}
    assert countries == {"Institut Pasteur de Lyon": "FR", "Aarhus Biologics ApS": "DK"}
    assert [str(n) for n in summary.notices] == [
        "3 columns have data but are not imported: “Business Street”, “Business City”,"
        " “Business Postal Code”."
    ]


def test_vcard_address_country_language_and_quoted_email(services: Services) -> None:
    summary = _import(services, SAMPLES / "ios_nextcloud_v3.vcf")
    assert (summary.created, summary.rejected) == (2, 1)  # the company card, in words
    people = _people(services)
    lefevre = people["Élodie Lefèvre"]
    assert lefevre.phones == ("+33612345678", "+33472550123;ext=214")
    wang = people["Wang Fang (王芳)"]
    assert wang.emails == ('"wang fang"@sipbio.cn',)
    assert wang.phones == ("+8613912345678",)
    assert wang.preferred_language is Language.CHINESE


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("+33 1 23 45 67 89;ext=123", "+33123456789;ext=123", "+33 1 23 45 67 89 ext. 123"),
        ("+1 617 555 0123 x45", "+16175550123;ext=45", "+1 617-555-0123 ext. 45"),
        ("+65 6123 4567 ext. 9", "+6561234567;ext=9", "+65 6123 4567 ext. 9"),
        ("+65 6123 4567", "+6561234567", "+65 6123 4567"),
    ],
)
def test_phone_extensions_are_kept(typed: str, stored: str, shown: str) -> None:
    assert clean_phone(typed) == stored
    assert display_phone(stored) == shown


@pytest.mark.parametrize("region", ["XX", "France", "12", "S"])
def test_a_region_that_is_not_one_is_refused(services: Services, region: str) -> None:
    parsed = services.importing.read(SAMPLES / "generic_quoted.csv")
    with pytest.raises(ValidationError, match="is not a region code"):
        services.importing.run(parsed, source="generic_quoted.csv", region=region)


def test_the_region_given_reads_local_numbers(
    services: Services, write_file: Callable[..., Path]
) -> None:
    path = write_file("fr.csv", "Name,Mobile\nJean Dupont,06 12 34 56 78\n")
    _import(services, path, region="fr")
    assert _people(services)["Jean Dupont"].phones == ("+33612345678",)


def test_notes_over_the_limit_are_cut_and_the_person_kept(
    services: Services, write_file: Callable[..., Path]
) -> None:
    long_note = "word " * 5000  # 25,000 characters; the limit is 20,000
    path = write_file("long.csv", f'Name,Notes\nAda Lovelace,"{long_note}"\nBob Short,fine\n')
    summary = _import(services, path)
    assert (summary.created, summary.rejected) == (2, 0)
    ada = _people(services)["Ada Lovelace"]
    assert ada.notes is not None and 19_990 < len(ada.notes) <= 20_000
    (outcome,) = [o for o in summary.outcomes if o.line == 2]
    assert [str(w) for w in outcome.warnings] == [
        "Row 2: the notes are 24,999 characters long; only the first 20,000 are kept."
    ]


@pytest.mark.parametrize(
    ("cell", "language"),
    [
        ("Chinese", Language.CHINESE),  # our own CSV export
        ("中文", Language.CHINESE),
        ("zh-Hans", Language.CHINESE),
        ("English", Language.ENGLISH),
        ("en-GB", Language.ENGLISH),
        ("French", Language.OTHER),
        ("", Language.ENGLISH),
    ],
)
def test_preferred_language_column(
    services: Services, write_file: Callable[..., Path], cell: str, language: Language
) -> None:
    _import(services, write_file("lang.csv", f"Name,Language\nAda Lovelace,{cell}\n"))
    assert _people(services)["Ada Lovelace"].preferred_language is language


def test_preview_carries_the_columns_not_imported(
    services: Services, write_file: Callable[..., Path]
) -> None:
    path = write_file("x.csv", "Name,Email,Spouse\nAda Lovelace,ada@example.com,William\n")
    preview = services.importing.preview(services.importing.read(path))
    assert [row.status for row in preview.rows] == [RowStatus.NEW]
    assert [str(n) for n in preview.notices] == [
        "The column “Spouse” has data but is not imported."
    ]


@pytest.mark.parametrize(
    ("country", "mobile", "stored"),
    [
        ("France", "06 12 34 56 78", "+33612345678"),
        ("FR", "06 12 34 56 78", "+33612345678"),
        ("FRA", "06 12 34 56 78", "+33612345678"),
        ("法国", "06 12 34 56 78", "+33612345678"),
        ("UK", "07911 123456", "+447911123456"),
        ("中国", "138 0013 8000", "+8613800138000"),
    ],
)
def test_the_country_column_reads_local_numbers(
    services: Services, write_file: Callable[..., Path], country: str, mobile: str, stored: str
) -> None:
    path = write_file("c.csv", f"Name,Mobile,Country\nJean Dupont,{mobile},{country}\n")
    _import(services, path)
    assert _people(services)["Jean Dupont"].phones == (stored,)
