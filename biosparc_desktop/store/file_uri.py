"""SQLite ``file:`` URIs for database paths, as SQLite reads them on every system."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

_WAL_HEADER_OFFSET = 18  # bytes 18-19 of the header are 2 for a database in WAL mode


def file_uri(path: PurePath, *, mode: str = "ro") -> str:
    """An SQLite ``file:`` URI for the absolute ``path``, opened in ``mode``.

    pathlib encodes spaces, "?", "#" and drive letters as SQLite expects. A Windows
    network path (``\\\\server\\share\\crm.sqlite3``, which is also what a mapped
    drive resolves to) comes out as ``file://server/share/…``, whose host part
    SQLite refuses; written with four slashes it is an ordinary path SQLite opens.
    """
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    return f"{uri}?mode={mode}"


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without ever writing it, even in a read-only folder.

    SQLite reads a WAL-mode database through a ``-shm`` file beside it, which it
    creates even for a read-only connection; in a folder that cannot be written
    (a read-only share or drive) that fails with "attempt to write a readonly
    database". There, with no ``-wal`` holding commits not yet in the file, the
    file is all there is and nothing can change it (a writer would need a -wal
    too), so it is read as ``immutable``: without the ``-shm`` and without locks.
    """
    uri = file_uri(path)
    if not os.access(path.parent, os.W_OK) and _in_wal_mode(path) and not _has_wal_data(path):
        return uri + "&immutable=1"
    return uri


def _in_wal_mode(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(_WAL_HEADER_OFFSET)
            return handle.read(2) == b"\x02\x02"
    except OSError:
        return False


def _has_wal_data(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False
