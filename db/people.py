"""People across the corpus: one person per name and place, with every role seen, where and when.

Filled when an article is stored (:func:`people_rows`, written by db/writes.py): each
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
from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.extraction.text import fold, strip_marks

from .filters import bounded
from .models import ArticleRow, FactRow, PersonRoleRow, PersonRow

# ------------------------------------------------------------------ writing

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


@dataclass
class PeopleRows:
    """One article's persons and roles, built before the transaction (db/writes.py writes them).

    ``persons``: the row of each person, in one global order (folded name, place), so that
    concurrent writers never deadlock; ``roles``: (the person's key, the official fact's id in
    its article, the role's row without ``person_id`` and ``fact_id``)."""

    persons: list[dict]
    roles: list[tuple[tuple[str, str], str | None, dict]]


def people_rows(result: dict) -> PeopleRows:
    """The persons and roles of one article's ``official`` facts: one person per folded name
    and place ("Hoà" = "Hòa"), one role row per role (a row with an empty title when none)."""
    officials = [f for f in result.get("facts") or [] if f.get("kind") == "official" and f.get("name")]
    keyed = [((fold(f["name"]), fold(person_place(f))), f) for f in officials]
    first: dict[tuple[str, str], dict] = {}
    for key, f in keyed:
        first.setdefault(key, f)
    persons = [{"name": first[key]["name"][:120], "name_key": key[0][:120], "place": person_place(first[key])[:120],
                "place_key": key[1][:120]} for key in sorted(first)]
    day = seen_on(result)
    roles = []
    for key, f in keyed:
        for r in f.get("roles") or [{}]:
            quote = r.get("text") or (f.get("span") or {}).get("text") or f["name"]
            roles.append(((key[0][:120], key[1][:120]), f.get("id"), dict(
                article_id=None, title=(r.get("title") or "")[:120], org=(r.get("org") or "")[:255],
                place=(r.get("place") or "")[:120], place_key=fold(r.get("place") or "")[:120],
                seen_on=day, quote=quote, start=r.get("start"), end=r.get("end"),
            )))
    return PeopleRows(persons, roles)


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
