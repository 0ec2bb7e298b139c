"""Writing extracted articles: a batch of them in one statement per table.

Every value is built before the transaction opens (:func:`build`), so a writer holds
SQLite's one write lock only while rows go in.  In it, :func:`write` gives each table one
executemany for the whole batch (articles, cited documents, facts, persons, roles,
warnings) and reads the generated ids back with one SELECT each: about ten statements for
a whole batch (``extract/batch.py`` BATCH), where one article alone took as many (an insert, then a select, per cited
document and per person).  The same function writes one article (``Store.add``, or an
article of a batch that failed, again in its own SAVEPOINT).

Rows with a natural key (articles, documents, persons) go in with INSERT ... ON CONFLICT DO
NOTHING, never "select, then insert", so two writers storing the same article or citing the
same document at once store it once; shared rows are written in one order (article by
article, each article's documents and persons sorted), so they never wait on each other in
a cycle within an article.  Each table's rows go in the order one article at a time wrote
them, so the ids are the same.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import bindparam, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from govfacts.extraction.fact_kinds import kind as fact_kind, kinds
from govfacts.extraction.text import document_key, fold

from .models import ArticleRow, DocumentRow, FactRow, PersonRoleRow, PersonRow, WarningRow
from .people import PeopleRows, people_rows
from .rows import fit, insert_new, shared_row_id

# Kinds whose fields are copied into real columns of ``facts`` (their declaration's ``columns``).
FACT_COLUMN_KINDS = {k.name for k in kinds() if k.columns is not None}


def fact_columns(kind: str, fields: dict) -> dict:
    """The fields of a fact that the audit reads in SQL, as column values (db/audit.py)."""
    declared = fact_kind(kind)
    return declared.columns(fields) if declared is not None and declared.columns is not None else {}


def fact_value(kind: str, fields: dict):
    """The short searchable value stored beside a fact: its kind's declared ``value``."""
    declared = fact_kind(kind)
    return declared.value(fields) if declared is not None else None


# Those columns (every fact row names them all, so a batch's facts insert in one executemany).
_FACT_COLUMNS = tuple(fact_columns(next(iter(sorted(FACT_COLUMN_KINDS))), {}))
_CORE = frozenset({"id", "kind", "span", "extractor", "rule", "confidence"})


def document_identity(f: dict) -> tuple[str, str, int]:
    """What makes two citations one document: folded number, folded issuer, year (0 if unknown)."""
    year = f.get("year") or (int(f["issued_on"][:4]) if f.get("issued_on") else 0)
    return document_key(f["canonical"]), fold(f.get("issuer") or ""), year


@dataclass
class Built:
    """One article's rows, every value known but the ids the database gives."""

    result: dict
    article: dict
    facts: list[dict]  # a citation's ``document_id`` is filled in the transaction
    documents: list[tuple[tuple, dict]]  # (identity, row) of each cited document, sorted by identity
    cites: list[tuple[int, tuple]]  # (index in ``facts``, the identity of the document it cites)
    people: PeopleRows
    warnings: list[dict]
    fact_ids: dict = field(default_factory=dict)  # (article, fact id in it) -> row id, once written


def build(result: dict) -> Built:
    """The rows of one extracted article (the JSON of ``govfacts extract``, with its text and
    sentences); raises what a malformed result raises."""
    art = result["article"]
    text, sentences = result["text"], result.get("sentences") or []
    facts, cites, documents = [], [], {}
    for fact in result["facts"]:
        facts.append(fit(FactRow.__table__, _fact_row(art["id"], fact, text, sentences)))
        if fact["kind"] == "document_ref":
            ident = document_identity(fact)
            cites.append((len(facts) - 1, ident))
            documents.setdefault(ident, _document_row(ident, fact))
    warnings = [fit(WarningRow.__table__, dict(
        article_id=art["id"], code=w["code"], start=w["span"]["start"], end=w["span"]["end"],
        quote=w["span"]["text"], message=w["message"])) for w in result["warnings"]]
    row = fit(ArticleRow.__table__, dict(
        id=art["id"], text_sha256=art["text_sha256"], source=art["source"], title=art["title"],
        url=art.get("url"), published=art.get("published"), text=text))
    return Built(result, row, facts, sorted(documents.items(), key=lambda d: d[0]), cites,
                 people_rows(result), warnings)


