"""Batch ingest: read, extract (in worker processes with ``jobs > 1``) and store.

Two engines, one result:

* ``processes`` (default): ``jobs`` worker processes on this machine (extract/workers.py);
  each loads the pipeline once (models, lexicons), not once per article, and opens the store
  once, then extracts and writes each article in its own transaction.  Writing in the
  workers, not funnelled through this process, keeps one writer's speed from capping a
  many-core machine; the store's upserts make the result exactly what ``--jobs 1`` stores.
  Each article has a time budget (corpus/limits.py); a worker that dies is noticed at once.
* ``dask``: partitions of the input go to the workers of a Dask cluster, which extract and
  write to the shared store themselves (:mod:`extract.dask_engine`; imported only then).

Either way the store decides what is new (db/store.py), so runs may overlap or repeat.
"""
from __future__ import annotations

from typing import Callable, Iterable

from govfacts.corpus.limits import ARTICLE_SECONDS
from govfacts.corpus.readers import read_paths
from govfacts.db.store import Store

from .batch import EngineError, Summary, ingest_items, shareable, store_one, stored_form  # noqa: F401 (the API)

ENGINES = ("processes", "dask")


def ingest(paths: Iterable[str], store: Store, *, jobs: int = 1, engine: str = "processes",
           scheduler: str | None = None, on_item: Callable[[Summary, str], None] | None = None,
           budget: float = ARTICLE_SECONDS) -> Summary:
    """Ingest every article under ``paths`` into ``store``; never raises on bad input.

    ``jobs``: worker processes (``processes``), or workers of the local Dask cluster started
    when ``engine="dask"`` has no ``scheduler`` address.  ``budget``: seconds an article may
    take before it is reported and skipped.
    """
    if engine == "dask":
        try:
            from .dask_engine import ingest as dask_ingest
        except ImportError as exc:
            raise EngineError(f"--engine dask needs dask.distributed ({exc}): pip install 'govfacts[dask]'") from exc
        return dask_ingest(paths, store, workers=jobs, scheduler=scheduler, on_item=on_item)
    if engine != "processes":
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    return ingest_items(read_paths(paths), store, jobs=jobs, on_item=on_item, budget=budget)
