"""Backups of the database: make, verify, rotate, list, restore; damaged files moved aside.

Every copy goes through SQLite's online backup API (never a file copy of a live
database) and is verified with ``quick_check`` before it gets its final name.
Backups live in the data folder's ``backups/`` as ``<kind>[-<detail>]-<UTC
stamp>.sqlite3``, for example ``auto-20261127-013000.sqlite3`` or
``pre-migration-0001-20261127-013000.sqlite3``.

Rotation keeps, of the routine (``auto``) backups, the newest of each of the 7
most recent days that have one and the newest of each of the 4 most recent
weeks. Safety backups (taken before a migration, import, merge or restore, or
asked for by hand) are kept 30 days, and the newest of each kind is always kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import DatabaseDamaged, DatabaseTooNew, StorageError
from biosparc_desktop.store import migrate
from biosparc_desktop.store.integrity import check_file, read_only_connection

AUTO = "auto"
KIND_LABELS = {
    AUTO: "Automatic",
    "manual": "Made by hand",
    "pre-migration": "Before an upgrade",
    "pre-import": "Before an import",
    "pre-merge": "Before a merge",
    "pre-restore": "Before a restore",
}
DAILY_KEPT = 7
WEEKLY_KEPT = 4
SAFETY_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<head>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
# (table, singular, plural) of the records a backup's summary counts.
_COUNTED = (
    ("organisation", "partner", "partners"),
    ("contact", "contact", "contacts"),
    ("agreement", "agreement", "agreements"),
    ("interaction", "interaction", "interactions"),
    ("event", "event", "events"),
    ("task", "follow-up", "follow-ups"),
)


@dataclass(frozen=True)
class RecordCounts:
    """Live (not trashed) records by table, for telling backups apart."""

    by_table: tuple[tuple[str, int], ...]

    def get(self, table: str) -> int:
        return dict(self.by_table).get(table, 0)

    def summary(self) -> str:
        """ "8 partners · 12 contacts · 1 agreement ..."""
        parts = []
        for table, one, many in _COUNTED:
            n = self.get(table)
            parts.append(f"{n:,} {one if n == 1 else many}")
        return " · ".join(parts)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    kind: str
    size_bytes: int
    counts: RecordCounts | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    counts: RecordCounts
    # Where the database that was replaced now lives: a "pre-restore" backup, or
    # the damaged file moved aside; None when there was no database yet.
    previous: Path | None
    previous_was_damaged: bool


