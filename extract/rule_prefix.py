"""A cheap first look where a rule's match can start: the opening of its pattern, loosened.

A rule is tried only where one of its start strings stands (extract/rule_starts.py), but a
start string is often far commoner than the rule: a date rule starts at any number of one or
two digits, yet needs a "/" or "tháng" after it, and a year or a count has neither.  Each try
is a call of the ``regex`` engine (~0.7 µs where it fails at once; most of a rule's cost on an
article).  :func:`opening` reads the pattern's first elements into a standard-library pattern
that is looser than the rule (lookarounds dropped, back references and anything unread end
it, letters compared in lower case, classes widened where case or the two engines' notions
of a character differ): wherever the rule matches, the opening matches the lower-cased text
at the same place.  A place where it does not is never a match, so skipping it leaves the
rule's matches exactly as they were; the opening is a plain ``re`` match, a fifth of the cost.
"""
from __future__ import annotations

import re
import re._constants as C
import re._parser as sre
from functools import lru_cache

import regex

_ANY = "(?s:.)"
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_LOOKS = {C.AT, C.ASSERT, C.ASSERT_NOT}
_MAX_RANGE = 256  # a class range with letters wider than this is read as any character
# A decimal digit to the regex module: one to the standard library, or a digit of a script
# Python's older Unicode does not know yet, all outside the Basic Multilingual Plane.
DIGITS = r"\d\U00010000-\U0010ffff"
_FEW = 3  # a repeat of more than one character is read up to this many times, else the opening ends


_UNICODE_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}|\\[pP]\w")
_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
# syntax the standard parser would read with another meaning, or that needs the whole pattern:
# recursion, reversed and version-1 patterns, POSIX classes ("[[:alpha:]]", not a set "[:h]"),
# fuzzy counts
_FOREIGN = regex.compile(r"\(\?P>|\(\?[a-zA-Z]*[rV]|\[:\^?\w+:\]|\{\s*[a-z]")
# A back reference ("(?P=sep)") matches what its group did: read as anything, even nothing, it
# only ends the start strings where it stands (its group's name is gone, see _NAMED_GROUP).
_BACK_REFERENCE = regex.compile(r"\(\?P=\w+\)")


def parsed(pattern: str) -> list | None:
    """``pattern`` read by the standard library's parser, as a list of elements, with what it
    would read otherwise made plain (a property is a word character, a named group a group, a
    back reference anything); None for syntax only the regex module reads."""
    if _FOREIGN.search(pattern):
        return None
    source = _NAMED_GROUP.sub("(?:", _UNICODE_PROPERTY.sub(r"\\w", _BACK_REFERENCE.sub("(?:.*)", pattern)))
    try:
        return list(sre.parse(source))
    except Exception:  # any syntax only the regex module reads: no shortcut, never an error
        return None


def lowered_alike(text: str) -> bool:
    """Whether lower case is what case-insensitive matching compares this text's characters by:
    not so for "ſ" (matches "s"), "ı", "İ" (two characters lowered), "ß"; such a text (or start
    string) gets no shortcut."""
    low = text.lower()
    return len(low) == len(text) and text.casefold() == low and low.upper().lower() == low


@lru_cache(maxsize=1024)
def opening(pattern: str) -> re.Pattern | None:
    """A standard-library pattern every match of ``pattern`` (a rule's source, compiled
    case-insensitively or not) satisfies on the lower-cased text where the match starts;
    None when the pattern opens with nothing it can read."""
    tree = parsed(pattern)
    if tree is None:
        return None
    source, _whole = _sequence(tree)
    if not source:
        return None
    try:
        return re.compile(source)
    except (re.error, RecursionError, OverflowError):
        return None


def _sequence(items: list, wide: list | None = None) -> tuple[str, bool]:
    """The opening of a sequence, and whether it reads the whole of it (else what follows
    cannot be added); ``wide`` counts the repeats of more than a few characters read so far."""
    wide = [0] if wide is None else wide
    out = []
    for item in items:
        source, whole = _element(item, wide)
        out.append(source)
        if not whole:
            return "".join(out), False
    return "".join(out), True


