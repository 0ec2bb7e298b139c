"""Where a rule's match can start: the literal words every match of a pattern begins with.

A rule's regex run over a whole article tries every position, and the ``regex`` module cannot
skip ahead for a pattern led by a lookbehind or an alternation of words written case-insensitively:
on a long article that is most of a rule's cost. :func:`starts` reads the pattern (through the
standard library's parser) for the strings any match must begin with ("xếp", "đứng" for
``(?:xếp|đứng)\\s+thứ…``); :func:`scan` then finds those strings in the article's lower-cased
text with ``str.find`` and tries the regex only there. The result is exactly ``finditer``'s:
every match starts at one of those places, and they are tried in order, each after the last
match's end. A pattern the analysis cannot bound (one that may start with any letter, a space,
a class) gets no shortcut, nor does a text whose lower case would not line up with its
case-insensitive matching (see :func:`lowered`).
"""
from __future__ import annotations

import re
import re._constants as C
from functools import lru_cache
from itertools import chain
from typing import Iterator

import regex

from .rule_prefix import lowered_alike, opening, parsed

MAX_STARTS = 48  # more start strings than this are cut shorter (fewer finds), down to MIN_LENGTH
_MAX_STRINGS = 512  # strings a fixed part of a pattern may stand for while it is read
MIN_LENGTH = 2  # a start shorter than this (one digit, one letter) is too common to gain anything
SPARSE = 10  # tried only where starts are rarer than one in this many characters; else the plain scan
# (timed on the dev articles: trying a rule at each start is cheaper than its plain scan down to
# about one start in ten characters; at one in a hundred, 1.8 times the cost of the engine)
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


# A match that may begin with any digit has that for its start "string": a digit (DIGIT), one no
# word character stands before when the pattern opens with the engine's (?<!\w) (WORD_DIGIT), or
# one no digit stands before when it opens with a look behind that rules a digit out
# ("(?<![\d.,/:])", the dates' day: RUN_DIGIT, the first digit of a number, not each of its digits).
DIGIT, WORD_DIGIT, RUN_DIGIT = "\x00d", "\x00w", "\x00n"
_DIGITS = {DIGIT: regex.compile(r"\d"), WORD_DIGIT: regex.compile(r"(?<!\w)\d"),
           RUN_DIGIT: regex.compile(r"(?<!\d)\d")}
# A match that may begin only where a line does (a table's heading, "(?<=^|\n)" before anything
# else) has the line starts for its one "string" (LINE_START): the text's first place and each
# after a line break, however the line opens.
LINE_START = "\x00l"
_LINE_OPENER = regex.compile(r"(?:\(\?<!\\w\))?\(\?<=(?:\^\|\\n|\\n\|\^)\)")


class _Unbounded(Exception):
    """The pattern (or a part of it) may start with too many strings to list."""


def starts(pattern: str) -> tuple[str, ...] | None:
    """The lower-cased strings every match of ``pattern`` begins with, or None when the pattern
    cannot be bounded so (or uses syntax the standard parser does not read)."""
    if _LINE_OPENER.match(pattern):
        return (LINE_START,)
    tree = parsed(pattern)
    if tree is None:
        return None
    try:
        found = _sequence(list(tree))
    except _Unbounded:
        return None
    digit = WORD_DIGIT if pattern.startswith("(?<!\\w)") else RUN_DIGIT if _no_digit_before(tree) else DIGIT
    # a single digit is too common a string to find alone: any digit stands for it
    found = {digit if s == DIGIT or _DIGITS[DIGIT].fullmatch(s) else s.lower() for s in found}
    if digit in found:  # "30", "31" begin at a digit that kind of digit already stands for
        found = {s for s in found if s == digit or not _DIGITS[DIGIT].match(s)}
    found = _fewest(found)
    if found is None:
        return None
    if not all(lowered_alike(s) for s in found):
        return None
    heads = tuple(sorted(found))
    _KNOWN.add(heads)  # found with the others in one pass over each text
    return heads


def _no_digit_before(tree) -> bool:
    """The pattern opens (before it takes a character) with a look behind that no digit may stand
    in: "(?<![\\d.,/:])"."""
    for op, av in tree:
        if op not in _ZERO_WIDTH:
            return False
        if op is C.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            (inner_op, members), = list(av[1])
            if inner_op is C.IN and (C.NEGATE, None) not in members and any(
                    kind is C.CATEGORY and value is C.CATEGORY_DIGIT for kind, value in members):
                return True
    return False


