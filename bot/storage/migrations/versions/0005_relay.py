"""relay: a case's conversation, feedback and first reply on cases, outbound rows tied to a case

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("comment", sa.String(length=2000), nullable=True))
        batch_op.add_column(sa.Column("feedback", sa.String(length=16), nullable=True))
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_message_log_case_id", ["case_id"])
        batch_op.create_index("ix_message_sent", ["platform", "chat_id", "external_id"])
    op.create_table(
        "case_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("author", sa.String(length=16), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_message_case_id", "case_message", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_message_case_id", table_name="case_message")
    op.drop_table("case_message")
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.drop_index("ix_message_sent")
        batch_op.drop_index("ix_message_log_case_id")
        batch_op.drop_column("case_id")
    with op.batch_alter_table("cases") as batch_op:
        for column in ("feedback", "comment", "rating", "first_reply_at"):
            batch_op.drop_column(column)
