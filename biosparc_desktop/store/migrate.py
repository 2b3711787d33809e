"""Schema migrations with Alembic, shipped inside the package.

Alembic takes a tenth of a second to import, so it is loaded only when there is
migrating to do: a database already at :data:`HEAD_REVISION` (every start but
the first after an upgrade) is recognised with one plain query.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from biosparc_desktop.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0005"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def script_head_revision() -> str | None:
    """The head as Alembic reads it from the revision files (for the test of HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (``None`` for an empty database)."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except OperationalError as exc:
            if "no such table" in str(exc.orig):
                return None
            raise
        except ProgrammingError as exc:  # PostgreSQL: relation "alembic_version" does not exist
            if "alembic_version" in str(exc.orig):
                return None
            raise
    return str(rows[0][0]) if rows else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_not_too_new(revision: str | None) -> None:
    """Refuse a database stamped with a revision this version does not know."""
    if revision is None or revision == HEAD_REVISION:
        return
    if revision not in known_revisions():
        raise DatabaseTooNew.of(
            "This database was written by a newer version of Biosparc Desktop "
            "(schema {revision}). Install the newer version to open it; the file was not changed.",
            revision=revision,
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
