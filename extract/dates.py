"""Dates and time expressions, TIMEX3-style, anchored to the article; the day grammar citations share.

The ``date`` extractor reads every time expression a Vietnamese reader finds. Its named
rules are in ``patterns/date_rules.yaml`` and its words in ``patterns/date_words.yaml``
(HeidelTime-style). Each fact has ``value``, ``end_value``, ``granularity``,
``year_source``, ``valid`` and ``part_of_day`` (FACTS.md):

* day ........ "Chiều ngày 9/3/2022" → 2022-03-09, chiều; "Sáng ngày 04/07/2024", "ngày 19-8-2021",
  "Ngày 14.9", "Sáng 29/7", "Ngày19-4", "ngày 15 tháng 01 năm 2024",
  "thứ Năm, ngày 12/01/2024"; datelines "Thứ Năm, 17/07/2025", "06/02/2024 - 11:06"
* month ...... "tháng 8/2021" → 2021-08; "tháng 1 năm 2018"; "định kỳ tháng 11" (year from context)
* quarter .... "Quý I/2022" → 2022-Q1; "quý II năm 2024"; "Quý I" (year from context)
* half ....... "6 tháng đầu năm 2024" → 2024-H1; "6 tháng cuối năm" → H2 of the year in context
* year ....... "năm 2022" → 2022; "năm nay" → the article's year
* ranges ..... "giai đoạn 2021-2025", "nhiệm kỳ 2021 - 2026", "từ ngày 1/7 đến ngày 15/7/2024"
  → value and end_value
* lists ...... "dịp 30/4 và 1/5", "ngày 24 và 25/6/2024" → one fact per day

A coarse expression keeps its own granularity: it is never filled in to a day.

**A day and month without a year** ("2/9") is a date only after a cue word ("ngày",
"mùng": ``day_cues``) or a signal ("dịp 30/4", "đến 15/7", "từ ngày 1/7": ``day_signals``,
kept out of the span), a part of day ("Sáng 29/7") or a weekday, in brackets ("(05/9)"),
when it continues a list of dates ("30/4 và 1/5"), or alone on its line (a dateline).
Otherwise it is a rank or a ratio and is not read: "xếp thứ 07/18", "vị thứ 2/9", "xếp hạng
25/63", "80,28/100". A D/M followed by a counted noun ("5/9 đơn vị": ``ratio_nouns``) is a
ratio even after a cue. Also never read: "79,08%", "2,30 điểm", "03 năm", "18.619.718",
"2370/QĐ-UBND", "15/2020/NĐ-CP", "TCVN ISO 18091:2020", times "11:06", a bare year ("PAPI
2021"), holidays named without a cue ("Quốc khánh 2-9").

**The year of a date written without one** comes from :func:`context_year`, the single
place for that rule (``document_refs`` uses it for citation dates too):

1. ``citation``: the year of the document number just before it ("15/2020/NĐ-CP ngày 5/3");
2. ``published``: the article's own date, taking the year that puts the day nearest to it
   (a "28/12" in an article of 5/1/2024 is 2023-12-28);
3. ``sentence``: the nearest written year in the same sentence ("Ngày 08/6, … 6 tháng đầu
   năm 2018");
4. ``title``: the latest written year in the title ("… cải cách hành chính năm 2022");
5. ``term_start``: the first year of a term whose first session or congress the title or
   the sentence names ("Kỳ họp thứ nhất … nhiệm kỳ 2021-2026" → 2021: ``term_start_events``);
6. ``term_handover``: the year two consecutive terms named in the article share ("nhiệm kỳ
   2015-2020" and "nhiệm kỳ 2020-2025" → 2020);
   The steps below take the year from the whole article (corpus/ANNOTATION.md):
   ``review``, before ``sentence`` when the sentence names the reviewed year, else here: a
   gathering that reviews, closes or ranks year N ("tổng kết công tác năm 2020", "Chỉ số PCI
   năm 2021": ``review_year_words``, ``assessed_year_words``) is held from October of N
   (→ N) or in the months after it (→ N+1); a title naming an index published within its
   own year (``running_indexes``: "Bộ chỉ số 766") makes its years anchors instead;
   ``term_start`` also reads "nhiệm kỳ 2021-2026 … kỳ họp thứ nhất" (``term_opening_sessions``);
7. ``in_year``: a year whose plan or budget the text adjusts ("điều chỉnh dự toán … năm 2023":
   ``in_year_words``), which happens within that year;
8. ``article``: the latest written year in the article (news reports an event no earlier
   than the dated things it cites); with ``review``, never before the latest issue date of a
   document the text cites (``after_document``: the first such day);
9. else no year: ``value`` is null and ``timex`` says "XXXX-06-09" (the day is still a fact).

A written year dates the news in steps 3, 4 and 7 unless it is a span ("2021-2025"), a
horizon or a comparison ("đến năm 2030", "so với năm 2020": ``not_anchor_before``) or the
year an index assessed ("Chỉ số PCI năm 2021" is published in 2022: ``assessed_year_words``).

``year_source`` is "explicit" when the expression writes the year (a range or a list that
writes it once counts), "context" otherwise; ``year_from`` names the step above.

An impossible day ("31/11/2021", "29/2/2023") is a fact with ``valid: false`` and one
``invalid_date`` warning, given here (``document_refs`` warns only when no date fact covers
the span). A weekday that contradicts its date gets a ``weekday_mismatch`` warning.

dateparser reads only candidates the rules have already isolated: relative words
("hôm qua", "tháng trước": ``day_relative``, ``month_relative``, counted from the page's date,
no fact without one) and the page-date forms of portals and WordPress for the reader
("7 Tháng 3 2016", "Tháng Mười Một 14, 2018": ``page_date_*``). On free text it reads "07/18"
as 2018 and "79,08%" as 1979 (``search_dates``) and fills a missing day from its base date,
so the tables above normalise every other form.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex

from govfacts.patterns import alternation

from .grammar import rule_set
from .model import Fact
from .registry import register
from .text import fold

# ---------------------------------------------------------------- the day grammar of citations

# "19/8/2021", "19-8-2021", "19.8.2021", "19 / 8 / 2021"; the year is optional ("14.9").
_NUMERIC = (
    r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})"
    r"(?:\s?(?P=sep)\s?(?P<y>(?:19|20)\d{2}))?(?![\d/]|[.,]\d)"
)
# "19 tháng 8 năm 2021", "15 tháng 01 năm 2024"; the year is optional.
_SPELLED = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|/)\s*(?P<y2>(?:19|20)\d{2}))?(?!\d)"

DAY_DATE = regex.compile(rf"(?:{_SPELLED}|{_NUMERIC})", regex.IGNORECASE)
# A day date introduced by "ngày" (how citations attach their issue date).
NGAY_DATE = regex.compile(rf"ngày\s*(?:{_SPELLED}|{_NUMERIC})", regex.IGNORECASE)


def date_parts(m: regex.Match) -> tuple[int, int, int | None]:
    """(day, month, year or None) from a match of :data:`DAY_DATE` or :data:`NGAY_DATE`."""
    if m.group("d2"):
        y = m.group("y2")
        return int(m.group("d2")), int(m.group("m2")), int(y) if y else None
    y = m.group("y")
    return int(m.group("d")), int(m.group("m")), int(y) if y else None


def is_valid_day(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def day_value(day: int, month: int, year: int) -> tuple[str, bool]:
    """ISO value as written ("2021-11-31" is kept) and whether that day exists."""
    return f"{year:04d}-{month:02d}-{day:02d}", is_valid_day(day, month, year)


# ---------------------------------------------------------------- rules from patterns/


@dataclass(frozen=True)
class Rule:
    """A date rule of ``patterns/date_rules.yaml`` with the fields this extractor reads."""

    name: str
    regex: regex.Pattern
    granularity: str
    range: bool = False
    list: bool = False
    cue: bool = False
    lead: regex.Pattern | None = None  # matched backwards from the first character of a match
    relative: bool = False  # counted from the page's date ("hôm qua"): dateparser reads the words


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Rule, ...]
    continuation: regex.Pattern
    continuation_name: str
    ratio_after: regex.Pattern
    citation_before: regex.Pattern
    term_start: regex.Pattern
    term_words: frozenset
    not_anchor_before: regex.Pattern
    assessed_year: regex.Pattern
    part_of_day: dict
    weekday_index: dict
    month_names: dict
    relative_years: dict
    quarter: dict
    half: dict
    review_year: regex.Pattern
    plan_year: regex.Pattern
    running_index: regex.Pattern
    in_year: regex.Pattern
    relative_not_after: regex.Pattern
    relative_not_before: regex.Pattern
    cited_before: regex.Pattern
    cited_in: regex.Pattern
    effect_before: regex.Pattern


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    rs = rule_set("date_rules")
    spec, words = rs.spec, rs.lists
    rules = tuple(
        Rule(name=r.name, regex=r.regex, granularity=r.data["granularity"], range=bool(r.get("range")),
             list=bool(r.get("list")), cue=bool(r.get("cue")), lead=r.lead, relative=bool(r.get("relative")))
        for r in rs.rules
    )
    cont = spec["continuation"]
    return Grammar(
        rules=rules,
        continuation=rs.compile(cont["pattern"]),
        continuation_name=cont["name"],
        ratio_after=regex.compile(rf"\s*{alternation(words['ratio_nouns'])}(?!\p{{L}})", regex.IGNORECASE),
        citation_before=rs.compile(spec["context"]["citation_before"]),
        term_start=rs.compile(spec["context"]["term_start"]),
        term_words=frozenset(fold(w) for w in words["term_words"]),
        not_anchor_before=regex.compile(
            rf"(?<!\w){alternation(words['not_anchor_before'])}\s*$", regex.IGNORECASE),
        assessed_year=regex.compile(rf"(?<!\w){alternation(words['assessed_year_words'])}(?!\w)", regex.IGNORECASE),
        part_of_day={fold(k): v for k, v in words["part_of_day"].items()},
        weekday_index={fold(k): v for k, v in words["weekday_index"].items()},
        month_names={fold(k): v for k, v in words["month_names"].items()},
        relative_years={fold(k): v for k, v in words["relative_years"].items()},
        quarter={fold(str(k)): v for k, v in spec["normalization"]["quarter"].items()},
        half={fold(k): v for k, v in spec["normalization"]["half"].items()},
        cited_before=rs.compile(spec["context"]["cited_document"] + "$"),
        cited_in=rs.compile(spec["context"]["cited_document"]),
        effect_before=rs.compile(spec["context"]["effect_before"]),
        review_year=_words_before(words["review_year_words"]),
        plan_year=_words_before(words["plan_year_words"]),
        running_index=regex.compile(rf"(?<!\w){alternation(words['running_indexes'])}(?!\w)", regex.IGNORECASE),
        in_year=_words_before(words["in_year_words"]),
        relative_not_after=regex.compile(
            rf"(?<!\w){alternation(words['relative_not_after'])}\s*$", regex.IGNORECASE),
        relative_not_before=regex.compile(rf"\s*{alternation(words['relative_not_before'])}(?!\w)", regex.IGNORECASE),
    )


def _words_before(words: list) -> regex.Pattern:
    return regex.compile(rf"(?<!\w){alternation(words)}(?!\w)", regex.IGNORECASE)


# ---------------------------------------------------------------- finding expressions


@dataclass
class Expression:
    """One time expression before its year is resolved: the parts as written."""

    rule: str
    start: int
    end: int
    granularity: str
    d: int | None = None
    m: int | None = None
    y: int | None = None
    q: int | None = None
    h: int | None = None
    rel: int | None = None
    d2: int | None = None
    m2: int | None = None
    y2: int | None = None
    is_range: bool = False
    is_list: bool = False
    cue: bool = False
    part_of_day: str | None = None
    weekday: str | None = None
    period: str | None = None  # "giai đoạn", "nhiệm kỳ" before a span of years
    list_id: int | None = None  # days of one written list share it
    relative: str | None = None  # "hôm qua", "tháng trước": the words, counted from the page's date
    year_inherited: bool = False  # the year came from a later day of the same list

    @property
    def explicit(self) -> bool:
        return self.y is not None or self.y2 is not None


def _int(x: str | None) -> int | None:
    return int(x) if x else None


def _from_match(rule: Rule, mt: regex.Match, lead: regex.Match | None, g: Grammar) -> Expression | None:
    gd = mt.groupdict()
    if lead is not None:
        gd.update((k, v) for k, v in lead.groupdict().items() if v is not None)
    month = _int(gd.get("m"))
    if month is None and gd.get("mn"):
        month = g.month_names.get(fold(gd["mn"]))
    month2 = _int(gd.get("m2"))
    if month2 is None and gd.get("mn2"):
        month2 = g.month_names.get(fold(gd["mn2"]))
    rel = None
    if gd.get("rel"):
        key = fold(gd["rel"])
        rel = g.relative_years.get(key, g.relative_years.get(f"năm {key}"))
    pod = gd.get("pod")
    start = lead.start() if lead is not None else mt.start()
    if gd.get("sig"):  # "dịp 30/4": the span is "30/4"
        start = lead.end("sig")
        while mt.string[start].isspace():
            start += 1
    ex = Expression(
        rule=rule.name, start=start, end=mt.end(), granularity=rule.granularity,
        d=_int(gd.get("d")), m=month, y=_int(gd.get("y")),
        q=g.quarter.get(fold(gd["q"])) if gd.get("q") else None,
        h=g.half.get(fold(gd["h"])) if gd.get("h") else None,
        rel=rel, d2=_int(gd.get("d2")), m2=month2, y2=_int(gd.get("y2")),
        is_range=rule.range, is_list=rule.list,
        cue=bool(gd.get("cue") or gd.get("sig") or pod or gd.get("wd") or rule.cue or rule.relative),
        part_of_day=g.part_of_day.get(fold(pod)) if pod else None,
        weekday=gd.get("wd"), period=gd.get("period"),
        relative=gd.get("reld") if rule.relative else None,
    )
    if rule.granularity == "year" and rule.range and not (ex.y and ex.y2 and 0 < ex.y2 - ex.y <= 100):
        return None  # "2025-2021" is no span of years
    return ex


def _acceptable(ex: Expression, text: str, g: Grammar) -> bool:
    """A day written without a year needs a cue, and is no ratio ("5/9 đơn vị"); "vì ngày mai" is no day."""
    if ex.relative is not None:
        return not (g.relative_not_after.search(text, max(0, ex.start - 20), ex.start)
                    or g.relative_not_before.match(text, ex.end))
    if ex.granularity != "day" or ex.explicit:
        return True
    return ex.cue and not g.ratio_after.match(text, ex.end)


def find_expressions(text: str) -> list[Expression]:
    """Every time expression in ``text``, in order, before year resolution.

    All rules run over the whole text; a match that fails its checks is dropped; among
    overlapping matches the longest wins, then the rule listed first; then lists of days
    are followed ("dịp 30/4 và 1/5").
    """
    g = grammar()
    cands: list[tuple[int, int, Expression]] = []
    for order, rule in enumerate(g.rules):
        for mt in rule.regex.finditer(text):
            lead = None
            if rule.lead is not None:
                lead = rule.lead.match(text, max(0, mt.start() - _LEAD_REACH), mt.start())
                if lead is None:
                    continue
            ex = _from_match(rule, mt, lead, g)
            if ex is not None and _acceptable(ex, text, g):
                cands.append((-(ex.end - ex.start), order, ex))
    cands.sort(key=lambda c: (c[0], c[1], c[2].start))
    claimed = bytearray(len(text) + 1)
    chosen: list[Expression] = []
    for _neg, _order, ex in cands:
        if any(claimed[ex.start:ex.end]):
            continue
        claimed[ex.start:ex.end] = b"\x01" * (ex.end - ex.start)
        chosen.append(ex)
    chosen.sort(key=lambda e: e.start)
    by_end = {ex.end: ex for ex in chosen}
    out: list[Expression] = []
    for list_id, ex in enumerate(chosen):
        out.append(ex)
        if ex.granularity != "day" or ex.is_range:
            continue
        if ex.list_id is None:
            ex.list_id = list_id
        tail = ex
        while True:
            mt = g.continuation.match(text, tail.end)
            if not mt:
                break
            known = by_end.get(mt.end())
            if known is not None and known.start >= mt.start() and known.granularity == "day" and not known.is_range:
                known.list_id = tail.list_id  # "ngày 19/8 và ngày 20/8/2021": read already, now one list
                tail = known
                continue
            start = mt.start("cue") if mt.group("cue") else mt.start("d")  # a signal stays outside
            if any(claimed[start:mt.end()]) or g.ratio_after.match(text, mt.end()):
                break
            nxt = Expression(rule=g.continuation_name, start=start, end=mt.end(), granularity="day",
                             d=int(mt.group("d")), m=int(mt.group("m")), y=_int(mt.group("y")),
                             cue=True, list_id=tail.list_id)
            claimed[start:mt.end()] = b"\x01" * (mt.end() - start)
            out.append(nxt)
            tail = nxt
    _share_list_years(out)
    return out


_LEAD_REACH = 48  # characters a lead may span ("Chủ nhật, buổi chiều ngày ")


def _share_list_years(exprs: list[Expression]) -> None:
    """"ngày 19/8 và ngày 20/8/2021": an earlier day of a list takes the year of a later one."""
    year = None
    current = None
    for ex in reversed(exprs):
        if ex.list_id is None:
            continue
        if ex.list_id != current:
            current, year = ex.list_id, None
        if ex.y is not None:
            year = ex.y
        elif year is not None:
            ex.y, ex.year_inherited = year, True


def expressions(ta) -> list[Expression]:
    """:func:`find_expressions` of the article, computed once per article."""
    cached = ta.__dict__.get("_date_expressions")
    if cached is None:
        cached = find_expressions(ta.text)
        ta.__dict__["_date_expressions"] = cached
    return cached


# ---------------------------------------------------------------- the year context


@dataclass
class YearContext:
    """What a date without a year can take its year from, gathered once per article."""

    published: date | None
    title: tuple[int, int] | None
    anchors: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) that can date the news
    term_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, first year of the term)
    handover: int | None = None  # the year two consecutive terms share ("2015-2020" and "2020-2025")
    reviewed: list[tuple[int, int]] = field(default_factory=list)  # (offset, a year the gathering reviews or ranks)
    in_year: list[tuple[int, int]] = field(default_factory=list)  # (offset, a year whose plan or budget is adjusted)
    issued: date | None = None  # the latest day a cited document was issued (a day cannot precede it)

    def in_title(self, offset: int) -> bool:
        return self.title is not None and self.title[0] <= offset < self.title[1]


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _sentence(ta, offset: int) -> tuple[int, int]:
    return ta.sentences[ta.sentence_index(offset)] if ta.sentences else (0, len(ta.text))


def _year_role(ta, ex: Expression, g: Grammar, running: bool) -> str | None:
    """What a written year says about the time of the news.

    "anchor": it can date the news; "reviewed": a year the gathering reviews, closes or
    ranks ("tổng kết công tác năm 2020", "Chỉ số PCI năm 2021"); None: a span, a horizon or
    a comparison ("đến năm 2030", "so với năm 2020"). ``running``: the title names an index
    published within the year it measures, whose years are the time of the news.
    """
    if ex.y is None or ex.is_range or ex.year_inherited or ex.relative is not None:
        return None
    if ex.granularity != "year":
        return "anchor"
    text = ta.text
    if g.not_anchor_before.search(text, max(0, ex.start - 25), ex.start):
        return None  # "đến năm 2030", "so với năm 2020"
    # "Chỉ số PCI năm 2021": an assessment word earlier in the same written sentence (scraped
    # text breaks sentences across lines, so the sentence is read back to its full stop).
    back = max(0, ex.start - _SENTENCE_BACK)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, back, ex.start)]
    if not running and g.assessed_year.search(text, stops[-1] if stops else back, ex.start):
        return "reviewed"
    # "tổng kết công tác năm 2020" (close before, in one clause), not "tổng kết năm 2020 và
    # triển khai nhiệm vụ năm 2021" for the second year.
    near = max(0, ex.start - _REVIEW_REACH)
    if stops and stops[-1] > near:
        near = stops[-1]
    hits = list(g.review_year.finditer(text, near, ex.start))
    if hits and not running and not g.plan_year.search(text, hits[-1].end(), ex.start) \
            and ";" not in text[hits[-1].end():ex.start]:
        return "reviewed"
    return "anchor"


_REVIEW_REACH = 60
_IN_YEAR_REACH = 100
_ISSUED_REACH = 80
# A day in a clause citing a document is its issue date (context.cited_document in date_rules.yaml).


_SENTENCE_BACK = 300
_SENTENCE_END = regex.compile(r"[.!?…](?=\s)|\n[^\S\n]*\n")


def year_context(ta) -> YearContext:
    cached = ta.__dict__.get("_year_context")
    if cached is not None:
        return cached
    g = grammar()
    text = ta.text
    title = None
    if ta.article.title:
        at = text.find(ta.article.title)
        if at >= 0:
            title = (at, at + len(ta.article.title))
    ctx = YearContext(published=_published(ta.article.published), title=title)
    terms = set()
    running = bool(title and g.running_index.search(text, title[0], title[1]))
    for ex in expressions(ta):
        role = _year_role(ta, ex, g, running)
        if role == "anchor":
            ctx.anchors.append((ex.start, ex.y))
            if ex.granularity == "year":
                hits = list(g.in_year.finditer(text, max(0, ex.start - _IN_YEAR_REACH), ex.start))
                if hits and not regex.search(r"[;.\n]", text[hits[-1].end():ex.start]):
                    ctx.in_year.append((ex.start, ex.y))  # "điều chỉnh dự toán ngân sách năm 2023"
        elif role == "reviewed":
            ctx.reviewed.append((ex.start, ex.y))
        if ex.granularity == "day" and ex.y is not None and not ex.is_range and not ex.year_inherited \
                and ex.m is not None and ex.d is not None and is_valid_day(ex.d, ex.m, ex.y) \
                and g.cited_before.search(text, max(0, ex.start - _ISSUED_REACH), ex.start) \
                and not g.effect_before.search(text, max(0, ex.start - 20), ex.start):
            day = date(ex.y, ex.m, ex.d)
            if ctx.issued is None or day > ctx.issued:
                ctx.issued = day
        if ex.is_range and ex.granularity == "year" and ex.period and fold(ex.period) in g.term_words:
            terms.add((ex.y, ex.y2))
    ctx.term_starts = [(mt.start(), int(mt.group("y"))) for mt in g.term_start.finditer(text)]
    shared = sorted(b for a, b in terms if any(a2 == b for a2, _b2 in terms))
    ctx.handover = shared[-1] if shared else None
    ta.__dict__["_year_context"] = ctx
    return ctx


def _nearest_to(published: date, month: int | None, day: int | None) -> int:
    """The year that puts month/day nearest to the publication date (ties: its own year)."""
    if month is None or not 1 <= month <= 12:
        return published.year
    best, best_gap = published.year, None
    for y in (published.year, published.year - 1, published.year + 1):
        d = min(day or 15, calendar.monthrange(y, month)[1])
        gap = abs((date(y, month, d) - published).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def context_year(ta, offset: int, month: int | None = None, day: int | None = None) -> tuple[int | None, str | None]:
    """The year of a date written without one at ``offset``, and the name of the step that gave it.

    ``offset`` is where the expression starts (its cue word included); ``month`` and ``day``
    let the article's date pick between adjacent years. The steps, in order, are listed in
    the module docstring. Returns ``(None, None)`` when the text fixes no year.
    """
    text = ta.text
    g = grammar()
    cite = g.citation_before.search(text, max(0, offset - 60), offset)
    if cite:
        return int(cite.group("y")), "citation"
    ctx = year_context(ta)
    if ctx.published:
        return _nearest_to(ctx.published, month, day), "published"
    s, e = _sentence(ta, offset)
    reviewed_here = [y for at, y in ctx.reviewed if s <= at < e]
    if reviewed_here and month is not None:
        return _after_review(max(reviewed_here), month), "review"
    near = [(abs(at - offset), at > offset, y) for at, y in ctx.anchors if s <= at < e and at != offset]
    if near:
        return min(near)[2], "sentence"
    in_title = [y for at, y in ctx.anchors if ctx.in_title(at)]
    if in_title:
        return max(in_title), "title"
    for at, y in ctx.term_starts:
        if ctx.in_title(at) or s <= at < e:
            return y, "term_start"
    if ctx.reviewed and month is not None:
        return _not_before_issued(ctx, _after_review(max(y for _at, y in ctx.reviewed), month), "review", month, day)
    if ctx.handover is not None:
        return ctx.handover, "term_handover"
    if ctx.in_year:
        return max(y for _at, y in ctx.in_year), "in_year"
    if ctx.anchors:
        return _not_before_issued(ctx, max(y for _at, y in ctx.anchors), "article", month, day)
    return None, None


def _not_before_issued(ctx: YearContext, year: int, step: str, month: int | None, day: int | None):
    """A day cannot precede a document the text says was already issued: the first such year."""
    bound = ctx.issued
    if bound is None or month is None or not 1 <= month <= 12:
        return year, step
    if (year, month, day or 1) >= (bound.year, bound.month, bound.day):
        return year, step
    return bound.year + (1 if (month, day or 1) < (bound.month, bound.day) else 0), "after_document"


_LATE_IN_YEAR = 10  # a review of year N held from October on is in N; earlier months are N+1


def _after_review(year: int, month: int) -> int:
    """The year of a gathering that reviews, closes or ranks ``year``, held in ``month``."""
    return year if month >= _LATE_IN_YEAR else year + 1


# ---------------------------------------------------------------- facts


def _iso(gran: str, y: int, ex_m: int | None, ex_d: int | None, q: int | None, h: int | None) -> str:
    if gran == "day":
        return f"{y:04d}-{ex_m:02d}-{ex_d:02d}"
    if gran == "month":
        return f"{y:04d}-{ex_m:02d}"
    if gran == "quarter":
        return f"{y:04d}-Q{q}"
    if gran == "half":
        return f"{y:04d}-H{h}"
    return f"{y:04d}"


def _unanchored(gran: str, m: int | None, d: int | None, q: int | None, h: int | None) -> str:
    return "XXXX" + _iso(gran, 0, m, d, q, h)[4:]


def _relative_value(words: str, published: date, gran: str) -> str | None:
    """dateparser on the isolated words ("hôm qua", "tháng trước"), counted from the page's date."""
    import dateparser
    from datetime import datetime

    got = dateparser.parse(words, languages=["vi"],
                           settings={"RELATIVE_BASE": datetime(published.year, published.month, published.day)})
    if got is None:
        return None
    return got.date().isoformat() if gran == "day" else got.strftime("%Y-%m")


