"""Scores, rankings and ratings of the reform indexes: what a unit achieved, on which index, for which year.

Forms read (index names in ``patterns/indexes.yaml``, the phrasing in ``patterns/score_words.yaml``,
background in ../shared/reference/vietnamese-admin-conventions.md §5):

* score with a maximum .. "đạt 80,28/100 điểm", "40,62/80 điểm"
* score ................. "đạt 79,08%", "là 84,05 điểm", "SIPAS đạt 86,72%", "(91,77% điểm)",
                          "Hải Phòng (70,61 điểm)", "có tổng số điểm đạt được 92.83 điểm",
                          "với số điểm 73,02", "với tổng điểm 88,64/100", "với tỷ lệ hài lòng 84,17%";
                          an English-style "91.651" on a 100-point scale is 91.651
* score change .......... "tăng 2,30 điểm … so với năm 2020" → ``change: 2.3`` on the score before it
* ranking ............... "xếp thứ 07/18 huyện, thị xã, thành phố", "xếp vị thứ 2/9 khối cấp huyện",
                          "xếp hạng 25/63", "đứng thứ 51/63", "xếp vị trí thứ 9", "xếp thứ nhì",
                          "đứng ở vị trí 51/63", "lần lượt xếp thứ 2 và 3", "…; thứ 3 tỉnh Hải Dương"
* first place ........... "đứng đầu toàn tỉnh", "dẫn đầu khu vực Tây Nguyên", "đứng vị trí thứ nhất"
* rank change ........... "tăng 02 bậc", "giảm 3 bậc", "tăng 1 hạng"; "từ vị trí thứ 5 … lên vị trí thứ 1"
* rating ................ "thuộc nhóm Khá", "05 đơn vị xếp loại xuất sắc (Quảng Thái, Quảng Thọ, …)",
                          "từ xếp loại khá lên loại tốt", "được xếp loại hoàn thành tốt nhiệm vụ"

Each fact names its ``subject`` (the unit scored: "huyện Nông Sơn", "Sở Tư pháp"), its ``index``
(PAR, SIPAS, PAPI, PCI, DDCI, DTI, ICT, PGI or null) and the ``year`` it measures ("Chỉ số cải
cách hành chính năm 2021" → 2021, never the "so với năm 2020" of a comparison).

Not read: targets ("phấn đấu đạt từ 98% trở lên"), increases alone ("tăng 7,57% so với năm
2020"), bands ("05 xã đạt từ 80-90%"), economic statistics ("tỷ lệ … đạt 70,88%"), counts,
"người đứng đầu" (the head of a body), "top dẫn đầu" (a leading group), "thứ 2 từ dưới lên".
A number is read as a score or a rank only near an index name (in its sentence, earlier in its
paragraph or in the 400 characters before it), or, in an article whose title (else lead) names one
index, in a sentence that ranks units ("Ở khối xã, xã A dẫn đầu với 91,4 điểm" far below it).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

import regex

from patterns import alternation, load

from .model import Fact
from .registry import register
from .text import fold, parse_number
from .article import TokenizedArticle

EXTRACTOR = "score"
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
CONTEXT_BEFORE = 400  # characters before a number in which an index name gives context
LEAD_MIN = 100  # a paragraph after the title shorter than this is a dateline or a byline, not the lead
MENTION_YEAR_REACH = 150  # characters after an index name in which its year is written


# Syntax, not vocabulary: the glue between the lexicon's words.
_RE = {
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
}


def _alt(words) -> str:
    return alternation(words, boundary=True)


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


@cache
def patterns() -> dict[str, regex.Pattern]:
    w = load("score_words")
    idx = load("indexes")
    I = regex.IGNORECASE
    acronyms = [a for e in idx["indexes"].values() for a in e.get("acronyms") or []]
    names = [n for e in idx["indexes"].values() for n in e.get("names") or []]
    points = alternation(w["points"])
    ords = alternation(w["ordinals"])
    levels = alternation(w["levels"])
    all_levels = alternation(list(w["levels"]) + list(w["group_levels"]))
    rated = alternation(w["rated_units"])
    place = (rf"(?:(?:{alternation(w['subject_prefixes'])})\s+)?(?i:{alternation(w['place_levels'])})"
             rf"(?:\s*(?<=\.)|\s+)\p{{Lu}}[\p{{L}}]*(?:(?:\s+|\s*-\s*|\.)\p{{Lu}}[\p{{L}}]*)*")
    levels_word = rf"(?i:{alternation(w['place_levels'])})(?!\w)"
    # "Sở Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện"; not "Sở Tư pháp và thành phố Tuyên Quang".
    org = (rf"(?<!\w)(?:{alternation(w['org_heads'])})(?=\s+\p{{Lu}})(?:\s+(?:và|-|–|&)\s+(?!{levels_word})\p{{Lu}}[\p{{L}}]*"
           rf"|\s+(?!(?i:{alternation(w['org_stops'])}|và)(?!\w))[\p{{L}}][\p{{L}}]*)+")
    # "UBND huyện", "của huyện": the article's own unit, named elsewhere.
    bare = (rf"(?:(?:{alternation(w['subject_prefixes'])})\s+|(?<=của\s))(?P<level>{alternation(w['place_levels'])})"
            rf"(?!\w)(?!\s*\p{{Lu}})")
    name2 = r"(?<!\w)\p{Lu}\p{Ll}*(?!\w)(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*(?!\w))+"
    rank_tail = rf"(?:(?P<num>\d{{1,3}})(?:\s*/\s*(?P<out>\d{{1,3}}))?|(?P<ord>{ords}))(?![\w/]|[.,]\d)"
    return {
        "acronym": regex.compile(rf"(?<![\w-])(?:{alternation(acronyms)})(?![\w-])"),
        "name": regex.compile(_alt(names), I),
        "not_index": regex.compile(_alt(idx["not_indexes"]), I),
        "generic": regex.compile(_alt(idx["generic"]), I),
        "score": regex.compile(
            rf"(?<![\d.,/])(?P<num>{NUM})(?:\s*/\s*(?P<max>\d{{1,4}}(?:[.,]\d+)?))?\s*"
            rf"(?:(?P<pct>%)(?:\s*{points}(?!\w))?|(?P<pts>{points})(?!\w))", I),
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
        # rankings
        "rank": regex.compile(
            rf"(?<!\w)(?P<head>(?:(?:xếp|đứng|nằm)(?:\s+ở)?\s+)?(?:vị\s+trí|vị\s+thứ|thứ\s+hạng|hạng)|xếp|đứng)"
            rf"\s+(?:(?P<thu>thứ)\s+|(?P<so>số)\s+)?{rank_tail}", I),
        "rank_more": regex.compile(rf"(?P<items>(?:\s*,\s*(?:thứ\s+)?(?:\d{{1,3}}|{ords}))*)\s+và\s+(?:thứ\s+)?"
                                   rf"(?P<last>\d{{1,3}}|{ords})(?![\w/]|[.,]\d)", I),
        "rank_item": regex.compile(rf"\d{{1,3}}|{ords}", I),
        "rank_clause": regex.compile(rf"(?<=[;,]\s*)thứ\s+(?:(?P<num>\d{{1,3}})|(?P<ord>{ords}))(?![\w/]|[.,]\d)", I),
        "first": regex.compile(_alt(w["first"]), I),
        "last": regex.compile(
            rf"(?<!\w)(?:xếp|đứng)(?:\s+ở)?(?:\s+(?:vị\s+trí|vị\s+thứ|hạng))?\s+(?:{alternation(w['last'])})"
            rf"\s+(?:{alternation(w['out_of_before'])})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)", I),
        "first_of": regex.compile(rf"\s+(?:(?:{alternation(w['out_of_before'])})\s+)?(?P<out>\d{{1,3}})\s+"
                                  rf"(?=(?:các\s+)?(?:{alternation(w['group_list_words'])})(?!\w))", I),
        "from_bottom": regex.compile(rf"\s*{_alt(w['from_bottom'])}", I),
        "out_of_after": regex.compile(rf"\s+(?:{alternation(w['out_of_before'])})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)", I),
        "rank_change": regex.compile(
            rf"(?<!\w)(?P<verb>{alternation(w['rank_change']['up'] + w['rank_change']['down'])})"
            rf"(?:\s+(?:được|thêm))?\s+(?P<n>\d{{1,3}})\s+(?:{alternation(w['rank_change']['units'])})(?!\w)", I),
        "rank_down": regex.compile(_alt(w["rank_change"]["down"]), I),
        "group": regex.compile(rf"\s+(?:trong\s+)?(?P<g>(?:{alternation(w['group_starts'])})(?!\w)[^,;.()\n]{{0,60}}?"
                               rf"(?:,\s*(?:{alternation(w['group_list_words'])})(?!\w)[^,;.()\n]{{0,40}}?)*)"
                               rf"(?=\s*(?:[,;.()\n]|$|với\s|đạt\s|về\s|là\s))", I),
        "from_rank": regex.compile(r"(?:từ|từ\s+vị\s+trí)\s*$", I),
        # ratings
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
        # subjects and years
        "subject": regex.compile(rf"(?P<place>{place})|(?P<org>{org})|(?P<name>{name2})|(?P<bare>{bare})"),
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
def _gate(name: str) -> tuple[str, ...]:
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

    def ranks_units(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` ranks units ("đứng đầu", "xếp thứ", "xếp cuối")."""
        s, e = self.sentence(pos)
        if s not in self._ranks:
            self._ranks[s] = bool(patterns()["results"].search(self.text, s, e))
        return self._ranks[s]

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
            found.append(Mention(m.start(), m.end(), lex.index_code.get(fold(m.group(0))), False))
    for m in pats["acronym"].finditer(text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), lex.index_code.get(m.group(0)), False))
    for m in pats["generic"].finditer(text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), None, True))
    found.sort(key=lambda x: x.start)
    # "Chỉ số năng lực cạnh tranh (DDCI)", "Chỉ số PAPI": a name or a generic word right before an
    # acronym takes the acronym's index.
    for a, b in pairwise(found):
        gap = text[a.end:b.start]
        if b.code and not b.generic and _RE["open_gap"].fullmatch(gap) and (a.generic or "(" in gap):
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
        m.year = _first_year(text, m.end, limit, bare_at=m.end)
    return found


