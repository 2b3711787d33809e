"""What every service needs: sessions, the clock, the current staff member, the data folder."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.errors import BiosparcError, Conflict, StorageError

BATCH_ID = "batch_id"
BATCH_LABEL = "batch_label"
STAFF_ID = "staff_id"


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

    def today(self) -> date:
        return self.now().astimezone().date()

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing is written."""
        session = self.session_factory()
        try:
            yield session
        except OperationalError as exc:
            raise StorageError(describe_storage_error(exc)) from exc
        finally:
            session.close()

    @contextmanager
    def write(self, label: str, *, batch_id: str | None = None) -> Iterator[Session]:
        """One user action as one transaction, journalled under one batch id.

        Either everything in the block is committed or nothing is.
        """
        session = self.session_factory()
        batch = batch_id or str(uuid.uuid4())
        session.info[BATCH_ID] = batch
        session.info[BATCH_LABEL] = label
        session.info[STAFF_ID] = self.staff_id
        try:
            yield session
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
            session.close()
        for callback in list(self.on_commit):
            callback(batch, label)


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
