"""What was done with a document: the stored ``relation`` facts, read both ways.

* :func:`related` — ``govfacts documents 16-NQ/TU --related``: what carries it out, amends,
  replaces, guides or is issued under it, and what it does to others, each with the citing
  sentence and the issue dates that sentence gives;
* :func:`implementers` — ``govfacts documents --implements 16-NQ/TU --place …``: which
  places issued a document carrying it out, and which of the places the store knows did not.

Numbers match whatever the spelling (QD/QĐ, spaces, case), places without regard to case,
tone placement or marks.  Relation facts are few beside citations (one sentence in many
articles), so they are read once per query and filtered here.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from govfacts.extraction.place_names import named_places
from govfacts.extraction.places import last_named
from govfacts.extraction.text import fold, strip_marks

from .filters import bounded
from .issuers import issuer_parts
from .models import ArticleRow, DocumentRow, FactRow, PersonRoleRow, PersonRow
from .store import document_key

# How each type reads from the side of the document acted on ("16-NQ/TU is implemented by …").
PASSIVE = {"implements": "implemented by", "amends": "amended by", "replaces": "replaced by",
           "repeals": "repealed by", "guides": "guided by", "based_on": "ground of"}


@dataclass
class Relation:
    """One stated relation, where it was read and the words it came from."""

    type: str
    from_: str
    to: str
    from_issued_on: str | None
    to_issued_on: str | None
    from_issuer: str | None
    to_issuer: str | None
    words: str
    article_id: str
    source: str
    published: str | None
    quote: str
    start: int
    end: int
    sentence: str
    rule: str = ""
    direction: str = ""  # "in": done to the asked document; "out": done by it
    from_key: str = ""  # the numbers folded (db/store.py document_key)
    to_key: str = ""

    def to_json(self) -> dict:
        out = asdict(self)
        out["from"] = out.pop("from_")
        del out["from_key"], out["to_key"]
        return out


def relation_rows(s: Session, *, to: str | None = None, from_: str | None = None,
                  type_: str | None = None) -> list[Relation]:
    """The stored relation facts, oldest article first: all of them, or those done to the
    document key ``to`` and/or by ``from_`` (either matches when both are given), of ``type_``.

    Filtered in SQL on the folded value "from-key|type|to-key" (db/store.py relation_value).
    """
    q = (select(FactRow.value, FactRow.fields, FactRow.quote, FactRow.start, FactRow.end, FactRow.sentence,
                FactRow.rule, ArticleRow.id, ArticleRow.source, ArticleRow.published)
         .join(ArticleRow, FactRow.article_id == ArticleRow.id)
         .where(FactRow.kind == "relation")
         .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.source, FactRow.start))
    ends = []
    if to is not None:
        ends.append(FactRow.value.like(f"%|{type_ or '%'}|{_escape(to)}", escape="\\"))
    if from_ is not None:
        ends.append(FactRow.value.like(f"{_escape(from_)}|{type_ or '%'}|%", escape="\\"))
    if ends:
        q = q.where(or_(*ends))
    elif type_:
        q = q.where(FactRow.value.like(f"%|{type_}|%"))
    out = []
    for value, fields, quote, start, end, sentence, rule, aid, source, published in s.execute(q):
        f = fields or {}
        if not (f.get("from") and f.get("to") and f.get("type")):
            continue
        from_key, to_key = (value or "").partition("|")[0], (value or "").rpartition("|")[2]
        r = Relation(f["type"], f["from"], f["to"], f.get("from_issued_on"), f.get("to_issued_on"),
                     f.get("from_issuer"), f.get("to_issuer"), f.get("words") or "", aid, source, published,
                     quote, start, end, sentence or quote, rule)
        r.from_key, r.to_key = from_key or document_key(f["from"]), to_key or document_key(f["to"])
        out.append(r)
    return out


def _escape(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def related(store, number: str) -> list[Relation]:
    """The relations of ``number``: those done to it ("in") first, then those it does ("out")."""
    key = document_key(bounded(number, "NUMBER"))
    with Session(store.engine) as s:
        rows = relation_rows(s, to=key, from_=key)
    into = [r for r in rows if r.to_key == key]
    out = [r for r in rows if r.from_key == key]
    for r in into:
        r.direction = "in"
    for r in out:
        r.direction = "out"
    return into + out


# ------------------------------------------------------------------ places

def _loose(text: str) -> str:
    return strip_marks(fold(text))


def issuer_place(issuer: str | None) -> str | None:
    """The place an issuer names ("Ủy ban nhân dân huyện Nông Sơn" → "Nông Sơn"), as written."""
    if not issuer:
        return None
    name = issuer_parts(issuer)[2]
    if not name:
        return None
    at = fold(issuer).rfind(name)
    return issuer[at:at + len(name)] if at >= 0 else name


def sentence_place(r: Relation) -> str | None:
    """The last place the relation's sentence names before the acting document: the subject that
    issued it ("Thực hiện …, UBND huyện Hoài Ân đã ban hành Kế hoạch số 12/KH-UBND")."""
    at = r.sentence.find(r.quote)
    head = r.sentence[:at] if at >= 0 else r.sentence
    quote_from = r.quote.find(r.from_)
    if quote_from > 0:
        head += r.quote[:quote_from]
    found = named_places(head)  # the place stage's grammar, over the stored sentence
    named = last_named(found, [m.end for m in found], len(head))
    return named.name if named else None


def article_places(s: Session, article_ids: set[str]) -> dict[str, str]:
    """The place each article is about, when its issuers name none: the place its officials'
    roles name most often."""
    if not article_ids:
        return {}
    rows = s.execute(select(PersonRoleRow.article_id, PersonRoleRow.place)
                     .where(PersonRoleRow.article_id.in_(sorted(article_ids)), PersonRoleRow.place != "")).all()
    counts: dict[str, Counter] = {}
    for aid, place in rows:
        counts.setdefault(aid, Counter())[place] += 1
    return {aid: c.most_common(1)[0][0] for aid, c in counts.items()}


def known_places(s: Session) -> list[str]:
    """Every place the store knows: named by an issuer of a cited document or by a person's role."""
    places: dict[str, str] = {}
    for (issuer,) in s.execute(select(DocumentRow.issuer).where(DocumentRow.issuer.is_not(None)).distinct()):
        p = issuer_place(issuer)
        if p:
            places.setdefault(_loose(p), p)
    for (p,) in s.execute(select(PersonRow.place).where(PersonRow.place != "").distinct()):
        places.setdefault(_loose(p), p)
    return sorted(places.values(), key=_loose)


