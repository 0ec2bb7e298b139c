"""The meeting's day: which date facts may be a meeting's day at all, the day a report gives,
a day that only names an earlier meeting, and the day a dateline lead gives a meeting no
sentence of its own dates.
"""
from __future__ import annotations

import datetime

import regex

from .article import TokenizedArticle
from .meeting_context import Context, in_doc
from .meeting_lexicon import Lexicon
from .meeting_units import Unit, stretch
from .model import Fact
from .rule_starts import finditer


def meeting_days(ta: TokenizedArticle, lex: Lexicon, docs: list) -> list[Fact]:
    """The date facts that may be a meeting's day, in text order: days outside cited documents,
    not a start date or a deadline ("có hiệu lực từ ngày …"), and not the day of an earlier event
    named as background ("… tại phiên tiếp công dân trước (ngày 15/7/2024)")."""
    text = ta.text
    dates = [d for d in ta.of_kind("date")
             if d.get("granularity") == "day" and day_key(d) and not in_doc(d.span.start, docs)
             and not lex.not_meeting_day.search(text, max(0, d.span.start - 30), d.span.start)
             and not _anniversary(d)]
    previous = [p.end() for m in finditer(lex.event_re, text) if (p := lex.previous_after.match(text, m.end()))]
    dates = [d for d in dates if not any(
        pe <= d.span.start <= pe + 12 and regex.fullmatch(r"[\s(\[,:\-–]*(?:vào\s+)?", text[pe:d.span.start])
        for pe in previous)]
    dates.sort(key=lambda d: d.span.start)
    return dates


def _anniversary(d: Fact) -> bool:
    """A span of years between two days ("(21/6/1925 - 21/6/2024)", "24/3/1975 - 24/3/2025"): the
    day commemorated and its anniversary, never the day of a meeting (a meeting over a range is
    dated by its first day, but no meeting lasts a year)."""
    try:
        return (datetime.date.fromisoformat(d.get("end_value") or "")
                - datetime.date.fromisoformat(d.get("value") or "")).days >= 365
    except ValueError:  # no end, or a day as written that cannot exist
        return False


def _bracketed(text: str, u: Unit, d: Fact) -> bool:
    """The day stands inside brackets opened in the unit: "(tức ngày 15/5 âm lịch)", "(từ ngày
    15/6 đến ngày 22/6)"."""
    opened = text.rfind("(", u.start, d.span.start)
    return opened >= 0 and ")" not in text[opened:d.span.start]


def day_in_unit(ctx: Context, u: Unit, anchor: int) -> tuple[Fact | None, object]:
    """The day of the report: the nearest date fact before the anchor (else after) in the unit.
    A day in brackets after another day explains something else ("Sáng 20/6, trong khuôn khổ
    Tuần lễ (từ ngày 15/6 đến ngày 22/6), UBND huyện tổ chức …"): the day before it is the report's."""
    cands = [d for d in ctx.dates if u.start <= d.span.start < u.end]
    before = _glossed_today([d for d in cands if d.span.start <= anchor], ctx)
    before = before[:1] + [d for d in before[1:] if not _bracketed(ctx.ta.text, u, d)]
    # a day after the report in a clause of the future is another, planned event's: "Bế mạc kỳ
    # họp, đ/c X đề nghị chuẩn bị kỳ họp cuối năm, dự kiến diễn ra từ ngày 18/12"
    after = [d for d in cands if d.span.start > anchor
             and not ctx.lex.future.search(ctx.ta.text, anchor, d.span.start)]
    pick = first_of_sequence(ctx, cands, before[-1]) if before else (after[0] if after else None)
    if pick is None:
        pick = page_day(ctx, u, anchor)
    return (pick, day_key(pick)) if pick is not None else (None, None)


