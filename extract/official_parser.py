"""The role grammar and the person recogniser of :mod:`extract.officials`."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from govfacts.patterns import load

from .grammar import rule_set
from .text import fold, normalize_tones
from .article import TokenRun

# One capitalised syllable ("Dương", "Úc"), with the apostrophe prefix of Central Highlands
# names ("H'Linh Niê", "H’Hen Niê") and their glued capital prefix ("Y Săn AYun"; two
# lower-case letters at least after it, so "TTg" is no syllable).
SYL = r"\p{Lu}(?:['’]\p{Lu}|\p{Lu}(?=\p{Ll}{2}))?\p{Ll}*"
CAPS_SYL = r"\p{Lu}{2,}"  # one syllable in capitals ("HOÀNG"), for bylines
_WORD_END = r"(?![\p{L}\p{N}])"


# ------------------------------------------------------------------ lexicons

@dataclass(frozen=True)
class TitleEntry:
    title: str
    org: str | None = None
    template: str | None = None
    head_in_title: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class BodyEntry:
    name: str
    head: str | None = None
    kind: str | None = None
    level: str | None = None
    subject: bool = False
    parent: bool = False
    governing: bool = False


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
    levels: dict  # folded level word → canonical level
    template_heads: frozenset
    commune_levels: frozenset  # the levels of a bare "Đảng ủy": xã, phường, thị trấn
    complete_heads: frozenset  # generic heads that name a body alone: "Tòa án nhân dân"
    parent_heads: frozenset  # generic heads whose name is the body they serve: "Văn phòng HĐND&UBND"
    ad_hoc_heads: frozenset  # heads of bodies named elsewhere in the article: "Đoàn kiểm tra"
    chain_stops: tuple
    lowercase_stops: frozenset  # words a body's lower-case name never runs over
    byline_prefixes: tuple
    appointment: dict

    def is_surname(self, syl: str, *, rare: bool = True) -> bool:
        return syl in self.common or (rare and syl in self.rare)


@lru_cache(maxsize=8192)
def _nt(s: str) -> str:
    return normalize_tones(s)


_fold = lru_cache(maxsize=8192)(fold)


@cache
def lexicon() -> Lexicon:
    sur = load("surnames")
    hon = load("honorifics")
    tit = load("titles")
    org = load("organisations")
    titles: dict = {}
    for e in tit["titles"]:
        entry = TitleEntry(e["title"], e.get("org"), e.get("template"), e.get("head_in_title"), e.get("kind"))
        for f in e.get("forms") or []:
            titles[fold(f)] = entry
        for a in e.get("abbr") or []:
            titles[_nt(a)] = entry
    bodies: dict = {}
    for e in org["bodies"]:
        entry = BodyEntry(e["name"], e.get("head"), e.get("kind"), e.get("level"), bool(e.get("subject")),
                          bool(e.get("parent")), bool(e.get("governing")))
        for f in e.get("forms") or []:
            bodies[fold(f)] = entry
        for a in e.get("abbr") or []:
            bodies[_nt(a)] = entry
    honorifics = {}
    for canon, forms in hon["honorifics"].items():
        for f in forms:
            honorifics[fold(f)] = canon
    return Lexicon(
        common=frozenset(_nt(s) for s in sur["common"]),
        rare=frozenset(_nt(s) for s in sur["rare"]),
        not_given=frozenset(_nt(s) for s in sur["not_given_names"]),
        middle_names=frozenset(_nt(s) for s in sur.get("middle_names") or ()),
        known_places=frozenset(fold(p) for p in sur["places"]),
        family_only=frozenset(_nt(s) for s in sur["family_only"]),
        not_place_words=frozenset(_nt(s) for s in org["not_place_words"]),
        not_place_alone=frozenset(_nt(s) for s in org["not_place_alone"]),
        name_object_words=frozenset(fold(w) for w in org["name_object_words"]),
        honorifics=honorifics,
        titles=titles,
        bodies=bodies,
        generic_heads={fold(k): v for k, v in org["generic_heads"].items()},
        name_abbr={_nt(k): v for k, v in org["name_abbreviations"].items()},
        levels={fold(k) if not k.startswith(("TP", "Tp")) else k: v for k, v in org["levels"].items()},
        template_heads=frozenset(tit["template_heads"]),
        commune_levels=frozenset(org["commune_levels"]),
        complete_heads=frozenset(org["complete_heads"]),
        parent_heads=frozenset(org["parent_heads"]),
        ad_hoc_heads=frozenset(org["ad_hoc_heads"]),
        chain_stops=tuple(fold(w) for w in tit["chain_stops"]),
        lowercase_stops=frozenset(fold(w) for w in tit["chain_stops"] + tit["function_words"]),
        byline_prefixes=tuple(hon["byline_prefixes"]),
        appointment=tit["appointment"],
    )


def _alt(words, *, flexible_space: bool = True) -> str:
    """Longest-first alternation of literal words (tone placement normalised, as the text it
    is matched against); a space matches any run of whitespace."""
    parts = sorted({_nt(w) for w in words if w}, key=len, reverse=True)
    esc = (regex.escape(w) for w in parts)
    if flexible_space:
        esc = (e.replace("\\ ", r"\s+") for e in esc)
    return "(?:" + "|".join(esc) + ")"


@dataclass(frozen=True)
class Patterns:
    title: regex.Pattern
    title_forms_scan: re.Pattern
    title_abbr_scan: re.Pattern
    body: regex.Pattern
    generic: regex.Pattern
    level: regex.Pattern
    parent_word: regex.Pattern
    level_at_end: regex.Pattern
    abbr_in_brackets: regex.Pattern
    bracket_after_name: regex.Pattern
    holder_before: regex.Pattern
    former: regex.Pattern
    former_before: regex.Pattern
    holder_bridge: regex.Pattern
    run: regex.Pattern
    syl: regex.Pattern
    honorific_before: regex.Pattern
    plural_before: regex.Pattern
    sep_first: regex.Pattern
    sep_next: regex.Pattern
    title_to_name: regex.Pattern
    list_next: regex.Pattern
    appoint: regex.Pattern
    term: regex.Pattern
    subject_stop: regex.Pattern
    byline: regex.Pattern
    credit: regex.Pattern
    place_before: regex.Pattern
    of_word: regex.Pattern
    plural_quantifier: regex.Pattern
    name_vocab: regex.Pattern
    level_lookalike: regex.Pattern
    qualifier_after_body: regex.Pattern
    plural_list_next: regex.Pattern
    roman: regex.Pattern


def _forms(entries: list, key: str) -> list[str]:
    return [_nt(f) for e in entries for f in e.get(key) or []]


@cache
def patterns() -> Patterns:
    lex = lexicon()
    tit_all = load("titles")
    tit = tit_all["titles"]
    bod = load("organisations")["bodies"]
    org = load("organisations")
    hon = load("honorifics")
    lb = r"(?<![\p{L}\p{N}/])"
    abbr_end = r"(?![\p{L}\p{N}/]|-\p{L})"
    title = regex.compile(
        rf"{lb}(?:(?i:{_alt(_forms(tit, 'forms'))}){_WORD_END}|{_alt(_forms(tit, 'abbr'))}{abbr_end})")
    body = regex.compile(
        rf"{lb}(?:(?i:{_alt(_forms(bod, 'forms'))}){_WORD_END}|{_alt(_forms(bod, 'abbr'))}{abbr_end})")
    generic = regex.compile(rf"{lb}(?i:{_alt(_nt(h) for h in org['generic_heads'])}){_WORD_END}")
    level_words = [k for k in org["levels"] if not k.startswith(("TP", "Tp"))]
    level_abbr = [k for k in org["levels"] if k.startswith(("TP", "Tp"))]
    level = regex.compile(rf"{lb}(?:(?i:{_alt(level_words)}){_WORD_END}|{_alt(level_abbr)}(?!\p{{L}}))")
    hon_forms = [f for forms in hon["honorifics"].values() for f in forms]
    honor = rf"(?i:{_alt(hon_forms)}){_WORD_END}"
    degree = _alt(hon["degrees"])
    plural = rf"(?i:{_alt(hon['plural'])}){_WORD_END}"
    honorific_before = regex.compile(
        rf"(?:(?<![\p{{L}}\p{{N}}])(?P<hon>{honor})\s*(?:(?P<deg>{degree})\s*)?|(?P<deg2>{degree})\s*)(?::\s*)?$")
    plural_before = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<plural>{plural})\s*(?::\s*)?$")
    app = lex.appointment
    appoint = regex.compile(
        rf"\s*,?\s*(?:và\s+)?(?:(?:{_alt(app['adverbs'])})\s+)*(?:được\s+)?(?:(?:{_alt(app['adverbs'])})\s+)*"
        rf"(?:(?:{_alt(app['verbs'])})(?:\s*,\s*|\s+và\s+|\s+))*(?P<post>{_alt(app['posts'])})\s*:?\s+", regex.IGNORECASE)
    return Patterns(
        title=title,
        title_forms_scan=re.compile(r"(?<![\w/])" + _alt(f.lower() for f in _forms(tit, "forms")) + r"(?!\w)"),
        title_abbr_scan=re.compile(r"(?<![\w/])" + _alt(_forms(tit, "abbr")) + r"(?![\w/]|-[^\W\d_])"),
        body=body,
        generic=generic,
        level=level,
        level_at_end=regex.compile(rf"(?<=\s)(?:(?i:{_alt(level_words)}){_WORD_END}|{_alt(level_abbr)})$"),
        parent_word=regex.compile(rf"(?i:{_alt(org['parent_words'])}){_WORD_END}"),
        former=regex.compile(rf"(?i:{_alt(tit_all['former_prefixes'])})\s+"),
        former_before=regex.compile(rf"(?<![\p{{L}}])(?i:{_alt(tit_all['former_prefixes'])})\s+$"),
        holder_before=regex.compile(rf"(?i:{_alt(tit_all['holder_bridge']['before_title'])})\s+$"),
        holder_bridge=regex.compile(
            rf"\s*(?:,?\s*(?i:{_alt(tit_all['tenure_words'])})\s+\d{{4}}\s*[-–]\s*\d{{4}})?\s*,?\s*"
            rf"(?i:{_alt(tit_all['holder_bridge']['words'])})\s+"),
        bracket_after_name=regex.compile(r"\s*\([^()\n]{1,40}\)(?=\s*[,–-])"),
        abbr_in_brackets=regex.compile(r"\s*\(\s*[\p{Lu}&.\-]{2,12}\s*\)"),
        run=regex.compile(rf"(?<![\p{{L}}\p{{N}}&/.'’\-]){SYL}(?:[ \u00a0]{SYL})*{_WORD_END}"),
        syl=regex.compile(SYL + _WORD_END),
        honorific_before=honorific_before,
        plural_before=plural_before,
        # after a name: ", " "- " " – " "(" or a plain space before a title
        sep_first=regex.compile(r"\s*(?:[,:(]|\s[-–—]|[-–—]\s|[-–—])\s*|\s+"),
        sep_next=regex.compile(r"\s*(?:,\s*(?:kiêm\s+)?|\s[-–—]\s*|[-–—]\s*|\s+kiêm\s+|\s+và\s+)"),
        # between a title and the name it precedes: " ", ": ", " – ", an honorific
        title_to_name=regex.compile(rf"(?:\s*[:–—-]\s*|\s+)(?:(?P<hon>{honor})\s+)?"),
        list_next=regex.compile(rf"\s*(?:,|;|\s+và|\s+cùng)\s*(?:(?P<hon>{honor})\s+)?"),
        appoint=appoint,
        term=regex.compile(rf"\s*,?\s*(?i:{_alt(tit_all['term_words'])})\s+[IVXLC]+\b"),
        subject_stop=regex.compile(
            rf"[,;.:()\n]|\s[-–—]\s|\s(?:{_alt(lex.chain_stops)}){_WORD_END}|\s(?:{honor})\s"),
        byline=regex.compile(
            rf"^[\s(]*(?:(?i:{_alt(lex.byline_prefixes)})\s*:\s*)?(?P<name>{SYL}(?: {SYL}){{1,3}}|{CAPS_SYL}(?: {CAPS_SYL}){{1,3}})"
            rf"\s*(?:[,\-–(].{{0,60}})?[\s)]*$"),
        credit=regex.compile(rf"(?i:{_alt(hon['credit_prefixes'])})\s*:\s*(?P<name>{SYL}(?: {SYL}){{1,3}})\s*[.)]?\s*$"),
        place_before=regex.compile(rf"(?<![\p{{L}}]){_alt(_place_context())}\s*$"),
        of_word=regex.compile(rf"(?i:{_alt(org['of_words'])})\s+"),
        plural_quantifier=regex.compile(rf"(?<![\p{{L}}])(?i:{_alt(hon['plural_quantifiers'])})\s+$"),
        name_vocab=regex.compile(rf"{_alt(org['name_vocabulary'])}{_WORD_END}"),
        level_lookalike=regex.compile(rf"{_alt(org['level_lookalikes'])}{_WORD_END}"),
        qualifier_after_body=regex.compile(rf"\s+(?P<q>(?i:{_alt(tit_all['qualifiers_after_body'])})){_WORD_END}"),
        # between the names of a list a plural title governs, after each one's own roles:
        # "các đại biểu HĐND tỉnh A, Tỉnh ủy viên, …; và B, Phó Giám đốc Sở …"
        plural_list_next=regex.compile(rf"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:(?P<hon>{honor})\s+)?"),
        roman=regex.compile(r"[IVXLC]+$"),
    )


def _place_context() -> list[str]:
    words = load("surnames")["place_context"]
    return sorted({w for x in words for w in (x, x[:1].upper() + x[1:])})


# ------------------------------------------------------------------ results

@dataclass
class Role:
    title: str
    org: str
    place: str
    start: int
    end: int
    text: str
    kind: str | None = None
    level: str | None = None
    org_kind: str | None = None
    explicit_place: bool = False
    former: bool = False
    rule: str = ""  # the patterns/official_rules.yaml rule that gave the role, if one did

    def key(self) -> tuple[str, str]:
        return (self.title, self.org)

    def to_json(self) -> dict:
        out = {"title": self.title, "org": self.org, "place": self.place, "text": self.text,
               "start": self.start, "end": self.end, "former": self.former}
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass
class Mention:
    """One place where a person is named: the name's own words and the whole phrase around them."""

    name: str
    start: int
    end: int
    span_start: int
    span_end: int
    honorific: str | None = None
    roles: list[Role] = field(default_factory=list)
    form: str = "full"  # full, short ("ông Vinh"), title ("đồng chí Chủ tịch UBND huyện")
    rule: str = ""
    confidence: float = 0.9
    group: int = -1  # mentions named together ("A và B được bầu …")

    def to_json(self, text: str) -> dict:
        s, e = (self.start, self.end) if self.form == "full" else (self.span_start, self.span_end)
        return {"start": s, "end": e, "text": text[s:e], "form": self.form, "rule": self.rule}