def _fewest(found: set[str]) -> set[str] | None:
    """The start strings without those another one begins ("họp phiên" goes with "họp"), cut
    shorter until at most MAX_STARTS remain; None if that takes cutting below MIN_LENGTH."""
    for length in (64, 8, 6, 5, 4, 3, 2):
        if length < MIN_LENGTH:
            break
        cut = {s[:length] for s in found}
        if any(len(s) < MIN_LENGTH for s in cut):
            return None
        kept: list[str] = []
        for s in sorted(cut):  # a string sorts right after the strings it begins with
            if not kept or not s.startswith(kept[-1]):
                kept.append(s)
        if len(kept) <= MAX_STARTS:
            return set(kept)
    return None


def _exact(item) -> set[str] | None:
    """All the strings an element matches, when they are few and fixed (a literal, a small class,
    a group or alternation of such); else None."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 16:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is C.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _exact_sequence(list(alt))
            if strings is None:
                return None
            out |= strings
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _exact_sequence(items: list) -> set[str] | None:
    acc = {""}
    for item in items:
        if item[0] in _ZERO_WIDTH:
            return None  # a lookaround inside a fixed part: keep it simple, not exact
        strings = _exact(item)
        if strings is None:
            return None
        acc = {a + s for a in acc for s in strings}
        if len(acc) > _MAX_STRINGS:
            return None
    return acc


def _nullable(item) -> bool:
    op, av = item
    if op in _ZERO_WIDTH:
        return True
    if op in _REPEATS:
        return av[0] == 0 or _nullable_sequence(list(av[2]))
    if op is C.SUBPATTERN:
        return _nullable_sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _nullable_sequence(list(av))
    if op is C.BRANCH:
        return any(_nullable_sequence(list(alt)) for alt in av[1])
    return op in (C.GROUPREF, C.GROUPREF_EXISTS)


def _nullable_sequence(items: list) -> bool:
    return all(_nullable(item) for item in items)


def _first(item) -> set[str]:
    """Strings every non-empty match of one element begins with (raises when unbounded)."""
    exact = _exact(item)
    if exact is not None:
        return exact
    op, av = item
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _sequence(list(alt))
        return out
    if op in _REPEATS:
        return _sequence(list(av[2]))
    if op is C.IN and av and all(kind is C.CATEGORY and value is C.CATEGORY_DIGIT for kind, value in av):
        return {DIGIT}  # "\d": any digit (a class of digits is exact, in _exact)
    raise _Unbounded


def _sequence(items: list) -> set[str]:
    """Strings every non-empty match of a sequence begins with: fixed elements are joined, the
    first element that is not fixed ends the strings; an element that may match nothing adds
    what follows it as another way to begin."""
    acc = {""}
    for i, item in enumerate(items):
        if item[0] in _ZERO_WIDTH:
            continue  # a lookaround or anchor takes no character
        if _nullable(item):
            if acc != {""}:
                return acc  # what came before is already a start
            heads = _first(item) | _sequence(items[i + 1:])
            return heads
        exact = _exact(item)
        if exact is None:
            return acc if acc != {""} else _first(item)
        joined = {a + s for a in acc for s in exact}
        if len(joined) > _MAX_STRINGS:
            if acc != {""}:
                return acc
            raise _Unbounded
        acc = joined
    if acc == {""}:
        raise _Unbounded  # nothing is taken for sure: any position may start a match
    return acc


# ---------------------------------------------------------------- case


class _Known:
    """Every start string the rules have so far, and one pattern finding them all: their trie
    (``x(?:ã(?: hội)?|ếp)``), read once over a text where a ``str.find`` per string (some 300 an
    article) costs four times as much. The trie matches the longest string at each place, so the
    strings found there are it and those of them it begins with."""

    def __init__(self) -> None:
        self.strings: set[str] = set()
        self._trie: tuple[re.Pattern, dict[str, tuple[str, ...]], frozenset[str]] | None = None

    def add(self, strings: tuple[str, ...]) -> None:
        strings = tuple(x for x in strings if x not in _DIGITS and x != LINE_START)
        if not self.strings.issuperset(strings):
            self.strings.update(strings)
            self._trie = None  # built again when a text next asks

    def find_all(self, low: str, places: dict[str, list[int]]) -> frozenset[str]:
        """Where each known string occurs in ``low``, into ``places`` (those that occur); returns
        the strings looked for."""
        if self._trie is None:
            known = frozenset(self.strings)
            begun = {w: tuple(w[:k] for k in range(1, len(w) + 1) if w[:k] in known) for w in known}
            self._trie = (re.compile(_trie(sorted(known))), begun, known)
        pattern, begun, known = self._trie
        if not known:
            return known
        search = pattern.search
        m = search(low)
        while m is not None:
            p = m.start()
            for w in begun[m.group()]:
                found = places.get(w)
                if found is None:
                    places[w] = [p]
                else:
                    found.append(p)
            m = search(low, p + 1)
        return known


def _trie(words: list[str]) -> str:
    """A pattern matching the longest of ``words`` (none empty) that starts where it is tried."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_KNOWN = _Known()


