"""govfacts: facts with provenance from Vietnamese government news.

One entry point per job, in the manner of eyecite and spaCy::

    >>> import govfacts
    >>> facts = govfacts.extract("Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh Quảng Nam")
    >>> cited = facts.of_kind("document_ref")[0]
    >>> cited["canonical"], cited["issued_on"], cited.span.text
    ('2370/QĐ-UBND', '2021-08-19', 'Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh Quảng Nam')
    >>> facts.text[cited.span.start:cited.span.end] == cited.span.text
    True

- :func:`extract` reads a string (its first line is the title), :func:`extract_article` an
  :class:`Article`; both give an :class:`Extraction`, a list of :class:`Fact` with the
  article, its text and its warnings.
- :func:`read` yields the articles of a file or folder (.txt, .html, .jsonl).
- :func:`render_html` draws an extraction as one HTML page with every fact highlighted.
- :func:`to_doc` gives a spaCy ``Doc`` with the facts in ``doc.spans["govfacts"]``.
- :class:`Store` opens a fact store (any SQLAlchemy URL) and answers the CLI's queries.

The output contract (kinds and fields) is docs/facts.md. spaCy and SQLAlchemy are imported
only by what needs them.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from govfacts.extraction.model import Article, Fact, Span

if TYPE_CHECKING:  # pragma: no cover
    from .store import Store

__all__ = ["Article", "Extraction", "Fact", "InputError", "Span", "Store", "extract", "extract_article", "read",
           "render_html", "to_doc"]


class InputError(ValueError):
    """An input govfacts cannot read: the message names the file and the problem."""


class Extraction(list):
    """The facts of one article, in text order, with ``article``, ``text`` and ``warnings``."""

    def __init__(self, facts: Iterable[Fact], article: Article, warnings: list):
        super().__init__(facts)
        self.article = article
        self.warnings = warnings

    @property
    def text(self) -> str:
        """The article text every span indexes (NFC, newlines normalised)."""
        return self.article.text

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self if f.kind == kind]

    def to_json(self) -> dict:
        """The JSON object ``govfacts extract`` prints for this article (docs/facts.md)."""
        return {"article": self.article.to_json(), "facts": [f.to_json() for f in self],
                "warnings": [w.to_json() for w in self.warnings]}


def extract_article(article: Article) -> Extraction:
    """Run the default pipeline on one article."""
    from govfacts.extraction.pipeline import default_pipeline

    done = default_pipeline().process(article)
    return Extraction(done.facts, article, done.warnings)


def extract(text: str, *, published: str | None = None, url: str | None = None,
            source: str = "<text>") -> Extraction:
    """The facts of ``text`` (its first line is the title). ``published`` (``YYYY-MM-DD``),
    the page's own date, anchors days written without a year."""
    from govfacts.corpus.readers import make_article

    article = make_article(text, source, url=url, published=published)
    if not isinstance(article, Article):
        raise InputError(str(article))
    return extract_article(article)


def read(path: str | Path, *, skip_bad: bool = False) -> Iterator[Article]:
    """The articles of a file or a folder (read recursively). A file that cannot be read
    raises :class:`InputError` naming it, or is passed over with ``skip_bad=True``."""
    from govfacts.corpus.readers import ReadError, ReadNote, read_paths

    for item in read_paths([path]):
        if isinstance(item, ReadError):
            if not skip_bad:
                raise InputError(str(item))
        elif not isinstance(item, ReadNote):
            yield item


def render_html(extraction: Extraction, *, focus: str | None = None) -> str:
    """One HTML page: the article with every fact highlighted and a card per fact; ``focus``
    (a fact id such as ``"f3"``) shows that fact in its sentence first."""
    from govfacts.extraction.render import render_page

    art = dict(extraction.article.to_json(), text=extraction.text)
    data = extraction.to_json()
    return render_page(art, data["facts"], data["warnings"], focus=focus)


def to_doc(source: str | Article | Extraction, **kwargs: Any):
    """A spaCy ``Doc`` of the article with its facts as labelled Spans (``doc.spans["govfacts"]``,
    fields in ``span._.govfacts``); ``displacy.render(doc, style="span",
    options={"spans_key": "govfacts"})`` draws it."""
    from govfacts.extraction.spacy_doc import to_doc as build

    return build(source.article if isinstance(source, Extraction) else source, **kwargs)


def __getattr__(name: str):
    if name == "Store":  # SQLAlchemy only when a store is asked for
        from .store import Store

        return Store
    raise AttributeError(f"module 'govfacts' has no attribute {name!r}")
