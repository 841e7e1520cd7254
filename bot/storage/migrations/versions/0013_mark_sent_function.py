"""PostgreSQL: fd_mark_sent(ids, external_ids, moments), the sent marks of several replies in one statement, each
as one mark alone (the row found by its primary key; an ephemeral one deleted). Written as one UPDATE joined to
`unnest`, the plan PostgreSQL keeps, made on a new table, read the whole table at every call. SQLite has nothing
to add.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE OR REPLACE FUNCTION fd_mark_sent(ids integer[], external_ids text[], moments timestamptz[])
        RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
        DECLARE
            marked integer := 0;
            gone boolean;
        BEGIN
            FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP
                UPDATE message_log SET sent_at = moments[i], external_id = external_ids[i], lease_until = NULL
                    WHERE id = ids[i] RETURNING ephemeral INTO gone;
                IF FOUND THEN
                    marked := marked + 1;
                    IF gone THEN
                        DELETE FROM message_log WHERE id = ids[i];
                    END IF;
                END IF;
            END LOOP;
            RETURN marked;
        END
        $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS fd_mark_sent(integer[], text[], timestamptz[])")
