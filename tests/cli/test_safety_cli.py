"""biosparc backup, backups, restore, trash and check (run in-process for speed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biosparc_desktop.cli.main import main
from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.backups import list_backups
from biosparc_desktop.store.database import open_database
from tests.store.damage import corrupt_table


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    database = open_database(resolve_location(str(path)))
    load_demo(build_services(database))
    database.close()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_then_list_then_restore(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, db, "backup")
    assert code == 0 and "Backup written to" in out and "8 partners" in out
    [backup] = list_backups(db.with_name("crm.sqlite3.files") / "backups")
    assert backup.kind == "manual"

    code, out, _ = run(capsys, db, "trash", "list", "--json")
    assert code == 0 and json.loads(out) == []
    partner = json.loads(run(capsys, db, "partners", "list", "--json")[1])[0]
    database = open_database(resolve_location(str(db)))
    build_services(database).organisations.delete(partner["id"])
    database.close()

    code, out, _ = run(capsys, db, "backups")
    assert code == 0 and "Made by hand" in out and "(1 record)" in out

    code, out, _ = run(capsys, db, "restore", str(backup.path))
    assert code == 0
    assert "Restored" in out and "kept as a backup: " in out
    assert len(json.loads(run(capsys, db, "partners", "list", "--json")[1])) == 8
    kinds = {b.kind for b in list_backups(db.with_name("crm.sqlite3.files") / "backups")}
    assert kinds == {"manual", "pre-restore"}


def test_backup_to_a_chosen_place(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    code, out, _ = run(capsys, db, "backup", "--to", str(target))
    assert code == 0 and str(target) in out
    [copy] = list(target.glob("manual-*.sqlite3"))
    code, _, err = run(capsys, db, "backup", "--to", str(copy))
    assert code == 2 and "already exists" in err


def test_trash_from_the_command_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    task = json.loads(run(capsys, db, "tasks", "list", "--json")[1])[0]
    database = open_database(resolve_location(str(db)))
    build_services(database).tasks.delete(task["id"])
    database.close()

    code, out, _ = run(capsys, db, "trash", "list")
    assert code == 0 and task["id"] in out and "Follow-up" in out and "(1 record)" in out
    code, out, _ = run(capsys, db, "trash", "restore", task["id"])
    assert code == 0 and f"Restored follow-up “{task['title']}”." in out
    code, _, err = run(capsys, db, "trash", "restore", task["id"])
    assert code == 2 and "not in the Trash" in err
    code, out, _ = run(capsys, db, "trash", "empty")
    assert code == 0 and out.strip() == "The Trash is already empty."


def test_check_reports_damage_and_the_backup_to_restore(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, _ = run(capsys, db, "check")
    assert code == 0 and "healthy" in out and "There are no backups yet" in out
    run(capsys, db, "backup")
    corrupt_table(db, "contact")
    before = db.read_bytes()

    code, out, _ = run(capsys, db, "check")
    assert code == 1
    assert "The database is damaged" in out
    assert "The newest good backup is from" in out and "biosparc restore" in out
    assert "Last backup" not in out and "biosparc backup" not in out
    assert db.read_bytes() == before  # checked read-only

    code, _, err = run(capsys, db, "partners", "list")
    assert code == 2 and "is damaged" in err and "nothing in it was changed" in err
    assert db.read_bytes() == before


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_check_of_a_damaged_file_without_backups_gives_one_piece_of_advice(
    capsys: pytest.CaptureFixture[str], db: Path, damage: str
) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3] if damage == "truncated" else bytes(range(256)) * 400)
    code, out, _ = run(capsys, db, "check")
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith("The database is damaged")
    # Restore or keep a copy; never "run biosparc backup", which would copy the damage.
    assert lines[1:] == [
        "There is no good backup to restore; keep a copy of the file and ask for help."
    ]


def test_restore_refuses_a_file_that_is_not_a_backup(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear partner, " * 40)
    code, _, err = run(capsys, db, "restore", str(letter))
    assert code == 2 and "damaged" in err
    code, _, err = run(capsys, db, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 2 and "There is no backup file" in err
