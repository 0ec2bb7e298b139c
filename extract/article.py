"""The article as the extractors see it: text, sentences, word tokens on demand, facts so far.

A light module (no spaCy, no underthesea): extractors, linking and the query side import it
without paying for the segmenter.  Word tokens come from ``tokens``, an exact view that
segments a sentence only when a stage reads it (:mod:`extract.tokenizer`); a spaCy ``Doc``
is built only when ``doc`` is asked for (:mod:`extract.doc_from_offsets`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .model import Article, Fact, Span, ArticleWarning
from .places import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Tokens(Protocol):
    """Word tokens as character offsets, read from a position onward (see TokenView)."""

    def run_from(self, pos: int) -> TokenRun: ...

    def all(self) -> list[tuple[int, int]]: ...


@dataclass
class TokenizedArticle:
    """An article after the tokenizer stage, with the facts found so far.

    Extractors read ``text``, ``sentences`` and ``tokens`` and append to ``facts`` and
    ``warnings``; later extractors (linking, meetings) read the facts of earlier ones, and
    the named places the place stage gives (``places``, internal: no fact kind).
    """

    article: Article
    sentences: list[tuple[int, int]]
    tokens: Tokens | None = None
    facts: list[Fact] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    warnings: list[ArticleWarning] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def doc(self) -> Doc:
        """A spaCy Doc of the text, word tokens and sentences (built on first use, then kept)."""
        cached = self.__dict__.get("_doc_cache")
        if cached is None:
            from .doc_from_offsets import build_doc

            cached = build_doc(self.text, self.tokens.all() if self.tokens is not None else [],
                               self.sentences)
            self.__dict__["_doc_cache"] = cached
        return cached

    def sentence_index(self, offset: int) -> int:
        starts = self._starts
        return max(0, bisect_right(starts, offset) - 1)

    @property
    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [s for s, _ in self.sentences]
            self.__dict__["_starts_cache"] = cached
        return cached

    def sentence_text(self, index: int) -> str:
        if not self.sentences:
            return self.text
        s, e = self.sentences[index]
        return self.text[s:e]

    def span(self, start: int, end: int) -> Span:
        """The provenance span for ``text[start:end]``."""
        return Span(start, end, self.text[start:end], self.sentence_index(start))

    def warn(self, code: str, start: int, end: int, message: str) -> None:
        self.warnings.append(ArticleWarning(code, self.span(start, end), message))

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


class TokenRun:
    """The word tokens from one sentence onward, as two growing lists of offsets.

    ``more`` yields the next sentence's tokens (segmenting it then), or None after the last;
    a reader asks ``has(j)`` before reading token ``j``, so a sentence nobody reads past is
    never segmented.
    """

    def __init__(self, more=None):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._more = more

    def _extend(self) -> bool:
        if self._more is None:
            return False
        seg = self._more()
        if seg is None:
            self._more = None
            return False
        for s, e in seg:
            self.starts.append(s)
            self.ends.append(e)
        return True

    def has(self, j: int) -> bool:
        while j >= len(self.starts):
            if not self._extend():
                return False
        return True

    def index_at(self, pos: int) -> int:
        """The last token starting at or before ``pos`` (-1 if none)."""
        while (not self.starts or self.starts[-1] <= pos) and self._extend():
            pass
        return bisect_right(self.starts, pos) - 1

    def index_from(self, pos: int) -> int:
        """The first token starting at or after ``pos`` (the number of tokens if none)."""
        while (not self.starts or self.starts[-1] < pos) and self._extend():
            pass
        return bisect_left(self.starts, pos)
