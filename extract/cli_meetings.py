"""``govfacts chairs``: who chaired which meeting, with the sentence that says so."""
from __future__ import annotations

import click

from .cli_common import db_option, open_store
from .cli_output import Column, emit, query_command

COLUMNS = [Column("date"), Column("event_type"), Column("topic"), Column("organizer"), Column("place", table=False),
           Column("chair"), Column("chair_role"), Column("part_of_day", table=False), Column("online", table=False),
           Column("article_id", table=False),
           Column("source", cut="name"), Column("quote", around="chair")]


def meeting_row(r: dict) -> dict:
    """One meeting on one row; several chairs are one cell each for names and roles ("a; b")."""
    return {**r, "chair": [c["name"] for c in r["chairs"]] or None, "chair_role": [c["role"] for c in r["chairs"]]}


@click.command()
@click.option("--person", help="Only meetings this person chaired (case and tone marks do not matter).")
@click.option("--place", help="Only meetings whose organiser, place or article names this place.")
@click.option("--since", help="Meetings on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Meetings on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")
@db_option
@query_command
def chairs(person: str | None, place: str | None, since: str | None, until: str | None, db: str | None,
           fmt: str, limit: int | None) -> None:
    """Meetings and who chaired them, in date order.

    Each meeting shows its day, what it was, the organiser, the chair with the role, the
    article and the sentence naming the chair. A meeting whose article names no chair is
    listed with no chair (unless --person is given).
    """
    from govfacts.db.meetings import QueryError, chairs as query

    store = open_store(db)
    try:
        rows = query(store, person=person, place=place, since=since, until=until)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from None
    emit(rows, fmt=fmt, limit=limit, columns=COLUMNS, rows=lambda r: [meeting_row(r)],
         none="no stored meeting matches")
