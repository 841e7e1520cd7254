"""indicators of compromise found in what victims wrote, per case

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=512), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("case_id", "kind", "value", name="uq_indicator"),
    )
    op.create_index("ix_indicator_case_id", "indicator", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_indicator_case_id", table_name="indicator")
    op.drop_table("indicator")
