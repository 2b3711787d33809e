"""Restoring a backup: validate it, keep the current database, copy it in; damaged files moved aside.

The current database is never lost: a sound one is backed up first ("pre-restore"),
a damaged one is renamed out of the way with its -wal and -shm, never deleted.
"""

from __future__ import annotations

import sqlite3
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


def restore_backup(
    source: Path,
    database: Path,
    backups_dir: Path,
    *,
    now: datetime | None = None,
    on_step: Callable[[str], None] | None = None,
) -> RestoreResult:
    """Replace ``database`` with the backup ``source``, keeping the current one.

    The backup is validated first. A sound current database is itself backed up
    ("pre-restore"); a damaged one is moved aside under a new name, never deleted.
    The copy goes through the backup API into the database, in one transaction,
    so a crash halfway leaves the previous contents. The caller closes its own
    connections first and reopens the database afterwards.
    """
    step = on_step or (lambda _message: None)
    step(translatable("Checking the backup…"))
    counts = validate_backup(source)
    if database.exists() and same_file(source, database):
        raise StorageError("That file is the database itself; choose a backup to restore.")
    previous: Path | None = None
    damaged = False
    if database.exists():
        if check_file(database).ok:
            step(translatable("Keeping a backup of the current database…"))
            previous = make_backup(database, backups_dir, kind="pre-restore", now=now).path
        else:
            step(translatable("Moving the damaged database aside…"))
            previous, damaged = move_aside(database, now=now), True
    step(translatable("Restoring…"))
    if database.exists():
        _restore_into(source, database)
    else:
        copy_database(source, database)
    return RestoreResult(source, counts, previous, damaged)


def _restore_into(source: Path, database: Path) -> None:
    try:
        with read_only_connection(source) as src:
            dst = sqlite3.connect(database, timeout=10)
            try:
                try:
                    src.backup(dst)
                except sqlite3.OperationalError as exc:
                    if "readonly" not in str(exc):
                        raise
                    # A WAL database only takes pages of its own size; outside WAL any
                    # size goes. Leaving WAL needs the only connection, which we are.
                    dst.execute("PRAGMA journal_mode=DELETE")
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=WAL")
                result = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
    except sqlite3.Error as exc:
        raise copy_error(str(exc), database) from exc
    if result is None or result[0] != "ok":
        raise StorageError.of("The restored database {path} failed its check.", path=str(database))


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
