"""Opening a database: folder checks, integrity check, version check, backup, migrations.

A damaged file is never opened for writing: it is checked through a read-only
connection first and refused with :class:`DatabaseDamaged`. Once open, every
transaction first checks that the file is still the one that was opened, so a
removed folder, a disconnected drive or a file replaced behind our back gives a
clear error instead of writes that silently go nowhere.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.config import Location, default_data_dir
from biosparc_desktop.errors import DatabaseDamaged, NoDatabase, StorageError
from biosparc_desktop.store import early_check, migrate
from biosparc_desktop.store.backups import BackupInfo, make_backup
from biosparc_desktop.store.engine import make_engine, make_session_factory
from biosparc_desktop.store.integrity import SQLITE_HEADER, IntegrityReport, read_only_connection


@dataclass
class Database:
    """An open, migrated database and where its files live."""

    location: Location
    engine: Engine
    session_factory: sessionmaker[Session]
    # Set when opened with verify_later while the integrity check was still running:
    # until confirm_intact() has its verdict, the engine opens the file read-only.
    pending_check: Future[IntegrityReport] | None = None
    # The file, its folder or its drive cannot be written: opened with mode=ro,
    # for reading only; a write says that the database is read-only.
    read_only: bool = False

    @property
    def verified(self) -> bool:
        """Whether the open-time check has passed (the database is open for writing)."""
        return self.pending_check is None

    def confirm_intact(self) -> None:
        """Wait for the open-time check, then open the file for writing.

        Raises :class:`DatabaseDamaged` when the check failed (the file is left as
        it was: it was only ever opened read-only), or the check's own
        :class:`StorageError` when it could not run.
        """
        if self.pending_check is None:
            return
        report = self.pending_check.result()
        path = self.location.sqlite_path
        assert path is not None
        if not report.ok:
            raise damaged_error(path, report)
        self.pending_check = None
        if self.read_only:
            return
        self.engine.dispose()
        self.engine = _writing_engine(self.location)
        self.session_factory.configure(bind=self.engine)

    @property
    def documents_dir(self) -> Path:
        return self.location.data_dir / "documents"

    @property
    def backups_dir(self) -> Path:
        return self.location.data_dir / "backups"

    def backup(self, kind: str = "auto", *, now: datetime | None = None) -> BackupInfo | None:
        """A verified backup in :attr:`backups_dir` (``None`` for a server database).

        ``kind`` is ``auto`` for routine backups, or ``pre-import``, ``pre-merge``,
        ``manual``... for safety backups kept 30 days.
        """
        path = self.location.sqlite_path
        if path is None:
            return None
        return make_backup(path, self.backups_dir, kind=kind, now=now)

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    location: Location,
    *,
    migrate_schema: bool = True,
    verify_later: bool = False,
    create: bool = True,
    read_only_ok: bool = False,
) -> Database:
    """Open (creating if needed) and migrate the database at ``location``.

    Raises :class:`StorageError` subclasses with a sentence for the user when the
    folder cannot be used, the disk is full or read-only, or the file is damaged
    (:class:`DatabaseDamaged`, the file untouched) or newer than this program
    (:class:`DatabaseTooNew`, found before anything is written: the file stays
    byte for byte as it was).

    Without ``create`` a missing file raises :class:`NoDatabase`. A new database
    is made only in an existing folder, or in the default data folder (made on
    the first run): a mistyped path makes nothing. With ``read_only_ok`` a file
    that cannot be written (its permissions, its folder, its drive) is opened for
    reading (:attr:`Database.read_only`) instead of refused.

    With ``verify_later``, an integrity check still running (see early_check) is
    not waited for: the database opens read-only, and writing is allowed once
    :meth:`Database.confirm_intact` has its verdict. A file that needs migrating
    is always checked first.
    """
    path = location.sqlite_path
    pending: Future[IntegrityReport] | None = None
    read_only = False
    if path is not None:
        if not path.exists():
            if not create:
                raise missing_database(path)
            ensure_database_folder(path.parent)
        read_only = _read_only(path, refuse=not read_only_ok or not path.exists())
        if path.exists():
            _check_is_database(path)
            pending = early_check.take(path) if verify_later else None
            if pending is None or pending.done():
                report = pending.result() if pending is not None else early_check.checked(path)
                pending = None
                if not report.ok:
                    raise damaged_error(path, report)
            if pending is None:  # (a file still being checked is opened read-only anyway)
                # Before anything writes, not even the WAL set-up of a connection.
                migrate.check_not_too_new(_stamped_revision(path))
    # A file whose check is still running is opened read-only (no WAL set-up, no
    # checkpoint on close), so a damaged one is never written to.
    engine = (
        make_engine(location.url, read_only=True)
        if pending or read_only
        else _writing_engine(location)
    )
    try:
        revision = migrate.current_revision(engine)
        migrate.check_not_too_new(revision)
        if read_only and revision != migrate.head_revision():
            raise StorageError.of(
                "The database {path} is read-only, and this version of Biosparc Desktop "
                "needs to upgrade it before it can be read. Copy it to a folder you can "
                "write to and open it there.",
                path=_where(location),
            )
        if migrate_schema and revision != migrate.head_revision():
            if pending is not None and path is not None:
                report = pending.result()  # never migrate a file before it is known sound
                pending = None
                if not report.ok:
                    raise damaged_error(path, report)
                engine.dispose()
                engine = _writing_engine(location)
            if path is not None and revision is not None:
                make_backup(
                    path, location.data_dir / "backups", kind="pre-migration", detail=revision
                )
            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise _operational_error(exc, location) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseDamaged.of(
            "The database {path} is damaged or not a database.", path=_where(location)
        ) from exc
    except OSError as exc:
        engine.dispose()
        raise _os_error(exc, location) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(
        location=location,
        engine=engine,
        session_factory=make_session_factory(engine),
        pending_check=pending,
        read_only=read_only,
    )


def _writing_engine(location: Location) -> Engine:
    engine = make_engine(location.url)
    if location.sqlite_path is not None:
        _guard_file_identity(engine, location.sqlite_path)
    return engine


def damaged_error(path: Path, report: IntegrityReport) -> DatabaseDamaged:
    """What happened and what to do, in plain words."""
    return DatabaseDamaged.of(
        "The database {path} is damaged ({problem}), so it was not opened and nothing in it "
        "was changed. Restore the newest good backup: Biosparc Desktop offers it when it "
        "starts, or run “biosparc restore BACKUP”. The damaged file is kept, not deleted.",
        path=str(path),
        # SQLite's own words for the damage are details for whoever helps; not translated.
        problem=report.problems[0] if report.problems else "it failed its integrity check",
    )


def missing_database(path: Path) -> NoDatabase:
    return NoDatabase.of(
        "No database at {path} (run `biosparc init` to create one).", path=str(path)
    )


def ensure_database_folder(folder: Path) -> None:
    """The default data folder is made on the first run; any other missing folder is
    a mistyped path, and making it would hide the mistake behind an empty database."""
    if folder.is_dir():
        return
    if folder.resolve() != default_data_dir().resolve():
        raise StorageError.of(
            "The folder {folder} does not exist, so no database was created there. "
            "Check the path, or create the folder first.",
            folder=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError.of(
            "The data folder {folder} cannot be created: {reason}. "
            "Choose another location with --db.",
            folder=str(folder),
            reason=exc.strerror,
        ) from exc


def _read_only(path: Path, *, refuse: bool) -> bool:
    """Whether the file, its folder or its drive is read-only; with ``refuse``, said at
    once in words rather than at the first save."""
    if not os.access(path.parent, os.W_OK):
        if refuse:
            raise StorageError.of(
                "The folder {folder} is read-only, and the database needs to write beside "
                "its file. Copy the database to a folder you can write to and open it there.",
                folder=str(path.parent),
            )
        return True
    if not path.exists():
        return False
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            if refuse:
                raise StorageError.of(
                    "The database {path} is read-only, so nothing could be saved in it. "
                    "Check the file's permissions or copy it to a folder you can write to.",
                    path=str(path),
                ) from exc
            return True
        raise StorageError.of(
            "The database {path} cannot be opened: {reason}.", path=str(path), reason=exc.strerror
        ) from exc
    return False


def _stamped_revision(path: Path) -> str | None:
    """The schema revision, read through a read-only connection (``None`` if unstamped)."""
    try:
        with read_only_connection(path) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise _operational_error_of(str(exc), str(path)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged.of(
            "The database {path} is damaged or not a database.", path=str(path)
        ) from exc
    return str(row[0]) if row else None


def _check_is_database(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError.of(
            "The database {path} cannot be read: {reason}.", path=str(path), reason=exc.strerror
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseDamaged.of(
            "{path} is not a Biosparc database (it is not an SQLite file). It was left untouched.",
            path=str(path),
        )


def _guard_file_identity(engine: Engine, path: Path) -> None:
    """Refuse every transaction once the file is gone or replaced.

    SQLite keeps writing to an open file after its folder is deleted (or its
    drive unplugged), and those writes are lost when it closes: better to stop
    at once and say so.
    """
    opened: list[tuple[int, int]] = []

    def check(_connection: Connection) -> None:
        try:
            info = os.stat(path)
        except OSError as exc:
            raise StorageError.of(
                "The database {path} is no longer there (its folder was removed or its drive "
                "disconnected), so nothing was saved. Reconnect the drive and restart "
                "Biosparc Desktop.",
                path=str(path),
            ) from exc
        identity = (info.st_dev, info.st_ino)
        if not opened:
            opened.append(identity)
        elif identity != opened[0]:
            raise StorageError.of(
                "The database {path} was replaced by another program, so nothing was saved. "
                "Restart Biosparc Desktop to open the new file.",
                path=str(path),
            )

    event.listen(engine, "begin", check)


def _where(location: Location) -> str:
    """The database's file, or its URL for a server database."""
    return str(location.sqlite_path or location.url)


