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

from sqlalchemy import bindparam, create_engine, event, inspect, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from govfacts.extraction.fact_kinds import relation_value  # noqa: F401 (re-exported: db/relations.py, bench)
from govfacts.extraction.text import document_key, fold  # noqa: F401 (document_key: the store's key, re-exported)

from . import writes
from .migrations import Prepared, SchemaError, prepare
from .models import ArticleRow, Meta
from .rows import fit, shared_row_id  # noqa: F401 (re-exported)
from .writes import FACT_COLUMN_KINDS, document_identity, fact_columns, fact_value  # noqa: F401 (re-exported)

DEFAULT_DB = "govfacts.db"


class StoreError(RuntimeError):
    """The store cannot be used; ``str`` is one line for the user."""


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("GOVFACTS_DB") or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{db}"


_HAS_ARTICLE = select(ArticleRow.id).where(ArticleRow.id == bindparam("id"))
_STORED_IDS = select(ArticleRow.id).where(ArticleRow.id.in_(bindparam("ids", expanding=True)))

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
                if not ((_transient(exc) or _half_made(exc)) and time.monotonic() < deadline):
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

    def stored_ids(self, article_ids: list[str]) -> set[str]:
        """Which of these article ids are stored (one query)."""
        if not article_ids:
            return set()
        with self.engine.connect() as conn:
            return set(conn.execute(_STORED_IDS, {"ids": list(dict.fromkeys(article_ids))}).scalars())

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
        """Store several extracted articles in one transaction, one statement per table
        (db/writes.py); should that fail, each article again in a SAVEPOINT of its own.

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
        built = [_built(r) for r in results]
        good = [b for b in built if isinstance(b, writes.Built)]
        sqlite = self.engine.dialect.name == "sqlite"
        try:
            with self.engine.connect() as conn, conn.begin():
                if sqlite:  # pysqlite opens no transaction before a SAVEPOINT: one is opened here
                    conn.exec_driver_sql("BEGIN")
                stored = iter(self._write_batch(conn, good, sqlite))
        except (_BatchLost, DBAPIError):
            raise
        except SQLAlchemyError as exc:
            raise _BatchLost() from exc
        return [b if isinstance(b, Exception) else next(stored) for b in built]

    @staticmethod
    def _write_batch(conn, good: list[writes.Built], sqlite: bool) -> list[bool | Exception]:
        """The batch in one go, in a SAVEPOINT; should that fail, each article in one of its own."""
        if not good:
            return []
        try:
            with conn.begin_nested():
                return writes.write(conn, good)
        except Exception as exc:
            _still_open(conn, exc, sqlite)
        out: list[bool | Exception] = []
        for b in good:
            try:
                with conn.begin_nested():
                    out.extend(writes.write(conn, [b]))
            except Exception as exc:
                _still_open(conn, exc, sqlite)
                out.append(exc)
        return out

    def _add(self, result: dict) -> bool:
        built = writes.build(result)
        with self.engine.begin() as conn:
            return writes.write(conn, [built])[0]


def _built(result: dict) -> writes.Built | Exception:
    """An article's rows, built outside the transaction: SQLite lets one writer at a time hold
    the write lock, so ``ingest --jobs N`` workers wait on each other only while rows are
    written, not while they are built.  Or the exception building them raised."""
    try:
        return writes.build(result)
    except Exception as exc:
        return exc


def _still_open(conn, exc: Exception, sqlite: bool) -> None:
    """After a write failed in a SAVEPOINT: raise what must end the batch (a lost deadlock or
    lock, to try again; a transaction SQLite rolled back whole), else return."""
    if isinstance(exc, DBAPIError) and _transient(exc):
        raise exc
    if sqlite and not conn.connection.dbapi_connection.in_transaction:
        raise _BatchLost() from exc  # SQLite rolled the whole transaction back


# A transaction that lost a deadlock or found SQLite locked is tried this many times in all.
_ATTEMPTS = 5
# How long opening a store waits out another writer creating or converting it (seconds).
_OPEN_WAIT = 10.0
_RETRY_SQLSTATES = {"40P01", "40001"}  # deadlock detected, serialization failure


class _BatchLost(Exception):
    """A batch's transaction was lost as a whole: it is stored again one article at a time."""


def _half_made(exc: DBAPIError) -> bool:
    """Opening a new SQLite file that another process is creating the schema of can meet the
    full-text index half made ("vtable constructor failed: articles_fts"; seen once in about ten
    runs of four ingests started at once on one new file): waited out like a lock."""
    return isinstance(exc, OperationalError) and "vtable constructor failed" in str(exc.orig)


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