def _year_ok(text: str, ym: regex.Match) -> bool:
    before = text[max(0, ym.start() - 20):ym.start()]
    return not patterns()["year_not_after"].search(before)


def _first_year(text: str, start: int, end: int, *, bare_at: int | None = None) -> int | None:
    """The first measured year in text[start:end]: "năm 2021", or a bare "2021" right at ``bare_at``."""
    for ym in patterns()["year"].finditer(text, start, end):
        bare = not ym.group("nam")
        if bare and (bare_at is None or text[bare_at:ym.start()].strip()):
            continue
        if _year_ok(text, ym):
            return int(ym.group("y"))
    return None


def _last_year(text: str, start: int, end: int) -> int | None:
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


def _has_context(lay: Layout, start: int, end: int) -> bool:
    """An index name in the sentence, earlier in the paragraph, or shortly before; or, in an
    article whose title or lead names one index, a sentence that ranks units ("Ở khối sở, Sở Nội
    vụ đứng đầu với 91,4 điểm" far below a title "… công bố Chỉ số CCHC năm 2024")."""
    s, e = lay.sentence(start)
    if lay.mentions_between(s, e):
        return True
    floor = min(lay.paragraph_start(start), max(0, start - CONTEXT_BEFORE))
    if any(m.code for m in lay.mentions_between(floor, start)):
        return True
    # the rank alone makes it a result: not when the sentence speaks of a statistic before it
    # ("Xã A dẫn đầu về tỷ lệ hồ sơ trực tuyến, đạt 96,4%")
    return (lay.head_code is not None and lay.ranks_units(start)
            and not patterns()["statistic"].search(lay.text, s, start))