@dataclass
class _Org:
    name: str
    head: str | None
    kind: str | None
    level: str | None
    end: int
    subject_end: int | None = None


# ------------------------------------------------------------------ the reader

class Reader:
    """The role grammar and the person recogniser over one article's text."""

    def __init__(self, text: str, tokens=None):
        self.text = text
        norm = normalize_tones(text)
        self.norm = norm if len(norm) == len(text) else text
        self.lex = lexicon()
        self.pats = patterns()
        self.tokens = tokens  # a TokenView: word tokens, segmented where a body's name is read
        self._sylls: dict[int, list[tuple[int, int]]] = {}
        self.runs = [m.start() for m in self.pats.run.finditer(self.norm)]
        self.title_starts = self._title_starts()
        self.known: set[str] = set()
        self.places: dict[str, Counter] = {}
        self.place_hits: dict[str, list[tuple[int, str]]] = {}  # level → (offset, place), in order
        self.home: tuple[str, str] | None = None
        self._find_places()

    # -------------------------------------------------------------- small readers

    def skip_ws(self, pos: int) -> int:
        n = len(self.norm)
        while pos < n and self.norm[pos] in " \t\u00a0":
            pos += 1
        return pos

    def _title_starts(self) -> list[int]:
        """Where titles start (as ``pats.title.finditer`` finds them, without overlaps); two
        stdlib scans, written forms over the lower-cased text and abbreviations over the text,
        are several times faster than one case-mixed scan."""
        low = self.norm.lower()
        if len(low) != len(self.norm):
            return [m.start() for m in self.pats.title.finditer(self.norm)]
        found = sorted([m.span() for m in self.pats.title_forms_scan.finditer(low)]
                       + [m.span() for m in self.pats.title_abbr_scan.finditer(self.norm)])
        out: list[int] = []
        last = -1
        for s, e in found:
            if s >= last:
                out.append(s)
                last = e
        return out

    def syllables_at(self, pos: int) -> list[tuple[int, int]]:
        """The capitalised syllables of the run at ``pos``, cut before a title, body or level word."""
        cached = self._sylls.get(pos)
        if cached is not None:
            return cached
        out: list[tuple[int, int]] = []
        m = self.pats.run.match(self.norm, pos)
        if m:
            for sm in self.pats.syl.finditer(self.norm, m.start(), m.end()):
                s, e = sm.span()
                if out and (self.norm[s:e] in self.lex.not_given or self._starts_role_word(s)):
                    if not (len(out) == 2 and self._syl(out[1]) in self.lex.middle_names
                            and self.lex.is_surname(self._syl(out[0]))):
                        break  # but "Hoàng Văn Chiều", "Huỳnh Văn Tỉnh": a name does not end on its middle name
                out.append((s, e))
        self._sylls[pos] = out
        return out

    def _starts_role_word(self, pos: int) -> bool:
        """A title that reads as a role, a named body or a level word starts at ``pos``
        ("Lê Văn An Tỉnh ủy viên"); a generic head does not ("Lê Trường Sơn")."""
        p = self.pats
        if p.body.match(self.norm, pos) or p.level.match(self.norm, pos):
            return True
        return bool(p.title.match(self.norm, pos)) and self.parse_role(pos) is not None

    def after_place_word(self, pos: int) -> bool:
        """A place or body word right before ``pos``: "huyện Hà Nam", "TP. Hồ Chí Minh"."""
        return bool(self.pats.place_before.search(self.norm, max(0, pos - 24), pos))

    def _syl(self, span: tuple[int, int]) -> str:
        return self.norm[span[0]:span[1]]

    # -------------------------------------------------------------- places

    def _find_places(self) -> None:
        """Count the places written after a level word ("huyện Tiên Phước"); the first in the
        title, else the most frequent, is the unit the article is about."""
        first_line_end = self.norm.find("\n")
        first_line_end = len(self.norm) if first_line_end < 0 else first_line_end
        for m in self.pats.level.finditer(self.norm):
            level = self._level_of(m.group(0))
            sylls = self.syllables_at(self.skip_ws(m.end()))
            if not sylls or self.skip_ws(m.end()) == m.end():
                continue
            k = self.place_length(sylls, use_known=False)
            if not k:
                continue
            name = self.text[sylls[0][0]:sylls[k - 1][1]]
            self.places.setdefault(level, Counter())[name] += 1
            self.place_hits.setdefault(level, []).append((m.start(), name))
            if self.home is None and m.start() < first_line_end:
                self.home = (level, name)
        if self.home is None:
            best = None
            for level in self.lex.levels.values():
                for name, n in (self.places.get(level) or {}).items():
                    if best is None or n > best[0]:
                        best = (n, level, name)
            if best:
                self.home = (best[1], best[2])

    def _level_of(self, written: str) -> str:
        w = " ".join(written.split())
        return self.lex.levels.get(w) or self.lex.levels.get(_fold(w), _fold(w))

    def place_length(self, sylls: list[tuple[int, int]], *, use_known: bool = True) -> int:
        """How many syllables after a level word are the place; the rest start a name.

        "UBND huyện Nông Sơn" → 2 (place); "UBND tỉnh Võ Văn Bình" → 0 (a name);
        "UBND huyện Hà Nam Nguyễn Văn A" → 2.  A two-syllable run is a place unless the
        article names that person elsewhere; a known place stays one ("TP. Hồ Chí Minh").
        """
        n = len(sylls)
        if n == 0:
            return 0
        words = [self._syl(s) for s in sylls]
        if words[0] in self.lex.not_place_words:
            return 0
        if words[0] in self.lex.not_place_alone and (n == 1 or self.pats.roman.match(words[1])):
            return 0  # "tỉnh Kỳ họp", "HĐND tỉnh Kỳ II"; but "Huyện ủy Kỳ Sơn"
        if n == 1 and self.norm[sylls[0][1]:sylls[0][1] + 2].strip()[:1].islower():
            return 0  # "tỉnh Thông tin …": a capitalised word, not a one-syllable place
        if use_known:
            for j in range(n):
                for ln in (4, 3, 2):
                    if j + ln <= n and _fold(" ".join(words[j:j + ln])) in self.known:
                        return j
        for ln in (3, 4, 2):
            if ln <= n and _fold(" ".join(words[:ln])) in self.lex.known_places:
                return ln
        if 3 <= n <= 4 and words[0] in self.lex.common:
            return 0  # "tỉnh Võ Văn Bình", "huyện Trần Hoàng An": a middle name may be a family name too
        splits = [j for j in range(1, min(n, 4)) if words[j] in self.lex.common and 2 <= n - j <= 4]
        if splits:
            return next((j for j in splits if n - j == 3), splits[0])
        return min(n, 4)

    def resolve_place(self, level: str | None, org: str, pos: int = 0) -> str:
        """The place of a role written without one: the unit of that level the article names
        last before ``pos`` (else first after it); a body with no level word ("PCT UBND")
        takes the last unit named before it (else the unit the article is about), a bare
        "Đảng ủy" the last commune named, a "Sở" the province."""
        if level == "commune" or (level is None and org and not org.startswith("sở")):
            levels = self.lex.commune_levels if level == "commune" else self.place_hits
            before = [h for lv in levels for h in self.place_hits.get(lv, ()) if h[0] < pos]
            return max(before)[1] if before else self.home[1] if self.home else ""
        if level is None and org.startswith("sở"):
            level = "tỉnh"
        hits = self.place_hits.get(level or "")
        if not hits:
            return ""
        i = bisect_right(hits, (pos, "\uffff")) - 1
        return hits[i][1] if i >= 0 else hits[0][1]

    # -------------------------------------------------------------- bodies

    def parse_org(self, pos: int, *, lower_case: bool = True) -> _Org | None:
        """A body at ``pos``: a named one ("UBND", "Ban Dân vận", "BCĐ …") or a head word
        with a name ("Sở Nội vụ", "Phòng Tài nguyên và Môi trường", "Hội đồng tư vấn").

        The Party committee a body belongs to is read but not kept, as the gold does:
        "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy" → ủy ban kiểm tra, "Chánh Văn phòng Tỉnh ủy" →
        văn phòng, "Phó Trưởng Ban Tổ chức Trung ương" → ban tổ chức.
        """
        lex, pats, norm = self.lex, self.pats, self.norm
        m = pats.body.match(norm, pos)
        if m:
            entry = lex.bodies.get(m.group(0)) or lex.bodies.get(_fold(m.group(0)))
            if entry is None:
                return None
            org = _Org(entry.name, entry.head, entry.kind, entry.level, m.end())
            if entry.parent:
                self._skip_parent(org)
            if entry.subject:
                org.subject_end = self._subject_end(org.end)
                lv = pats.level_at_end.search(norm, org.end, org.subject_end)
                if lv:  # "BCĐ CCHC xã", "Ban Chỉ đạo … của huyện"
                    org.level = self._level_of(lv.group(0).strip())
            return org
        g = pats.generic.match(norm, pos)
        if not g:
            return None
        head = lex.generic_heads[_fold(g.group(0))]
        if head in lex.parent_heads:
            org = _Org(head, head, None, None, g.end())
            if self._skip_parent(org, any_body=True):
                return org
        words, end = self._name_words(g.end(), lower_case=lower_case)
        name = f"{head} {words}" if words else head if head in lex.complete_heads else ""
        return _Org(name, head, None, None, end if words else g.end())

    def _skip_parent(self, org: _Org, *, any_body: bool = False) -> bool:
        """Read the body ``org`` belongs to ("… Huyện ủy", "… Trung ương", and after a
        generic office any body: "Văn phòng HĐND&UBND"); its level becomes the org's."""
        q = self.skip_ws(org.end)
        if q == org.end:
            return False
        pm = self.pats.parent_word.match(self.norm, q)
        if pm:
            org.end = pm.end()
            return True
        m = self.pats.body.match(self.norm, q)
        if not m:
            return False
        entry = self.lex.bodies.get(m.group(0)) or self.lex.bodies.get(_fold(m.group(0)))
        if entry is None or not (any_body or (entry.kind == "party" and entry.level)):
            return False
        org.level = entry.level
        org.kind = org.kind or entry.kind
        org.end = m.end()
        return True

    def _subject_end(self, pos: int) -> int:
        """The end of a Ban Chỉ đạo's subject: the next comma, dash, clause verb or honorific."""
        limit = min(len(self.norm), pos + 160)
        m = self.pats.subject_stop.search(self.norm, pos, limit)
        end = m.start() if m else limit
        while end > pos and self.norm[end - 1].isspace():
            end -= 1
        return end

    def _name_words(self, pos: int, *, lower_case: bool = True) -> tuple[str, int]:
        """The name of a body after its head word, from the segmented tokens.

        Capitalised words (and "và", "-", "&" between them) when the first is capitalised:
        "Sở Nội vụ đánh giá" → "nội vụ", "Sở Văn hoá-Thể thao làm" → "văn hóa-thể thao",
        "Văn phòng Điều phối nông thôn mới huyện" → "điều phối nông thôn mới"; then, in sentence case,
        the lower-case nouns of ``name_vocabulary`` only: "Viện Nghiên cứu kinh tế và chính sách,"
        → "nghiên cứu kinh tế và chính sách", "Sở Tư pháp cho biết" → "tư pháp"; else (``lower_case``) up to three
        lower-case words before a level word or a clause verb: "Hội đồng tư vấn tỉnh" →
        "tư vấn".  Abbreviations are expanded ("GD&ĐT" → giáo dục và đào tạo).
        """
        run = self.tokens.run_from(pos) if self.tokens is not None else TokenRun()
        if not run.has(0):
            return "", pos
        text, norm, lex = self.text, self.norm, self.lex
        tok_starts, tok_ends, has = run.starts, run.ends, run.has  # grow as sentences are read
        i = run.index_at(pos)
        if i < 0 or tok_ends[i] <= pos:
            i += 1

        def piece_at(j: int) -> tuple[int, int, str]:
            s = max(tok_starts[j], pos)
            raw = norm[s:tok_ends[j]]
            lead = len(raw) - len(raw.lstrip())
            return s + lead, tok_ends[j], raw.strip()

        def ends_name(j: int) -> bool:
            """Nothing of a name follows token ``j``: end, punctuation, a level word, a verb."""
            if not has(j):
                return True
            s, _e, p = piece_at(j)
            return (not p or not p[0].isalnum() or "\n" in norm[tok_ends[j - 1]:s]
                    or self._level_at(s) or _fold(p) in lex.lowercase_stops
                    or self._stop_inside(p) == 0)

        def vocab_at(j: int) -> int | None:
            """Where a lower-case noun of a body's name starting token ``j`` ends ("hành chính")."""
            if not has(j):
                return None
            s, _e, p = piece_at(j)
            if not p[:1].islower():
                return None
            vm = self.pats.name_vocab.match(norm, s)
            return vm.end() if vm else None

        spans: list[tuple[int, int]] = []
        mode = None
        lowered = False  # the capitalised name went on in lower case: it takes no capitals again
        while has(i) and len(spans) < 10:
            s, e, piece = piece_at(i)
            if not piece:
                i += 1
                continue
            if spans and "\n" in norm[spans[-1][1]:s]:
                break
            if mode is None:
                if piece[0].isupper() or _nt(piece) in lex.name_abbr:
                    mode = "cap"
                elif piece[0].isalpha() and lower_case:
                    mode = "low"
                else:
                    break
            if mode == "cap":
                cut = self._stop_inside(piece)
                if cut is not None:  # a glued token: "Nội phát biểu"
                    if cut and piece[0].isupper():
                        spans.append((s, s + cut))
                    break
                if _nt(piece) in lex.name_abbr or piece in ("và", "&", "-", "–") and has(i + 1) and (
                        piece_at(i + 1)[2][:1].isupper() and not lowered or lowered and vocab_at(i + 1)):
                    spans.append((s, e))
                elif spans and (v_end := vocab_at(i)) is not None:
                    spans.append((s, v_end))  # "Phòng Cải cách hành chính", "Viện Nghiên cứu kinh tế và chính sách"
                    lowered = True
                    i = run.index_from(v_end)
                    continue
                elif piece.split(" ", 1)[0] in ("và", "&") and piece.partition(" ")[2][:1].isupper():
                    spans.append((s, e))  # a glued token: "và Công nghệ"
                elif piece == "," and spans and not lowered and (en := self._enumeration_at(s)):
                    spans.append((s, en))  # "Sở Lao động, Thương binh và Xã hội"
                    i = run.index_from(en)
                    break
                elif piece[0].isupper():
                    if (lowered or self._level_at(s) or self._starts_person(s) or self.pats.title.match(norm, s)
                            or self._governing_body_at(s)):
                        break
                    spans.append((s, e))
                elif (spans and piece[0].islower() and " " not in piece and _fold(piece) not in lex.lowercase_stops
                      and not self._chain_stop_at(s) and not self._level_at(s) and ends_name(i + 1)):
                    spans.append((s, e))  # "… nông thôn mới huyện"
                    i += 1
                    break
                else:
                    break
            else:
                if (not piece[0].islower() or self.pats.level.match(norm, s) or len(spans) >= 3
                        or _fold(piece) in lex.lowercase_stops or spans and _fold(piece) in lex.name_object_words):
                    break
                spans.append((s, e))
            i += 1
        while spans and norm[spans[-1][0]:spans[-1][1]] in ("và", "&", "-", "–"):
            spans.pop()
        if not spans:
            return "", pos
        return self._expand(text[spans[0][0]:spans[-1][1]]), spans[-1][1]

    def _enumeration_at(self, pos: int) -> int | None:
        """Where a body's name that goes on over the comma at ``pos`` ends (rule
        ``body_name_enumeration``): "Sở Văn hóa|, Thể thao và Du lịch|"; not before a title,
        a body, a level word or a person ("Sở Nội vụ, Trưởng ban …")."""
        m = official_rules().rule("body_name_enumeration").regex.match(self.norm, pos)
        if not m:
            return None
        q = self.skip_ws(pos + 1)
        if (self.pats.title.match(self.norm, q) or self.pats.body.match(self.norm, q) or self._level_at(q)
                or self._starts_person(q)):
            return None
        return m.end()

    def _level_at(self, pos: int) -> bool:
        """A level word starts at ``pos``, not the first syllable of a noun ("Xã hội")."""
        return bool(self.pats.level.match(self.norm, pos)) and not self.pats.level_lookalike.match(self.norm, pos)

    def _governing_body_at(self, pos: int) -> bool:
        """A council, committee or Party committee at ``pos``: it ends a body's name
        ("Sở Nội vụ UBND tỉnh"), where "Quốc hội" in "Ban Thường trực Quốc hội" does not."""
        m = self.pats.body.match(self.norm, pos)
        if not m:
            return False
        entry = self.lex.bodies.get(m.group(0)) or self.lex.bodies.get(_fold(m.group(0)))
        return entry is not None and (entry.governing or bool(entry.level))

    def _expand(self, name: str) -> str:
        """A body's written name in the gold style: abbreviations expanded, lower case."""
        out = []
        for w in regex.split(r"(\s+)", name):
            out.append(self.lex.name_abbr.get(_nt(w), w))
        return " ".join("".join(out).lower().split())

    def _chain_stop_at(self, pos: int) -> bool:
        """A clause word starts at ``pos``, even one the segmenter split ("đồng | chủ trì")."""
        low = _fold(self.norm[pos:pos + 24])
        return any(low.startswith(st) and (len(low) == len(st) or not low[len(st)].isalnum())
                   for st in self.lex.chain_stops)

    def _stop_inside(self, piece: str) -> int | None:
        """Where a clause word starts inside a multi-word token ("Nội phát biểu" → 4), if any."""
        if " " not in piece:
            return None
        low = _fold(piece)
        for m in regex.finditer(r" ", low):
            if any(low.startswith(st, m.end()) and (len(low) == m.end() + len(st) or low[m.end() + len(st)] == " ")
                   for st in self.lex.chain_stops):
                return m.start()
        return None

    def _starts_person(self, pos: int) -> bool:
        sylls = self.syllables_at(pos)
        if len(sylls) >= 2 and self._syl(sylls[0]) in self.lex.common:
            return True
        return _fold(self.norm[pos:pos + 40]).startswith(tuple(self.known)) if self.known else False

    # -------------------------------------------------------------- roles

    def parse_role(self, pos: int) -> Role | None:
        """One role at ``pos``: title, body, place ("Phó Chủ tịch HĐND huyện khóa XI")."""
        lex, pats, norm = self.lex, self.pats, self.norm
        former = False
        fm = pats.former.match(norm, pos)
        if fm:  # "nguyên Chủ tịch UBND tỉnh": a past post
            former, pos = True, fm.end()
        elif pats.former_before.search(norm, max(0, pos - 8), pos):
            former = True
        m = pats.title.match(norm, pos)
        if not m:
            return None
        written = m.group(0)
        entry = lex.titles.get(written) or lex.titles.get(_fold(written))
        if entry is None:
            return None
        org = None
        if entry.head_in_title:
            # "Trưởng Ban Dân vận": the head word of the title starts the body's name
            head_words = written.split()[-len(entry.head_in_title.split()):]
            head_at = m.start() + written.rfind(head_words[0])
            org = self.parse_org(head_at, lower_case=False)
            if org is not None and org.end <= m.end() and not org.name:
                org = None
        if org is None:
            q = self.skip_ws(m.end())
            if q > m.end() or written.endswith("."):
                org = self.parse_org(q)
            elif norm.startswith(".", q) and not any(c.islower() for c in written):
                org = self.parse_org(self.skip_ws(q + 1))  # "PBT. Đảng ủy", "CT.HĐND xã": a dot after an abbreviation
        title = entry.title
        if entry.template:
            head = org.head if org and org.head else entry.head_in_title
            if head not in lex.template_heads:
                return None
            title = entry.template.format(head=head)
            if (org is None or not org.name) and head in lex.ad_hoc_heads:
                named = self.ad_hoc_body(head, pos)
                if named:
                    org = _Org(named, head, None, None, org.end if org else m.end())
        if org is not None and (qm := pats.qualifier_after_body.match(norm, org.end)):
            # "Phó Trưởng BCĐ thường trực": the qualifier is the title's, the subject (if any) follows it
            qualifier = _fold(qm.group("q"))
            if not title.endswith(qualifier):
                title = f"{title} {qualifier}"
            org.end = qm.end()
            if org.subject_end is not None:
                org.subject_end = self._subject_end(org.end)
        org_name = org.name if org else (entry.org or "")
        org_kind = org.kind if org else ("party" if entry.org else None)
        level = org.level if org else (self._body_level(entry.org) if entry.org else None)
        end = (org.subject_end or org.end) if org else m.end()
        if org:
            am = pats.abbr_in_brackets.match(norm, end)  # "Hội đồng nhân dân (HĐND) huyện"
            if am:
                end = am.end()
        place = ""
        explicit = False
        q = self.skip_ws(end)
        lm = pats.level.match(norm, q) if org or entry.org or q > end else None  # "công chức Tư pháp xã"
        if lm is None and org is not None and (of := pats.of_word.match(norm, q)):
            lm = pats.level.match(norm, of.end())  # "… của huyện"
        if lm:
            level = self._level_of(lm.group(0))
            end = lm.end()
            sylls = self.syllables_at(self.skip_ws(end)) if self.skip_ws(end) > end else []
            k = self.place_length(sylls)
            if k:
                place = self.text[sylls[0][0]:sylls[k - 1][1]]
                end = sylls[k - 1][1]
                explicit = True
        elif org is not None and org.kind == "party" and org.level and q > end:
            sylls = self.syllables_at(q)
            k = self.place_length(sylls)
            if k:
                place = self.text[sylls[0][0]:sylls[k - 1][1]]
                end = sylls[k - 1][1]
                explicit = True
        tm = pats.term.match(norm, end)
        if tm:
            end = tm.end()
        if not explicit:
            place = self.resolve_place(level, org_name, pos) if (org_name or level) else ""
        start = fm.start() if fm else pos
        return Role(title, org_name, place, start, end, self.text[start:end], entry.kind, level, org_kind, explicit,
                    former)

    def ad_hoc_body(self, head: str, near: int) -> str:
        """The body a bare "Trưởng đoàn" heads: the "Đoàn …" the article names nearest to it
        ("Đoàn kiểm tra do ông A … làm Trưởng đoàn" → đoàn kiểm tra)."""
        cache = self.__dict__.setdefault("_ad_hoc", {})
        if head not in cache:
            found = []
            for m in regex.finditer(rf"(?<![\p{{L}}])(?i:{regex.escape(_nt(head))})(?![\p{{L}}])", self.norm):
                if self.pats.body.match(self.norm, m.start()):
                    continue
                words, _ = self._name_words(m.end())
                if words and any(words == w or words.startswith(w + " ") for w in _ad_hoc_tasks()):
                    found.append((m.start(), f"{head} {words}"))
            cache[head] = found
        best = min(cache[head], key=lambda x: abs(x[0] - near), default=None)
        return best[1] if best else ""

    def _body_level(self, name: str | None) -> str | None:
        for e in self.lex.bodies.values():
            if e.name == name:
                return e.level
        return None

    def parse_chain(self, pos: int, *, first: bool = True, before_name: bool = False) -> tuple[list[Role], int]:
        """Roles after a name, joined by commas, dashes, "kiêm" or "và"; ";" and "cùng" end it.
        A role written right before another full name is that name's ("A, Trưởng Ban Tổ chức
        Tỉnh ủy B"), unless the chain itself leads to a name (``before_name``)."""
        roles: list[Role] = []
        p = pos
        if first:
            bm = self.pats.bracket_after_name.match(self.norm, p)  # "cụ A (1889 - 1969), Trưởng ban …"
            if bm and not self.pats.title.match(self.norm, self.skip_ws(self.norm.index("(", p) + 1)):
                p = bm.end()
        opened = False
        while True:
            sep = (self.pats.sep_first if first and not roles else self.pats.sep_next).match(self.norm, p)
            if not sep or sep.end() == p:
                break
            role = self.parse_role(sep.end())
            if role is None:
                break
            joined_by_and = " và " in f" {sep.group(0).strip()} " or sep.group(0).strip() == "và"
            if (joined_by_and or not before_name and "(" not in sep.group(0)) and self._name_follows(role.end):
                break  # "… và Chủ tịch UBND huyện B", "A, Trưởng Ban Tổ chức Tỉnh ủy B": B's title, not ours
            if any(r.title == role.title and r.org != role.org for r in roles) and not _is_dash(sep.group(0)):
                break  # "A – Phó Chủ tịch UBND huyện, Phó Chủ tịch UBMTTQ huyện, …": the next attendee
            opened = opened or "(" in sep.group(0)
            roles.append(role)
            p = role.end
        if opened:
            q = self.skip_ws(p)
            if self.norm.startswith(")", q):
                p = q + 1
        _borrow_party_org(roles)
        return roles, p

    def _name_follows(self, pos: int) -> bool:
        m = self.pats.title_to_name.match(self.norm, pos)
        q = m.end() if m else pos
        sylls = self.syllables_at(q)
        return len(sylls) >= 2 and self.lex.is_surname(self._syl(sylls[0]))

    def parse_predicates(self, pos: int) -> tuple[list[Role], int]:
        """The posts a clause after a name and its roles gives: committee memberships ("tham gia
        Ban Chấp hành, Ban Thường vụ Huyện ủy") and new posts ("và giữ chức Phó Bí thư …"),
        in any order; an org-less membership takes the Party body of the post after it."""
        roles: list[Role] = []
        end = pos
        for _ in range(4):
            got, e = self.parse_membership(end)
            if not got:
                got, e = self.parse_appointment(end)
            if not got:
                break
            roles += got
            end = e
        _borrow_party_org(roles)
        return roles, end

    def parse_membership(self, pos: int) -> tuple[list[Role], int]:
        """Rule ``committee_membership``: "tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy"."""
        rule = official_rules().rule("committee_membership")
        q = _LEAD_COMMA.match(self.norm, pos).end()
        m = rule.regex.match(self.norm, q)
        if not m:
            return [], pos
        end = m.end()
        org, level = "", None
        if m.group("dang_bo"):
            org = "đảng bộ"
        else:
            q2 = self.skip_ws(end)
            o = self.parse_org(q2) if q2 > end else None
            if o is not None and o.kind == "party" and o.level:
                org, level, end = o.name, o.level, o.end
        titles = rule.get("titles") or {}
        out = []
        for part in regex.split(r"\s*,\s*|\s+và\s+", m.group("committees")):
            title = titles.get(_fold(" ".join(part.split())))
            if title and all(r.title != title for r in out):
                place = self.resolve_place(level, org, m.start()) if level else ""
                out.append(Role(title, org, place, m.start(), end, self.text[m.start():end], "party", level,
                                "party" if org else None, False, False, "committee_membership"))
        return out, end

    def parse_appointment(self, pos: int) -> tuple[list[Role], int]:
        """A new post after a name and its roles: "được bầu giữ chức vụ Chủ tịch UBND huyện"."""
        m = self.pats.appoint.match(self.norm, pos)
        if not m:
            return [], pos
        role = self.parse_role(m.end())
        if role is None:
            return [], pos
        roles, end = self.parse_chain(role.end, first=False)
        roles = [role] + roles
        _borrow_party_org(roles)
        return roles, end


