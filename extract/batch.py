"""Extract and store a stream of articles: the loop both ingest engines run.

``ingest_items`` takes what a reader yields (articles, read errors, notes); with ``jobs 1``
they are extracted here, with ``jobs > 1`` in worker processes (extract/workers.py), each of
which loads the pipeline once and opens the store once; either way they are stored
:data:`BATCH` at a time, one transaction with a SAVEPOINT per article.
Each article has a time budget (corpus/limits.py).  :mod:`extract.ingest` chooses the
engine; :mod:`extract.dask_engine` runs this loop on each Dask worker.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from contextlib import contextmanager
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from govfacts.corpus.limits import ARTICLE_SECONDS
from govfacts.corpus.readers import ReadError, ReadNote
from govfacts.db.store import Store

from .model import Article
from .intake import Intake
from .pipeline import Pipeline, to_json
from .tokenizer import load_models
from .workers import Workers, over_budget

class EngineError(RuntimeError):
    """The engine cannot run (not installed, scheduler unreachable); ``str`` is one line."""

_WORKER: Pipeline | None = None
_WARM_UP = "Hội nghị\n\nNgày 9/3/2022, Chủ tịch UBND huyện Nông Sơn chủ trì hội nghị theo Quyết định số 1/QĐ-UBND."
_STORE: Store | None = None
_STORE_ERROR = ""
_HELD: list[tuple[Article, dict]] = []  # a pool worker's articles extracted, not yet stored


def _init_worker(url: str | None = None) -> None:
    """Once per worker process: the pipeline, and (given a URL) the worker's own store.
    Never raises: a pool whose initializer fails restarts its workers for ever."""
    global _WORKER, _STORE, _STORE_ERROR
    if _WORKER is None:
        _WORKER = Pipeline()
        # Load what the tokenizer and extractors load lazily now, not inside the first
        # article's time budget, where the alarm could cut a model load in half.
        _WORKER.process(Article(_WARM_UP, source="<warm-up>"))
        load_models()  # the word model, which the warm-up article does not segment with
    if url is not None:
        try:
            _STORE = Store.open(url, create=False)
        except Exception as exc:  # reported for each article this worker gets
            _STORE, _STORE_ERROR = None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


@dataclass
class Outcome:
    """What became of one article, sent back from a worker (small: no text, no facts)."""

    source: str
    new: bool = False
    error: str = ""
    kinds: list[str] = field(default_factory=list)
    warnings: int = 0


def _work(article: Article) -> tuple[list[Outcome], list[str]]:
    """In a pool worker: extract one article and hold it; once :data:`BATCH` are held, store
    them in one transaction.  Returns what was settled and the sources still held."""
    if _STORE is None:
        return [Outcome(article.source, error=f"{article.source}: not stored (worker cannot open the store: "
                                              f"{_STORE_ERROR})")], [a.source for a, _ in _HELD]
    res = stored_form(_WORKER, article)
    if isinstance(res, str):
        return [Outcome(article.source, error=res)], [a.source for a, _ in _HELD]
    _HELD.append((article, res))
    return _flush() if len(_HELD) >= BATCH else ([], [a.source for a, _ in _HELD])


def _flush() -> tuple[list[Outcome], list[str]]:
    """In a pool worker: store the articles it holds, in one transaction."""
    held = list(_HELD)
    _HELD.clear()
    return (write_batch(_STORE, held) if held else []), []


def _failed(source: str, error: str) -> Outcome:
    return Outcome(source, error=error)


class OverBudget(BaseException):
    """The article's time budget ran out (a BaseException: no extractor's ``except`` eats it)."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise :class:`OverBudget` in this thread after ``seconds`` (SIGALRM: the main thread
    of a POSIX process only; elsewhere, and with ``None``, no budget)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_sig, _frame):
        raise OverBudget()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def store_one(pipeline: Pipeline, store: Store, article: Article, budget: float | None = None) -> Outcome:
    """Extract one article and store it in its own transaction, within ``budget`` seconds."""
    try:
        with time_budget(budget):
            return _store_one(pipeline, store, article)
    except OverBudget:
        return Outcome(article.source, error=over_budget(article.source, budget))


