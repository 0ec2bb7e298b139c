"""Facts: the document_ref fields the audit reads in SQL, as columns (commit 81ad992).

Stores written by 81ad992 before migrations already have them (it added them on open), so
each column is added only when missing; the values are then filled from ``facts.fields``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TYPES = {
    "issued_on": sa.String(length=10),
    "date_valid": sa.Boolean(),
    "number_year": sa.Integer(),
    "type_word": sa.String(length=64),
    "unknown_codes": sa.String(length=120),
}


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("facts")}
    missing = [name for name in TYPES if name not in have]
    if missing:
        with op.batch_alter_table("facts") as batch:
            for name in missing:
                batch.add_column(sa.Column(name, TYPES[name], nullable=True))
    _fill()


def _fill() -> None:
    """Copy the fields into the new columns (the rule lives in db.store.fact_columns)."""
    from govfacts.db.store import FACT_COLUMN_KINDS, fact_columns

    facts = sa.table("facts", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                     sa.column("fields", sa.JSON), *(sa.column(n, t) for n, t in TYPES.items()))
    conn = op.get_bind()
    rows = conn.execute(sa.select(facts.c.id, facts.c.kind, facts.c.fields)
                        .where(facts.c.kind.in_(sorted(FACT_COLUMN_KINDS)))).all()
    updates = [{"fid": i, **fact_columns(kind, fields or {})} for i, kind, fields in rows]
    if updates:
        conn.execute(facts.update().where(facts.c.id == sa.bindparam("fid"))
                     .values({n: sa.bindparam(n) for n in TYPES}), updates)


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        for name in reversed(list(TYPES)):
            batch.drop_column(name)
