"""The SQLAlchemy engine with the SQLite settings that keep data safe."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the engine; SQLite gets WAL, foreign keys, FULL sync and a busy timeout."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only and url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = url[len("sqlite:///") :]
        url = f"sqlite:///file:{path}?mode=ro&uri=true"
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _sqlite_settings(read_only))
    return engine


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
