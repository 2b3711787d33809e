"""vCard 3.0 export, read back with vobject and with our own importer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import vobject

from biosparc_desktop.exporters import export_contacts
from biosparc_desktop.exporters.vcard import fold, text
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.registry import Services


def _cards(path: Path) -> dict[str, vobject.base.Component]:
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    return {card.uid.value.removeprefix("urn:uuid:"): card for card in cards}


def test_every_contact_reads_back_with_vobject(rich: Services, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    result = export_contacts(rich, path, format="vcard")
    rows = rich.contacts.rows(ContactQuery())
    assert result.count == len(rows) > 20
    cards = _cards(path)
    assert set(cards) == {row.id for row in rows}
    for row in rows:
        card = cards[row.id]
        assert card.version.value == "3.0"
        assert card.fn.value == row.display_name
        assert [e.value for e in card.contents.get("email", [])] == list(row.emails)
        assert [t.value for t in card.contents.get("tel", [])] == list(row.phones)
        assert (card.note.value if "note" in card.contents else None) == row.notes
        assert (card.org.value[0] if "org" in card.contents else None) == row.organisation
        assert (card.title.value if "title" in card.contents else None) == row.title
        if row.tags:
            assert card.categories.value == list(row.tags)


def test_names_in_both_scripts(rich: Services, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    export_contacts(rich, path, format="vcard")
    by_name = {card.fn.value: card for card in _cards(path).values()}
    wang = by_name["Wang Li (王丽)"]
    assert (wang.n.value.family, wang.n.value.given) == ("Wang", "Li")
    assert wang.nickname.value == "王丽"
    chinese_only = by_name["王建国"]  # split into family and given name for address books
    assert (chinese_only.n.value.family, chinese_only.n.value.given) == ("王", "建国")


def test_long_lines_fold_without_splitting_characters(services: Services, tmp_path: Path) -> None:
    note = "合作意向：抗体开发, clinical trials; " * 20 + "\nsecond line \\ end"
    services.contacts.create(ContactDraft(name_zh="欧阳娜娜", notes=note))
    path = tmp_path / "one.vcf"
    export_contacts(services, path, format="vcard")
    data = path.read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # every physical line is whole UTF-8
    (card,) = _cards(path).values()
    assert card.note.value == note


@pytest.mark.parametrize(
    ("value", "escaped"),
    [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("one\r\ntwo\nthree", "one\\ntwo\\nthree")],
)
def test_text_escaping(value: str, escaped: str) -> None:
    assert text(value) == escaped


def test_fold_keeps_short_lines_and_counts_octets() -> None:
    assert fold("FN:Ada") == "FN:Ada"
    folded = fold("NOTE:" + "张" * 40)  # 125 octets
    first, second = folded.split("\r\n")
    assert len(first.encode()) == 74 and second.startswith(" ")
    assert (first + second[1:]) == "NOTE:" + "张" * 40


def test_exported_cards_import_back_unchanged(
    rich: Services, services_factory: Callable[[], Services], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    export_contacts(rich, path, format="vcard")
    fresh: Services = services_factory()
    summary = fresh.importing.run(fresh.importing.read(path), source=path.name)
    before = _comparable(rich)
    assert summary.created == len(before) and summary.rejected == 0
    assert _comparable(fresh) == before


def _comparable(services: Services) -> list[tuple[object, ...]]:
    return sorted(
        (
            (r.name_zh, r.given_name, r.family_name, r.title, r.organisation, r.emails,
             r.phones, r.tags, r.notes)
            for r in services.contacts.rows(ContactQuery())
        ),
        key=repr,
    )  # fmt: skip


def test_only_chosen_contacts(rich: Services, tmp_path: Path) -> None:
    ids = [r.id for r in rich.contacts.rows(ContactQuery(search="Ng"))]
    result = export_contacts(rich, tmp_path / "some.vcf", format="vcard", ids=ids)
    assert result.count == len(ids) >= 1
    assert set(_cards(tmp_path / "some.vcf")) == set(ids)
