"""CSV exports: UTF-8 with a BOM for Excel, formulas defused, contacts import back."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.errors import StorageError
from biosparc_desktop.exporters import (
    export_agreements_csv,
    export_contacts,
    export_organisations_csv,
    export_tasks_csv,
    files,
)
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.registry import Services


def _rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8), "Excel needs the BOM to read UTF-8"
    assert b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_contacts_csv_opens_with_chinese_and_line_breaks_intact(
    rich: Services, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    result = export_contacts(rich, path, format="csv")
    rows = _rows(path)
    assert result.count == len(rows) == rich.contacts.count()
    by_name = {row["Name"]: row for row in rows}
    wang = by_name["王建国"]
    assert wang["Organisation"] == "中国科学院, 生物物理所"
    assert wang["Notes"] == "合作意向：抗体开发\n下月回访"
    assert wang["Phone"] == "+86 137 0000 1111"  # with spaces: Excel keeps it as text
    obrien = by_name["Siobhan O'Brien"]
    assert obrien["Email"] == "siobhan@obrien.ie; s.obrien@gmail.com"
    assert obrien["Notes"] == 'She said "call me Shiv"'


def test_contacts_csv_imports_back_unchanged(
    rich: Services, services_factory: Callable[[], Services], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    export_contacts(rich, path, format="csv")
    fresh = services_factory()
    parsed = fresh.importing.read(path)
    assert parsed.format == "csv" and parsed.encoding == "utf-8-sig"
    summary = fresh.importing.run(parsed, source=path.name)
    assert summary.rejected == 0

    def comparable(services: Services) -> list[str]:
        return sorted(
            repr((r.display_name, r.title, r.organisation, r.emails, r.phones, r.tags, r.notes))
            for r in services.contacts.rows(ContactQuery())
        )

    assert comparable(fresh) == comparable(rich)


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("- a bullet", "- a bullet"),
        ("Head of BD", "Head of BD"),
    ],
)
def test_formulas_are_defused(services: Services, tmp_path: Path, title: str, written: str) -> None:
    services.contacts.create(ContactDraft(given_name="Ada", title=title, phones=("+65 6123 4567",)))
    path = tmp_path / "contacts.csv"
    export_contacts(services, path, format="csv")
    (row,) = _rows(path)
    assert row["Title"] == written
    assert row["Phone"] == "+65 6123 4567"


def test_organisations_agreements_and_tasks(demo: Services, tmp_path: Path) -> None:
    orgs = _rows(export_organisations_csv(demo, tmp_path / "o.csv").path)
    nccs = next(r for r in orgs if r["Name"] == "National Cancer Centre Singapore")
    assert (nccs["Chinese Name"], nccs["Country"], nccs["Part Of"]) == (
        "新加坡国立癌症中心",
        "Singapore",
        "SingHealth",
    )
    agreements = _rows(export_agreements_csv(demo, tmp_path / "a.csv").path)
    assert len(agreements) == demo.agreements.count()
    signed = next(r for r in agreements if r["Title"].endswith("National Cancer Centre Singapore"))
    assert signed["Signed"] == "2025-11-20" and signed["Expires"] == "2028-11-19"
    assert signed["Renewal Notice (days)"] == "90"
    assert signed["Renewal Notice Due"] == "2028-08-21"
    tasks = _rows(export_tasks_csv(demo, tmp_path / "t.csv").path)
    assert {r["Status"] for r in tasks} >= {"Open"}
    assert all(r["ID"] for r in tasks)


def test_a_failed_write_leaves_no_file(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.contacts.create(ContactDraft(given_name="Ada"))
    with pytest.raises(StorageError, match="does not exist; choose another place"):
        export_contacts(services, tmp_path / "missing" / "c.csv", format="csv")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "c.csv"
    target.write_text("the old export")

    def disk_full(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(StorageError) as caught:
        export_contacts(services, target, format="csv")
    assert caught.value.message == (
        "Could not write c.csv: No space left on device. Nothing was exported."
    )
    assert target.read_text() == "the old export"
    assert sorted(p.name for p in out.iterdir()) == ["c.csv"]  # no half-written copy
