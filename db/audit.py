"""The citation audit: what articles cite, checked across everything stored, with evidence.

Each rule is one function over the store returning findings; a finding has a level (error,
warning, info), a message, and the citations that show it: article, quoted words, offsets,
sentence.  Rules filter and group with SQL over real columns (``facts.issued_on``,
``date_valid``, ``number_year``, ``type_word``, ``unknown_codes``, filled by db/store.py) and
load only the rows a finding can come from, never the whole store.

===========================  =======  =====================================================
code                         level    reads like
===========================  =======  =====================================================
impossible_date              error    "Chương trình số 21-CTr/HU ngày 31/11/2021"
year_mismatch                error    "Nghị định số 15/2020/NĐ-CP ngày 03/02/2021"
issued_after_article         error    "Quyết định số 77/QĐ-UBND ngày 15/4/2023" on a page
                                      updated 10/03/2023
issued_after_ingest          error    "Quyết định số 88/QĐ-UBND ngày 12/5/2095" in an article
                                      with no date of its own, stored in 2026
conflicting_dates            error    one document cited as of 26/9/2018 here, 29/9/2018 there
conflicting_issuers          warning  "… của Tỉnh ủy Quảng Nam" here, "… của Ban Thường vụ
                                      Tỉnh ủy Quảng Nam" there
conflicting_types            warning  "Luật số 22/2023/QH15" here, "Nghị quyết số
                                      22/2023/QH15" there (numbers without a type code)
type_mismatch                warning  "Quyết định số 1211/KH-UBND"   } the extractor's own
party_code_in_state_form     warning  "Nghị quyết số 04/NQ-TU"       } warnings, reported
meeting_after_article        error    a meeting dated after the page that reports it
meeting_before_period        warning  "Hội nghị tổng kết … năm 2023" held on 12/01/2023
unknown_code                 info     a code outside patterns/, so the lexicon can grow
relation_before_its_document error    } relations between documents (db/relation_audit.py):
replaced_cited_later         warning  } a plan issued before what it carries out, …
contradicting_relations      warning  }
two_holders                  warning  } posts over time (db/posts.py): two chairs of one
contradicted_post            warning  } UBND on one day, chủ tịch and phó chủ tịch at once
===========================  =======  =====================================================

Which citations name one document (the ``conflicting_*`` rules): the same number (case, Đ/D
and spacing folded), the same year (the number's own, else the issue date's; an undated
citation takes the one year its article gives that number), and the same issuer.  Issuers of
the whole country (``national_issuers`` in patterns/audit.yaml: CP, TTg, TW, the ministries)
are one everywhere.  A local issuer (UBND, HĐND, Tỉnh ủy, Huyện ủy …) exists once per place,
so its citations agree only where the place does: the same named place ("UBND tỉnh Quảng
Nam" in two articles), or within one article a place left unnamed ("UBND tỉnh" beside "UBND
tỉnh Quảng Nam"; but not "UBND huyện").  Two provinces' "12/KH-UBND" are two documents.
"""
from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import regex
from sqlalchemy import String, and_, cast, distinct, func, or_, select
from sqlalchemy.orm import Session

from govfacts.patterns import alternation, load

from .issuers import code_key, is_national, issuer_lexicon, issuer_parts, type_class  # noqa: F401 (re-exported)
from .findings import EVIDENCE, LEVELS, Evidence, Finding, at_or_above, evidence, show_date  # noqa: F401 (re-exported)
from .models import ArticleRow, DocumentRow, FactRow, WarningRow
from .posts import post_findings
from .relation_audit import relation_findings
from .store import Store

# The extractor's warnings about citations that the audit reports as they are (one place for
# each rule: extract/document_refs.py decides them).  Impossible dates come from the facts.
EXTRACTOR_WARNINGS = {"type_mismatch": "warning", "party_code_in_state_form": "warning"}

_EVIDENCE, _evidence = EVIDENCE, evidence


def _citations(*cols):
    """A ``select`` of ``cols`` and the evidence columns over document_ref facts."""
    return (select(*cols, *_EVIDENCE).join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .where(FactRow.kind == "document_ref"))


# --- rules over single citations ------------------------------------------------------------

