"""``govfacts scores``: each unit's index scores, ranks and ratings by year, with the sentence."""
from __future__ import annotations


import click

from .cli import cli, db_option, echo_json_lines, open_store


def _num(x) -> str:
    if x is None:
        return ""
    return f"{x:g}" if isinstance(x, float) else str(x)


def _signed(x) -> str:
    return f" ({'+' if x > 0 else ''}{_num(x)})" if x not in (None, 0) else ""


def _score(s: dict) -> str:
    top = f"/{_num(s['max'])}" if s["max"] is not None else ""
    unit = "%" if s["unit"] == "%" else f" {s['unit']}"
    return f"{_num(s['value'])}{top}{unit}{_signed(s['change'])}"


def _rank(r: dict) -> str:
    total = f"/{r['out_of']}" if r["out_of"] is not None else ""
    group = f" {r['group']}" if r.get("group") else ""
    return f"{r['rank']}{total}{group}{_signed(r['change'])}"


@cli.command()
@click.option("--index", "index", help="Only this index: PAR, SIPAS, PAPI, PCI, DDCI, DTI, ICT, or its name.")
@click.option("--place", help="Only units whose name holds these words (case and tone marks do not matter).")
@click.option("--year", help="Only results for this year (the year measured, not the article's).")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def scores(index: str | None, place: str | None, year: str | None, db: str | None, fmt: str) -> None:
    """Each unit's scores, ranks and ratings on the reform indexes, by year.

    One block per unit, one line per index and year in each article, then the article and
    the sentences the results come from, so one district can be followed across years.
    """
    from govfacts.db.scores import QueryError
    from govfacts.db.scores import scores as query

    store = open_store(db)
    try:
        rows = query(store, index=index, place=place, year=year)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from None
    if fmt == "json":
        echo_json_lines(rows)
        return
    if not rows:
        click.echo("no stored score, rank or rating matches")
        return
    unit = None
    for r in rows:
        if (r["name"], r["level"]) != unit:
            unit = (r["name"], r["level"])
            click.echo(("\n" if r is not rows[0] else "") + (r["subject"] or "(unit not named)"))
        parts = []
        if r["scores"]:
            parts.append("score " + ", ".join(_score(s) for s in r["scores"]))
        if r["rankings"]:
            parts.append("rank " + ", ".join(_rank(x) for x in r["rankings"]))
        if r["ratings"]:
            parts.append("rating " + ", ".join((f"{x['previous_level']} → " if x.get("previous_level") else "")
                                               + x["level"] for x in r["ratings"]))
        click.echo(f"  {r['year'] or '????'}  {r['index'] or '?':<6} " + ";  ".join(parts))
        click.echo(f"        {r['article_id']}  {r['source']}  (article date {r['published'] or 'unknown'})")
        for sentence in r["sentences"]:
            click.echo(f"        «{sentence}»")
