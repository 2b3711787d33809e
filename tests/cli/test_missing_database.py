"""A mistyped ``--db`` makes nothing: only init, demo, import and restore create a database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from biosparc_desktop.cli.main import main
from biosparc_desktop.config import default_data_dir
from tests.cli.writers import contacts_csv

READING_COMMANDS = [
    ("partners", "list"),
    ("contacts", "list", "--json"),
    ("agreements", "list"),
    ("tasks", "list"),
    ("check",),
    ("backup",),
    ("backups",),
    ("trash", "list"),
    ("trash", "empty"),
    ("export", "contacts", "-o", "OUT"),
    ("brief", "portfolio", "-o", "OUT"),
]


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("folder", ["", "typo-folder"], ids=["existing-folder", "missing-folder"])
@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_command_on_a_missing_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, command: tuple[str, ...]
) -> None:
    (tmp_path / "real.sqlite3").write_bytes(b"")  # what the user meant to open
    db = tmp_path / folder / "real.sqlite"
    before = _tree(tmp_path)
    args = [str(tmp_path / "out.file") if a == "OUT" else a for a in command]
    assert main(["--db", str(db), *args]) == 2
    assert capsys.readouterr().err == (
        f"biosparc: No database at {db} (run `biosparc init` to create one).\n"
    )
    assert _tree(tmp_path) == before


def test_init_does_not_create_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "typo-folder" / "crm.sqlite3"
    assert main(["--db", str(db), "init"]) == 2
    assert "The folder" in capsys.readouterr().err
    assert not (tmp_path / "typo-folder").exists()


@pytest.mark.parametrize("command", ["init", "demo"])
def test_init_and_demo_create_a_database_in_an_existing_folder(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "crm.sqlite3"
    assert main(["--db", str(db), command]) == 0
    assert db.is_file()


def test_an_import_creates_the_database_it_imports_into(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    people = contacts_csv(tmp_path / "people.csv", 3)
    assert main(["--db", str(db), "import", "contacts", str(people)]) == 0
    assert main(["--db", str(db), "contacts", "list"]) == 0


def test_the_default_data_folder_is_made_on_the_first_run() -> None:
    folder = default_data_dir()  # under tmp_path (tests/conftest.py), not there yet
    assert not folder.exists()
    assert main(["init"]) == 0
    assert (folder / "biosparc.sqlite3").is_file()
    assert os.access(folder, os.W_OK)


def test_a_restore_does_not_create_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "crm.sqlite3"
    assert main(["--db", str(source), "demo"]) == 0
    assert main(["--db", str(source), "backup", "--to", str(tmp_path / "copy.sqlite3")]) == 0
    db = tmp_path / "typo-folder" / "crm.sqlite3"
    assert main(["--db", str(db), "restore", str(tmp_path / "copy.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "typo-folder").exists()
