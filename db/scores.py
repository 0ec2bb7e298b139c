"""Each unit's index results by year: the query behind ``govfacts scores``.

A row is one unit, one index and one year in one article, with every score, rank and
rating the article gives it there and the sentences that say so; rows come sorted by
unit, then index, then year, so a reader can follow "huyện Nông Sơn" across years and
articles.  Units meet under their name and level without "UBND" ("UBND huyện Nông Sơn" and
"huyện Nông Sơn" are one unit; "Nông Sơn" joins them when the results give that name one
level only; "thành phố Thanh Hóa" and "tỉnh Thanh Hóa" stay two units).

Score facts keep their subject, index and year in the fact's JSON fields, so the query
selects the three kinds through the (kind, value) index and filters in Python; that reads
the same on SQLite and PostgreSQL.  ``--place`` matches whole words without regard to
case or tone-mark placement, and a query typed without marks ("Nong Son") matches marked
text; ``--index`` takes a code or a name ("PAR", "chỉ số CCHC", "sipas").
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.extraction.fact_kinds import kind as fact_kind
from govfacts.extraction.scores import index_code, sentence_around, subject_key
from govfacts.extraction.text import matches_words, strip_marks

from .filters import QueryError, bounded
from .models import ArticleRow, FactRow
from .store import Store

KINDS = ("score", "ranking", "rating")


def check_index(value: str | None) -> str | None:
    """The index code for a code or a name, or :class:`QueryError`."""
    if value is None:
        return None
    code = index_code(value)
    if code is None:
        raise QueryError(f"{value!r} is not an index this tool knows (e.g. PAR, SIPAS, PAPI, PCI, DDCI, DTI, ICT)")
    return code


def check_year(value: int | str | None) -> int | None:
    if value is None:
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        raise QueryError(f"{value!r} is not a year (write YYYY)") from None
    if not 1900 <= year <= 2100:
        raise QueryError(f"{value!r} is not a year (write YYYY)")
    return year




def _entry(fact: FactRow) -> dict:
    f = fact.fields
    if fact.kind == "score":
        out = {k: f.get(k) for k in ("value", "max", "unit", "change")}
    elif fact.kind == "ranking":
        out = {k: f.get(k) for k in ("rank", "out_of", "group", "change")}
    else:
        out = {k: f.get(k) for k in ("level", "previous_level")}
    out.update(quote=fact.quote, start=fact.start, end=fact.end)
    return out


def scores(store: Store, *, index: str | None = None, place: str | None = None,
           year: int | str | None = None) -> list[dict]:
    """Rows of (unit, index, year, article) with their scores, ranks, ratings and sentences."""
    bounded(place, "--place")
    code = check_index(bounded(index, "--index"))
    year = check_year(year)
    with Session(store.engine) as s:
        found = s.execute(
            select(FactRow, ArticleRow).join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .where(FactRow.kind.in_(KINDS))
            .order_by(ArticleRow.published, ArticleRow.source, FactRow.start)
        ).all()
    # A unit written without its level ("Nông Sơn") joins the one level the results give that name.
    levels: dict[str, set] = {}
    for fact, _art in found:
        f = fact.fields or {}
        for subject in (f.get("subjects") if fact.kind == "rating" else [f.get("subject")]) or []:
            name, level = subject_key(subject)
            if level:
                levels.setdefault(name, set()).add(level)
    rows: dict[tuple, dict] = {}
    for fact, art in found:
        f = fact.fields or {}
        if code and f.get("index") != code:
            continue
        if year is not None and f.get("year") != year:
            continue
        subjects = f.get("subjects") if fact.kind == "rating" else [f.get("subject")]
        for subject in subjects or [None]:
            if place and not matches_words(place, subject):
                continue
            name, level = subject_key(subject)
            if not level and len(levels.get(name, ())) == 1:
                level = next(iter(levels[name]))
            unit = f"{level} {name}".strip()
            key = (name, level, f.get("index"), f.get("year"), art.id)
            row = rows.get(key)
            if row is None:
                row = rows[key] = {
                    "unit": unit, "name": name, "level": level, "subject": subject, "index": f.get("index"),
                    "year": f.get("year"), "scores": [], "rankings": [], "ratings": [],
                    "article_id": art.id, "source": art.source, "title": art.title, "published": art.published,
                    "sentences": [],
                }
            if subject and len(subject) > len(row["subject"] or ""):
                row["subject"] = subject  # the fullest way the article writes the unit
            row[fact_kind(fact.kind).plural].append(_entry(fact))  # its declared list: scores, rankings, ratings
            s_, e_ = sentence_around(art.text, fact.start)
            sentence = " ".join(art.text[s_:e_].split()) or " ".join(fact.quote.split())
            if sentence not in row["sentences"]:
                row["sentences"].append(sentence)
    return sorted(rows.values(), key=lambda r: (r["name"] == "", strip_marks(r["name"]), r["name"], r["level"],
                                                r["index"] or "", r["year"] or 0, r["published"] or "", r["source"]))
