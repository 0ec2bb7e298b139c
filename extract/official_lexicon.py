"""The lexicons the officials' grammar reads: surnames, honorifics, titles and bodies.

Read once from ``patterns/surnames.yaml``, ``honorifics.yaml``, ``titles.yaml`` and
``organisations.yaml``; keys are folded (or, for abbreviations, tone-normalised as written).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from govfacts.patterns import load

from .text import fold, normalize_tones

# One capitalised syllable ("Dương", "Úc"), with the apostrophe prefix of Central Highlands
# names ("H'Linh Niê", "H’Hen Niê") and their glued capital prefix ("Y Săn AYun"; two
# lower-case letters at least after it, so "TTg" is no syllable).
SYL = r"\p{Lu}(?:['’]\p{Lu}|\p{Lu}(?=\p{Ll}{2}))?\p{Ll}*"
CAPS_SYL = r"\p{Lu}{2,}"  # one syllable in capitals ("HOÀNG"), for bylines
WORD_END = r"(?![\p{L}\p{N}])"


# ------------------------------------------------------------------ lexicons

@dataclass(frozen=True)
class TitleEntry:
    title: str
    org: str | None = None
    template: str | None = None
    head_in_title: str | None = None
    kind: str | None = None
    names_place: bool = False  # "Trưởng thôn| Nà Hẩu": the unit's bare name follows the title


@dataclass(frozen=True)
class BodyEntry:
    name: str
    head: str | None = None
    kind: str | None = None
    level: str | None = None
    subject: bool = False
    parent: bool = False
    governing: bool = False
    owner_after: bool = False  # the unit named after it owns it, read but not kept: "HĐQT| Công ty X"


@dataclass(frozen=True)
class Lexicon:
    common: frozenset
    rare: frozenset
    not_given: frozenset
    middle_names: frozenset  # "Văn", "Thị": the syllable after them is the given name
    known_places: frozenset  # folded
    family_only: frozenset
    not_place_words: frozenset
    not_place_alone: frozenset  # no place alone, but the first syllable of one ("Kỳ Sơn")
    name_object_words: frozenset  # a lower-case body name stops before them ("… công tác …")
    honorifics: dict  # folded form → canonical
    titles: dict  # folded form or exact abbreviation → TitleEntry
    bodies: dict  # folded form or exact abbreviation → BodyEntry
    generic_heads: dict  # folded head → canonical head
    name_abbr: dict
    template_heads: frozenset
    bare_template_heads: frozenset  # "Trưởng Công an xã" → trưởng / công an: the head stays the body's
    commune_levels: frozenset  # the levels of a bare "Đảng ủy": xã, phường, thị trấn
    complete_heads: frozenset  # generic heads that name a body alone: "Tòa án nhân dân"
    parent_heads: frozenset  # generic heads whose name is the body they serve: "Văn phòng HĐND&UBND"
    ad_hoc_heads: frozenset  # heads of bodies named elsewhere in the article: "Đoàn kiểm tra"
    chain_stops: tuple
    lowercase_stops: frozenset  # words a body's lower-case name never runs over
    byline_prefixes: tuple
    appointment: dict
    place_prefixes: frozenset = frozenset()  # first syllables of places that are no place alone ("Đắk")
    highland_markers: tuple = ()  # "Y", "H'": an Ê Đê or M'nông name's first syllable opens with one
    highland_family_last: frozenset = frozenset()  # "Niê", "Êban": that name's family name, last
    highland_family_first: frozenset = frozenset()  # "Ksor", "Siu": a Jrai family name, first, never a place's
    khmer_family: frozenset = frozenset()  # "Thạch", "Sơn", "Danh": a Khmer family name, also a place's syllable
    place_after_name_heads: tuple = ()  # folded heads whose bare place follows the name: "Sở Nội vụ Lào Cai"
    one_word_markers: tuple = ()  # "K'": a one-word K'Ho name opens with it ("K'Brel")
    role_first_words: frozenset = frozenset()  # folded first words of titles, bodies, heads, honorifics
    person_named_heads: frozenset = frozenset()  # heads named after a person: "Trường THCS Nguyễn Du"
    article_body_heads: frozenset = frozenset()  # a bare "Sở" is the sở the article names
    office_parent_heads: frozenset = frozenset()  # "Chánh Văn phòng| Ban Chỉ huy": the unit the office is of

    def is_highland_name(self, words: list[str]) -> bool:
        """'Y Khuê Niê', 'H'Linh Êban': a gender marker first, the family name last."""
        if len(words) < 2 or not self.opens_with_marker(words):
            return False
        if words[-1] in self.highland_family_last:
            return True
        # a clan name of two syllables, the known one first ("Y Thanh Hà Niê Kđăm"), the second
        # no word a role or an honorific opens with ("H'Linh Niê Phó Giám đốc …" is not one)
        return (len(words) >= 4 and words[-2] in self.highland_family_last
                and fold_cached(words[-1]) not in self.role_first_words)

    def is_one_word_name(self, word: str) -> bool:
        """A K'Ho, Mạ or Chu Ru man's name, one word after its marker ("K'Brel", "K'Điểu"): a full
        name alone, read only after an honorific."""
        return any(word.startswith(m) and len(word) > len(m) + 1 and word[len(m)].isupper()
                   for m in self.one_word_markers)

    def opens_with_marker(self, words: list[str]) -> bool:
        """The first syllable is an Ê Đê or M'nông gender marker ("Y", "H'…"): 'Y Blao', 'H'Lan'."""
        first = words[0] if words else ""
        return any(first == m or (m[-1] in "'’" and first.startswith(m) and len(first) > len(m))
                   for m in self.highland_markers)

    def is_surname(self, syl: str, *, rare: bool = True) -> bool:
        return syl in self.common or (rare and syl in self.rare)

    def ends_on_middle_name(self, words: list[str]) -> bool:
        """The syllables of a run so far are a family name and a middle name, alone or after a
        capitalised honorific ("Quàng Văn", "Ông Quàng Văn"): the next one is the given name even
        when it is a level word ("Tỉnh", "Huyện", "Xã") or a title ("Hoàng Văn Chiều")."""
        lead = 1 if len(words) == 3 and fold_cached(words[0]) in self.honorifics else 0
        return len(words) - lead == 2 and words[-1] in self.middle_names and self.is_surname(words[lead])

    def name_goes_on(self, words: list[str], nxt: str) -> bool:
        """A name's run goes on over ``nxt`` where a level word, body or title would end it: after
        a family name and its middle name (:meth:`ends_on_middle_name`, also after a place), or when
        ``nxt`` is the middle name right after the family name, which a level word may start ("Bà Lò
        Thị Xã": not "Thị xã")."""
        if self.ends_on_middle_name(words) or len(words) >= 2 and words[-1] in self.middle_names and (
                self.is_surname(words[-2])):
            return True  # also after a place: "Tỉnh ủy Mường Khương Lò Văn| Huyện"
        return nxt in self.middle_names and self.is_surname(words[-1])