def impossible_dates(s: Session) -> Iterator[Finding]:
    """A citation's issue date that no calendar has (valid:false from extract/dates.py)."""
    q = _citations(FactRow.value, FactRow.issued_on).where(FactRow.date_valid.is_(False))
    for r in s.execute(q.order_by(ArticleRow.source, FactRow.start)):
        yield Finding("impossible_date", "error", r.value,
                      f"{r.value} is cited as issued on {show_date(r.issued_on)}, a day that does not exist",
                      [_evidence(r, f"issued {r.issued_on}")])


def year_mismatches(s: Session) -> Iterator[Finding]:
    """The year inside the number ("15/2020/NĐ-CP") is the year of issue; the date must agree."""
    q = _citations(FactRow.value, FactRow.issued_on, FactRow.number_year).where(
        FactRow.number_year.is_not(None), FactRow.issued_on.is_not(None),
        func.substr(FactRow.issued_on, 1, 4) != cast(FactRow.number_year, String))
    for r in s.execute(q.order_by(ArticleRow.source, FactRow.start)):
        yield Finding("year_mismatch", "error", r.value,
                      f"{r.value} carries the year {r.number_year} in its number but is cited as issued on "
                      f"{show_date(r.issued_on)}", [_evidence(r, f"issued {r.issued_on}")])


def issued_after_article(s: Session) -> Iterator[Finding]:
    """A document cannot be cited before it exists: issue date after the article's own date.

    An issue date whose year the text left out ("ngày 20/12") took it from the article, so it
    proves nothing about order and is skipped.
    """
    q = _citations(FactRow.value, FactRow.issued_on, FactRow.fields).where(
        FactRow.date_valid.is_(True), ArticleRow.published.is_not(None), FactRow.issued_on > ArticleRow.published)
    for r in s.execute(q.order_by(ArticleRow.source, FactRow.start)):
        if (r.fields or {}).get("issued_year_source") == "context":
            continue
        yield Finding("issued_after_article", "error", r.value,
                      f"{r.value} is cited as issued on {show_date(r.issued_on)}, after the article's own date "
                      f"{show_date(r.published)}", [_evidence(r, f"issued {r.issued_on}")])


def issued_after_ingest(s: Session) -> Iterator[Finding]:
    """An article without a date of its own still existed when it was stored: a citation
    issued after that day is dated in the future (a mistyped year, "12/5/2095").

    The same rule as :func:`issued_after_article` with the day of ingest for the article's
    date (``ingested_at``; the first ten characters are the day in SQLite and PostgreSQL).
    """
    stored = func.substr(cast(ArticleRow.ingested_at, String), 1, 10)
    q = _citations(FactRow.value, FactRow.issued_on, FactRow.fields, stored.label("stored")).where(
        FactRow.date_valid.is_(True), ArticleRow.published.is_(None), FactRow.issued_on > stored)
    for r in s.execute(q.order_by(ArticleRow.source, FactRow.start)):
        if (r.fields or {}).get("issued_year_source") == "context":
            continue
        yield Finding("issued_after_ingest", "error", r.value,
                      f"{r.value} is cited as issued on {show_date(r.issued_on)}, after the article (which gives "
                      f"no date of its own) was stored on {show_date(r.stored)}",
                      [_evidence(r, f"issued {r.issued_on}")])


def extractor_warnings(s: Session) -> Iterator[Finding]:
    """The extractor's warnings about citations (type word against code, Party code in state form)."""
    covering = and_(FactRow.article_id == WarningRow.article_id, FactRow.kind == "document_ref",
                    FactRow.start <= WarningRow.start, FactRow.end >= WarningRow.end)
    q = (select(WarningRow.id, WarningRow.code, WarningRow.message, WarningRow.quote, WarningRow.start, WarningRow.end,
                ArticleRow.id.label("article_id"), ArticleRow.source, ArticleRow.published,
                FactRow.value, FactRow.sentence)
         .join(ArticleRow, WarningRow.article_id == ArticleRow.id)
         .outerjoin(FactRow, covering)
         .where(WarningRow.code.in_(list(EXTRACTOR_WARNINGS)))
         .order_by(ArticleRow.source, WarningRow.start))
    seen = set()
    for r in s.execute(q):
        if r.id in seen:
            continue
        seen.add(r.id)
        ev = Evidence(r.article_id, r.source, r.published, r.quote, r.start, r.end, r.sentence or r.quote,
                      r.code.replace("_", " "))
        yield Finding(r.code, EXTRACTOR_WARNINGS[r.code], r.value or r.quote, r.message, [ev])