def _is_dash(sep: str) -> bool:
    """A dash joins the roles: "Chủ tịch UBND huyện – Chủ tịch Hội đồng nghĩa vụ quân sự
    huyện" is one person's, where a comma list may move on to the next attendee."""
    return sep.strip() in ("-", "–", "—")


_LEAD_COMMA = regex.compile(r"\s*,?\s*(?:và\s+)?")


@cache
def official_rules():
    """The phrasings of patterns/official_rules.yaml."""
    return rule_set("official_rules")


def _share_places(roles: list[Role]) -> None:
    """A role of one person written without its place takes the place another of their
    roles names at the same level (a bare "Đảng ủy" that of their commune role): "Bí thư Đảng ủy, Chủ tịch UBND xã Tân An" → both in
    Tân An."""
    named = {r.level: r.place for r in roles if r.explicit_place and r.level}
    for r in roles:
        if not r.explicit_place and r.level in named:
            r.place = named[r.level]
    commune = next((r.place for r in roles if r.level in lexicon().commune_levels and r.place), None)
    for r in roles:
        if r.level == "commune" and commune:  # "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": one commune
            r.place = commune


def _borrow_party_org(roles: list[Role]) -> None:
    """An org-less Party title takes the Party body of the next title in the chain:
    "Huyện ủy viên… làm Ủy viên BCH, Ủy viên BTV Huyện ủy" → both of the huyện ủy;
    "Phó Bí thư, Chủ tịch UBND xã" leaves phó bí thư without an org."""
    for i, r in enumerate(roles):
        if r.org or r.kind != "party":
            continue
        for nxt in roles[i + 1:]:
            if nxt.org:
                if nxt.org_kind == "party" and nxt.kind == "party":
                    r.org, r.place, r.level, r.org_kind = nxt.org, nxt.place, nxt.level, "party"
                break
            if nxt.kind != "party":
                break