class Scan:
    """One text's lower case and where each start string occurs in it, found once."""

    def __init__(self, text: str):
        self.text = text
        self.low = text.lower() if lowered_alike(text) else None
        self._places: dict[str, list[int]] = {}
        self._looked_for: frozenset[str] | None = None
        self._starts: dict[tuple[str, ...], list[int]] = {}
        self._sets: dict[tuple[str, ...], set[int]] = {}
        self._opened: dict[Opening, list[int]] = {}

    def starts(self, heads: tuple[str, ...]) -> list[int]:
        """Where any of ``heads`` occurs, in order (merged once per set of heads: the rules of
        one file often open with the same words)."""
        found = self._starts.get(heads)
        if found is None:
            if self._looked_for is None:
                self._looked_for = _KNOWN.find_all(self.low, self._places)
            places, looked_for, lists = self._places, self._looked_for, []
            for h in heads:
                hp = places.get(h)
                if hp is None:
                    if h in looked_for:
                        continue  # looked for and not there
                    hp = self.places(h)
                if hp:
                    lists.append(hp)
            # no place is in two lists: no start string begins another (_fewest), and a digit's
            # kind stands for every start string that begins with a digit
            found = lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists)) if lists else []
            self._starts[heads] = found
        return found

    def opened(self, start: "Opening") -> list[int]:
        """:meth:`starts` of ``start.heads`` where its opening (extract/rule_prefix.py) also
        matches the lower-cased text: the places a rule can still start (kept once per rule)."""
        found = self._opened.get(start)
        if found is None:
            match, low = start.match, self.low
            found = self._opened[start] = [p for p in self.starts(start.heads) if match(low, p)]
        return found

    def start_set(self, heads: tuple[str, ...]) -> set[int] | frozenset[int]:
        """:meth:`starts` as a set, for asking about one place."""
        found = self._sets.get(heads)
        if found is None:
            found = self._sets[heads] = set(self.starts(heads))
        return found

    def places(self, start: str) -> list[int]:
        """Where ``start`` occurs: every known start string is found in one pass at the first
        question; one not known then is found on its own."""
        found = self._places.get(start)
        if found is None:
            if self._looked_for is None:
                self._looked_for = _KNOWN.find_all(self.low, self._places)
                found = self._places.get(start)
        if found is None and start == LINE_START:
            found = self._places[start] = _line_starts(self.text)
        if found is None and start in _DIGITS:
            found = self._places[start] = [m.start() for m in _DIGITS[start].finditer(self.text)]
        if found is None:
            found = []
            if start not in self._looked_for:
                low, i = self.low, self.low.find(start)
                while i >= 0:
                    found.append(i)
                    i = low.find(start, i + 1)
            self._places[start] = found
        return found


def _line_starts(text: str) -> list[int]:
    """The text's first place and each place after a line break."""
    found, i = [0], text.find("\n")
    while i >= 0:
        found.append(i + 1)
        i = text.find("\n", i + 1)
    return found


SHORT_TEXT = 256  # characters: a text shorter than this (a name, a phrase) is cached apart


def scan_of(text: str) -> Scan:
    """The :class:`Scan` of a text, once per article (rules of every stage share it). Short
    texts (the place stage asks about each name) have a cache of their own: sharing one, they
    pushed the article's scan out between stages, and it was made again four times an article."""
    last = _LAST[0]
    if last.text is text:  # the stages ask about one text many times in a row
        return last
    found = _LAST[0] = _short_scan(text) if len(text) < SHORT_TEXT else _long_scan(text)
    return found


