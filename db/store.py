"""Opening a store and writing articles with their facts into it.

* Any SQLAlchemy URL; a bare path means SQLite (``govfacts.db`` by default, or ``GOVFACTS_DB``).
* SQLite runs in WAL mode with foreign keys on.
* One transaction per article: a failing article is rolled back and reported, nothing
  stored before it is lost.  Ingest is idempotent: an article's id derives from its text.
* Many writers may share one store (PostgreSQL, or SQLite on one machine): rows with a
  natural key (articles, documents) are written with INSERT ... ON CONFLICT DO NOTHING, never
  "select, then insert", so two writers storing the same article or citing the same
  document at once store it once.
* The schema is kept by migrations (db/migrations): a fresh store is created at the head
  revision; an older one is upgraded when opened for writing and refused, with the command
  to run, when opened for reading.
* A file that is not a database, or a database of another application, is refused with one
  line, before anything is written.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from urllib.parse import quote, unquote

from sqlalchemy import bindparam, create_engine, event, insert, inspect, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from govfacts.extraction.fact_kinds import kind as fact_kind, kinds
from govfacts.extraction.fact_kinds import relation_value  # noqa: F401 (re-exported: db/relations.py, bench)
from govfacts.extraction.text import document_key, fold  # noqa: F401 (document_key: the store's key, re-exported)

from .migrations import Prepared, SchemaError, prepare
from .models import ArticleRow, DocumentRow, FactRow, Meta, WarningRow
from .people import record_people
from .rows import fit, insert_new, shared_row_id  # noqa: F401 (shared_row_id re-exported)

DEFAULT_DB = "govfacts.db"


class StoreError(RuntimeError):
    """The store cannot be used; ``str`` is one line for the user."""


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("GOVFACTS_DB") or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{db}"


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


_HAS_ARTICLE = select(ArticleRow.id).where(ArticleRow.id == bindparam("id"))
# Built once, run through the Core connection: the ORM session's execute costs more than the insert.
_INSERT_FACTS = insert(FactRow.__table__)
_INSERT_WARNINGS = insert(WarningRow.__table__)

# Those columns (every fact row names them all, so an article's facts insert in one batch).
_FACT_COLUMNS = tuple(fact_columns(next(iter(sorted(FACT_COLUMN_KINDS))), {}))


@dataclass
class Store:
    engine: Engine
    url: str
    # What opening did to the schema: created it, upgraded it (from which revision), or nothing.
    prepared: Prepared | None = None

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> "Store":
        url = resolve_url(db)
        path = sqlite_file(url)
        where = path if path is not None else url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1]
        if path and not create and not os.path.exists(path):
            raise StoreError(f"{where}: no such database (run 'govfacts ingest' first)")
        if path and not create and read_only(path):
            url = read_only_url(path)
        try:
            # SQLite: a writer waits up to 30 s for another writer's transaction to end.
            engine = create_engine(url, future=True,
                                   **({"connect_args": {"timeout": 30}} if url.startswith("sqlite") else {}))
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"{where}: cannot open database ({exc})") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine, url)
        store._check(where, create)
        return store

    def _check(self, where: str, create: bool) -> None:
        tables = self._tables(where)
        if tables and Meta.__tablename__ not in tables:
            shown = ", ".join(sorted(tables)[:5])
            raise StoreError(f"{where}: a database of another application (tables: {shown}); use another --db")
        if not tables and not create:
            raise StoreError(f"{where}: empty database (run 'govfacts ingest' first)")
        try:
            if create and self.engine.dialect.name == "sqlite":
                # Only now, the file known to be ours (or new): WAL mode is written into the
                # file, and another application's database must not be changed at all.
                self._waiting_out_locks(self._wal)
            self.prepared = self._waiting_out_locks(lambda: prepare(self.engine, where, write=create))
            if self.engine.dialect.name == "sqlite":
                self._waiting_out_locks(lambda: ensure_fulltext(self.engine))
        except SchemaError as exc:
            raise StoreError(str(exc)) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{where}: cannot prepare the store ({_reason(exc)})") from exc

    def _wal(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")

    def _tables(self, where: str) -> set[str]:
        try:
            return self._waiting_out_locks(lambda: set(inspect(self.engine).get_table_names()))
        except DatabaseError as exc:
            raise StoreError(f"{where}: not a database this tool can open ({_reason(exc)})") from exc

    def _waiting_out_locks(self, step):
        """Run ``step``; SQLite answers "locked" at once, without waiting, while another writer
        switches a new file to WAL or creates the schema: that is waited out (10 s)."""
        deadline = time.monotonic() + _OPEN_WAIT
        delay = 0.02
        while True:
            try:
                return step()
            except DBAPIError as exc:
                if not (_transient(exc) and time.monotonic() < deadline):
                    raise
                self.engine.dispose()
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def session(self) -> Session:
        return sessionmaker(self.engine, future=True)()

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored (its id only: the text is not loaded)."""
        with self.engine.connect() as conn:
            return conn.execute(_HAS_ARTICLE, {"id": article_id}).first() is not None

    def add(self, result: dict) -> bool:
        """Store one extracted article (the JSON of ``govfacts extract``) in one transaction.

        Returns False when the same text was already stored, by an earlier run or by another
        writer at this moment.  A transaction lost to a deadlock or to a SQLite file locked
        too long is run again (a few times, backing off).
        """
        for attempt in range(_ATTEMPTS):
            try:
                return self._add(result)
            except DBAPIError as exc:
                if attempt == _ATTEMPTS - 1 or not _transient(exc):
                    raise
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    def add_many(self, results: list[dict]) -> list[bool | Exception]:
        """Store several extracted articles in one transaction, each in a SAVEPOINT of its own.

        Returns, for each article, what :meth:`add` returns, or the exception its rows raised:
        such an article is rolled back alone, the others are kept.  One commit for the batch:
        one per article was most of what storing an article cost on SQLite (the pages of the
        indexes written again, a new full-text segment).  Should the transaction itself be lost
        (a full disk, a failed commit), the batch is stored again one article at a time.
        """
        for attempt in range(_ATTEMPTS):
            try:
                return self._add_many(results)
            except _BatchLost:
                return [self._add_alone(r) for r in results]
            except DBAPIError as exc:
                if attempt == _ATTEMPTS - 1 or not _transient(exc):
                    return [self._add_alone(r) for r in results]
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    def _add_alone(self, result: dict) -> bool | Exception:
        try:
            return self.add(result)
        except Exception as exc:
            return exc

    def _add_many(self, results: list[dict]) -> list[bool | Exception]:
        out: list[bool | Exception] = []
        built = [self._rows_of(r) for r in results]
        sqlite = self.engine.dialect.name == "sqlite"
        try:
            with Session(self.engine) as s, s.begin():
                if sqlite:  # pysqlite opens no transaction before a SAVEPOINT: one is opened here
                    s.connection().exec_driver_sql("BEGIN")
                for result, rows in zip(results, built):
                    known = dict(s.info.get("document_ids", {}))
                    try:
                        if isinstance(rows, Exception):
                            raise rows
                        with s.begin_nested():
                            out.append(self._write(s, result, *rows))
                    except Exception as exc:
                        if isinstance(exc, DBAPIError) and _transient(exc):
                            raise
                        s.info["document_ids"] = known  # ids of rows the savepoint took back
                        if sqlite and not s.connection().connection.dbapi_connection.in_transaction:
                            raise _BatchLost() from exc  # SQLite rolled the whole transaction back
                        out.append(exc)
        except (_BatchLost, DBAPIError):
            raise
        except SQLAlchemyError as exc:
            raise _BatchLost() from exc
        return out

    def _add(self, result: dict) -> bool:
        facts, warnings = self._rows_of(result, raising=True)
        with Session(self.engine) as s, s.begin():
            return self._write(s, result, facts, warnings)

    def _rows_of(self, result: dict, raising: bool = False):
        """Every row's values of one article, built outside the transaction: SQLite lets one
        writer at a time hold the write lock, so ``ingest --jobs N`` workers wait on each other
        only while rows are written, not while they are built.  (facts, warnings), or the
        exception building them raised (unless ``raising``)."""
        try:
            art = result["article"]
            sentences = result.get("sentences") or []
            facts = [fit(FactRow.__table__, self._fact_row(art["id"], fact, result["text"], sentences))
                     for fact in result["facts"]]
            warnings = [fit(WarningRow.__table__, dict(
                article_id=art["id"], code=w["code"], start=w["span"]["start"], end=w["span"]["end"],
                quote=w["span"]["text"], message=w["message"])) for w in result["warnings"]]
        except Exception as exc:
            if raising:
                raise
            return exc
        return facts, warnings

    def _write(self, s: Session, result: dict, facts: list[dict], warnings: list[dict]) -> bool:
        """One article's rows, in the open transaction ``s``; False when it was stored already."""
        art = result["article"]
        # The article row first: of two writers storing it, the second inserts nothing here
        # (waiting, on PostgreSQL, until the first commits) and stops.
        new = insert_new(s, ArticleRow, dict(
            id=art["id"], text_sha256=art["text_sha256"], source=art["source"], title=art["title"],
            url=art.get("url"), published=art.get("published"), text=result["text"],
        ))
        if new is None:
            return False
        # Shared rows next, in one global order, so two writers never wait on each other
        # in a cycle (a deadlock) whatever documents their articles cite.
        refs = [f for f in result["facts"] if f["kind"] == "document_ref"]
        for f in sorted(refs, key=document_identity):
            self._document_id(s, f)
        for row in facts:
            if row["kind"] == "document_ref":
                row["document_id"] = self._document_id(s, row["fields"])
        # The article's own rows in bulk (one executemany each, through Core): a third of
        # the time per article on PostgreSQL went to the ORM's unit of work.
        if facts:
            s.connection().execute(_INSERT_FACTS, facts)
        record_people(s, art["id"], result)  # persons and their roles across the corpus (db/people.py)
        if warnings:
            s.connection().execute(_INSERT_WARNINGS, warnings)
        return True

    @staticmethod
    def _fact_row(article_id: str, fact: dict, text: str, sentences: list) -> dict:
        """The column values of one fact's row (every column, so rows insert in one batch);
        a citation's ``document_id`` is filled in the transaction."""
        span = fact["span"]
        core = {"id", "kind", "span", "extractor", "rule", "confidence"}
        fields = {k: v for k, v in fact.items() if k not in core}
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

    @staticmethod
    def _document_id(s: Session, f: dict) -> int:
        """The id of the cited document's row, inserting it unless a row with its identity
        (number, issuer, year) exists; remembered for the rest of the transaction."""
        ident = document_identity(f)
        known = s.info.setdefault("document_ids", {})
        if ident not in known:
            key, issuer_key, year = ident
            known[ident] = shared_row_id(s, DocumentRow, dict(
                canonical=f["canonical"], key=key, system=f.get("system"), type_code=f.get("type_code"),
                issuer_code=f.get("issuer_code"), issuer=f.get("issuer"), issuer_key=issuer_key, year=year,
            ), unique=("key", "issuer_key", "year"))
        return known[ident]


