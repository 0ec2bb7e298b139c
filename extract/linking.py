"""One official per person per article: merging the mentions of :mod:`extract.official_recogniser`.

* the same name again, any case or tone placement .. "Nguyễn Văn Hòa" = "Nguyễn Văn Hoà" = "NGUYỄN VĂN HÒA"
* an honorific and the given name ................. "ông Vinh" → Võ Văn Vinh (when only one person fits)
* an honorific and a title, no name ............... "đồng chí Chủ tịch UBND huyện" → the one person
                                                     the article gives that title and body
* roles from every mention, one per title and body; a title without a body gives way to the
  same title with one ("Phó Bí thư" and "Phó Bí thư Huyện ủy" → phó bí thư / huyện ủy).

The official's span is its first full mention with roles (name and role chain), else its
first full mention; ``mentions`` lists every mention, each quoting the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Fact
from .official_mentions import Mention, Role
from .official_parser import RoleParser
from .official_recogniser import chain_from, names_after_title
from .text import fold
from .article import TokenizedArticle


@dataclass
class Person:
    name: str
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full(self) -> list[Mention]:
        return [m for m in self.mentions if m.form == "full" and m.rule != "repeat"]

    def anchor(self) -> Mention:
        full = self.full or self.mentions
        return next((m for m in full if m.roles), full[0])

    def roles(self) -> list[Role]:
        out: list[Role] = []
        for m in sorted(self.mentions, key=lambda m: m.start):
            for r in m.roles:
                if any(x.key() == r.key() or _truncated(r, x) for x in out):
                    continue
                out = [x for x in out if not _truncated(x, r)]
                if r.org == "" and any(x.title == r.title for x in out):
                    continue
                out = [x for x in out if not (x.title == r.title and x.org == "" and r.org)]
                out.append(r)
        return out

    def honorific(self) -> str | None:
        return next((m.honorific for m in sorted(self.mentions, key=lambda m: m.start) if m.honorific), None)

    def to_fact(self, tokenized: TokenizedArticle) -> Fact:
        a = self.anchor()
        seen: set[tuple[int, int]] = set()
        mentions = []
        for m in sorted(self.mentions, key=lambda m: m.start):
            j = m.to_json(tokenized.text)
            if (j["start"], j["end"]) not in seen:
                seen.add((j["start"], j["end"]))
                mentions.append(j)
        fields = {
            "name": a.name,
            "honorific": self.honorific(),
            "roles": [r.to_json() for r in self.roles()],
            "mentions": mentions,
        }
        return Fact("official", tokenized.span(a.span_start, a.span_end), "official", a.confidence, a.rule, fields)


def _truncated(a: Role, b: Role) -> bool:
    """``a`` is ``b`` written short: same title, ``a``'s body the first words of ``b``'s
    ("Phó Giám đốc phụ trách Sở Nội" beside "… Sở Nội vụ")."""
    return a.title == b.title and bool(a.org) and a.org != b.org and b.org.startswith(a.org + " ")


def link(parser: RoleParser, mentions: list[Mention]) -> list[Person]:
    """Group full mentions by folded name, then attach repeats, short forms and title references."""
    people: dict[str, Person] = {}
    for m in mentions:
        key = fold(m.name)
        if key not in people:
            people[key] = Person(m.name, key)
        people[key].mentions.append(m)
    if not people:
        return []
    taken = _Taken(len(parser.norm), ((m.start, m.end) for m in mentions))
    _repeats(parser, people, taken)
    _short_forms(parser, people, taken)
    _title_references(parser, people, taken)
    return sorted(people.values(), key=lambda p: p.anchor().span_start)


class _Taken:
    """The ranges already read as a mention, with a per-character mask so that "is this offset
    inside one?" costs the same however many there are."""

    def __init__(self, size: int, spans):
        self.spans: set[tuple[int, int]] = set()
        self.mask = bytearray(size + 1)
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        s, e = span
        self.spans.add(span)
        self.mask[s:e] = b"\x01" * (e - s)

    def covers(self, pos: int) -> bool:
        return bool(self.mask[pos])