def _index_for(lay: Layout, start: int) -> Mention | None:
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


def _classify_number(text: str, lay: Layout, nstart: int, nend: int) -> tuple[str, int]:
    """What a number with a score unit is, and where the words that make it so begin.

    A band word right before it ("từ 80", "trên 80%"), a range or "trở lên" after it: a band.
    A target word earlier in its sentence ("phấn đấu"): a target.  A statistic's noun in its
    clause ("tỷ lệ", "giải ngân"): a statistic.  Else the nearest cue back in the clause
    decides ("đạt", "là": a score; "tăng", "giảm": a change; "cao hơn": a difference), weak
    words skipped, so "có số điểm tăng cao nhất với 5,26 điểm" is an increase.  No cue: a score.
    """
    pats = patterns()
    lex = lexicon()
    s, _e = lay.sentence(nstart)
    sep = pats["clause_sep"].search(text, s, nstart)
    cstart = sep.end() if sep else s
    band = pats["band_before"].search(text, max(cstart, nstart - 25), nstart)
    cues = list(pats["cue"].finditer(text, cstart, nstart))
    if band:
        last = cues[-1] if cues else None
        longer = last is not None and last.start() < band.start() and last.end() >= band.end("word")
        if not longer:  # "cao hơn 1,45%" is a difference, not the band "hơn 80%"
            return "band", nstart
    if pats["band_after"].match(text, nend):
        return "band", nstart
    if pats["target"].search(text, s, nstart):
        return "target", nstart
    if pats["statistic"].search(text, cstart, nstart):
        return "statistic", nstart
    cue_start = nstart
    for c in reversed(cues):
        kind = "weak" if c.group("paren") else lex.cue_kind.get(c.group(0).lower(), "weak")
        if kind == "weak":
            continue
        if kind == "band":
            continue  # a band word not right before the number ("đứng đầu trên cả nước với 90 điểm")
        if kind == "score":
            if not text[c.end():nstart].strip():
                cue_start = c.start()
            return "score", cue_start
        return kind, c.start()
    return "score", cue_start


