"""Sync's own local transactions: one writer at a time, like every other write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.errors import StorageError
from biosparc_desktop.services.context import describe_storage_error


@contextmanager
def local_write(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction that holds SQLite's write lock from its first statement, so what
    it reads (the cursor, the outbox) cannot change under it before it commits."""
    session = factory()
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
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
