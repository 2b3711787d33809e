"""SQLite ``file:`` URIs for database paths, as SQLite reads them on every system."""

from __future__ import annotations

from pathlib import PurePath


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
