"""Batch ingest: read, extract (in worker processes with ``jobs > 1``) and store.

Each worker loads the pipeline once (models, lexicons), not once per article.  Results come
back in input order and the main process writes them, one transaction per article, so a
run with ``--jobs 4`` stores exactly what ``--jobs 1`` stores.
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

_WORKER: Pipeline | None = None


def _init_worker() -> None:
    global _WORKER
    _WORKER = Pipeline()


def _extract(article: Article) -> dict | str:
    """Worker side: the stored form of one article, or a one-line error."""
    try:
        ta = _WORKER.process(article)
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


def ingest(paths: Iterable[str], store: Store, *, jobs: int = 1,
           on_item: Callable[[Summary, str], None] | None = None) -> Summary:
    """Ingest every article under ``paths`` into ``store``; never raises on bad input."""
    summary = Summary()
    t0 = time.perf_counter()

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
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