def _relative_fact(ta, ex: Expression) -> list[Fact]:
    """A day or month counted from the page's own date; no fact when the page gives none."""
    published = _published(ta.article.published)
    value = _relative_value(ex.relative, published, ex.granularity) if published else None
    if value is None:
        return []
    fields = {"value": value, "end_value": None, "granularity": ex.granularity, "year_source": "context",
              "year_from": "relative", "valid": True, "part_of_day": ex.part_of_day, "timex": value}
    return [Fact("date", ta.span(ex.start, ex.end), "date", 0.9, ex.rule, fields)]


def _facts_of(ta, ex: Expression, g: Grammar) -> list[Fact]:
    if ex.relative is not None:
        return _relative_fact(ta, ex)
    gran = ex.granularity
    y, y_end = ex.y, ex.y2
    m, d = ex.m, ex.d
    m2, d2 = ex.m2, ex.d2
    if ex.is_range or ex.is_list:
        m = m if m is not None else m2
        y = y if y is not None else y_end
    explicit = y is not None
    year_from = None
    if ex.year_inherited:
        year_from = "list"
    if y is None:
        y, year_from = context_year(ta, ex.start, m if gran in ("day", "month") else None,
                                    d if gran == "day" else None)
        if y is not None and ex.rel is not None:
            y += ex.rel
    if (ex.is_range or ex.is_list) and y_end is None and y is not None and gran == "day":
        y_end = y
        if (m2, d2) < (m, d):
            y_end += 1  # "từ 28/12 đến 5/1"
    if ex.rel is not None and ex.y is None and y is None and ta.article.published is None:
        return []  # "năm nay" with nothing to anchor it is not worth a fact
    starts = [(d, m, y)]
    ends = [(d2, m2, y_end)] if (ex.is_range and gran == "day") else [None]
    if ex.is_list:
        starts, ends = [(d, m, y), (d2, m2, y_end)], [None, None]
    elif ex.is_range and gran == "year":
        ends = [(None, None, y_end)]
    facts = []
    span = ta.span(ex.start, ex.end)
    for (sd, sm, sy), end in zip(starts, ends):
        valid = True
        value = timex = None
        if sy is not None:
            value = _iso(gran, sy, sm, sd, ex.q, ex.h)
            if gran == "day":
                valid = is_valid_day(sd, sm, sy)
        else:
            timex = _unanchored(gran, sm, sd, ex.q, ex.h)
        end_value = None
        if end is not None:
            ed, em, ey = end
            if ey is not None:
                end_value = _iso(gran, ey, em, ed, ex.q, ex.h)
                if gran == "day":
                    valid = valid and is_valid_day(ed, em, ey)
            elif timex:
                timex += "/" + _unanchored(gran, em, ed, ex.q, ex.h)
        if value and end_value:
            timex = f"{value}/{end_value}"
        fields = {
            "value": value,
            "end_value": end_value,
            "granularity": gran,
            "year_source": ("explicit" if explicit else "context") if sy is not None else None,
            "year_from": year_from if sy is not None else None,
            "valid": valid,
            "part_of_day": ex.part_of_day,
            "timex": timex or value,
        }
        if not explicit and sy is not None:
            confidence = 0.9 if year_from in ("published", "citation") else 0.75
        else:
            confidence = 0.97 if explicit else 0.6
        facts.append(Fact("date", span, "date", confidence, ex.rule, fields))
        if not valid:
            ta.warn("invalid_date", ex.start, ex.end,
                    f"{span.text.strip()} reads as {value}{'/' + end_value if end_value else ''}, "
                    f"a day that does not exist")
        elif ex.weekday and value and gran == "day" and not ex.is_range:
            want = g.weekday_index.get(fold(ex.weekday))
            got = date(sy, sm, sd).weekday()
            if want is not None and want != got:
                ta.warn("weekday_mismatch", ex.start, ex.end,
                        f"{span.text.strip()}: {value} is a {calendar.day_name[got]}, not {ex.weekday}")
    return facts


@register("date")
def extract_dates(ta) -> None:
    """Add a ``date`` fact for every time expression in the article (see the module docstring)."""
    g = grammar()
    for ex in expressions(ta):
        ta.facts.extend(_facts_of(ta, ex, g))


def cites_document(line: str) -> bool:
    """Does this line cite a document ("Quyết định số 1234/QĐ-UBND …")? Its day is then no page date."""
    return bool(grammar().cited_in.search(line))


def page_date_candidates(line: str) -> list[str]:
    """The words of every page-date form (rules named ``page_date_*``) on one line, for the reader."""
    out = []
    for rule in grammar().rules:
        if rule.name.startswith("page_date"):
            for mt in rule.regex.finditer(line):
                out.append(mt.group(0))
    return out


def date_fact_overlaps(ta, start: int, end: int) -> Fact | None:
    """The ``date`` fact overlapping ``[start, end)``, if the date extractor ran and read one."""
    for f in ta.facts:
        if f.kind == "date" and f.span.start < end and start < f.span.end:
            return f
    return None
