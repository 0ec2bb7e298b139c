"""Writing one row the way every writer may at once: cut to its columns, inserted unless
another writer already did (the store's articles and documents, db/people.py's persons)."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import String, bindparam, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError


@lru_cache(maxsize=None)
def column_lengths(table) -> dict[str, int]:
    return {c.name: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length}


def fit(table, values: dict) -> dict:
    """``values`` with each string cut to its column's length: PostgreSQL refuses a longer
    one and SQLite stores it whole, so both store the cut one (a 182-character number).
    ``values`` itself when nothing is too long (a copy otherwise)."""
    lengths = column_lengths(table)
    long = [k for k, n in lengths.items() if isinstance(values.get(k), str) and len(values[k]) > n]
    if not long:
        return values
    values = dict(values)
    for k in long:
        values[k] = values[k][:lengths[k]]
    return values


@lru_cache(maxsize=256)
def _insert_statement(dialect: str, table, columns: tuple[str, ...], unique: tuple[str, ...] | None):
    """One INSERT ... ON CONFLICT DO NOTHING RETURNING per table and column set, built once:
    building and caching a statement with the values inside cost more than running it."""
    pk = table.primary_key.columns.values()[0]
    stmt = (pg_insert if dialect == "postgresql" else sqlite_insert)(table).values(
        {c: bindparam(c, type_=table.c[c].type) for c in columns})
    return stmt.on_conflict_do_nothing(index_elements=list(unique) if unique else None).returning(pk)


@lru_cache(maxsize=256)
def _select_statement(table, unique: tuple[str, ...]):
    pk = table.primary_key.columns.values()[0]
    return select(pk).where(*(table.c[col] == bindparam(f"u_{col}", type_=table.c[col].type) for col in unique))


def insert_new(conn: Connection, model, values: dict, unique: tuple[str, ...] | None = None):
    """INSERT one row unless it would repeat a unique key (``unique``; None: any); the new
    row's primary key, or None when the row was there.  PostgreSQL and SQLite do it in one
    statement (ON CONFLICT DO NOTHING); other databases with a savepoint."""
    dialect = conn.dialect.name
    table = model.__table__  # Core, not the ORM's bulk-insert layer: half the cost per row
    values = fit(table, values)
    if dialect in ("postgresql", "sqlite"):
        stmt = _insert_statement(dialect, table, tuple(values), tuple(unique) if unique else None)
        return conn.execute(stmt, values).scalar()
    try:
        with conn.begin_nested():
            return conn.execute(insert(table).values(**values)).inserted_primary_key[0]
    except IntegrityError:
        return None


def shared_row_id(conn: Connection, model, values: dict, unique: tuple[str, ...]) -> int:
    """The id of the row of ``model`` with these ``unique`` values, inserting ``values`` unless
    another writer (or an earlier article) already did: a cited document, a person."""
    table = model.__table__
    values = fit(table, values)
    new = insert_new(conn, model, values, unique=unique)
    if new is not None:
        return new
    return conn.execute(_select_statement(table, tuple(unique)),
                                  {f"u_{col}": values[col] for col in unique}).scalar()
