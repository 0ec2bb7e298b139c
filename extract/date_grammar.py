"""The day grammar: time expressions found by the named rules of ``patterns/date_rules.yaml``
(words in ``date_words.yaml``), the day forms citations share ("ngày 19/8/2021"), and the
page-date forms the reader looks for.  See :mod:`extract.dates` for what is read and why.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache

import regex

from govfacts.patterns import alternation

from .grammar import Rule, rule_set
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
class Grammar:
    rules: tuple[Rule, ...]
    continuation: regex.Pattern
    continuation_name: str
    ratio_after: regex.Pattern
    citation_before: regex.Pattern
    written_year: regex.Pattern  # a year in digits, 19xx or 20xx
    sentence_end: regex.Pattern  # a written sentence's end, line breaks inside it not counted
    term_start: regex.Pattern
    term_words: frozenset
    not_anchor_before: regex.Pattern
    assessed_year: regex.Pattern
    relative_day_short: dict
    improve_before_assessed: regex.Pattern
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
    numbered_before: regex.Pattern
    effect_before: regex.Pattern
    school_year_words: frozenset
    ahead_before: regex.Pattern
    term_here_before: regex.Pattern


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    rs = rule_set("date_rules")
    spec, words = rs.spec, rs.lists
    rules = rs.rules  # grammar.Rule: granularity, range, list, cue, relative in its data
    cont = spec["continuation"]
    return Grammar(
        rules=rules,
        continuation=rs.compile(cont["pattern"]),
        continuation_name=cont["name"],
        ratio_after=regex.compile(rf"\s*{alternation(words['ratio_nouns'])}(?!\p{{L}})", regex.IGNORECASE),
        citation_before=rs.compile(spec["context"]["citation_before"]),
        written_year=rs.compile(spec["context"]["written_year"]),
        sentence_end=rs.compile(spec["context"]["sentence_end"]),
        term_start=rs.compile(spec["context"]["term_start"]),
        term_words=frozenset(fold(w) for w in words["term_words"]),
        not_anchor_before=regex.compile(
            rf"(?<!\w){alternation(words['not_anchor_before'])}\s*$", regex.IGNORECASE),
        assessed_year=regex.compile(rf"(?<!\w){alternation(words['assessed_year_words'])}(?!\w)", regex.IGNORECASE),
        improve_before_assessed=regex.compile(
            rf"(?<!\w){alternation(words['improve_before_assessed'])}\s+(?:(?:các|những)\s+)?$", regex.IGNORECASE),
        part_of_day={fold(k): v for k, v in words["part_of_day"].items()},
        relative_day_short={fold(k): v for k, v in words["relative_day_short"].items()},
        weekday_index={fold(k): v for k, v in words["weekday_index"].items()},
        month_names={fold(k): v for k, v in words["month_names"].items()},
        relative_years={fold(k): v for k, v in words["relative_years"].items()},
        quarter={fold(str(k)): v for k, v in spec["normalization"]["quarter"].items()},
        half={fold(k): v for k, v in spec["normalization"]["half"].items()},
        cited_before=rs.compile(spec["context"]["cited_document"] + "$"),
        cited_in=rs.compile(spec["context"]["cited_document"]),
        numbered_before=rs.compile(spec["context"]["numbered_document"]),
        effect_before=rs.compile(spec["context"]["effect_before"]),
        school_year_words=frozenset(fold(w) for w in words["school_year_words"]),
        ahead_before=rs.compile(spec["context"]["ahead_before"]),
        term_here_before=regex.compile(
            rf"(?:^|[\n.!?])\s*{alternation(words['term_here_openers'])}\s+$", regex.IGNORECASE),
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
    mids: tuple = ()  # the middle days of a list of three or more ("ngày 12, 13 và 14/3")

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
    signal = "sig" if gd.get("sig") else "hol" if gd.get("hol") else None
    if signal:  # "dịp 30/4", "Quốc khánh 2/9": the span is the day
        start = lead.end(signal)
        while mt.string[start].isspace():
            start += 1
    granularity, relative = rule.data["granularity"], bool(rule.get("relative"))
    ex = Expression(
        rule=rule.name, start=start, end=mt.end(), granularity=granularity,
        d=_int(gd.get("d")), m=month, y=2000 + int(gd["yy"]) if gd.get("yy") else _int(gd.get("y")),
        q=g.quarter.get(fold(gd["q"])) if gd.get("q") else None,
        h=g.half.get(fold(gd["h"])) if gd.get("h") else None,
        rel=rel, d2=_int(gd.get("d2")), m2=month2, y2=_int(gd.get("y2")),
        is_range=bool(rule.get("range")), is_list=bool(rule.get("list")),
        cue=bool(gd.get("cue") or gd.get("sig") or gd.get("hol") or pod or gd.get("wd") or rule.get("cue") or relative),
        part_of_day=g.part_of_day.get(fold(pod)) if pod else None,
        weekday=gd.get("wd"), period=gd.get("period"),
        relative=g.relative_day_short.get(fold(gd["reld"]), gd["reld"]) if relative and gd.get("reld") else None,
        mids=tuple(int(x) for x in mt.captures("dmid")) if "dmid" in rule.regex.groupindex else (),
    )
    if granularity == "year" and ex.is_range and not (ex.y and ex.y2 and 0 < ex.y2 - ex.y <= 100):
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
        for mt, lead in rule.finditer_with_lead(text):
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


def cites_document(line: str) -> bool:
    """Does this line cite a document ("Quyết định số 1234/QĐ-UBND …")? Its day is then no page date."""
    return bool(grammar().cited_in.search(line))


def page_date_candidates(line: str) -> list[str]:
    """The words of every page-date form (rules named ``page_date_*``) on one line, for the reader."""
    out = []
    for rule in _page_date_rules():
        for mt in rule.regex.finditer(line):
            out.append(mt.group(0))
    return out


@lru_cache(maxsize=None)
def _page_date_rules() -> tuple[Rule, ...]:
    """The page-date rules, in file order (picked once: the reader asks on every header line)."""
    return tuple(rule for rule in grammar().rules if rule.name.startswith("page_date"))
