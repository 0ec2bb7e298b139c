"""``govfacts db``: the store's schema revision, and upgrading a store made by an older govfacts.

    govfacts db upgrade [--db URL]     bring the store to this govfacts' schema (migrations)
    govfacts db current [--db URL]     its revision and this govfacts' head, changing nothing
    govfacts db revision -m MESSAGE    (developers) write a migration for a change to db/models.py

``govfacts ingest`` upgrades an older store by itself; readers (``facts``, ``cites`` ...) refuse
one and name ``govfacts db upgrade``.  On a store shared by many writers, upgrade once
before starting them.
"""
from __future__ import annotations

import sys

import click

from .cli_common import err, open_store

DB_HELP = "SQLAlchemy URL or SQLite path [default: govfacts.db]."


@click.group()
def db() -> None:
    """The store's schema: revision, upgrade (migrations)."""


@db.command()
@click.option("--db", "url", envvar="GOVFACTS_DB", help=DB_HELP)
def upgrade(url: str | None) -> None:
    """Upgrade the store to this govfacts' schema (creating it if the database is empty)."""
    store = open_store(url, create=True)
    done = store.prepared
    if done.created:
        click.echo(f"created a store at revision {done.revision}")
    elif done.upgraded_from:
        click.echo(f"upgraded the store from revision {done.upgraded_from} to {done.revision}")
    else:
        click.echo(f"the store is at revision {done.revision}, this govfacts' head: nothing to do")


@db.command()
@click.option("--db", "url", envvar="GOVFACTS_DB", help=DB_HELP)
def current(url: str | None) -> None:
    """Show the store's schema revision and this govfacts' head, changing nothing."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from govfacts.db.migrations import current as revision_of
    from govfacts.db.migrations import head
    from govfacts.db.store import resolve_url

    full = resolve_url(url)
    try:
        engine = create_engine(full)
        with engine.connect() as conn:
            have = revision_of(conn)
        engine.dispose()
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        err(f"govfacts: cannot read the store's revision ({str(exc).splitlines()[0]})")
        sys.exit(2)
    want = head()
    state = "up to date" if have == want else ("not a govfacts store" if have is None else "run 'govfacts db upgrade'")
    click.echo(f"store: {have or 'none'}  head: {want}  ({state})")


@db.command()
@click.option("-m", "--message", required=True, help="What changed in db/models.py, in a few words.")
def revision(message: str) -> None:
    """Write db/migrations/versions/NNNN_<message>.py for what db/models.py adds to the head."""
    from govfacts.db.migrations import new_revision

    path = new_revision(message)
    click.echo(f"written: {path}" if path else "the models match the head revision: no migration needed")