def _score_value(raw: str, unit: str, top: float | None) -> float | None:
    """The number as a score, reading "91.651" as 91.651 where 91651 cannot be one."""
    v = parse_number(raw)
    if v is None:
        return None
    limit = top or 100.0
    if v > limit and _RE["dot_three"].fullmatch(raw):
        v = float(raw)  # an English-style decimal point: "42.269 điểm" on an 80-point scale
    if unit == "%" and v > 100:
        return None
    if top is not None and v > top:
        return None
    if v > 1000:
        return None
    return v


def _scores(text: str, lay: Layout, out: list[Candidate], changes: list[tuple]) -> None:
    """Numbers in điểm or % near an index name: scores into ``out``, changes into ``changes``."""
    pats = patterns()
    seen: set[int] = set()
    matches = [(m, "score") for m in pats["score"].finditer(text)]
    matches += [(m, "noun") for m in pats["score_noun"].finditer(text)]
    for m, form in sorted(matches, key=lambda x: x[0].start("num")):
        nstart, nend = m.span("num")
        if nstart in seen:
            continue
        seen.add(nstart)
        raw = m.group("num")
        if form == "score":
            unit = "%" if m.group("pct") else "điểm"
            if not m.group("pct") and pats["points_not_before"].match(text, m.end()):
                continue  # "50 điểm cầu": sites, not points
            if m.group("pct") and pats["percent_not_before"].match(text, m.end()):
                continue  # "100% cán bộ": a share of people or things
            if pats["range_before"].search(text, max(0, nstart - 6), nstart):
                continue  # "đạt từ 80-90%": the top of a band
            if _RE["leading_zero"].fullmatch(raw):
                continue  # "06 điểm": a count with a leading zero
        else:
            unit = "điểm"
        top = parse_number(m.group("max")) if m.group("max") else None
        value = _score_value(raw, unit, top)
        if value is None or not _has_context(lay, nstart, nend):
            continue
        kind, cue_start = _classify_number(text, lay, nstart, nend)
        if form == "noun":
            kind, cue_start = ("score", m.start()) if kind in ("score", "weak") else (kind, cue_start)
        if kind == "score":
            fields = {"value": value, "max": top, "unit": unit, "subject": None, "index": None, "year": None,
                      "change": None}
            rule = "score/max" if top is not None else ("score/noun" if form == "noun" else
                                                        "score/percent" if unit == "%" else "score/points")
            start = min(cue_start, m.start())
            paren = _RE["paren_before"].search(text, max(0, start - 3), start)
            anchor = start - (len(paren.group(0)) if paren else 0)  # "Hải Phòng (70,61 điểm)"
            out.append(Candidate("score", start, m.end(), rule, fields, anchor=anchor, after=m.end(), confidence=0.9))
        elif kind in ("up", "down", "higher", "lower"):
            sign = 1 if kind in ("up", "higher") else -1
            _s, e = lay.sentence(nstart)
            stop = _RE["clause_stop"].search(text, nend, e)
            compared = pats["comparison"].search(text, nend, stop.start() if stop else e)
            if kind in ("higher", "lower") and not compared:
                continue  # "cao hơn trung bình cả nước 1,561 điểm": a difference, not a change
            changes.append(("score", nstart, sign * value, unit))