def unknown_codes(s: Session) -> Iterator[Finding]:
    """Codes outside the lexicons, one finding per code with every citation using it."""
    q = _citations(FactRow.value, FactRow.unknown_codes).where(FactRow.unknown_codes.is_not(None))
    by_code: dict[str, list[Evidence]] = defaultdict(list)
    known = issuer_lexicon().all_codes
    for r in s.execute(q.order_by(ArticleRow.source, FactRow.start)):
        for code in r.unknown_codes.split(","):
            # "TW" in "39/CT-TW" is a known Party code in state form: extractor_warnings says so.
            if code and code_key(code) not in known:
                by_code[code].append(_evidence(r, f"in {r.value}"))
    for code, ev in sorted(by_code.items()):
        n_art = len({e.article_id for e in ev})
        yield Finding("unknown_code", "info", code,
                      f"code {code} is in no lexicon of patterns/ (issuers.yaml, document_types.yaml): "
                      f"cited {len(ev)} time{'s' if len(ev) > 1 else ''} in {n_art} article{'s' if n_art > 1 else ''}",
                      ev)


# --- one document, several citations --------------------------------------------------------

@dataclass
class Cite:
    """A citation as the conflict rules see it."""

    key: str
    canonical: str
    issued_on: str | None
    number_year: int | None
    type_word: str | None
    type_code: str | None
    issuer: str | None
    issuer_code: str | None
    written_issuer: bool
    evidence: Evidence
    year: int | None = None
    scope: tuple = ()

    @property
    def article_id(self) -> str:
        return self.evidence.article_id


def same_documents(cites: list[Cite]) -> list[list[Cite]]:
    """Split the citations of one number into documents (the rule in the module docstring).

    Citations whose year cannot be told (no year in the number, no date, none in the article)
    belong to no document here and are left out.
    """
    by_article: dict[str, list[Cite]] = defaultdict(list)
    for c in cites:
        by_article[c.article_id].append(c)
    for group in by_article.values():
        years = {c.number_year or _year(c.issued_on) for c in group} - {None}
        for c in group:
            c.year = c.number_year or _year(c.issued_on) or (next(iter(years)) if len(years) == 1 else None)
    dated = [c for c in cites if c.year is not None]
    places: dict[int, tuple] = {}
    for c in dated:
        if is_national(c.issuer_code, c.issuer):
            c.scope = ("country",)
            continue
        _, level, name = issuer_parts(c.issuer) if c.written_issuer else (None, None, None)
        places[id(c)] = (level, name)
    # A named place without its level ("Tỉnh ủy Quảng Nam") takes the one level its name has here.
    levels_of: dict[tuple, set] = defaultdict(set)
    for c in dated:
        if id(c) in places and places[id(c)][1]:
            levels_of[(c.year, places[id(c)][1])].add(places[id(c)][0])
    for c in dated:
        if id(c) in places:
            level, name = places[id(c)]
            if name:
                known = levels_of[(c.year, name)] - {None}
                c.scope = ("place", known.pop() if level is None and len(known) == 1 else level, name)
    # An unnamed place joins the one named place of its article it agrees with, else stays in it.
    for group in by_article.values():
        unnamed = [c for c in group if id(c) in places and not places[id(c)][1]]
        for c in unnamed:
            level = places[id(c)][0]
            named = {d.scope for d in group if d.year == c.year and d.scope[:1] == ("place",)
                     and (level is None or d.scope[1] in (None, level))}
            if len(named) == 1:
                c.scope = named.pop()
                continue
            others = {places[id(d)][0] for d in unnamed if d.year == c.year} - {None}
            c.scope = ("article", c.article_id, level if level or len(others) != 1 else next(iter(others)))
    docs: dict[tuple, list[Cite]] = defaultdict(list)
    for c in dated:
        docs[(c.year, c.scope)].append(c)
    return list(docs.values())


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _conflict_candidates():
    """Numbers cited with more than one issue date, issuer or type word: the only ones that
    can hold a conflict (SQL GROUP BY; everything else stays in the database)."""
    return (select(DocumentRow.key)
            .join(FactRow, FactRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.key)
            .having(or_(func.count(distinct(FactRow.issued_on)) > 1,
                        func.count(distinct(DocumentRow.issuer_key)) > 1,
                        func.count(distinct(FactRow.type_word)) > 1)))