# ------------------------------------------------------------------ the recogniser

def _honorific_canonical(lex: Lexicon, written: str | None) -> str | None:
    """"Đ/c" → đồng chí, "các đồng chí" → đồng chí, "TS." stays "TS."."""
    if not written:
        return None
    words = written.split()
    if len(words) > 1 and _fold(words[0]) in ("các", "hai"):
        written = " ".join(words[1:])
    f = _fold(written)
    return lex.honorifics.get(f, written.strip())


@dataclass
class _Context:
    """What stands before a capitalised run: an honorific, a plural honorific, a place word."""

    honorific: str | None = None
    plural: bool = False
    start: int | None = None  # where the honorific starts


def _context_before(reader: Reader, start: int) -> _Context:
    pats = reader.pats
    before = reader.norm[max(0, start - 40):start]
    off = start - len(before)
    pb = pats.plural_before.search(before)
    if pb:
        return _Context(pb.group("plural"), True, off + pb.start())
    hb = pats.honorific_before.search(before)
    if hb:
        return _Context(hb.group("hon") or hb.group("deg") or hb.group("deg2"), False, off + hb.start())
    return _Context()


def _joint(gap: str) -> str | None:
    """What joins two mentions: ";", "," or "và" (and nothing else)."""
    g = " ".join(gap.split())
    return g if g in (";", ",", "và") else None