def document_identity(f: dict) -> tuple[str, str, int]:
    """What makes two citations one document: folded number, folded issuer, year (0 if unknown)."""
    year = f.get("year") or (int(f["issued_on"][:4]) if f.get("issued_on") else 0)
    return document_key(f["canonical"]), fold(f.get("issuer") or ""), year


# A transaction that lost a deadlock or found SQLite locked is tried this many times in all.
_ATTEMPTS = 5
# How long opening a store waits out another writer creating or converting it (seconds).
_OPEN_WAIT = 10.0
_RETRY_SQLSTATES = {"40P01", "40001"}  # deadlock detected, serialization failure


class _BatchLost(Exception):
    """A batch's transaction was lost as a whole: it is stored again one article at a time."""


def _transient(exc: DBAPIError) -> bool:
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES or getattr(orig, "pgcode", None) in _RETRY_SQLSTATES:
        return True
    return isinstance(exc, OperationalError) and "database is locked" in str(orig)


# Full-text search over article titles and text (SQLite FTS5), for Datasette's search box
# (metadata fts_table articles_fts, fts_pk rowid). Contentless (content=''): only the index is
# stored, keyed by the article's rowid, kept in step by triggers. unicode61 remove_diacritics 2
# drops tone and vowel marks, so "nong son" finds "Nông Sơn"; Đ has no mark to drop, so a
# third column indexes title and text with Đ/đ written D/d, and "dai loc" finds "Đại Lộc".
_FTS_PLAIN = "replace(replace({0}.title || ' ' || {0}.text, 'Đ', 'D'), 'đ', 'd')"
_FTS_VALUES = "{0}.rowid, {0}.title, {0}.text, " + _FTS_PLAIN
_FTS_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, plain, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    f"INSERT INTO articles_fts(rowid, title, text, plain) VALUES ({_FTS_VALUES.format('new')}); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    f"INSERT INTO articles_fts(articles_fts, rowid, title, text, plain) VALUES ('delete', {_FTS_VALUES.format('old')}); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE ON articles BEGIN "
    f"INSERT INTO articles_fts(articles_fts, rowid, title, text, plain) VALUES ('delete', {_FTS_VALUES.format('old')}); "
    f"INSERT INTO articles_fts(rowid, title, text, plain) VALUES ({_FTS_VALUES.format('new')}); END",
)
_FTS_OBJECTS = {"articles_fts", "articles_fts_ai", "articles_fts_ad", "articles_fts_au"}


