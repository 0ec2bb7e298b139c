"""``govfacts audit`` and ``govfacts documents``: what the stored articles cite, checked and listed.

``audit`` exits 0 when clean and 1 when a finding at or above ``--fail-on`` exists, so it can
gate a scraping job; a bad ``--db`` or a failing database is one line and exit 2.
"""
from __future__ import annotations

import sys

import click

from .cli_common import database_failed, db_option, open_store
from .cli_output import Column, emit, query_command

AUDIT_COLUMNS = [Column("level"), Column("code"), Column("subject"), Column("message"), Column("claim"),
                 Column("published", table=False), Column("article_id"), Column("source", cut="name"),
                 Column("start", table=False), Column("end", table=False), Column("sentence", around="quote")]


def finding_rows(f) -> list[dict]:
    """A row per piece of evidence of a finding (one bare row when it has none)."""
    head = {"level": f.level, "code": f.code, "subject": f.subject, "message": f.message}
    return [{**head, **e.__dict__} for e in f.evidence] or [head]


@click.command()
@db_option
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit 1 when a finding at or above this level exists.")
@query_command
def audit(db: str | None, fmt: str, limit: int | None, fail_on: str) -> None:
    """Check every stored citation and meeting date; show each finding with its evidence.

    Impossible and conflicting issue dates, a number's year against its date, documents and
    meetings dated after the article, reviews held before their period, type words against
    codes, and codes outside the lexicons. A table row a piece of evidence (json: a finding
    with all of it); in a table the count by level follows, on standard error.

    \b
    Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage
    error (a bad option, a missing or foreign --db, a failing database).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from govfacts.db.audit import LEVELS, at_or_above, run_audit

    from .cli_common import err

    store = open_store(db)
    try:
        findings = run_audit(store)
    except SQLAlchemyError as exc:
        database_failed(exc)
    emit(findings, fmt=fmt, limit=limit, columns=AUDIT_COLUMNS, rows=finding_rows, as_json=lambda f: f.to_json(),
         exit_when_none=False)
    if fmt == "table":
        counts = {lvl: sum(f.level == lvl for f in findings) for lvl in LEVELS}
        err(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: "
            + ", ".join(f"{counts[lvl]} {lvl}" for lvl in reversed(LEVELS)))
    if at_or_above(findings, fail_on):
        sys.exit(1)


@click.command()
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
@query_command
def documents(number: str | None, db: str | None, issuer: str | None, type_: str | None, year: int | None,
              related: bool, implements: str | None, places: tuple[str, ...], fmt: str, limit: int | None) -> None:
    """List the cited documents: how often, by which articles, first and last citing article.

    With NUMBER --related, or --implements NUMBER: what was done with one document
    (extract/cli_relations.py). json gives each document with every citing article.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from govfacts.db.queries import documents as query

    from .cli_relations import show_implementers, show_related

    if related or implements:
        if related and not number:
            raise click.UsageError("--related needs a document NUMBER")
        try:
            if implements:
                show_implementers(db, implements, places, fmt, limit)
            else:
                show_related(db, number, fmt, limit)
        except SQLAlchemyError as exc:
            database_failed(exc)
        return
    if number or places:
        raise click.UsageError("a document NUMBER goes with --related; --place with --implements")
    store = open_store(db)
    try:
        rows = query(store, issuer=issuer, type_=type_, year=year)
    except SQLAlchemyError as exc:
        database_failed(exc)
    emit(rows, fmt=fmt, limit=limit, columns=DOCUMENT_COLUMNS, rows=lambda r: [document_row(r)],
         none="no cited document matches")


DOCUMENT_COLUMNS = [Column("canonical"), Column("type_name"), Column("issuer"), Column("year"), Column("issued_on"),
                    Column("citations"), Column("articles"), Column("first_published"), Column("first_article"),
                    Column("last_published"), Column("last_article")]


def document_row(r: dict) -> dict:
    first, last = r["first"], r["last"]
    return {**r, "first_published": first["published"], "first_article": first["article_id"],
            "last_published": last["published"], "last_article": last["article_id"]}
