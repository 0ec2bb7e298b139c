"""``govfacts facts`` (an article's facts with their words) and ``govfacts cites`` (every
article citing a document)."""
from __future__ import annotations

import click

from .cli_common import article_or_exit, db_option, open_store
from .cli_output import Column, emit, query_command
from .fact_kinds import kind as fact_kind, kind_names

# The kinds of docs/facts.md, as declared (tests/test_cli_conventions.py holds them to the JSON Schema).
FACT_KINDS = tuple(sorted(kind_names()))

FACT_COLUMNS = [Column("fact_id"), Column("kind"), Column("start"), Column("end"), Column("fields", cut="right"),
                Column("sentence", around="quote")]


def fact_summary(kind: str, f: dict) -> str:
    """A fact's fields in a few words (the table's ``fields`` cell): its kind's declared summary."""
    declared = fact_kind(kind)
    return declared.summary(f) if declared is not None else ""


@click.command()
@click.argument("article")
@db_option
@click.option("--kind", multiple=True, type=click.Choice(FACT_KINDS), help="Only facts of this kind (repeatable).")
@query_command
def facts(article: str, db: str | None, kind: tuple[str, ...], fmt: str, limit: int | None) -> None:
    """List an article's facts with the words each came from.

    ARTICLE is an article id (or prefix) or its source path.
    """
    from govfacts.db.queries import article_facts

    store = open_store(db)
    row = article_or_exit(store, article)
    found = [r for r in article_facts(store, row.id) if not kind or r.kind in kind]
    emit(found, fmt=fmt, limit=limit, columns=FACT_COLUMNS, none=f"article {row.id} has no fact of that kind",
         rows=lambda r: [{"fact_id": r.local_id, "kind": r.kind, "start": r.start, "end": r.end,
                          "fields": fact_summary(r.kind, r.fields), "quote": r.quote, "sentence": r.sentence}],
         as_json=lambda r: {"id": r.local_id, "kind": r.kind, "span": {"start": r.start, "end": r.end,
                            "text": r.quote, "sentence": r.sentence_index}, **r.fields})


CITE_COLUMNS = [Column("canonical"), Column("issued_on"), Column("valid"), Column("issuer"), Column("published"),
                Column("article_id"), Column("source", cut="name"), Column("sentence", around="quote")]


@click.command()
@click.argument("number")
@db_option
@query_command
def cites(number: str, db: str | None, fmt: str, limit: int | None) -> None:
    """Every article citing document NUMBER (e.g. 2370/QĐ-UBND; QD/QĐ and spacing do not matter).

    Each citation gives the issue date it states (valid: no when that day does not exist),
    the issuer, the citing article and the sentence.
    """
    from govfacts.db.queries import cites as query

    emit(query(open_store(db), number), fmt=fmt, limit=limit, columns=CITE_COLUMNS,
         none=f"no stored article cites {number}")