def _glossed_today(before: list, ctx: Context) -> list:
    """"Sáng nay (20/6), …", "Hôm nay (thứ Năm, 20/6)": the day in brackets says which day "today" is,
    and is the report's day, whatever the page's date line says."""
    text = ctx.ta.text
    if len(before) >= 2 and ctx.lex.today.fullmatch(text, before[0].span.start, before[0].span.end) \
            and regex.fullmatch(r"\s*\(\s*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?", text[before[0].span.end:before[1].span.start],
                                regex.IGNORECASE):
        return before[1:]
    return before


def page_day(ctx: Context, u: Unit, anchor: int) -> Fact | None:
    """"Sáng nay, HĐND tỉnh … tổ chức Kỳ họp …" on a page dated 19/07/2022: the day the page
    gives itself (its date line's date fact), when the sentence says "today" before the report."""
    published = (ctx.ta.article.published or "")[:10]
    if len(published) != 10 or not ctx.lex.today.search(ctx.ta.text, u.start, max(u.start, anchor)):
        return None
    return next((d for d in ctx.dates if d.get("value") == published and d.span.start < u.start), None)


def first_of_sequence(ctx: Context, cands: list, pick: Fact) -> Fact:
    """A day given once for a sequence of sessions is the first of them (ANNOTATION.md: a
    multi-day event is dated by its first day, as a range is): "Trong 2 ngày 12 và 13/6" (one
    written span, two day facts), "ngày 12/6 và 13/6", "ngày 12, 13/6"."""
    text = ctx.ta.text
    i = cands.index(pick)
    while i > 0 and (cands[i - 1].span.start == cands[i].span.start or (
            cands[i - 1].span.end <= cands[i].span.start
            and stretch("sequence_gap").fullmatch(text, cands[i - 1].span.end, cands[i].span.start))):
        i -= 1
    return cands[i]


def opens_same_day(ctx: Context, u: Unit) -> bool:
    """The sentence opens on the day of the meeting just reported ("Cùng ngày, …", "Chiều
    cùng ngày, …", "Trước đó, sáng cùng ngày, …"; "Cũng trong ngày 20/6" is dated by itself): a
    meeting it reports as held by a body is another meeting, on that day."""
    text, lex = ctx.ta.text, ctx.lex
    start = u.start
    pointer = lex.background_opener.match(text, u.start, u.end)  # "Trước đó, sáng cùng ngày, …"
    if pointer and regex.match(r"\s*,", text[pointer.end():u.end]):
        start = pointer.end() + text[pointer.end():u.end].index(",") + 1
    return bool(lex.same_day_opener.match(text, start, u.end))


def opens_another(ctx: Context, u: Unit, date: Fact | None) -> bool:
    """The sentence opens on the day of a meeting with a "cũng" ("Cũng trong chiều 20/6, …", "Cũng vào sáng
    20/6, …"): with no day of its own, on the day of the meeting just reported ("Chiều cùng ngày, …"); a
    meeting reported in it is another one."""
    if date is None:
        return opens_same_day(ctx, u)
    m = ctx.lex.also_day_opener.match(ctx.ta.text, u.start, u.end)
    return bool(m) and date.span.start <= m.end() <= date.span.end


def after_page_date(ctx: Context, date: Fact | None) -> bool:
    """The day follows the page's own date: no meeting on it can have been held when the page
    was written, so it is announced or scheduled ("Lịch công tác tuần … Thứ Hai (24/6): … chủ
    trì họp …", "Ngày 28/6, UBND huyện tổ chức hội nghị …" on a page of 21/6)."""
    published = (ctx.ta.article.published or "")[:10]
    value = (date.get("value") or "") if date is not None else ""
    return len(published) == 10 and len(value) == 10 and value > published


def day_key(date: Fact) -> tuple[str | None, str] | None:
    """(year or None, "MM-DD") of a day fact; a day written without a year has no value but a
    timex ("XXXX-09-01"), so "Ngày 1/9" still tells one meeting from another."""
    value = date.get("value")
    if value and len(value) == 10:
        return value[:4], value[5:]
    timex = date.get("timex") or ""
    if len(timex) == 10 and timex[5:7].isdigit():
        return None, timex[5:]
    return None


