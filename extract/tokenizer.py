"""The tokenizer stage: underthesea sentences for every article, words only where read.

underthesea's ``sent_tokenize``/``word_tokenize`` return strings, not offsets, and they
rewrite whitespace (NBSP → space, runs of spaces folded) and split ``2370/QĐ-UBND`` into
pieces.  :func:`align` walks the pieces back over the original text, so every token knows
its exact ``[start, end)``.  Lines are split first: a title, a caption or a byline is its
own sentence even without a full stop.

Word segmentation is most of the cost and few sentences are read word by word (the
officials' reading of body names), so :class:`TokenView` segments a sentence the first
time a stage reads a token in it; each sentence is segmented on its own text, so the
tokens are the same whichever sentences are read, and in which order.

underthesea is quadratic on long runs of letters, digits and dots ("A.B.C.v.v.", "1.2.3."):
sentence splitting walks back over the whole run at every dot, and the word tokenizer's
regex backtracks.  Such a run is cut every :data:`MAX_RUN` characters (after a punctuation mark
where there is one) before underthesea sees it, and a sentence longer than
:data:`MAX_CHUNK` is segmented in pieces cut at a safe point (a space after punctuation,
else a space); offsets still index the article, so facts slice exactly.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys

import regex

from .article import TokenizedArticle, TokenRun
from .model import Article
from .text import line_spans

_RESYNC_WINDOW = 200  # characters searched ahead when underthesea altered a piece
MAX_CHUNK = 2000  # characters of one sentence given to word_tokenize at once (real ones: < 1,700)
MAX_RUN = 64  # characters of a run of letters, digits and dots given to underthesea at once (real: < 40)
_CUT_WINDOW = 300  # characters before the bound searched for a safe cut
_SAFE_CUTS = (regex.compile(r"[,;:.!?…)\]”»]\s+"), regex.compile(r"\s+"), regex.compile(r"[\p{P}\p{S}]"))
_LONG_RUN = regex.compile(rf"[\w.]{{{MAX_RUN + 1},}}")
_PUNCT = regex.compile(r"[\p{P}\p{S}]")


def _underthesea(module: str):
    """``underthesea.pipeline.<module>``, without running ``underthesea/__init__`` first when
    the package is not imported yet: that imports every pipeline (classification pulls in
    requests; chunking, ner and pos_tag their models), over half the package's start-up, for
    the two functions used here.  The package is registered bare and runs its ``__init__``
    at its first attribute access, so ``from underthesea import ner`` later works as ever."""
    if "underthesea" not in sys.modules:
        spec = importlib.util.find_spec("underthesea")
        if spec is not None and spec.loader is not None and spec.submodule_search_locations:
            package = importlib.util.module_from_spec(spec)

            def __getattr__(name: str):
                package.__dict__.pop("__getattr__", None)  # run the package's own __init__ once, then plain lookup
                spec.loader.exec_module(package)
                return package.__dict__[name] if name in package.__dict__ else object.__getattribute__(package, name)

            package.__getattr__ = __getattr__
            sys.modules["underthesea"] = package
    return importlib.import_module(f"underthesea.pipeline.{module}")


_SENTENCE_ENDS = regex.compile(r"[.?!]")  # the only characters underthesea's sent_tokenize splits at


def _sent_tokenize(line: str) -> list[str]:
    """underthesea's sentences of a line; a line without a full stop, question or exclamation
    mark is one sentence (what ``sent_tokenize`` returns for it, without its walk over every
    character)."""
    if _SENTENCE_ENDS.search(line) is None:
        return [line.strip()] if line.strip() else []
    return _underthesea("sent_tokenize").sent_tokenize(line)


def _word_tokenize(text: str) -> list[str]:
    _underthesea("text_normalize")  # first, as the package's __init__ has it: the two import each other
    return _underthesea("word_tokenize").word_tokenize(text)


def load_models() -> None:
    """Load underthesea's sentence and word models now (each loads at its first use: the
    first sentence segmented word by word waits ~0.2 s for the word model)."""
    _sent_tokenize("Khởi động.")
    _word_tokenize("Khởi động")


def align(text: str, pieces: list[str], pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """Offsets of ``pieces`` (in order) within ``text[pos:end]``.

    Whitespace inside or between pieces may differ from the text; a piece whose characters
    were changed is re-found within a short window, else it consumes as many characters.
    Returns the spans and the position after the last piece.
    """
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        whole = piece.strip()
        if not whole:
            continue
        while pos < end and text[pos].isspace():
            pos += 1
        if pos + len(whole) <= end and text.startswith(whole, pos):
            # The piece is the text as written (the common case): what the walk below finds
            # part by part, in one comparison.
            spans.append((pos, pos + len(whole)))
            pos += len(whole)
            continue
        parts = whole.split()
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


def find_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as character offsets into ``text``: each line, cut by ``sent_tokenize``."""
    sentences: list[tuple[int, int]] = []
    for lstart, lend in line_spans(text):
        for pstart, pend in run_pieces(text, lstart, lend):
            spans, _ = align(text, _sent_tokenize(text[pstart:pend]), pstart, pend)
            sentences.extend((s, e) for s, e in spans if e > s)
    return sentences