def _ordinal(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return lexicon().ordinals.get(fold(tok))


def _rank_ok_head(m: regex.Match) -> bool:
    head = fold(m.group("head"))
    explicit = bool(m.group("thu") or m.group("out") or m.group("so"))
    if m.group("ord") and not m.group("thu"):
        return False
    if head in ("xếp", "đứng"):
        return explicit
    if head.endswith("vị trí") or head == "hạng":
        return explicit
    return True


def _rankings(text: str, lay: Layout, out: list[Candidate], changes: list[tuple]) -> None:
    """Rank positions ("xếp thứ 07/18", "đứng vị trí thứ nhất", "đứng đầu", "cuối bảng trong tổng số
    20") into ``out``; rank changes ("tăng 02 bậc") into ``changes``, attached later."""
    pats = patterns()
    lex = lexicon()
    any_index = bool(lay.mentions)
    claimed: list[tuple[int, int]] = []
    rows: list[Candidate] = []

    def add(start, end, rank, out_of, rule, conf, anchor, after, explicit, **extra):
        if rank is None or rank < 1 or (out_of is not None and (out_of < 1 or rank > out_of)):
            return None
        if explicit and out_of is not None:
            if not any_index:
                return None
        elif not _has_context(lay, start, end):
            return None
        s, _e = lay.sentence(start)
        if pats["target"].search(text, s, start):
            return None
        fields = {"rank": rank, "out_of": out_of, "subject": None, "index": None, "year": None, "group": None,
                  "change": None}
        fields.update(extra)
        c = Candidate("ranking", start, end, rule, fields, anchor=anchor, after=after, confidence=conf)
        rows.append(c)
        claimed.append((start, end))
        return c

    for m in pats["rank"].finditer(text):
        if not _rank_ok_head(m):
            continue
        if pats["from_bottom"].match(text, m.end()):
            continue  # "đứng thứ 2 từ dưới lên" counts from the bottom
        rank = int(m.group("num")) if m.group("num") else _ordinal(m.group("ord"))
        out_of = int(m.group("out")) if m.group("out") else None
        end = m.end()
        if out_of is None:
            om = pats["out_of_after"].match(text, end)
            if om:
                out_of, end = int(om.group("out")), om.end()
        rule = "rank/of" if out_of else ("rank/ordinal" if m.group("ord") else "rank/position")
        is_from = bool(pats["from_rank"].search(text, max(0, m.start() - 12), m.start()))
        c = add(m.start(), end, rank, out_of, rule, 0.92 if out_of else 0.85, m.start(), end,
                explicit=bool(out_of))
        if c is None:
            continue
        c.fields["_from"] = is_from
        # "lần lượt xếp thứ 2 và 3", "xếp thứ 2, 3 và 4"
        more = pats["rank_more"].match(text, m.end())
        if more and not m.group("out"):
            items = [t.group(0) for t in pats["rank_item"].finditer(more.group("items"))] + [more.group("last")]
            c.respectively = 0
            pos = m.end()
            for k, tok in enumerate(items, 1):
                r = _ordinal(tok)
                tpos = text.find(tok, pos, more.end())
                pos = tpos + len(tok)
                listed = add(tpos, pos, r, None, "rank/list", 0.85, m.start(), pos, explicit=False)
                if listed is not None:
                    listed.respectively = k
    for m in pats["rank_clause"].finditer(text):
        s, _e = lay.sentence(m.start())
        if any(cs >= s and ce <= m.start() for cs, ce in claimed) and not _overlaps(claimed, m.start(), m.end()):
            rank = int(m.group("num")) if m.group("num") else _ordinal(m.group("ord"))
            add(m.start(), m.end(), rank, None, "rank/list", 0.8, m.start(), m.end(), explicit=False)
    for m in pats["last"].finditer(text) if lay.has(*_gate("last")) else ():
        n = int(m.group("out"))
        add(m.start(), m.end(), n, n, "rank/last", 0.85, m.start(), m.end(), explicit=True)
    for m in pats["first"].finditer(text) if lay.has(*_gate("first")) else ():
        if _overlaps(claimed, m.start(), m.end()):
            continue
        before = _RE["word"].findall(text[max(0, m.start() - 16):m.start()].lower())
        if before and (before[-1] in lex.first_not_after or " ".join(before[-2:]) in lex.first_not_after):
            continue  # "người đứng đầu", "top dẫn đầu"
        after = " ".join(_RE["word"].findall(text[m.end():m.end() + 40].lower()))
        after = _RE["plural"].sub("", after)
        if any(after.startswith(w + " ") or after == w for w in lex.first_not_before):
            continue  # "dẫn đầu đoàn công tác", "đứng đầu các cơ quan"
        om = pats["first_of"].match(text, m.end())  # "đứng đầu 20 sở, ban, ngành": first of 20
        end, total = (om.end("out"), int(om.group("out"))) if om else (m.end(), None)
        add(m.start(), end, 1, total, "rank/first", 0.8, m.start(), end, explicit=False)
    rows.sort(key=lambda c: c.start)
    # Group after the position: "xếp thứ 07/18 huyện, thị xã, thành phố"; not when a name follows.
    for c in rows:
        if pats["subject_after"].match(text, c.end):
            continue
        g = pats["group"].match(text, c.end)
        if g:
            c.fields["group"] = g.group("g").strip()
            c.end = g.end("g")
    # "từ vị trí thứ 5 … vươn lên vị trí thứ 1": the later rank changed by the difference.
    for a, b in pairwise(rows):
        if a.fields.get("_from") and b.start - a.end < 60 and ";" not in text[a.end:b.start]:
            b.fields["change"] = a.fields["rank"] - b.fields["rank"]
            b.fields["previous_rank"] = a.fields["rank"]
    for c in rows:
        c.fields.pop("_from", None)
    out.extend(rows)
    for m in pats["rank_change"].finditer(text) if lay.has(*_gate("rank_change")) else ():
        sign = -1 if pats["rank_down"].fullmatch(m.group("verb")) else 1
        changes.append(("ranking", m.start(), sign * int(m.group("n")), None))


def _merge_repeats(cands: list[Candidate]) -> None:
    """The same rank of the same unit on the same index and year, stated again without its total
    ("xếp hạng 25/63" in the title, "xếp hạng thứ 25 cả nước" in the body), takes the total."""
    full = {}
    for c in cands:
        f = c.fields
        if c.kind == "ranking" and f["out_of"] is not None:
            full.setdefault((f["rank"], f["subject"], f["index"], f["year"]), f["out_of"])
    for c in cands:
        f = c.fields
        if c.kind == "ranking" and f["out_of"] is None:
            total = full.get((f["rank"], f["subject"], f["index"], f["year"]))
            if total is not None:
                f["out_of"] = total
                f["out_of_from"] = "another mention"


def _overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)


