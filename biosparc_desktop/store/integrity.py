"""Integrity checks: SQLite's own checks plus the foreign-key check.

:func:`check_file` looks at a database file through a read-only connection, so
checking a damaged file can never write to it; :func:`check_integrity` checks
through an open engine.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import StorageError
from biosparc_desktop.store.file_uri import read_only_uri

if TYPE_CHECKING:  # not imported at run time: the open-time check starts before SQLAlchemy loads
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]

    def describe(self) -> str:
        if self.ok:
            return "The database is healthy: integrity and foreign-key checks passed."
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        return f"The database is damaged: {shown}{more}."


def check_integrity(engine: Engine, *, full: bool = False) -> IntegrityReport:
    """``quick_check`` (or the slower ``integrity_check``) and ``foreign_key_check``."""
    if engine.dialect.name != "sqlite":
        return IntegrityReport(ok=True, problems=())
    connection = engine.raw_connection()
    try:
        driver = connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        problems = _structure_problems(driver, full=full)
        if not problems:
            problems = _foreign_key_problems(driver)
    finally:
        connection.close()
    return IntegrityReport(ok=not problems, problems=tuple(problems))


def check_file(path: Path, *, full: bool = False) -> IntegrityReport:
    """Check a database file without ever opening it for writing.

    A file that is not a database, or one SQLite reports as malformed, gives a
    report that is not ok; a file that cannot be read at all raises
    :class:`StorageError`.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise StorageError.of("The database {path} does not exist.", path=str(path)) from exc
    except OSError as exc:
        raise StorageError.of(
            "The database {path} cannot be read: {reason}.", path=str(path), reason=exc.strerror
        ) from exc
    if header == b"":
        return IntegrityReport(ok=True, problems=())  # SQLite treats an empty file as empty
    if header != SQLITE_HEADER:
        return IntegrityReport(
            ok=False, problems=(translatable("the file is not an SQLite database"),)
        )
    try:
        return _run_checks(path, full=full)
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise StorageError.of(
                "The database {path} is busy in another program; try again in a moment.",
                path=str(path),
            ) from exc
        if "unable to open" in message or "invalid uri" in message:
            raise StorageError.of(
                "The database {path} cannot be opened for reading.", path=str(path)
            ) from exc
        return IntegrityReport(ok=False, problems=(message,))
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(ok=False, problems=(str(exc),))


@contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to ``path`` (WAL recovery still works read-only)."""
    connection = sqlite3.connect(read_only_uri(path.resolve()), uri=True, timeout=10)
    try:
        # No memory map: on a 400 MB database it was no faster (0.39 s either way) but
        # added the whole file to the app's resident memory.
        yield connection
    finally:
        connection.close()


def _run_checks(path: Path, *, full: bool) -> IntegrityReport:
    """SQLite's own check and the foreign-key check, side by side.

    Each reads the whole file, and SQLite releases the GIL while it reads, so on
    two connections they take the time of the slower one (0.5 s rather than 0.9 s
    on a 400 MB database).
    """
    with ThreadPoolExecutor(1, thread_name_prefix="foreign-key-check") as pool:
        foreign_keys = pool.submit(_foreign_key_problems_of, path)
        with read_only_connection(path) as connection:
            problems = _structure_problems(connection, full=full)
        try:
            orphans = foreign_keys.result()
        except sqlite3.DatabaseError:
            if not problems:
                raise
            orphans = []  # pointless (and failing) on a file whose pages are already known bad
    return IntegrityReport(ok=not (problems or orphans), problems=tuple(problems or orphans))


def _structure_problems(connection: sqlite3.Connection, *, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    return [row[0] for row in connection.execute(f"PRAGMA {pragma}") if row[0] != "ok"]


def _foreign_key_problems_of(path: Path) -> list[str]:
    with read_only_connection(path) as connection:
        return _foreign_key_problems(connection)


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    return [
        f"row {rowid} of {table} points to a missing {parent}"
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")
    ]
