"""``govfacts facts`` (an article's facts with their words) and ``govfacts cites`` (every
article citing a document)."""
from __future__ import annotations

import click

from .cli_common import article_or_exit, db_option, open_store
from .cli_output import Column, emit, query_command

# The kinds of docs/facts.md (tests/test_cli_conventions.py holds this to the JSON Schema).
FACT_KINDS = ("date", "document_ref", "meeting", "official", "ranking", "rating", "relation", "score")

FACT_COLUMNS = [Column("fact_id"), Column("kind"), Column("start"), Column("end"), Column("fields", cut="right"),
                Column("sentence", around="quote")]


def fact_summary(kind: str, f: dict) -> str:
    """A fact's fields in a few words (the table's ``fields`` cell)."""
    if kind == "document_ref":
        extra = [f.get("canonical")]
        if f.get("issued_on"):
            extra.append(f"issued {f['issued_on']}" + ("" if f.get("valid", True) else " (impossible date)"))
        if f.get("issuer"):
            extra.append(f"by {f['issuer']}")
        return "  ".join(x for x in extra if x)
    if kind == "official":
        roles = "; ".join(" / ".join(x for x in (r.get("title"), r.get("org"), r.get("place")) if x)
                          for r in f.get("roles") or [])
        return f"{f.get('name')}" + (f" ({roles})" if roles else "")
    keys = {"date": ("value", "end_value", "part_of_day"), "meeting": ("event_type", "date", "chair"),
            "score": ("value", "max", "unit"), "ranking": ("rank", "out_of"), "rating": ("level", "subjects"),
            "relation": ("type", "from", "to")}
    return "  ".join(f"{k}={f.get(k)}" for k in keys.get(kind, ()) if f.get(k) not in (None, [], ""))


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
