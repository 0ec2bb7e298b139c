"""Who chaired which meeting: the query behind ``govfacts chairs``.

Meeting facts keep their chair names, roles, organiser and place in the fact's JSON
fields, so the query selects ``kind == "meeting"`` through the (kind, value) index and
filters in Python; that reads the same on SQLite and PostgreSQL.  Names and places match
whole words without regard to case or tone-mark placement ("Hoà" finds "Hòa", "thuỷ"
finds "Thủy"), and a query typed without any marks ("Nong Son") matches marked text.
"""
from __future__ import annotations

import re
from datetime import date as _date

from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.extraction.text import matches_words

from .filters import QueryError, bounded
from .models import ArticleRow, FactRow
from .store import Store

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(value: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as given, or :class:`QueryError`."""
    if value is None:
        return None
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        raise QueryError(f"{value!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = m.groups()
    try:
        _date(int(y), int(mo or 1), int(d or 1))
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a date ({exc})") from None
    return m.group(0)




def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not day:
        return False
    if since and day[:len(since)] < since:
        return False
    if until and day[:len(until)] > until:
        return False
    return True


def chairs(store: Store, *, person: str | None = None, place: str | None = None,
           since: str | None = None, until: str | None = None) -> list[dict]:
    """Stored meetings with their chairs, in date order (undated last).

    ``person`` keeps meetings chaired by that person; ``place`` those whose organiser, place,
    chair roles or article title name it; ``since``/``until`` bound the meeting day
    (inclusive; a year or a month bounds the whole of it).
    """
    bounded(person, "--person"), bounded(place, "--place")
    since, until = check_date(since), check_date(until)
    with Session(store.engine) as s:
        rows = s.execute(
            select(FactRow, ArticleRow).join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .where(FactRow.kind == "meeting")
        ).all()
    out = []
    for fact, art in rows:
        f = fact.fields or {}
        names = [n for n in (f.get("chair") or []) if isinstance(n, str)]
        roles = list(f.get("chair_roles") or [])
        roles += [""] * (len(names) - len(roles))
        if person and not any(matches_words(person, n) for n in names):
            continue
        if place and not matches_words(place, f.get("place"), f.get("organizer"), art.title, *roles):
            continue
        if not _in_range(f.get("date"), since, until):
            continue
        evidence = f.get("chair_evidence") or []
        quote = evidence[0]["text"] if names and evidence else fact.sentence or fact.quote
        out.append({
            "date": f.get("date"), "part_of_day": f.get("part_of_day"),
            "event_type": f.get("event_type"), "topic": f.get("topic"),
            "organizer": f.get("organizer"), "place": f.get("place"), "online": f.get("online"),
            "chairs": [{"name": n, "role": r} for n, r in zip(names, roles)],
            "article_id": art.id, "source": art.source, "title": art.title, "published": art.published,
            "quote": quote, "start": evidence[0]["start"] if names and evidence else fact.start,
            "end": evidence[0]["end"] if names and evidence else fact.end,
        })
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["source"], r["start"]))
    return out
