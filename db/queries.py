"""Read-only queries over the store, shared by the CLI and the tests."""
from __future__ import annotations

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from govfacts.extraction.text import fold

from .filters import bounded
from .models import ArticleRow, DocumentRow, FactRow
from .store import Store, document_key


def find_article(store: Store, ref: str) -> ArticleRow | None:
    """An article by id (or a unique id prefix), or by its source path (or a unique part of it)."""
    bounded(ref, "ARTICLE")
    with Session(store.engine) as s:
        row = s.get(ArticleRow, ref)
        if row is not None:
            return row
        rows = s.execute(
            select(ArticleRow).where(or_(ArticleRow.id.startswith(ref, autoescape=True), ArticleRow.source == ref,
                                         ArticleRow.source.contains(ref, autoescape=True)))
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
    bounded(number, "NUMBER")
    key = document_key(number)[:DocumentRow.__table__.c.key.type.length]  # as stored (db/store.py fit)
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


def _type_codes(type_: str) -> set[str]:
    """Lexicon codes for a type code in any spelling ("QD" → QĐ) or a type word ("Kế hoạch" → KH)."""
    from govfacts.extraction.citation_numbers import lexicon, restore

    lex = lexicon()
    codes = set()
    for table in (lex.state_types, lex.party_types):
        code, known = restore(type_.strip(), table)
        if known:
            codes.add(code)
    return codes or {c for _, c in lex.word_to_codes.get(type_.strip().lower(), set())} or {type_}


def _issuer_filter(issuer: str):
    """An issuer code in any spelling ("HDND" → HĐND; "QH" also finds QH13), else words of its name."""
    from govfacts.extraction.citation_numbers import lexicon, restore

    lex = lexicon()
    for table in (lex.state_issuers, lex.party_issuers):
        code, known = restore(issuer.strip(), table)
        if known:
            if code in lex.parliament:
                return or_(DocumentRow.issuer_code == code, DocumentRow.issuer_code.like(f"{code}1%"))
            return DocumentRow.issuer_code == code
    return DocumentRow.issuer_key.contains(fold(issuer), autoescape=True)  # % and _ are letters here


def documents(store: Store, *, issuer: str | None = None, type_: str | None = None,
              year: int | None = None) -> list[dict]:
    """The cited documents, most cited first: how often, by which articles, first and last citer.

    A document is a row of ``documents`` (number, issuer as written, year); ``issuer`` and
    ``type_`` take codes in any spelling or words, ``year`` the number's year else the issue date's.
    """
    from govfacts.patterns import load

    bounded(issuer, "--issuer"), bounded(type_, "--type")
    conds = []
    if issuer:
        conds.append(_issuer_filter(issuer))
    if type_:
        conds.append(DocumentRow.type_code.in_(sorted(_type_codes(type_))))
    if year is not None:
        conds.append(DocumentRow.year == year)
    cols = (DocumentRow.id, DocumentRow.canonical, DocumentRow.system, DocumentRow.type_code, DocumentRow.issuer_code,
            DocumentRow.issuer, DocumentRow.year)
    with Session(store.engine) as s:
        docs = s.execute(
            select(*cols, func.count(FactRow.id).label("citations"),
                   func.count(distinct(FactRow.article_id)).label("articles"))
            .join(FactRow, FactRow.document_id == DocumentRow.id)
            .where(*conds)
            .group_by(*cols)
            .order_by(func.count(FactRow.id).desc(), DocumentRow.canonical, DocumentRow.id)
        ).all()
        citing = s.execute(
            select(FactRow.document_id, FactRow.issued_on, ArticleRow.id, ArticleRow.source, ArticleRow.published,
                   ArticleRow.title)
            .join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(*conds)
            .order_by(FactRow.document_id, ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.source)
        ).all()
    by_doc: dict[int, list] = {}
    for r in citing:
        by_doc.setdefault(r.document_id, []).append(r)
    types = load("document_types")
    out = []
    for d in docs:
        rows = by_doc.get(d.id, [])
        articles, seen = [], set()
        for r in rows:
            if r.id not in seen:
                seen.add(r.id)
                articles.append({"article_id": r.id, "source": r.source, "published": r.published, "title": r.title})
        dated = [a for a in articles if a["published"]]
        table = types["party" if d.system == "party" else "state"]
        out.append({
            "canonical": d.canonical, "system": d.system, "type_code": d.type_code,
            "type_name": table.get(d.type_code, {}).get("name") if d.type_code else None,
            "issuer_code": d.issuer_code, "issuer": d.issuer, "year": d.year or None,
            "issued_on": sorted({r.issued_on for r in rows if r.issued_on}),
            "citations": d.citations, "articles": d.articles,
            "first": (dated or articles or [None])[0], "last": (dated or articles or [None])[-1],
            "cited_by": articles,
        })
    return out
