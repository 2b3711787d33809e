"""Alembic environment: runs on the connection handed over by store.database."""

from alembic import context

from biosparc_desktop.domain.models import Base
from biosparc_desktop.search.schema import include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run through biosparc_desktop.store.database, not alembic's CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    compare_type=True,
    include_object=include_object,  # the FTS index is not in the ORM metadata
)
with context.begin_transaction():
    context.run_migrations()
