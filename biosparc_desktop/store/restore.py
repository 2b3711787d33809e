"""Restoring a backup: validate it, keep the current database, copy it in; damaged files moved aside.

The current database is never lost: a sound one is backed up first ("pre-restore"),
a damaged one is renamed out of the way with its -wal and -shm, never deleted.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import DatabaseDamaged, DatabaseTooNew, StorageError
from biosparc_desktop.store import migrate
from biosparc_desktop.store.backups import (
    STAMP_FORMAT,
    BackupInfo,
    RecordCounts,
    copy_database,
    list_backups,
    make_backup,
    record_counts,
    utc_now,
)
from biosparc_desktop.store.database import ensure_database_folder
from biosparc_desktop.store.file_safety import copy_error, fsync_dir, same_file
from biosparc_desktop.store.integrity import check_file, read_only_connection


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    counts: RecordCounts
    # Where the database that was replaced now lives: a "pre-restore" backup, or
    # the damaged file moved aside; None when there was no database yet.
    previous: Path | None
    previous_was_damaged: bool


def validate_backup(path: Path) -> RecordCounts:
    """Check that ``path`` is a sound Biosparc database this version can open."""
    if not path.is_file():
        raise StorageError.of("There is no backup file at {path}.", path=str(path))
    report = check_file(path)
    if not report.ok:
        raise DatabaseDamaged.of(
            "The backup {name} is damaged ({problem}); choose another backup.",
            name=path.name,
            problem=report.problems[0],
        )
    try:
        with read_only_connection(path) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise DatabaseDamaged.of(
            "{name} is not a Biosparc Desktop database; choose another file.", name=path.name
        ) from exc
    if row is None:
        raise DatabaseDamaged.of(
            "{name} is an empty Biosparc database; choose another file.", name=path.name
        )
    try:
        migrate.check_not_too_new(str(row[0]))
    except DatabaseTooNew as exc:
        raise DatabaseTooNew.of(
            "The backup {name} was written by a newer version of Biosparc Desktop; "
            "install that version to restore it.",
            name=path.name,
        ) from exc
    return record_counts(path)


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes :func:`validate_backup`, with its record counts."""
    for backup in list_backups(backups_dir):
        try:
            counts = validate_backup(backup.path)
        except StorageError:
            continue
        return BackupInfo(backup.path, backup.created_at, backup.kind, backup.size_bytes, counts)
    return None


WAITING = translatable("Waiting for another program to finish saving to the database…")
# How long a restore waits for another program's write (an import) to finish.
WRITE_WAIT_SECONDS = 120.0


def restore_backup(
    source: Path,
    database: Path,
    backups_dir: Path,
    *,
    now: datetime | None = None,
    on_step: Callable[[str], None] | None = None,
    wait_seconds: float = WRITE_WAIT_SECONDS,
) -> RestoreResult:
    """Replace ``database`` with the backup ``source``, keeping the current one.

    The backup is validated first. A sound current database is itself backed up
    ("pre-restore"); a damaged one is moved aside under a new name, never deleted.
    The copy goes through the backup API into the database, in one transaction
    that holds the database's write lock like every other write: it waits up to
    ``wait_seconds`` for a running writer (an import in another program), and
    the pre-restore backup is made once the lock is held, so it has everything
    committed before the restore. A crash halfway leaves the previous contents.
    The caller closes its own connections first and reopens the database afterwards.
    """
    step = on_step or (lambda _message: None)
    step(translatable("Checking the backup…"))
    counts = validate_backup(source)
    if database.exists() and same_file(source, database):
        raise StorageError("That file is the database itself; choose a backup to restore.")
    if not database.exists():
        ensure_database_folder(database.parent)
        step(translatable("Restoring…"))
        copy_database(source, database)
        return RestoreResult(source, counts, None, False)
    if not check_file(database).ok:
        step(translatable("Moving the damaged database aside…"))
        previous = move_aside(database, now=now)
        step(translatable("Restoring…"))
        copy_database(source, database)
        return RestoreResult(source, counts, previous, True)
    kept: list[Path] = []

    def keep_current() -> None:
        step(translatable("Keeping a backup of the current database…"))
        kept.append(make_backup(database, backups_dir, kind="pre-restore", now=now).path)
        step(translatable("Restoring…"))

    _restore_into(source, database, keep_current, lambda: step(WAITING), wait_seconds)
    return RestoreResult(source, counts, kept[0], False)


def _restore_into(
    source: Path,
    database: Path,
    locked: Callable[[], None],
    waiting: Callable[[], None],
    wait_seconds: float,
) -> None:
    """Copy ``source`` over ``database``, calling ``locked`` once the write lock is held."""
    try:
        with read_only_connection(source) as src:
            # No busy wait inside SQLite: each refused step comes back to _LockedCopy,
            # which says that it waits and gives up after wait_seconds.
            dst = sqlite3.connect(database, timeout=0)
            try:
                copy = _LockedCopy(locked, waiting, wait_seconds)
                try:
                    src.backup(dst, pages=1, progress=copy.progress, sleep=0.1)
                except sqlite3.OperationalError as exc:
                    if "readonly" not in str(exc) or copy.started:
                        raise
                    # A WAL database only takes pages of its own size; outside WAL any
                    # size goes. Leaving WAL needs the only connection, which we are.
                    dst.execute("PRAGMA journal_mode=DELETE")
                    src.backup(dst, pages=1, progress=copy.progress, sleep=0.1)
                    dst.execute("PRAGMA journal_mode=WAL")
                result = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
    except sqlite3.Error as exc:
        raise copy_error(str(exc), database) from exc
    if result is None or result[0] != "ok":
        raise StorageError.of("The restored database {path} failed its check.", path=str(database))


class _LockedCopy:
    """The backup API's progress callback: waits for the lock, then keeps the current data.

    The backup API takes the destination's write lock at its first step and holds
    it until the last, so after the first page is copied (into a transaction no
    one else sees yet) no other program can commit: a backup made then has all
    that was committed before the restore. The copy goes a page per step so that
    the first step never finishes the whole copy (validate_backup has checked that
    the source is a Biosparc database: dozens of tables, a page each at least).
    """

    def __init__(
        self, locked: Callable[[], None], waiting: Callable[[], None], wait_seconds: float
    ) -> None:
        self._locked = locked
        self._waiting = waiting
        self._deadline: float | None = None
        self._wait_seconds = wait_seconds
        self.started = False

    def progress(self, status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            now = time.monotonic()
            if self._deadline is None:
                self._deadline = now + self._wait_seconds
                self._waiting()
            elif now > self._deadline:
                raise StorageError.of(
                    "Another program has been saving to the database for more than "
                    "{seconds} seconds (an import?), so the backup was not restored and "
                    "nothing was changed. Try again when it has finished.",
                    seconds=round(self._wait_seconds),
                )
            return
        if status == sqlite3.SQLITE_OK and not self.started:
            self.started = True
            self._locked()


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal and -shm) out of the way; returns its new name."""
    stamp = utc_now(now).strftime(STAMP_FORMAT)
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        # The WAL first: a database renamed without its WAL would lose the last commits.
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + suffix))
        path.replace(aside)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError.of(
            "The damaged database {path} could not be moved aside: {reason}.",
            path=str(path),
            reason=exc.strerror,
        ) from exc
    return aside