def _operational_error(exc: OperationalError, location: Location) -> StorageError:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    return _operational_error_of(detail, _where(location))


def _operational_error_of(detail: str, where: str) -> StorageError:
    if "readonly" in detail or "read-only" in detail:
        return StorageError.of(
            "The database {path} is read-only (the file, its folder or the drive); "
            "check its permissions or copy it to a folder you can write to.",
            path=where,
        )
    if "locked" in detail or "busy" in detail:
        return StorageError.of(
            "The database {path} is busy in another program; try again in a moment.", path=where
        )
    if "disk" in detail and "full" in detail:
        return StorageError.of(
            "The disk holding {path} is full; free some space and try again.", path=where
        )
    if "unable to open" in detail:
        return StorageError.of(
            "The database {path} cannot be opened; check that its folder exists and is "
            "writable (its drive may be read-only or disconnected).",
            path=where,
        )
    if "not a database" in detail:
        return StorageError.of("{path} is not a database file.", path=where)
    return StorageError.of(
        "The database {path} cannot be used: {reason}.", path=where, reason=detail
    )


def _os_error(exc: OSError, location: Location) -> StorageError:
    where = _where(location)
    if exc.errno == errno.ENOSPC:
        return StorageError.of(
            "The disk holding {path} is full; free some space and try again.", path=where
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError.of(
            "The folder of {path} is read-only; choose another location with --db.", path=where
        )
    return StorageError.of(
        "The database {path} cannot be used: {reason}.", path=where, reason=exc.strerror or str(exc)
    )
