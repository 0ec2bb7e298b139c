"""The place stage: every named place of an article, once, for the stages after it.

A named place is a level word and the place name after it ("huyện Nông Sơn", "TP. Tam Kỳ");
the rules that find the level words are ``patterns/place_rules.yaml``, read by the grammar
engine.  The name is the capitalised syllables after the level word, cut before an
official's title, a body or another level word, of which :func:`place_length` says how many
are the place (the rest start a person's name: "UBND huyện Hà Nam Nguyễn Văn A", "xã Ea Tu
Y Khuê Niê").  The
officials, the scores and the meetings read the mentions (``tokenized.places``); the store's
relations, a meeting's organiser and a cited issuer call :func:`named_places` on their own words; which one a bare level word means is
:func:`extract.places.last_named`.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .article import TokenizedArticle
from .grammar import rule_set
from .official_lexicon import fold_cached, lexicon
from .official_patterns import patterns as official_patterns
from .places import PlaceMention, level_of, levels  # noqa: F401 (levels: re-exported, the officials read it here)
from .registry import register
from .text import normalize_tones, skip_spaces

RULES = "place_rules"


@lru_cache(maxsize=1)
def _level_word() -> regex.Pattern:
    """A level word alone, where a name's syllables stop."""
    return rule_set(RULES).compile("%{level_word}")


def name_syllables(norm: str, pos: int) -> list[tuple[int, int]]:
    """The capitalised syllables of the run at ``pos`` (tone marks in modern placement), cut
    before a syllable that is no given name, an official's title, a body or a level word; a
    name does not end on its middle name ("Hoàng Văn Chiều")."""
    lex, pats, level_word = lexicon(), official_patterns(), _level_word()
    out: list[tuple[int, int]] = []
    m = pats.run.match(norm, pos)
    if not m:
        return out
    for sm in pats.syl.finditer(norm, m.start(), m.end()):
        s, e = sm.span()
        if out and (norm[s:e] in lex.not_given or pats.body.match(norm, s) or level_word.match(norm, s)
                    or _reads_as_title(norm, s)):
            if not lex.name_goes_on([norm[a:b] for a, b in out], norm[s:e]):
                break
        out.append((s, e))
    return out


def _reads_as_title(norm: str, pos: int) -> bool:
    """An official's title starts at ``pos`` and reads as one: a title whose post is named by
    the body after it ("Chánh", "Phó", "Trưởng") only with a body after it ("xã Tân Chánh (huyện
    …)" keeps its last syllable; "Chánh Thanh tra", "Chánh Văn phòng UBND" are titles)."""
    lex, pats = lexicon(), official_patterns()
    m = pats.title.match(norm, pos)
    if not m:
        return False
    entry = lex.titles.get(m.group(0)) or lex.titles.get(fold_cached(m.group(0)))
    if entry is None or not entry.template or entry.head_in_title:
        return entry is not None  # "Chánh Thanh tra": the post's body is in the title
    after = skip_spaces(norm, m.end())
    return after > m.end() and bool(pats.body.match(norm, after))


def place_length(norm: str, sylls: list[tuple[int, int]], known: set[str] | frozenset = frozenset(),
                 places: frozenset = frozenset()) -> int:
    """How many syllables after a level word are the place; the rest start a name.

    "UBND huyện Nông Sơn" → 2 (place); "UBND tỉnh Võ Văn Bình" → 0 (a name);
    "UBND huyện Hà Nam Nguyễn Văn A" → 2.  A two-syllable run is a place unless ``known``
    (folded names of people the article names) holds it; a known place stays one ("TP. Hồ Chí Minh"),
    and so does one the article writes as a place (``places``, :func:`bare_level_places`).
    """
    lex = lexicon()
    words = [norm[s:e] for s, e in sylls]
    if len(words) == 2 and lex.opens_with_marker(words) and (key := fold_cached(" ".join(words))) not in places \
            and key not in lex.known_places:
        return 0  # "Phó Chủ tịch UBND huyện| Y Blao": an Ê Đê name without its family name ("xã Y Tý" written bare stays)
    n = highland_name_at(words)
    words = words[:n]
    if n == 0:
        return 0
    if words[0] in lex.not_place_words:
        return 0
    if words[0] in lex.not_place_alone and (n == 1 or official_patterns().roman.match(words[1])):
        return 0  # "tỉnh Kỳ họp", "HĐND tỉnh Kỳ II"; but "Huyện ủy Kỳ Sơn"
    if n == 1 and norm[sylls[0][1]:sylls[0][1] + 2].strip()[:1].islower():
        return 0  # "tỉnh Thông tin …": a capitalised word, not a one-syllable place
    for j in range(n) if known else ():
        for ln in (4, 3, 2):
            if j + ln <= n and fold_cached(" ".join(words[j:j + ln])) in known:
                return j
    for ln in (3, 4, 2):
        if ln <= n and ((key := fold_cached(" ".join(words[:ln]))) in lex.known_places or key in places):
            return ln
    if 3 <= n <= 4 and words[1] in lex.middle_names:
        return 0  # "Huyện ủy Kăn Thị Đoan": "Thị", "Văn" second is a person's middle name
    if 3 <= n <= 4 and words[0] in lex.common or n == 3 and words[0] in lex.khmer_family:
        return 0  # "tỉnh Võ Văn Bình", "huyện Trần Hoàng An": a middle name may be a family name too;
        # "huyện Thạch Sơn Ni", "Huyện ủy Kim Ngọc Thái": a Khmer name
    splits = [j for j in range(1, min(n, 4)) if words[j] in lex.common and 2 <= n - j <= 4
              and not (j == 1 and (words[0] in lex.place_prefixes or n == 3))]
    # "Đắk | Rơ Lang", "Tân | Lộc Đông" are one place: one syllable is rarely a place before a two-syllable name
    if splits:
        return next((j for j in splits if n - j == 3), splits[0])
    return min(n, 4)


