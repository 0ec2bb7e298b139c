"""underthesea's sentence splitter, walked from sentence end to sentence end.

underthesea 9's ``sent_tokenize`` (a Punkt-style loop) steps through a line one character at
a time in Python, though only ``.``, ``?`` and ``!`` can end a sentence: on the development
articles that walk was a twentieth of ``extract``. :func:`sentences` is the same loop, with
the same abbreviations and the same tests at each of those characters, that finds the next
one with a regex instead; the sentences are the library's, string for string (a test runs
both over every line of the corpus). It is used only while the library's module is the one
it was read from (:data:`READ_FROM`, the SHA-1 of its source); any other version is called as
it is.
"""
from __future__ import annotations

import hashlib
import importlib
from functools import lru_cache
from typing import Callable

import regex

# SHA-1 of underthesea/pipeline/sent_tokenize/__init__.py (underthesea 9.5) that
# :func:`sentences` follows step by step
READ_FROM = "aff4919d076b819f96a588894c6d229781c86143"
_ENDS = regex.compile(r"[.?!]")
_END_CHARS = frozenset(".?!")


def splitter(module) -> Callable[[str], list[str]]:
    """The fast walk over ``module``'s abbreviations when ``module`` (underthesea's
    ``sent_tokenize`` package) is the source it was read from, else the module's own function."""
    return _splitter(module.__name__)


@lru_cache(maxsize=None)
def _splitter(name: str) -> Callable[[str], list[str]]:
    module = importlib.import_module(name)
    try:
        with open(module.__file__, "rb") as f:
            same = hashlib.sha1(f.read()).hexdigest() == READ_FROM
    except (OSError, TypeError):
        same = False
    if not same:
        return module.sent_tokenize
    module._load_model()
    abbrev = frozenset(module.sentence_tokenizer.abbrev_types)
    return lambda text: sentences(text, abbrev)


def sentences(text: str, abbrev: frozenset[str]) -> list[str]:
    """``PunktSentenceTokenizer.sentences_from_text``, trying only the sentence-end characters."""
    if not text or not text.strip():
        return []
    out: list[str] = []
    start, n = 0, len(text)
    m = _ENDS.search(text)
    while m is not None:
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis ends a sentence at the end or before a capital
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    start = dot_end = _cut(out, text, start, dot_end)
                m = _ENDS.search(text, dot_end)
                continue
        if _boundary(text, i, abbrev):
            end = i + 1
            while end < n and text[end] in _END_CHARS:
                end += 1
            start = _cut(out, text, start, end)
            m = _ENDS.search(text, start)
            continue
        m = _ENDS.search(text, i + 1)
    _add(out, text[start:])
    return out


def _add(out: list[str], sentence: str) -> None:
    sentence = sentence.strip()
    if sentence:
        out.append(sentence)


def _cut(out: list[str], text: str, start: int, end: int) -> int:
    """A sentence ends at ``end``: add it; the next one starts after the spaces and line ends."""
    _add(out, text[start:end])
    n = len(text)
    while end < n and text[end] in " \t\n\r":
        end += 1
    return end


def _boundary(text: str, pos: int, abbrev: frozenset[str]) -> bool:
    """``_is_sentence_boundary``: a ``?`` or ``!`` always ends a sentence; a dot does but
    between digits ("1.500") and after an abbreviation ("TP.")."""
    if text[pos] != ".":
        return True
    if pos > 0 and text[pos - 1].isdigit() and pos + 1 < len(text) and text[pos + 1].isdigit():
        return False
    start = pos - 1
    while start >= 0 and (text[start].isalnum() or text[start] == "."):
        start -= 1
    word = text[start + 1:pos]
    return not (word and word.lower() in abbrev)
