"""The server's database: PostgreSQL through psycopg 3, the laptops' schema."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, make_url, select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.server import ServerCounter
from biosparc_desktop.errors import StorageError
from biosparc_desktop.server.push import FEED
from biosparc_desktop.store import migrate
from biosparc_desktop.store.engine import make_session_factory

POOL = 20  # connections; 20 laptops syncing at once each get one


def server_engine(url: str) -> Engine:
    """An engine for a PostgreSQL URL (``postgresql://`` uses psycopg 3)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError.of("“{url}” is not a database URL.", url=url) from exc
    if parsed.get_backend_name() != "postgresql":
        raise StorageError(
            "The team server keeps its data in PostgreSQL: give --db a URL such as "
            "postgresql://biosparc@localhost/biosparc."
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True, pool_size=POOL, max_overflow=POOL)
    except NoSuchModuleError as exc:
        raise StorageError(
            "The PostgreSQL driver is missing: install Biosparc Desktop with its server "
            "extra (pip install 'biosparc-desktop[server]')."
        ) from exc


def initialise(engine: Engine) -> str:
    """Create or migrate the schema and the feed counter; returns the revision."""
    migrate.check_not_too_new(migrate.current_revision(engine))
    migrate.upgrade(engine)
    with Session(engine) as session, session.begin():
        if session.scalar(select(ServerCounter).where(ServerCounter.name == FEED)) is None:
            session.add(ServerCounter(name=FEED, value=0))
    return migrate.head_revision()


def open_server(url: str) -> sessionmaker[Session]:
    """The session factory of a server database that is at this version's schema."""
    engine = server_engine(url)
    revision = migrate.current_revision(engine)
    if revision != migrate.head_revision():
        migrate.check_not_too_new(revision)
        raise StorageError(
            "The server database is not initialised at this version's schema; "
            "run “biosparc-server --db URL init” first."
        )
    return make_session_factory(engine)