_OF = regex.compile(r"\bcủa\s")


def conflicts(s: Session) -> Iterator[Finding]:
    """One document cited with different issue dates, issuers or type words."""
    q = (_citations(DocumentRow.key, FactRow.value, FactRow.issued_on, FactRow.number_year, FactRow.type_word,
                      DocumentRow.type_code, DocumentRow.issuer, DocumentRow.issuer_code)
         .join(DocumentRow, FactRow.document_id == DocumentRow.id)
         .where(DocumentRow.key.in_(_conflict_candidates()))
         .order_by(DocumentRow.key, ArticleRow.published, ArticleRow.source, FactRow.start))
    by_key: dict[str, list[Cite]] = defaultdict(list)
    for r in s.execute(q):
        by_key[r.key].append(Cite(r.key, r.value, r.issued_on, r.number_year, r.type_word, r.type_code, r.issuer,
                                  r.issuer_code, bool(_OF.search(r.quote)), _evidence(r)))
    for cites in by_key.values():
        for doc in same_documents(cites):
            if len(doc) > 1:
                yield from _doc_conflicts(doc)


def _doc_conflicts(doc: list[Cite]) -> Iterator[Finding]:
    name = doc[0].canonical
    dated = [c for c in doc if c.issued_on]
    dates = Counter(c.issued_on for c in dated)
    if len(dates) > 1:
        told = ", ".join(f"{show_date(d)} ({n}×)" for d, n in sorted(dates.items()))
        yield Finding("conflicting_dates", "error", name, f"{name} is cited with {len(dates)} issue dates: {told}",
                      [_claim(c, f"issued {c.issued_on}") for c in dated])
    written = [c for c in doc if c.written_issuer and c.issuer]
    bodies = {issuer_parts(c.issuer)[0] for c in written}
    if len(bodies) > 1:
        told = "; ".join(sorted({c.issuer for c in written}))
        yield Finding("conflicting_issuers", "warning", name, f"{name} is cited as issued by different bodies: {told}",
                      [_claim(c, f"issuer {c.issuer}") for c in written])
    if doc[0].type_code is None:
        typed = [(c, type_class(c.type_word)) for c in doc]
        typed = [(c, t) for c, t in typed if t]
        if typed and not frozenset.intersection(*(t for _, t in typed)):
            told = ", ".join(sorted({c.type_word for c, _ in typed}))
            yield Finding("conflicting_types", "warning", name, f"{name} is cited as different types: {told}",
                          [_claim(c, f"type {c.type_word}") for c, _ in typed])


def _claim(c: Cite, claim: str) -> Evidence:
    return Evidence(**{**asdict(c.evidence), "claim": claim})


# --- meetings -------------------------------------------------------------------------------

def meetings_after_article(s: Session) -> Iterator[Finding]:
    """A meeting the article reports as held cannot be dated after the article itself."""
    q = (select(FactRow.value, *_EVIDENCE).join(ArticleRow, FactRow.article_id == ArticleRow.id)
         .where(FactRow.kind == "meeting", FactRow.value.is_not(None), ArticleRow.published.is_not(None),
                FactRow.value > ArticleRow.published)
         .order_by(ArticleRow.source, FactRow.start))
    for r in s.execute(q):
        yield Finding("meeting_after_article", "error", f"meeting of {show_date(r.value)}",
                      f"a meeting dated {show_date(r.value)} is reported by an article dated {show_date(r.published)}",
                      [_evidence(r, f"held {r.value}")])


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?P<y>(?:19|20)\d{2})(?![\d\-–/])"
# A reviewed period, most specific first: "6 tháng đầu năm 2024", "quý I/2022", "năm 2023".
_PERIODS = [
    ("h1", regex.compile(rf"(?:06|6) tháng đầu năm\s+{_YEAR}", regex.I)),
    ("h2", regex.compile(rf"(?:06|6) tháng cuối năm\s+{_YEAR}", regex.I)),
    ("9m", regex.compile(rf"(?:09|9) tháng(?: đầu)? năm\s+{_YEAR}", regex.I)),
    ("quarter", regex.compile(rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])\s*(?:/|năm)\s*{_YEAR}", regex.I)),
    ("month", regex.compile(rf"tháng\s+(?P<m>\d{{1,2}})\s*(?:/|năm)\s*{_YEAR}", regex.I)),
    ("year", regex.compile(rf"(?<!\w)năm\s+{_YEAR}", regex.I)),
]
_RANGE = regex.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|năm học|nhiệm kỳ|giai đoạn", regex.I)


