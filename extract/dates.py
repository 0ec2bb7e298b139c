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
* lists ...... "dịp 30/4 và 1/5", "ngày 24 và 25/6/2024", "ngày 12, 13 và 14/3" → one fact per day
* two-digit years after a cue: "Ngày 12/3/23" → 2023-03-12

A coarse expression keeps its own granularity: it is never filled in to a day.

**A day and month without a year** ("2/9") is a date only after a cue word ("ngày",
"mùng": ``day_cues``) or a signal ("dịp 30/4", "đến 15/7", "từ ngày 1/7": ``day_signals``,
kept out of the span), a part of day ("Sáng 29/7") or a weekday, in brackets ("(05/9)"),
when it continues a list of dates ("30/4 và 1/5"), or alone on its line (a dateline).
Otherwise it is a rank or a ratio and is not read: "xếp thứ 07/18", "vị thứ 2/9", "xếp hạng
25/63", "80,28/100". A D/M followed by a counted noun ("5/9 đơn vị": ``ratio_nouns``) is a
ratio even after a cue. Also never read: "79,08%", "2,30 điểm", "03 năm", "18.619.718",
"2370/QĐ-UBND", "15/2020/NĐ-CP", "TCVN ISO 18091:2020", times "11:06", a bare year ("PAPI
2021"), lunar days ("ngày 15 tháng 7 âm lịch", "mùng 5 tháng Giêng": no calendar day). A holiday
named right before its D/M ("Quốc khánh 2-9", "Cách mạng Tháng Tám 19/8": ``holidays``) or "ngày"
and the name of the day ("ngày tựu trường 28/8") reads it as a day.

**The year of a date written without one** comes from :func:`context_year`, the single
place for that rule (``document_refs`` uses it for citation dates too):

1. ``citation``: the year of the document number just before it ("15/2020/NĐ-CP ngày 5/3");
2. ``published``: the article's own date, taking the year that puts the day nearest to it
   (a "28/12" in an article of 5/1/2024 is 2023-12-28); a deadline or a planned day
   ("trước ngày 31/12", "dự kiến ngày 20/12": ``ahead_words``) takes the page's year when that
   is still to come;
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
   ``school_year``, after ``term_start``: "năm học 2023-2024" in the title or the sentence gives
   2023 to a day from July to December, 2024 to one from January to June (``school_year_words``;
   anywhere in the text after ``term_article``);
   a year the review plans ("tổng kết năm 2023, triển khai nhiệm vụ năm 2024") dates nothing;
7. ``in_year``: a year whose plan or budget the text adjusts ("điều chỉnh dự toán … năm 2023":
   ``in_year_words``), which happens within that year;
8. ``article``: the latest written year in the article (news reports an event no earlier
   than the dated things it cites), not counting the issue dates of cited documents: an issue
   date is only a bound ("Theo Quyết định số 702/QĐ-UBND ngày 26-6-2023" leaves a "Ngày 18/9"
   of that text without a year); with ``review`` or ``article``, never before the latest issue
   date (``after_document``: the first such day);
9. ``term_article``: else the first year of a term whose congress or first session the title
   or the lead names, or a sentence below opens on ("Tại Đại hội …"): the article's event, and
   the meeting that prepared it the day before; never before an issue date. Named only further
   down it is background ("thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020-2025") and dates nothing;
10. else no year: ``value`` is null and ``timex`` says "XXXX-06-09" (the day is still a fact).

A written year dates the news in steps 3, 4 and 7 unless it is a span ("2021-2025"), a
horizon or a comparison ("đến năm 2030", "so với năm 2020": ``not_anchor_before``) or the
year an index assessed ("Chỉ số PCI năm 2021" is published in 2022: ``assessed_year_words``);
a plain year in the clause of a numbered document ("Quyết định số 702/QĐ-UBND … công bố Chỉ
số … năm 2022": ``numbered_document``) is what the document is about and is neither.

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
from datetime import date

from .date_grammar import Expression, Grammar, expressions, grammar, is_valid_day
from .date_year import context_year, published_day
from .model import Fact
from .registry import register
from .text import fold

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
    published = published_day(ta.article.published)
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
        starts = [(d, m, y)] + [(md, m2, y_end) for md in ex.mids] + [(d2, m2, y_end)]
        ends = [None] * len(starts)
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


@register("date", requires=("text",), assigns=("date",))
def extract_dates(ta) -> None:
    """Add a ``date`` fact for every time expression in the article (see the module docstring)."""
    g = grammar()
    for ex in expressions(ta):
        ta.facts.extend(_facts_of(ta, ex, g))


def date_fact_overlaps(ta, start: int, end: int) -> Fact | None:
    """The ``date`` fact overlapping ``[start, end)``, if the date extractor ran and read one."""
    for f in ta.facts:
        if f.kind == "date" and f.span.start < end and start < f.span.end:
            return f
    return None