def max_name_length(lex: Lexicon, words: list[str]) -> int:
    """Four syllables, five with two family names before the middle name ("Trương Lê Thị Thu Hà")."""
    if len(words) >= 5 and words[1] in lex.common and words[2] in lex.middle_names:
        return 5
    return 4


def _name_of_run(reader: Reader, sylls: list, has_honorific: bool) -> list | None:
    """The syllables of a run that are a name: all of them after an honorific, else from the
    first family name, two to four syllables ("Theo Nguyễn Văn A" → "Nguyễn Văn A"), five
    with a double family name."""
    lex = reader.lex
    words = [reader._syl(s) for s in sylls]
    if has_honorific and 2 <= len(sylls) <= max_name_length(lex, words):
        return sylls
    for j, w in enumerate(words):
        if lex.is_surname(w) and 2 <= len(sylls) - j:
            name = sylls[j:]
            return name if len(name) <= max_name_length(lex, words[j:]) else name[:3]
    return None


def recognise(reader: Reader) -> list[Mention]:
    """Every full mention of a person (name with its honorific and roles), in text order."""
    lex, pats, norm, text = reader.lex, reader.pats, reader.norm, reader.text
    mentions: list[Mention] = []
    consumed = bytearray(len(norm) + 1)  # role chains already read
    by_start: dict[int, Mention] = {}
    groups = iter(range(1, 1 << 30))

    def add(m: Mention) -> None:
        mentions.append(m)
        by_start[m.start] = m
        reader.known.add(_fold(m.name))
        if m.span_end > m.end:
            consumed[m.end:m.span_end] = b"\x01" * (m.span_end - m.end)

    # 1. names with an honorific before them, a role chain after them, or in a list of names
    prev: Mention | None = None
    list_open = False  # a plural honorific ("Các đồng chí:") governs the names after it
    for run_start in reader.runs:
        if consumed[run_start]:
            continue  # inside the roles of a name already read: a place ("Bí thư Huyện ủy Thạch An, …")
        sylls = reader.syllables_at(run_start)
        if len(sylls) < 2:
            continue  # a name has two syllables at least
        first = reader._syl(sylls[0])
        if _fold(first) in lex.honorifics and len(sylls) >= 3:  # "Ông Võ Văn Vinh"
            if any(_fold(reader.norm[sylls[0][0]:sylls[k][1]]) in lex.known_places for k in range(1, min(4, len(sylls)))):
                continue  # "Bà Rịa Vũng Tàu": a place that starts with an honorific
            ctx = _Context(first, False, sylls[0][0])
            sylls = sylls[1:]
        else:
            ctx = _context_before(reader, sylls[0][0])
        name = _name_of_run(reader, sylls, ctx.honorific is not None)
        if name is None:
            continue
        if name[0] != sylls[0]:
            ctx = _Context()  # words before the family name: the honorific is not this name's
        words = [reader._syl(s) for s in name]
        nstart, nend = name[0][0], name[-1][1]
        key = _fold(" ".join(words))
        surname_known = lex.is_surname(words[0])
        marked = ctx.honorific is not None
        if not marked and (reader.after_place_word(nstart) or key in lex.known_places):
            continue
        if not surname_known and not marked:
            continue
        lead = ctx.start if ctx.start is not None else nstart
        in_list = False
        if prev is not None and not marked:
            gap = norm[prev.span_end:nstart]
            joint = _joint(gap)
            if joint == ";":
                in_list = list_open
            elif joint == ",":
                in_list = not prev.roles and prev.honorific is not None
            elif joint == "và":
                in_list = True
            in_list = in_list and words[0] in lex.common
        roles, chain_end = reader.parse_chain(nend)
        new_roles, post_end = reader.parse_predicates(chain_end)
        if not (marked or roles or new_roles or in_list):
            continue
        rule = "+".join(x for x in (
            "plural" if ctx.plural else "honorific" if marked else "list" if in_list else "",
            "name", "roles" if roles else "", "appointment" if new_roles else "") if x)
        confidence = 0.95 if roles else 0.9 if marked else 0.8
        if not surname_known:
            confidence = 0.75
        honorific = _honorific_canonical(lex, ctx.honorific)
        if honorific is None and in_list:
            honorific = prev.honorific
        m = Mention(text[nstart:nend], nstart, nend, nstart, max(chain_end, post_end), honorific,
                    roles + new_roles, "full", rule, confidence)
        joint = _joint(norm[prev.span_end:lead]) if prev is not None else None
        if joint == "và" or (joint == "," and not prev.roles):  # named together: "A và B", "A, B và C"
            if prev.group < 0:
                prev.group = next(groups)
            m.group = prev.group
        if new_roles and m.group >= 0:
            # the same new post for every name of the group: "A và B được bầu làm Ủy viên UBND"
            for other in mentions:
                if other.group == m.group:
                    other.roles = other.roles + [r for r in new_roles if r.key() not in {x.key() for x in other.roles}]
        if ctx.plural:
            list_open = True
        elif not in_list:
            list_open = False
        add(m)
        prev = m

    # 2. a title chain, then the name (or names) it belongs to
    held: list[tuple[list[Role], int]] = []  # posts whose holders are written with titles of their own
    for t in reader.title_starts:
        if consumed[t] or _presidium_at(reader, t):
            continue
        roles, end = chain_from(reader, t)
        if not roles:
            continue
        holder = bool(pats.holder_before.search(norm, max(0, t - 12), t)) or _rule_ends_at(
            reader, "post_held_by_names_after", t)
        plural = bool(pats.plural_quantifier.search(norm, max(0, t - 12), t)) or _rule_ends_at(
            reader, "plural_heading_before_title", t)
        names = names_after_title(reader, end, holder=holder, plural=plural)
        if not names:
            if holder and (bridge := pats.holder_bridge.match(norm, end)):
                held.append((roles, bridge.end()))  # "… đối với nguyên Giám đốc Sở Nội vụ A": A's own title first
            continue
        _count_title_of_body(reader, t, roles)
        hb = pats.honorific_before.search(norm[max(0, t - 30):t])
        for i, (ns, ne, h) in enumerate(names):
            h = h or (hb.group("hon") if hb and i == 0 else None)
            existing = by_start.get(ns)
            if existing is not None:
                existing.roles = [*roles, *(r for r in existing.roles if r.key() not in {x.key() for x in roles})]
                if i == 0:
                    existing.span_start = min(existing.span_start, t)
                existing.rule = "title+" + existing.rule
                existing.honorific = existing.honorific or _honorific_canonical(lex, h)
                continue
            own, own_end = reader.parse_chain(ne)
            new_roles, post_end = reader.parse_predicates(own_end)
            rule = "title+name" + ("+roles" if own else "") + ("+appointment" if new_roles else "")
            add(Mention(text[ns:ne], ns, ne, t if i == 0 else ns, max(ne, own_end, post_end),
                        _honorific_canonical(lex, h), [*roles, *own, *new_roles], "full", rule, 0.95))
        consumed[t:end] = b"\x01" * (end - t)

    for roles, q in held:
        _give_held_post(reader, mentions, roles, q)

    for m in mentions:
        _share_places(m.roles)

    # "ông A và ông B, đại biểu HĐND huyện": the roles after the last name are everyone's
    for g in {m.group for m in mentions if m.group >= 0}:
        members = sorted((m for m in mentions if m.group == g), key=lambda m: m.start)
        if members[-1].roles and not any(m.roles for m in members[:-1]):
            for m in members[:-1]:
                m.roles = list(members[-1].roles)
                m.rule += "+shared"

    # 3. bylines and photo credits
    for m in _bylines(reader):
        if m.start not in by_start:
            add(m)

    mentions.sort(key=lambda m: m.start)
    return mentions