def run_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut inside runs of letters, digits and dots longer than
    :data:`MAX_RUN` (after the last dot within the bound, else at it); elsewhere whole."""
    out = []
    for m in _LONG_RUN.finditer(text, start, end):
        pos = m.start()
        while m.end() - pos > MAX_RUN:
            cut = pos + MAX_RUN
            for pm in _PUNCT.finditer(text, pos + 1, cut):
                cut = pm.end() if pm.end() < pos + MAX_RUN else cut
            out.append((start, cut))
            start = pos = cut
    out.append((start, end))
    return out


def chunks(text: str, start: int, end: int, bound: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``bound`` characters, cut at safe points,
    and no run of letters, digits and dots longer than :data:`MAX_RUN`."""
    out = []
    for pstart, pend in run_pieces(text, start, end):
        out.extend(_bounded(text, pstart, pend, bound))
    return out


def _bounded(text: str, start: int, end: int, bound: int) -> list[tuple[int, int]]:
    out = []
    while end - start > bound:
        limit = start + bound
        cut = None
        for pattern in _SAFE_CUTS:
            last = None
            for m in pattern.finditer(text, max(start + 1, limit - _CUT_WINDOW), limit):
                last = m
            if last is not None:
                cut = last.end()
                break
        cut = cut if cut is not None and start < cut <= limit else limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def segment_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The word tokens of the sentence ``text[start:end]`` as offsets into ``text``."""
    words: list[tuple[int, int]] = []
    for cs, ce in chunks(text, start, end):
        while cs < ce and text[cs].isspace():
            cs += 1
        if cs < ce:
            spans, _ = align(text, _word_tokenize(text[cs:ce]), cs, ce)
            words.extend((s, e) for s, e in spans if e > s)
    return words


def _gap(text: str, a: int, b: int, after_token: bool, out: list[tuple[int, int]]) -> None:
    """Text between tokens is a token of its own, but for one space after a token."""
    if after_token and a < b and text[a] == " ":
        a += 1
    if a < b:
        out.append((a, b))


class TokenView:
    """Exact word tokens of an article, each sentence segmented when first read.

    The token stream covers the text: word tokens, and what lies between them (line
    breaks, double spaces, characters underthesea dropped) as tokens of its own, one
    space after a token excepted, as a spaCy Doc has it.
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self._ends = [e for _, e in sentences]
        self._segments: dict[int, list[tuple[int, int]]] = {}

    @property
    def segmented(self) -> int:
        """How many sentences have been segmented so far."""
        return sum(1 for k in self._segments if k < len(self.sentences))

    def segment(self, k: int) -> list[tuple[int, int]]:
        """The tokens from the end of sentence ``k - 1`` to the end of sentence ``k``
        (``k == len(sentences)``: the text after the last sentence)."""
        cached = self._segments.get(k)
        if cached is not None:
            return cached
        text, out = self.text, []
        begin = self.sentences[k - 1][1] if k else 0
        if k == len(self.sentences):
            _gap(text, begin, len(text), k > 0, out)
        else:
            start, end = self.sentences[k]
            pos, after = begin, k > 0
            for s, e in segment_words(text, start, end):
                _gap(text, pos, s, after, out)
                out.append((s, e))
                pos, after = e, True
            _gap(text, pos, end, after, out)
        self._segments[k] = out
        return out

    def run_from(self, pos: int) -> TokenRun:
        """The tokens from the sentence holding ``pos`` (or the next one) onward."""
        from bisect import bisect_right

        k = bisect_right(self._ends, pos)
        last = len(self.sentences)

        def more():
            nonlocal k
            if k > last:
                return None
            k += 1
            return self.segment(k - 1)

        return TokenRun(more)

    def all(self) -> list[tuple[int, int]]:
        """Every token of the text (segments every sentence)."""
        return [t for k in range(len(self.sentences) + 1) for t in self.segment(k)]


def tokenize(article: Article) -> TokenizedArticle:
    """Run the tokenizer stage on an article: sentences now, words when read."""
    sentences = find_sentences(article.text)
    return TokenizedArticle(article=article, sentences=sentences, tokens=TokenView(article.text, sentences))
