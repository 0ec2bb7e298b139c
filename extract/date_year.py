"""The year of a date written without one, from the whole article (the steps are listed in
:mod:`extract.dates`): :func:`context_year` is the one place of that rule, and citations
(``document_refs``) use it too."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

import regex

from .date_grammar import Expression, Grammar, expressions, grammar, is_valid_day
from .rule_starts import finditer
from .text import fold

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
    issue_dates: set = field(default_factory=set)  # offsets of anchors that are only a cited document's issue date
    school_years: list[tuple[int, int]] = field(default_factory=list)  # (offset, first year of "năm học 2023-2024")

    def in_title(self, offset: int) -> bool:
        return self.title is not None and self.title[0] <= offset < self.title[1]


def published_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _lead_end(text: str, ctx: YearContext) -> int:
    """Where the lead paragraph ends: a congress the article reports is named in its title or
    lead (or taken up again, ``term_here_openers``); one named only further down ("thực hiện
    Nghị quyết Đại hội … nhiệm kỳ 2020-2025") is background and dates nothing."""
    start = ctx.title[1] if ctx.title else 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _sentence(ta, offset: int) -> tuple[int, int]:
    return ta.sentences[ta.sentence_index(offset)] if ta.sentences else (0, len(ta.text))


def _year_role(ta, ex: Expression, g: Grammar, running: bool) -> str | None:
    """What a written year says about the time of the news.

    "anchor": it can date the news; "reviewed": a year the gathering reviews, closes or
    ranks ("tổng kết công tác năm 2020", "Chỉ số PCI năm 2021"); None: a span, a horizon or
    a comparison ("đến năm 2030", "so với năm 2020"). ``running``: the title names an index
    published within the year it measures, whose years are the time of the news.
    """
    if ex.granularity == "day" and ex.is_range and (ex.y or ex.y2):
        return "anchor"  # "từ ngày 4/3 đến ngày 8/3/2024", "(3/2/1930 - 3/2/2025)": its later end
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
    stops = [m.end() for m in g.sentence_end.finditer(text, back, ex.start)]
    clause = stops[-1] if stops else back
    if g.numbered_before.search(text, max(clause, ex.start - _SUBJECT_REACH), ex.start):
        return None  # "Quyết định số 702/QĐ-UBND … công bố Chỉ số … năm 2022": the document's subject
    assessed = None if running else g.assessed_year.search(text, clause, ex.start)
    if assessed and not g.improve_before_assessed.search(text, clause, assessed.start()):
        return "reviewed"
    # "tổng kết công tác năm 2020" (close before, in one clause), not "tổng kết năm 2020 và
    # triển khai nhiệm vụ năm 2021" for the second year.
    near = max(0, ex.start - _REVIEW_REACH)
    if stops and stops[-1] > near:
        near = stops[-1]
    hits = list(g.review_year.finditer(text, near, ex.start))
    if hits and not running and ";" not in text[hits[-1].end():ex.start]:
        plan = g.plan_year.search(text, hits[-1].end(), ex.start)
        if plan and not text[hits[-1].end():plan.start()].strip():
            plan = g.plan_year.search(text, plan.end(), ex.start)  # "đánh giá kết quả thực hiện nhiệm vụ": reviewed
        if not plan:
            return "reviewed"
        if g.written_year.search(text, hits[-1].end(), plan.start()):
            return None  # "tổng kết năm 2023, triển khai nhiệm vụ năm 2024": the year the review plans
    return "anchor"


_REVIEW_REACH = 60
_SUBJECT_REACH = 160  # a plain year this close after a cited document, in its clause, is what it is about
_IN_YEAR_REACH = 100
_ISSUED_REACH = 80
# A day in a clause citing a document is its issue date (context.cited_document in date_rules.yaml).


_SENTENCE_BACK = 300


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
    ctx = YearContext(published=published_day(ta.article.published), title=title)
    terms = set()
    running = bool(title and g.running_index.search(text, title[0], title[1]))
    previous_day_end = 0
    for ex in expressions(ta):
        role = _year_role(ta, ex, g, running)
        if role == "anchor":
            ctx.anchors.append((ex.start, ex.y2 or ex.y if ex.is_range else ex.y))
            if ex.granularity == "year":
                hits = list(g.in_year.finditer(text, max(0, ex.start - _IN_YEAR_REACH), ex.start))
                if hits and not regex.search(r"[;.\n]", text[hits[-1].end():ex.start]):
                    ctx.in_year.append((ex.start, ex.y))  # "điều chỉnh dự toán ngân sách năm 2023"
        elif role == "reviewed":
            ctx.reviewed.append((ex.start, ex.y))
        day = _issue_date(text, ex, g, previous_day_end)
        if day is not None:
            ctx.issue_dates.add(ex.start)
            if ctx.issued is None or day > ctx.issued:
                ctx.issued = day
        if ex.granularity == "day":
            previous_day_end = ex.end
        if ex.is_range and ex.granularity == "year" and ex.period and fold(ex.period) in g.term_words:
            terms.add((ex.y, ex.y2))
        if ex.is_range and ex.granularity == "year" and ex.period and fold(ex.period) in g.school_year_words \
                and ex.y2 == ex.y + 1:
            ctx.school_years.append((ex.start, ex.y))
    ctx.term_starts = [(mt.start(), int(mt.group("y"))) for mt in finditer(g.term_start, text)]
    shared = sorted(b for a, b in terms if any(a2 == b for a2, _b2 in terms))
    ctx.handover = shared[-1] if shared else None
    ta.__dict__["_year_context"] = ctx
    return ctx


def _issue_date(text: str, ex: Expression, g: Grammar, after: int) -> date | None:
    """The day a document cited just before it was issued ("Kế hoạch số 17/KH-UBND ngày 20/9/2022").

    The document's words must follow any earlier day: in "Nghị quyết ngày 15/3/2016 và kết quả
    hội nghị ngày 14/3/2017" the second day is a meeting's, not an issue date.
    """
    if ex.granularity != "day" or ex.y is None or ex.is_range or ex.year_inherited \
            or ex.m is None or ex.d is None or not is_valid_day(ex.d, ex.m, ex.y):
        return None
    if not g.cited_before.search(text, max(after, ex.start - _ISSUED_REACH), ex.start) \
            or g.effect_before.search(text, max(0, ex.start - 20), ex.start):
        return None
    return date(ex.y, ex.m, ex.d)


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
        if g.ahead_before.search(text, max(0, offset - 25), offset):
            return _ahead_of(ctx.published, month, day), "published"
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
    for at, y in ctx.school_years:
        if (ctx.in_title(at) or s <= at < e) and month is not None:
            return _in_school_year(y, month), "school_year"
    if ctx.reviewed and month is not None:
        return _not_before_issued(ctx, _after_review(max(y for _at, y in ctx.reviewed), month), "review", month, day)
    if ctx.handover is not None:
        return ctx.handover, "term_handover"
    if ctx.in_year:
        return max(y for _at, y in ctx.in_year), "in_year"
    dated = [y for at, y in ctx.anchors if at not in ctx.issue_dates]  # an issue date is a bound, not a year
    if dated:
        return _not_before_issued(ctx, max(dated), "article", month, day)
    lead_end = _lead_end(text, ctx) if ctx.term_starts else 0
    lead = [y for at, y in ctx.term_starts
            if ctx.in_title(at) or at < lead_end or g.term_here_before.search(text, max(0, at - 12), at)]
    if lead:  # the congress or first session the article reports: its title or lead names it
        return _not_before_issued(ctx, lead[0], "term_article", month, day)
    if ctx.school_years and month is not None:
        return _not_before_issued(ctx, _in_school_year(ctx.school_years[0][1], month), "school_year", month, day)
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


_SCHOOL_YEAR_OPENS = 7  # "năm học 2023-2024": July–December in 2023 (preparing, opening), January–June in 2024


def _in_school_year(first: int, month: int) -> int:
    return first if month >= _SCHOOL_YEAR_OPENS else first + 1


def _ahead_of(published: date, month: int | None, day: int | None) -> int:
    """A deadline or a planned day ("hoàn thành trước ngày 31/12"): the page's year when that
    puts it on or after the page's date, else the year nearest to the page."""
    if month is not None and 1 <= month <= 12:
        d = min(day or 1, calendar.monthrange(published.year, month)[1])
        if date(published.year, month, d) >= published:
            return published.year
    return _nearest_to(published, month, day)
