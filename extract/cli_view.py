"""``govfacts serve`` (the store in Datasette) and ``govfacts show`` (one article with its
facts highlighted, in the terminal or as an HTML page)."""
from __future__ import annotations

import socket
import sys

import click

from .cli_common import article_or_exit, db_option, err, open_store


def sqlite_path(db: str | None) -> str:
    """The file of a SQLite store URL; exits 2 with one line for any other URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from govfacts.db.store import resolve_url

    url = resolve_url(db)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        err(f"govfacts: {url!r} is not a database URL")
        sys.exit(2)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        shown = parsed.render_as_string(hide_password=True)
        err(f"govfacts: serve needs a SQLite store (or an export of this one to a SQLite file), not {shown}")
        sys.exit(2)
    from govfacts.db.store import sqlite_file

    return sqlite_file(url) or parsed.database


def _port_free(host: str, port: int) -> str | None:
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


@click.command()
@click.option("--db", envvar="GOVFACTS_DB", help="SQLite path or sqlite:/// URL [default: govfacts.db].")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 to let other machines in.")
def serve(db: str | None, port: int, host: str) -> None:
    """Browse the store in Datasette: facets, full-text search, canned queries (who chaired,
    who cites, audit findings) and each article with its facts highlighted."""
    import asyncio

    import uvicorn

    from govfacts.db.datasette import build
    from govfacts.db.datasette.views import ensure_views

    from govfacts.db.store import read_only

    path = sqlite_path(db)
    store = open_store(path)  # one line and exit 2 when missing or not a govfacts store
    if read_only(path):
        err(f"govfacts: {path} is read-only: served as it is (browsing views only if it already has them)")
    else:
        for name in ensure_views(store.engine):
            err(f"govfacts: a table named {name} is in the way; that view is not available")
    store.engine.dispose()
    problem = _port_free(host, port)
    if problem:
        err(f"govfacts: cannot listen on {host}:{port} ({problem}); try another --port")
        sys.exit(2)
    ds = build(path)

    async def run() -> None:
        await ds.invoke_startup()
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"govfacts: serving {path} at http://{shown}:{port}/govfacts (Ctrl-C to stop)", err=True)
        server = uvicorn.Server(uvicorn.Config(ds.app(), host=host, port=port, log_level="warning",
                                               lifespan="on", workers=1))
        await server.serve()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


@click.command()
@click.argument("article")
@db_option
@click.option("--html", "html_file", type=click.Path(dir_okay=False, writable=True),
              help="Write the article page to FILE ('-' for stdout) instead of printing it.")
@click.option("--fact", "focus", help="A fact id (f7) to show in its sentence.")
def show(article: str, db: str | None, html_file: str | None, focus: str | None) -> None:
    """One article with every fact highlighted where the text says it.

    ARTICLE is an article id (or prefix) or its source path.
    """
    from govfacts.db.queries import article_facts
    from govfacts.db.models import WarningRow
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from .render import render_page, render_terminal, stored_fact, stored_warning

    store = open_store(db)
    row = article_or_exit(store, article)
    facts = [stored_fact(local_id=r.local_id, kind=r.kind, start=r.start, end=r.end, quote=r.quote,
                         sentence_index=r.sentence_index, sentence=r.sentence, extractor=r.extractor, rule=r.rule,
                         confidence=r.confidence, fields=r.fields) for r in article_facts(store, row.id)]
    with Session(store.engine) as s:
        warnings = [stored_warning(code=w.code, start=w.start, end=w.end, quote=w.quote, message=w.message)
                    for w in s.scalars(select(WarningRow).where(WarningRow.article_id == row.id)
                                       .order_by(WarningRow.start, WarningRow.end, WarningRow.id))]
    art = {"id": row.id, "source": row.source, "title": row.title, "url": row.url, "published": row.published,
           "text": row.text}
    if focus and not any(f["id"] == focus for f in facts):
        err(f"govfacts: article {row.id} has no fact {focus!r}")
        sys.exit(1)
    if html_file:
        page = render_page(art, facts, warnings, focus=focus)
        if html_file == "-":
            click.echo(page, nl=False)
            return
        try:
            with open(html_file, "w", encoding="utf-8") as f:
                f.write(page)
        except OSError as exc:
            err(f"govfacts: cannot write {html_file}: {exc.strerror or exc}")
            sys.exit(1)
        click.echo(f"written: {html_file} ({len(facts)} facts)")
        return
    from rich.console import Console

    console = Console(highlight=False)
    plain = console.no_color or console.color_system is None
    for part in render_terminal(art, facts, warnings, focus=focus, brackets=plain):
        console.print(part)
