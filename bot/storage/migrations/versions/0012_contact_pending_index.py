"""a person's messages not processed yet get a partial index of their own, (contact, id) over the unprocessed
inbound rows, and everything about a person a plain index by contact: a turn's load found its rows through
(contact, processed_at) over every row, and PostgreSQL, planning while the table was empty, preferred to read the
whole of uq_message_inbound and filter by contact, a plan it kept as the table grew

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CONTACT_PENDING = "direction = 'in' AND processed_at IS NULL"


def upgrade() -> None:
    op.drop_index("ix_message_contact_pending", table_name="message_log")
    op.create_index("ix_message_contact", "message_log", ["contact_id"])
    op.create_index("ix_message_contact_pending", "message_log", ["contact_id", "id"],
                    sqlite_where=sa.text(CONTACT_PENDING), postgresql_where=sa.text(CONTACT_PENDING))


def downgrade() -> None:
    op.drop_index("ix_message_contact_pending", table_name="message_log")
    op.drop_index("ix_message_contact", table_name="message_log")
    op.create_index("ix_message_contact_pending", "message_log", ["contact_id", "processed_at"])
