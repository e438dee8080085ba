"""roll-ups per week of a month, and events per day

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('claim_week_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('week', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('last_claim', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id', 'week', 'stance_class'),
    )
    op.create_index('ix_claim_week_rollup_week', 'claim_week_rollup',
                    ['week', 'actor_id', 'issue_id', 'stance_class', 'n', 'last_day',
                     'last_claim'])
    op.create_table('issue_week_rollup',
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('week', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('issue_id', 'week', 'stance_class'),
    )
    op.create_index('ix_issue_week_rollup_week', 'issue_week_rollup',
                    ['week', 'issue_id', 'stance_class', 'n', 'last_day'])
    op.create_table('actor_week_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('week', sa.Date(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'week'),
    )
    op.create_index('ix_actor_week_rollup_week', 'actor_week_rollup',
                    ['week', 'actor_id', 'n'])
    op.create_table('event_day_rollup',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day'),
    )
    # fill every roll-up (these and 0005's) from what is stored. This runs the current
    # ``rollup.rebuild``: a later migration that changes roll-ups must fill them again
    from stancemap.store import rollup

    rollup.rebuild(op.get_bind())


def downgrade() -> None:
    for table in ('event_day_rollup', 'actor_week_rollup', 'issue_week_rollup',
                  'claim_week_rollup'):
        op.drop_table(table)
