"""Our own CSV and vCard files import back with nothing lost: defused formulas come back
as typed, preferred languages, extensions, quoted addresses and both names survive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.domain.enums import Language
from biosparc_desktop.exporters import export_contacts
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.registry import Services

DRAFTS = (
    ContactDraft(
        given_name="Ada",
        family_name="Lovelace",
        title="=1+2",
        notes="-5 is the answer\n@home on Fridays",
        preferred_language=Language.OTHER,
        phones=("+33 1 23 45 67 89 ext. 123",),
        emails=('"ada l"@example.com',),
    ),
    ContactDraft(
        given_name="Wei",
        family_name="Zhang",
        name_zh="张伟",
        preferred_language=Language.CHINESE,
        emails=("zhang.wei@example.cn",),
    ),
    ContactDraft(given_name="Bob", family_name="Smith", preferred_language=Language.ENGLISH),
)


def _comparable(services: Services) -> list[tuple[object, ...]]:
    return sorted(
        (
            (r.given_name, r.family_name, r.name_zh, r.name_order, r.title, r.emails, r.phones,
             r.notes, r.preferred_language)
            for r in services.contacts.rows(ContactQuery())
        ),
        key=repr,
    )  # fmt: skip


@pytest.mark.parametrize("format", ["csv", "vcard"])
def test_our_files_import_back_with_nothing_lost(
    services: Services, services_factory: Callable[[], Services], tmp_path: Path, format: str
) -> None:
    for draft in DRAFTS:
        services.contacts.create(draft)
    path = tmp_path / f"contacts.{'csv' if format == 'csv' else 'vcf'}"
    export_contacts(services, path, format=format)
    fresh = services_factory()
    parsed = fresh.importing.read(path)
    assert parsed.notices == []  # every column of ours goes somewhere (or is bookkeeping)
    summary = fresh.importing.run(parsed, source=path.name)
    assert (summary.created, summary.rejected) == (3, 0)
    assert _comparable(fresh) == _comparable(services)
    ada = next(r for r in fresh.contacts.rows(ContactQuery(search="Ada")))
    assert (ada.title, ada.phones) == ("=1+2", ("+33123456789;ext=123",))
