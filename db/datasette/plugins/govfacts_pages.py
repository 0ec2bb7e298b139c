"""The govfacts Datasette plugin: the article page, links to it, SQL helpers, the audit.

* ``/-/article/<id>[?fact=f7]``: the whole article with every fact's span highlighted and
  labelled by kind, the fact ``f7`` shown in its sentence (extract/render.py, the same page
  ``govfacts show --html`` writes);
* an ``article_page`` column (views, canned queries) is shown as a link to that page, and a
  fact's ``quote`` in the ``facts`` table links to its place in the article;
* SQL functions for canned queries: ``govfacts_matches(query, text, …)`` (the name and
  place rule of ``govfacts chairs``), ``govfacts_fold(x)`` (case and tone placement: "Hoà"
  meets "hòa"), ``govfacts_document_key(x)`` (the folded number of db/store.py: QD/QĐ and
  spacing do not matter), ``govfacts_date(x)`` ("14/9/2022" → "2022-09-14", "9/2022" →
  "2022-09", ISO kept);
* at start, the citation audit (db/audit.py) is run over the store into an in-memory
  database ``audit`` (table ``findings``), so its canned query reads it without writing
  anything to the store.

Loaded with ``--plugins-dir db/datasette/plugins`` (``govfacts serve`` does that).
"""
from __future__ import annotations

import asyncio
import re
import secrets
import sqlite3

from datasette import hookimpl
from datasette.database import Database
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from govfacts.extraction.render import render_page, stored_fact, stored_warning
from govfacts.extraction.text import fold

# Datasette prints every error page's exception with rich, outside the except block; rich 14
# and later refuse that (ValueError), which turned each 404 ("no such database") into a 500.
# Without it the default handler answers as it should (real 500s still print a traceback).
import datasette.handle_exception as _handle_exception  # noqa: E402

_handle_exception.rich = None

STORE_DB = "govfacts"
AUDIT_DB = "audit"
PAGE_RE = re.compile(r"^/-/article/[0-9A-Za-z_-]+(?:\?(?:fact=[0-9A-Za-z_-]+|at=\d{1,12}-\d{1,12}))?(?:#[0-9A-Za-z_-]+)?$")
_AT = re.compile(r"^(\d{1,12})-(\d{1,12})$")  # beyond any article; SQLite's integers hold it
_ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DMY = re.compile(r"^\s*(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})\s*$")


def _fold(value):
    return fold(value) if isinstance(value, str) else value


def _document_key(value):
    if not isinstance(value, str):
        return value
    from govfacts.db.store import document_key

    return document_key(value)


def _date(value):
    """A date as typed into a form, as an ISO prefix: 14/9/2022, 09/2022, 2022-09-14, 2022."""
    if not isinstance(value, str):
        return value
    m = _DMY.match(value)
    if not m:
        # ISO as typed, or nothing a day can be compared with: anything else (a quote, SQL)
        # is no day, so a form box holding it matches no row rather than every row.
        return value.strip() if not value.strip() or _ISO_PREFIX.match(value.strip()) else None
    d, mo, y = m.groups()
    return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")


def _matches(query, *texts):
    """``govfacts chairs``' rule (db/meetings.py): whole words, case, tone placement and,
    for a query typed without marks, marks folded ("Nong Son" finds "Nông Sơn")."""
    from govfacts.extraction.text import matches_words

    return int(matches_words(query if isinstance(query, str) else "", *(t for t in texts if isinstance(t, str))))


