"""Start-up of the desktop app (biosparc_desktop/app.py): what it says on the console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _run_app(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_VARIABLES}
    environ.update(BIOSPARC_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "-m", "biosparc_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
    )


@pytest.mark.skipif(sys.platform in {"win32", "darwin"}, reason="always a display there")
def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run_app(tmp_path, "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("biosparc-desktop: no display")
    assert not db.exists() and not (tmp_path / "crm.sqlite3.files").exists()


def test_a_new_database_is_migrated_without_info_lines_on_the_console(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    shot = tmp_path / "today.png"
    # No display and no QT_QPA_PLATFORM either: --screenshot draws offscreen by itself.
    result = _run_app(tmp_path, "--db", str(db), "--screenshot", str(shot), "--no-demo")
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert "INFO" not in result.stderr and "alembic" not in result.stderr
    # The log file still has them, for when something goes wrong.
    log = (tmp_path / "new.sqlite3.files" / "logs" / "biosparc-desktop.log").read_text("utf-8")
    assert "INFO alembic.runtime.migration: Running upgrade" in log
