"""Sync's own local transactions: one writer at a time, like every other write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.errors import StorageError
from biosparc_desktop.services.context import (
    WRITE_WAIT_SECONDS,
    begin_immediate,
    describe_storage_error,
)
from biosparc_desktop.store.engine import BUSY_TIMEOUT_MS


@contextmanager
def local_write(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction that holds SQLite's write lock from its first statement, so what
    it reads (the cursor, the outbox) cannot change under it before it commits."""
    session = factory()
    try:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            # Waits for another writer (an import, the app's own save) like every write.
            took = begin_immediate(connection, wait_ms=int(WRITE_WAIT_SECONDS * 1000))
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not took:
                raise StorageError.of(
                    "Another program kept the database busy, so this sync stopped; "
                    "nothing was lost and the next sync goes on."
                )
        yield session
        session.commit()
    except (OperationalError, DatabaseError) as exc:
        session.rollback()
        raise StorageError(describe_storage_error(exc)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
