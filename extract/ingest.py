"""Batch ingest: read, extract (in worker processes with ``jobs > 1``) and store.

Two engines, one result:

* ``processes`` (default): a pool of ``jobs`` processes on this machine extracts; each loads
  the pipeline once (models, lexicons), not once per article.  Results come back in input
  order and the main process writes them, one transaction per article, so a run with
  ``--jobs 4`` stores exactly what ``--jobs 1`` stores.
* ``dask``: partitions of the input go to the workers of a Dask cluster, which extract and
  write to the shared store themselves (:mod:`extract.dask_engine`; imported only then).

Either way the store decides what is new (db/store.py), so runs may overlap or repeat.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from corpus.readers import ReadError, ReadNote, read_paths
from db.store import Store

from .model import Article
from .pipeline import Pipeline, to_json

ENGINES = ("processes", "dask")


class EngineError(RuntimeError):
    """The engine cannot run (not installed, scheduler unreachable); ``str`` is one line."""

_WORKER: Pipeline | None = None


def _init_worker() -> None:
    global _WORKER
    if _WORKER is None:
        _WORKER = Pipeline()


def _extract(article: Article) -> dict | str:
    return stored_form(_WORKER, article)


def stored_form(pipeline: Pipeline, article: Article) -> dict | str:
    """What :meth:`Store.add` takes for one article, or a one-line error."""
    try:
        ta = pipeline.process(article)
    except Exception as exc:  # an extractor bug must not stop the batch
        return f"{article.source}: extraction failed ({type(exc).__name__}: {exc})"
    result = to_json(ta)
    result["text"] = article.text
    result["sentences"] = ta.sentences
    return result


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    already: int = 0
    failed: int = 0
    facts: Counter = field(default_factory=Counter)
    warnings: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Inputs finished, whatever became of them (the progress bar's count)."""
        return self.stored + self.already + self.failed

    def merge(self, other: "Summary") -> None:
        """Add another worker's counts (the seconds are the caller's wall clock)."""
        self.read += other.read
        self.stored += other.stored
        self.already += other.already
        self.failed += other.failed
        self.facts.update(other.facts)
        self.warnings += other.warnings
        self.errors.extend(other.errors)
        self.notes.extend(other.notes)


def ingest(paths: Iterable[str], store: Store, *, jobs: int = 1, engine: str = "processes",
           scheduler: str | None = None, on_item: Callable[[Summary, str], None] | None = None) -> Summary:
    """Ingest every article under ``paths`` into ``store``; never raises on bad input.

    ``jobs``: worker processes (``processes``), or workers of the local Dask cluster started
    when ``engine="dask"`` has no ``scheduler`` address.
    """
    if engine == "dask":
        try:
            from .dask_engine import ingest as dask_ingest
        except ImportError as exc:
            raise EngineError(f"--engine dask needs dask.distributed ({exc}): pip install 'govfacts[dask]'") from exc
        return dask_ingest(paths, store, workers=jobs, scheduler=scheduler, on_item=on_item)
    if engine != "processes":
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    return ingest_items(read_paths(paths), store, jobs=jobs, on_item=on_item)


def ingest_items(items: Iterable[Article | ReadError | ReadNote], store: Store, *, jobs: int = 1,
                 on_item: Callable[[Summary, str], None] | None = None) -> Summary:
    """Extract and store what a reader yields: the loop both engines run."""
    summary = Summary()
    t0 = time.perf_counter()

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadError):
                summary.failed += 1
                summary.errors.append(str(item))
                on_item and on_item(summary, str(item))
            elif isinstance(item, ReadNote):
                summary.notes.append(str(item))
            else:
                summary.read += 1
                if store.has_article(item.id):
                    summary.already += 1
                    on_item and on_item(summary, "")
                    continue
                yield item

    def results() -> Iterator[dict | str]:
        if jobs <= 1:
            _init_worker()
            for art in articles():
                yield _extract(art)
        else:
            ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
            with ctx.Pool(jobs, initializer=_init_worker) as pool:
                yield from pool.imap(_extract, articles(), chunksize=4)

    for res in results():
        if isinstance(res, str):
            summary.failed += 1
            summary.errors.append(res)
            on_item and on_item(summary, res)
            continue
        try:
            new = store.add(res)
        except Exception as exc:
            msg = f"{res['article']['source']}: not stored ({type(exc).__name__}: {str(exc).splitlines()[0]})"
            summary.failed += 1
            summary.errors.append(msg)
            on_item and on_item(summary, msg)
            continue
        if new:
            summary.stored += 1
            summary.facts.update(f["kind"] for f in res["facts"])
            summary.warnings += len(res["warnings"])
        else:
            summary.already += 1
        on_item and on_item(summary, "")
    summary.seconds = time.perf_counter() - t0
    return summary
