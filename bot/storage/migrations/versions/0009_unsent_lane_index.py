"""the outbox as a partial index of the replies still to send, by order lane: asking whether a lane has a reply
waiting reads that lane's few unsent rows instead of every unsent row, and a message received, or a reply once
sent, no longer costs an entry in the outbox index

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UNSENT_OUT = "direction = 'out' AND sent_at IS NULL AND failed_at IS NULL"


def upgrade() -> None:
    op.create_index("ix_message_unsent_lane", "message_log", ["platform", "chat_id", "place_case", "id"],
                    sqlite_where=sa.text(UNSENT_OUT), postgresql_where=sa.text(UNSENT_OUT))
    op.drop_index("ix_message_outbox", table_name="message_log")


def downgrade() -> None:
    op.create_index("ix_message_outbox", "message_log", ["direction", "sent_at", "lease_until"])
    op.drop_index("ix_message_unsent_lane", table_name="message_log")
