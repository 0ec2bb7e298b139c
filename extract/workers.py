"""Worker processes for ``ingest --jobs N``: one article at a time per worker, each with a
time budget, and a worker that dies is noticed at once.

``multiprocessing.Pool`` waits for ever for the result of a worker killed mid-task, and
cannot stop a task that runs too long.  Here the parent hands each worker one article and
watches both its pipe and its process:

* an article that outlasts the budget (corpus/limits.py ``ARTICLE_SECONDS``): its worker is
  killed and replaced, the article reported as skipped, and the batch goes on;
* a worker killed from outside (SIGKILL, SIGTERM, SIGINT: the OOM killer, an operator): the
  article it held is reported lost and the ingest stops within seconds, exit status 1; the
  same command run again finishes the batch, storing nothing twice;
* a worker that crashes on an article (any other death): that article is reported, a new
  worker takes over, and the batch goes on.

Each worker stores its articles itself (extract/batch.py); a killed worker's open
transaction is rolled back by the database, so nothing half-written is ever stored.
"""
from __future__ import annotations

import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

from .model import Article

# Signals that mean "stop", sent by someone else: the batch stops rather than goes on.
_STOP_SIGNALS = {signal.SIGKILL, signal.SIGTERM, signal.SIGINT}
# How long the other workers may finish their article once the batch stops (seconds).
_STOP_GRACE = 10.0
# A worker that dies before it is ready this many times in a row: the pool gives up.
_START_FAILURES = 3


@dataclass
class _Worker:
    proc: object
    conn: Connection
    ready: bool = False
    source: str | None = None  # the article it holds
    since: float = 0.0


def _serve(conn: Connection, init: Callable[[str], None], work: Callable[[Article], Any],
           failure: Callable[[str, str], Any], url: str) -> None:
    """In a worker process: ``init(url)`` once, then ``work`` each article sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    init(url)
    conn.send("ready")
    while True:
        try:
            article = conn.recv()
        except EOFError:
            return
        if article is None:
            return
        try:
            out = work(article)
        except Exception as exc:  # never leave the parent waiting for an answer
            out = failure(article.source, f"{article.source}: not stored ({type(exc).__name__}: {exc})")
        conn.send(out)


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with status {code}"


class Workers:
    """``jobs`` worker processes, each running ``init(url)`` once and ``work(article)`` per
    article; :meth:`run` yields what ``work`` returns as each completes (not in input order),
    and ``failure(source, message)`` for an article lost, skipped or not done."""

    def __init__(self, ctx, jobs: int, url: str, budget: float, *, init: Callable[[str], None],
                 work: Callable[[Article], Any], failure: Callable[[str, str], Any]):
        self.ctx, self.jobs, self.url, self.budget = ctx, jobs, url, budget
        self.init, self.work, self.failure = init, work, failure
        self.workers: list[_Worker] = []
        self.start_failures = 0

    def _start(self) -> None:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(child, self.init, self.work, self.failure, self.url), daemon=True)
        proc.start()
        child.close()
        self.workers.append(_Worker(proc, parent))

    def _drop(self, w: _Worker, kill: bool = False) -> None:
        if kill and w.proc.is_alive():
            w.proc.kill()
        w.proc.join(5)
        w.conn.close()
        self.workers.remove(w)

    def close(self) -> None:
        for w in list(self.workers):
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for w in list(self.workers):
            w.proc.join(max(0.0, deadline - time.monotonic()))
            self._drop(w, kill=True)

    def run(self, articles: Iterator[Article]) -> Iterator[Any]:
        for _ in range(self.jobs):
            self._start()
        pending = iter(articles)
        exhausted = False
        stop_at: float | None = None  # set when the batch stops: the others' grace ends then
        try:
            while True:
                now = time.monotonic()
                # Hand out articles to ready workers, one each.
                for w in self.workers:
                    if w.ready and w.source is None and not exhausted and stop_at is None:
                        art = next(pending, None)
                        if art is None:
                            exhausted = True
                            break
                        w.conn.send(art)
                        w.source, w.since = art.source, time.monotonic()
                busy = [w for w in self.workers if w.source is not None]
                if not busy and (exhausted or stop_at is not None):
                    return
                if stop_at is not None and now > stop_at:
                    for w in busy:
                        yield self.failure(w.source, f"{w.source}: not stored (the ingest stopped before its "
                                                      "worker finished it)")
                        self._drop(w, kill=True)
                    return
                deadlines = [w.since + self.budget for w in busy] + ([stop_at] if stop_at else [])
                timeout = max(0.0, min(deadlines, default=now + 1.0) - now)
                handles = [w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers]
                ready = set(wait(handles, timeout=min(timeout, 1.0)))
                for w in list(self.workers):
                    if w.conn in ready:
                        try:
                            msg = w.conn.recv()
                        except (EOFError, OSError):
                            msg = None
                        if msg == "ready":
                            w.ready = True
                            self.start_failures = 0
                            continue
                        if msg is not None:
                            w.source = None
                            yield msg
                            continue
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        w.proc.join(1)
                        stopped = yield from self._died(w, stop_at is not None)
                        if stopped and stop_at is None:
                            stop_at = time.monotonic() + _STOP_GRACE
                now = time.monotonic()
                for w in list(self.workers):
                    if w.source is not None and now - w.since > self.budget:
                        source = w.source
                        self._drop(w, kill=True)
                        yield self.failure(source, f"{source}: skipped: extracting it took more than "
                                                    f"{self.budget:g} s (the per-article time budget); not stored")
                        if stop_at is None:
                            self._start()
        finally:
            self.close()

    def _died(self, w: _Worker, stopping: bool):
        """Report the death of ``w``; True when it means the batch must stop."""
        code = w.proc.exitcode
        source, was_ready = w.source, w.ready
        self._drop(w)
        how = _death(code)
        killed = code is not None and code < 0 and -code in _STOP_SIGNALS
        if source is not None:
            if killed:
                yield self.failure(source, f"{source}: lost: its worker process was {how} while extracting it; "
                                            "not stored. The ingest stops; run the same command again to finish "
                                            "(nothing is stored twice)")
            else:
                yield self.failure(source, f"{source}: skipped: its worker process {how} while extracting it; "
                                            "not stored")
        if killed:
            if source is None:  # killed between two articles: the rest of the input is still not stored
                yield self.failure("ingest", f"ingest: a worker process was {how} between two articles. The ingest "
                                              "stops; run the same command again to finish (nothing is stored twice)")
            return True
        if not was_ready:
            self.start_failures += 1
            if self.start_failures >= _START_FAILURES:
                yield self.failure("ingest", f"ingest: worker processes cannot start (the last {how}); "
                                              "the rest of the input is not stored")
                return True
        if not stopping:
            self._start()
        return False