def _ratings(text: str, lay: Layout, out: list[Candidate]) -> None:
    """Levels given to units ("xếp loại xuất sắc (A, B)", "thuộc nhóm Khá", "được xếp loại hoàn
    thành tốt nhiệm vụ"), not conditions ("nếu"), bands ("trở lên") or targets."""
    pats = patterns()
    lex = lexicon()
    claimed: list[tuple[int, int]] = []
    found = []
    for name in ("rating_from_to", "rating_task", "rating", "rating_group"):
        if not lay.has(*_gate(name)):
            continue  # a cheap test first: most articles rate nothing
        for m in pats[name].finditer(text):
            if _overlaps(claimed, m.start(), m.end()):
                continue
            found.append((name, m))
            claimed.append(m.span())
    for name, m in sorted(found, key=lambda x: x[1].start()):
        s, _e = lay.sentence(m.start())
        sep = pats["clause_sep"].search(text, s, m.start())
        cstart = sep.end() if sep else s
        if pats["rating_not_before"].match(text, m.end()):
            continue
        if pats["rating_not_after"].search(text, cstart, m.end()) or pats["target"].search(text, s, m.start()):
            continue
        if pats["statistic"].search(text, cstart, m.start()):
            continue
        context = _has_context(lay, m.start(), m.end())
        if name == "rating_group" and not context:
            continue
        if name == "rating_task":
            level = lex.task_levels[fold(m.group("task"))]
        else:
            level = lex.levels[fold(m.group("level"))]
        fields = {"level": level, "subjects": [], "index": None, "year": None}
        if name == "rating_from_to":
            fields["previous_level"] = lex.levels[fold(m.group("from"))]
        if name == "rating_task":
            fields["scale"] = "nhiệm vụ"
        start, end = m.start(), m.end()
        cm = pats["rated_count"].search(text, max(cstart, start - 40), start)
        if cm:
            fields["count"] = int(cm.group("count"))
            start = cm.start()
        pl = pats["paren_list"].match(text, m.end())
        listed = None
        if pl:
            listed = _split_list(pl.group("list"))
            end = pl.end()
        c = Candidate("rating", start, end, "rating/" + name.split("_", 1)[-1] if name != "rating" else "rating/level",
                      fields, anchor=start, after=m.end(), confidence=0.85 if context else 0.7)
        c.subjects_after_list = listed
        if not context:
            c.fields["_no_index"] = True
        out.append(c)


# ---------------------------------------------------------------- subjects, indexes, years


def _split_list(items: str) -> list[str]:
    """Units in brackets: "Quảng Thái, Quảng Thọ, …"; a body's name may hold a comma or "và"
    ("Phòng Lao động, Thương binh và Xã hội"), so in a list of bodies a piece that does not open
    with a body's head word belongs to the piece before it."""
    heads = patterns()["list_head"]
    pieces = [p.strip(" .…") for p in _RE["list_sep"].split(items)]
    pieces = [_RE["and_head"].sub("", p) for p in pieces if p.strip(" .…")]
    if not pieces or not heads.match(pieces[0]):
        out = []
        for p in pieces:
            out.extend(x.strip() for x in _RE["and"].split(p) if x.strip())
        return out
    out = []
    for p in pieces:
        if out and not heads.match(p):
            out[-1] += ", " + p
        else:
            out.append(p)
    return out


def _subjects_in(text: str, start: int, end: int, lay: Layout) -> list[str]:
    """Unit names in text[start:end], in order, without index names or opening words."""
    pats = patterns()
    lex = lexicon()
    names = []
    for m in pats["subject"].finditer(text, start, end):
        if any(x.start < m.end() and m.start() < x.end for x in lay.mentions_between(m.start() - 60, m.end())
               if not x.generic):
            continue
        name = m.group(0).strip()
        if m.group("bare"):
            name = _named_place(text, m.start(), m.group("level"), name)
            if name is None:
                continue
        elif m.group("name"):
            words = name.split()
            while words:
                if fold(" ".join(words[:2])) in lex.lead_words:
                    words = words[2:]
                elif fold(words[0]) in lex.lead_words:
                    words = words[1:]
                else:
                    break
            if len(words) < 2:
                continue
            name = _with_level(text, " ".join(words))
        elif m.group("org"):
            name = _RE["and_tail"].sub("", name)
        names.append(name)
    return names


