"""Every full mention of a person: a name with its honorific and roles, a title chain then
the names it belongs to, the names of a list (see :mod:`extract.officials` for the forms)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from govfacts.patterns import load

from .official_bylines import bylines
from .official_lexicon import Lexicon, fold_cached
from .official_mentions import Mention, Role
from .official_name_forms import capitals_names, honorific_canonical, place_read_as_name
from .official_shared_posts import respective_posts, share_parallel_body
from .official_parser import RoleParser
from .official_patterns import official_rules, word_alternation
from .official_roles import borrow_party_org, share_places

@dataclass
class _Context:
    """What stands before a capitalised run: an honorific, a plural honorific, a place word."""

    honorific: str | None = None
    plural: bool = False
    start: int | None = None  # where the honorific starts


def _context_before(parser: RoleParser, start: int) -> _Context:
    regexes = parser.regexes
    before = parser.norm[max(0, start - 40):start]
    off = start - len(before)
    pb = regexes.plural_before.search(before)
    if pb:
        return _Context(pb.group("plural"), True, off + pb.start())
    hb = regexes.honorific_before.search(before)
    if hb:
        return _Context(hb.group("hon") or hb.group("deg") or hb.group("deg2"), False, off + hb.start())
    return _Context()


def _joint(gap: str) -> str | None:
    """What joins two mentions: ";", "," or "và" (and nothing else)."""
    g = " ".join(gap.split())
    return g if g in (";", ",", "và") else None


def max_name_length(lex: Lexicon, words: list[str]) -> int:
    """Four syllables, five with two family names before the middle name ("Trương Lê Thị Thu Hà")
    or an Ê Đê name with a two-syllable clan name ("Y Thanh Hà Niê Kđăm")."""
    if len(words) >= 5 and words[1] in lex.common and words[2] in lex.middle_names:
        return 5
    if len(words) == 5 and lex.is_highland_name(words):
        return 5
    return 4


def _name_of_run(parser: RoleParser, sylls: list, has_honorific: bool) -> list | None:
    """The syllables of a run that are a name: all of them after an honorific, else from the
    first family name, two to four syllables ("Theo Nguyễn Văn A" → "Nguyễn Văn A"), five
    with a double family name."""
    lex = parser.lex
    words = [parser._syl(s) for s in sylls]
    if has_honorific and (2 <= len(sylls) <= max_name_length(lex, words)
                          or len(sylls) == 1 and lex.is_one_word_name(words[0])):
        return sylls
    if 2 <= len(sylls) <= max_name_length(lex, words) and lex.is_highland_name(words):
        return sylls  # "Y Khuê Mlô": an Ê Đê name opens with its gender marker, not a family name
    for j, w in enumerate(words):
        if lex.is_surname(w) and 2 <= len(sylls) - j:
            name = sylls[j:]
            return name if len(name) <= max_name_length(lex, words[j:]) else name[:3]
    return None


class _Found:
    """The full mentions read so far, by where their names start, and the role chains read."""

    def __init__(self, parser: RoleParser):
        self.parser = parser
        self.mentions: list[Mention] = []
        self.consumed = bytearray(len(parser.norm) + 1)  # role chains already read
        self.by_start: dict[int, Mention] = {}
        self.groups = iter(range(1, 1 << 30))

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.by_start[m.start] = m
        self.parser.known.add(fold_cached(m.name))
        if m.span_end > m.end:
            self.consumed[m.end:m.span_end] = b"\x01" * (m.span_end - m.end)


def recognise(parser: RoleParser) -> list[Mention]:
    """Every full mention of a person (name with its honorific and roles), in text order."""
    found = _Found(parser)
    _names_first(parser, found)
    for m in capitals_names(parser):  # "ông NGUYỄN VĂN AN, Chủ tịch UBND xã"
        if m.start not in found.by_start and not found.consumed[m.start]:
            found.add(m)
    for roles, q in _titles_first(parser, found):
        _give_held_post(parser, found.mentions, roles, q)
    for m in found.mentions:
        share_places(m.roles)
    _share_group_roles(found.mentions)
    share_parallel_body(parser, found.mentions)
    respective_posts(parser, found.mentions)
    for m in bylines(parser):  # 3. bylines and photo credits
        if m.start not in found.by_start:
            found.add(m)
    found.mentions.sort(key=lambda m: m.start)
    return found.mentions


def _run_name(parser: RoleParser, run_start: int) -> tuple[_Context, list] | None:
    """The name a capitalised run at ``run_start`` holds and what stands before it."""
    lex = parser.lex
    sylls = parser.syllables_at(run_start)
    words = [parser._syl(s) for s in sylls]
    if len(sylls) < 2 and not (sylls and lex.is_one_word_name(words[0])):
        return None  # a name has two syllables at least, but "ông K'Brel"
    first = words[0]
    one_word = len(sylls) == 2 and lex.is_one_word_name(words[1])  # "Ông K'Brel"
    if len(sylls) == 2 and fold_cached(first) in lex.honorifics and not one_word:
        return None  # "Ông Cường từng giữ …": a person named short (extract.linking), not the family Ông
    before = _context_before(parser, sylls[0][0])
    if before.honorific is not None and len(sylls) >= 3 and words[1] in lex.middle_names:
        ctx = before  # "bà Ông Thị Lan": the honorific's word a family name after an honorific
    elif fold_cached(first) in lex.honorifics and (len(sylls) >= 3 or one_word):  # "Ông Võ Văn Vinh"
        if any(fold_cached(parser.norm[sylls[0][0]:sylls[k][1]]) in lex.known_places for k in range(1, min(4, len(sylls)))):
            return None  # "Bà Rịa Vũng Tàu": a place that starts with an honorific
        ctx = _Context(first, False, sylls[0][0])
        sylls = sylls[1:]
    else:
        ctx = before
    name = _name_of_run(parser, sylls, ctx.honorific is not None)
    if name is None:
        return None
    if name[0] != sylls[0]:
        ctx = _Context()  # words before the family name: the honorific is not this name's
    return ctx, name


def _in_list(parser: RoleParser, prev: Mention | None, nstart: int, family_known: bool, list_open: bool) -> bool:
    """A name without an honorific continues a list of names: after ";" in an open plural list,
    after "," when the one before had an honorific and no roles, after "và"."""
    if prev is None:
        return False
    joint = _joint(parser.norm[prev.span_end:nstart])
    if joint == ";":
        in_list = list_open
    elif joint == ",":
        in_list = not prev.roles and prev.honorific is not None
    else:
        in_list = joint == "và"
    return in_list and family_known


def _names_first(parser: RoleParser, found: _Found) -> None:
    """1. names with an honorific before them, a role chain after them, or in a list of names."""
    lex, norm, text = parser.lex, parser.norm, parser.text
    prev: Mention | None = None
    list_open = False  # a plural honorific ("Các đồng chí:") governs the names after it
    for run_start in parser.runs:
        if found.consumed[run_start]:
            continue  # inside the roles of a name already read: a place ("Bí thư Huyện ủy Thạch An, …")
        got = _run_name(parser, run_start)
        if got is None:
            continue
        ctx, name = got
        words = [parser._syl(s) for s in name]
        nstart, nend = name[0][0], name[-1][1]
        surname_known = lex.is_surname(words[0]) or lex.is_highland_name(words)
        marked = ctx.honorific is not None
        if not marked and (parser.after_place_word(nstart) or fold_cached(" ".join(words)) in lex.known_places):
            continue
        if not surname_known and not marked:
            continue
        lead = ctx.start if ctx.start is not None else nstart
        in_list = not marked and _in_list(parser, prev, nstart, words[0] in lex.common or lex.is_highland_name(words),
                                          list_open)
        roles, chain_end = parser.parse_chain(nend)
        new_roles, post_end = parser.parse_predicates(chain_end)
        if not (marked or roles or new_roles or in_list):
            continue
        rule = "+".join(x for x in (
            "plural" if ctx.plural else "honorific" if marked else "list" if in_list else "",
            "name", "roles" if roles else "", "appointment" if new_roles else "") if x)
        confidence = 0.95 if roles else 0.9 if marked else 0.8
        if not surname_known:
            confidence = 0.75
        honorific = honorific_canonical(lex, ctx.honorific)
        if honorific is None and in_list:
            honorific = prev.honorific
        m = Mention(text[nstart:nend], nstart, nend, nstart, max(chain_end, post_end), honorific,
                    roles + new_roles, "full", rule, confidence)
        _join_group(found, prev, m, _joint(norm[prev.span_end:lead]) if prev is not None else None, new_roles)
        if ctx.plural:
            list_open = True
        elif not in_list:
            list_open = False
        found.add(m)
        prev = m


def _join_group(found: _Found, prev: Mention | None, m: Mention, joint: str | None, new_roles: list[Role]) -> None:
    """Names written together ("A và B", "A, B và C") are one group; a new post after the last
    is every member's: "A và B được bầu làm Ủy viên UBND", but not one's who got a post of
    their own: "bầu A làm Chủ tịch UBND xã và B làm Phó Chủ tịch UBND xã"."""
    if joint == "và" or (joint == "," and not prev.roles):
        if prev.group < 0:
            prev.group = next(found.groups)
        m.group = prev.group
    if new_roles and m.group >= 0:
        for other in found.mentions:
            if other.group == m.group and (other is m or "appointment" not in other.rule):
                other.roles = other.roles + [r for r in new_roles if r.key() not in {x.key() for x in other.roles}]


def _titles_first(parser: RoleParser, found: _Found) -> list[tuple[list[Role], int]]:
    """2. a title chain, then the name (or names) it belongs to; returns the posts whose holders
    are written with titles of their own ("… đối với nguyên Giám đốc Sở Nội vụ A")."""
    regexes, norm = parser.regexes, parser.norm
    held: list[tuple[list[Role], int]] = []
    for t in parser.title_starts:
        if found.consumed[t] or _presidium_at(parser, t):
            continue
        roles, end = chain_from(parser, t)
        if not roles:
            continue
        holder = bool(regexes.holder_before.search(norm, max(0, t - 12), t)) or _rule_ends_at(
            parser, "post_held_by_names_after", t) or (roles[0].title.startswith("quyền ") and bool(
                regexes.holder_before_acting.search(norm, max(0, t - 12), t)))
        plural = bool(regexes.plural_quantifier.search(norm, max(0, t - 12), t)) or _rule_ends_at(
            parser, "plural_heading_before_title", t)
        apposition = not holder and not plural and bool(roles[-1].org or roles[-1].explicit_place)
        names = names_after_title(parser, end, holder=holder, plural=plural, apposition=apposition)
        if not names and not holder:
            names = place_read_as_name(parser, roles, end)  # "Bí thư Huyện ủy Lê Hùng … đồng chí Hùng"
        if not names:
            if holder and (bridge := regexes.holder_bridge.match(norm, end)):
                held.append((roles, bridge.end()))  # A's own title first
            continue
        if apposition and official_rules().rule("title_comma_honorific_name").regex.match(norm, end):
            for r in roles:
                r.rule = r.rule or "title_comma_honorific_name"
        _count_title_of_body(parser, t, roles)
        _give_title(parser, found, t, roles, names)
        found.consumed[t:end] = b"\x01" * (end - t)
    return held


def _give_title(parser: RoleParser, found: _Found, t: int, roles: list[Role], names: list) -> None:
    """The roles of a title chain at ``t`` to each name after it (a name already read gets
    them first among its own)."""
    lex, text = parser.lex, parser.text
    hb = parser.regexes.honorific_before.search(parser.norm[max(0, t - 30):t])
    for i, (ns, ne, h) in enumerate(names):
        h = h or (hb.group("hon") if hb and i == 0 else None)
        existing = found.by_start.get(ns)
        if existing is not None:
            existing.roles = [*roles, *(r for r in existing.roles if r.key() not in {x.key() for x in roles})]
            if i == 0:
                existing.span_start = min(existing.span_start, t)
            existing.rule = "title+" + existing.rule
            existing.honorific = existing.honorific or honorific_canonical(lex, h)
            continue
        given, ne_body = parser.delegate_group(roles, ne)
        own, own_end = parser.parse_chain(ne_body)
        new_roles, post_end = parser.parse_predicates(own_end)
        rule = "title+name" + ("+roles" if own else "") + ("+appointment" if new_roles else "")
        found.add(Mention(text[ns:ne], ns, ne, t if i == 0 else ns, max(ne_body, own_end, post_end),
                          honorific_canonical(lex, h), [*given, *own, *new_roles], "full", rule, 0.95))


def _share_group_roles(mentions: list[Mention]) -> None:
    """"ông A và ông B, đại biểu HĐND huyện": the roles after the last name are everyone's, but
    not those of one the article gave roles elsewhere ("Đoàn … do đồng chí A, Phó Bí thư Tỉnh
    ủy … làm trưởng đoàn"; then "do đồng chí A và đồng chí B, Bí thư Huyện ủy đồng chủ trì":
    B's)."""
    with_roles = {fold_cached(m.name) for m in mentions if m.roles}
    for g in {m.group for m in mentions if m.group >= 0}:
        members = sorted((m for m in mentions if m.group == g), key=lambda m: m.start)
        if members[-1].roles and not any(m.roles for m in members[:-1]):
            for m in members[:-1]:
                if fold_cached(m.name) in with_roles:
                    continue
                m.roles = list(members[-1].roles)
                m.rule += "+shared"


def names_after_title(parser: RoleParser, end: int, *, holder: bool = False, plural: bool = False,
                      apposition: bool = False) -> list[tuple[int, int, str | None]]:
    """The names a title chain ending at ``end`` belongs to: "… huyện Nguyễn Văn Hòa",
    "…: Lê An, Trần Văn Bình", "… – Trần Bình", "Đại biểu Quốc hội bà Lê Thị Hoa";
    with ``holder`` (the title follows "chức vụ"), "… đối với ông A và bà B"; with ``plural``
    (a title written once for several: "các đại biểu HĐND tỉnh"), every name of the list,
    each after the roles of the one before: "… A, Tỉnh ủy viên, …; và B, Phó Giám đốc Sở …"; with
    ``apposition`` (the title has its body), the one name after a comma and an honorific, when no
    role of its own follows it: "Phó Chủ tịch UBND tỉnh, ông A cho biết" (rule
    ``title_comma_honorific_name``)."""
    lex, regexes, norm = parser.lex, parser.regexes, parser.norm
    sep = regexes.title_to_name.match(norm, end)
    if holder and (bridge := regexes.holder_bridge.match(norm, end)):
        q, hon = bridge.end(), None
        hm = _honorific_at().match(norm, q)  # "đối với ông A", "đối với đồng chí A", "đối với Trung tá A"
        if hm:
            q, hon = hm.end(), hm.group("hon")
    elif (hd := official_rules().rule("names_heading_after_title").regex.match(norm, end)) and hd.end() > end:
        q, hon, plural = hd.end(), None, True  # "2 Phó Chủ tịch là các ông: A và B", "… gồm: ông A, bà B"
    elif apposition and (ap := official_rules().rule("title_comma_honorific_name").regex.match(norm, end)):
        q, hon = ap.end(), ap.group("hon")  # "Phó Chủ tịch UBND tỉnh, ông A cho biết"
        sylls = parser.syllables_at(q)
        if not 2 <= len(sylls) <= max_name_length(lex, [parser._syl(x) for x in sylls]):
            return []
        if parser.parse_chain(sylls[-1][1])[0]:
            return []  # "…, đồng chí A, Phó Trưởng Ban …": the next person, with roles of their own
        return [(sylls[0][0], sylls[-1][1], hon)]
    elif sep:
        q, hon = sep.end(), sep.group("hon")
    else:
        return []
    names: list[tuple[int, int, str | None]] = []
    joint = ""
    while True:
        sylls = parser.syllables_at(q)
        words = [parser._syl(s) for s in sylls]
        if len(words) >= 3 and fold_cached(words[0]) in lex.honorifics:
            hon = hon or words[0]
            sylls, words = sylls[1:], words[1:]
        if not 2 <= len(sylls) <= max_name_length(lex, words):
            break
        key = fold_cached(" ".join(words))
        if not (lex.is_surname(words[0]) or hon or key in parser.known or _middle_named(lex, words)
                or len(words) == 3 and words[0] in lex.khmer_family or _marker_named(lex, words)
                or lex.is_highland_name(words)):
            break
        own, own_end = parser.parse_chain(sylls[-1][1])
        if names and hon and own and (not plural or ";" not in joint):
            break  # "Chủ tịch UBND huyện A và ông B, Trưởng phòng …": B, named with roles of his own
        names.append((sylls[0][0], sylls[-1][1], hon))
        nxt = regexes.list_next.match(norm, sylls[-1][1])
        if not nxt or ";" in nxt.group(0) or "cùng" in nxt.group(0):
            break
        if own:
            if not plural:
                break  # the next name has roles of its own
            own_end = _after_parent_body(parser, own_end)
            nxt = regexes.plural_list_next.match(norm, own_end)
            if not nxt or "cùng" in nxt.group(0):
                break
        q, hon, joint = nxt.end(), nxt.group("hon"), nxt.group(0)
    return names


def _marker_named(lex: Lexicon, words: list[str]) -> bool:
    """An Ê Đê or M'nông name written without its family name, right after a title: the gender
    marker and the given name ("các Phó Giám đốc Sở Nội vụ| Y Blao, Trần Thị Kim Oanh")."""
    return len(words) == 2 and lex.opens_with_marker(words)


def _middle_named(lex: Lexicon, words: list[str]) -> bool:
    """A rarer family name before a middle name: "Kăn Thị Đoan", "Rmah Văn Tư"."""
    return 3 <= len(words) <= 4 and words[1] in lex.middle_names


def _after_parent_body(parser: RoleParser, pos: int) -> int:
    """Past the council a role's body belongs to, and its level: "Trưởng Ban Pháp chế| HĐND tỉnh|"."""
    q = parser.skip_ws(pos)
    bm = parser.regexes.body.match(parser.norm, q) if q > pos else None
    if bm is None:
        return pos
    q = parser.skip_ws(bm.end())
    lm = parser.regexes.level.match(parser.norm, q) if q > bm.end() else None
    return lm.end() if lm else bm.end()


def chain_from(parser: RoleParser, pos: int) -> tuple[list[Role], int]:
    """A role chain starting with a title at ``pos`` (the title-before-name form)."""
    role = parser.parse_role(pos)
    if role is None:
        return [], pos
    more, end = parser.parse_chain(role.end, first=False, before_name=True)
    roles = [role] + more
    borrow_party_org(roles)
    parser.borrow_rank_org(roles)
    return roles, end


@cache
def _not_title_after() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?i:{word_alternation(load('titles').get('not_title_after') or ['-'])})\s+$")


