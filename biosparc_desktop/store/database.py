"""Opening a database: folder checks, version check, backup, migrations, sessions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.config import Location
from biosparc_desktop.errors import DatabaseDamaged, StorageError
from biosparc_desktop.store import migrate
from biosparc_desktop.store.engine import make_engine, make_session_factory
from biosparc_desktop.store.sqlite_backup import backup_sqlite


@dataclass
class Database:
    """An open, migrated database and where its files live."""

    location: Location
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def documents_dir(self) -> Path:
        return self.location.data_dir / "documents"

    @property
    def backups_dir(self) -> Path:
        return self.location.data_dir / "backups"

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: Location, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``location``.

    Raises :class:`StorageError` subclasses with a sentence for the user when the
    folder cannot be used, the file is damaged or newer than this program.
    """
    path = location.sqlite_path
    if path is not None:
        _ensure_folder(path.parent)
        if path.exists():
            _check_is_database(path)
    engine = make_engine(location.url)
    try:
        revision = migrate.current_revision(engine)
        migrate.check_not_too_new(revision)
        if migrate_schema and revision != migrate.head_revision():
            if path is not None and revision is not None:
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup_sqlite(
                    path,
                    location.data_dir / "backups" / f"pre-migration-{revision}-{stamp}.sqlite3",
                )
            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(_describe_operational(exc, location)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseDamaged(
            f"The database {location.sqlite_path or location.url} is damaged or not a database."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(location=location, engine=engine, session_factory=make_session_factory(engine))


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"The data folder {folder} cannot be created: {exc.strerror}. "
            "Choose another location with --db."
        ) from exc


def _check_is_database(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"The database {path} cannot be read: {exc.strerror}.") from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseDamaged(
            f"{path} is not a Biosparc database (it is not an SQLite file). It was left untouched."
        )


def _describe_operational(exc: OperationalError, location: Location) -> str:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    where = location.sqlite_path or location.url
    if "readonly" in detail or "read-only" in detail:
        return f"The database {where} is read-only; check the file's permissions."
    if "locked" in detail or "busy" in detail:
        return f"The database {where} is busy in another program; try again in a moment."
    if "disk" in detail and "full" in detail:
        return f"The disk holding {where} is full; free some space and try again."
    if "unable to open" in detail:
        return (
            f"The database {where} cannot be opened; check that its folder exists and is writable."
        )
    if isinstance(exc.orig, sqlite3.DatabaseError) and "not a database" in detail:
        return f"{where} is not a database file."
    return f"The database {where} cannot be used: {detail}."
