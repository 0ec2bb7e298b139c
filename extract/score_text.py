"""The article as the score extractor reads it: sentences, paragraphs, the index names
mentioned and the years they measure, and whether a number stands in an index's context
(the vocabulary and patterns it reads with are extract/score_lexicon.py)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import regex

from .rule_starts import finditer
from .score_lexicon import TEXT_SHAPES, index_key, lexicon, patterns
from .text import fold

CONTEXT_BEFORE = 400  # characters before a number in which an index name gives context
LEAD_MIN = 100  # a paragraph after the title shorter than this is a dateline or a byline, not the lead
HEAD_REACH = 500  # characters after the title in which every paragraph is part of the opening
MENTION_YEAR_REACH = 150  # characters after an index name in which its year is written
UNIT_REACH = 80  # characters before a % far below its index in which the unit that reached it is named


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
    places: list = field(default_factory=list)  # the named places (the place stage's, extract/place_names.py)

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
    sent |= {m.end() for m in finditer(pats["sentence_end"], text)}
    para = {0} | ({first_line + 1} if first_line > 0 else set()) | {m.end() for m in finditer(pats["paragraph_end"], text)}
    starts = sorted(x for x in sent if x < len(text) or x == 0)
    mentions = _find_mentions(text, pats, starts)
    paras = sorted(para)
    return Layout(text, starts, paras, mentions, [m.start for m in mentions], text.lower(),
                  _head_code(text, paras, mentions))


def _head_code(text: str, paragraph_starts: list[int], mentions: list[Mention]) -> str | None:
    """The index an article is about: the index its title names, else the one its opening names (the
    paragraphs after the title up to the first of some length, and any starting within
    ``HEAD_REACH`` characters: a short first line "… công bố Chỉ số CCHC năm 2023" above a long
    lead, the index named in the second paragraph); None when they name none. Where the first
    that names one names several ("Chỉ số CCHC và Chỉ số SIPAS"), the first named: the article
    reports results either way (the fact's own index is ``index_for``'s)."""
    bounds = paragraph_starts[1:] + [len(text)]
    heads = [(0, bounds[0])] if bounds[0] > 0 else []
    body = bounds[0]
    lead_seen = False
    for s, e in zip(paragraph_starts[1:], bounds[1:]):
        if lead_seen and s - body > HEAD_REACH:
            break
        heads.append((s, e))
        lead_seen = lead_seen or len(text[s:e].strip()) >= LEAD_MIN
    for s, e in heads:
        named = [m.code for m in mentions if s <= m.start < e and m.code]
        if named:
            return named[0]
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

    for m in finditer(pats["not_index"], text):
        claim(*m.span())
    for m in finditer(pats["name"], text):  # exactly its finditer, tried only where a name can start
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), lex.index_code.get(index_key(unquoted(m.group(0)))), False))
    for m in finditer(pats["acronym"], text):
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), lex.index_code.get(m.group(0)), False))
    for m in finditer(pats["open_index"], text) if "(" in text else ():
        if m.group("acr") not in lex.index_code and claim(*m.span()):
            found.append(Mention(m.start(), m.end(), m.group("acr"), False))
    # only in an article that names no index the lexicon or an acronym gives: beside one, "chỉ số
    # Công khai, minh bạch" is one of its parts
    named_known = any(m.code for m in found)
    for m in finditer(pats["open_named"], text) if "hỉ số" in text and not named_known else ():
        if claim(*m.span()):
            found.append(Mention(m.start(), m.end(), m.group("name"), False))
    for m in finditer(pats["generic"], text):
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


def has_context(lay: Layout, start: int, end: int, *, unit: str | None = None, rank: bool = False,
                carry: bool = True) -> bool:
    """Whether a fact stands in an index's context: a score, a rating or a table is read only there;
    a rank is read anywhere (FACTS.md: every rank position) and takes an index only there. An index
    name in the sentence, earlier in the paragraph or in the one before ("Chỉ số CCHC
    năm 2023 … được công bố." above "Theo đó, xã A đạt 85,12 điểm"; not with ``carry`` off, as for
    ratings: "07 đơn vị xếp loại xuất sắc" below an index's paragraph rates work), or shortly before; or, in an
    article whose title or lead names one index, or that named one anywhere before (mid-article, its
    results paragraphs below), a sentence that ranks units ("Ở khối sở, Sở Nội
    vụ đứng đầu với 91,4 điểm" far below a title "… công bố Chỉ số CCHC năm 2024"; ``rank``: the
    fact is itself a rank, "Huyện A từ vị trí 7 lên vị trí 4"), a score in
    points (``unit`` "điểm": "Kết quả, huyện đạt 85,12 điểm" paragraphs below), or a % in a
    sentence that calls it the result ("Kết quả, huyện đạt 85,12%")."""
    s, e = lay.sentence(start)
    if lay.mentions_between(s, e):
        return True
    # the paragraph before too: "Chỉ số CCHC năm 2023 … được công bố." then "Theo đó, xã A đạt 85,12 điểm"
    para = lay.paragraph_start(start)
    floor = min(lay.paragraph_start(para - 1) if para > 0 and carry else para, max(0, start - CONTEXT_BEFORE))
    if any(m.code for m in lay.mentions_between(floor, start)):
        return True
    # the next sentence names it, looking back: "… xếp thứ 3/18. Đây là kết quả Chỉ số CCHC năm 2023 …"
    if e < len(lay.text) and patterns()["refers_back"].match(lay.text, e):
        ns, ne = lay.sentence(e)
        if any(m.code for m in lay.mentions_between(ns, ne)):
            return True
    if lay.head_code is None and lay.last_mention_before(start) is None:
        return False  # no index in the title or the lead, none named before it
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

