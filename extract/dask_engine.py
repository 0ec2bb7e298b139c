"""Ingest as a Dask job: ``govfacts ingest PATH... --engine dask [--scheduler ADDRESS]``.

For a corpus one machine cannot get through in time.  Dask (``dask.distributed``) does the
scheduling, retries and worker bookkeeping; govfacts only cuts the input into partitions
and says what a worker does with one:

* the client (this process) plans partitions: whole files, batched up to
  :data:`PARTITION_ARTICLES` articles (``a.txt … z.txt (200 files)``), and JSON Lines
  files cut at line boundaries into byte ranges of that many lines
  (``national.jsonl:4001-4200``), so no worker reads more than its share;
* each worker loads the pipeline once, reads its partition, extracts, and writes each
  article to the shared store in its own transaction (db/store.py: upserts, so workers
  and other ingest processes may overlap);
* a partition that fails (worker lost, store unreachable) is reported in one line after
  one retry; running the same command again finishes it, storing nothing twice.

Without ``--scheduler`` a ``LocalCluster`` of ``--jobs`` single-threaded worker processes is
started, which is also how the tests run this path.  With one, the workers (``dask worker
ADDRESS --nthreads 1``, govfacts installed) must see the input paths and the store: a
PostgreSQL URL, or a SQLite file only on one machine.  Install with ``pip install
'govfacts[dask]'``; nothing else in govfacts imports this module.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, as_completed

from govfacts.corpus.readers import ReadError, ReadNote, decode, iter_paths, read_jsonl, read_paths
from govfacts.db.store import Store

from .batch import EngineError, Summary, ingest_items
from .model import Article

# Articles per partition: large enough that Dask's per-task cost (milliseconds) vanishes
# beside extraction (tens of ms per article), small enough that the progress bar moves and a
# failed partition costs little to redo.
PARTITION_ARTICLES = 200
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Partition:
    """Whole ``files``, or, with ``span``, the byte range [start, end) of one JSON Lines file
    whose first line is line ``first_line``.  ``articles`` counts lines for JSON Lines."""

    files: tuple[str, ...]
    span: tuple[int, int] | None = None
    first_line: int = 1
    articles: int = 1

    def __str__(self) -> str:
        if self.span:
            return f"{self.files[0]}:{self.first_line}-{self.first_line + self.articles - 1}"
        if len(self.files) == 1:
            return self.files[0]
        return f"{self.files[0]} … {self.files[-1]} ({len(self.files)} files)"


def plan(paths: Iterable[str], size: int = PARTITION_ARTICLES) -> Iterator[Partition | ReadError]:
    """The partitions of ``paths`` in input order; missing paths come out as ReadError."""
    batch: list[str] = []
    held = 0
    for item in iter_paths(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        weight = 1
        if item.suffix.lower() == ".jsonl":
            ranges = _line_ranges(item, size)
            if len(ranges) > 1:
                if batch:  # keep the input order
                    yield Partition(tuple(batch), articles=held)
                    batch, held = [], 0
                yield from ranges
                continue
            weight = ranges[0].articles if ranges else 1
        batch.append(str(item))
        held += weight
        if held >= size:
            yield Partition(tuple(batch), articles=held)
            batch, held = [], 0
    if batch:
        yield Partition(tuple(batch), articles=held)


def _line_ranges(path: Path, size: int) -> list[Partition]:
    """``path`` cut every ``size`` lines (one pass, no decoding); one whole-file partition
    when it cannot be cut (UTF-16) or cannot be read (the worker reports that)."""
    try:
        with path.open("rb") as f:
            if f.read(2) in _UTF16_BOMS:
                return [Partition((str(path),))]
            f.seek(0)
            out: list[Partition] = []
            start = offset = 0
            first = line = 1
            for raw in f:
                offset += len(raw)
                if line - first + 1 == size:
                    out.append(Partition((str(path),), (start, offset), first, size))
                    start, first = offset, line + 1
                line += 1
            if offset > start:
                out.append(Partition((str(path),), (start, offset), first, line - first))
    except OSError:
        return [Partition((str(path),))]
    if len(out) == 1:
        return [Partition((str(path),), articles=out[0].articles)]
    return out or [Partition((str(path),))]


def read_partition(part: Partition) -> Iterator[Article | ReadError | ReadNote]:
    """The articles of one partition, with the same sources ``read_paths`` gives
    (``file.jsonl:LINE`` counts lines from the top of the file)."""
    if part.span is None:
        yield from read_paths(part.files)
        return
    path = part.files[0]
    start, end = part.span
    try:
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(end - start)
    except OSError as exc:
        yield ReadError(path, f"cannot read file ({exc.strerror or exc})")
        return
    if not data.strip():
        return
    text, note = decode(data)
    if text is None:
        yield ReadError(str(part), note)
        return
    shift = part.first_line - 1
    for item in read_jsonl(text, path):
        if isinstance(item, ReadError):
            item.path = _shifted(item.path, path, shift)
        else:
            item.source = _shifted(item.source, path, shift)
        yield item


def _shifted(where: str, path: str, shift: int) -> str:
    """``path:N`` → ``path:N+shift`` (line numbers of a range, counted from the file's top)."""
    head, _, line = where.rpartition(":")
    return f"{path}:{int(line) + shift}" if head == path and line.isdigit() else where


# Worker side: one store (engine, connection pool) per worker process and URL; the pipeline
# is extract.batch's, loaded once per process.
_STORES: dict[str, Store] = {}
_LOCK = threading.Lock()


def run_partition(part: Partition, url: str) -> Summary:
    """On a worker: extract the partition's articles and store each in its own transaction.
    Bad articles are counted in the summary; only a broken store or worker raises."""
    with _LOCK:
        store = _STORES.get(url)
        if store is None:
            store = _STORES[url] = Store.open(url, create=False)
    summary = ingest_items(read_partition(part), store, jobs=1)
    summary.seconds = 0.0
    return summary


def ingest(paths: Iterable[str], store: Store, *, workers: int | None = None, scheduler: str | None = None,
           on_item: Callable[[Summary, str], None] | None = None,
           size: int = PARTITION_ARTICLES) -> Summary:
    """Run the partitions of ``paths`` on a Dask cluster into ``store`` (see the module doc)."""
    summary = Summary()
    t0 = time.perf_counter()
    parts: list[Partition] = []
    for item in plan(paths, size):
        if isinstance(item, ReadError):
            summary.failed += 1
            summary.errors.append(str(item))
            on_item and on_item(summary, str(item))
        else:
            parts.append(item)
    url = _shared_url(store)
    if scheduler and store.engine.dialect.name == "sqlite":
        summary.notes.append(f"{store.url}: a SQLite store is shared only by workers on this machine; "
                             "use PostgreSQL for a cluster")
    if parts:
        with _client(scheduler, workers) as client:
            futures = client.map(run_partition, parts, url=url, pure=False, retries=1)
            which = {f.key: p for f, p in zip(futures, parts)}
            for fut in as_completed(futures):
                part = which[fut.key]
                if fut.status == "finished":
                    done = fut.result()
                    summary.merge(done)
                    for err in done.errors:
                        on_item and on_item(summary, err)
                    on_item and on_item(summary, "")
                else:
                    exc = fut.exception()
                    msg = (f"partition {part} failed ({type(exc).__name__}: {_first_line(exc)}); "
                           "run the same command again to finish it (nothing is stored twice)")
                    summary.failed += 1
                    summary.errors.append(msg)
                    on_item and on_item(summary, msg)
                fut.release()
    summary.seconds = time.perf_counter() - t0
    return summary


def _client(scheduler: str | None, workers: int | None) -> Client:
    try:
        if scheduler:
            return Client(scheduler, timeout="20s")
        # The scheduler runs in this process: its log lines would bury the progress bar.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        return _Owned(Client(cluster), cluster)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {_first_line(exc)}") from exc


class _Owned:
    """A client and the local cluster it started, closed together."""

    def __init__(self, client: Client, cluster: LocalCluster):
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Client:
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self.cluster.close()


def _shared_url(store: Store) -> str:
    """The store's URL as workers must see it: a relative SQLite path made absolute."""
    url = store.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        path = url[len("sqlite:///"):]
        if path and not path.startswith(":memory:"):
            return f"sqlite:///{Path(path).resolve()}"
    return url


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__ = ["Partition", "plan", "read_partition", "run_partition", "ingest", "PARTITION_ARTICLES"]
