"""volunteers, escalation chains, case places in volunteer chats; triage reasons and claims on cases

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "volunteer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=64), nullable=False, unique=True),
        sa.Column("telegram_id", sa.String(length=64), nullable=True, unique=True),
        sa.Column("discord_id", sa.String(length=64), nullable=True, unique=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("on_call", sa.Boolean(), nullable=False),
        sa.Column("shifts", sa.JSON(), nullable=False),
        sa.Column("invite_hash", sa.String(length=64), nullable=True),
        sa.Column("invite_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_volunteer_invite_hash", "volunteer", ["invite_hash"])
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("reasons", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column("platform", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key("fk_cases_claimed_by_volunteer", "volunteer", ["claimed_by"], ["id"])
    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False, unique=True),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_escalation_due", "escalation", ["state", "due_at"])
    op.create_table(
        "case_place",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("chat_id", sa.String(length=128), nullable=False),
        sa.Column("thread_id", sa.String(length=128), nullable=True),
        sa.Column("card_message_id", sa.String(length=128), nullable=True),
        sa.UniqueConstraint("case_id", "platform", "chat_id", name="uq_case_place"),
    )
    op.create_index("ix_case_place_case_id", "case_place", ["case_id"])


def downgrade() -> None:
    op.drop_table("case_place")
    op.drop_table("escalation")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_constraint("fk_cases_claimed_by_volunteer", type_="foreignkey")
        for column in ("resolved_at", "escalated_at", "claimed_at", "claimed_by", "platform", "reasons"):
            batch_op.drop_column(column)
    op.drop_index("ix_volunteer_invite_hash", table_name="volunteer")
    op.drop_table("volunteer")