_LAST = [Scan("")]


@lru_cache(maxsize=4)
def _long_scan(text: str) -> Scan:
    return Scan(text)


@lru_cache(maxsize=64)
def _short_scan(text: str) -> Scan:
    return Scan(text)


def where(heads: tuple[str, ...] | None, text: str, start: "Opening | None" = None) -> list[int] | None:
    """Where a match led by ``heads`` can begin in ``text``, in order (only where the opening
    of ``start`` matches too, when given); None when the pattern or the text gets no shortcut
    (a match may begin anywhere)."""
    if not heads:
        return None
    sc = scan_of(text)
    if sc.low is None:
        return None
    return sc.starts(heads) if start is None else sc.opened(start)


class Opening:
    """A pattern's start strings and its opening's ``match``, one object: the key of the places
    they leave in each text (hashed as itself, not by its strings, at every rule of every article)."""

    __slots__ = ("heads", "match")

    def __init__(self, heads: tuple[str, ...], match) -> None:
        self.heads, self.match = heads, match


def opening_of(source: str, heads: tuple[str, ...] | None) -> Opening | None:
    """The :class:`Opening` of a pattern with start strings, when its opening reads something."""
    found = opening(source) if heads else None
    return Opening(heads, found.match) if found is not None else None


def tried_at(pattern: regex.Pattern, places: list[int] | None, text: str) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, trying the regex only at ``places`` (from :func:`where`;
    None: everywhere). Where starts are dense the engine's own scan is cheaper."""
    if places is None or len(places) * SPARSE > len(text):
        return pattern.finditer(text)
    return _matches_at(pattern, places, text) if places else iter(())


def _matches_at(pattern: regex.Pattern, places: list[int], text: str) -> Iterator[regex.Match]:
    end = 0
    for p in places:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            end = m.end()


def scan(pattern: regex.Pattern, heads: tuple[str, ...] | None, text: str) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, trying the regex only where one of ``heads`` occurs."""
    return tried_at(pattern, where(heads, text), text)


@lru_cache(maxsize=256)
def _heads(pattern: str) -> tuple[str, ...] | None:
    return starts(pattern)


@lru_cache(maxsize=256)
def _opening(pattern: str) -> Opening | None:
    return opening_of(pattern, _heads(pattern))


# Flags under which the pattern's text reads otherwise than :func:`starts` reads it (spaces and
# comments, reversed, version 1 sets, narrower classes): a pattern compiled with one gets no shortcut.
# (plain ints: an enum's "&" is a Python call, and can_start asks at every place a stage tries)
_OTHER_READING = {regex.Pattern: int(regex.VERBOSE | regex.REVERSE | regex.V1 | regex.ASCII | regex.LOCALE | regex.WORD),
                  re.Pattern: int(re.VERBOSE | re.ASCII | re.LOCALE)}


def _reads_alike(pattern) -> bool:
    """Whether the compiled pattern's text reads as :func:`starts` reads it (its flags)."""
    other = _OTHER_READING.get(type(pattern))
    return other is not None and not pattern.flags & other


def _heads_of(pattern) -> tuple[str, ...] | None:
    """The start strings of a compiled pattern, read once per pattern text; None when its flags
    change how the text reads."""
    return _heads(pattern.pattern) if _reads_alike(pattern) else None


def can_start(pattern: regex.Pattern, text: str, pos: int) -> bool:
    """False only where no match of ``pattern`` can begin: none of its start strings is at
    ``pos``. A look before ``pattern.match(text, pos)`` (a set look-up for a regex that may try
    hundreds of words); True whenever the pattern or the text gets no shortcut."""
    heads = _heads_of(pattern)
    if heads is None:
        return True
    sc = scan_of(text)
    return sc.low is None or pos in sc.start_set(heads)


def finditer(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """Exactly ``pattern.finditer(text)`` for any compiled pattern (not only a rule's), trying
    it only where a match can begin; the start strings and opening are read once per pattern."""
    if not _reads_alike(pattern):
        return pattern.finditer(text)
    start = _opening(pattern.pattern)
    if start is None:
        return scan(pattern, _heads(pattern.pattern), text)
    return tried_at(pattern, where(start.heads, text, start), text)
