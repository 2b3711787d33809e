"""Network and cloud-synced folders are recognised and explained."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.store.locations import (
    classify,
    cloud_service,
    network_filesystem,
    parse_bsd_mount,
    parse_mounts,
    storage_warning,
    windows_network_path,
)

PROC_MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/team /mnt/team nfs4 rw,vers=4.2 0 0
//nas/bd /media/bd\\040share cifs rw,vers=3.0 0 0
me@host:/data /home/me/remote fuse.sshfs rw 0 0
tmpfs /home/me/remote/cache tmpfs rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//chen@nas._smb._tcp.local/BD on /Volumes/BD (smbfs, nodev, nosuid, mounted by chen)
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PurePosixPath("/home/chen/Dropbox/biosparc/biosparc.sqlite3"), "Dropbox"),
        (PurePosixPath("/Users/chen/Dropbox (Biosparc)/crm/db.sqlite3"), "Dropbox"),
        (PureWindowsPath(r"C:\Users\chen\OneDrive - Biosparc\crm\db.sqlite3"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\chen\OneDrive\db.sqlite3"), "OneDrive"),
        (
            PurePosixPath("/Users/chen/Library/Mobile Documents/com~apple~CloudDocs/db.sqlite3"),
            "iCloud Drive",
        ),
        (
            PurePosixPath(
                "/Users/chen/Library/CloudStorage/GoogleDrive-chen@biosparc.com/My Drive/db.sqlite3"
            ),
            "Google Drive",
        ),
        (PureWindowsPath(r"G:\My Drive\crm\db.sqlite3"), "Google Drive"),
        (PurePosixPath("/home/chen/Documents/biosparc.sqlite3"), None),
        (PurePosixPath("/home/chen/dropbox-notes.sqlite3"), None),  # the file, not a folder
    ],
)
def test_cloud_folders(path: PurePosixPath | PureWindowsPath, service: str | None) -> None:
    assert cloud_service(path) == service


def test_proc_mounts_are_read_longest_first_with_escaped_spaces() -> None:
    mounts = parse_mounts(PROC_MOUNTS)
    assert mounts[0] == ("/home/me/remote/cache", "tmpfs")
    assert ("/media/bd share", "cifs") in mounts


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/team/crm/db.sqlite3", "NFS"),
        ("/media/bd share/db.sqlite3", "SMB"),
        ("/home/me/remote/db.sqlite3", "SSHFS"),
        ("/home/me/remote/cache/db.sqlite3", None),  # a local mount inside a network one
        ("/mnt/teamwork/db.sqlite3", None),  # a prefix of the name is not the folder
        ("/home/me/db.sqlite3", None),
    ],
)
def test_network_mounts_on_linux(path: str, expected: str | None) -> None:
    assert network_filesystem(PurePosixPath(path), parse_mounts(PROC_MOUNTS)) == expected


def test_network_mounts_on_macos() -> None:
    mounts = parse_bsd_mount(MAC_MOUNT)
    assert network_filesystem(PurePosixPath("/Volumes/BD/crm.sqlite3"), mounts) == "SMB"
    assert network_filesystem(PurePosixPath("/Users/chen/crm.sqlite3"), mounts) is None


def test_warnings_say_what_and_what_to_do(tmp_path: Path) -> None:
    cloud = tmp_path / "OneDrive - Biosparc" / "crm.sqlite3"
    warning = storage_warning(cloud, mounts=[])
    assert warning is not None
    assert "OneDrive folder" in str(warning) and "damage" in str(warning)
    assert "move the database to a folder on this computer" in str(warning)
    share = storage_warning(Path("/mnt/team/db.sqlite3"), mounts=parse_mounts(PROC_MOUNTS))
    assert share is not None
    assert str(share) == (
        "The database /mnt/team/db.sqlite3 is on NFS (a network folder). Saving over a "
        "network can lose changes or damage the file if the connection drops, and two "
        "computers must never open it at once. Quit and move the database to a folder "
        "on this computer."
    )
    assert storage_warning(tmp_path / "crm.sqlite3", mounts=[]) is None


def test_warnings_are_templates_the_interface_can_translate(tmp_path: Path) -> None:
    cloud = tmp_path / "Dropbox" / "crm.sqlite3"
    warning = storage_warning(cloud, mounts=[])
    assert warning is not None
    assert "{service}" in warning.template and "{path}" in warning.template
    assert warning.params == {"path": str(cloud), "service": "Dropbox"}
    # A place without a file system's name is worded in a sentence of its own, not spliced in.
    gvfs = [("/run/user/1000/gvfs", "fuse.gvfsd-fuse")]
    share = storage_warning(Path("/run/user/1000/gvfs/smb/db.sqlite3"), mounts=gvfs)
    assert share is not None
    where = share.params["part0"]
    assert isinstance(where, Sentence)
    assert where.template == "The database {path} is on a network share (a network folder)."
    assert str(share).startswith(
        "The database /run/user/1000/gvfs/smb/db.sqlite3 is on a network share (a network folder)."
    )


def test_this_machines_own_folder_is_local(tmp_path: Path) -> None:
    assert classify(tmp_path / "crm.sqlite3").kind == "local"


def test_unc_paths_are_network() -> None:
    assert windows_network_path(PureWindowsPath(r"\\nas\bd\crm.sqlite3"))
    assert not windows_network_path(PureWindowsPath(r"C:\Users\chen\crm.sqlite3"))
