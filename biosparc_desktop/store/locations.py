"""Is the database on a network share or in a cloud-synced folder?

SQLite's locking does not work reliably over NFS or SMB, and sync clients
(Dropbox, OneDrive, iCloud Drive, Google Drive) copy the file while it is being
written, which can tear it or leave "conflicted copies". Neither is refused;
the user is warned and told what to do instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from biosparc_desktop.domain.sentences import Sentence, joined

# Folder names that sync clients create; matched case-insensitively as whole path parts.
_CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",  # ~/Library/Mobile Documents on macOS
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
}
# Prefixes: "OneDrive - Biosparc", "Dropbox (Personal)", and macOS's
# ~/Library/CloudStorage/GoogleDrive-name@example.com.
_CLOUD_PREFIXES = {
    "onedrive -": "OneDrive",
    "dropbox (": "Dropbox",
    "googledrive-": "Google Drive",
    "onedrive-": "OneDrive",
    "dropbox-": "Dropbox",
    "box-": "Box",
}
# Network places that have no file system's name; each has its own warning sentence.
_NETWORK_SHARE = "a network share"
_SHARED_FOLDER = "a shared folder"
_NETWORK_FS = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "SMB",
    "smb3": "SMB",
    "smbfs": "SMB",
    "afs": "AFS",
    "9p": _SHARED_FOLDER,
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "davfs": "WebDAV",
    "webdav": "WebDAV",
    "fuse.sshfs": "SSHFS",
    "fuse.rclone": "rclone",
    "fuse.s3fs": "S3",
    "fuse.gvfsd-fuse": _NETWORK_SHARE,
    "fuse.davfs": "WebDAV",
    "afpfs": "AFP",
    "vboxsf": _SHARED_FOLDER,
}
_DRIVE_REMOTE = 4  # GetDriveTypeW
_NETWORK_DRIVE = "a network drive"


@dataclass(frozen=True)
class StorageKind:
    """Where a path lives: ``local``, ``network`` or ``cloud``, and the service's name."""

    kind: str
    detail: str = ""


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder contains ``path``, if any."""
    for part in path.parts[:-1] if path.suffix else path.parts:
        name = part.casefold()
        if name in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS[name]
        for prefix, service in _CLOUD_PREFIXES.items():
            if name.startswith(prefix):
                return service
        if name.startswith("clouddocs") or name == "com~apple~clouddocs":
            return "iCloud Drive"
    return None


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts, longest mount point first."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts escapes spaces in paths as \040.
            point = fields[1].replace("\\040", " ").replace("\\011", "\t")
            mounts.append((point, fields[2]))
    mounts.sort(key=lambda item: len(item[0]), reverse=True)
    return mounts


def parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from macOS ``mount`` output: ``//u@srv/x on /Volumes/x (smbfs, ...)``."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        _source, sep, rest = line.partition(" on ")
        point, paren, options = rest.rpartition(" (")
        if sep and paren:
            mounts.append((point, options.split(",")[0].strip(" )")))
    mounts.sort(key=lambda item: len(item[0]), reverse=True)
    return mounts


def network_filesystem(path: PurePath, mounts: list[tuple[str, str]]) -> str | None:
    """The network file system holding ``path`` according to ``mounts``, if any."""
    text = str(path)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside:
            kind = fstype.lower()
            if kind in _NETWORK_FS:
                return _NETWORK_FS[kind]
            if kind.startswith("fuse.") and any(n in kind for n in ("smb", "nfs", "dav")):
                return _NETWORK_SHARE
            return None
    return None


def _system_mounts() -> list[tuple[str, str]]:
    if sys.platform.startswith("linux"):
        try:
            return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return []
    if sys.platform == "darwin":
        try:
            out = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount(out)
    return []


def windows_network_path(path: PurePath) -> bool:
    """A UNC path (``\\\\server\\share``) or, on Windows, a mapped network drive."""
    text = str(path)
    if text.startswith("\\\\"):
        return True  # a UNC path: \\server\share
    if sys.platform != "win32":
        return False
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return int(windll.kernel32.GetDriveTypeW(drive + "\\")) == _DRIVE_REMOTE


def classify(path: Path, *, mounts: list[tuple[str, str]] | None = None) -> StorageKind:
    """Local, network or cloud-synced: from the path's folders and the system's mounts."""
    resolved = _resolve(path)
    service = cloud_service(resolved)
    if service is not None:
        return StorageKind("cloud", service)
    if windows_network_path(resolved):
        return StorageKind("network", _NETWORK_DRIVE)
    network = network_filesystem(resolved, _system_mounts() if mounts is None else mounts)
    if network is not None:
        return StorageKind("network", network)
    return StorageKind("local")


def storage_warning(path: Path, *, mounts: list[tuple[str, str]] | None = None) -> Sentence | None:
    """What to tell the user when the database sits somewhere unsafe, else ``None``.

    ``str()`` of it is the English sentence (the command line); the interface words
    it in its own language (``i18n.sentence_text``).
    """
    where = classify(path, mounts=mounts)
    if where.kind == "cloud":
        return Sentence.of(
            "The database {path} is in a {service} folder. {service} can copy the "
            "file while Biosparc Desktop is saving it, which can damage it or leave "
            "conflicting copies. Quit, move the database to a folder on this computer and "
            "keep only copies of its backups in {service}.",
            path=str(path),
            service=where.detail,
        )
    if where.kind == "network":
        return joined(
            [
                _on_network(path, where.detail),
                Sentence.of(
                    "Saving over a network can lose changes or damage the file if the "
                    "connection drops, and two computers must never open it at once. Quit "
                    "and move the database to a folder on this computer."
                ),
            ]
        )
    return None


def _on_network(path: Path, detail: str) -> Sentence:
    """Where the file is, one whole sentence for each kind of place (a name such as NFS
    stays as it is; "a network drive" is worded with the rest of its sentence)."""
    if detail == _NETWORK_DRIVE:
        return Sentence.of(
            "The database {path} is on a network drive (a network folder).", path=str(path)
        )
    if detail == _NETWORK_SHARE:
        return Sentence.of(
            "The database {path} is on a network share (a network folder).", path=str(path)
        )
    if detail == _SHARED_FOLDER:
        return Sentence.of(
            "The database {path} is on a shared folder (a network folder).", path=str(path)
        )
    return Sentence.of(
        "The database {path} is on {filesystem} (a network folder).",
        path=str(path),
        filesystem=detail,
    )


def _resolve(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()
