"""The pipeline: tokenizer stage, then the registered extractors in order, then clean-up.

>>> from govfacts.extraction.pipeline import extract_text
>>> result = extract_text("Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh Quảng Nam")
>>> result["facts"][0]["canonical"]
'2370/QĐ-UBND'
"""
from __future__ import annotations

from typing import Iterable

from govfacts.corpus.readers import make_article
from . import registry
from .registry import StageOrderError  # noqa: F401 (re-exported: the error of a misordered Pipeline)
from .model import Article, Fact
from .article import TokenizedArticle
from .tokenizer import tokenize


class InvariantError(AssertionError):
    """A fact whose span does not quote the text: a bug in an extractor, never in the input."""


class Pipeline:
    """Load the stages once, checking their order; call on each article.

    ``names`` picks and orders stages (default: :data:`extract.registry.PIPELINE`); a stage
    placed before one whose facts it requires raises :class:`~extract.registry.StageOrderError`.
    """

    def __init__(self, names: Iterable[str] | None = None):
        self.names = list(names) if names is not None else registry.default_names()
        self.stages = registry.check_order(self.names)
        self.components = [(st.name, st.function) for st in self.stages]

    def process(self, article: Article) -> TokenizedArticle:
        tokenized = tokenize(article)
        allowed: set[str] = set()
        for st in self.stages:
            st.function(tokenized)
            allowed.update(st.assigns)
            stray = {f.kind for f in tokenized.facts} - allowed
            if stray:
                raise InvariantError(f"stage {st.name!r} made {', '.join(sorted(stray))} facts, "
                                     f"which it does not assign")
        self._finish(tokenized)
        return tokenized

    def __call__(self, article: Article) -> dict:
        return to_json(self.process(article))

    @staticmethod
    def _finish(ta: TokenizedArticle) -> None:
        """Drop facts in site chrome, order by position, number them, check provenance (of the
        named places too)."""
        art = ta.article
        ta.facts = [f for f in ta.facts if not art.in_chrome(f.span.start, f.span.end)]
        ta.warnings = [w for w in ta.warnings if not art.in_chrome(w.span.start, w.span.end)]
        ta.facts.sort(key=lambda f: (f.span.start, f.span.end, f.kind))
        for i, fact in enumerate(ta.facts, 1):
            fact.id = f"f{i}"
            check_span(art.text, fact)
        for place in ta.places:
            if not place.quotes(art.text):
                raise InvariantError(f"place: mention {place} does not quote the text")


def check_span(text: str, fact: Fact) -> None:
    s = fact.span
    if text[s.start:s.end] != s.text:
        raise InvariantError(f"{fact.extractor}: span {s.start}:{s.end} quotes {text[s.start:s.end]!r}, not {s.text!r}")
    for m in fact.fields.get("mentions") or []:
        if text[m["start"]:m["end"]] != m["text"]:
            raise InvariantError(f"{fact.extractor}: mention {m} does not quote the text")


def to_json(ta: TokenizedArticle) -> dict:
    return {
        "article": ta.article.to_json(),
        "facts": [f.to_json() for f in ta.facts],
        "warnings": [w.to_json() for w in ta.warnings],
    }


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract_text(text: str, *, source: str = "<text>", published: str | None = None) -> dict:
    """Run the default pipeline on a string (first line = title) and return the JSON object."""
    art = make_article(text, source, published=published)
    if not isinstance(art, Article):
        raise ValueError(str(art))
    return default_pipeline()(art)
