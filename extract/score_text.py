"""The article as the score extractor reads it: the lexicon and patterns of
``patterns/score_words.yaml`` and ``patterns/indexes.yaml``, sentences, paragraphs, the index names
mentioned and the years they measure, and whether a number stands in an index's context."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

import regex

from govfacts.patterns import alternation, load

from .text import fold

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
CONTEXT_BEFORE = 400  # characters before a number in which an index name gives context
LEAD_MIN = 100  # a paragraph after the title shorter than this is a dateline or a byline, not the lead
MENTION_YEAR_REACH = 150  # characters after an index name in which its year is written
UNIT_REACH = 80  # characters before a % far below its index in which the unit that reached it is named


# Syntax, not vocabulary: the glue between the lexicon's words.
TEXT_SHAPES = {
    "open_gap": regex.compile(r"\s*\(?\s*"),
    "dot_three": regex.compile(r"\d{1,3}\.\d{3}"),
    "leading_zero": regex.compile(r"0\d"),
    "paren_before": regex.compile(r"\(\s*$"),
    "word": regex.compile(r"\w+"),
    "plural": regex.compile(r"^(?:các|những)\s+"),
    "list_sep": regex.compile(r"[,;]"),
    "and_head": regex.compile(r"^và\s+"),
    "and": regex.compile(r"\s+và\s+"),
    "and_tail": regex.compile(r"(?:\s+(?:và|-|–|&))+$"),
    "is_head": regex.compile(r"^(?:vẫn\s+)?là\s+"),
    "own_year": regex.compile(r"\s*(?:của\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\d)"),
    "clause_stop": regex.compile(r"[;:()]|,(?!\d)"),
    "quote_gap": regex.compile(r"\s*[“”\"]\s*|\s+"),
}


def _alt(words) -> str:
    return alternation(words, boundary=True)


def _quotable(names) -> str:
    """Index names, longest first, each "chỉ số" of them followed by an opening quote mark or not
    ('Chỉ số “Cải cách hành chính”')."""
    parts = sorted({n for n in names if n}, key=len, reverse=True)
    alt = "|".join(regex.escape(n).replace(r"chỉ\ số\ ", r"chỉ\ số\s+[“\"]?", 1) for n in parts)
    return rf"(?<!\w)(?:{alt})(?!\w)"


@dataclass(frozen=True)
class Lexicon:
    index_code: dict  # folded name or exact acronym → code
    levels: dict  # folded level → level
    task_levels: dict  # folded phrase → level
    ordinals: dict
    cue_kind: dict  # folded cue → kind
    first_not_after: frozenset
    first_not_before: tuple
    lead_words: frozenset
    collective: tuple


@cache
def lexicon() -> Lexicon:
    w = load("score_words")
    idx = load("indexes")
    codes: dict = {}
    for code, entry in idx["indexes"].items():
        for a in entry.get("acronyms") or []:
            codes[a] = code
        for n in entry.get("names") or []:
            codes[fold(n)] = code
    cue_kind = {}
    for kind, phrases in w["cues"].items():
        for p in phrases:
            cue_kind[fold(p)] = kind
    return Lexicon(
        index_code=codes,
        levels={fold(x): x for x in list(w["levels"]) + list(w["group_levels"])},
        task_levels={fold(k): v for k, v in w["task_levels"].items()},
        ordinals={fold(k): v for k, v in w["ordinals"].items()},
        cue_kind=cue_kind,
        first_not_after=frozenset(fold(x) for x in w["first_not_after"]),
        first_not_before=tuple(fold(x) for x in w["first_not_before"]),
        lead_words=frozenset(fold(x) for x in w["lead_words"]),
        collective=tuple(w["collective"]),
    )


def _subject_shapes(w) -> dict[str, str]:
    """The regex text of a unit: a named place, an organisation, a person-like name, a bare level."""
    prefixes = alternation(w["subject_prefixes"])
    place = (rf"(?:(?:{prefixes})\s+)?(?i:{alternation(w['place_levels'])})"
             rf"(?:\s*(?<=\.)|\s+)\p{{Lu}}[\p{{L}}]*(?:(?:\s+|\s*-\s*|\.)\p{{Lu}}[\p{{L}}]*)*")
    levels_word = rf"(?i:{alternation(w['place_levels'])})(?!\w)"
    # "Sở Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện"; not "Sở Tư pháp và thành phố Tuyên Quang".
    org = (rf"(?<!\w)(?:{alternation(w['org_heads'])})(?=\s+\p{{Lu}})(?:\s+(?:và|-|–|&)\s+(?!{levels_word})\p{{Lu}}[\p{{L}}]*"
           rf"|\s+(?!(?i:{alternation(w['org_stops'])}|và)(?!\w))[\p{{L}}][\p{{L}}]*)+")
    # "UBND huyện", "của huyện": the article's own unit, named elsewhere.
    bare = (rf"(?:(?:{prefixes})\s+|(?<=của\s))(?P<level>{alternation(w['place_levels'])})"
            rf"(?!\w)(?!\s*\p{{Lu}})")
    name2 = r"(?<!\w)\p{Lu}\p{Ll}*(?!\w)(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*(?!\w))+"
    return {"place": place, "org": org, "bare": bare, "name2": name2}


def _index_patterns(idx) -> dict[str, regex.Pattern]:
    """Index names: the lexicon's acronyms and names, words that are no index, generic words."""
    I = regex.IGNORECASE
    acronyms = [a for e in idx["indexes"].values() for a in e.get("acronyms") or []]
    names = [n for e in idx["indexes"].values() for n in e.get("names") or []]
    return {
        "acronym": regex.compile(rf"(?<![\w-])(?:{alternation(acronyms)})(?![\w-])"),
        "name": regex.compile(_quotable(names), I),
        "not_index": regex.compile(_alt(idx["not_indexes"]), I),
        "generic": regex.compile(_alt(idx["generic"]), I),
        # "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)": an index the lexicon does not know
        "open_index": regex.compile(
            rf"(?<!\w)(?i:{alternation(idx['open_index']['opens'])})(?:\s+[\p{{L}}&,./-]+){{1,{idx['open_index']['max_words']}}}?"
            rf"\s*\((?P<acr>[A-Z][A-Za-z]{{1,5}}[A-Z])\)"),
        # "Chỉ số Năng lực quản trị cấp xã năm 2023": an unknown index named without its acronym
        "open_named": regex.compile(
            rf"(?<!\w)(?i:{alternation(idx['open_index']['opens'])})\s+[“\"]?(?P<name>\p{{Lu}}\p{{Ll}}+"
            rf"(?:\s+(?!(?:{alternation(idx['open_index']['name_stops'])})(?!\w))\p{{Ll}}+){{1,{idx['open_index']['max_words']}}})"
            rf"(?!\w)"),
    }


