"""Facts: drop the indexes on ``article_id`` and on ``kind`` alone.

Each is the leading column of another index of the table (``uq_fact`` on article_id,
local_id; ``ix_facts_kind_value`` on kind, value), which serves the same lookups, so they
only cost every fact written an index entry twice over.  A store that has lost them already
is left as it is.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REDUNDANT = {"ix_facts_article_id": ["article_id"], "ix_facts_kind": ["kind"]}


def _have() -> set[str]:
    return {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("facts")}


def upgrade() -> None:
    for name in sorted(set(REDUNDANT) & _have()):
        op.drop_index(name, table_name="facts")


def downgrade() -> None:
    for name in sorted(set(REDUNDANT) - _have()):
        op.create_index(name, "facts", REDUNDANT[name])