def _element(item, wide: list) -> tuple[str, bool]:
    op, av = item
    if op in _LOOKS:
        return "", True  # a condition, not a character: dropped, the opening only looser
    if op is C.LITERAL:
        return _char(chr(av)), True
    if op is C.NOT_LITERAL:
        return _negated([(C.LITERAL, av)]), True
    if op is C.ANY:
        return _ANY, True
    if op is C.IN:
        return _class(av), True
    if op is C.SUBPATTERN:
        return _group(_sequence(list(av[-1]), wide))
    if op is C.ATOMIC_GROUP:
        return _group(_sequence(list(av), wide))
    if op is C.BRANCH:
        alts = [_sequence(list(alt), wide) for alt in av[1]]
        return "(?:" + "|".join(s for s, _ in alts) + ")", all(w for _, w in alts)
    if op in _REPEATS:
        return _repeat(*av, wide)
    return "", False  # a back reference, a conditional group, anything else: the opening ends


def _repeat(low: int, high: int, inner, wide: list) -> tuple[str, bool]:
    """A repeat, where it cannot make the standard library's engine backtrack far: of one
    character that is not any character (``\\s*``, ``\\d{1,2}``), or a few times of more; the
    opening ends before any other (``.*``, ``(?:\\s*,\\s*\\d+)*``), and before a second one of
    a class wider than spaces and digits taken more than a few times (``[^.\\n]{0,150}``), so
    each look stays short."""
    items = list(inner)
    source, whole = _sequence(items, wide)
    one_char = len(items) == 1 and items[0][0] in (C.LITERAL, C.NOT_LITERAL, C.IN) and source != _ANY
    if _ANY in source or not (one_char or high <= _FEW):
        return "", False
    if one_char and high > _FEW and source.startswith("[^"):
        if wide[0]:
            return "", False
        wide[0] += 1
    if not whole:
        return (f"(?:{source})", False) if low >= 1 else ("", False)
    top = "" if high == C.MAXREPEAT else str(high)
    return f"(?:{source}){{{low},{top}}}", True


def _group(read: tuple[str, bool]) -> tuple[str, bool]:
    return f"(?:{read[0]})", read[1]


def _char(ch: str) -> str:
    """One character of the pattern as it stands in the lower-cased text: caseless as it is,
    a letter in lower case when lower case is what case-insensitive matching compares."""
    if ch.lower() == ch.upper() == ch:
        return re.escape(ch)
    if lowered_alike(ch) and len(ch.lower()) == 1:
        return re.escape(ch.lower())
    return _ANY


def _class(members) -> str:
    """A class of the pattern over the lower-cased text; any character where a member is
    a category other than digits and spaces, or a letter whose case cannot be read."""
    members = list(members)
    if members and members[0] == (C.NEGATE, None):
        return _negated(members[1:])
    parts = []
    for kind, value in members:
        if kind is C.LITERAL:
            parts.append(_class_char(chr(value)))
        elif kind is C.RANGE:
            lo, hi = value
            if all(chr(c).lower() == chr(c).upper() for c in range(lo, min(hi, lo + _MAX_RANGE) + 1)) \
                    and hi - lo <= _MAX_RANGE:
                parts.append(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
            elif hi - lo <= _MAX_RANGE:
                parts.extend(_class_char(chr(c)) for c in range(lo, hi + 1))
            else:
                return _ANY
        elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
            parts.append(DIGITS)
        elif kind is C.CATEGORY and value is C.CATEGORY_SPACE:
            parts.append(r"\s")  # the standard library's spaces hold the regex module's
        else:
            return _ANY
    return _ANY if None in parts else "[" + "".join(parts) + "]"


def _negated(members) -> str:
    """A negated class, as it is where each member is a character without case or a digit (a
    sentence's end: ``[^.;!?\\n]``; the standard library's digits are fewer, so its ``[^\\d]``
    holds more); any character otherwise."""
    parts = []
    for kind, value in members:
        if kind is C.LITERAL and chr(value).lower() == chr(value).upper() == chr(value):
            parts.append(re.escape(chr(value)))
        elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:
            return _ANY
    return "[^" + "".join(parts) + "]" if parts else _ANY


def _class_char(ch: str) -> str | None:
    source = _char(ch)
    return None if source == _ANY else source