@lru_cache(maxsize=None)
def _review_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    audit = load("audit")
    return (regex.compile(alternation(audit["review_words"], boundary=True), regex.I),
            regex.compile(alternation(audit["plan_words"], boundary=True) + r"|[;.]", regex.I))


def reviewed_period(topic: str | None) -> tuple[str, date, date] | None:
    """The period a meeting reviews, from its topic: the first period after a review word and
    before the plan for the next one, with its year written; (words, first day, last day).

    "tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024" → năm 2023;
    "sơ kết 6 tháng đầu năm 2024" → 2024-01-01 … 2024-06-30.  None for a plan ("triển khai
    nhiệm vụ năm 2024", also when it comes before the review word), a multi-year span ("giai
    đoạn 2021-2025") or a year left out ("Quý I").
    """
    if not topic:
        return None
    review, plan = _review_patterns()
    m = review.search(topic)
    if not m or plan.search(topic, 0, m.start()):
        return None
    stop = plan.search(topic, m.end())
    part = topic[m.end():stop.start() if stop else len(topic)]
    hits = [(p.search(part), kind) for kind, p in _PERIODS]
    hits = [(h, kind) for h, kind in hits if h]
    if not hits:
        return None
    h, kind = min(hits, key=lambda x: (x[0].start(), -len(x[0].group(0))))
    span = _RANGE.search(part)
    if span and span.start() <= h.start():
        return None
    y = int(h.group("y"))
    if kind == "h1":
        first, last = date(y, 1, 1), date(y, 6, 30)
    elif kind == "h2":
        first, last = date(y, 7, 1), date(y, 12, 31)
    elif kind == "9m":
        first, last = date(y, 1, 1), date(y, 9, 30)
    elif kind == "quarter":
        q = _ROMAN[h.group("q").lower()]
        first = date(y, 3 * q - 2, 1)
        last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    elif kind == "month":
        mo = int(h.group("m"))
        if not 1 <= mo <= 12:
            return None
        first, last = date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    else:
        first, last = date(y, 1, 1), date(y, 12, 31)
    return h.group(0), first, last


def meetings_before_period(s: Session) -> Iterator[Finding]:
    """A meeting that reviews a period held before that period was half over ("tổng kết năm
    2023" on 12/01/2023): the date or the period is likely mistyped."""
    q = (select(FactRow.value, FactRow.fields, *_EVIDENCE).join(ArticleRow, FactRow.article_id == ArticleRow.id)
         .where(FactRow.kind == "meeting", FactRow.value.is_not(None))
         .order_by(ArticleRow.source, FactRow.start))
    for r in s.execute(q).yield_per(2000):
        held = _iso_date(r.value)
        fields = r.fields or {}
        topic = " ".join(str(fields[k]) for k in ("event_type", "topic") if fields.get(k)) or r.quote
        period = reviewed_period(topic)
        if held is None or period is None:
            continue
        words, first, last = period
        if held < first + (last - first) / 2:
            yield Finding("meeting_before_period", "warning", f"meeting of {show_date(r.value)}",
                          f"a meeting held on {show_date(r.value)} reviews '{words}' "
                          f"({first.isoformat()} … {last.isoformat()}), before that period was half over",
                          [_evidence(r, f"held {r.value}; reviews {words}")])


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


# --- running --------------------------------------------------------------------------------

RULES: list[Callable[[Session], Iterable[Finding]]] = [
    impossible_dates, year_mismatches, issued_after_article, issued_after_ingest, conflicts, extractor_warnings,
    meetings_after_article, meetings_before_period, unknown_codes,
    relation_findings, post_findings,  # db/relation_audit.py, db/posts.py
]


def run_audit(store: Store) -> list[Finding]:
    """Every finding in the store, most serious first."""
    findings: list[Finding] = []
    with Session(store.engine) as s:
        for rule in RULES:
            findings.extend(rule(s))
    findings.sort(key=lambda f: (-LEVELS.index(f.level), f.code, f.subject, f.articles))
    return findings
