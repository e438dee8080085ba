"""roll-ups: claim counts per actor, issue, day and stance class, kept at write time

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('claim_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_claim', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id', 'day', 'stance_class'),
    )
    # the day and month indexes hold every column a date range reads
    op.create_index('ix_claim_rollup_day', 'claim_rollup',
                    ['day', 'actor_id', 'issue_id', 'stance_class', 'n', 'last_claim'])
    op.create_index('ix_claim_rollup_issue', 'claim_rollup', ['issue_id', 'day'])
    op.create_table('actor_issue_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('last_claim', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id', 'stance_class'),
    )
    op.create_index('ix_actor_issue_rollup_issue', 'actor_issue_rollup', ['issue_id'])
    op.create_table('pair_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('min_stance', sa.String(length=8), nullable=False),
        sa.Column('max_stance', sa.String(length=8), nullable=False),
        sa.Column('min_conditions', sa.Text(), nullable=False),
        sa.Column('max_conditions', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id'),
    )
    op.create_table('issue_day_rollup',
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('issue_id', 'day', 'stance_class'),
    )
    op.create_index('ix_issue_day_rollup_day', 'issue_day_rollup',
                    ['day', 'issue_id', 'stance_class', 'n'])
    op.create_table('issue_rollup',
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('issue_id', 'stance_class'),
    )
    op.create_table('actor_day_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'day'),
    )
    op.create_index('ix_actor_day_rollup_day', 'actor_day_rollup', ['day', 'actor_id', 'n'])
    op.create_table('claim_month_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('last_claim', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id', 'month', 'stance_class'),
    )
    op.create_index('ix_claim_month_rollup_month', 'claim_month_rollup',
                    ['month', 'actor_id', 'issue_id', 'stance_class', 'n', 'last_day',
                     'last_claim'])
    op.create_table('issue_month_rollup',
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('issue_id', 'month', 'stance_class'),
    )
    op.create_index('ix_issue_month_rollup_month', 'issue_month_rollup',
                    ['month', 'issue_id', 'stance_class', 'n', 'last_day'])
    op.create_table('actor_month_rollup',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'month'),
    )
    op.create_index('ix_actor_month_rollup_month', 'actor_month_rollup',
                    ['month', 'actor_id', 'n'])
    op.create_table('article_stances',
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('published', sa.Date(), nullable=False),
        sa.Column('document_id', sa.String(length=64), nullable=False),
        sa.Column('stance_class', sa.String(length=16), nullable=False),
        sa.Column('conditions', sa.Text(), nullable=False),
        sa.Column('lead_claim', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('actor_id', 'issue_id', 'published', 'document_id'),
    )
    op.create_index('ix_article_stances_published', 'article_stances', ['published'])
    # the lists of the newest events (the overview's, an actor's) read in this order with
    # a LIMIT, also by convener: indexes that hold it, so they stop after the first rows
    op.create_index('ix_events_newest', 'events', [
        sa.text('(coalesce(date, published) IS NULL)'),
        sa.text('coalesce(date, published) DESC'), sa.text('id DESC')])
    op.create_index('ix_events_convener', 'events', ['convener_id'])
    op.create_index('ix_events_day', 'events', [sa.text('coalesce(date, published)')])
    # 0006 fills them (with the roll-ups it adds) from the claims already stored: the
    # current ``rollup.rebuild`` writes every roll-up, so it runs once they all exist


def downgrade() -> None:
    op.drop_index('ix_events_day', table_name='events')
    op.drop_index('ix_events_convener', table_name='events')
    op.drop_index('ix_events_newest', table_name='events')
    for table in ('article_stances', 'actor_month_rollup', 'issue_month_rollup',
                  'claim_month_rollup', 'actor_day_rollup', 'issue_rollup', 'issue_day_rollup',
                  'pair_rollup', 'actor_issue_rollup', 'claim_rollup'):
        op.drop_table(table)
