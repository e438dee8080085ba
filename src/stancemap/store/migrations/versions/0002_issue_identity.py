"""issue identity by meaning: issue topics and vectors, claim topics, users' issue edits

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no table rebuild: the SQLite full-text triggers on claims stay)
    op.add_column('issues', sa.Column('topic', sa.String(length=64), nullable=True))
    op.add_column('issues', sa.Column('vector', sa.LargeBinary(), nullable=True))
    op.create_index('ix_issues_topic', 'issues', ['topic'])
    op.add_column('claims', sa.Column('topic', sa.String(length=64), nullable=True))
    op.create_table('issue_edits',
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('claim_id'),
    )


def downgrade() -> None:
    op.drop_table('issue_edits')
    with op.batch_alter_table('claims') as batch:
        batch.drop_column('topic')
    with op.batch_alter_table('issues') as batch:
        batch.drop_index('ix_issues_topic')
        batch.drop_column('vector')
        batch.drop_column('topic')
