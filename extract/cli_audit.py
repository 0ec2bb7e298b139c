"""``govfacts audit`` and ``govfacts documents``: what the stored articles cite, checked and listed.

``audit`` exits 0 when clean and 1 when a finding at or above ``--fail-on`` exists, so it can
gate a scraping job; a bad ``--db`` or a failing database is one line and exit 2.
"""
from __future__ import annotations

import json
import sys

import click

from .cli import _err, cli, db_option, echo_json_lines, open_store

_CONTEXT = 90  # characters of the sentence shown on each side of the quoted words


def _database_failed(exc: Exception) -> None:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    _err(f"govfacts: the database failed ({reason})")
    sys.exit(2)


def _in_sentence(quote: str, sentence: str) -> str:
    """The sentence around the quoted words, cut to a readable length, the words marked «»."""
    at = sentence.find(quote)
    if at < 0:
        return f"«{quote}»"
    left, right = sentence[:at], sentence[at + len(quote):]
    if len(left) > _CONTEXT:
        left = "…" + left[-_CONTEXT:].split(" ", 1)[-1]
    if len(right) > _CONTEXT:
        right = right[:_CONTEXT].rsplit(" ", 1)[0] + "…"
    return f"{left}«{quote}»{right}"


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table for reading; json: one finding per line.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit 1 when a finding at or above this level exists.")
def audit(db: str | None, fmt: str, fail_on: str) -> None:
    """Check every stored citation and meeting date; show each finding with its evidence.

    Impossible and conflicting issue dates, a number's year against its date, documents and
    meetings dated after the article, reviews held before their period, type words against
    codes, and codes outside the lexicons.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from govfacts.db.audit import LEVELS, at_or_above, run_audit

    store = open_store(db)
    try:
        findings = run_audit(store)
    except SQLAlchemyError as exc:
        _database_failed(exc)
    if fmt == "json":
        for f in findings:
            click.echo(json.dumps(f.to_json(), ensure_ascii=False))
    else:
        for f in findings:
            click.echo(f"{f.level.upper():<8} {f.code}  {f.subject}")
            click.echo(f"         {f.message}")
            for e in f.evidence:
                claim = f"  ({e.claim})" if e.claim else ""
                click.echo(f"         - {e.article_id}  {e.source}  [{e.start}:{e.end}]"
                           f"  article date {e.published or 'unknown'}{claim}")
                click.echo(f"           {_in_sentence(e.quote, e.sentence)}")
            click.echo("")
        counts = {lvl: sum(f.level == lvl for f in findings) for lvl in LEVELS}
        click.echo(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: "
                   + ", ".join(f"{counts[lvl]} {lvl}" for lvl in reversed(LEVELS)))
    if at_or_above(findings, fail_on):
        sys.exit(1)


@cli.command()
@click.argument("number", required=False)
@db_option
@click.option("--issuer", help="Issuer code (UBND, HĐND, TU, TTg; QĐ/QD alike) or words of its name (\"Quảng Nam\").")
@click.option("--type", "type_", help="Type code (QĐ, KH, NQ) or type word (\"Kế hoạch\").")
@click.option("--year", type=click.IntRange(0, 9999), help="The year in the number, else of the issue date.")
@click.option("--related", is_flag=True, help="With NUMBER: what carries it out, amends, replaces, guides it, "
              "and what it does to others, each with its sentence and dates.")
@click.option("--implements", "implements", metavar="NUMBER",
              help="Per place, the documents issued to carry out NUMBER, and the places without one.")
@click.option("--place", "places", multiple=True, help="With --implements: the places to answer for "
              "(repeatable; default: every place the store knows).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table for reading; json: one document per line, with every citing article.")
def documents(number: str | None, db: str | None, issuer: str | None, type_: str | None, year: int | None,
              related: bool, implements: str | None, places: tuple[str, ...], fmt: str) -> None:
    """List the cited documents: how often, by which articles, first and last citing article.

    With NUMBER --related, or --implements NUMBER: what was done with one document
    (extract/cli_relations.py).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from govfacts.db.queries import documents as query

    from .cli_relations import show_implementers, show_related

    if related or implements:
        if related and not number:
            raise click.UsageError("--related needs a document NUMBER")
        try:
            if implements:
                show_implementers(db, implements, places, fmt)
            else:
                show_related(db, number, fmt)
        except SQLAlchemyError as exc:
            _database_failed(exc)
        return
    if number or places:
        raise click.UsageError("a document NUMBER goes with --related; --place with --implements")
    store = open_store(db)
    try:
        rows = query(store, issuer=issuer, type_=type_, year=year)
    except SQLAlchemyError as exc:
        _database_failed(exc)
    if fmt == "json":
        echo_json_lines(rows)
        return
    if not rows:
        click.echo("no cited document matches")
        return
    for r in rows:
        dates = ", ".join(r["issued_on"]) or "no issue date given"
        click.echo(f"{r['canonical']}  {r['type_name'] or ''}  {r['issuer'] or 'issuer not given'}"
                   f"  ({r['year'] or 'year unknown'})")
        click.echo(f"    issued: {dates};  cited {r['citations']} time{'s' if r['citations'] > 1 else ''} "
                   f"in {r['articles']} article{'s' if r['articles'] > 1 else ''}")
        first, last = r["first"], r["last"]
        click.echo(f"    first: {first['published'] or 'undated'}  {first['article_id']}  {first['source']}")
        if last["article_id"] != first["article_id"]:
            click.echo(f"    last:  {last['published'] or 'undated'}  {last['article_id']}  {last['source']}")
    click.echo(f"\n{len(rows)} document{'s' if len(rows) != 1 else ''}")