def _presidium_at(parser: RoleParser, t: int) -> bool:
    """The title at ``t`` is part of a body's name: "Đoàn Chủ tịch" (a congress's presidium)."""
    return bool(_not_title_after().search(parser.norm, max(0, t - 8), t))


def _rule_ends_at(parser: RoleParser, name: str, pos: int, reach: int = 40) -> bool:
    """A rule of official_rules.yaml whose pattern ends with ``$`` matches right before ``pos``."""
    return bool(official_rules().rule(name).regex.search(parser.norm, max(0, pos - reach), pos))


def _count_title_of_body(parser: RoleParser, t: int, roles: list[Role]) -> None:
    """Rule ``count_title_of_body``: "UBND huyện có 2 Phó Chủ tịch gồm: …" → the title is of
    the body the sentence names last before the count."""
    if not roles or roles[0].org or roles[0].kind == "party" or not _rule_ends_at(parser, "count_title_of_body", t):
        return
    norm = parser.norm
    start = max(norm.rfind(".", 0, t), norm.rfind("\n", 0, t)) + 1
    last = None
    for m in parser.regexes.body.finditer(norm, start, t):
        last = m
    if last is None:
        return
    entry = parser.lex.bodies.get(last.group(0)) or parser.lex.bodies.get(fold_cached(last.group(0)))
    if entry is None or entry.kind == "party":
        return
    r = roles[0]
    r.org, r.org_kind, r.level, r.rule = entry.name, entry.kind, entry.level, "count_title_of_body"
    r.place = parser.resolve_place(entry.level, entry.name, t)


