"""The tokenizer stage: underthesea segmentation aligned to character offsets in a spaCy Doc.

underthesea's ``sent_tokenize``/``word_tokenize`` return strings, not offsets, and they
rewrite whitespace (NBSP → space, runs of spaces folded) and split ``2370/QĐ-UBND`` into
pieces.  :func:`align` walks the pieces back over the original text, so every token knows
its exact ``[start, end)`` and ``doc.text == article.text`` holds character for character.
Lines are split first: a title, a caption or a byline is its own sentence even without a
full stop.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.vocab import Vocab
from underthesea import sent_tokenize, word_tokenize

from .model import Article, Fact, Span, Warning_
from .text import line_spans

_RESYNC_WINDOW = 200  # characters searched ahead when underthesea altered a piece


def align(text: str, pieces: list[str], pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """Offsets of ``pieces`` (in order) within ``text[pos:end]``.

    Whitespace inside or between pieces may differ from the text; a piece whose characters
    were changed is re-found within a short window, else it consumes as many characters.
    Returns the spans and the position after the last piece.
    """
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        parts = piece.split()
        if not parts:
            continue
        first = None
        for part in parts:
            while pos < end and text[pos].isspace():
                pos += 1
            if text.startswith(part, pos):
                start = pos
            else:
                found = text.find(part, pos, min(end, pos + _RESYNC_WINDOW))
                start = found if found >= 0 else pos
            pos = min(end, start + len(part))
            if first is None:
                first = start
        spans.append((first, pos))
    return spans, pos


def segment(text: str) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Sentences and, for each, its word tokens, as character offsets into ``text``."""
    sentences: list[tuple[int, int]] = []
    tokens: list[list[tuple[int, int]]] = []
    for lstart, lend in line_spans(text):
        line = text[lstart:lend]
        sent_spans, _ = align(text, sent_tokenize(line), lstart, lend)
        for sstart, send in sent_spans:
            if send <= sstart:
                continue
            words, _ = align(text, word_tokenize(text[sstart:send]), sstart, send)
            words = [(s, e) for s, e in words if e > s]
            if words:
                sentences.append((sstart, send))
                tokens.append(words)
    return sentences, tokens


_VOCAB = Vocab()


def build_doc(text: str, sentences: list[list[tuple[int, int]]]) -> Doc:
    """A spaCy Doc whose text is exactly ``text``; gaps other than one space become tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    pos = 0

    def gap(upto: int) -> None:
        nonlocal pos
        ws = text[pos:upto]
        if not ws:
            return
        if words and ws[0] == " " and not spaces[-1]:
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)
            starts.append(not words[:-1])
        pos = upto

    for sent in sentences:
        for i, (s, e) in enumerate(sent):
            if s < pos:  # overlapping alignment after a resync: clip
                s = pos
                if e <= s:
                    continue
            gap(s)
            words.append(text[s:e])
            spaces.append(False)
            starts.append(i == 0 or not words[:-1])
            pos = e
    gap(len(text))
    if not words:
        return Doc(_VOCAB, words=[], spaces=[])
    starts[0] = True
    return Doc(_VOCAB, words=words, spaces=spaces, sent_starts=starts)


@dataclass
class TokenizedArticle:
    """An article after the tokenizer stage, with the facts found so far.

    Extractors read ``text``, ``sentences`` and ``doc`` and append to ``facts`` and
    ``warnings``; later extractors (linking, meetings) read the facts of earlier ones.
    """

    article: Article
    doc: Doc
    sentences: list[tuple[int, int]]
    facts: list[Fact] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

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
        self.warnings.append(Warning_(code, self.span(start, end), message))

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


def tokenize(article: Article) -> TokenizedArticle:
    """Run the tokenizer stage on an article."""
    sentences, tokens = segment(article.text)
    doc = build_doc(article.text, tokens)
    return TokenizedArticle(article=article, doc=doc, sentences=sentences)
