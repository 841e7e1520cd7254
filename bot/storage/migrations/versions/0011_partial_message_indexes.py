"""three indexes of the message table become partial, holding only the rows their queries look for: a desk's events
not processed yet, the outbound rows about a case (by platform id, for a volunteer's reply that quotes one), and the
rows about a case; a victim's message and a reply outside a relay no longer cost an entry in any of them

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

DESK_PENDING = "direction = 'in' AND scope = 'desk' AND processed_at IS NULL"
ABOUT_A_CASE_OUT = "direction = 'out' AND case_id IS NOT NULL"
WITH_CASE = "case_id IS NOT NULL"


def _partial(where: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(where), "postgresql_where": sa.text(where)}


def upgrade() -> None:
    op.drop_index("ix_message_desk_pending", table_name="message_log")
    op.create_index("ix_message_desk_pending", "message_log", ["platform", "chat_id", "id"], **_partial(DESK_PENDING))
    op.drop_index("ix_message_sent", table_name="message_log")
    op.create_index("ix_message_about_case", "message_log", ["platform", "chat_id", "external_id"],
                    **_partial(ABOUT_A_CASE_OUT))
    op.drop_index("ix_message_log_case_id", table_name="message_log")
    op.create_index("ix_message_case", "message_log", ["case_id"], **_partial(WITH_CASE))


def downgrade() -> None:
    op.drop_index("ix_message_case", table_name="message_log")
    op.create_index("ix_message_log_case_id", "message_log", ["case_id"])
    op.drop_index("ix_message_about_case", table_name="message_log")
    op.create_index("ix_message_sent", "message_log", ["platform", "chat_id", "external_id"])
    op.drop_index("ix_message_desk_pending", table_name="message_log")
    op.create_index("ix_message_desk_pending", "message_log", ["scope", "platform", "chat_id", "processed_at"])
