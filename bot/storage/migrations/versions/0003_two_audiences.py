"""two audiences: desk events in the inbox (scope), threads, and case numbers that are never reused

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=16), nullable=False, server_default="contact"))
        batch_op.add_column(sa.Column("thread_id", sa.String(length=128), nullable=True))
    op.create_index("ix_message_desk_pending", "message_log", ["scope", "platform", "chat_id", "processed_at"])
    counter = op.create_table(
        "counter",
        sa.Column("name", sa.String(length=32), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    # continue after the highest case id ever handed out (references used to be derived from it)
    highest = op.get_bind().execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM cases")).scalar_one()
    op.bulk_insert(counter, [{"name": "case", "value": int(highest)}])


def downgrade() -> None:
    op.drop_table("counter")
    op.drop_index("ix_message_desk_pending", table_name="message_log")
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.drop_column("thread_id")
        batch_op.drop_column("scope")
