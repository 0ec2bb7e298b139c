"""What ingest reads, one item at a time: the articles to extract, the rest counted.

A reader yields articles, read errors and notes. :class:`Intake` sorts them into the run's
summary, asks the store which articles it holds already in one query per :data:`ASKED` read,
and queues the others. ``next()`` gives the next article to extract; :meth:`Intake.read_one`
reads one more item ahead, which the worker pool calls while it has nothing to answer, so an
idle worker is handed an article at once instead of waiting for the parent to read one (and,
every batch, for it to read a whole batch): on two cores that wait was ~0.6 ms an article
a worker spent idle.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable

from govfacts.corpus.readers import ReadError, ReadNote
from govfacts.db.store import Store

from .model import Article

ASKED = 32  # articles asked about in one stored-ids query
AHEAD = 2 * ASKED  # articles read ahead at most: memory stays flat


class Intake:
    """The articles of ``items`` that ``store`` does not hold yet, in input order."""

    def __init__(self, items: Iterable[Article | ReadError | ReadNote], store: Store, summary,
                 on_item: Callable | None = None):
        self.items = iter(items)
        self.store, self.summary, self.on_item = store, summary, on_item
        self.read: list[Article] = []  # read, not yet asked about
        self.queue: deque[Article] = deque()  # not stored: to extract
        self.done = False

    def __iter__(self) -> "Intake":
        return self

    def __next__(self) -> Article:
        while not self.queue:
            if self.done or len(self.read) >= ASKED:
                self._ask()
                if not self.queue and self.done:
                    raise StopIteration
                continue
            self._take()
        return self.queue.popleft()

    def read_one(self) -> bool:
        """Read one item ahead; False when there is nothing to read now (the input is done or
        :data:`AHEAD` articles wait)."""
        if self.done or len(self.queue) + len(self.read) >= AHEAD:
            return False
        self._take()
        if len(self.read) >= ASKED or self.done:
            self._ask()
        return True

    def _take(self) -> None:
        item = next(self.items, None)
        summary, on_item = self.summary, self.on_item
        if item is None:
            self.done = True
        elif isinstance(item, ReadError):
            summary.failed += 1
            summary.errors.append(str(item))
            on_item and on_item(summary, str(item))
        elif isinstance(item, ReadNote):
            summary.notes.append(str(item))
        else:
            summary.read += 1
            self.read.append(item)

    def _ask(self) -> None:
        """One query for the articles read: those stored already are counted, the rest queued."""
        read, self.read = self.read, []
        if not read:
            return
        stored = self.store.stored_ids([a.id for a in read])
        for a in read:
            if a.id in stored:
                self.summary.already += 1
                self.on_item and self.on_item(self.summary, "")
            else:
                self.queue.append(a)
