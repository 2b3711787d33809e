"""organisation.last_interaction_at

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 06:30:00

When each organisation's newest live interaction happened, so "no interaction for
90 days" is an index look-up rather than a scan of every interaction. Filled here
from the existing rows and kept in step by biosparc_desktop.services.last_interaction.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision keeps doing what it did.
BACKFILL = """
UPDATE organisation SET last_interaction_at = (
    SELECT max(i.occurred_at)
    FROM interaction_organisation AS io JOIN interaction AS i ON i.id = io.interaction_id
    WHERE io.organisation_id = organisation.id AND i.deleted_at IS NULL
)
"""


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("last_interaction_at", sa.DateTime(), nullable=True))
        batch.create_index(
            "ix_organisation_last_interaction_at", ["last_interaction_at"], unique=False
        )
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_index("ix_organisation_last_interaction_at")
        batch.drop_column("last_interaction_at")
