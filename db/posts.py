"""Posts over time: for a place, each post (a title in one body) with who held it, the first
and last day each holder was seen and the quoted words; and the audit of one-holder posts.

* :func:`posts_at` — ``govfacts posts --place "Nông Sơn"``;
* :func:`post_findings` — the audit: two people in a one-holder post on overlapping days
  (``two_holders``), one person given two titles that exclude each other in one body on the
  same day (``contradicted_post``), each with both quotes.

Read from ``person_roles`` (db/people.py); which posts have one holder is data
(patterns/posts.yaml).  A role quoted as once held ("nguyên Chủ tịch …") holds no post.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

import regex
from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.extraction.text import fold, strip_marks
from govfacts.patterns import alternation, load

from .filters import bounded
from .findings import Evidence, Finding, show_date
from .models import ArticleRow, PersonRoleRow, PersonRow


@dataclass(frozen=True)
class PostRules:
    one_holder: frozenset
    exclusive: tuple  # frozensets of titles
    former: regex.Pattern


@lru_cache(maxsize=None)
def post_rules() -> PostRules:
    data = load("posts")
    return PostRules(frozenset(data["one_holder"]), tuple(frozenset(g) for g in data["exclusive"]),
                     regex.compile(rf"^\W*{alternation(data['former_words'], boundary=True)}", regex.IGNORECASE))


@dataclass
class Seen:
    """One article's words that put a person in a post on a day."""

    seen_on: str | None
    quote: str
    article_id: str
    source: str
    start: int | None
    end: int | None


@dataclass
class Holder:
    name: str
    first_seen: str | None = None
    last_seen: str | None = None
    seen: list[Seen] = field(default_factory=list)

    def add(self, s: Seen) -> None:
        self.seen.append(s)
        if s.seen_on:
            self.first_seen = min(self.first_seen or s.seen_on, s.seen_on)
            self.last_seen = max(self.last_seen or s.seen_on, s.seen_on)

    def to_json(self) -> dict:
        return {"name": self.name, "first_seen": self.first_seen, "last_seen": self.last_seen,
                "seen": [s.__dict__ for s in self.seen]}


@dataclass
class Post:
    title: str
    org: str
    place: str
    one_holder: bool
    holders: list[Holder] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " ".join(x for x in (self.title, self.org, self.place) if x)

    def to_json(self) -> dict:
        return {"post": self.label, "title": self.title, "org": self.org, "place": self.place,
                "one_holder": self.one_holder, "holders": [h.to_json() for h in self.holders]}


def _loose(text: str) -> str:
    return strip_marks(fold(text))


def _place_keys(s: Session, place: str) -> set[str]:
    """The stored place keys that ``place`` names: case, tone placement and marks folded."""
    want = _loose(place)
    keys = {k for (k,) in s.execute(select(PersonRoleRow.place_key).distinct())}
    keys |= {k for (k,) in s.execute(select(PersonRow.place_key).distinct())}
    return {k for k in keys if k and _loose(k) == want}


_ROLE_COLUMNS = (PersonRoleRow.title, PersonRoleRow.org, PersonRoleRow.place, PersonRoleRow.seen_on,
                 PersonRoleRow.quote, PersonRoleRow.article_id, PersonRoleRow.start, PersonRoleRow.end,
                 PersonRow.name, PersonRow.name_key, PersonRow.place.label("person_place"), ArticleRow.source)


def _role_rows(s: Session, place: str | None, *, titles: frozenset | None = None):
    """Role rows (columns, not objects) with a title: at ``place``, else everywhere with a place
    of their own; ``titles`` keeps only those titles."""
    q = (select(*_ROLE_COLUMNS)
         .join(PersonRow, PersonRoleRow.person_id == PersonRow.id)
         .join(ArticleRow, PersonRoleRow.article_id == ArticleRow.id)
         .where(PersonRoleRow.title != "", PersonRoleRow.org != ""))
    if titles is not None:
        q = q.where(PersonRoleRow.title.in_(sorted(titles)), PersonRoleRow.place_key != "")
    if place is not None:
        keys = sorted(_place_keys(s, place))
        if not keys:
            return []
        q = q.where((PersonRoleRow.place_key.in_(keys))
                    | ((PersonRoleRow.place_key == "") & PersonRow.place_key.in_(keys)))
    return s.execute(q).all()


@lru_cache(maxsize=65536)
def _place_key(place: str) -> str:
    return _loose(place)