def ensure_fulltext(engine: Engine, *, rebuild: bool = False) -> bool:
    """SQLite only: create the article full-text index if missing and fill it from the stored
    articles; later ingests keep it in step (triggers). Idempotent, safe on every open.

    ``rebuild=True`` refills it from scratch (after a VACUUM, which may renumber rowids).
    Returns False when this SQLite has no FTS5, or the file is read-only and has no index yet:
    the store works, without search.
    """
    if engine.dialect.name != "sqlite":
        return False
    try:
        with engine.begin() as conn:
            have = dict(conn.execute(sql_text(
                "SELECT name, sql FROM sqlite_master WHERE name IN "
                "('articles_fts', 'articles_fts_ai', 'articles_fts_ad', 'articles_fts_au')")).all())
            current = "plain" in (have.get("articles_fts") or "")
            if set(have) == _FTS_OBJECTS and current and not rebuild:
                return True
            if not current:  # an index of an earlier layout: replaced
                for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
                    conn.execute(sql_text(f"DROP TRIGGER IF EXISTS {name}"))
                conn.execute(sql_text("DROP TABLE IF EXISTS articles_fts"))
            for stmt in _FTS_SQL:
                conn.execute(sql_text(stmt))
            conn.execute(sql_text("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')"))
            conn.execute(sql_text("INSERT INTO articles_fts(rowid, title, text, plain) "
                                  f"SELECT {_FTS_VALUES.format('articles')} FROM articles"))
    except OperationalError as exc:
        if "fts5" in str(exc).lower() or "readonly" in str(exc).lower():
            return False  # no FTS5 here, or a store opened read-only: readable, without search
        raise
    return True


