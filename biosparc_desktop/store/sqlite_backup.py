"""Copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from biosparc_desktop.errors import StorageError


def backup_sqlite(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` and verify it with quick_check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            _closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            _closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            result = dst.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            partial.unlink(missing_ok=True)
            raise StorageError.of(
                "The backup written to {path} failed its check.", path=str(target)
            )
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError.of(
            "Could not back up the database to {path}: {reason}.", path=str(target), reason=str(exc)
        ) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError.of(
            "Could not write the backup {path}: {reason}.", path=str(target), reason=exc.strerror
        ) from exc
    return target


class _closing:
    """sqlite3 connections commit on ``with`` but do not close; this closes them."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *exc: object) -> None:
        self.connection.close()