def same_day(a, b) -> bool:
    """Same month and day, and the same year unless one of them has none."""
    if a is None or b is None:
        return False
    return a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])


def day_names_event(ctx: Context, event_end: int, date: Fact) -> bool:
    """The day is part of the event's name: "tại phiên họp ngày 12/7/2024", "Hội nghị Ban
    Thường vụ ngày 26/9/2023 đã thống nhất", "Kỳ họp thứ 9 (ngày 5/12)" — a reference point
    unless the article reports no other meeting."""
    text = ctx.ta.text
    if date.span.start < event_end:
        return False
    gap = text[event_end:date.span.start]
    bracketed = gap.rstrip().endswith("(")
    if regex.search(r"(?<!\w)vào\s*$", gap, regex.IGNORECASE):
        return False  # "chủ trì hội nghị vào ngày 12/3": a time, not a name
    return len(gap) <= 80 and not regex.search(r"[.;:!?]", gap) and (bracketed or "," not in gap) \
        and not ctx.lex.held_after.search(gap)


def lead_day(ctx: Context, meetings: list) -> tuple[object, Fact | None]:
    """The meeting a dateline lead dates though no event word there frames it: "Sáng 21/8, lãnh
    đạo huyện … rà soát tiến độ … Dưới sự chủ trì của ông X, …". The first meeting, reported
    within two sentences after a lead that opens with a day no meeting has, takes that day. A
    meeting the article reports only in passing (``Meeting.fallback``: "Tại hội nghị, …", a
    caption) takes the day the lead, else the headline, opens with, wherever it is reported; a
    meeting reported in the lead or the two sentences after it, with no day there, takes the day
    the headline opens with ("Sáng 20/6, huyện … tổ chức hội nghị …" over "… vừa tổ chức …")."""
    if not meetings or any(r.date is not None for r in meetings[0].reports if not r.unit.is_title):
        return None, None
    fallback = meetings[0].fallback
    title = next((u for u in ctx.units if u.is_title), None)
    lead = next((u for u in ctx.units if u.is_lead), None)
    for u in (lead, title):
        date = opening_day(ctx, u)
        if date is None:
            continue
        first = min((r.unit.index for r in meetings[0].reports if not r.unit.is_title), default=None)
        if first is None or any(same_day(r.day_key, day_key(date)) for m in meetings for r in m.reports
                                if not r.unit.is_title):
            return None, None
        if fallback and (u is title or first >= u.index) or lead.index < first <= lead.index + 2:
            return meetings[0], date
        if u is title and lead is not None and first <= lead.index + 2:
            return meetings[0], date  # "Ngày 20/6: Huyện … sơ kết …" over "UBND huyện vừa tổ chức hội nghị …"
        return None, None
    return None, None


def opening_day(ctx: Context, u: Unit | None) -> Fact | None:
    """The day a sentence opens with ("Sáng 21/8, …", "Vào chiều ngày 5/6 …"), unless it is a plan;
    a headline also gives it in brackets at its end ("Tân Mỹ tổng kết công tác dân vận (20/6)")."""
    text, lex = ctx.ta.text, ctx.lex
    if u is None:
        return None
    days = [d for d in ctx.dates if u.start <= d.span.start < u.end]
    if not days or lex.future.search(text, u.start, u.end):
        return None
    date = days[0]
    if u.is_title and stretch("headline_day_close").fullmatch(text, days[-1].span.end, u.end) \
            and stretch("headline_day_open").search(text, u.start, days[-1].span.start):
        date = days[-1]
    elif not lex.lead_opening.fullmatch(text, u.start, date.span.start):
        return None  # not "Sáng 21/8, …" but a day inside the sentence
    return date if date.get("value") else None
