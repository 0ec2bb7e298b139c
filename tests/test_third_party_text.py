"""Third-party articles stay in ../shared: the project holds only what it writes about them.

A pasted sentence shares a long run of words with its source. The genre's stock phrases
do too, by nature: title chains ("ủy viên ban thường vụ huyện ủy, phó chủ tịch hội đồng
nhân dân"), formulas ("hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực
tuyến"). A shared run is stock, not copied, when every word of it lies inside a phrase
of a name lexicon in ``patterns/`` (a title, an organisation, an index, a meeting word) or
is a function word, read over the whole file so that a phrase cut at the run's edge still
counts. (Runs shared by several sites are not taken as stock: press releases are
republished word for word, and a sentence two sites carry is still someone's text.)

Any other shared run is a paste. ``test_a_pasted_dev_sentence_is_caught`` keeps the guard
honest: of the dev sentences of 16 words or more, each pasted alone, 99% must still be
caught (the rest are lists of body names, vocabulary through and through).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .conftest import DEV, ROOT, needs_shared

RUN = 12  # words
PASTE_WORDS = 16  # the shortest sentence the paste test requires to be caught
CAUGHT_SHARE = 0.99  # of those sentences, at least this share must be caught
# The lexicons of names: titles, bodies, indexes, meetings, documents (not the word lists
# of scores, dates or chrome, whose short entries would cover ordinary prose).
NAME_LEXICONS = ("titles", "organisations", "indexes", "meeting_words", "honorifics",
                 "issuers", "document_types")
# Not searched: tooling, the gold (facts about the articles), the owner's seed articles.
SKIP_DIRS = {".git", ".venv", "gold", "gold-second", "eval", "seeds", "__pycache__", "node_modules"}
SUFFIXES = {".py", ".yaml", ".yml", ".md", ".txt", ".json", ".cfg", ".html", ".jsonl"}
# Words that join stock phrases without adding content of their own.
FUNCTION_WORDS = frozenset(
    "và với của các những cho tại trong được theo là đã sẽ để từ đến về do này đó một giữa người "
    "hình thức huyện tỉnh xã thành phố thị xã phường thị trấn".split()
)
REGEX_CHARS = re.compile(r"[\\()\[\]{}?*+|^$%@]")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(seq: list[str]) -> list[str]:
    return [" ".join(seq[i:i + RUN]) for i in range(len(seq) - RUN + 1)]


def lexicon_strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in lexicon_strings(k) + lexicon_strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in lexicon_strings(v)]
    return []


@lru_cache(maxsize=1)
def lexicon_phrases() -> frozenset[tuple[str, ...]]:
    """Every literal entry of the name lexicons of two words or more (or an acronym), as a
    word tuple."""
    phrases = set()
    for name in NAME_LEXICONS:
        f = ROOT / "patterns" / f"{name}.yaml"
        for s in lexicon_strings(yaml.safe_load(f.read_text(encoding="utf-8"))):
            seq = tuple(words(s))
            acronym = len(seq) == 1 and len(s) >= 3 and s.isupper()  # PAPI, SIPAS, HĐND
            if (len(seq) >= 2 or acronym) and not REGEX_CHARS.search(s):
                phrases.add(seq)
    return frozenset(phrases)


def covered(seq: list[str]) -> list[bool]:
    """Which words of ``seq`` lie inside a lexicon phrase or are function words."""
    phrases = lexicon_phrases()
    longest = max(map(len, phrases))
    cover = [w in FUNCTION_WORDS for w in seq]
    for i in range(len(seq)):
        for n in range(1, min(longest, len(seq) - i) + 1):
            if tuple(seq[i:i + n]) in phrases:
                cover[i:i + n] = [True] * n
    return cover


def vocabulary_runs(seq: list[str]) -> set[str]:
    """The runs of ``seq`` made only of genre vocabulary."""
    cover = covered(seq)
    return {" ".join(seq[i:i + RUN]) for i in range(len(seq) - RUN + 1) if all(cover[i:i + RUN])}


@lru_cache(maxsize=1)
def dev_runs() -> frozenset[str]:
    """Every run of the dev articles."""
    return frozenset(run for f in DEV.glob("*.txt") for run in runs(words(f.read_text(encoding="utf-8"))))


def copied_runs(text: str) -> list[str]:
    """The runs ``text`` shares with a dev article that are not the genre's stock phrases."""
    seq = words(text)
    shared = set(runs(seq)) & dev_runs()
    if shared:
        shared -= vocabulary_runs(seq)
    return sorted(shared)


def project_files():
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if path.is_file() and path.suffix in SUFFIXES and not SKIP_DIRS & set(rel.parts[:-1]):
            yield path


@needs_shared
def test_no_dev_article_text_in_the_project():
    found = {}
    for path in project_files():
        copied = copied_runs(path.read_text(encoding="utf-8", errors="ignore"))
        if copied:
            found[str(path.relative_to(ROOT))] = copied[0]
    assert not found, "text copied from ../shared/corpus/dev: " + "; ".join(f"{k}: '{v}'" for k, v in found.items())


def dev_sentences(min_words: int) -> list[tuple[str, str]]:
    out = []
    for f in sorted(DEV.glob("*.txt")):
        for sentence in re.split(r"(?<=[.!?;])\s+|\n", f.read_text(encoding="utf-8")):
            if len(words(sentence)) >= min_words:
                out.append((f.name, sentence))
    return out


@needs_shared
def test_a_pasted_dev_sentence_is_caught():
    sentences = dev_sentences(PASTE_WORDS)
    assert len(sentences) > 500
    missed = [(name, s[:60]) for name, s in sentences if not copied_runs(f"Ghi chú.\n{s}\n")]
    caught = 1 - len(missed) / len(sentences)
    assert caught >= CAUGHT_SHARE, f"only {caught:.1%} of pasted dev sentences caught, missed e.g. {missed[:3]}"


@needs_shared
def test_a_stock_title_chain_is_not_a_paste():
    # Our own sentence: a title chain and a meeting formula, every word genre vocabulary.
    text = ("Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Hội đồng nhân dân "
            "huyện. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.")
    seq = words(text)
    assert vocabulary_runs(seq), "the title chain should read as genre vocabulary"
    assert not copied_runs(text)