def sqlite_file(url: str) -> str | None:
    """The file of a SQLite URL (``sqlite:///x.db``, ``sqlite:///file:x.db?mode=ro&uri=true``),
    None for another database or an in-memory one."""
    if not url.startswith("sqlite"):
        return None
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    db = parsed.database or ""
    if parsed.query.get("uri") in ("true", "1") and db.startswith("file:"):
        db = unquote(db[len("file:"):].split("?", 1)[0])
    return None if db in ("", ":memory:") or db.startswith(":memory:") else db


def read_only(path: str) -> bool:
    """Whether the store at ``path`` cannot be written: a read-only file, folder or mount."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        ro_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        ro_mount = False
    return ro_mount or not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)


def read_only_url(path: str) -> str:
    """A URL that reads a store SQLite cannot write beside (no -shm file can be made): with
    its WAL files present they are read (mode=ro); without, the file is immutable."""
    mode = "mode=ro" if os.path.exists(f"{path}-shm") and os.path.exists(f"{path}-wal") else "immutable=1"
    return f"sqlite:///file:{quote(os.path.abspath(path))}?{mode}&uri=true"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


__all__ = ["Store", "StoreError", "fit", "sqlite_file", "read_only", "resolve_url", "document_key", "document_identity", "ensure_fulltext", "OperationalError"]