def _with_level(text: str, name: str) -> str:
    """"Nông Sơn" → "huyện Nông Sơn" when the article names the place with its level."""
    key = fold(name)
    for m in _named_places(text):
        place = text[m.start("level"):m.end()]
        if fold(place).endswith(" " + key) and fold(place[:len(place) - len(name)]).strip() in _level_words():
            return place
    return name


@lru_cache(maxsize=1)
def _level_words() -> frozenset:
    return frozenset(fold(x).rstrip(".") for x in load("score_words")["place_levels"]) | \
        frozenset(fold(x) for x in load("score_words")["place_levels"])


@lru_cache(maxsize=8)
def _named_places(text: str) -> list:
    return list(patterns()["named_place"].finditer(text))


def _named_place(text: str, pos: int, level: str, written: str) -> str | None:
    """"UBND huyện" → the place of that level the article named last before it, else first after it
    ("UBND huyện Quảng Điền tổ chức …" earlier in the article)."""
    found = [m for m in _named_places(text) if m.group("level").lower() == level.lower()]
    if not found:
        return None
    before = [m for m in found if m.end() <= pos]
    m = before[-1] if before else found[0]
    place = text[m.start("level"):m.end()]
    return ("UBND " + place) if written.startswith("UBND") else place


def _resolve_subject(text: str, lay: Layout, c: Candidate, previous: Candidate | None, lists: dict) -> None:
    """Who is scored: a unit named in the fact's clause ("huyện Nông Sơn đạt …"), else right after a
    ranking ("xếp thứ nhì Bộ Tư pháp"), else one named since the previous fact of the sentence, else
    the previous fact's unit, else one named earlier in the sentence, else the paragraph's last."""
    pats = patterns()
    lex = lexicon()
    s, _e = lay.sentence(c.start)
    if c.kind == "rating" and c.subjects_after_list:
        c.fields["subjects"] = c.subjects_after_list
        return
    if c.kind == "rating" and c.fields.get("count"):
        return  # "07 xã xếp loại tốt": a count of units not named
    sep = pats["subject_sep"].search(text, s, c.anchor)
    seg_start = sep.end() if sep else s
    names = _subjects_in(text, seg_start, c.anchor, lay)
    subject = None
    if c.respectively is not None:
        # "Bắc Ninh và Hải Phòng lần lượt xếp thứ 2 và 3"
        if c.respectively == 0 and pats["lan_luot"].search(text, seg_start, c.anchor):
            lists[c.anchor] = names
        listed = lists.get(c.anchor) or []
        if c.respectively < len(listed):
            subject = listed[c.respectively]
    if subject is None and names:
        subject = names[-1]
    if subject is None and c.kind == "ranking":
        sa = pats["subject_after"].match(text, c.after)
        if sa:
            subject = _RE["is_head"].sub("", sa.group(0).strip())
    if subject is None:
        seg = text[seg_start:c.anchor].lower()
        subject = next((w for w in lex.collective if w in seg), None)
    same_sentence = previous is not None and previous.start >= s
    if subject is None:
        since = _subjects_in(text, previous.end if same_sentence else s, c.anchor, lay)
        if since:
            subject = since[-1]
        elif same_sentence:
            subject = _subject_of(previous)
    if subject is None and previous is not None and lay.paragraph_start(previous.start) == lay.paragraph_start(c.start):
        subject = _subject_of(previous)
    if c.kind == "rating":
        c.fields["subjects"] = [subject] if subject else []
    else:
        c.fields["subject"] = subject


def _subject_of(c: Candidate) -> str | None:
    return c.fields.get("subject") or (c.fields.get("subjects") or [None])[0]


