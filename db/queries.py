"""Read-only queries over the store, shared by the CLI and the tests."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import ArticleRow, DocumentRow, FactRow
from .store import Store, document_key


def find_article(store: Store, ref: str) -> ArticleRow | None:
    """An article by id (or a unique id prefix), or by its source path (or a unique part of it)."""
    with Session(store.engine) as s:
        row = s.get(ArticleRow, ref)
        if row is not None:
            return row
        rows = s.execute(
            select(ArticleRow).where(or_(ArticleRow.id.startswith(ref), ArticleRow.source == ref,
                                         ArticleRow.source.contains(ref)))
            .limit(2)
        ).scalars().all()
        return rows[0] if len(rows) == 1 else None


def article_facts(store: Store, article_id: str) -> list[FactRow]:
    with Session(store.engine) as s:
        return list(s.execute(
            select(FactRow).where(FactRow.article_id == article_id).order_by(FactRow.start, FactRow.end)
        ).scalars())


def cites(store: Store, number: str) -> list[dict]:
    """Every citation of ``number`` (any spelling: QD/QĐ, spaces, case), oldest article first."""
    key = document_key(number)
    with Session(store.engine) as s:
        rows = s.execute(
            select(FactRow, ArticleRow, DocumentRow)
            .join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .where(DocumentRow.key == key)
            .order_by(ArticleRow.published, ArticleRow.source, FactRow.start)
        ).all()
    out = []
    for fact, art, doc in rows:
        f = fact.fields
        out.append({
            "canonical": doc.canonical, "article_id": art.id, "source": art.source, "title": art.title,
            "published": art.published, "issued_on": f.get("issued_on"), "valid": f.get("valid"),
            "issuer": f.get("issuer"), "type_word": f.get("type_word"), "quote": fact.quote,
            "start": fact.start, "end": fact.end, "sentence": fact.sentence,
        })
    return out
