"""PostgreSQL: fd_refuse_unless(ok, why), for a turn's commit written as one statement: it raises a serialization
failure (SQLSTATE 40001) with `why` unless `ok`, and PostgreSQL then undoes the whole statement (a conversation
changed underneath, events processed by another worker). SQLite has nothing to add.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE OR REPLACE FUNCTION fd_refuse_unless(ok boolean, why text) RETURNS boolean
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            IF ok IS NOT TRUE THEN
                RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = why;
            END IF;
            RETURN true;
        END
        $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS fd_refuse_unless(boolean, text)")