def _repeats(parser: RoleParser, people: dict[str, Person], taken: _Taken) -> None:
    """The full name again with nothing around it ("… Trầm Quế Hương đề nghị")."""
    for run_start in parser.runs:
        sylls = parser.syllables_at(run_start)
        for j in range(len(sylls)):
            for ln in (5, 4, 3, 2):
                if j + ln > len(sylls):
                    continue
                s, e = sylls[j][0], sylls[j + ln - 1][1]
                key = fold(parser.norm[s:e])
                if key in people and not taken.covers(s):
                    people[key].mentions.append(Mention(parser.text[s:e], s, e, s, e, form="full", rule="repeat"))
                    taken.add((s, e))
                    break


def _short_forms(parser: RoleParser, people: dict[str, Person], taken: _Taken) -> None:
    """An honorific and the last one or two syllables of one person's name: "ông Vinh", with
    the posts a predicate after it gives ("ông Vinh được bầu làm …", "ông Vinh từng giữ …")."""
    regexes, norm = parser.regexes, parser.norm
    # what a name can be shortened to: the words after any space of a person's key ("vinh", "văn vinh")
    endings = {p.key[i + 1:] for p in people.values() for i, c in enumerate(p.key) if c == " "}
    for run_start in parser.runs:
        sylls = parser.syllables_at(run_start)
        if len(sylls) == 2 and fold(parser.norm[sylls[0][0]:sylls[0][1]]) in parser.lex.honorifics:
            sylls = sylls[1:]  # "Ông Cường" at a sentence's start: the honorific is in the run
        if not 1 <= len(sylls) <= 2:
            continue
        s, e = sylls[0][0], sylls[-1][1]
        if taken.covers(s):
            continue
        short = fold(norm[s:e])
        if short not in endings:
            continue  # no one's name ends so: no need to look for the honorific
        hb = regexes.honorific_before.search(norm, max(0, s - 20), s)
        if not hb or not hb.group("hon"):
            continue
        fits = [p for p in people.values() if p.key.endswith(" " + short) and p.key != short]
        if len(fits) == 1:
            roles, end = parser.parse_predicates(e)  # "ông Cường từng giữ các chức vụ …", "bà Hoa được bầu làm …"
            fits[0].mentions.append(Mention(parser.text[s:e], s, e, hb.start(), max(e, end), roles=roles, form="short",
                                            rule="honorific+given" + ("+appointment" if roles else "")))
            taken.add((s, e))


def _title_references(parser: RoleParser, people: dict[str, Person], taken: _Taken) -> None:
    """An honorific and a title with no name after it, that only one person holds in the
    article: "đồng chí Chủ tịch UBND huyện yêu cầu …"."""
    regexes, norm = parser.regexes, parser.norm
    holders: dict[tuple[str, str], set[str]] = {}
    for p in people.values():
        for m in p.mentions:
            for r in m.roles:
                holders.setdefault(r.key(), set()).add(p.key)
    covered = bytearray(len(norm) + 1)
    for a, b in taken.spans | {(m.span_start, m.span_end) for p in people.values() for m in p.mentions}:
        covered[a:b] = b"\x01" * (b - a)
    for t in parser.title_starts:
        if covered[t]:
            continue
        hb = regexes.honorific_before.search(norm, max(0, t - 20), t)
        if not hb or not hb.group("hon") or regexes.plural_quantifier.search(norm, max(0, hb.start() - 6), hb.start()):
            continue
        roles, end = chain_from(parser, t)
        if not roles or not roles[0].org or names_after_title(parser, end):
            continue
        who = holders.get(roles[0].key(), set())
        if len(who) == 1:
            key = next(iter(who))
            people[key].mentions.append(Mention(people[key].name, t, end, hb.start(), end, form="title",
                                                rule="honorific+title"))
            taken.add((t, end))
