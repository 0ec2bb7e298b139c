"""``govfacts documents N --related``, ``documents --implements N --place …`` and ``govfacts posts``.

    govfacts documents 16-NQ/TU --related          what carries it out, amends, replaces it …
    govfacts documents --implements 16-NQ/TU --place "Tây Sơn" --place "Hoài Ân"
    govfacts posts --place "Phú Ninh"              each post, who held it, first and last day

Queries are in db/relations.py and db/posts.py; this module only prints them.
"""
from __future__ import annotations

import sys

import click

from .cli import cli, db_option, echo_json_lines, open_store


def _dates(r) -> str:
    return (f"{r.from_} issued {r.from_issued_on or 'date not given'}; "
            f"{r.to} issued {r.to_issued_on or 'date not given'}")


def show_related(db: str | None, number: str, fmt: str) -> None:
    """Print the relations of one document, those done to it first."""
    from govfacts.db.relations import PASSIVE, related

    rows = related(open_store(db), number)
    if fmt == "json":
        echo_json_lines(r.to_json() for r in rows)
        return
    if not rows:
        click.echo(f"no stored sentence relates {number} to another document")
        return
    for r in rows:
        what = f"{PASSIVE[r.type]} {r.from_}" if r.direction == "in" else f"{r.type} {r.to}"
        click.echo(f"{what}   ({_dates(r)})")
        click.echo(f"    {r.article_id}  {r.source}  (article date {r.published or 'unknown'})  [{r.rule}]")
        click.echo(f"    «{r.sentence}»")
    click.echo(f"\n{len(rows)} relation{'s' if len(rows) != 1 else ''}")


def show_implementers(db: str | None, number: str, places: tuple[str, ...], fmt: str) -> None:
    """Print, per place, the documents carrying ``number`` out; then the places without one."""
    from govfacts.db.relations import implementers

    answers = implementers(open_store(db), number, list(places) or None)
    if fmt == "json":
        echo_json_lines(a.to_json() for a in answers)
        return
    issued = [a for a in answers if a.documents]
    missing = [a.place for a in answers if not a.documents]
    for a in issued:
        click.echo(a.place)
        for r in a.documents:
            click.echo(f"    {r.from_}  issued {r.from_issued_on or 'date not given'}  ({r.from_issuer or 'issuer not given'})"
                       f"  cites {r.to} as issued {r.to_issued_on or 'date not given'}")
            click.echo(f"        {r.article_id}  {r.source}  «{r.quote}»")
    if missing:
        click.echo(f"\nno document carrying out {number} found for: {', '.join(missing)}")
    click.echo(f"\n{len(issued)} of {len(answers)} place{'s' if len(answers) != 1 else ''} issued one")


@cli.command()
@click.option("--place", required=True, help="The place (a province, district or commune name).")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def posts(place: str, db: str | None, fmt: str) -> None:
    """Each post at PLACE with who held it, the first and last day seen and the quoted words."""
    from govfacts.db.posts import posts_at

    found = posts_at(open_store(db), place)
    if fmt == "json":
        echo_json_lines(p.to_json() for p in found)
        return
    if not found:
        click.echo(f"no stored role at {place}")
        sys.exit(1)
    for p in found:
        click.echo(f"{p.label}" + ("  (one holder)" if p.one_holder else ""))
        for h in p.holders:
            seen = h.first_seen or "date unknown"
            if h.last_seen and h.last_seen != h.first_seen:
                seen += f" … {h.last_seen}"
            click.echo(f"    {h.name:<26} {seen}   ({len(h.seen)} mention{'s' if len(h.seen) != 1 else ''})")
            for s in h.seen[:3]:
                click.echo(f"        {s.seen_on or 'undated':<10}  «{s.quote}»  {s.article_id}  {s.source}")
            if len(h.seen) > 3:
                click.echo(f"        … {len(h.seen) - 3} more")
