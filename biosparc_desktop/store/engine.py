"""The SQLAlchemy engine with the SQLite settings that keep data safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, QueuePool, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.store.file_uri import read_only_uri

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the engine; SQLite gets WAL, foreign keys, FULL sync and a busy timeout.

    ``read_only`` opens an SQLite file with ``mode=ro``: SQLite then never writes
    to it, not even the WAL set-up or the checkpoint when the last connection closes.
    """
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url[len("sqlite:///") :])
        if read_only:
            engine = _read_only_file_engine(path)
        else:
            # The path as the database name, never parsed as a URL: a folder named
            # "q?dir" or "50%25" is that folder, not a query string or an escape.
            engine = create_engine(
                URL.create("sqlite", database=str(path)), connect_args=connect_args
            )
    else:
        engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _sqlite_settings(read_only))
    return engine


def _read_only_file_engine(path: Path) -> Engine:
    target = read_only_uri(path.resolve())

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            target, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    return create_engine("sqlite://", creator=connect, poolclass=QueuePool)


def _sqlite_settings(read_only: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                # WAL lets the CLI read while the app writes; FULL sync makes every
                # commit survive a power cut.
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    return on_connect


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
