"""The full archive: export then import is lossless; merging by public id; foreign zips."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from biosparc_desktop.errors import ValidationError
from biosparc_desktop.exporters import ArchiveError, export_archive, import_archive
from biosparc_desktop.search.index import check as index_check
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.services.registry import Services

Factory = Callable[[], Services]


@pytest.fixture
def full(rich: Services, tmp_path: Path) -> Services:
    """Rich data plus an attached document, a record in the Trash and a merge."""
    document = tmp_path / "NDA signed.pdf"
    document.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    agreement = rich.agreements.rows()[0]
    rich.agreements.attach_document(agreement.id, document)
    rich.contacts.delete(rich.contacts.rows(ContactQuery(search="Maria"))[0].id)
    pair = rich.duplicates.contacts()
    if pair:
        rich.merging.merge("contact", pair[0].first_id, pair[0].second_id)
    return rich


def _dump(services: Services) -> dict[str, list[str]]:
    """Every table's records as sorted JSON texts, comparable across databases."""
    return {
        table: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records)
        for table, records in services.archive.dump().items()
    }


def test_export_then_import_is_lossless(
    full: Services, services_factory: Factory, tmp_path: Path
) -> None:
    path = tmp_path / "all.zip"
    result = export_archive(full, path)
    assert result.count > 100
    restored = services_factory()
    outcome = import_archive(restored, path)
    assert outcome.mode == "restore" and outcome.documents_copied == 1
    before, after = _dump(full), _dump(restored)
    assert set(before) == set(after)
    for table in before:
        if table == "change_entry":
            continue
        assert after[table] == before[table], table
    # The history comes along whole; the restore adds its own batch on top.
    extra = [json.loads(e) for e in after["change_entry"] if e not in set(before["change_entry"])]
    assert set(before["change_entry"]) <= set(after["change_entry"])
    assert {e["batch_label"] for e in extra} == {"Import archive all.zip"}
    (doc,) = full.archive.dump()["agreement_document"]
    copy = restored.context.documents_dir / doc["stored_name"]
    original = full.context.documents_dir / doc["stored_name"]
    assert copy.read_bytes() == original.read_bytes()
    assert any(h.kind == "contact" for h in restored.search.search("Souza"))
    with restored.context.read() as session:
        assert index_check(session.connection()).ok


def test_import_is_one_action_that_undo_takes_back(
    full: Services, services_factory: Factory, tmp_path: Path
) -> None:
    export_archive(full, tmp_path / "all.zip")
    restored = services_factory()
    outcome = import_archive(restored, tmp_path / "all.zip")
    assert outcome.summary.batch_id is not None
    restored.journal.revert(outcome.summary.batch_id, "Undo import")
    assert restored.contacts.count() == 0 and restored.organisations.count() == 0
    again = import_archive(restored, tmp_path / "all.zip")
    assert again.summary.records_added > 0  # the records came back; nothing clashed


def test_merge_into_a_colleagues_database_by_public_id(
    demo: Services, services_factory: Factory, tmp_path: Path
) -> None:
    export_archive(demo, tmp_path / "mine.zip")
    colleague = services_factory()
    import_archive(colleague, tmp_path / "mine.zip")
    rachel = demo.contacts.rows(ContactQuery(search="Rachel"))[0]
    david = demo.contacts.rows(ContactQuery(search="David"))[0]
    # On the colleague's laptop: an edit, a new person, a tag that I also create.
    colleague.contacts.update(rachel.id, _draft(rachel, title="VP, Corporate Development"))
    colleague.contacts.update(david.id, _draft(david, tags=("vip",)))
    newcomer = colleague.contacts.create(ContactDraft(given_name="Mei", family_name="Tan")).id
    export_archive(colleague, tmp_path / "theirs.zip")
    # Meanwhile on mine: the same tag on someone else, and a later edit of David.
    sarah = demo.contacts.rows(ContactQuery(search="Sarah"))[0]
    demo.contacts.update(sarah.id, _draft(sarah, tags=("VIP",)))
    demo.contacts.update(david.id, _draft(david, title="Managing Director"))

    outcome = import_archive(demo, tmp_path / "theirs.zip")
    assert outcome.mode == "merge"
    assert demo.contacts.get(rachel.id).title == "VP, Corporate Development"  # theirs is newer
    assert demo.contacts.get(david.id).title == "Managing Director"  # mine is newer: kept
    assert demo.contacts.get(newcomer).display_name == "Mei Tan"
    assert demo.contacts.get(sarah.id).tags == ("VIP", "sample")
    assert demo.staff.tag_names().count("VIP") == 1  # the same tag, not a second one
    assert outcome.summary.added["contact"] == 1
    again = import_archive(demo, tmp_path / "theirs.zip")
    assert again.summary.records_added == 0 and again.summary.batch_id is None


def _draft(row: Any, **changes: Any) -> ContactDraft:
    values = {
        "given_name": row.given_name,
        "family_name": row.family_name,
        "name_zh": row.name_zh,
        "title": row.title,
        "organisation_id": row.organisation_id,
        "emails": row.emails,
        "phones": row.phones,
        "notes": row.notes,
        "tags": row.tags,
    }
    return ContactDraft(**(values | changes))


