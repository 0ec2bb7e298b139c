"""``govfacts person`` and ``govfacts officials``: people and their roles across the stored corpus.

    govfacts person "Trầm Quế Hương"            her roles over time, each with article, date, words
    govfacts officials --place "Tiên Phước"     who held which role there, first and last seen
    govfacts officials --title "chủ tịch" --org "ủy ban nhân dân"

Names and places match without regard to case or tone placement (Hòa/Hoà), and without
marks when typed without them ("Tien Phuoc").  Queries are in db/people.py.
"""
from __future__ import annotations

import json
import sys

import click

from .cli import cli, db_option, open_store


@cli.command()
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def person(name: str, db: str | None, fmt: str) -> None:
    """The roles of the person NAME over time, with the article, date and words of each."""
    from govfacts.db.people import person_history

    store = open_store(db)
    found = person_history(store, name)
    if fmt == "json":
        for p in found:
            click.echo(json.dumps(p.to_json(), ensure_ascii=False))
        return
    if not found:
        click.echo(f"no stored article names {name}")
        sys.exit(1)
    for p in found:
        click.echo(f"{p.name}" + (f"  ({p.place})" if p.place else ""))
        for r in p.roles:
            role = f"{r.title} / {r.org}" if r.title else "named, no role"
            where = f" @ {r.place}" if r.place else ""
            click.echo(f"  {r.seen_on or 'date unknown':<12} {role}{where}")
            click.echo(f"  {'':<12} «{r.quote}»  {r.article_id} {r.fact or ''}  {r.source}")
        click.echo("")


@cli.command()
@click.option("--place", help="Roles at this place (a province, district or commune name).")
@click.option("--title", help="Roles whose title has these words (e.g. 'chủ tịch').")
@click.option("--org", help="Roles whose body has these words (e.g. 'ủy ban nhân dân').")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def officials(place: str | None, title: str | None, org: str | None, db: str | None, fmt: str) -> None:
    """Who held which role when, from the stored articles."""
    from govfacts.db.people import officials_at

    store = open_store(db)
    rows = officials_at(store, place=place, title=title, org=org)
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r.to_json(), ensure_ascii=False))
        return
    if not rows:
        click.echo("no stored role matches")
        return
    for r in rows:
        seen = r.first_seen or "date unknown"
        if r.last_seen and r.last_seen != r.first_seen:
            seen += f" … {r.last_seen}"
        role = f"{r.title} / {r.org}" if r.org else r.title
        click.echo(f"{r.place or '-':<16} {role:<48} {r.name:<24} {seen}  "
                   f"({len(r.articles)} article{'s' if len(r.articles) > 1 else ''})")
