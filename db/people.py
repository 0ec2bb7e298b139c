"""People across the corpus: one person per name and place, with every role seen, where and when.

Filled when an article is stored (:func:`record_people`, called from ``Store.add``): each
``official`` fact gives a person — found again by its folded name and place, so "Nguyễn
Văn Hoà" in one article and "Nguyễn Văn Hòa" in the next are one row — and one
``person_roles`` row per role, with the article, the fact, the day it was seen (the
article's date, else its meeting's, else its first day date) and the quoted words.

Queries (shared by the CLI, extract/cli_people.py, and the tests):

* :func:`person_history` — ``govfacts person "Trầm Quế Hương"``: her roles over time;
* :func:`officials_at` — ``govfacts officials --place "Tiên Phước"``: who held which role when.

Names and places match whole words without regard to case or tone placement, and a query
typed without marks ("Tram Que Huong") matches marked text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from govfacts.extraction.text import fold, strip_marks

from .filters import bounded
from .models import ArticleRow, FactRow, PersonRoleRow, PersonRow
from .rows import shared_row_id

# ------------------------------------------------------------------ writing

# Built once: building the statement per article cost more than running it.
_OFFICIAL_FACT_IDS = select(FactRow.local_id, FactRow.id).where(
    FactRow.article_id == bindparam("article_id"), FactRow.kind == "official")
_INSERT_ROLES = insert(PersonRoleRow.__table__)

def person_place(fact: dict) -> str:
    """Where a person belongs: the place of their first role that names one, else ""."""
    return next((r.get("place") or "" for r in fact.get("roles") or [] if r.get("place")), "")


def seen_on(result: dict) -> str | None:
    """The day an article's roles were seen: its own date, else its meeting's, else its first day."""
    pub = (result.get("article") or {}).get("published")
    if pub:
        return pub[:10]
    facts = result.get("facts") or []
    for f in facts:
        if f.get("kind") == "meeting" and isinstance(f.get("date"), str) and len(f["date"]) == 10:
            return f["date"]
    for f in facts:
        if f.get("kind") == "date" and f.get("granularity") == "day" and isinstance(f.get("value"), str):
            return f["value"][:10]
    return None


def record_people(s: Session, article_id: str, result: dict) -> int:
    """Store the persons and roles of one article's ``official`` facts in the open transaction.

    Persons are written in one global order (folded name, place) with INSERT … ON CONFLICT DO
    NOTHING, as documents are, so concurrent writers never deadlock and store each person
    once.  Returns the number of role rows written.
    """
    officials = [f for f in result.get("facts") or [] if f.get("kind") == "official" and f.get("name")]
    if not officials:
        return 0
    s.flush()
    fact_ids = dict(s.connection().execute(_OFFICIAL_FACT_IDS, {"article_id": article_id}).all())
    day = seen_on(result)
    person_ids: dict[tuple[str, str], int] = {}
    for key in sorted({(fold(f["name"]), fold(person_place(f))) for f in officials}):
        f = next(x for x in officials if (fold(x["name"]), fold(person_place(x))) == key)
        values = {"name": f["name"][:120], "name_key": key[0][:120], "place": person_place(f)[:120],
                  "place_key": key[1][:120]}
        person_ids[key] = shared_row_id(s, PersonRow, values, unique=("name_key", "place_key"))
    rows = []
    for f in officials:
        pid = person_ids[(fold(f["name"]), fold(person_place(f)))]
        for r in f.get("roles") or [{}]:
            quote = r.get("text") or (f.get("span") or {}).get("text") or f["name"]
            rows.append(dict(
                person_id=pid, article_id=article_id, fact_id=fact_ids.get(f.get("id")),
                title=(r.get("title") or "")[:120], org=(r.get("org") or "")[:255],
                place=(r.get("place") or "")[:120], place_key=fold(r.get("place") or "")[:120],
                seen_on=day, quote=quote, start=r.get("start"), end=r.get("end"),
            ))
    if rows:
        s.connection().execute(_INSERT_ROLES, rows)  # one executemany, through Core
    return len(rows)


# ------------------------------------------------------------------ reading

def _loose(text: str) -> str:
    return strip_marks(fold(text))


def _matches(query: str, text: str | None) -> bool:
    """``query`` as whole words of ``text``: case and tone placement folded; marks too when
    the query has none ("Tien Phuoc" finds "Tiên Phước")."""
    q = fold(query)
    if not q:
        return True
    hay = fold(text or "")
    if strip_marks(q) == q:
        hay = strip_marks(hay)
    return bool(regex.search(rf"(?<!\w){regex.escape(q)}(?!\w)", hay))


@dataclass
class SeenRole:
    title: str
    org: str
    place: str
    seen_on: str | None
    article_id: str
    source: str
    article_title: str
    quote: str
    fact: str | None  # the fact's id in its article ("f3")

    def to_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class PersonHistory:
    name: str
    place: str
    roles: list[SeenRole] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"name": self.name, "place": self.place, "roles": [r.to_json() for r in self.roles]}


def _order(day: str | None) -> tuple:
    return (day is None, day or "")


def person_history(store, name: str) -> list[PersonHistory]:
    """Every stored person named ``name`` (one per place), each with their roles, oldest first.

    The name matches whole: "Trầm Quế Hương", "tram que huong" and "TRẦM QUẾ HƯƠNG" are
    one query; "Hương" alone finds nobody.
    """
    key, loose = fold(bounded(name, "NAME")), _loose(name)
    exact = strip_marks(key) != key
    with Session(store.engine) as s:
        q = select(PersonRow)
        q = q.where(PersonRow.name_key == key) if exact else q
        persons = [p for p in s.scalars(q) if exact or _loose(p.name) == loose]
        out = []
        for p in sorted(persons, key=lambda p: (p.place_key, p.id)):
            rows = s.execute(
                select(PersonRoleRow, ArticleRow.source, ArticleRow.title, FactRow.local_id)
                .join(ArticleRow, PersonRoleRow.article_id == ArticleRow.id)
                .outerjoin(FactRow, PersonRoleRow.fact_id == FactRow.id)
                .where(PersonRoleRow.person_id == p.id)).all()
            hist = PersonHistory(p.name, p.place)
            for r, source, title, local in sorted(rows, key=lambda x: (_order(x[0].seen_on), x[0].article_id,
                                                                       x[0].start or 0)):
                hist.roles.append(SeenRole(r.title, r.org, r.place, r.seen_on, r.article_id, source, title,
                                           r.quote, local))
            out.append(hist)
    return out


@dataclass
class HeldRole:
    name: str
    title: str
    org: str
    place: str
    first_seen: str | None
    last_seen: str | None
    articles: list[str] = field(default_factory=list)
    quote: str = ""

    def to_json(self) -> dict:
        return dict(self.__dict__)


def officials_at(store, *, place: str | None = None, title: str | None = None,
                 org: str | None = None) -> list[HeldRole]:
    """Who held which role when: one row per (person, title, org, place) with the first and
    last day it was seen and the articles, ordered by place, body, title and first day.

    ``place`` keeps roles at that place (or of people belonging there); ``title`` and ``org``
    keep roles whose title or body contains those words ("chủ tịch" keeps phó chủ tịch too).
    """
    bounded(place, "--place"), bounded(title, "--title"), bounded(org, "--org")
    with Session(store.engine) as s:
        rows = s.execute(select(PersonRoleRow, PersonRow.name, PersonRow.place)
                         .join(PersonRow, PersonRoleRow.person_id == PersonRow.id)
                         .where(PersonRoleRow.title != "")).all()
    held: dict[tuple, HeldRole] = {}
    for r, name, person_place_ in rows:
        if place and not (_matches(place, r.place) or (not r.place and _matches(place, person_place_))):
            continue
        if title and not _matches(title, r.title):
            continue
        if org and not _matches(org, r.org):
            continue
        key = (fold(name), r.title, r.org, fold(r.place))
        h = held.get(key)
        if h is None:
            h = held[key] = HeldRole(name, r.title, r.org, r.place, r.seen_on, r.seen_on, [], r.quote)
        if r.seen_on and (h.first_seen is None or r.seen_on < h.first_seen):
            h.first_seen, h.quote = r.seen_on, r.quote
        if r.seen_on and (h.last_seen is None or r.seen_on > h.last_seen):
            h.last_seen = r.seen_on
        if r.article_id not in h.articles:
            h.articles.append(r.article_id)
    return sorted(held.values(), key=lambda h: (fold(h.place), h.org, h.title, _order(h.first_seen), fold(h.name)))


def backfill(s: Session) -> int:
    """Fill persons and roles from the ``official`` facts already stored (a store upgraded to
    the revision that adds these tables)."""
    n = 0
    arts = s.execute(select(ArticleRow.id, ArticleRow.published)).all()
    for art_id, published in arts:
        facts = s.scalars(select(FactRow).where(FactRow.article_id == art_id)).all()
        result = {"article": {"id": art_id, "published": published},
                  "facts": [{"id": f.local_id, "kind": f.kind, "span": {"text": f.quote}, **(f.fields or {})}
                            for f in facts]}
        n += record_people(s, art_id, result)
    return n
