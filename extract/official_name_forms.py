"""Names the capitalised-run grammar of :mod:`extract.official_recogniser` does not see as
names: a name in capitals after an honorific ("ông NGUYỄN VĂN AN, Chủ tịch UBND xã"), and a
two-syllable name after a title's level word that the place reading took for the place
("Bí thư Huyện ủy Lê Hùng" … "đồng chí Hùng").
"""
from __future__ import annotations

from functools import cache

import regex

from .official_lexicon import Lexicon, fold_cached
from .official_mentions import Mention, Role
from .official_parser import RoleParser
from .official_patterns import honorific_alternation
from .rule_starts import finditer


def honorific_canonical(lex: Lexicon, written: str | None) -> str | None:
    """"Đ/c" → đồng chí, "các đồng chí" → đồng chí, "TS." stays "TS."."""
    if not written:
        return None
    words = written.split()
    if len(words) > 1 and fold_cached(words[0]) in ("các", "hai"):
        written = " ".join(words[1:])
    f = fold_cached(written)
    return lex.honorifics.get(f, written.strip())


_CAPS = r"\p{Lu}+(?:['’]\p{Lu}+)?"  # one syllable in capitals: "NGUYỄN", "Y", "H'HEN"


@cache
def _capitals_after_honorific() -> regex.Pattern:
    """An honorific written in lower or sentence case, then two to four syllables in capitals
    that the next word (not in capitals) ends."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<hon>(?i:{honorific_alternation()}))[ \u00a0]+"
        rf"(?P<name>{_CAPS}(?:[ \u00a0]{_CAPS}){{1,3}})(?![\p{{L}}\p{{N}}])(?![ \u00a0]+\p{{Lu}}{{2,}}(?!\p{{Ll}}))")


def capitals_names(parser: RoleParser) -> list[Mention]:
    """A name in capitals after an honorific, with the roles after it: "ông NGUYỄN VĂN AN,
    Chủ tịch UBND xã" (portals print the names of a caption or a list in capitals); the first
    syllable is a family name, the honorific is not in capitals (a headline in capitals is read
    as no name)."""
    lex, norm, text = parser.lex, parser.norm, parser.text
    out = []
    for m in finditer(_capitals_after_honorific(), norm):  # tried only where an honorific stands
        hon = m.group("hon")
        if hon.isupper():
            continue
        words = [w[0] + w[1:].lower() for w in m.group("name").split()]
        if not (lex.is_surname(words[0]) or lex.is_highland_name(words)):
            continue
        s, e = m.span("name")
        roles, chain_end = parser.parse_chain(e)
        new_roles, post_end = parser.parse_predicates(chain_end)
        rule = "honorific+capitals" + ("+roles" if roles else "") + ("+appointment" if new_roles else "")
        out.append(Mention(text[s:e], s, e, m.start(), max(chain_end, post_end, e),
                           honorific_canonical(lex, hon), roles + new_roles, "full", rule, 0.9))
    return out


@cache
def _honorific_then(word: str) -> regex.Pattern:
    """An honorific, then ``word`` alone: the short mention "đồng chí Hùng", "ông Minh"."""
    return regex.compile(rf"(?<![\p{{L}}])(?i:{honorific_alternation()})[ \u00a0]+{regex.escape(word)}"
                         r"(?![\p{L}\p{N}])(?![ \u00a0]+\p{Lu})")


def place_read_as_name(parser: RoleParser, roles: list[Role], end: int) -> list[tuple[int, int, str | None]]:
    """A title chain that names no holder but ends on a two-syllable place that is a person's
    name (rule-free: the article says so): "Bí thư Huyện ủy Lê Hùng phát biểu … đồng chí Hùng
    đề nghị", "Chủ tịch UBND xã Danh Út cho biết … ông Út". The place's first syllable is a
    family name, the place is no known one, the article mentions the person short (an honorific
    and the given name, which no other person of the article bears) and never writes the two
    syllables as a place outside a title ("tại xã Trần Phú" keeps xã Trần Phú a place).
    Returns the name as :func:`~extract.official_recogniser.names_after_title` does, and gives
    the role back its place from the article."""
    lex, norm = parser.lex, parser.norm
    last = roles[-1] if roles else None
    if (last is None or not last.explicit_place or last.end != end or norm[end:end + 1].isalnum()
            or any(r.explicit_place for r in roles[:-1])):
        return []  # "Chủ tịch UBND xã A và Bí thư Huyện ủy B": whose place is whose, unread
    words = last.place.split()
    start = end - len(last.place)
    if (len(words) != 2 or parser.text[start:end] != last.place
            or not (lex.is_surname(words[0], rare=False) or words[0] in lex.khmer_family)
            or fold_cached(last.place) in lex.known_places):
        return []
    given = fold_cached(words[1])
    if any(k.endswith(" " + given) and k != fold_cached(last.place) for k in parser.known):
        return []  # "đồng chí Hùng" may be another Hùng of the article
    if not _honorific_then(words[1]).search(norm) or _written_as_place(parser, last.place, start):
        return []
    last.end, last.text = start, parser.text[last.start:start].rstrip()
    last.explicit_place = False
    last.place = parser.resolve_place(last.level, last.org, last.start)
    return [(start, end, None)]


def _written_as_place(parser: RoleParser, place: str, here: int) -> bool:
    """The article names ``place`` after a level word that no title's role holds: "tại xã Trần
    Phú", "UBND huyện Lộc Bình tổ chức" (a place, not a holder)."""
    key = fold_cached(place)
    for hits in parser.place_hits.values():
        for off, name in hits:
            if fold_cached(name) != key or off <= here <= off + 12:
                continue
            titled = [t for t in parser.title_starts if off - 60 <= t < off]
            if not any((r := parser.parse_role(t)) is not None and r.end > off for t in titled):
                return True
    return False
