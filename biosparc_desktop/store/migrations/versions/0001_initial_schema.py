"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 03:48:18.512914
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "event",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "signing_ceremony",
                "conference",
                "visit",
                "other",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_public_id"), ["public_id"], unique=True)

    op.create_table(
        "staff_member",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_member_public_id"), ["public_id"], unique=True)

    op.create_table(
        "tag",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tag_public_id"), ["public_id"], unique=True)

    op.create_table(
        "agenda_item",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_agenda_item_event_id_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_public_id"), ["public_id"], unique=True)

    op.create_table(
        "agreement",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mou",
                "strategic_cooperation",
                "research_collaboration",
                "clinical_trial",
                "licensing",
                "nda",
                "investment",
                "other",
                name="agreementkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "negotiating",
                "awaiting_signature",
                "signed",
                "active",
                "expired",
                "terminated",
                name="agreementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("renewal_notice_days", sa.Integer(), nullable=True),
        sa.Column("renewal_notice_on", sa.Date(), nullable=True),
        sa.Column("value_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("key_terms", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff_member.id"], name=op.f("fk_agreement_owner_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_public_id"), ["public_id"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_agreement_renewal_notice_on"), ["renewal_notice_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_title"), ["title"], unique=False)

    op.create_table(
        "change_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("batch_label", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_member.id"], name=op.f("fk_change_entry_staff_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_entry")),
    )
    with op.batch_alter_table("change_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_entry_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_change_entry_record", ["entity", "record_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "email",
                "visit",
                "signing",
                "conference",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff_member.id"], name=op.f("fk_interaction_owner_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interaction_public_id"), ["public_id"], unique=True)

    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=True),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("pinyin", sa.String(length=400), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "hospital",
                "research_institute",
                "university",
                "company",
                "investor",
                "government",
                "park_operator",
                "other",
                name="organisationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column(
            "stage",
            sa.Enum(
                "prospect",
                "engaged",
                "negotiating",
                "partner",
                "dormant",
                name="relationshipstage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff_member.id"], name=op.f("fk_organisation_owner_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["organisation.id"], name=op.f("fk_organisation_parent_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_organisation_stage"), ["stage"], unique=False)

    op.create_table(
        "agreement_document",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("stored_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_document_agreement_id_agreement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_document")),
    )
    with op.batch_alter_table("agreement_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_document_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_document_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "agreement_party",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "biosparc",
                "partner",
                "co_signatory",
                "witness",
                "other",
                name="partyrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_agreement_party_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_party")),
        sa.UniqueConstraint(
            "agreement_id", "organisation_id", name=op.f("uq_agreement_party_agreement_id")
        ),
    )
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_party_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_party_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_party_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "contact",
        sa.Column("given_name", sa.String(length=100), nullable=True),
        sa.Column("family_name", sa.String(length=100), nullable=True),
        sa.Column("name_zh", sa.String(length=100), nullable=True),
        sa.Column(
            "name_order",
            sa.Enum("given_first", "family_first", name="nameorder", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("pinyin", sa.String(length=400), nullable=True),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column(
            "preferred_language",
            sa.Enum("en", "zh", "other", name="language", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_family_name"), ["family_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_pinyin"), ["pinyin"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_contact_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "cooperation_item",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "workstream",
            sa.Enum(
                "research",
                "clinical",
                "translation",
                "industrialisation",
                "investment",
                "talent",
                "other",
                name="workstream",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "cadence",
            sa.Enum(
                "none",
                "monthly",
                "quarterly",
                "half_yearly",
                "yearly",
                name="reviewcadence",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_cooperation_item_agreement_id_agreement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_item")),
    )
    with op.batch_alter_table("cooperation_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperation_item_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cooperation_item_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "event_agreement",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_event_agreement_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_agreement_event_id_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_agreement")),
        sa.UniqueConstraint("event_id", "agreement_id", name=op.f("uq_event_agreement_event_id")),
    )
    with op.batch_alter_table("event_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_agreement_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_agreement_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_agreement_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "event_organisation",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_organisation_event_id_event")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_event_organisation_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_organisation")),
        sa.UniqueConstraint(
            "event_id", "organisation_id", name=op.f("uq_event_organisation_event_id")
        ),
    )
    with op.batch_alter_table("event_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_organisation_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_organisation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_organisation_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "interaction_organisation",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_organisation_interaction_id_interaction"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_interaction_organisation_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction_organisation")),
        sa.UniqueConstraint(
            "interaction_id",
            "organisation_id",
            name=op.f("uq_interaction_organisation_interaction_id"),
        ),
    )
    with op.batch_alter_table("interaction_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_organisation_interaction_id"),
            ["interaction_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_organisation_organisation_id"),
            ["organisation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_organisation_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "obligation",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_obligation_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff_member.id"], name=op.f("fk_obligation_owner_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation")),
    )
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_obligation_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_obligation_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_obligation_public_id"), ["public_id"], unique=True)

    op.create_table(
        "organisation_tag",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_tag_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organisation_tag_tag_id_tag")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_tag")),
        sa.UniqueConstraint(
            "organisation_id", "tag_id", name=op.f("uq_organisation_tag_organisation_id")
        ),
    )
    with op.batch_alter_table("organisation_tag", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_tag_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_tag_public_id"), ["public_id"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_organisation_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "affiliation",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_affiliation_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_affiliation_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_affiliation_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_affiliation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_affiliation_public_id"), ["public_id"], unique=True)

    op.create_table(
        "contact_email",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_email_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_email")),
    )
    with op.batch_alter_table("contact_email", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_email_address"), ["address"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_email_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_email_public_id"), ["public_id"], unique=True)

    op.create_table(
        "contact_phone",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_phone_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phone")),
    )
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_phone_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_phone_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_phone_public_id"), ["public_id"], unique=True)

    op.create_table(
        "contact_tag",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_tag_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], name=op.f("fk_contact_tag_tag_id_tag")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_tag")),
        sa.UniqueConstraint("contact_id", "tag_id", name=op.f("uq_contact_tag_contact_id")),
    )
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_tag_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_tag_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_contact_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "event_attendee",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_event_attendee_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_attendee_event_id_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_attendee")),
        sa.UniqueConstraint("event_id", "contact_id", name=op.f("uq_event_attendee_event_id")),
    )
    with op.batch_alter_table("event_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_attendee_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_attendee_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_attendee_public_id"), ["public_id"], unique=True)

    op.create_table(
        "interaction_contact",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_interaction_contact_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_contact_interaction_id_interaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction_contact")),
        sa.UniqueConstraint(
            "interaction_id", "contact_id", name=op.f("uq_interaction_contact_interaction_id")
        ),
    )
    with op.batch_alter_table("interaction_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_contact_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_contact_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_contact_public_id"), ["public_id"], unique=True
        )

    op.create_table(
        "signatory",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_signatory_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_signatory_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
        sa.UniqueConstraint("agreement_id", "contact_id", name=op.f("uq_signatory_agreement_id")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatory_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signatory_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signatory_public_id"), ["public_id"], unique=True)

    op.create_table(
        "task",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum("low", "normal", "high", name="taskpriority", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("open", "done", "cancelled", name="taskstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("cooperation_item_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_task_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["staff_member.id"], name=op.f("fk_task_assignee_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_task_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["cooperation_item_id"],
            ["cooperation_item.id"],
            name=op.f("fk_task_cooperation_item_id_cooperation_item"),
        ),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_task_event_id_event")),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interaction.id"], name=op.f("fk_task_interaction_id_interaction")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_task_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_task_cooperation_item_id"), ["cooperation_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_task_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_task_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_task_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_task_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_task_status"), ["status"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_status"))
        batch_op.drop_index(batch_op.f("ix_task_public_id"))
        batch_op.drop_index(batch_op.f("ix_task_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_task_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_task_event_id"))
        batch_op.drop_index(batch_op.f("ix_task_due_on"))
        batch_op.drop_index(batch_op.f("ix_task_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_task_cooperation_item_id"))
        batch_op.drop_index(batch_op.f("ix_task_contact_id"))
        batch_op.drop_index(batch_op.f("ix_task_assignee_id"))
        batch_op.drop_index(batch_op.f("ix_task_agreement_id"))

    op.drop_table("task")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_public_id"))
        batch_op.drop_index(batch_op.f("ix_signatory_contact_id"))
        batch_op.drop_index(batch_op.f("ix_signatory_agreement_id"))

    op.drop_table("signatory")
    with op.batch_alter_table("interaction_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_contact_public_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_contact_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_contact_contact_id"))

    op.drop_table("interaction_contact")
    with op.batch_alter_table("event_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_attendee_public_id"))
        batch_op.drop_index(batch_op.f("ix_event_attendee_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_attendee_contact_id"))

    op.drop_table("event_attendee")
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_tag_tag_id"))
        batch_op.drop_index(batch_op.f("ix_contact_tag_public_id"))
        batch_op.drop_index(batch_op.f("ix_contact_tag_contact_id"))

    op.drop_table("contact_tag")
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_phone_public_id"))
        batch_op.drop_index(batch_op.f("ix_contact_phone_number"))
        batch_op.drop_index(batch_op.f("ix_contact_phone_contact_id"))

    op.drop_table("contact_phone")
    with op.batch_alter_table("contact_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_email_public_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email_contact_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email_address"))

    op.drop_table("contact_email")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_public_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_contact_id"))

    op.drop_table("affiliation")
    with op.batch_alter_table("organisation_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_tag_tag_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_tag_public_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_tag_organisation_id"))

    op.drop_table("organisation_tag")
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_public_id"))
        batch_op.drop_index(batch_op.f("ix_obligation_due_on"))
        batch_op.drop_index(batch_op.f("ix_obligation_agreement_id"))

    op.drop_table("obligation")
    with op.batch_alter_table("interaction_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_organisation_public_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_organisation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_organisation_interaction_id"))

    op.drop_table("interaction_organisation")
    with op.batch_alter_table("event_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_organisation_public_id"))
        batch_op.drop_index(batch_op.f("ix_event_organisation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_event_organisation_event_id"))

    op.drop_table("event_organisation")
    with op.batch_alter_table("event_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_agreement_public_id"))
        batch_op.drop_index(batch_op.f("ix_event_agreement_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_agreement_agreement_id"))

    op.drop_table("event_agreement")
    with op.batch_alter_table("cooperation_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperation_item_public_id"))
        batch_op.drop_index(batch_op.f("ix_cooperation_item_agreement_id"))

    op.drop_table("cooperation_item")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_sort_name"))
        batch_op.drop_index(batch_op.f("ix_contact_public_id"))
        batch_op.drop_index(batch_op.f("ix_contact_pinyin"))
        batch_op.drop_index(batch_op.f("ix_contact_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_contact_family_name"))
        batch_op.drop_index(batch_op.f("ix_contact_deleted_at"))

    op.drop_table("contact")
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_party_public_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_party_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_party_agreement_id"))

    op.drop_table("agreement_party")
    with op.batch_alter_table("agreement_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_document_public_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_document_agreement_id"))

    op.drop_table("agreement_document")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_stage"))
        batch_op.drop_index(batch_op.f("ix_organisation_public_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_owner_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_deleted_at"))

    op.drop_table("organisation")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_public_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_interaction_deleted_at"))

    op.drop_table("interaction")
    with op.batch_alter_table("change_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_change_entry_record")
        batch_op.drop_index(batch_op.f("ix_change_entry_batch_id"))
        batch_op.drop_index(batch_op.f("ix_change_entry_at"))

    op.drop_table("change_entry")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_title"))
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_renewal_notice_on"))
        batch_op.drop_index(batch_op.f("ix_agreement_public_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_owner_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_expires_on"))
        batch_op.drop_index(batch_op.f("ix_agreement_deleted_at"))

    op.drop_table("agreement")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_public_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_event_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tag_public_id"))

    op.drop_table("tag")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_member_public_id"))

    op.drop_table("staff_member")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_public_id"))
        batch_op.drop_index(batch_op.f("ix_event_held_on"))
        batch_op.drop_index(batch_op.f("ix_event_deleted_at"))

    op.drop_table("event")