def _store_one(pipeline: Pipeline, store: Store, article: Article) -> Outcome:
    res = stored_form(pipeline, article)
    if isinstance(res, str):
        return Outcome(article.source, error=res)
    try:
        new = store.add(res)
    except Exception as exc:
        new = exc
    return _stored(article.source, res, new)


def _stored(source: str, res: dict, new: bool | Exception) -> Outcome:
    """What storing one extracted article came to: stored (``new``), stored already, or the
    error its rows raised."""
    if isinstance(new, Exception):
        return Outcome(source, error=_not_stored(source, new))
    return Outcome(source, new=new, kinds=[f["kind"] for f in res["facts"]] if new else [],
                   warnings=len(res["warnings"]) if new else 0)


def _not_stored(source: str, exc: Exception) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{source}: not stored ({type(exc).__name__}: {first})"


# Articles one writer stores per transaction (``--jobs 1`` and each worker of ``--jobs N``): 32,
# not 16, halves what each transaction costs beside its rows (statements, commit): 1.0 -> 0.9 ms
# of CPU per article stored.
BATCH = 32


def store_batch(pipeline: Pipeline, store: Store, articles: list[Article], budget: float | None = None) -> list[Outcome]:
    """Extract each article within its own ``budget``, then store them all in one transaction
    (:func:`write_batch`)."""
    out, held = [], []
    for article in articles:
        try:
            with time_budget(budget):
                res = stored_form(pipeline, article)
        except OverBudget:
            res = over_budget(article.source, budget)
        if isinstance(res, str):
            out.append(Outcome(article.source, error=res))
        else:
            held.append((article, res))
    return out + (write_batch(store, held) if held else [])


def write_batch(store: Store, held: list[tuple[Article, dict]]) -> list[Outcome]:
    """Store extracted articles in one transaction (:meth:`Store.add_many`): an article that
    fails is reported alone, the others kept."""
    return [_stored(article.source, res, new)
            for (article, res), new in zip(held, store.add_many([res for _, res in held]))]


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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


def shareable(store: Store) -> bool:
    """Whether other processes can open this store (not an in-memory SQLite database)."""
    return store.engine.url.database not in (None, "", ":memory:") or store.engine.dialect.name != "sqlite"


def ingest_items(items: Iterable[Article | ReadError | ReadNote], store: Store, *, jobs: int = 1,
                 on_item: Callable[[Summary, str], None] | None = None,
                 budget: float | None = ARTICLE_SECONDS) -> Summary:
    """Extract and store what a reader yields: the loop both engines run.  Articles are
    pulled from ``items`` a few batches ahead at most (extract/intake.py: the store is asked
    which are stored already in one query a batch), so memory stays flat."""
    summary = Summary()
    t0 = time.perf_counter()
    articles = Intake(items, store, summary, on_item)

    def outcomes() -> Iterator[Outcome]:
        if jobs <= 1 or not shareable(store):
            _init_worker()
            for chunk in _chunks(articles, BATCH):
                yield from store_batch(_WORKER, store, chunk, budget)
            return
        store.engine.dispose()  # no connection of this process may be inherited by a worker
        ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        if ctx.get_start_method() == "fork":
            _init_worker()  # once, here: each forked worker starts with the pipeline loaded and warm
        workers = Workers(ctx, jobs, store.url, budget or float("inf"), init=_init_worker, work=_work,
                          flush=_flush, failure=_failed)
        yield from workers.run(articles)

    for out in outcomes():
        if out.error:
            summary.failed += 1
            summary.errors.append(out.error)
        elif out.new:
            summary.stored += 1
            summary.facts.update(out.kinds)
            summary.warnings += out.warnings
        else:
            summary.already += 1
        on_item and on_item(summary, out.error)
    summary.seconds = time.perf_counter() - t0
    return summary
