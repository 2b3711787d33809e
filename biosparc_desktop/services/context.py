"""What every service needs: sessions, the clock, the current staff member, the data folder."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.errors import BiosparcError, Conflict, StorageError
from biosparc_desktop.store.engine import BUSY_TIMEOUT_MS

# How long a write waits for another program's write (an import, a restore) to
# finish: a 100,000-contact import takes about 15 s on a fast machine.
WRITE_WAIT_SECONDS = 120.0

BATCH_ID = "batch_id"
BATCH_LABEL = "batch_label"
STAFF_ID = "staff_id"
DEPTH = "nesting_depth"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    """Shared by all services of one open database.

    ``now`` is injectable so tests can pin "today"; ``staff_id`` is the BD user
    recorded in the change journal.
    """

    session_factory: sessionmaker[Session]
    data_dir: Path
    now: Callable[[], datetime] = _utc_now
    staff_id: int | None = None
    # Called with the batch id and label after every committed user action.
    on_commit: list[Callable[[str, str], None]] = field(default_factory=list)
    # Called before a bulk change (an import, a merge) with a backup kind such as
    # "pre-import"; the store makes a verified backup there.
    backup_hook: Callable[[str], object] | None = None
    # How long a write waits for another writer before giving up in words.
    write_wait_seconds: float = WRITE_WAIT_SECONDS
    # The database was opened for reading only (its file, folder or drive is read-only).
    read_only: bool = False
    # Called when a write has to wait for another writer (the CLI says so on stderr).
    on_write_wait: Callable[[], None] | None = None
    _active: ContextVar[Session | None] = field(
        default_factory=lambda: ContextVar("active_session", default=None), repr=False
    )

    def today(self) -> date:
        return self.now().astimezone().date()

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @staticmethod
    def relabel(session: Session, label: str) -> None:
        """Name the action once its record is known; a nested action keeps the outer name."""
        if not session.info.get(DEPTH):
            session.info[BATCH_LABEL] = label

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; inside a write it is that write's session, so
        reads see what the action has written so far."""
        outer = self._active.get()
        if outer is not None:
            yield outer
            return
        session = self.session_factory()
        try:
            yield session
        except OperationalError as exc:
            raise StorageError(describe_storage_error(exc)) from exc
        finally:
            session.close()

    @contextmanager
    def write(
        self, label: str, *, batch_id: str | None = None, backup: str | None = None
    ) -> Iterator[Session]:
        """One user action as one transaction, journalled under one batch id.

        Either everything in the block is committed or nothing is. A write opened
        inside another (an import calling the contact service row by row) joins
        the outer transaction and batch, so the whole action commits or undoes as one.

        The transaction takes the database's write lock before it reads anything
        (``BEGIN IMMEDIATE``), waiting up to :attr:`write_wait_seconds` for another
        writer: what the block reads is then what it writes over, never a state
        another program changed in between. ``backup`` (a backup kind such as
        "pre-import") makes a safety backup once the lock is held, so the backup
        has everything committed before this action and nothing can slip in between.
        """
        if self.read_only:
            raise StorageError.of(
                "The database is read-only (its file, its folder or its drive cannot be "
                "written), so nothing was saved. Copy it to a folder you can write to."
            )
        outer = self._active.get()
        if outer is not None:
            outer.info[DEPTH] = outer.info.get(DEPTH, 0) + 1
            try:
                yield outer
            finally:
                outer.info[DEPTH] -= 1
            return
        session = self.session_factory()
        token = self._active.set(session)
        batch = batch_id or str(uuid.uuid4())
        session.info[BATCH_ID] = batch
        session.info[BATCH_LABEL] = label
        session.info[STAFF_ID] = self.staff_id
        try:
            self._take_write_lock(session)
            if backup is not None and self.backup_hook is not None:
                self.backup_hook(backup)
            yield session
            label = session.info.get(BATCH_LABEL, label)
            session.commit()
        except BiosparcError:
            session.rollback()
            raise
        except IntegrityError as exc:
            session.rollback()
            raise Conflict(
                "The change clashes with a record that already exists; nothing was saved."
            ) from exc
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise StorageError(describe_storage_error(exc)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            self._active.reset(token)
            session.close()
        for callback in list(self.on_commit):
            callback(batch, label)

    def _take_write_lock(self, session: Session) -> None:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            return
        # pysqlite (legacy transaction control) would begin only at the first
        # INSERT/UPDATE/DELETE, after the block's reads; an explicit BEGIN is kept
        # by it, and its commit() and rollback() end this transaction.
        try:
            if not begin_immediate(connection, wait_ms=0):
                if self.on_write_wait is not None:
                    self.on_write_wait()
                if not begin_immediate(connection, wait_ms=int(self.write_wait_seconds * 1000)):
                    raise StorageError.of(
                        "Another program has been saving to the database for more than "
                        "{seconds} seconds (an import or a restore?), so nothing was saved. "
                        "Try again when it has finished.",
                        seconds=round(self.write_wait_seconds),
                    )
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def begin_immediate(connection: Connection, *, wait_ms: int) -> bool:
    """Take the write lock, waiting up to ``wait_ms``; False when another writer kept it."""
    connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as exc:
        detail = str(exc.orig)
        if "locked" in detail or "busy" in detail:
            return False
        raise
    return True


def describe_storage_error(exc: DatabaseError) -> str:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    if "readonly" in detail or "read-only" in detail:
        return "The database is read-only, so nothing was saved; check the file's permissions."
    if "full" in detail:
        return "The disk is full, so nothing was saved; free some space and try again."
    if "locked" in detail or "busy" in detail:
        return "The database is busy in another program; nothing was saved, try again."
    if "malformed" in detail or "not a database" in detail:
        return "The database file is damaged; nothing was saved. Restore it from a backup."
    return f"The database could not be used ({detail}); nothing was saved."