def names_after_title(reader: Reader, end: int, *, holder: bool = False,
                       plural: bool = False) -> list[tuple[int, int, str | None]]:
    """The names a title chain ending at ``end`` belongs to: "… huyện Nguyễn Văn Hòa",
    "…: Lê An, Trần Văn Bình", "… – Trần Bình", "Đại biểu Quốc hội bà Lê Thị Hoa";
    with ``holder`` (the title follows "chức vụ"), "… đối với ông A và bà B"; with ``plural``
    (a title written once for several: "các đại biểu HĐND tỉnh"), every name of the list,
    each after the roles of the one before: "… A, Tỉnh ủy viên, …; và B, Phó Giám đốc Sở …"."""
    lex, pats, norm = reader.lex, reader.pats, reader.norm
    sep = pats.title_to_name.match(norm, end)
    if holder and (bridge := pats.holder_bridge.match(norm, end)):
        q, hon = bridge.end(), None
        hm = _honorific_at().match(norm, q)  # "đối với ông A", "đối với đồng chí A", "đối với Trung tá A"
        if hm:
            q, hon = hm.end(), hm.group("hon")
    elif (hd := official_rules().rule("names_heading_after_title").regex.match(norm, end)) and hd.end() > end:
        q, hon, plural = hd.end(), None, True  # "2 Phó Chủ tịch là các ông: A và B", "… gồm: ông A, bà B"
    elif sep:
        q, hon = sep.end(), sep.group("hon")
    else:
        return []
    names: list[tuple[int, int, str | None]] = []
    while True:
        sylls = reader.syllables_at(q)
        words = [reader._syl(s) for s in sylls]
        if len(words) >= 3 and _fold(words[0]) in lex.honorifics:
            hon = hon or words[0]
            sylls, words = sylls[1:], words[1:]
        if not 2 <= len(sylls) <= max_name_length(lex, words):
            break
        key = _fold(" ".join(words))
        if not (lex.is_surname(words[0]) or hon or key in reader.known):
            break
        names.append((sylls[0][0], sylls[-1][1], hon))
        nxt = pats.list_next.match(norm, sylls[-1][1])
        if not nxt or ";" in nxt.group(0) or "cùng" in nxt.group(0):
            break
        own, own_end = reader.parse_chain(sylls[-1][1])
        if own:
            if not plural:
                break  # the next name has roles of its own
            own_end = _after_parent_body(reader, own_end)
            nxt = pats.plural_list_next.match(norm, own_end)
            if not nxt or "cùng" in nxt.group(0):
                break
        q, hon = nxt.end(), nxt.group("hon")
    return names


