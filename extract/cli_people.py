"""``govfacts person`` and ``govfacts officials``: people and their roles across the stored corpus.

    govfacts person "Trầm Quế Hương"            her roles over time, each with article, date, words
    govfacts officials --place "Tiên Phước"     who held which role there, first and last seen
    govfacts officials --title "chủ tịch" --org "ủy ban nhân dân"

Names and places match without regard to case or tone placement (Hòa/Hoà), and without
marks when typed without them ("Tien Phuoc").  Queries are in db/people.py.
"""
from __future__ import annotations

import click

from .cli_common import db_option, open_store
from .cli_output import Column, emit, query_command

PERSON_COLUMNS = [Column("name"), Column("seen_on"), Column("title"), Column("org"), Column("place"),
                  Column("article_id"), Column("fact"), Column("source", cut="name"), Column("quote", cut="none")]


def _role_rows(p) -> list[dict]:
    return [{**r.to_json(), "name": p.name, "place": r.place or p.place} for r in p.roles] or \
        [{"name": p.name, "place": p.place}]


@click.command()
@click.argument("name")
@db_option
@query_command
def person(name: str, db: str | None, fmt: str, limit: int | None) -> None:
    """The roles of the person NAME over time, with the article, date and words of each.

    One result a person of that name (a table row a role; json: the person with its roles).
    """
    from govfacts.db.people import person_history

    emit(person_history(open_store(db), name), fmt=fmt, limit=limit, columns=PERSON_COLUMNS, rows=_role_rows,
         as_json=lambda p: p.to_json(), none=f"no stored article names {name}")


OFFICIAL_COLUMNS = [Column("place"), Column("title"), Column("org"), Column("name"), Column("first_seen"),
                    Column("last_seen"), Column("articles"), Column("quote", cut="none")]


@click.command()
@click.option("--place", help="Roles at this place (a province, district or commune name).")
@click.option("--title", help="Roles whose title has these words (e.g. 'chủ tịch').")
@click.option("--org", help="Roles whose body has these words (e.g. 'ủy ban nhân dân').")
@db_option
@query_command
def officials(place: str | None, title: str | None, org: str | None, db: str | None, fmt: str,
              limit: int | None) -> None:
    """Who held which role when, from the stored articles (articles: how many say so)."""
    from govfacts.db.people import officials_at

    emit(officials_at(open_store(db), place=place, title=title, org=org), fmt=fmt, limit=limit,
         columns=OFFICIAL_COLUMNS, rows=lambda r: [{**r.to_json(), "articles": len(r.articles)}],
         as_json=lambda r: r.to_json(), none="no stored role matches")
