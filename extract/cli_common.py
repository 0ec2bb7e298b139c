"""What every ``govfacts`` command shares: the ``--db`` option, opening the store, one-line
errors. The command modules (extract/cli_*.py) import this, never extract/cli.py, which
only gathers them into the ``govfacts`` group: no import circle.
"""
from __future__ import annotations

import sys

import click

from .terminal import echo

db_option = click.option("--db", envvar="GOVFACTS_DB", help="SQLAlchemy URL or SQLite path [default: govfacts.db].")


def err(msg: str) -> None:
    """One line on standard error, control characters shown, never wrapped."""
    echo(" ".join(str(msg).splitlines()), err=True)


def fail(msg: str, status: int = 1) -> None:
    """``govfacts: msg`` on standard error, then exit with ``status``."""
    err(f"govfacts: {msg}")
    sys.exit(status)


def open_store(db: str | None, *, create: bool = False):
    """The store at ``db``, or one line and exit 2 (missing, not a database, foreign)."""
    from govfacts.db.store import Store, StoreError

    try:
        return Store.open(db, create=create)
    except StoreError as exc:
        fail(str(exc), 2)


def database_failed(exc: Exception) -> None:
    """A database error during a query: its first line, exit 2."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    fail(f"the database failed ({reason})", 2)


def article_or_exit(store, ref: str):
    """The stored article ``ref`` names (id, id prefix or source path), or one line and exit 1."""
    from govfacts.db.queries import find_article

    row = find_article(store, ref)
    if row is None:
        fail(f"no stored article matches {ref!r}")
    return row