def _fact_row(article_id: str, fact: dict, text: str, sentences: list) -> dict:
    """The column values of one fact's row (every column, so rows insert in one batch)."""
    span = fact["span"]
    fields = {k: v for k, v in fact.items() if k not in _CORE}
    value = fact_value(fact["kind"], fields)
    idx = span.get("sentence", 0)
    sentence = text[sentences[idx][0]:sentences[idx][1]] if idx < len(sentences) else span["text"]
    row = dict(
        article_id=article_id, local_id=fact["id"], kind=fact["kind"],
        value=None if value is None else str(value)[:255],
        start=span["start"], end=span["end"], quote=span["text"], sentence_index=idx, sentence=sentence,
        extractor=fact["extractor"], rule=fact.get("rule", ""), confidence=fact.get("confidence", 0.0),
        fields=fields, document_id=None, **dict.fromkeys(_FACT_COLUMNS),
    )
    row.update(fact_columns(fact["kind"], fields))
    return row


def _document_row(ident: tuple, f: dict) -> dict:
    key, issuer_key, year = ident
    return fit(DocumentRow.__table__, dict(
        canonical=f["canonical"], key=key, system=f.get("system"), type_code=f.get("type_code"),
        issuer_code=f.get("issuer_code"), issuer=f.get("issuer"), issuer_key=issuer_key, year=year))


# ------------------------------------------------------------------ the statements, built once

def _upsert(dialect: str, table, unique: tuple[str, ...] | None = None):
    stmt = (pg_insert if dialect == "postgresql" else sqlite_insert)(table)
    return stmt.on_conflict_do_nothing(index_elements=list(unique) if unique else None)


_BULK = ("sqlite", "postgresql")  # the dialects with INSERT ... ON CONFLICT DO NOTHING
_NEW_ARTICLES = {d: _upsert(d, ArticleRow.__table__).returning(ArticleRow.id) for d in _BULK}
_DOCUMENT_UNIQUE = ("key", "issuer_key", "year")
_NEW_DOCUMENTS = {d: _upsert(d, DocumentRow.__table__, _DOCUMENT_UNIQUE) for d in _BULK}
_PERSON_UNIQUE = ("name_key", "place_key")
_NEW_PERSONS = {d: _upsert(d, PersonRow.__table__, _PERSON_UNIQUE) for d in _BULK}
_DOCUMENT_IDS = select(DocumentRow.key, DocumentRow.issuer_key, DocumentRow.year, DocumentRow.id).where(
    DocumentRow.key.in_(bindparam("keys", expanding=True)))
_PERSON_IDS = select(PersonRow.name_key, PersonRow.place_key, PersonRow.id).where(
    PersonRow.name_key.in_(bindparam("keys", expanding=True)))
_FACT_IDS = select(FactRow.article_id, FactRow.local_id, FactRow.id).where(
    FactRow.article_id.in_(bindparam("ids", expanding=True)))
_INSERT_FACTS = insert(FactRow.__table__)
_FACT_ORDER = tuple(c.name for c in FactRow.__table__.columns if c.name != "id")
_SQLITE_FACTS = (f"INSERT INTO facts ({', '.join(chr(34) + c + chr(34) for c in _FACT_ORDER)}) "
                 f"VALUES ({', '.join('?' for _ in _FACT_ORDER)})")
_INSERT_ROLES = insert(PersonRoleRow.__table__)
_INSERT_WARNINGS = insert(WarningRow.__table__)


# ------------------------------------------------------------------ writing

def write(conn: Connection, batch: list[Built]) -> list[bool]:
    """Write ``batch`` in the open transaction of ``conn``; for each article, False when the
    same text was stored already (by an earlier run, another writer or earlier in the batch)."""
    new = _articles(conn, batch)
    written = [b for b, is_new in zip(batch, new) if is_new]
    if written:
        documents = _documents(conn, written)
        fact_ids = _facts(conn, [row for b in written for row in _cited(b, documents)], written)
        for b in written:
            b.fact_ids = fact_ids
        write_people(conn, written)
        warnings = [w for b in written for w in b.warnings]
        if warnings:
            conn.execute(_INSERT_WARNINGS, warnings)
    return new


def _articles(conn: Connection, batch: list[Built]) -> list[bool]:
    """Insert the articles' rows; which of them are new."""
    first: dict[str, Built] = {}
    for b in batch:
        first.setdefault(b.article["id"], b)
    stmt = _NEW_ARTICLES.get(conn.dialect.name)
    if stmt is None:
        inserted = {b.article["id"] for b in first.values() if insert_new(conn, ArticleRow, b.article) is not None}
    else:
        inserted = set(conn.execute(stmt, [b.article for b in first.values()]).scalars())
    return [b.article["id"] in inserted and first[b.article["id"]] is b for b in batch]


