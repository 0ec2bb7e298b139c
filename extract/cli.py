"""The ``govfacts`` command line: a thin layer over the pipeline and the store."""
from __future__ import annotations

import json
import os
import sys

import click

from .terminal import echo, shown


def _err(msg: str) -> None:
    echo(msg, err=True)


def open_store(db: str | None, *, create: bool = False):
    from govfacts.db.store import Store, StoreError

    try:
        return Store.open(db, create=create)
    except StoreError as exc:
        _err(f"govfacts: {exc}")
        sys.exit(2)


db_option = click.option("--db", envvar="GOVFACTS_DB", help="SQLAlchemy URL or SQLite path [default: govfacts.db].")


def echo_json_lines(rows) -> None:
    """One JSON object per line, Vietnamese as written (the ``--format json`` of every query)."""
    for row in rows:
        echo(json.dumps(row, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govfacts")
def cli() -> None:
    """Facts with provenance from Vietnamese government news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--pretty", is_flag=True, help="Indent the JSON (one article per block).")
def extract(paths: tuple[str, ...], pretty: bool) -> None:
    """Print the facts of articles as JSON Lines (no database).

    PATHS are files (.txt, .html, .jsonl) or directories, read recursively.
    """
    from govfacts.corpus.readers import ReadError, ReadNote, read_paths

    from .pipeline import default_pipeline

    pipeline = default_pipeline()
    failed = 0
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            failed += 1
            _err(f"govfacts: {item}")
            continue
        if isinstance(item, ReadNote):
            _err(f"govfacts: {item}")
            continue
        click.echo(json.dumps(pipeline(item), ensure_ascii=False, indent=1 if pretty else None))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes (or local Dask workers) [default: all cores].")
@click.option("--engine", type=click.Choice(["processes", "dask"]), default="processes", show_default=True,
              help="dask: run partitions on a Dask cluster (pip install 'govfacts[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) [default: a local cluster]; implies --engine dask.")
@click.option("--article-seconds", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Time budget of one article; then it is reported and skipped [default: 60].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str | None, jobs: int | None, engine: str, scheduler: str | None,
           article_seconds: float | None, quiet: bool) -> None:
    """Extract and store articles; the same text is stored once, however many ingests run."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .ingest import EngineError
    from .ingest import ingest as run

    store = open_store(db, create=True)
    if store.prepared and store.prepared.upgraded_from:
        _err(f"govfacts: store schema upgraded from revision {store.prepared.upgraded_from} "
             f"to {store.prepared.revision}")
    engine = "dask" if scheduler else engine
    jobs = jobs or os.cpu_count() or 1
    console = Console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=None),
                        TextColumn("{task.fields[stats]}"), TimeElapsedColumn(),
                        console=console, disable=quiet or not console.is_terminal, transient=True)

    with progress:
        task = progress.add_task("ingest", total=None, stats="")

        def on_item(summary, error: str) -> None:
            if error:
                progress.console.print(shown(f"govfacts: {error}"), markup=False, highlight=False, soft_wrap=True)
            progress.update(task, completed=summary.done, stats=f"{summary.stored} new, {summary.already} already, "
                                                                f"{summary.failed} failed")

        try:
            summary = run(paths, store, jobs=jobs, engine=engine, scheduler=scheduler, on_item=on_item,
                          **({"budget": article_seconds} if article_seconds else {}))
        except EngineError as exc:
            _err(f"govfacts: {exc}")
            sys.exit(2)
    for n in summary.notes:
        _err(f"govfacts: {n}")
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(summary.facts.items())) or "none"
    rate = summary.read / summary.seconds if summary.seconds else 0
    click.echo(f"{summary.read} articles read: {summary.stored} stored, {summary.already} already stored, "
               f"{summary.failed} failed")
    click.echo(f"facts: {kinds}; warnings {summary.warnings}")
    workers = f"{jobs} {'Dask worker' if engine == 'dask' else 'job'}{'s' if jobs > 1 else ''}"
    if scheduler:
        workers = f"Dask scheduler {scheduler}"
    click.echo(f"{summary.seconds:.1f} s ({rate:.1f} articles/s, {workers}) "
               f"into {store.engine.url.render_as_string(hide_password=True)}")
    if summary.failed:
        sys.exit(1)