def _score_patterns(w) -> dict[str, regex.Pattern]:
    """A number with a score unit, a score noun before a number, and the words that classify it."""
    I = regex.IGNORECASE
    points = alternation(w["points"])
    return {
        "score": regex.compile(
            rf"(?<![\d.,/])(?P<num>{NUM})(?:\s*/\s*(?P<max>\d{{1,4}}(?:[.,]\d+)?))?\s*"
            rf"(?:(?P<pct>%|phần\s+trăm(?!\w))(?:\s*{points}(?!\w))?|(?P<pts>{points})(?!\w))", I),
        "score_noun": regex.compile(
            rf"(?<!\w)(?P<noun>{alternation(w['score_nouns'])})(?:\s+(?:đạt được|đạt|là))?\s*:?\s+"
            rf"(?P<num>{NUM})(?:\s*/\s*(?P<max>\d{{1,4}}(?:[.,]\d+)?))?(?![\d]|[.,]\d|\s*(?:/|%|{points}))", I),
        "points_not_before": regex.compile(rf"\s*{_alt(w['points_not_before'])}", I),
        "percent_not_before": regex.compile(rf"\s*{_alt(w['percent_not_before'])}", I),
        "range_before": regex.compile(r"\d\s*[-–]\s*$"),
        "cue": regex.compile(_alt([c for v in w["cues"].values() for c in v]) + r"|(?P<paren>\()", I),
        "band_before": regex.compile(rf"(?P<word>{_alt(w['cues']['band'])})\s*(?:mức\s+)?$", I),
        "band_after": regex.compile(rf"\s*(?:{_alt(w['band_after'])}|[-–]\s*\d|đến\s+\d|tới\s+\d)", I),
        "comparison": regex.compile(_alt(w["comparison"]), I),
        "target": regex.compile(_alt(w["targets"]), I),
        "statistic": regex.compile(rf"{_alt(w['statistics'])}(?!\s+{_alt(w['statistic_not_before'])})", I),
        "results": regex.compile(_alt(w["results_words"]), I),
        "far_result": regex.compile(_alt(w["far_result_words"]), I),
    }


