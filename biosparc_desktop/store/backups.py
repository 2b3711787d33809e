"""Backups of the database: make, verify, rotate and list them (restoring: store/restore.py).

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

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from biosparc_desktop.errors import StorageError
from biosparc_desktop.store.file_safety import (
    copy_error,
    fsync_dir,
    fsync_file,
    os_error,
    remove_quietly,
)
from biosparc_desktop.store.integrity import read_only_connection

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
STAMP_FORMAT = "%Y%m%d-%H%M%S"
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


def utc_now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


# -- making backups ---------------------------------------------------------
def backup_name(kind: str, when: datetime, detail: str | None = None) -> str:
    head = f"{kind}-{detail}" if detail else kind
    return f"{head}-{utc_now(when).strftime(STAMP_FORMAT)}.sqlite3"


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
    when = utc_now(now)
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
        target = target / backup_name("manual", utc_now(now))
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
        fsync_file(partial)
        partial.replace(target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise copy_error(str(exc), target) from exc
    except OSError as exc:
        raise os_error(exc, target) from exc
    finally:
        remove_quietly(partial)


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
        when = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
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
    now = utc_now(now)
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
                remove_quietly(backup.path.with_name(backup.path.name + suffix))
            removed.append(backup.path)
    # A ".partial" left by a backup that was killed halfway is never a usable copy.
    for partial in backups_dir.glob("*.partial"):
        remove_quietly(partial)
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
