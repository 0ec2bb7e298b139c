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

import select
import signal
import time
from collections import deque
from dataclasses import dataclass, field
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
    source: str | None = None  # the article it holds ("" while it writes what it holds)
    article: Article | None = None
    since: float = 0.0
    held: list = field(default_factory=list)  # articles extracted, their rows not yet written


_FLUSH = "flush"


def over_budget(source: str, seconds: float) -> str:
    """The one line for an article whose extraction outlasted its time budget (either engine)."""
    return f"{source}: skipped: extracting it took more than {seconds:g} s (the per-article time budget); not stored"


def _serve(conn: Connection, init: Callable[[str], None], work: Callable[[Article], Any],
           flush: Callable[[], Any], failure: Callable[[str, str], Any], url: str) -> None:
    """In a worker process: ``init(url)`` once, then ``work`` each article sent, ``flush`` when
    asked.  Each answers (results, sources still held unwritten, or None: as they were)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    init(url)
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        try:
            out = flush() if msg == _FLUSH else work(msg)
        except Exception as exc:  # never leave the parent waiting for an answer
            source = "ingest" if msg == _FLUSH else msg.source
            out = ([failure(source, f"{source}: not stored ({type(exc).__name__}: {exc})")], None)
        conn.send(out)


def _poller(handles: list) -> Callable[[], bool]:
    """Whether any of ``handles`` (connections, process sentinels) is ready now: one poll
    object for a read-ahead's many questions (``wait`` builds a selector for each)."""
    if not hasattr(select, "poll"):
        return lambda: bool(wait(handles, timeout=0))
    poller = select.poll()
    for h in handles:
        poller.register(h if isinstance(h, int) else h.fileno(), select.POLLIN)
    return lambda: bool(poller.poll(0))


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with status {code}"


class Workers:
    """``jobs`` worker processes, each running ``init(url)`` once and ``work(article)`` per
    article; :meth:`run` yields the results they send back as they come (not in input order),
    and ``failure(source, message)`` for an article lost, skipped or not done.

    A worker may hold articles it has extracted and write them later, several in one
    transaction (``work`` answers which it still holds; ``flush`` writes them): the parent
    keeps those articles, asks for the write once the input is done, and gives them to
    another worker should this one die before writing them.
    """

    def __init__(self, ctx, jobs: int, url: str, budget: float, *, init: Callable[[str], None],
                 work: Callable[[Article], Any], failure: Callable[[str, str], Any],
                 flush: Callable[[], Any] = lambda: ([], [])):
        self.ctx, self.jobs, self.url, self.budget = ctx, jobs, url, budget
        self.init, self.work, self.flush, self.failure = init, work, flush, failure
        self.workers: list[_Worker] = []
        self.start_failures = 0
        self.again: deque[Article] = deque()  # held by a worker that died: to extract again

    def _start(self) -> None:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(child, self.init, self.work, self.flush, self.failure, self.url),
                                daemon=True)
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

    def _hand_out(self, pending: Iterator[Article], stopping: bool) -> bool:
        """Give each idle worker an article (one held by a dead worker first; once the batch
        stops, only those), else ask it to write what it holds.  False once the input is done."""
        more = True
        for w in self.workers:
            if not w.ready or w.source is not None:
                continue
            art = self.again.popleft() if self.again else None if stopping or not more else next(pending, None)
            if art is None:
                more = more and stopping
                if not w.held:
                    continue
                w.conn.send(_FLUSH)
                w.source, w.article = "", None
            else:
                w.conn.send(art)
                w.source, w.article = art.source, art
            w.since = time.monotonic()
        return more

    def _answered(self, w: _Worker, msg) -> Iterator[Any]:
        results, still = msg
        if w.article is not None:
            w.held.append(w.article)
        if still is None:  # the article failed in the worker: what it held is as it was
            w.held = [a for a in w.held if a is not w.article]
        else:
            left = list(still)
            kept = []
            for a in w.held:
                if a.source in left:
                    left.remove(a.source)
                    kept.append(a)
            w.held = kept
        w.source, w.article = None, None
        yield from results

    def _not_done(self, articles, why: str) -> Iterator[Any]:
        for a in articles:
            yield self.failure(a.source, f"{a.source}: not stored ({why})")

    def run(self, articles: Iterator[Article]) -> Iterator[Any]:
        for _ in range(self.jobs):
            self._start()
        pending = iter(articles)
        more = True
        stop_at: float | None = None  # set when the batch stops: the others' grace ends then
        try:
            while True:
                now = time.monotonic()
                more = self._hand_out(pending, stop_at is not None) and more
                busy = [w for w in self.workers if w.source is not None]
                done = not more or stop_at is not None
                if not busy and done and not self.again and not any(w.held for w in self.workers):
                    return
                if stop_at is not None and now > stop_at:
                    why = "the ingest stopped before its worker finished it"
                    for w in list(self.workers):
                        yield from self._not_done(([w.article] if w.article else []) + w.held, why)
                        if w.source is not None:
                            self._drop(w, kill=True)
                        w.held = []
                    yield from self._not_done(self.again, why)
                    self.again.clear()
                    return
                deadlines = [w.since + self.budget for w in busy] + ([stop_at] if stop_at else [])
                timeout = max(0.0, min(deadlines, default=now + 1.0) - now)
                handles = [w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers]
                ready = set(self._read_ahead(pending, handles) or wait(handles, timeout=min(timeout, 1.0)))
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
                            yield from self._answered(w, msg)
                            continue
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        w.proc.join(1)
                        stopped = yield from self._died(w, stop_at is not None)
                        if stopped and stop_at is None:
                            stop_at = time.monotonic() + _STOP_GRACE
                yield from self._over_budget(stop_at is not None)
        finally:
            self.close()

    @staticmethod
    def _read_ahead(pending, handles: list) -> list:
        """While no worker has anything to say, read the input ahead one item at a time (an
        input with ``read_one``, extract/intake.py), so the next idle worker is answered at
        once; returns the handles that became ready meanwhile (none: nothing to read now)."""
        read_one = getattr(pending, "read_one", None)
        if read_one is None:
            return []
        anything = _poller(handles)
        while read_one():
            if anything():
                return wait(handles, timeout=0)
        return []

    def _over_budget(self, stopping: bool) -> Iterator[Any]:
        now = time.monotonic()
        for w in list(self.workers):
            if w.source is not None and now - w.since > self.budget:
                source = w.source
                self._drop(w, kill=True)
                if source:
                    self.again.extend(w.held)
                    yield self.failure(source, over_budget(source, self.budget))
                else:  # writing what it held outlasted the budget
                    yield from self._not_done(w.held, f"storing it took more than {self.budget:g} s")
                if not stopping:
                    self._start()

    def _died(self, w: _Worker, stopping: bool):
        """Report the death of ``w``; True when it means the batch must stop."""
        code = w.proc.exitcode
        source, was_ready = w.source, w.ready
        self._drop(w)
        if source == "":  # it died writing what it held: those are reported, not tried again
            yield from self._not_done(w.held, f"its worker process {_death(code)} while storing it")
            source = None
        else:
            self.again.extend(w.held)  # extracted, never written: another worker does them again
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