def _posts(rows, *, explicit_place: bool) -> dict[tuple, Post]:
    """Group role rows into posts and holders; former posts drop out.

    ``explicit_place``: only roles whose own words give a place (the audit), not a person's
    place taken from another role.
    """
    rules = post_rules()
    posts: dict[tuple, Post] = {}
    holders: dict[tuple, Holder] = {}
    former = rules.former.search
    for title, org, role_place, seen_on, quote, article_id, start, end, name, name_key, person_place, source in rows:
        if quote and former(quote):
            continue
        place = role_place or ("" if explicit_place else person_place)
        if explicit_place and not place:
            continue
        key = (title, org, _place_key(place))
        post = posts.get(key)
        if post is None:
            post = posts[key] = Post(title, org, place, title in rules.one_holder)
        hk = key + (name_key,)
        holder = holders.get(hk)
        if holder is None:
            holder = holders[hk] = Holder(name)
            post.holders.append(holder)
        holder.add(Seen(seen_on, quote, article_id, source, start, end))
    for post in posts.values():
        for h in post.holders:
            h.seen.sort(key=lambda x: (x.seen_on is None, x.seen_on or "", x.article_id))
        post.holders.sort(key=lambda h: (h.first_seen is None, h.first_seen or "", fold(h.name)))
    return posts


def posts_at(store, place: str) -> list[Post]:
    """Each post at ``place`` with its holders, one-holder posts first, then by body and title."""
    bounded(place, "--place")
    with Session(store.engine) as s:
        rows = _role_rows(s, place)
    posts = _posts(rows, explicit_place=False)
    return sorted(posts.values(), key=lambda p: (not p.one_holder, p.org, p.title, _loose(p.place)))


# ------------------------------------------------------------------ audit

def _evidence(seen: Seen, name: str, claim: str) -> Evidence:
    return Evidence(seen.article_id, seen.source, seen.seen_on, seen.quote, seen.start or 0, seen.end or 0,
                    f"{name}, {seen.quote}", claim)


def two_holders(posts: dict[tuple, Post]) -> Iterator[Finding]:
    """Two people seen in one one-holder post on overlapping days."""
    for post in posts.values():
        if not post.one_holder:
            continue
        dated = [h for h in post.holders if h.first_seen]
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if a.first_seen <= b.last_seen and b.first_seen <= a.last_seen:
                    first = max(a.first_seen, b.first_seen)
                    last = min(a.last_seen, b.last_seen)
                    days = show_date(first) if first == last else f"{show_date(first)} … {show_date(last)}"
                    ev = [_evidence(_nearest(h, first), h.name, f"{h.name}: {show_date(h.first_seen)} … "
                                                                  f"{show_date(h.last_seen)}") for h in (a, b)]
                    yield Finding("two_holders", "warning", post.label,
                                  f"{post.label} is held by one person at a time, but {a.name} and {b.name} are "
                                  f"both seen in it on {days}", ev)


def _nearest(h: Holder, day: str) -> Seen:
    """The holder's words seen closest to ``day`` (the evidence of an overlap)."""
    dated = [s for s in h.seen if s.seen_on]
    return min(dated, key=lambda s: (s.seen_on < day, abs(_ordinal(s.seen_on) - _ordinal(day))))


def _ordinal(iso: str) -> int:
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return y * 372 + m * 31 + d


def contradicted_posts(posts: dict[tuple, Post]) -> Iterator[Finding]:
    """One person given, on the same day, two titles of one body that exclude each other."""
    groups = post_rules().exclusive
    by_person: dict[tuple, list[tuple[Post, Holder]]] = defaultdict(list)
    for post in posts.values():
        for h in post.holders:
            by_person[(fold(h.name), post.org, _loose(post.place))].append((post, h))
    for (_name, _org, _place), held in sorted(by_person.items()):
        for i, (pa, ha) in enumerate(held):
            for pb, hb in held[i + 1:]:
                if not any({pa.title, pb.title} <= g for g in groups):
                    continue
                days_a = {s.seen_on: s for s in ha.seen if s.seen_on}
                same = sorted(d for d in {s.seen_on for s in hb.seen if s.seen_on} if d in days_a)
                if not same:
                    continue
                day = same[0]
                sb = next(s for s in hb.seen if s.seen_on == day)
                yield Finding("contradicted_post", "warning", f"{ha.name}, {pa.org} {pa.place}".strip(),
                              f"{ha.name} is '{pa.title}' and '{pb.title}' of one {pa.org} {pa.place} on "
                              f"{show_date(day)}", [_evidence(days_a[day], ha.name, pa.title),
                                                    _evidence(sb, hb.name, pb.title)])


def post_findings(s: Session) -> Iterator[Finding]:
    """Every finding about posts (one rule of db/audit.py RULES)."""
    rules = post_rules()
    titles = rules.one_holder | frozenset().union(*rules.exclusive)
    posts = _posts(_role_rows(s, None, titles=titles), explicit_place=True)
    yield from two_holders(posts)
    yield from contradicted_posts(posts)