def _resolve_index_year(text: str, lay: Layout, c: Candidate, title_year: int | None) -> None:
    mention = _index_for(lay, c.start)
    if c.fields.pop("_no_index", False) and not (mention and lay.sentence(mention.start) == lay.sentence(c.start)):
        mention = None
    code = mention.code if mention else None
    c.fields["index"] = code
    s, _e = lay.sentence(c.start)
    # 1. the fact's own year: "vị trí thứ 1 của năm 2016", "xuống vị trí thứ 7 năm 2016"
    own = _RE["own_year"].match(text, c.end, c.end + 20)
    year = int(own.group("y")) if own else None
    # 2. the year of the index named before it in its sentence: "Chỉ số CCHC năm 2021 của huyện …"
    if year is None and mention is not None and s <= mention.start < c.start:
        year = mention.year
    # 3. a year written earlier in the sentence: "Năm 2016, giá trị trung bình …"
    if year is None:
        year = _last_year(text, s, c.start)
    # 4. the year of the index named elsewhere
    if year is None and mention is not None:
        year = mention.year or next((m.year for m in reversed(lay.mentions_between(0, c.start))
                                     if m.code == code and m.year), None)
        if year is None:
            year = next((m.year for m in lay.mentions if m.code == code and m.year), None)
    # 5. a year earlier in the paragraph, then the title's
    if year is None:
        year = _last_year(text, lay.paragraph_start(c.start), s)
    if year is None:
        year = title_year
    c.fields["year"] = year


def _attach_changes(text: str, lay: Layout, cands: list[Candidate], changes: list[tuple]) -> None:
    """A change belongs to the nearest fact of its kind before it (same unit, nothing between)."""
    for kind, pos, amount, unit in changes:
        s, e = lay.sentence(pos)
        pool = [c for c in cands if c.kind == kind and (unit is None or c.fields.get("unit") == unit)]
        before = [c for c in pool if c.end <= pos and c.start >= max(0, pos - 300)
                  and lay.paragraph_start(c.start) == lay.paragraph_start(pos)]
        target = None
        if before:
            cand = before[-1]
            between = text[cand.end:pos]
            if cand.start >= s or ";" not in between:
                names = _subjects_in(text, cand.end, pos, lay)
                if not names or (cand.fields.get("subject") and all(n == cand.fields["subject"] for n in names)):
                    target = cand
        if target is None and kind == "ranking":
            after = [c for c in pool if c.start > pos and c.start < e]
            target = after[0] if after else None
        if target is not None and target.fields.get("change") is None:
            target.fields["change"] = round(amount, 4) if isinstance(amount, float) else amount


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` as this extractor reads it: lines wrapped inside a sentence
    are joined ("Hà Nội\n(68,6 điểm)."), so a quote shows the whole list it came from."""
    s, e = layout(text).sentence(pos)
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def index_code(name: str) -> str | None:
    """The code of an index written as a code or a name: "par", "PAR INDEX", "chỉ số CCHC" → "PAR"."""
    key = fold(name or "")
    if not key:
        return None
    codes = load("indexes")["indexes"]
    for code in codes:
        if key == code.lower():
            return code
    lex = lexicon()
    for written, code in lex.index_code.items():
        if fold(written) == key:
            return code
    return None


@lru_cache(maxsize=4096)
def subject_key(subject: str | None) -> tuple[str, str]:
    """A unit as (name, level), without "UBND": "UBND huyện Nông Sơn" → ("nông sơn", "huyện"),
    "TP.Hải Phòng" → ("hải phòng", "thành phố"), "Sở Tư pháp" → ("sở tư pháp", "")."""
    if not subject:
        return "", ""
    key = fold(subject)
    w = load("score_words")
    key = regex.sub(rf"^(?:{alternation(fold(x) for x in w['subject_prefixes'])})\s+", "", key)
    m = regex.match(rf"(?P<level>{alternation(fold(x) for x in w['place_levels'])})(?:\s+|(?<=\.))", key)
    if not m:
        return key, ""
    level = w["level_names"].get(m.group("level"), m.group("level"))
    return key[m.end():].strip() or key, level


@register(EXTRACTOR)
def extract_scores(ta: TokenizedArticle) -> None:
    """Add ``score``, ``ranking`` and ``rating`` facts for the index results an article reports."""
    text = ta.text
    if not text:
        return
    lay = layout(text)
    if not any(m.code for m in lay.mentions) and not (lay.has(*_gate("rating_task"))
                                                      and patterns()["rating_task"].search(text)):
        return  # no index named anywhere: nothing to read (cheap exit for most articles)
    cands: list[Candidate] = []
    changes: list[tuple] = []
    if any(m.code for m in lay.mentions):
        _scores(text, lay, cands, changes)
        _rankings(text, lay, cands, changes)
    _ratings(text, lay, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    title_end = text.find("\n")
    title_year = _first_year(text, 0, title_end if title_end > 0 else len(text))
    previous = None
    lists: dict = {}
    for c in cands:
        _resolve_subject(text, lay, c, previous, lists)
        _resolve_index_year(text, lay, c, title_year)
        previous = c
    _attach_changes(text, lay, cands, changes)
    _merge_repeats(cands)
    for c in cands:
        ta.facts.append(Fact(c.kind, ta.span(c.start, c.end), EXTRACTOR, c.confidence, c.rule, c.fields))
