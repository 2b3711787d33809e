"""team sync: the review queue, the laptop's sync bookkeeping, the server's tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 06:40:00

sync_conflict is a record (it syncs to every laptop); sync_state, sync_outgoing
and sync_applied are a laptop's link to its team server; server_* are the team
server's devices, enrolment codes, ordered feed, field clocks, tombstones and
aliases. Every database gets all of them: one schema on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_alias",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "alias_id", name=op.f("pk_server_alias")),
    )
    op.create_table(
        "server_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_seq", sa.Integer(), nullable=True),
        sa.Column("staff_public_id", sa.String(length=36), nullable=True),
        sa.Column("staff_name", sa.String(length=200), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("client_at", sa.String(length=40), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_batch")),
        sa.UniqueConstraint("batch_id", name=op.f("uq_server_batch_batch_id")),
        sa.UniqueConstraint("seq", name=op.f("uq_server_batch_seq")),
    )
    with op.batch_alter_table("server_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_server_batch_device_id"), ["device_id"], unique=False)

    op.create_table(
        "server_counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_counter")),
    )
    op.create_table(
        "server_field_clock",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("entity", "record_id", "field", name=op.f("pk_server_field_clock")),
    )
    op.create_table(
        "server_tombstone",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_server_tombstone")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("entry_mark", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_applied")),
    )
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_applied_entry_mark"), ["entry_mark"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sync_applied_server_seq"), ["server_seq"], unique=False
        )

    op.create_table(
        "sync_conflict",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("kept_by", sa.String(length=200), nullable=True),
        sa.Column("kept_at", sa.DateTime(), nullable=True),
        sa.Column("other_by", sa.String(length=200), nullable=True),
        sa.Column("other_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_sync_conflict_record_id"), ["record_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"], unique=False
        )

    op.create_table(
        "sync_outgoing",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("refused", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_outgoing")),
        sa.UniqueConstraint("device_seq", name=op.f("uq_sync_outgoing_device_seq")),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("staff_public_id", sa.String(length=36), nullable=True),
        sa.Column("ca_file", sa.String(length=1000), nullable=True),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("queued_through", sa.Integer(), nullable=False),
        sa.Column("next_device_seq", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("token_in_file", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "server_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_member.id"], name=op.f("fk_server_device_staff_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_device")),
        sa.UniqueConstraint("public_id", name=op.f("uq_server_device_public_id")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_server_device_token_hash")),
    )
    op.create_table(
        "server_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_server_enrolment_staff_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_enrolment")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_server_enrolment_code_hash")),
    )


def downgrade() -> None:
    op.drop_table("server_enrolment")
    op.drop_table("server_device")
    op.drop_table("sync_state")
    op.drop_table("sync_outgoing")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_id"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_public_id"))

    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_applied_server_seq"))
        batch_op.drop_index(batch_op.f("ix_sync_applied_entry_mark"))

    op.drop_table("sync_applied")
    op.drop_table("server_tombstone")
    op.drop_table("server_field_clock")
    op.drop_table("server_counter")
    with op.batch_alter_table("server_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_batch_device_id"))

    op.drop_table("server_batch")
    op.drop_table("server_alias")
