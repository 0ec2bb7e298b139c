"""The one bound on what a query filters by: names, places, issuers, titles, document numbers.

A filter value is typed by a person (or pasted from a page); the longest a store holds is a
body's full name of a hundred-odd characters.  A 40,000-character value made SQLite refuse
the LIKE ("pattern too complex") and the word matches in Python run for a minute, so every
query function of db/ passes its filter values through :func:`bounded` first and a longer one
is refused before any row is read.

:class:`FilterTooLong` is a ``ValueError`` and a ``click.ClickException`` with exit status 2,
so every command shows it as the same one ``Error:`` line, never a traceback, whether or not
the command catches :class:`QueryError` (the other bad values: a date, an index, a year).
"""
from __future__ import annotations

import click

MAX_FILTER_CHARS = 200


class QueryError(ValueError):
    """A filter value the query cannot use; ``str`` is one line for the user."""


class FilterTooLong(ValueError, click.ClickException):
    """A filter value over :data:`MAX_FILTER_CHARS`: the caller's usage error (exit 2)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)
        click.ClickException.__init__(self, message)


def bounded(value: str | None, option: str) -> str | None:
    """``value`` unchanged, or :class:`FilterTooLong` naming ``option`` ("--issuer", "NAME")."""
    if value is not None and len(value) > MAX_FILTER_CHARS:
        raise FilterTooLong(f"{option} is {len(value):,} characters long; a filter value holds at most "
                            f"{MAX_FILTER_CHARS} characters")
    return value