def _rank_patterns(w) -> dict[str, regex.Pattern]:
    """Rank positions ("xếp thứ 07/18"), lists of them, first and last places, moves, groups."""
    I = regex.IGNORECASE
    ords = alternation(w["ordinals"])
    out_of_before = alternation(w["out_of_before"])
    group_list = alternation(w["group_list_words"])
    # "thứ ba" is 3, "thứ ba mươi" is no ordinal the lexicon reads
    tens = r"(?!\s+(?:mươi|mười|trăm)(?!\w))"
    rank_tail = rf"(?:(?P<num>\d{{1,3}})(?:\s*/\s*(?P<out>\d{{1,3}}))?|(?P<ord>{ords}){tens})(?![\w/]|[.,]\d)"
    return {
        "rank": regex.compile(
            rf"(?<!\w)(?P<head>(?:(?:xếp|đứng|nằm)(?:\s+ở)?\s+)?(?:vị\s+trí|vị\s+thứ|thứ\s+hạng|hạng)|xếp|đứng)"
            rf"\s+(?:(?P<thu>thứ)\s+|(?P<so>số)\s+)?{rank_tail}", I),
        # "xếp thứ 2, 3 và 4"; "lần lượt xếp thứ 2, 3, 4" (without "và" only after "lần lượt")
        "rank_more": regex.compile(rf"(?P<items>(?:\s*,\s*(?:thứ\s+)?(?:\d{{1,3}}|{ords}))*)(?:\s+(?P<and>và)|\s*,)\s+(?:thứ\s+)?"
                                   rf"(?P<last>\d{{1,3}}|{ords})(?![\w/]|[.,]\d)", I),
        "rank_item": regex.compile(rf"\d{{1,3}}|{ords}", I),
        "rank_clause": regex.compile(rf"(?<=[;,]\s*)thứ\s+(?:(?P<num>\d{{1,3}})|(?P<ord>{ords}))(?![\w/]|[.,]\d)", I),
        "first": regex.compile(_alt(w["first"]), I),
        "last": regex.compile(
            rf"(?<!\w)(?:xếp|đứng)(?:\s+ở)?(?:\s+(?:vị\s+trí|vị\s+thứ|hạng))?\s+(?:{alternation(w['last'])})"
            rf"\s+(?:{out_of_before})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)", I),
        "first_of": regex.compile(rf"\s+(?:(?:{out_of_before})\s+)?(?P<out>\d{{1,3}})\s+"
                                  rf"(?=(?:các\s+)?(?:{group_list})(?!\w))", I),
        "from_bottom": regex.compile(rf"\s*{_alt(w['from_bottom'])}", I),
        "out_of_after": regex.compile(rf"\s+(?:{out_of_before})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)", I),
        "rank_change": regex.compile(
            rf"(?<!\w)(?P<verb>{alternation(w['rank_change']['up'] + w['rank_change']['down'])})"
            rf"(?:\s+(?:được|thêm))?\s+(?P<n>\d{{1,3}})\s+(?:{alternation(w['rank_change']['units'])})(?!\w)", I),
        "rank_down": regex.compile(_alt(w["rank_change"]["down"]), I),
        "group": regex.compile(rf"\s+(?:trong\s+)?(?P<g>(?:{alternation(w['group_starts'])})(?!\w)[^,;.()\n]{{0,60}}?"
                               rf"(?:,\s*(?:{group_list})(?!\w)[^,;.()\n]{{0,40}}?)*)"
                               rf"(?=\s*(?:[,;.()\n]|$|với\s|đạt\s|về\s|là\s))", I),
        "from_rank": regex.compile(r"(?:từ|từ\s+vị\s+trí)\s*$", I),
    }


