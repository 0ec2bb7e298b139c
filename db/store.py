"""Opening a store and writing articles with their facts into it.

* Any SQLAlchemy URL; a bare path means SQLite (``govfacts.db`` by default, or ``GOVFACTS_DB``).
* SQLite runs in WAL mode with foreign keys on.
* One transaction per article: a failing article is rolled back and reported, nothing
  stored before it is lost.  Ingest is idempotent: an article's id derives from its text.
* A file that is not a database, or a database of another application, is refused with one
  line, before anything is written.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import create_engine, event, inspect, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.schema import CreateColumn
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from extract.text import fold

from .models import SCHEMA_VERSION, ArticleRow, Base, DocumentRow, FactRow, Meta, WarningRow

DEFAULT_DB = "govfacts.db"

# The short searchable value stored beside each fact, by kind.
VALUE_FIELD = {
    "document_ref": "canonical",
    "date": "value",
    "official": "name",
    "meeting": "date",
    "score": "value",
    "ranking": "rank",
    "rating": "level",
}


class StoreError(RuntimeError):
    """The store cannot be used; ``str`` is one line for the user."""


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("GOVFACTS_DB") or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{db}"


def document_key(canonical: str) -> str:
    """Folded number for lookups: case, Đ/D, tone placement and spaces do not matter."""
    return fold(canonical).replace(" ", "").replace("đ", "d")


# Kinds whose fields are copied into real columns of ``facts`` (see :func:`fact_columns`).
FACT_COLUMN_KINDS = {"document_ref"}


def fact_columns(kind: str, fields: dict) -> dict:
    """The fields of a fact that the audit reads in SQL, as column values (db/audit.py)."""
    if kind not in FACT_COLUMN_KINDS:
        return {}
    issued = fields.get("issued_on")
    valid = fields.get("valid")
    year = fields.get("year")
    word = fields.get("type_word")
    codes = fields.get("unknown_codes") or []
    return {
        "issued_on": issued[:10] if isinstance(issued, str) else None,
        "date_valid": valid if isinstance(valid, bool) else None,
        "number_year": year if isinstance(year, int) and not isinstance(year, bool) else None,
        "type_word": word[:64] if isinstance(word, str) and word else None,
        "unknown_codes": (",".join(str(c) for c in codes)[:120] or None) if isinstance(codes, list) else None,
    }


@dataclass
class Store:
    engine: Engine
    url: str

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> "Store":
        url = resolve_url(db)
        where = url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1]
        if url.startswith("sqlite:///") and not create and not os.path.exists(where):
            raise StoreError(f"{where}: no such database (run 'govfacts ingest' first)")
        try:
            engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"{where}: cannot open database ({exc})") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine, url)
        store._check(where, create)
        return store

    def _check(self, where: str, create: bool) -> None:
        try:
            tables = set(inspect(self.engine).get_table_names())
        except DatabaseError as exc:
            raise StoreError(f"{where}: not a database this tool can open ({_reason(exc)})") from exc
        if tables and Meta.__tablename__ not in tables:
            shown = ", ".join(sorted(tables)[:5])
            raise StoreError(f"{where}: a database of another application (tables: {shown}); use another --db")
        if not tables and not create:
            raise StoreError(f"{where}: empty database (run 'govfacts ingest' first)")
        try:
            Base.metadata.create_all(self.engine)
            self._add_new_columns()
            with Session(self.engine) as s, s.begin():
                if s.get(Meta, "schema_version") is None:
                    s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        except SQLAlchemyError as exc:
            raise StoreError(f"{where}: cannot prepare the store ({_reason(exc)})") from exc

    def _add_new_columns(self) -> None:
        """Bring a store written by an older version up to the models: add the nullable columns
        it lacks (additive only, portable ALTER TABLE) and fill the derived fact columns."""
        insp = inspect(self.engine)
        added: list[str] = []
        with self.engine.begin() as conn:
            for table in Base.metadata.sorted_tables:
                have = {c["name"] for c in insp.get_columns(table.name)}
                new = [c for c in table.columns if c.name not in have]
                for col in new:
                    if not col.nullable:
                        raise StoreError(f"{table.name}.{col.name}: a required column this store lacks; "
                                         "ingest into a new database")
                    spec = CreateColumn(col).compile(dialect=self.engine.dialect)
                    conn.execute(sql_text(f"ALTER TABLE {table.name} ADD COLUMN {spec}"))
                    added.append(f"{table.name}.{col.name}")
                for idx in table.indexes:
                    if any(c.name in {n.name for n in new} for c in idx.columns):
                        idx.create(conn, checkfirst=True)
        if any(a.startswith("facts.") for a in added):
            self._fill_fact_columns()

    def _fill_fact_columns(self) -> None:
        with Session(self.engine) as s, s.begin():
            rows = s.execute(select(FactRow.id, FactRow.kind, FactRow.fields)
                             .where(FactRow.kind.in_(list(FACT_COLUMN_KINDS)))).all()
            updates = [{"id": i, **fact_columns(kind, fields or {})} for i, kind, fields in rows]
            if updates:
                s.execute(update(FactRow), updates)

    def session(self) -> Session:
        return sessionmaker(self.engine, future=True)()

    def has_article(self, article_id: str) -> bool:
        with Session(self.engine) as s:
            return s.get(ArticleRow, article_id) is not None

    def add(self, result: dict) -> bool:
        """Store one extracted article (the JSON of ``govfacts extract``) in one transaction.

        Returns False when the same text was already stored.
        """
        art = result["article"]
        try:
            with Session(self.engine) as s, s.begin():
                if s.get(ArticleRow, art["id"]) is not None:
                    return False
                row = ArticleRow(
                    id=art["id"], text_sha256=art["text_sha256"], source=art["source"], title=art["title"],
                    url=art.get("url"), published=art.get("published"), text=result["text"],
                )
                s.add(row)
                sentences = result.get("sentences") or []
                for fact in result["facts"]:
                    s.add(self._fact_row(s, art["id"], fact, result["text"], sentences))
                for w in result["warnings"]:
                    sp = w["span"]
                    s.add(WarningRow(article_id=art["id"], code=w["code"], start=sp["start"], end=sp["end"],
                                     quote=sp["text"], message=w["message"]))
            return True
        except IntegrityError:
            # Another writer stored the same article between our check and our insert.
            return False

    def _fact_row(self, s: Session, article_id: str, fact: dict, text: str, sentences: list) -> FactRow:
        span = fact["span"]
        core = {"id", "kind", "span", "extractor", "rule", "confidence"}
        fields = {k: v for k, v in fact.items() if k not in core}
        value = fields.get(VALUE_FIELD.get(fact["kind"], ""), None)
        idx = span.get("sentence", 0)
        sentence = text[sentences[idx][0]:sentences[idx][1]] if idx < len(sentences) else span["text"]
        row = FactRow(
            article_id=article_id, local_id=fact["id"], kind=fact["kind"],
            value=None if value is None else str(value)[:255],
            start=span["start"], end=span["end"], quote=span["text"], sentence_index=idx, sentence=sentence,
            extractor=fact["extractor"], rule=fact.get("rule", ""), confidence=fact.get("confidence", 0.0),
            fields=fields,
        )
        for column, value in fact_columns(fact["kind"], fields).items():
            setattr(row, column, value)
        if fact["kind"] == "document_ref":
            row.document_id = self._document(s, fields).id
        return row

    @staticmethod
    def _document(s: Session, f: dict) -> DocumentRow:
        key = document_key(f["canonical"])
        issuer_key = fold(f.get("issuer") or "")
        year = f.get("year") or (int(f["issued_on"][:4]) if f.get("issued_on") else 0)
        doc = s.execute(
            select(DocumentRow).where(DocumentRow.key == key, DocumentRow.issuer_key == issuer_key,
                                      DocumentRow.year == year)
        ).scalar_one_or_none()
        if doc is None:
            doc = DocumentRow(canonical=f["canonical"], key=key, system=f.get("system"), type_code=f.get("type_code"),
                              issuer_code=f.get("issuer_code"), issuer=f.get("issuer"), issuer_key=issuer_key,
                              year=year)
            s.add(doc)
            s.flush()
        return doc


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


__all__ = ["Store", "StoreError", "resolve_url", "document_key", "OperationalError"]
