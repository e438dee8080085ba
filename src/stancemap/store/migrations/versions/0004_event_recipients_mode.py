"""events keep their PLOVER recipients and mode (contract additions the store dropped)

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no table rebuild: the SQLite full-text triggers on events stay);
    # events stored before this read as having no recipients and no mode
    op.add_column('events', sa.Column('recipients', sa.JSON(), nullable=True))
    op.add_column('events', sa.Column('mode', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('mode')
        batch.drop_column('recipients')
