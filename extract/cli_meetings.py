"""``govfacts chairs``: who chaired which meeting, with the sentence that says so."""
from __future__ import annotations

import csv
import sys

import click

from .cli import cli, db_option, echo_json_lines, open_store
from .terminal import echo, shown


class _Shown:
    """A file whose writes are shown safely (extract/terminal.py): the CSV writer's target."""

    def __init__(self, f):
        self.f = f

    def write(self, text: str) -> int:
        return self.f.write(shown(text))


@cli.command()
@click.option("--person", help="Only meetings this person chaired (case and tone marks do not matter).")
@click.option("--place", help="Only meetings whose organiser, place or article names this place.")
@click.option("--since", help="Meetings on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Meetings on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
def chairs(person: str | None, place: str | None, since: str | None, until: str | None, db: str | None,
           fmt: str) -> None:
    """Meetings and who chaired them, in date order.

    Each meeting shows its day, what it was, the organiser, the chair with the role, the
    article and the sentence naming the chair. A meeting whose article names no chair is
    listed with "chair not named" (unless --person is given).
    """
    from govfacts.db.meetings import QueryError, chairs as query

    store = open_store(db)
    try:
        rows = query(store, person=person, place=place, since=since, until=until)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from None
    if fmt == "json":
        echo_json_lines(rows)
        return
    if fmt == "csv":
        w = csv.writer(_Shown(sys.stdout))
        w.writerow(["date", "event_type", "topic", "organizer", "place", "chair", "chair_role", "article_id",
                    "source", "quote"])
        for r in rows:
            for c in r["chairs"] or [{"name": "", "role": ""}]:
                w.writerow([r["date"] or "", r["event_type"] or "", r["topic"] or "", r["organizer"] or "",
                            r["place"] or "", c["name"], c["role"], r["article_id"], r["source"], r["quote"]])
        return
    if not rows:
        echo("no stored meeting matches")
        return
    for r in rows:
        day = r["date"] or "day not given"
        if r["part_of_day"] and r["date"]:
            day += f" ({r['part_of_day']})"
        what = " — ".join(x for x in (r["event_type"], r["topic"]) if x)
        echo(f"{day}  {what}{'  [trực tuyến]' if r['online'] else ''}")
        org = r["organizer"] or "not given"
        if r["place"] and (not r["organizer"] or r["place"] not in r["organizer"]):
            org += f" ({r['place']})"
        echo(f"    organiser: {org}")
        if r["chairs"]:
            for c in r["chairs"]:
                echo(f"    chair:     {c['name']}" + (f", {c['role']}" if c["role"] else ""))
        else:
            echo("    chair:     not named")
        echo(f"    article:   {r['article_id']}  {r['source']}")
        echo(f"    «{' '.join(r['quote'].split())}»\n")
