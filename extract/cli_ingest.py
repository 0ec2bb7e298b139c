"""``govfacts extract`` and ``govfacts ingest``: articles in, facts out (printed or stored).

Both read files, directories and ``-`` (standard input: JSON Lines when it starts with "{",
else one page of HTML or text). A bad input is one line naming it; the others go on, and
the exit status is 1.
"""
from __future__ import annotations

import os
import sys
from typing import Iterator

import click

from .cli_common import db_option, err, fail, open_store
from .terminal import shown


def _stdin_items() -> tuple[list, int]:
    """What standard input holds, read once, and how many results it gives."""
    from govfacts.corpus.readers import read_data

    items = list(read_data(sys.stdin.buffer.read()))
    return items, sum(1 for i in items if type(i).__name__ != "ReadNote")


def read_inputs(paths: tuple[str, ...]) -> tuple[Iterator, int | None]:
    """The reader's results for ``paths`` in order, and their count (for the bar's total)."""
    from govfacts.corpus.readers import count_inputs, read_paths

    if paths.count("-") > 1:
        raise click.BadParameter("standard input (-) can be read once", param_hint="PATHS")
    stdin, total = _stdin_items() if "-" in paths else ([], 0)

    def items():
        for p in paths:
            yield from stdin if p == "-" else read_paths([p])

    return items(), total + count_inputs([p for p in paths if p != "-"])


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--pretty", is_flag=True, help="Indent the JSON (one article per block).")
def extract(paths: tuple[str, ...], pretty: bool) -> None:
    """Print the facts of articles as JSON Lines (no database).

    PATHS are files (.txt, .html, .jsonl), directories (read recursively) or - for standard
    input.

    \b
    Exit status: 0 when every input was read, 1 when one could not be, 2 for a usage error.
    """
    import json

    from govfacts.corpus.readers import ReadError, ReadNote

    from .pipeline import default_pipeline

    pipeline = default_pipeline()
    items, _ = read_inputs(paths)
    failed = 0
    for item in items:
        if isinstance(item, (ReadError, ReadNote)):
            failed += isinstance(item, ReadError)
            err(f"govfacts: {item}")
            continue
        click.echo(json.dumps(pipeline(item), ensure_ascii=False, indent=1 if pretty else None))
    if failed:
        sys.exit(1)


def progress_bar(quiet: bool = False, console=None):
    """The bar on a terminal: done of total, percentage, elapsed and time left (ETA)."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    console = console or Console(stderr=True)
    return Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=None), MofNCompleteColumn(),
                    TaskProgressColumn(), TextColumn("{task.fields[stats]}"), TimeElapsedColumn(),
                    TextColumn("ETA"), TimeRemainingColumn(), console=console,
                    disable=quiet or not console.is_terminal, transient=True)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
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
    """Extract and store articles; the same text is stored once, however many ingests run.

    PATHS are files (.txt, .html, .jsonl), directories (read recursively) or - for standard
    input. On a terminal a bar shows articles done of the total, the percentage and the time
    left.

    \b
    Exit status: 0 when every article was stored (or already was), 1 when one failed, 2 for
    a usage error (a bad option, a --db that is not a govfacts store).
    """
    from .ingest import EngineError, ingest_items
    from .ingest import ingest as run

    engine = "dask" if scheduler else engine
    if engine == "dask" and "-" in paths:
        raise click.BadParameter("the Dask engine reads files, not standard input (-)", param_hint="PATHS")
    store = open_store(db, create=True)
    if store.prepared and store.prepared.upgraded_from:
        err(f"govfacts: store schema upgraded from revision {store.prepared.upgraded_from} "
            f"to {store.prepared.revision}")
    jobs = jobs or os.cpu_count() or 1
    budget = {"budget": article_seconds} if article_seconds else {}
    progress = progress_bar(quiet)
    with progress:
        if engine == "dask":
            total = None
            if not progress.disable:
                from govfacts.corpus.readers import count_inputs

                total = count_inputs(paths)
        else:
            items, total = read_inputs(paths)
        task = progress.add_task("ingest", total=total, stats="")

        def on_item(summary, error: str) -> None:
            if error:
                line = " ".join(shown(f"govfacts: {error}").splitlines())
                if progress.disable:
                    err(line)
                else:
                    progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            progress.update(task, completed=summary.done, stats=f"{summary.stored} new, {summary.already} already, "
                                                                f"{summary.failed} failed")

        try:
            if engine == "dask":
                summary = run(paths, store, jobs=jobs, engine=engine, scheduler=scheduler, on_item=on_item)
            else:
                summary = ingest_items(items, store, jobs=jobs, on_item=on_item, **budget)
        except EngineError as exc:
            fail(str(exc), 2)
    for n in summary.notes:
        err(f"govfacts: {n}")
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