def _utc(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


# -- making backups ---------------------------------------------------------
def backup_name(kind: str, when: datetime, detail: str | None = None) -> str:
    head = f"{kind}-{detail}" if detail else kind
    return f"{head}-{_utc(when).strftime(_STAMP)}.sqlite3"


def make_backup(
    database: Path,
    backups_dir: Path,
    *,
    kind: str = AUTO,
    detail: str | None = None,
    now: datetime | None = None,
    rotate_after: bool = True,
) -> BackupInfo:
    """Back ``database`` up into ``backups_dir``, verify the copy, then rotate."""
    if kind not in KIND_LABELS:
        raise ValueError(f"unknown backup kind {kind!r}")
    when = _utc(now)
    target = _free_name(backups_dir / backup_name(kind, when, detail))
    copy_database(database, target)
    info = BackupInfo(target, when, kind, target.stat().st_size)
    if rotate_after:
        rotate(backups_dir, now=when, protect=target)
    return info


def backup_engine(engine: Engine, backups_dir: Path, *, kind: str) -> BackupInfo | None:
    """A safety backup of an open engine's database (``None`` when it is not an SQLite file).

    For importers and merges: ``backup_engine(engine, data_dir / "backups", kind="pre-import")``.
    """
    path = sqlite_file(engine)
    return None if path is None else make_backup(path, backups_dir, kind=kind)


def sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def backup_to(database: Path, target: Path, *, now: datetime | None = None) -> Path:
    """A copy where the user asks; a folder gets a dated file name inside it."""
    if target.is_dir():
        target = target / backup_name("manual", _utc(now))
    if target.exists():
        raise StorageError.of(
            "{path} already exists; choose another name so nothing is lost.", path=str(target)
        )
    copy_database(database, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Online-backup ``source`` to ``target`` and check the copy before naming it."""
    if not source.exists():
        raise StorageError.of("There is no database at {path} to back up.", path=str(source))
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with read_only_connection(source) as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A single self-contained file: no -wal or -shm appear beside it when read.
                dst.execute("PRAGMA journal_mode=DELETE")
                result = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
        if result is None or result[0] != "ok":
            raise StorageError.of(
                "The backup of {name} failed its check, so it was not kept; "
                "the database itself may be damaged: run “biosparc check”.",
                name=source.name,
            )
        _fsync_file(partial)
        partial.replace(target)
        _fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise _copy_error(str(exc), target) from exc
    except OSError as exc:
        raise _os_error(exc, target) from exc
    finally:
        _remove_quietly(partial)


def _free_name(path: Path) -> Path:
    # Two backups in the same second (a test, or open then close) must not overwrite.
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name.removesuffix('.sqlite3')}-{n}.sqlite3")
        n += 1
    return candidate


# -- listing ------------------------------------------------------------------
def parse_backup_name(path: Path) -> tuple[str, datetime] | None:
    """(kind, UTC time) from a backup's file name, or ``None`` for other files."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    head = match["head"]
    kinds = sorted(KIND_LABELS, key=len, reverse=True)
    kind = next((k for k in kinds if head == k or head.startswith(k + "-")), None)
    if kind is None:
        return None
    try:
        when = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return kind, when


def list_backups(backups_dir: Path, *, with_counts: bool = False) -> list[BackupInfo]:
    """Backups in ``backups_dir``, newest first; ``with_counts`` opens each to count records."""
    found: list[BackupInfo] = []
    try:
        paths = list(backups_dir.glob("*.sqlite3"))
    except OSError:
        return []
    for path in paths:
        parsed = parse_backup_name(path)
        if parsed is None:
            continue
        kind, when = parsed
        try:
            size = path.stat().st_size
        except OSError:
            continue
        counts = _counts_or_none(path) if with_counts else None
        found.append(BackupInfo(path, when, kind, size, counts))
    found.sort(key=lambda b: (b.created_at, _counter(b.path)), reverse=True)
    return found


def _counter(path: Path) -> int:
    # "auto-20261127-010000-2.sqlite3" was made after "auto-20261127-010000.sqlite3".
    match = _NAME.match(path.name)
    return int(match["n"]) if match and match["n"] else 1


def last_backup_at(backups_dir: Path) -> datetime | None:
    backups = list_backups(backups_dir)
    return backups[0].created_at if backups else None


def record_counts(path: Path) -> RecordCounts:
    """Live records by table, read through a read-only connection."""
    with read_only_connection(path) as connection:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        counts = []
        for table, _one, _many in _COUNTED:
            if table in tables:
                row = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).fetchone()
                counts.append((table, int(row[0])))
    return RecordCounts(tuple(counts))


def _counts_or_none(path: Path) -> RecordCounts | None:
    try:
        return record_counts(path)
    except sqlite3.Error:
        return None


# -- rotation -----------------------------------------------------------------
def rotate(
    backups_dir: Path, *, now: datetime | None = None, protect: Path | None = None
) -> list[Path]:
    """Delete the backups the retention rules no longer keep; returns what was removed.

    ``protect`` (the backup just made) is never removed, even if the clock went back.
    """
    now = _utc(now)
    backups = list_backups(backups_dir)
    keep = keep_set(backups, now=now) | ({protect} if protect else set())
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # an unremovable old backup is untidy, never dangerous
            for suffix in ("-wal", "-shm", "-journal"):
                _remove_quietly(backup.path.with_name(backup.path.name + suffix))
            removed.append(backup.path)
    # A ".partial" left by a backup that was killed halfway is never a usable copy.
    for partial in backups_dir.glob("*.partial"):
        _remove_quietly(partial)
    return removed


def keep_set(backups: list[BackupInfo], *, now: datetime) -> set[Path]:
    """Which backups rotation keeps (``backups`` newest first)."""
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    newest_of_kind: set[str] = set()
    for backup in backups:
        if backup.kind == AUTO:
            local_day = backup.created_at.astimezone().date()
            week = local_day.isocalendar()[:2]
            if local_day not in days and len(days) < DAILY_KEPT:
                days.append(local_day)
                keep.add(backup.path)
            if week not in weeks and len(weeks) < WEEKLY_KEPT:
                weeks.append((week[0], week[1]))
                keep.add(backup.path)
        else:
            recent = now - backup.created_at <= timedelta(days=SAFETY_DAYS)
            if recent or backup.kind not in newest_of_kind:
                keep.add(backup.path)
            newest_of_kind.add(backup.kind)
    return keep


# -- validating and restoring ------------------------------------------------
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
    if database.exists() and _same_file(source, database):
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
        raise _copy_error(str(exc), database) from exc
    if result is None or result[0] != "ok":
        raise StorageError.of("The restored database {path} failed its check.", path=str(database))


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal and -shm) out of the way; returns its new name."""
    stamp = _utc(now).strftime(_STAMP)
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
        _fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError.of(
            "The damaged database {path} could not be moved aside: {reason}.",
            path=str(path),
            reason=exc.strerror,
        ) from exc
    return aside


# -- small helpers ------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _copy_error(detail: str, target: Path) -> StorageError:
    if "full" in detail:
        return StorageError.of(
            "The disk holding {folder} is full, so the copy was not made; "
            "free some space and try again. The database itself is unchanged.",
            folder=str(target.parent),
        )
    if "readonly" in detail or "read-only" in detail or "unable to open" in detail:
        return StorageError.of(
            "{folder} cannot be written to, so the copy was not made.", folder=str(target.parent)
        )
    return StorageError.of(
        "The copy to {path} could not be made ({reason}).", path=str(target), reason=detail
    )


def _os_error(exc: OSError, target: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return _copy_error("full", target)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _copy_error("readonly", target)
    return StorageError.of(
        "The copy to {path} could not be made: {reason}.",
        path=str(target),
        reason=exc.strerror or str(exc),
    )


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