def _rewrite(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if item.filename in changes:
                continue
            new.writestr(item, old.read(item.filename))
        for name, data in changes.items():
            if data is not None:
                new.writestr(name, data)
    return target


def _manifest(path: Path, **changes: Any) -> bytes:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    return json.dumps(manifest | changes).encode()


def _records(path: Path, table: str) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as zf:
        records: list[dict[str, Any]] = json.loads(zf.read(f"data/{table}.json"))
    return records


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda good, bad: bad.write_text("Name,Email\n"), "is not a zip file, so it is not a"),
        (
            lambda good, bad: _rewrite(good, bad, {"manifest.json": None}),
            "is a zip file but not a Biosparc Desktop archive: it has no manifest.json",
        ),
        (
            lambda good, bad: _rewrite(good, bad, {"manifest.json": _manifest(good, format="x")}),
            "is not a Biosparc Desktop archive (its manifest says “x”)",
        ),
        (
            lambda good, bad: _rewrite(
                good, bad, {"manifest.json": _manifest(good, format_version=99)}
            ),
            "was made by a newer version of Biosparc Desktop (archive format 99)",
        ),
        (
            lambda good, bad: _rewrite(good, bad, {"data/contact.json": b"[{"}),
            "data/contact.json in bad.zip is not valid JSON (line 1)",
        ),
        (
            lambda good, bad: _rewrite(
                good,
                bad,
                {
                    "data/contact.json": json.dumps(
                        [r | {"name_order": "sideways"} for r in _records(good, "contact")]
                    ).encode()
                },
            ),
            "data/contact.json, record 1: 'sideways' is not a valid value for name_order",
        ),
        (
            lambda good, bad: _rewrite(
                good,
                bad,
                {
                    "data/contact.json": json.dumps(
                        [r | {"shoe_size": 42} for r in _records(good, "contact")]
                    ).encode()
                },
            ),
            "unknown fields shoe_size: the archive was made by a newer version",
        ),
        (
            lambda good, bad: _rewrite(
                good,
                bad,
                {
                    f"documents/{_records(good, 'agreement_document')[0]['stored_name']}": b"x",
                },
            ),
            "does not match its checksum",
        ),
    ],
    ids=[
        "not-a-zip",
        "no-manifest",
        "other-format",
        "newer-version",
        "broken-json",
        "bad-value",
        "unknown-field",
        "document-changed",
    ],
)
def test_foreign_or_damaged_archives_are_refused(
    full: Services,
    services_factory: Factory,
    tmp_path: Path,
    tamper: Callable[[Path, Path], object],
    message: str,
) -> None:
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    export_archive(full, good)
    tamper(good, bad)
    target = services_factory()
    with pytest.raises(ArchiveError) as caught:
        import_archive(target, bad)
    assert message in caught.value.message
    assert target.archive.is_empty()
    assert not target.context.documents_dir.exists() or not any(
        target.context.documents_dir.iterdir()
    )


def test_a_reference_to_a_missing_record_changes_nothing(
    demo: Services, services_factory: Factory, tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    export_archive(demo, good)
    contacts = _records(good, "contact")
    contacts[0]["organisation_id"] = "00000000-0000-4000-8000-000000000000"
    _rewrite(good, bad, {"data/contact.json": json.dumps(contacts).encode()})
    target = services_factory()
    with pytest.raises(ValidationError) as caught:
        import_archive(target, bad)
    assert caught.value.message == (
        "The archive cannot be imported, so nothing was changed: data/contact.json, record 1:"
        " it refers to an organisation (00000000-0000-4000-8000-000000000000) that is neither"
        " in the archive nor in this database."
    )
    assert target.archive.is_empty()


def test_an_archive_of_the_same_partners_from_another_database_offers_the_copies(
    demo: Services, services_factory: Factory, tmp_path: Path
) -> None:
    other = services_factory()
    assert load_demo(other)  # the same partners and people, with their own public ids
    export_archive(other, tmp_path / "other.zip")
    before = demo.duplicates.record_ids()

    outcome = import_archive(demo, tmp_path / "other.zip")

    assert outcome.mode == "merge"
    kinds = {pair.kind for pair in outcome.duplicates}
    assert kinds == {"contact", "organisation"}
    organisations = demo.organisations.rows(OrganisationQuery())
    assert len(outcome.duplicates) >= len(organisations) // 2  # one pair per copied partner
    for pair in outcome.duplicates:
        # The record already here first: the duplicates review keeps it by default.
        assert pair.first_id in before and pair.second_id not in before
        assert pair.first_name == pair.second_name and pair.reasons
    names = {p.first_name for p in outcome.duplicates if p.kind == "organisation"}
    assert "National Cancer Centre Singapore" in {n.split(" (")[0] for n in names}
    pair = outcome.duplicates[0]
    demo.merging.merge(pair.kind, pair.first_id, pair.second_id)
    assert len(demo.duplicates.across(before)) == len(outcome.duplicates) - 1


def test_restoring_into_an_empty_database_offers_no_duplicates(
    demo: Services, services_factory: Factory, tmp_path: Path
) -> None:
    export_archive(demo, tmp_path / "mine.zip")
    assert import_archive(services_factory(), tmp_path / "mine.zip").duplicates == ()
    assert import_archive(demo, tmp_path / "mine.zip").duplicates == ()  # the same ids