@hookimpl
def prepare_connection(conn):
    conn.create_function("govfacts_fold", 1, _fold, deterministic=True)
    conn.create_function("govfacts_matches", -1, _matches, deterministic=True)
    conn.create_function("govfacts_document_key", 1, _document_key, deterministic=True)
    conn.create_function("govfacts_date", 1, _date, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "article_page" and isinstance(value, str) and PAGE_RE.match(value):
        return Markup(f'<a class="govfacts-page" href="{escape(datasette.urls.path(value))}">'
                      "xem trong bài · view in article</a>")
    if table == "warnings" and column == "quote" and isinstance(value, str):
        try:
            article_id, start, end = row["article_id"], row["start"], row["end"]
        except (KeyError, IndexError, TypeError):
            return None
        if isinstance(article_id, dict):
            article_id = article_id.get("value")
        href = datasette.urls.path(f"/-/article/{article_id}?at={start}-{end}")
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if table == "facts" and column == "quote" and isinstance(value, str):
        try:
            article_id, local_id = row["article_id"], row["local_id"]
        except (KeyError, IndexError, TypeError):
            return None
        if isinstance(article_id, dict):  # a table page gives the foreign key expanded
            article_id = article_id.get("value")
        href = datasette.urls.path(f"/-/article/{article_id}?fact={local_id}#{local_id}")
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


@hookimpl
def asgi_wrapper(datasette):
    """The site only reads: a POST (to a canned query or anywhere) is 405, never a 500."""

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope.get("method") not in ("GET", "HEAD", "OPTIONS"):
                await Response.text("405: this site only reads (GET)", status=405,
                                    headers={"Allow": "GET, HEAD"}).asgi_send(send)
                return
            if scope["type"] == "http" and any(part in ("..", ".") for part in scope.get("path", "").split("/")):
                await Response.text("404: no such page", status=404).asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only

    return wrap


@hookimpl
def register_routes():
    return [(r"^/-/article/(?P<article_id>[0-9A-Za-z_-]+)$", article_page)]


async def store_database(datasette) -> Database | None:
    """The govfacts store: the database named ``govfacts``, else the first one holding
    ``govfacts_meta`` (when started as ``datasette serve other.db``)."""
    if STORE_DB in datasette.databases:
        return datasette.get_database(STORE_DB)
    for name, db in datasette.databases.items():
        if name.startswith("_") or db.is_memory:
            continue
        if await db.table_exists("govfacts_meta"):
            return db
    return None


_FACT_COLUMNS = ('local_id, kind, start, "end", quote, sentence_index, sentence, extractor, rule, confidence, '
                 "fields")


async def article_page(datasette, request):
    db = await store_database(datasette)
    article_id = request.url_vars["article_id"]
    focus = request.args.get("fact") or None
    art = None
    if db is not None:
        art = (await db.execute("SELECT id, source, title, url, published, text FROM articles WHERE id = ?",
                                [article_id])).first()
    at = _AT.match(request.args.get("at") or "")
    if art is not None and focus is None and at:
        # Evidence of an audit finding gives offsets: the smallest fact covering them.
        row = (await db.execute('SELECT local_id FROM facts WHERE article_id = ? AND start <= ? AND "end" >= ? '
                                'ORDER BY "end" - start LIMIT 1', [article_id, int(at[1]), int(at[2])])).first()
        focus = row[0] if row else None
    if art is None:
        return Response.html(f"<!DOCTYPE html><meta charset=utf-8><title>404</title><p>Không có bài viết / "
                             f"no article {escape(article_id)}</p>", status=404)
    facts = await db.execute(f"SELECT {_FACT_COLUMNS} FROM facts WHERE article_id = ? "
                             'ORDER BY start, "end", id', [article_id])
    warnings = await db.execute('SELECT code, start, "end", quote, message FROM warnings WHERE article_id = ? '
                                'ORDER BY start, "end", id', [article_id])
    home = datasette.urls.database(db.name)
    nav = [(datasette.urls.instance(), "govfacts"),
           (f"{datasette.urls.table(db.name, 'articles')}/{article_id}", "hàng trong bảng / row"),
           (f"{datasette.urls.table(db.name, 'facts')}?article_id={article_id}", "dữ kiện / facts"),
           (f"{home}/who_chaired", "ai chủ trì / who chaired")]
    page = render_page(dict(art), [stored_fact(**dict(r)) for r in facts.rows],
                       [stored_warning(**dict(r)) for r in warnings.rows], focus=focus, nav=nav)
    return Response.html(page)


# --- the audit, computed at start into an in-memory database ----------------------------------

_FINDINGS_SQL = """CREATE TABLE findings (
  id INTEGER PRIMARY KEY, finding INTEGER, severity INTEGER, level TEXT, code TEXT, subject TEXT,
  message TEXT, claim TEXT, article_page TEXT, quote TEXT, sentence TEXT, source TEXT, published TEXT,
  article_id TEXT, start INTEGER, "end" INTEGER)"""


def _audit_rows(path: str) -> tuple[list[tuple], str]:
    """One row per piece of evidence of each finding of db/audit.py over the store at ``path``."""
    try:
        from govfacts.db.audit import LEVELS, run_audit
        from govfacts.db.store import Store

        store = Store.open(path, create=False)
        try:
            findings = run_audit(store)
        finally:
            store.engine.dispose()
    except Exception as exc:  # the browser must come up even when the audit cannot run
        return [], f"audit not run: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    rows = []
    for n, f in enumerate(findings, 1):
        for e in f.evidence:
            rows.append((n, LEVELS.index(f.level), f.level, f.code, f.subject, f.message, e.claim,
                         f"/-/article/{e.article_id}?at={e.start}-{e.end}", e.quote, e.sentence, e.source, e.published, e.article_id,
                         e.start, e.end))
    return rows, f"{len(findings)} findings"


@hookimpl
def startup(datasette):
    async def load_audit() -> None:
        store = await store_database(datasette)
        if store is None or AUDIT_DB in datasette.databases:
            return
        rows, note = await asyncio.get_running_loop().run_in_executor(None, _audit_rows, store.path)
        db = datasette.add_database(Database(datasette, memory_name=f"govfacts_audit_{secrets.token_hex(8)}"),
                                    name=AUDIT_DB)

        def fill(conn: sqlite3.Connection) -> None:
            conn.execute(_FINDINGS_SQL)
            conn.executemany("INSERT INTO findings (finding, severity, level, code, subject, message, claim, "
                             'article_page, quote, sentence, source, published, article_id, start, "end") '
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("CREATE TABLE audit_run (note TEXT)")
            conn.execute("INSERT INTO audit_run VALUES (?)", [note])
            conn.commit()

        await db.execute_write_fn(fill, block=True)

    return load_audit
