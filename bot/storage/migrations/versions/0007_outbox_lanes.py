"""outbox order lanes: an outbound row for a case's place in a volunteer chat names that case in `place_case`

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rows written before have none: each of their chats stays one lane, as it was
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.add_column(sa.Column("place_case", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("message_log") as batch_op:
        batch_op.drop_column("place_case")
