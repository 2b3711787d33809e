"""The one migration chain runs on PostgreSQL too: up to head, down to nothing, up again."""

from __future__ import annotations

from sqlalchemy import inspect

from biosparc_desktop.server.database import server_engine
from biosparc_desktop.store import migrate


def test_the_migration_chain_round_trips_on_postgresql(server_db: str) -> None:
    engine = server_engine(server_db)
    try:
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        tables = set(inspect(engine).get_table_names())
        assert {"organisation", "contact", "sync_conflict", "server_batch"} <= tables
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
