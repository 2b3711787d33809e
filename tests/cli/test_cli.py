"""The biosparc command, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BIOSPARC_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "biosparc_desktop.cli.main",
            "--db",
            str(tmp_path / "cli.sqlite3"),
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    result = run(tmp_path, "demo")
    assert result.returncode == 0, result.stderr
    return tmp_path


def test_init_migrates_a_new_database_quietly(tmp_path: Path) -> None:
    result = run(tmp_path, "init")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Database ready: {tmp_path / 'cli.sqlite3'}"
    assert result.stderr == ""  # no Alembic INFO lines


def test_demo_twice_adds_nothing(demo_db: Path) -> None:
    before = json.loads(run(demo_db, "partners", "list", "--json").stdout)
    again = run(demo_db, "demo")
    assert again.returncode == 0
    assert "already has data" in again.stdout
    assert json.loads(run(demo_db, "partners", "list", "--json").stdout) == before


def test_lists_as_json_use_model_field_names(demo_db: Path) -> None:
    partners = json.loads(run(demo_db, "partners", "list", "--search", "癌症", "--json").stdout)
    assert [p["short_name"] for p in partners] == ["NCCS"]
    assert {"id", "name", "name_zh", "stage", "country", "owner", "tags"} <= set(partners[0])
    contacts = json.loads(run(demo_db, "contacts", "list", "--search", "伟明", "--json").stdout)
    assert [c["name_zh"] for c in contacts] == ["陈伟明"]
    expiring = json.loads(
        run(demo_db, "agreements", "list", "--expiring-within", "90", "--json").stdout
    )
    assert [a["kind"] for a in expiring] == ["nda"]
    overdue = json.loads(run(demo_db, "tasks", "list", "--overdue", "--json").stdout)
    assert overdue and all(t["status"] == "open" for t in overdue)


def test_table_output_and_check(demo_db: Path) -> None:
    out = run(demo_db, "partners", "list").stdout
    assert "新加坡国立癌症中心" in out and "(8 records)" in out
    check = run(demo_db, "check")
    assert check.returncode == 0 and "healthy" in check.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("agreements", "list", "--status", "bogus"), "invalid choice"),
        (("agreements", "list", "--expiring-within", "soon"), "is not a number of days"),
        (("nonsense",), "invalid choice"),
    ],
)
def test_user_errors_exit_2_without_traceback(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_database_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "cli.sqlite3").write_text("hello")
    result = run(tmp_path, "partners", "list")
    assert result.returncode == 2
    assert "is not a Biosparc database" in result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    for module in ("biosparc_desktop.cli.main", "biosparc_desktop"):
        result = subprocess.run(
            [sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0
        assert "0.1.0" in result.stdout
