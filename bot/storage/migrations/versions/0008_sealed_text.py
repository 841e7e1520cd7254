"""a case's closing comment and an evidence file's name are text without a length limit: sealed
(DATA_ENCRYPTION_KEY) they are longer than typed

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.alter_column("comment", type_=sa.Text(), existing_type=sa.String(length=2000), existing_nullable=True)
    with op.batch_alter_table("evidence") as batch_op:
        batch_op.alter_column("filename", type_=sa.Text(), existing_type=sa.String(length=255), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch_op:
        batch_op.alter_column("filename", type_=sa.String(length=255), existing_type=sa.Text(), existing_nullable=False)
    with op.batch_alter_table("cases") as batch_op:
        batch_op.alter_column("comment", type_=sa.String(length=2000), existing_type=sa.Text(), existing_nullable=True)
