"""``govfacts.Store``: a fact store and the questions the CLI asks of it, as Python calls.

    >>> import govfacts, tempfile, pathlib
    >>> url = f"sqlite:///{pathlib.Path(tempfile.mkdtemp()) / 'facts.db'}"
    >>> store = govfacts.Store(url)
    >>> store.ingest(["corpus/seeds"]).stored
    5
    >>> [c["name"] for m in store.chairs(place="Nông Sơn") for c in m["chairs"]]
    ['Nguyễn Văn Hòa']

Each query returns plain rows (dicts or the small records the CLI prints), so that a
notebook, a script and the command line see the same answers.
"""
from __future__ import annotations

from typing import Iterable


class Store:
    """A store at any SQLAlchemy URL (a SQLite path by default); created when missing."""

    def __init__(self, url: str | None = None, *, create: bool = True):
        from govfacts.db.store import Store as _Engine  # noqa: N814 (the store engine behind this API)

        self.backend = _Engine.open(url, create=create)

    @property
    def url(self) -> str:
        return self.backend.url

    def ingest(self, paths: Iterable[str], *, jobs: int = 1):
        """Read and store every article under ``paths``; returns the run's summary (``read``,
        ``stored``, ``already``, ``failed``, ``errors``)."""
        from govfacts.extraction.ingest import ingest

        return ingest([str(p) for p in paths], self.backend, jobs=jobs)

    def chairs(self, *, person: str | None = None, place: str | None = None,
               since: str | None = None, until: str | None = None) -> list[dict]:
        """Meetings with their chairs, in date order (``govfacts chairs``)."""
        from govfacts.db.meetings import chairs

        return chairs(self.backend, person=person, place=place, since=since, until=until)

    def cites(self, number: str) -> list[dict]:
        """Every citation of a document number, any spelling (``govfacts cites``)."""
        from govfacts.db.queries import cites

        return cites(self.backend, number)

    def documents(self, *, issuer: str | None = None, type_: str | None = None,
                  year: int | None = None) -> list[dict]:
        """The cited documents, most cited first (``govfacts documents``)."""
        from govfacts.db.queries import documents

        return documents(self.backend, issuer=issuer, type_=type_, year=year)

    def person(self, name: str):
        """Every stored person of that name, with their roles over time (``govfacts person``)."""
        from govfacts.db.people import person_history

        return person_history(self.backend, name)

    def officials(self, *, place: str | None = None, title: str | None = None, org: str | None = None):
        """Who held which role when (``govfacts officials``)."""
        from govfacts.db.people import officials_at

        return officials_at(self.backend, place=place, title=title, org=org)

    def scores(self, *, index: str | None = None, place: str | None = None,
               year: int | str | None = None) -> list[dict]:
        """Scores, ranks and ratings of the reform indexes (``govfacts scores``)."""
        from govfacts.db.scores import scores

        return scores(self.backend, index=index, place=place, year=year)

    def audit(self):
        """The audit's findings over the cited documents (``govfacts audit``)."""
        from govfacts.db.audit import run_audit

        return run_audit(self.backend)

    def facts(self, *, kind: str | None = None, limit: int | None = None):
        """Every stored fact as a flat row (``govfacts export``), in article and text order."""
        from govfacts.db.export import fact_rows

        return fact_rows(self.backend, kind=kind, limit=limit)
