"""Ways to damage a database file on purpose, for the tests of what happens next."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def corrupt_table(path: Path, table: str = "organisation") -> None:
    """Overwrite the first page of ``table`` with garbage (no connection may be open)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        root = int(
            connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()[0]
        )
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def break_foreign_key(path: Path) -> None:
    """Point a contact at an organisation that does not exist (foreign keys off, as SQLite's default)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "UPDATE contact SET organisation_id = 99999 WHERE id = (SELECT min(id) FROM contact)"
        )
        connection.commit()
