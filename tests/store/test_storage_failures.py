"""A full disk, a read-only file, folder or drive, a missing folder: made to happen for real.

These mount small tmpfs file systems and set the immutable flag (``chattr +i``),
which also stops root (permission bits do not), so they need Linux and root;
elsewhere they are skipped. CI runs as root.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.errors import StorageError
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.backups import list_backups, make_backup
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.integrity import check_file

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="mounting a small file system and chattr need Linux and root",
)


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own: room for a database and little else."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        _run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Paths added to the list get ``chattr +i``, and lose it again after the test."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)


def _make_immutable(paths: list[Path], path: Path) -> None:
    try:
        _run("chattr", "+i", str(path))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"chattr +i is not supported here: {exc}")
    paths.append(path)


def _fill(folder: Path) -> Path:
    """Write a file until the disk is full."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_full_disk_while_saving_loses_nothing_saved_before(small_disk: Path) -> None:
    location = resolve_location(str(small_disk / "team.sqlite3"))
    database = open_database(location)
    services = build_services(database)
    saved: list[str] = []
    try:
        services.organisations.create(OrganisationDraft(name="Mirxes"))
        filler = _fill(small_disk)
        notes = "长篇会议记录 Long meeting notes. " * 700  # 30 kB a contact: the WAL must grow
        with pytest.raises(StorageError, match="The disk is full, so nothing was saved"):
            for n in range(200):
                row = services.contacts.create(ContactDraft(given_name=f"Person {n}", notes=notes))
                saved.append(row.id)
        filler.unlink()
        # Space again: what was saved is there, the failed action left nothing, and work goes on.
        assert services.contacts.count() == len(saved)
        services.contacts.create(ContactDraft(given_name="After", emails=("a@example.cn",)))
    finally:
        database.close()
    assert check_file(small_disk / "team.sqlite3", full=True).ok


def test_a_full_disk_when_creating_the_database(small_disk: Path) -> None:
    _fill(small_disk)
    with pytest.raises(StorageError, match="full"):
        open_database(resolve_location(str(small_disk / "new.sqlite3")))


def test_a_backup_to_a_full_disk_fails_in_words_and_leaves_nothing(
    small_disk: Path, tmp_path: Path
) -> None:
    location = resolve_location(str(tmp_path / "team.sqlite3"))
    database = open_database(location)
    services = build_services(database)
    for n in range(40):
        services.contacts.create(ContactDraft(given_name=f"Wei {n}", notes="备忘 memo " * 2000))
    database.close()
    _fill(small_disk)
    with pytest.raises(StorageError, match="is full, so the copy was not made"):
        make_backup(tmp_path / "team.sqlite3", small_disk / "backups")
    assert list_backups(small_disk / "backups") == []
    assert not list((small_disk / "backups").glob("*.partial"))


def test_a_read_only_file_is_refused_when_opening(tmp_path: Path, immutable: list[Path]) -> None:
    location = resolve_location(str(tmp_path / "team.sqlite3"))
    open_database(location).close()
    _make_immutable(immutable, tmp_path / "team.sqlite3")
    with pytest.raises(StorageError, match="is read-only, so nothing could be saved") as caught:
        open_database(location)
    # A template and the file's path, so the interface can say it in its own language.
    assert caught.value.template == (
        "The database {path} is read-only, so nothing could be saved in it. "
        "Check the file's permissions or copy it to a folder you can write to."
    )
    assert caught.value.params == {"path": str(tmp_path / "team.sqlite3")}


def test_a_file_made_read_only_while_open_refuses_saves_in_words(
    tmp_path: Path, immutable: list[Path]
) -> None:
    location = resolve_location(str(tmp_path / "team.sqlite3"))
    database = open_database(location)
    services = build_services(database)
    try:
        services.organisations.create(OrganisationDraft(name="Before"))
        database.engine.dispose()  # the next save opens the file again, as after a sleep
        _make_immutable(immutable, tmp_path / "team.sqlite3")
        with pytest.raises(StorageError, match="read-only, so nothing was saved"):
            services.organisations.create(OrganisationDraft(name="After"))
        assert [o.name for o in services.organisations.rows()] == ["Before"]
    finally:
        database.close()


def test_a_read_only_folder_is_refused_when_opening(tmp_path: Path, immutable: list[Path]) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    location = resolve_location(str(folder / "team.sqlite3"))
    open_database(location).close()
    _make_immutable(immutable, folder)
    with pytest.raises(StorageError, match=r"The folder .* is read-only"):
        open_database(location)


def test_a_read_only_drive(small_disk: Path) -> None:
    location = resolve_location(str(small_disk / "team.sqlite3"))
    open_database(location).close()
    _run("mount", "-o", "remount,ro", str(small_disk))
    with pytest.raises(StorageError, match="read-only"):
        open_database(location)


def test_a_data_folder_that_cannot_be_created(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIOSPARC_DATA_DIR", str(small_disk / "missing"))
    _run("mount", "-o", "remount,ro", str(small_disk))
    with pytest.raises(StorageError, match="cannot be created: Read-only file system"):
        open_database(resolve_location())
