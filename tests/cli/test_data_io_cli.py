"""``biosparc import …`` and ``biosparc export …``: summary lines, reports, exit codes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import icalendar
import pytest
import vobject

from biosparc_desktop.cli.main import main

SAMPLES = Path(__file__).resolve().parents[1] / "importers" / "data"


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert _run(capsys, path, "demo")[0] == 0
    return path


def test_import_contacts_prints_the_report_and_the_summary(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = _run(capsys, db, "import", "contacts", str(SAMPLES / "generic_quoted.csv"))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "  Row 8: no name, email or phone; the row is skipped." in lines
    assert any(
        line.startswith("  Row 11: “bob(at)example.com” is not a valid email") for line in lines
    )
    assert lines[-2] == "Imported generic_quoted.csv: 7 created, 0 merged, 0 skipped, 1 rejected."
    assert lines[-1] == "3 new organisations were added."
    code, out, _ = _run(capsys, db, "import", "contacts", str(SAMPLES / "generic_quoted.csv"))
    assert out.splitlines()[-1] == (
        "Imported generic_quoted.csv: 0 created, 0 merged, 7 skipped, 1 rejected."
    )


def test_dry_run_and_duplicate_choice(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    sample = str(SAMPLES / "linkedin_connections.csv")
    _code, out, _ = _run(capsys, db, "import", "contacts", sample, "--dry-run")
    assert out.splitlines()[-2:] == [
        "Dry run of linkedin_connections.csv, nothing saved: 4 created, 0 merged, 0 skipped,"
        " 0 rejected.",
        "4 new organisations would be added.",
    ]
    _run(capsys, db, "import", "contacts", sample)
    _code, out, _ = _run(capsys, db, "import", "contacts", sample, "--on-duplicate", "create")
    assert out.splitlines()[-1] == (
        "Imported linkedin_connections.csv: 4 created, 0 merged, 0 skipped, 0 rejected."
    )
    assert "  Row 2: created although it has the same email sarah.oconnor@dublinbio.ie" in out
    assert "  Row 4: created although it has the same name at the same organisation" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("contacts", str(SAMPLES / "broken.vcf")),
            "The file is damaged, so nothing was imported.",
        ),
        (("contacts", "missing.csv"), "The file “missing.csv” does not exist."),
        (
            ("contacts", str(SAMPLES / "excel_chinese_gb18030.csv"), "--encoding", "utf-8"),
            "cannot be read as utf-8",
        ),
        (("archive", str(SAMPLES / "apple_contacts.vcf")), "is not a zip file"),
    ],
    ids=["damaged", "missing", "wrong-encoding", "foreign-archive"],
)
def test_bad_input_exits_with_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, args: tuple[str, ...], message: str
) -> None:
    _, before, _ = _run(capsys, db, "contacts", "list", "--json")
    code, _out, err = _run(capsys, db, "import", *args)
    assert code == 2
    assert message in err.splitlines()[-1]
    assert err.splitlines()[-1].startswith("biosparc: ")
    assert _run(capsys, db, "contacts", "list", "--json")[1] == before


def test_damaged_file_lists_every_damaged_line(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    _code, _out, err = _run(capsys, db, "import", "contacts", str(SAMPLES / "broken.vcf"))
    assert err.splitlines()[:4] == [
        "  Line 6: this card has no END:VCARD before the next card starts at line 10; the card"
        " is skipped.",
        "  Line 13: “this line has no colon” is not a vCard property (it has no colon); the line"
        " is ignored.",
        "  Line 20: END:VCARD without a BEGIN:VCARD before it; the line is ignored.",
        "  Line 21: this card has no END:VCARD (the file may be cut short); the card is skipped.",
    ]


def test_exports(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    vcf, csv_file, ics = tmp_path / "c.vcf", tmp_path / "c.csv", tmp_path / "c.ics"
    assert _run(capsys, db, "export", "contacts", "--format", "vcard", "-o", str(vcf))[1] == (
        f"Exported 9 contacts to {vcf}.\n"
    )
    assert len(list(vobject.readComponents(vcf.read_text(encoding="utf-8")))) == 9
    _run(capsys, db, "export", "contacts", "--format", "csv", "-o", str(csv_file))
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = _run(capsys, db, "export", "calendar", "-o", str(ics))
    assert code == 0 and out.startswith("Exported ") and "calendar entries" in out
    assert icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    for what in ("organisations", "agreements", "tasks"):
        code, out, _ = _run(capsys, db, "export", what, "-o", str(tmp_path / f"{what}.csv"))
        assert code == 0 and (tmp_path / f"{what}.csv").is_file(), out


def test_archive_round_trip(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    code, out, _ = _run(capsys, db, "export", "archive", "-o", str(archive))
    assert code == 0 and zipfile.is_zipfile(archive)
    other = tmp_path / "laptop.sqlite3"
    code, out, _ = _run(capsys, other, "import", "archive", str(archive))
    assert code == 0 and out.startswith("Restored: ")
    code, out, _ = _run(capsys, other, "import", "archive", str(archive))
    assert out.startswith("Merged by public id: 0 records added, 0 updated, ")
    _, mine, _ = _run(capsys, db, "contacts", "list", "--json")
    _, theirs, _ = _run(capsys, other, "contacts", "list", "--json")
    assert theirs == mine


def test_an_import_that_rejects_every_row_exits_1(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "nameless.csv"
    path.write_text("Email,Company\nada@example.com,Acme\n", encoding="utf-8")
    code, out, _ = _run(capsys, db, "import", "contacts", str(path))
    assert code == 1
    assert (
        out.splitlines()[-1] == f"Imported {path.name}: 0 created, 0 merged, 0 skipped, 1 rejected."
    )


def test_one_new_organisation_is_said_in_the_singular(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "one.csv"
    path.write_text(
        "Name,Company,Spouse\nAda Lovelace,Analytical Engines Ltd,William\n", encoding="utf-8"
    )
    code, out, _ = _run(capsys, db, "import", "contacts", str(path))
    assert code == 0
    assert out.splitlines() == [
        "  The column “Spouse” has data but is not imported.",
        "Imported one.csv: 1 created, 0 merged, 0 skipped, 0 rejected.",
        "1 new organisation was added.",
    ]


@pytest.mark.parametrize("region", ["XX", "France", "1"])
def test_a_bad_region_is_a_usage_error_in_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, region: str
) -> None:
    sample = str(SAMPLES / "generic_quoted.csv")
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db), "import", "contacts", sample, "--region", region])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"biosparc import contacts: argument --region: “{region}” is not a region code;"
        " use two letters such as SG, CN or FR."
    ]


def test_a_workbook_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(64))
    code, _out, err = _run(capsys, db, "import", "contacts", str(path))
    assert code == 2
    assert "save it as CSV (UTF-8) first" in err


@pytest.mark.parametrize(
    "args",
    [
        ("contacts", "--format", "csv"),
        ("contacts", "--format", "vcard"),
        ("organisations",),
        ("agreements",),
        ("tasks",),
        ("calendar",),
        ("archive",),
    ],
)
def test_export_never_replaces_a_file_without_force(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out_file = tmp_path / "existing.out"
    out_file.write_text("keep me", encoding="utf-8")
    code, _out, err = _run(capsys, db, "export", *args, "-o", str(out_file))
    assert code == 2
    assert err == f"biosparc: {out_file} already exists; use --force to replace it.\n"
    assert out_file.read_text(encoding="utf-8") == "keep me"
    code, out, _ = _run(capsys, db, "export", *args, "-o", str(out_file), "--force")
    assert code == 0 and out.startswith("Exported ")
    assert out_file.read_text(encoding="utf-8", errors="replace") != "keep me"


def test_import_archive_names_each_likely_copy_on_its_own_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    assert _run(capsys, other, "demo")[0] == 0  # the same partners, other public ids
    archive = tmp_path / "other.zip"
    assert _run(capsys, other, "export", "archive", "-o", str(archive))[0] == 0
    code, out, _ = _run(capsys, db, "import", "archive", str(archive))
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("17 records look like a copy of one already here;")
    pairs = lines[2:]
    assert len(pairs) == 17
    assert any(
        line.startswith("  organisation: Mirxes (觅瑞) (")
        and line.endswith(": same name; same Chinese name")
        for line in pairs
    )
    assert sum(line.startswith("  contact: ") for line in pairs) == 9


def test_new_organisations_none_imports_their_contacts_without_one(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    sample = str(SAMPLES / "generic_quoted.csv")
    _code, out, _ = _run(capsys, db, "partners", "list", "--json")
    before = json.loads(out)
    args = ("import", "contacts", sample, "--new-organisations", "none")
    code, out, _ = _run(capsys, db, *args, "--dry-run")
    assert code == 0
    assert out.splitlines()[-1].startswith("Dry run of generic_quoted.csv")  # none to add
    code, out, _ = _run(capsys, db, *args)
    assert code == 0
    assert out.splitlines()[-1] == (
        "Imported generic_quoted.csv: 7 created, 0 merged, 0 skipped, 1 rejected."
    )
    _code, out, _ = _run(capsys, db, "partners", "list", "--json")
    assert json.loads(out) == before
    _code, out, _ = _run(capsys, db, "contacts", "list", "--search", "Jan de Vries", "--json")
    (jan,) = json.loads(out)  # of NL Pharma B.V. in the file, which is not here
    assert jan["organisation_id"] is None