@lru_cache(maxsize=4)
def _level_matches(norm: str) -> tuple:
    """The place rules' matches in ``norm``: scanned once for :func:`named_places` and
    :func:`bare_level_places`, which both read every level word of the article."""
    return tuple(rule_set(RULES).finditer(norm))


@lru_cache(maxsize=4)
def bare_level_places(norm: str) -> frozenset:
    """The runs opening with a family name that the article writes after a level word no body
    or title stands before: places, whatever their first syllable, since a holder's name follows
    a level word only after the body ("thấp nhất là huyện Hoàng Su Thượng với 81,07%", "Huyện
    Hoàng Su Thượng: 76,38 - 11/11", "tại xã Trần Phú"), so "Chủ tịch UBND huyện Hoàng Su
    Thượng cho biết" in the same article names no person (folded)."""
    lex, out = lexicon(), set()
    for rule, m in _level_matches(norm):
        if rule.get("glued") or "name" in m.re.groupindex and m.group("name"):
            continue
        start = skip_spaces(norm, m.end("level"))
        sylls = name_syllables(norm, start)
        first = norm[sylls[0][0]:sylls[0][1]] if sylls else ""
        if (2 <= len(sylls) <= 4 and (lex.is_surname(first) or first in lex.khmer_family)
                and not _held_by_body(norm, m.start())):
            out.add(fold_cached(norm[sylls[0][0]:sylls[-1][1]]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _bare_before() -> regex.Pattern:
    """What stands before a level word that no holder's name follows (``bare_level_before``)."""
    words = rule_set(RULES).lists.get("bare_level_before") or []
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?:^|[\n,;:(.–-]|(?<![\p{{L}}])(?i:{alt}))[ \t\u00a0]*$")


def _held_by_body(norm: str, pos: int) -> bool:
    """Not a bare level word: something other than a line's start, a clause's punctuation or a
    word of ``bare_level_before`` stands before it ("UBND| huyện", "Chủ tịch| xã", "Công đoàn
    ngành giáo dục| tỉnh"): a holder's name may follow it there."""
    return not _bare_before().search(norm, max(0, pos - 16), pos)


def highland_name_at(words: list[str]) -> int:
    """Where an Ê Đê or M'nông name starts in the syllables after a level word (their number if
    none): "xã Ea Tu| Y Blang Niê", "xã Nậm Chày| H'Mai Êban" (a gender marker first, the family
    name last, :meth:`~extract.official_lexicon.Lexicon.is_highland_name`), or a Jrai one
    (``highland_family_first``: "Tỉnh ủy Mường Khương| Ksor Hưng", where "Huyện ủy Đắk Rơ Lang"
    is one place: ``place_prefixes``)."""
    lex = lexicon()
    if len(words) >= 2 and fold_cached(" ".join(words[:2])) not in lex.known_places and (
            words[0] in lex.highland_family_first or any(lex.is_highland_name(words[:k]) for k in (2, 3, 4))):
        return 0  # "Đại biểu HĐND huyện| Y Kô Mlô", "Phó Chủ tịch UBND huyện| Ksor Tuấn": no place
    for j in range(1, len(words) - 1):
        if (words[j] in lex.highland_family_first and not (j == 1 and words[0] in lex.place_prefixes)
                or any(lex.is_highland_name(words[j:j + k]) for k in (2, 3, 4) if j + k <= len(words))):
            return j
    return len(words)


@lru_cache(maxsize=4)
def normalized(text: str) -> str:
    """``text`` with tone marks in modern placement where that keeps every offset (else as it
    is): what the place rules and the officials' grammar read, computed once per article."""
    norm = normalize_tones(text)
    return norm if len(norm) == len(text) else text


def named_places(text: str) -> list[PlaceMention]:
    """Every named place of ``text``, in order: a level word, a space, and the place's name."""
    norm = normalized(text)
    out = []
    for rule, m in _level_matches(norm):
        level_end = m.end("level")
        written = text[m.start():level_end]
        if "name" in m.re.groupindex and m.group("name"):  # the rule names the place itself ("TP.HCM")
            out.append(PlaceMention(level_of(written), written, m.start(), m.start("name"), m.end("name"),
                                    text[m.start("name"):m.end("name")], rule.name))
            continue
        start = skip_spaces(norm, level_end)
        shift = start if rule.get("glued") else 0  # "TP.Hải Phòng": the name's syllables start after the dot
        view = norm[start:start + 200] if shift else norm
        sylls = name_syllables(view, start - shift)  # offsets in ``view``
        k = place_length(view, sylls, places=bare_level_places(norm))
        if k:
            name_start, end = sylls[0][0] + shift, sylls[k - 1][1] + shift
            out.append(PlaceMention(level_of(written), written, m.start(), name_start, end,
                                    text[name_start:end], rule.name))
    return out


@register("place", requires=("sentences",), assigns=("place",))
def find_places(tokenized: TokenizedArticle) -> None:
    """Give the article its named places (``tokenized.places``), once, for the stages after this one."""
    tokenized.places = named_places(tokenized.text)
