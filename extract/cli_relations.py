"""``govfacts documents N --related``, ``documents --implements N --place …`` and ``govfacts posts``.

    govfacts documents 16-NQ/TU --related          what carries it out, amends, replaces it …
    govfacts documents --implements 16-NQ/TU --place "Tây Sơn" --place "Hoài Ân"
    govfacts posts --place "Phú Ninh"              each post, who held it, first and last day

Queries are in db/relations.py and db/posts.py; this module only hands them to the writer.
"""
from __future__ import annotations

import click

from .cli_common import db_option, open_store
from .cli_output import Column, emit, query_command

RELATED_COLUMNS = [Column("relation"), Column("from"), Column("from_issued_on"), Column("to"),
                   Column("to_issued_on"), Column("published"), Column("article_id"), Column("source", cut="name"),
                   Column("rule"), Column("sentence", around="quote")]


def show_related(db: str | None, number: str, fmt: str, limit: int | None = None) -> None:
    """The relations of one document, those done to it first ("relation": read from it)."""
    from govfacts.db.relations import PASSIVE, related

    def row(r) -> dict:
        what = f"{PASSIVE[r.type]} {r.from_}" if r.direction == "in" else f"{r.type} {r.to}"
        return {**r.to_json(), "relation": what}

    emit(related(open_store(db), number), fmt=fmt, limit=limit, columns=RELATED_COLUMNS,
         rows=lambda r: [row(r)], as_json=lambda r: r.to_json(),
         none=f"no stored sentence relates {number} to another document")


IMPLEMENTER_COLUMNS = [Column("place"), Column("issued"), Column("document"), Column("issued_on"),
                       Column("issuer"), Column("cites"), Column("cites_issued_on"), Column("article_id"),
                       Column("source", cut="name"), Column("quote", cut="none")]


def _implementer_rows(a) -> list[dict]:
    return [{"place": a.place, "issued": True, "document": r.from_, "issued_on": r.from_issued_on,
             "issuer": r.from_issuer, "cites": r.to, "cites_issued_on": r.to_issued_on, "article_id": r.article_id,
             "source": r.source, "quote": r.quote} for r in a.documents] or [{"place": a.place, "issued": False}]


def show_implementers(db: str | None, number: str, places: tuple[str, ...], fmt: str,
                      limit: int | None = None) -> None:
    """Per place, the documents carrying ``number`` out (a row each), or one row saying none."""
    from govfacts.db.relations import implementers

    emit(implementers(open_store(db), number, list(places) or None), fmt=fmt, limit=limit,
         columns=IMPLEMENTER_COLUMNS, rows=_implementer_rows, as_json=lambda a: a.to_json(),
         none="no place to answer for")


POST_COLUMNS = [Column("post"), Column("one_holder"), Column("name"), Column("first_seen"), Column("last_seen"),
                Column("mentions"), Column("article_id"), Column("source", cut="name"), Column("quote", cut="none")]


def _post_rows(p) -> list[dict]:
    """A row per holder of the post, with the first words seen."""
    return [{"post": p.label, "one_holder": p.one_holder, "name": h.name, "first_seen": h.first_seen,
             "last_seen": h.last_seen, "mentions": len(h.seen), "article_id": h.seen[0].article_id if h.seen else None,
             "source": h.seen[0].source if h.seen else None, "quote": h.seen[0].quote if h.seen else None}
            for h in p.holders] or [{"post": p.label, "one_holder": p.one_holder}]


@click.command()
@click.option("--place", required=True, help="The place (a province, district or commune name).")
@db_option
@query_command
def posts(place: str, db: str | None, fmt: str, limit: int | None) -> None:
    """Each post at PLACE with who held it, the first and last day seen and the quoted words.

    A table row a holder of a post (json: the post with every holder and mention).
    """
    from govfacts.db.posts import posts_at

    emit(posts_at(open_store(db), place), fmt=fmt, limit=limit, columns=POST_COLUMNS, rows=_post_rows,
         as_json=lambda p: p.to_json(), none=f"no stored role at {place}")
