"""A database that cannot be written is listed, searched, briefed and checked; writes say why not.

Made read-only for real, in ways that hold for root too (CI runs as root, and
root ignores permission bits): ``chattr +i`` on the folder or the file, a tmpfs
remounted read-only, and a file without write permission read by a process
that has dropped root's power to override permissions (``setpriv``). Each is
skipped where the system cannot do it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from biosparc_desktop.cli.main import main

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="chattr, mount and setpriv are Linux tools"
)
READS: list[tuple[tuple[str, ...], str]] = [
    (("partners", "list"), "(8 records)"),
    (("contacts", "list", "--search", "伟明"), "(1 record)"),
    (("check",), "The database is healthy"),
    (("brief", "partner", "Mirxes", "-o", "OUT"), "Wrote "),
]
REFUSED = "The database is read-only"


def _try(*args: str) -> None:
    try:
        subprocess.run(args, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"{args[0]} is not possible here: {exc}")


@pytest.fixture
def undo() -> Iterator[list[tuple[str, ...]]]:
    """Commands run after the test, whatever happens, to make tmp_path removable again."""
    commands: list[tuple[str, ...]] = []
    yield commands
    for command in reversed(commands):
        subprocess.run(command, check=False, capture_output=True)


def _demo(folder: Path) -> Path:
    db = folder / "crm.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    return db


def _immutable_folder(tmp_path: Path, undo: list[tuple[str, ...]]) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    db = _demo(folder)
    undo.append(("chattr", "-i", str(folder)))
    _try("chattr", "+i", str(folder))
    return db


def _immutable_file(tmp_path: Path, undo: list[tuple[str, ...]]) -> Path:
    db = _demo(tmp_path)
    undo.append(("chattr", "-i", str(db)))
    _try("chattr", "+i", str(db))
    return db


def _read_only_drive(tmp_path: Path, undo: list[tuple[str, ...]]) -> Path:
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    _try("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk))
    undo.append(("umount", "-l", str(disk)))
    db = _demo(disk)
    _try("mount", "-o", "remount,ro", str(disk))
    return db


SETUPS: dict[str, Callable[[Path, list[tuple[str, ...]]], Path]] = {
    "immutable-folder": _immutable_folder,
    "immutable-file": _immutable_file,
    "read-only-drive": _read_only_drive,
}


def _run(
    capsys: pytest.CaptureFixture[str], db: Path, args: tuple[str, ...], out: Path
) -> tuple[int, str]:
    code = main(["--db", str(db), *(str(out) if a == "OUT" else a for a in args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _a_write(folder: Path) -> tuple[str, ...]:
    """A command that writes: an import of one contact."""
    people = folder / "people.csv"
    people.write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    return ("import", "contacts", str(people))


@pytest.mark.parametrize("setup", SETUPS, ids=list(SETUPS))
def test_a_read_only_database_is_read_and_never_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    undo: list[tuple[str, ...]],
    setup: str,
) -> None:
    db = SETUPS[setup](tmp_path, undo)
    before = db.read_bytes()
    for args, expected in READS:
        code, text = _run(capsys, db, args, tmp_path / "pack.pdf")
        assert code == 0 and expected in text, (args, text)
    code, text = _run(capsys, db, _a_write(tmp_path), tmp_path / "unused")
    assert code == 2 and REFUSED in text
    assert db.read_bytes() == before


def test_a_file_without_write_permission_for_a_real_process(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    db.chmod(0o444)
    drop: list[str] = []
    if os.geteuid() == 0:  # root writes anything; without these capabilities it cannot
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv is needed to run the command without root's override")
        drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    command = [*drop, sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(db)]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    before = db.read_bytes()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *args], capture_output=True, text=True, encoding="utf-8", env=env
        )

    listed = run("partners", "list")
    assert listed.returncode == 0 and "(8 records)" in listed.stdout, listed.stderr
    checked = run("check")
    assert checked.returncode == 0 and "healthy" in checked.stdout, checked.stderr
    written = run(*_a_write(tmp_path))
    assert written.returncode == 2 and REFUSED in written.stderr
    assert db.read_bytes() == before