@dataclass
class PlaceAnswer:
    """One place: the documents it issued carrying out the asked one (empty: none found)."""

    place: str
    documents: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"place": self.place, "issued": bool(self.documents),
                "documents": [r.to_json() for r in self.documents]}


def implementers(store, number: str, places: list[str] | None = None) -> list[PlaceAnswer]:
    """Per place, the documents that carry out ``number`` issued there: the places asked for,
    else every place the store knows; places with a document first, then those without.

    A document's place is the one its issuer names, else the place its article is about.
    """
    key = document_key(bounded(number, "--implements"))
    for place in places or ():
        bounded(place, "--place")
    with Session(store.engine) as s:
        rows = [r for r in relation_rows(s, to=key, type_="implements") if r.to_key == key]
        fallback = article_places(s, {r.article_id for r in rows
                                      if not (issuer_place(r.from_issuer) or sentence_place(r))})
        wanted = places or known_places(s)
    by_place: dict[str, list[Relation]] = {}
    for r in rows:
        place = issuer_place(r.from_issuer) or sentence_place(r) or fallback.get(r.article_id)
        if place:
            r.direction = "in"
            by_place.setdefault(_loose(place), []).append(r)
    answers = []
    for place in wanted:
        docs = by_place.get(_loose(place), [])
        seen, unique = set(), []
        for r in docs:  # one line per implementing document, its first citation
            if r.from_key not in seen:
                seen.add(r.from_key)
                unique.append(r)
        answers.append(PlaceAnswer(place, unique))
    return sorted(answers, key=lambda a: (not a.documents, _loose(a.place)))