@cache
def _honorific_at() -> regex.Pattern:
    """An honorific or a rank (or both) and the space after it: "đồng chí ", "Trung tá ", "ông TS. "."""
    hon = load("honorifics")
    forms = word_alternation([f for forms in hon["honorifics"].values() for f in forms] + list(hon["degrees"]))
    return regex.compile(rf"(?P<hon>(?i:{forms}))(?:\s+(?i:{forms}))?\s+")


_HELD_LEAD = regex.compile(r"(?:(?:nguyên|cựu)\s+)?", regex.IGNORECASE)
_HELD_NEXT = regex.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,|và)\s*(?:(?:nguyên|cựu)\s+)?", regex.IGNORECASE)


def _give_held_post(parser: RoleParser, mentions: list[Mention], roles: list[Role], q: int) -> None:
    """Rule ``post_held_by_names_after`` when each holder has a title of their own: "cho thôi
    Ủy viên UBND huyện đối với cựu Trưởng phòng Y tế A (…) và cựu Trưởng phòng Tư pháp B"."""
    norm = parser.norm
    by_lead = {m.span_start: m for m in mentions}
    pos = _HELD_LEAD.match(norm, q).end()
    for _ in range(8):
        hm = _honorific_at().match(norm, pos)
        m = by_lead.get(pos) or (by_lead.get(hm.end()) if hm else None)
        if m is None:
            return
        keys = {r.key() for r in m.roles}
        for r in roles:
            if r.key() not in keys:
                m.roles.append(Role(r.title, r.org, r.place, r.start, r.end, r.text, r.kind, r.level, r.org_kind,
                                    r.explicit_place, r.former, "post_held_by_names_after"))
        nxt = _HELD_NEXT.match(norm, m.span_end)
        if not nxt or nxt.end() == m.span_end:
            return
        pos = nxt.end()