@lru_cache(maxsize=8192)
def normal_tones(s: str) -> str:
    return normalize_tones(s)


fold_cached = lru_cache(maxsize=8192)(fold)


@cache
def joined_title_forms() -> frozenset[str]:
    """The titles of titles.yaml written as one word whose second syllable is lower case ("Vụ
    trưởng", "Tổ trưởng", "Hiệu trưởng"), folded: in a text that writes them "vụ Trưởng …" the
    words are two, the title starts at the capital ("chức vụ| Trưởng phòng Tư pháp")."""
    return frozenset(fold(f) for e in load("titles")["titles"] for f in e.get("forms") or []
                     if len(f.split()) >= 2 and f.split()[1][:1].islower())


@cache
def lexicon() -> Lexicon:
    sur = load("surnames")
    hon = load("honorifics")
    tit = load("titles")
    org = load("organisations")
    titles: dict = {}
    for e in tit["titles"]:
        entry = TitleEntry(e["title"], e.get("org"), e.get("template"), e.get("head_in_title"), e.get("kind"),
                           bool(e.get("names_place")))
        for f in e.get("forms") or []:
            titles[fold(f)] = entry
        for a in e.get("abbr") or []:
            titles[normal_tones(a)] = entry
    bodies: dict = {}
    for e in org["bodies"]:
        entry = BodyEntry(e["name"], e.get("head"), e.get("kind"), e.get("level"), bool(e.get("subject")),
                          bool(e.get("parent")), bool(e.get("governing")), bool(e.get("owner_after")))
        for f in e.get("forms") or []:
            bodies[fold(f)] = entry
        for a in e.get("abbr") or []:
            bodies[normal_tones(a)] = entry
    honorifics = {}
    for canon, forms in hon["honorifics"].items():
        for f in forms:
            honorifics[fold(f)] = canon
    return Lexicon(
        common=frozenset(normal_tones(s) for s in sur["common"]),
        rare=frozenset(normal_tones(s) for s in sur["rare"]),
        not_given=frozenset(normal_tones(s) for s in sur["not_given_names"]),
        middle_names=frozenset(normal_tones(s) for s in sur.get("middle_names") or ()),
        known_places=frozenset(fold(p) for p in sur["places"]),
        family_only=frozenset(normal_tones(s) for s in sur["family_only"]),
        highland_markers=tuple(sur.get("highland_given_markers") or ()),
        one_word_markers=tuple(sur.get("one_word_name_markers") or ()),
        highland_family_last=frozenset(normal_tones(s) for s in sur.get("highland_family_last") or ()),
        highland_family_first=frozenset(normal_tones(s) for s in sur.get("highland_family_first") or ()),
        khmer_family=frozenset(normal_tones(s) for s in sur.get("khmer_family") or ()),
        not_place_words=frozenset(normal_tones(s) for s in org["not_place_words"]),
        not_place_alone=frozenset(normal_tones(s) for s in org["not_place_alone"]),
        name_object_words=frozenset(fold(w) for w in org["name_object_words"]),
        honorifics=honorifics,
        titles=titles,
        bodies=bodies,
        generic_heads={fold(k): v for k, v in org["generic_heads"].items()},
        name_abbr={normal_tones(k): v for k, v in org["name_abbreviations"].items()},
        template_heads=frozenset(tit["template_heads"]),
        bare_template_heads=frozenset(tit.get("bare_template_heads") or ()),
        commune_levels=frozenset(org["commune_levels"]),
        complete_heads=frozenset(org["complete_heads"]),
        parent_heads=frozenset(org["parent_heads"]),
        place_after_name_heads=tuple(" " + fold(h) for h in org.get("place_after_name_heads") or ()),
        ad_hoc_heads=frozenset(org["ad_hoc_heads"]),
        chain_stops=tuple(fold(w) for w in tit["chain_stops"]),
        lowercase_stops=frozenset(fold(w) for w in tit["chain_stops"] + tit["function_words"]),
        byline_prefixes=tuple(hon["byline_prefixes"]),
        appointment=tit["appointment"],
        place_prefixes=frozenset(normal_tones(w) for w in org.get("place_prefixes") or ()),
        person_named_heads=frozenset(org.get("person_named_heads") or ()),
        article_body_heads=frozenset(org.get("article_body_heads") or ()),
        office_parent_heads=frozenset(org.get("office_parent_heads") or ()),
        role_first_words=frozenset(k.split()[0] for k in (*titles, *bodies, *honorifics,
                                                          *(fold(h) for h in org["generic_heads"])) if k.split()),
    )
