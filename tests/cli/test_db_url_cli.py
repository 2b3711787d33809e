"""--db and BIOSPARC_DB take a SQLite file; any other URL is refused in one line."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from biosparc_desktop import app
from biosparc_desktop.cli.main import main

NOT_SQLITE = [
    ("postgresql://bd:s3cret@db.example.com/crm", "“postgresql://…” cannot be used"),
    ("mysql+pymysql://root@localhost/crm", "“mysql+pymysql://…” cannot be used"),
    ("foo://bar", "“foo://…” cannot be used"),
    ("sqlite:///:memory:", "“sqlite://…” cannot be used"),
    ("sqlite://", "“sqlite://…” cannot be used"),
]


@pytest.mark.parametrize(("url", "message"), NOT_SQLITE)
@pytest.mark.parametrize("command", [("partners", "list"), ("init",), ("contacts", "add")])
def test_the_command_line_refuses_a_url_that_is_not_a_sqlite_file(
    capsys: pytest.CaptureFixture[str], url: str, message: str, command: tuple[str, ...]
) -> None:
    code = main(["--db", url, *command])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err == (
        f"biosparc: Biosparc keeps its data in a SQLite file, so {message}; "
        "give a file path or a sqlite:///PATH URL.\n"
    )
    assert "s3cret" not in err  # a server URL's password is not echoed


def test_the_environment_variable_is_checked_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIOSPARC_DB", "postgresql://localhost/crm")
    assert main(["partners", "list"]) == 2
    assert "“postgresql://…” cannot be used" in capsys.readouterr().err


def test_a_sqlite_url_to_a_file_still_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url, "partners", "add", "name=Mirxes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "crm.sqlite3"), "partners", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["Mirxes"]


@pytest.mark.parametrize(("url", "message"), NOT_SQLITE[:3])
def test_the_app_refuses_it_before_it_starts(
    capsys: pytest.CaptureFixture[str], url: str, message: str
) -> None:
    try:
        with pytest.raises(SystemExit) as exited:
            app.main(["--db", url])
    finally:
        gc.enable()  # app.main turns the collector off while it starts
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("biosparc-desktop: ") and message in err and err.count("\n") == 1
