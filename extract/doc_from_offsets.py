"""A spaCy Doc from character offsets: the article's text exactly, one token per span.

Kept apart from :mod:`extract.spacy_doc` (which runs the pipeline) so that
``TokenizedArticle.doc`` builds a Doc without importing the module that imports it.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

_VOCAB = Vocab()


def build_doc(text: str, tokens: Iterable[tuple[int, int]], sentences: list[tuple[int, int]] = (),
              cuts: Iterable[int] = (), vocab: Vocab | None = None) -> Doc:
    """A spaCy Doc whose text is exactly ``text``, one token per ``tokens`` span (cut again at
    ``cuts``); text between tokens other than one space becomes a token; a sentence starts at
    the first token of each of ``sentences``.  Linear in the number of tokens."""
    cut_points = sorted(set(cuts))
    pieces: list[tuple[int, int]] = []
    ci = 0
    for s, e in tokens:
        while ci < len(cut_points) and cut_points[ci] <= s:
            ci += 1
        while ci < len(cut_points) and cut_points[ci] < e:
            pieces.append((s, cut_points[ci]))
            s = cut_points[ci]
            ci += 1
        pieces.append((s, e))
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    pos = 0

    def gap(upto: int) -> None:
        ws = text[pos:upto]
        if words and ws[:1] == " ":
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)
            starts.append(upto - len(ws))

    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s or s < pos:
            continue
        gap(s)
        words.append(text[s:e])
        spaces.append(False)
        starts.append(s)
        pos = e
    gap(len(text))
    vocab = vocab or _VOCAB
    if not words:
        return Doc(vocab, words=[], spaces=[])
    sent_starts = [False] * len(words)
    sent_starts[0] = True
    j = 0
    for s, _e in sentences:
        while j < len(starts) and (starts[j] < s or words[j].isspace()):
            j += 1
        if j < len(starts):
            sent_starts[j] = True
    return Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
