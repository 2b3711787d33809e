"""search by initials: the full-text index gets an initials column; Chinese-named partners their pinyin

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 11:40:00

The index is made again with a fourth column holding the initials of names
("lm" for Liu Ming, "xdsw" for 信达生物) and filled from the tables. bm25 gives
the column no weight, so a record found only by its initials ranks after every
record found by its text. SQLite only: other databases search with LIKE.

A partner known only by a Chinese name (信达生物 in the name, no Chinese name)
gets the pinyin of its name, as the partner form now keeps it, so that it sorts
in pinyin order among the others.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision keeps creating what it created.
_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE search_index USING fts5(title, detail, notes, initials, {_OPTIONS})"
)
SET_RANK = (
    "INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 0.0)')"
)
# As revision 0002 made it, for the downgrade.
CREATE_OLD_TABLE = (
    f"CREATE VIRTUAL TABLE search_index_old USING fts5(title, detail, notes, {_OPTIONS})"
)
SET_OLD_RANK = (
    "INSERT INTO search_index_old(search_index_old, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')"
)


def upgrade() -> None:
    bind = op.get_bind()
    # On a team server too: every copy of a partner must hold the same pinyin.
    _pinyin_of_chinese_names(bind)
    if bind.dialect.name != "sqlite":
        return  # the search index is a laptop's own
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute(CREATE_TABLE)
    op.execute(SET_RANK)
    # Filled by the package's own indexer, which reads the tables as they are now
    # (see revision 0002 on what a later revision must then do).
    from biosparc_desktop.search.index import rebuild

    rebuild(bind)


def _pinyin_of_chinese_names(bind: sa.Connection) -> None:
    from biosparc_desktop.domain.rules.names import organisation_pinyin

    rows = bind.execute(
        sa.text("SELECT id, name FROM organisation WHERE name_zh IS NULL AND pinyin IS NULL")
    ).all()
    updates = [
        {"id": org_id, "pinyin": pinyin}
        for org_id, name in rows
        if (pinyin := organisation_pinyin(name, None)) is not None
    ]
    if updates:
        bind.execute(sa.text("UPDATE organisation SET pinyin = :pinyin WHERE id = :id"), updates)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # The rows as they are, without their initials.
    op.execute(CREATE_OLD_TABLE)
    op.execute(SET_OLD_RANK)
    op.execute(
        "INSERT INTO search_index_old(rowid, title, detail, notes) "
        "SELECT rowid, title, detail, notes FROM search_index"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_old RENAME TO search_index")