def _after_parent_body(reader: Reader, pos: int) -> int:
    """Past the council a role's body belongs to, and its level: "Trưởng Ban Pháp chế| HĐND tỉnh|"."""
    q = reader.skip_ws(pos)
    bm = reader.pats.body.match(reader.norm, q) if q > pos else None
    if bm is None:
        return pos
    q = reader.skip_ws(bm.end())
    lm = reader.pats.level.match(reader.norm, q) if q > bm.end() else None
    return lm.end() if lm else bm.end()


def chain_from(reader: Reader, pos: int) -> tuple[list[Role], int]:
    """A role chain starting with a title at ``pos`` (the title-before-name form)."""
    role = reader.parse_role(pos)
    if role is None:
        return [], pos
    more, end = reader.parse_chain(role.end, first=False, before_name=True)
    roles = [role] + more
    _borrow_party_org(roles)
    return roles, end


@cache
def _ad_hoc_tasks() -> tuple[str, ...]:
    return tuple(fold(w) for w in load("organisations").get("ad_hoc_tasks") or ())


@cache
def _not_title_after() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?i:{_alt(load('titles').get('not_title_after') or ['-'])})\s+$")


def _presidium_at(reader: Reader, t: int) -> bool:
    """The title at ``t`` is part of a body's name: "Đoàn Chủ tịch" (a congress's presidium)."""
    return bool(_not_title_after().search(reader.norm, max(0, t - 8), t))


