"""Which named place a mention of a level means: the unit of that level the text names last
before it, else the first it names after it ("UBND huyện" after "huyện Nông Sơn" → Nông Sơn).

One rule for every reader of places: the officials' roles (extract/official_places.py), the
scored units (extract/scores.py) and the unit acting in a relation (db/relations.py).  Each
finds its named places its own way; which one is meant is decided here.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence, TypeVar

Place = TypeVar("Place")


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
