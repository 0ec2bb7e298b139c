"""``govfacts scores``: each unit's index scores, ranks and ratings by year, with the sentence."""
from __future__ import annotations

import click

from .cli_common import db_option, open_store
from .cli_output import Column, emit, query_command


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


def _rating(x: dict) -> str:
    return (f"{x['previous_level']} → " if x.get("previous_level") else "") + x["level"]


COLUMNS = [Column("subject"), Column("level"), Column("year"), Column("index"), Column("score"), Column("rank"),
           Column("rating"), Column("published"), Column("article_id"), Column("source", cut="name"),
           Column("sentence", around="quote")]


def score_row(r: dict) -> dict:
    """One unit, index and year of one article on one row; the sentences joined."""
    quotes = [x["quote"] for k in ("scores", "rankings", "ratings") for x in r[k] if x.get("quote")]
    return {**r, "score": [_score(s) for s in r["scores"]], "rank": [_rank(x) for x in r["rankings"]],
            "rating": [_rating(x) for x in r["ratings"]], "sentence": " … ".join(r["sentences"]),
            "quote": quotes[0] if quotes else ""}


@click.command()
@click.option("--index", "index", help="Only this index: PAR, SIPAS, PAPI, PCI, DDCI, DTI, ICT, or its name.")
@click.option("--place", help="Only units whose name holds these words (case and tone marks do not matter).")
@click.option("--year", help="Only results for this year (the year measured, not the article's).")
@db_option
@query_command
def scores(index: str | None, place: str | None, year: str | None, db: str | None, fmt: str,
           limit: int | None) -> None:
    """Each unit's scores, ranks and ratings on the reform indexes, by year.

    One result a unit, index and year in each article, with the article and the sentences
    the results come from, so one district can be followed across years.
    """
    from govfacts.db.scores import QueryError
    from govfacts.db.scores import scores as query

    store = open_store(db)
    try:
        rows = query(store, index=index, place=place, year=year)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from None
    emit(rows, fmt=fmt, limit=limit, columns=COLUMNS, rows=lambda r: [score_row(r)],
         none="no stored score, rank or rating matches")
