"""full-text search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:30:00

One FTS5 table over organisations, contacts, agreements, interactions, events
and tasks, filled from the existing rows. It is kept in step by the flush hook
in biosparc_desktop.search.sync. SQLite only: other databases search with LIKE.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision keeps creating what it created.
CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(title, detail, notes, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
SET_RANK = "INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(CREATE_TABLE)
    op.execute(SET_RANK)
    # Backfill with the package's own indexer, which reads the tables as they are
    # now. A later revision that renames a column it reads must rebuild the index
    # itself instead of relying on this one.
    from biosparc_desktop.search.index import rebuild

    rebuild(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_index")