def article_or_exit(store, ref: str):
    """The stored article ``ref`` names (id, id prefix or source path), or one line and exit 1."""
    from govfacts.db.queries import find_article

    row = find_article(store, ref)
    if row is None:
        _err(f"govfacts: no stored article matches {ref!r}")
        sys.exit(1)
    return row


def _fact_line(fact) -> str:
    f = fact.fields
    if fact.kind == "document_ref":
        extra = [f.get("canonical")]
        if f.get("issued_on"):
            extra.append(f"issued {f['issued_on']}" + ("" if f.get("valid", True) else " (impossible date)"))
        if f.get("issuer"):
            extra.append(f"by {f['issuer']}")
        return "  ".join(extra)
    if fact.kind == "official":
        roles = "; ".join(" / ".join(x for x in (r.get("title"), r.get("org"), r.get("place")) if x)
                          for r in f.get("roles") or [])
        return f"{f.get('name')}" + (f"  ({roles})" if roles else "")
    keys = {"date": ("value", "end_value", "part_of_day"), "meeting": ("event_type", "date", "chair"),
            "score": ("value", "max", "unit"), "ranking": ("rank", "out_of"), "rating": ("level", "subjects")}
    return "  ".join(f"{k}={f.get(k)}" for k in keys.get(fact.kind, ()) if f.get(k) not in (None, [], ""))


@cli.command()
@click.argument("article")
@db_option
@click.option("--kind", multiple=True, help="Only facts of this kind (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def facts(article: str, db: str | None, kind: tuple[str, ...], fmt: str) -> None:
    """List an article's facts with the words each came from.

    ARTICLE is an article id (or prefix) or its source path.
    """
    from govfacts.db.queries import article_facts

    store = open_store(db)
    row = article_or_exit(store, article)
    rows = [r for r in article_facts(store, row.id) if not kind or r.kind in kind]
    if fmt == "json":
        for r in rows:
            echo(json.dumps({"id": r.local_id, "kind": r.kind, "span": {"start": r.start, "end": r.end,
                       "text": r.quote, "sentence": r.sentence_index}, **r.fields}, ensure_ascii=False))
        return
    echo(f"{row.id}  {row.source}\n{row.title}\n")
    for r in rows:
        echo(f"{r.local_id:>4}  {r.kind:<13} {_fact_line(r)}")
        echo(f"      «{r.quote}»  [{r.start}:{r.end}]")


@cli.command()
@click.argument("number")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def cites(number: str, db: str | None, fmt: str) -> None:
    """Every article citing document NUMBER (e.g. 2370/QĐ-UBND; QD/QĐ and spacing do not matter)."""
    from govfacts.db.queries import cites as query

    store = open_store(db)
    rows = query(store, number)
    if fmt == "json":
        echo_json_lines(rows)
        return
    if not rows:
        echo(f"no stored article cites {number}")
        return
    echo(f"{rows[0]['canonical']}: cited {len(rows)} time{'s' if len(rows) > 1 else ''}\n")
    for r in rows:
        date = r["issued_on"] or "no date given"
        if r["issued_on"] and r["valid"] is False:
            date += " (impossible date)"
        echo(f"{r['article_id']}  {r['source']}  (article date {r['published'] or 'unknown'})")
        echo(f"    issued: {date};  issuer: {r['issuer'] or 'not given'}")
        echo(f"    «{r['sentence']}»")


from . import cli_audit  # noqa: E402,F401
from . import cli_view  # noqa: E402,F401
from . import cli_meetings  # noqa: E402,F401
from . import cli_db  # noqa: E402,F401
from . import cli_scores  # noqa: E402,F401
from . import cli_people  # noqa: E402,F401
from . import cli_relations  # noqa: E402,F401


def main() -> None:
    cli(prog_name="govfacts")


if __name__ == "__main__":  # pragma: no cover
    main()