def _documents(conn: Connection, written: list[Built]) -> dict[tuple, int]:
    """The id of each document the articles cite, inserting those not stored (in the order one
    article at a time would: by article, each article's sorted)."""
    rows: dict[tuple, dict] = {}
    for b in written:
        for ident, row in b.documents:
            rows.setdefault(ident, row)
    if not rows:
        return {}
    stmt = _NEW_DOCUMENTS.get(conn.dialect.name)
    if stmt is None:
        return {ident: shared_row_id(conn, DocumentRow, row, unique=_DOCUMENT_UNIQUE) for ident, row in rows.items()}
    conn.execute(stmt, list(rows.values()))
    found = {(k, i, y): id_ for k, i, y, id_ in conn.execute(_DOCUMENT_IDS, {"keys": sorted({r["key"] for r in rows.values()})})}
    return {ident: found[(row["key"], row["issuer_key"], row["year"])] for ident, row in rows.items()}


def _facts(conn: Connection, facts: list[dict], written: list[Built]) -> dict[tuple[str, str], int]:
    """Insert the facts' rows; the id of each, by (article, fact id in the article)."""
    if not facts:
        return {}
    if conn.dialect.name == "sqlite":
        # Straight to the driver, in column order: Core's processing of each row's parameters
        # cost twice what SQLite takes to insert it.  The one value it changes, the fields,
        # is serialised here as its JSON type would (json.dumps).
        conn.exec_driver_sql(_SQLITE_FACTS, [tuple(json.dumps(row[c]) if c == "fields" else row[c]
                                                  for c in _FACT_ORDER) for row in facts])
    else:
        conn.execute(_INSERT_FACTS, facts)
    return {(a, local): id_ for a, local, id_ in
            conn.execute(_FACT_IDS, {"ids": [b.article["id"] for b in written]})}


def _cited(b: Built, documents: dict[tuple, int]) -> list[dict]:
    for index, ident in b.cites:
        b.facts[index]["document_id"] = documents[ident]
    return b.facts


def write_people(conn: Connection, written: list[Built]) -> None:
    """The persons and roles of the articles' ``official`` facts (db/people.py), after the
    facts: a role row names its fact's id."""
    roles = [(b, role) for b in written for role in b.people.roles]
    if not roles:
        return
    persons = [p for b in written for p in b.people.persons]
    stmt = _NEW_PERSONS.get(conn.dialect.name)
    if stmt is None:
        ids = {(p["name_key"], p["place_key"]): shared_row_id(conn, PersonRow, p, unique=_PERSON_UNIQUE)
               for p in persons}
    else:
        conn.execute(stmt, persons)
        ids = {(n, p): id_ for n, p, id_ in conn.execute(_PERSON_IDS, {"keys": sorted({p["name_key"] for p in persons})})}
    rows = []
    for b, (key, local, row) in roles:
        art = b.article["id"]
        rows.append(dict(row, person_id=ids[key], article_id=art, fact_id=b.fact_ids.get((art, local))))
    conn.execute(_INSERT_ROLES, rows)


def backfill_people(conn: Connection) -> int:
    """Fill persons and roles from the ``official`` facts already stored (a store upgraded to
    the revision that adds these tables, db/migrations 0003).  Returns the role rows written."""
    n = 0
    arts = conn.execute(select(ArticleRow.id, ArticleRow.published)).all()
    for art_id, published in arts:
        facts = conn.execute(select(FactRow.local_id, FactRow.kind, FactRow.quote, FactRow.fields, FactRow.id)
                             .where(FactRow.article_id == art_id)).all()
        result = {"article": {"id": art_id, "published": published},
                  "facts": [{"id": local, "kind": kind, "span": {"text": quote}, **(fields or {})}
                            for local, kind, quote, fields, _ in facts]}
        people = people_rows(result)
        if people.roles:
            b = Built(result, {"id": art_id}, [], [], [], people, [], {(art_id, f[0]): f[4] for f in facts})
            write_people(conn, [b])
            n += len(people.roles)
    return n


__all__ = ["Built", "build", "write", "write_people", "backfill_people", "document_identity", "fact_columns",
           "fact_value", "FACT_COLUMN_KINDS"]
