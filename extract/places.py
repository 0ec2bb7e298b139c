"""Named places and which one a level word means: the shared rules of every reader of places.

The place stage (:mod:`extract.place_names`, rules in ``patterns/place_rules.yaml``) finds
each article's named places once, as :class:`PlaceMention`; the officials' roles
(extract/official_places.py), the scored units (extract/scores.py) and a meeting's place
(extract/meeting_fields.py) read them, and the
store runs the same grammar over a relation's stored sentence (db/relations.py).  Which one a bare level word means is decided here:
the unit of that level the text names last before it, else the first it names after it
("UBND huyện" after "huyện Nông Sơn" → Nông Sơn); the unit an article is about is
:func:`article_place`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence, TypeVar

from govfacts.patterns import load

from .text import fold

Place = TypeVar("Place")


@lru_cache(maxsize=1)
def _level_lists() -> tuple[dict, dict, dict, frozenset]:
    """patterns/place_rules.yaml's level words: full (folded) and abbreviated (as written, and
    folded) → canonical level, and the village levels."""
    lists = load("place_rules")["lists"]
    words = {fold(k): v for k, v in lists["level_words"].items()}
    abbreviations = dict(lists["level_abbreviations"])
    return words, abbreviations, {fold(k): v for k, v in abbreviations.items()}, frozenset(lists["village_levels"])


@lru_cache(maxsize=256)
def level_of(written: str) -> str:
    """The canonical level of a level word as written or folded ("Huyện" → "huyện", "TP." and
    "tp." → "thành phố"); a word that is none, folded.

    >>> level_of("Huyện"), level_of("TP."), level_of("tp")
    ('huyện', 'thành phố', 'thành phố')
    """
    words, abbreviations, folded_abbreviations, _villages = _level_lists()
    w = " ".join(written.split())
    key = fold(w)
    return abbreviations.get(w) or words.get(key) or folded_abbreviations.get(key, key)


def levels() -> list[str]:
    """The canonical levels, widest first (the order of ``level_words``)."""
    words, abbreviations, _folded, _villages = _level_lists()
    return list(dict.fromkeys([*words.values(), *abbreviations.values()]))


def village_levels() -> frozenset[str]:
    """The levels below the commune (place_rules.yaml ``village_levels``: "thôn", "bản"), whose
    words are also a noun's syllable ("Nông thôn mới", "Văn bản")."""
    return _level_lists()[3]


@lru_cache(maxsize=1)
def unit_level_words() -> tuple[str, ...]:
    """The level words of an administrative unit as place_rules.yaml writes them (full words,
    then abbreviations; no village, "thôn", "bản"): what may follow an issuer ("của UBND
    huyện …", extract/citation_numbers.py, db/issuers.py) and head a scored unit (extract/score_lexicon.py)."""
    lists = load("place_rules")["lists"]
    villages = _level_lists()[3]
    return tuple([w for w, level in lists["level_words"].items() if level not in villages]
                 + list(lists["level_abbreviations"]))


@dataclass(frozen=True)
class PlaceMention:
    """One named place: the level word as written at ``start``, its canonical ``level`` and
    the place's name, ``text[name_start:end]`` ("huyện Nông Sơn": level "huyện", name "Nông Sơn")."""

    level: str
    written: str
    start: int
    name_start: int
    end: int
    name: str
    rule: str = ""

    @property
    def level_end(self) -> int:
        return self.start + len(self.written)

    @property
    def level_and_name(self) -> str:
        """The place as a field's value: its level word in lower case (an abbreviation as
        written), one space, its name ("Huyện Nông Sơn" → "huyện Nông Sơn", "TP. Tam Kỳ")."""
        written = " ".join(self.written.split())
        return f"{self.level if fold(written) == self.level else written} {self.name}"

    def quotes(self, text: str) -> bool:
        """Whether the mention's level word and name are the words of ``text`` at its offsets."""
        return text[self.start:self.level_end] == self.written and text[self.name_start:self.end] == self.name


def last_named(places: Sequence[Place], offsets: Sequence[int], pos: int) -> Place | None:
    """Of ``places`` (in text order, named at ``offsets``, ascending), the last named at or
    before ``pos``, else the first; None when there is none.

    >>> last_named(["Nông Sơn", "Quế Sơn"], [10, 80], 50), last_named(["Nông Sơn"], [10], 5)
    ('Nông Sơn', 'Nông Sơn')
    """
    if not places:
        return None
    i = bisect_right(offsets, pos) - 1
    return places[i] if i >= 0 else places[0]


def article_place(mentions: Sequence[PlaceMention], title_end: int,
                  levels: Sequence[str]) -> tuple[str, str] | None:
    """The unit an article is about, as (level, name): the first place its title names, else
    the one it names most often (ties: the first of ``levels``, then the first named).

    >>> m = [PlaceMention("xã", "xã", 40, 43, 51, "Tam Lãnh"), PlaceMention("xã", "xã", 60, 63, 71, "Tam Lãnh")]
    >>> article_place(m, 20, ["huyện", "xã"])
    ('xã', 'Tam Lãnh')
    """
    for m in mentions:
        if m.start < title_end:
            return m.level, m.name
    counts: dict[str, Counter] = {}
    for m in mentions:
        counts.setdefault(m.level, Counter())[m.name] += 1
    best = None
    for level in levels:
        for name, n in (counts.get(level) or {}).items():
            if best is None or n > best[0]:
                best = (n, level, name)
    return (best[1], best[2]) if best else None