def _rating_patterns(w) -> dict[str, regex.Pattern]:
    """Ratings: a level ("xếp loại Tốt"), a group ("nhóm Khá"), a task level, a count of rated units."""
    I = regex.IGNORECASE
    levels = alternation(w["levels"])
    all_levels = alternation(list(w["levels"]) + list(w["group_levels"]))
    rated = alternation(w["rated_units"])
    return {
        "rating_from_to": regex.compile(
            rf"(?<!\w)từ\s+(?:xếp\s+)?loại\s+(?P<from>{levels})\s+lên\s+(?:xếp\s+)?loại\s+(?P<level>{levels})(?!\w)", I),
        "rating": regex.compile(rf"(?<!\w)(?:{alternation(w['level_intro'])})\s+(?P<level>{levels})(?!\w)", I),
        "rating_group": regex.compile(
            rf"(?<!\w)(?:{alternation(w['group_intro'])})(?:\s+[\p{{L}}]+){{0,4}}?\s+(?P<level>{all_levels})(?!\w)", I),
        "rating_task": regex.compile(
            rf"(?<!\w)(?:được\s+)?(?:đánh giá,?\s+)?(?:xếp loại|đánh giá|công nhận|đạt)\s+(?:là\s+|mức\s+)?"
            rf"(?P<task>{alternation(w['task_levels'])})(?!\w)", I),
        "rated_count": regex.compile(rf"(?<![\d.,])(?P<count>\d{{1,3}})\s+(?:{rated})\s+(?:được\s+)?(?:từ\s+)?$", I),
        "rating_not_after": regex.compile(_alt(w["rating_not_after"]), I),
        "rating_not_before": regex.compile(rf"\s*(?:{_alt(w['rating_not_before'])})", I),
        "paren_list": regex.compile(r"\s*\((?P<list>[^()\n]{1,600})\)"),
        "list_head": regex.compile(rf"(?:{alternation(w['org_heads'])}|(?i:{alternation(w['place_levels'])})|"
                                   rf"{alternation(w['subject_prefixes'])})(?!\w)"),
    }


def _subject_and_layout_patterns(w) -> dict[str, regex.Pattern]:
    """Who a fact is about, the years, and the article's sentences, paragraphs and clauses."""
    I = regex.IGNORECASE
    sh = _subject_shapes(w)
    place, org, name2, bare = sh["place"], sh["org"], sh["name2"], sh["bare"]
    return {
        "subject": regex.compile(rf"(?P<place>{place})|(?P<org>{org})|(?P<name>{name2})|(?P<bare>{bare})"),
        "unit_reaches": regex.compile(rf"(?:{place}|{org})(?:\s+\p{{Ll}}+){{0,2}}?\s+(?:đạt(?:\s+được)?|là)\s+$"),
        "named_place": regex.compile(rf"(?:(?:{alternation(w['subject_prefixes'])})\s+)?(?P<level>{alternation(w['place_levels'])})"
                                     rf"\s+\p{{Lu}}[\p{{L}}]*(?:\s+\p{{Lu}}[\p{{L}}]*)*"),
        "subject_after": regex.compile(rf"\s*(?:vẫn\s+)?(?:là\s+)?(?:(?P<place>{place})|(?P<org>{org})|(?P<name>{name2}))"
                                       rf"(?=\s*(?:[(,;.]|đạt|với|có|$))"),
        "year": regex.compile(r"(?<![\d/.\-–])(?P<nam>năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/]|\s*[-–]\s*(?:19|20)\d{2})", I),
        "year_not_after": regex.compile(rf"(?:{alternation(w['year_not_after'])})\s*(?:năm\s*)?$", I),
        "sentence_end": regex.compile(r"(?<=[.!?…|])\s+(?=\S)|\n\s*\n"),
        "paragraph_end": regex.compile(r"\n\s*\n"),
        "clause_sep": regex.compile(r"(?r)[;:]|,(?!\d)"),
        "subject_sep": regex.compile(r"(?r)[;:()]|,(?!\d)"),
        "lan_luot": regex.compile(r"(?<!\w)lần lượt(?!\w)", I),
    }


@cache
def patterns() -> dict[str, regex.Pattern]:
    """Every pattern the score stages read, by name, built once from the lexicons."""
    w = load("score_words")
    return {**_index_patterns(load("indexes")), **_score_patterns(w), **_rank_patterns(w),
            **_rating_patterns(w), **_subject_and_layout_patterns(w)}


@cache
def gate_words(name: str) -> tuple[str, ...]:
    """Lower-case words of which one must occur for pattern ``name`` to match at all: a cheap
    ``in`` test spares most articles the scan."""
    w = load("score_words")
    words = {
        "first": w["first"],
        "last": w["last"],
        "rank_change": w["rank_change"]["units"],
        "rating_from_to": w["levels"],
        "rating": w["level_intro"],
        "rating_group": w["group_intro"],
        "rating_task": list(w["task_levels"]),
    }[name]
    return tuple(x.lower() for x in words)


# ---------------------------------------------------------------- layout of the article


@dataclass
class Mention:
    start: int
    end: int
    code: str | None
    generic: bool
    year: int | None = None