def _rule_ends_at(reader: Reader, name: str, pos: int, reach: int = 40) -> bool:
    """A rule of official_rules.yaml whose pattern ends with ``$`` matches right before ``pos``."""
    return bool(official_rules().rule(name).regex.search(reader.norm, max(0, pos - reach), pos))


def _count_title_of_body(reader: Reader, t: int, roles: list[Role]) -> None:
    """Rule ``count_title_of_body``: "UBND huyện có 2 Phó Chủ tịch gồm: …" → the title is of
    the body the sentence names last before the count."""
    if not roles or roles[0].org or roles[0].kind == "party" or not _rule_ends_at(reader, "count_title_of_body", t):
        return
    norm = reader.norm
    start = max(norm.rfind(".", 0, t), norm.rfind("\n", 0, t)) + 1
    last = None
    for m in reader.pats.body.finditer(norm, start, t):
        last = m
    if last is None:
        return
    entry = reader.lex.bodies.get(last.group(0)) or reader.lex.bodies.get(_fold(last.group(0)))
    if entry is None or entry.kind == "party":
        return
    r = roles[0]
    r.org, r.org_kind, r.level, r.rule = entry.name, entry.kind, entry.level, "count_title_of_body"
    r.place = reader.resolve_place(entry.level, entry.name, t)


@cache
def _honorific_at() -> regex.Pattern:
    """An honorific or a rank (or both) and the space after it: "đồng chí ", "Trung tá ", "ông TS. "."""
    hon = load("honorifics")
    forms = _alt([f for forms in hon["honorifics"].values() for f in forms] + list(hon["degrees"]))
    return regex.compile(rf"(?P<hon>(?i:{forms}))(?:\s+(?i:{forms}))?\s+")


_HELD_LEAD = regex.compile(r"(?:(?:nguyên|cựu)\s+)?", regex.IGNORECASE)
_HELD_NEXT = regex.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,|và)\s*(?:(?:nguyên|cựu)\s+)?", regex.IGNORECASE)


def _give_held_post(reader: Reader, mentions: list[Mention], roles: list[Role], q: int) -> None:
    """Rule ``post_held_by_names_after`` when each holder has a title of their own: "cho thôi
    Ủy viên UBND huyện đối với cựu Trưởng phòng Y tế A (…) và cựu Trưởng phòng Tư pháp B"."""
    norm = reader.norm
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


def _bylines(reader: Reader) -> list[Mention]:
    """Author lines: a line that is only a full name ("La Thị Ngân", "Tác giả: La Thị Ngân",
    "NGUYỄN AN"), and photo credits at the end of a caption ("… Ảnh: Lê Văn A")."""
    lex, pats, text, norm = reader.lex, reader.pats, reader.text, reader.norm
    out = []
    pos = 0
    first = True
    for line in norm.split("\n"):
        start = pos
        pos += len(line) + 1
        if first:
            if line.strip():
                first = False
            continue
        stripped = line.strip()
        if not stripped or len(stripped) > 80:
            continue
        m = pats.byline.match(line) or pats.credit.search(line)
        if not m:
            continue
        name = m.group("name")
        words = name.split()
        cased = [w if not w.isupper() or len(w) == 1 else w[0] + w[1:].lower() for w in words]
        if cased[0] not in lex.common and not (len(cased) == 2 and cased[1] in lex.family_only
                                                and not lex.is_surname(cased[0])):
            continue  # "Thu Hà", "Minh Tâm": pen names; "Hoa Bùi", "An Nguyễn": family name last
        if _fold(name) in lex.known_places or any(_fold(w) in lex.honorifics for w in words):
            continue
        if len(words[-1]) == 1:
            continue  # "Dương T": a given name cut to its initial is an abbreviation
        if reader.parse_chain(start + m.end("name"))[0]:
            continue  # "Ông … – PCT UBND …" is a caption, read by the recogniser
        if any(reader._starts_role_word(start + m.start("name") + name.find(w)) for w in words[1:]):
            continue
        s = start + m.start("name")
        e = s + len(name)
        out.append(Mention(text[s:e], s, e, s, e, None, [], "full", "byline", 0.8))
    return out
