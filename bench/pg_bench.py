"""Ingest into PostgreSQL beside SQLite, and what the store alone can write.

:func:`measure` (for ``bench/run.py``) ingests the same JSON Lines file into a fresh SQLite
file and a fresh PostgreSQL database with ``--jobs 1`` and ``--jobs N`` (all cores), and
times the writes alone (articles extracted beforehand, stored as ingest stores them:
:meth:`Store.add_many`, ``extract/batch.py`` ``BATCH`` per transaction), which is what
names the bottleneck: when the store writes far faster than the pipeline extracts, more
extraction workers help; when not, the database is the limit.

Without a URL it starts a throwaway cluster (``.ci/postgres.sh``, default durable settings:
every commit is flushed, as in production) and stops it.  Standalone::

    python -m bench.pg_bench --articles 500 [--url postgresql+psycopg://...] [--dask]
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PG_SCRIPT = ROOT / ".ci" / "postgres.sh"


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """A PostgreSQL server for the length of the block (``.ci/postgres.sh``); its URL."""
    out = subprocess.run([str(PG_SCRIPT), "start"], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"cannot start PostgreSQL: {out.stderr.strip().splitlines()[-1:] or out.returncode}")
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    env = {k: shlex.split(v)[0] for k, v in env.items()}
    try:
        yield env["GOVFACTS_TEST_PG"]
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", env["GOVFACTS_PG_DIR"]], capture_output=True)


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new database on ``server_url``'s server, dropped afterwards; its URL."""
    from sqlalchemy import create_engine, make_url, text

    name = f"govfacts_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _ingest_rate(path: Path, n: int, url: str, jobs: int, engine: str = "processes") -> float:
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    store = Store.open(url)
    summary = ingest([str(path)], store, jobs=jobs, engine=engine)
    store.engine.dispose()
    assert summary.stored == n, (summary.stored, n, summary.errors[:3])
    return n / summary.seconds


def _extracted(path: Path, n: int) -> list[dict]:
    from govfacts.corpus.readers import read_paths
    from govfacts.extraction.ingest import stored_form
    from govfacts.extraction.model import Article
    from govfacts.extraction.pipeline import Pipeline

    pipe = Pipeline()
    out = [stored_form(pipe, a) for a in read_paths([path]) if isinstance(a, Article)]
    return [r for r in out if isinstance(r, dict)][:n]


def _store_batches(store, results: list[dict]) -> int:
    """Store ``results`` as ingest does, ``BATCH`` per transaction; how many were new."""
    from govfacts.extraction.batch import BATCH

    stored = 0
    for i in range(0, len(results), BATCH):
        out = store.add_many(results[i:i + BATCH])
        assert not any(isinstance(o, Exception) for o in out), out
        stored += sum(out)
    return stored


def _write_rate(results: list[dict], url: str) -> float:
    from govfacts.db.store import Store

    store = Store.open(url)
    t0 = time.perf_counter()
    assert _store_batches(store, results) == len(results)
    seconds = time.perf_counter() - t0
    store.engine.dispose()
    return len(results) / seconds


def _write_slice(args: tuple[str, list[dict]]) -> int:
    from govfacts.db.store import Store

    url, results = args
    store = Store.open(url, create=False)
    stored = _store_batches(store, results)
    store.engine.dispose()
    return stored


def _parallel_write_rate(results: list[dict], url: str, writers: int) -> float:
    """Articles/s ``writers`` processes write together, each its own slice (as the workers of
    ``--jobs N`` and of the Dask engine do)."""
    import multiprocessing as mp

    from govfacts.db.store import Store

    Store.open(url).engine.dispose()  # the schema, before the writers start
    slices = [(url, results[i::writers]) for i in range(writers)]
    with mp.get_context("fork").Pool(writers) as pool:
        pool.map(_write_slice, [(url, [])] * writers)  # processes up and imported: not timed
        t0 = time.perf_counter()
        stored = sum(pool.map(_write_slice, slices))
        seconds = time.perf_counter() - t0
    assert stored == len(results), (stored, len(results))
    return len(results) / seconds


def measure(path: str | Path, n: int, url: str | None = None, *, jobs: int | None = None,
            write_sample: int = 200, dask: bool = False) -> dict:
    """Articles/s ingesting ``path`` (JSON Lines of ``n`` distinct articles) into SQLite and
    PostgreSQL with 1 and ``jobs`` (all cores) processes, and articles/s the store alone
    writes (``write_sample`` articles).  Keys: ``{sqlite,postgresql}_{jobs1,jobsN,writes}``
    (and ``postgresql_dask`` with ``dask=True``), ``{sqlite,postgresql}_writesN`` (``jobs``
    processes writing at once), ``jobs``, ``postgresql_server``."""
    path = Path(path)
    jobs = jobs or os.cpu_count() or 1
    out: dict = {"articles": n, "jobs": jobs}
    with contextlib.ExitStack() as stack:
        server = url or stack.enter_context(throwaway_cluster())
        out["postgresql_server"] = "given" if url else "throwaway (.ci/postgres.sh)"
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="govfacts-pgbench-")))

        def sqlite(name: str) -> str:
            return f"sqlite:///{tmp / name}.db"

        for label, j in (("jobs1", 1), ("jobsN", jobs)):
            out[f"sqlite_{label}"] = _ingest_rate(path, n, sqlite(label), j)
            with fresh_database(server) as pg:
                out[f"postgresql_{label}"] = _ingest_rate(path, n, pg, j)
        if dask:
            with fresh_database(server) as pg:
                out["postgresql_dask"] = _ingest_rate(path, n, pg, jobs, engine="dask")
        sample = _extracted(path, write_sample)
        out["sqlite_writes"] = _write_rate(sample, sqlite("writes"))
        out["sqlite_writesN"] = _parallel_write_rate(sample, sqlite("writesN"), jobs)
        with fresh_database(server) as pg:
            out["postgresql_writes"] = _write_rate(sample, pg)
        with fresh_database(server) as pg:
            out["postgresql_writesN"] = _parallel_write_rate(sample, pg, jobs)
    return out


def main(argv: list[str] | None = None) -> int:
    from bench.run import corpus, write_jsonl

    ap = argparse.ArgumentParser(prog="python -m bench.pg_bench", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--url", help="a PostgreSQL server URL [default: a throwaway cluster]")
    ap.add_argument("--jobs", type=int, default=None, help="the N of --jobs N [default: all cores]")
    ap.add_argument("--dask", action="store_true", help="also --engine dask on a local cluster into PostgreSQL")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govfacts-pgbench-") as tmp:
        path = Path(tmp) / "bench.jsonl"
        write_jsonl(corpus(args.articles), path)
        r = measure(path, args.articles, args.url, jobs=args.jobs, dask=args.dask)
    print(f"govfacts ingest, {r['articles']} articles, PostgreSQL: {r['postgresql_server']}")
    for key, label in (("jobs1", "--jobs 1"), ("jobsN", f"--jobs {r['jobs']}"),
                       ("dask", f"--engine dask ({r['jobs']} workers)"), ("writes", "store writes alone, 1 writer"),
                       ("writesN", f"store writes alone, {r['jobs']} writers")):
        cells = [f"{r[f'{db}_{key}']:>9.1f}" if f"{db}_{key}" in r else f"{'-':>9}" for db in ("sqlite", "postgresql")]
        print(f"  {label:<30}{cells[0]} {cells[1]}   articles/s (SQLite, PostgreSQL)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