@dataclass
class Layout:
    """Sentences, paragraphs and index names of one article, found once."""

    text: str
    sentence_starts: list[int]
    paragraph_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int] = field(default_factory=list)
    low: str = ""  # the text in lower case, for cheap "is this word here at all" tests
    head_code: str | None = None  # the one index the title (else the lead) names
    _ranks: dict = field(default_factory=dict)
    # sentences (by start) where a rank was read ("Phú Thọ (hạng 24/63 với 66,30 điểm)")
    rank_sentences: set = field(default_factory=set)
    # what patterns/score_rules.yaml marks before the core forms are read (extract/score_rules.py)
    marks: object = None

    def ranks_units(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` ranks units ("đứng đầu", "xếp thứ", "xếp cuối", or
        a rank read there)."""
        s, e = self.sentence(pos)
        if s not in self._ranks:
            self._ranks[s] = bool(patterns()["results"].search(self.text, s, e))
        return self._ranks[s] or s in self.rank_sentences

    def has(self, *words: str) -> bool:
        return any(w in self.low for w in words)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[i], end

    def paragraph_start(self, pos: int) -> int:
        return self.paragraph_starts[bisect_right(self.paragraph_starts, pos) - 1]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect_right(self.mention_starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def last_mention_before(self, pos: int, *, specific: bool = True) -> Mention | None:
        i = bisect_right(self.mention_starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= pos and (m.code or not specific):
                return m
            i -= 1
        return None


@lru_cache(maxsize=16)
def layout(text: str) -> Layout:
    """The article's layout (cached: the query asks for sentences of the same article again)."""
    pats = patterns()
    first_line = text.find("\n")
    sent = {0}
    if first_line > 0:
        sent.add(first_line + 1)
    sent |= {m.end() for m in pats["sentence_end"].finditer(text)}
    para = {0} | ({first_line + 1} if first_line > 0 else set()) | {m.end() for m in pats["paragraph_end"].finditer(text)}
    starts = sorted(x for x in sent if x < len(text) or x == 0)
    mentions = _find_mentions(text, pats, starts)
    paras = sorted(para)
    return Layout(text, starts, paras, mentions, [m.start for m in mentions], text.lower(),
                  _head_code(text, paras, mentions))


def _head_code(text: str, paragraph_starts: list[int], mentions: list[Mention]) -> str | None:
    """The index an article is about: the one index its title names, else the one its lead (the
    first paragraph after the title of some length) names; None when they name none or several."""
    bounds = paragraph_starts[1:] + [len(text)]
    heads = [(0, bounds[0])] if bounds[0] > 0 else []
    for s, e in zip(paragraph_starts[1:], bounds[1:]):
        if len(text[s:e].strip()) >= LEAD_MIN:
            heads.append((s, e))
            break
    for s, e in heads:
        codes = {m.code for m in mentions if s <= m.start < e and m.code}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def _find_mentions(text: str, pats, sentence_starts: list[int]) -> list[Mention]:
    lex = lexicon()
    claimed = bytearray(len(text))
    found: list[Mention] = []

    def claim(s: int, e: int) -> bool:
        if any(claimed[s:e]):
            return False
        claimed[s:e] = b"\x01" * (e - s)
        return True

    for m in pats["not_index"].finditer(text):
        claim(*m.span())
    for m in pats["name"].finditer(text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), lex.index_code.get(fold(unquoted(m.group(0)))), False))
    for m in pats["acronym"].finditer(text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), lex.index_code.get(m.group(0)), False))
    for m in pats["open_index"].finditer(text) if "(" in text else ():
        if m.group("acr") not in lex.index_code and claim(*m.span()):
            found.append(Mention(m.start(), m.end(), m.group("acr"), False))
    # only in an article that names no index the lexicon or an acronym gives: beside one, "chỉ số
    # Công khai, minh bạch" is one of its parts
    named_known = any(m.code for m in found)
    for m in pats["open_named"].finditer(text) if "hỉ số" in text and not named_known else ():
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), m.group("name"), False))
    for m in pats["generic"].finditer(text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), None, True))
    found.sort(key=lambda x: x.start)
    # "Chỉ số năng lực cạnh tranh (DDCI)", "Chỉ số PAPI": a name or a generic word right before an
    # acronym takes the acronym's index.
    for a, b in pairwise(found):
        gap = text[a.end:b.start]
        if b.code and not b.generic and TEXT_SHAPES["open_gap"].fullmatch(gap) and (a.generic or "(" in gap):
            a.code, a.generic = b.code, False
    # A generic word ("ở chỉ số này") refers back to the index last named.
    last = None
    for m in found:
        if m.generic and last is not None:
            m.code = last
        elif not m.generic:
            last = m.code
    # The year each name measures: "Chỉ số CCHC năm 2021", "PCI 2021", "PAPI năm 2021".
    sent_ends = sentence_starts[1:] + [len(text)]
    for i, m in enumerate(found):
        if m.generic:
            continue
        k = bisect_right(sentence_starts, m.start) - 1
        limit = min(len(text), m.end + MENTION_YEAR_REACH, sent_ends[max(k, 0)])
        for nxt in found[i + 1:]:
            if nxt.start >= limit:
                break
            if not nxt.generic and nxt.code != m.code:
                limit = nxt.start
                break
        m.year = first_year(text, m.end, limit, bare_at=m.end)
    return found


def unquoted(name: str) -> str:
    """An index name as the lexicon holds it: 'chỉ số “cải cách hành chính' → 'chỉ số cải cách hành chính'."""
    return TEXT_SHAPES["quote_gap"].sub(" ", name).strip()


def _year_ok(text: str, ym: regex.Match) -> bool:
    before = text[max(0, ym.start() - 20):ym.start()]
    return not patterns()["year_not_after"].search(before)


def first_year(text: str, start: int, end: int, *, bare_at: int | None = None) -> int | None:
    """The first measured year in text[start:end]: "năm 2021", or a bare "2021" right at ``bare_at``."""
    for ym in patterns()["year"].finditer(text, start, end):
        bare = not ym.group("nam")
        if bare and (bare_at is None or text[bare_at:ym.start()].strip()):
            continue
        if _year_ok(text, ym):
            return int(ym.group("y"))
    return None


def last_year(text: str, start: int, end: int) -> int | None:
    last = None
    for ym in patterns()["year"].finditer(text, start, end):
        if ym.group("nam") and _year_ok(text, ym):
            last = int(ym.group("y"))
    return last


# ---------------------------------------------------------------- candidates


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    rule: str
    fields: dict
    anchor: int  # where the words before it (its subject) end
    after: int  # where the words after it (a subject after a ranking) begin
    confidence: float = 0.9
    subjects_after_list: list | None = None
    respectively: int | None = None  # position in a "lần lượt" list


def has_context(lay: Layout, start: int, end: int, *, unit: str | None = None, rank: bool = False) -> bool:
    """An index name in the sentence, earlier in the paragraph, or shortly before; or, in an
    article whose title or lead names one index, a sentence that ranks units ("Ở khối sở, Sở Nội
    vụ đứng đầu với 91,4 điểm" far below a title "… công bố Chỉ số CCHC năm 2024"; ``rank``: the
    fact is itself a rank, "Huyện A từ vị trí 7 lên vị trí 4"), a score in
    points (``unit`` "điểm": "Kết quả, huyện đạt 85,12 điểm" paragraphs below), or a % in a
    sentence that calls it the result ("Kết quả, huyện đạt 85,12%")."""
    s, e = lay.sentence(start)
    if lay.mentions_between(s, e):
        return True
    floor = min(lay.paragraph_start(start), max(0, start - CONTEXT_BEFORE))
    if any(m.code for m in lay.mentions_between(floor, start)):
        return True
    if lay.head_code is None:
        return False
    # not when the sentence speaks of a statistic before it ("Xã A dẫn đầu về tỷ lệ hồ sơ trực
    # tuyến, đạt 96,4%")
    if patterns()["statistic"].search(lay.text, s, start):
        return False
    if rank or lay.ranks_units(start) or unit == "điểm":
        return True
    if unit != "%":
        return False
    if patterns()["far_result"].search(lay.text, s, e):
        return True
    # a named unit that "đạt" the share: "Cụ thể, xã Mỹ Hòa đạt 90,15%" (not a whole 100%)
    return (lay.text[start:end] != "100"
            and bool(patterns()["unit_reaches"].search(lay.text, max(s, start - UNIT_REACH), start)))


def index_for(lay: Layout, start: int) -> Mention | None:
    """The index a fact at ``start`` belongs to: the last one named before it in its sentence,
    else the first named after it in its sentence, else the last one named before it, else the
    article's first."""
    s, e = lay.sentence(start)
    inside = [m for m in lay.mentions_between(s, e) if m.code]
    before = [m for m in inside if m.end <= start]
    if before:
        return before[-1]
    if inside:
        return inside[0]
    # a title names its index after it: "Trà Vinh xếp hạng 25/63" … "Chỉ số chuyển đổi số (DTI)"
    return lay.last_mention_before(start) or next((m for m in lay.mentions if m.code), None)

