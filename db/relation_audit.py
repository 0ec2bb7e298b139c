"""The audit of relations between documents: what the articles say was done with a document,
checked against the dates they give.

===============================  =======  ================================================
code                             level    reads like
===============================  =======  ================================================
relation_before_its_document     error    "Kế hoạch số 45/KH-UBND ngày 02/3/2021 triển khai
                                          Nghị quyết số 16-NQ/TU ngày 14/10/2021": a plan
                                          issued before what it carries out
replaced_cited_later             warning  12/QĐ-UBND replaced on 01/6/2023, cited as in force
                                          by an article of 10/9/2023
contradicting_relations          warning  A replaces B here, B replaces A there; or A
                                          replaces B here and amends it there
===============================  =======  ================================================

A document's issue date is the one the relation's own sentence gives, else the one date
every citation of that number agrees on (none when they disagree: the citation audit says
so).  Relation facts are few; citations are read only for the numbers relations name.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from .findings import EVIDENCE, Evidence, Finding, evidence, show_date
from .models import ArticleRow, DocumentRow, FactRow
from .relations import Relation, relation_rows
from .store import document_key

# Every type says the acting document came after the one it acts on (or on the same day).
ORDERED = {"implements", "amends", "replaces", "repeals", "guides", "based_on"}
# Pairs of types one ordered pair of documents cannot both have.
PAST = {"replaces": "replaced", "repeals": "repealed"}
EXCLUSIVE = {frozenset({"replaces", "amends"}), frozenset({"replaces", "guides"})}
# Words in a sentence that say a document is no longer in force: such a citation is history.
NOT_IN_FORCE = ("thay thế", "hết hiệu lực", "bãi bỏ", "không còn hiệu lực")


def _ev(r: Relation, claim: str) -> Evidence:
    return Evidence(r.article_id, r.source, r.published, r.quote, r.start, r.end, r.sentence, claim)


@lru_cache(maxsize=4096)
def _valid_day(iso: str | None) -> str | None:
    try:
        return iso if iso and len(iso) == 10 and date.fromisoformat(iso) else None
    except ValueError:
        return None


def _agreed_dates(s: Session, keys: set[str]) -> dict[str, str]:
    """For each number, the one valid issue date its citations give (left out when several)."""
    if not keys:
        return {}
    q = (select(DocumentRow.key, FactRow.issued_on).join(DocumentRow, FactRow.document_id == DocumentRow.id)
         .where(DocumentRow.key.in_(sorted(keys)), FactRow.issued_on.is_not(None), FactRow.date_valid.is_(True))
         .distinct())
    dates: dict[str, set] = defaultdict(set)
    for key, issued in s.execute(q):
        dates[key].add(issued)
    return {k: next(iter(v)) for k, v in dates.items() if len(v) == 1}


def _dates(r: Relation, agreed: dict[str, str]) -> tuple[str | None, str | None]:
    return (_valid_day(r.from_issued_on) or agreed.get(r.from_key),
            _valid_day(r.to_issued_on) or agreed.get(r.to_key))


def relations_before_documents(s: Session, rows: list[Relation], agreed: dict[str, str]) -> Iterator[Finding]:
    """A document said to carry out (amend, replace, guide, rest on) one issued after it."""
    for r in rows:
        if r.type not in ORDERED:
            continue
        d_from, d_to = _dates(r, agreed)
        if d_from and d_to and d_from < d_to:
            yield Finding("relation_before_its_document", "error", f"{r.from_} {r.type} {r.to}",
                          f"{r.from_} (issued {show_date(d_from)}) is said to be {_verb(r.type)} {r.to}, "
                          f"issued later, on {show_date(d_to)}",
                          [_ev(r, f"{r.from_} issued {d_from}; {r.to} issued {d_to}")])


def _verb(type_: str) -> str:
    return {"implements": "carrying out", "amends": "amending", "replaces": "replacing", "repeals": "repealing",
            "guides": "guiding", "based_on": "issued under"}[type_]


def replaced_cited_later(s: Session, rows: list[Relation], agreed: dict[str, str]) -> Iterator[Finding]:
    """A replaced (or repealed) document cited as in force by an article dated after the document
    that replaced or repealed it was issued."""
    replaced: dict[str, tuple[str, Relation]] = {}
    for r in rows:
        if r.type in ("replaces", "repeals"):
            d_from = _dates(r, agreed)[0]
            key = r.to_key
            if d_from and (key not in replaced or d_from < replaced[key][0]):
                replaced[key] = (d_from, r)
    if not replaced:
        return
    q = (select(DocumentRow.key, FactRow.value, *EVIDENCE)
         .join(DocumentRow, FactRow.document_id == DocumentRow.id)
         .join(ArticleRow, FactRow.article_id == ArticleRow.id)
         .where(FactRow.kind == "document_ref", DocumentRow.key.in_(sorted(replaced)),
                ArticleRow.published.is_not(None))
         .order_by(ArticleRow.published, ArticleRow.source, FactRow.start))
    later: dict[str, list] = defaultdict(list)
    for row in s.execute(q):
        since, by = replaced[row.key]
        sentence = (row.sentence or "").lower()
        if row.published <= since or any(w in sentence for w in NOT_IN_FORCE):
            continue
        if by.from_key in document_key(row.sentence or ""):
            continue  # the sentence names the replacement too
        later[row.key].append(row)
    for key, cites in sorted(later.items()):
        since, by = replaced[key]
        yield Finding("replaced_cited_later", "warning", by.to,
                      f"{by.to} was {PAST[by.type]} by {by.from_} on {show_date(since)}, but is cited as in "
                      f"force {len(cites)} time{'s' if len(cites) > 1 else ''} after that",
                      [_ev(by, f"{PAST[by.type]} by {by.from_} on {since}")]
                      + [evidence(c, f"cited in an article of {c.published}") for c in cites])


def contradicting_relations(s: Session, rows: list[Relation], agreed: dict[str, str]) -> Iterator[Finding]:
    """Two relations that cannot both hold: each document after the other, or a pair of
    documents given two types that exclude each other."""
    by_pair: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for r in rows:
        by_pair[(r.from_key, r.to_key)].append(r)
    done = set()
    for (a, b), rels in sorted(by_pair.items()):
        back = by_pair.get((b, a), [])
        if back and (b, a) not in done and a != b:
            done.add((a, b))
            x, y = rels[0], back[0]
            yield Finding("contradicting_relations", "warning", f"{x.from_} ~ {x.to}",
                          f"{x.from_} {x.type} {x.to} here, but {y.from_} {y.type} {y.to} there: each would "
                          f"come after the other", [_ev(x, f"{x.from_} {x.type} {x.to}"),
                                                    _ev(y, f"{y.from_} {y.type} {y.to}")])
        types = {r.type for r in rels}
        for pair in EXCLUSIVE:
            if pair <= types:
                x, y = (next(r for r in rels if r.type == t) for t in sorted(pair))
                yield Finding("contradicting_relations", "warning", f"{x.from_} ~ {x.to}",
                              f"{x.from_} is said both to {x.type.rstrip('s')} and to {y.type.rstrip('s')} {x.to}",
                              [_ev(x, f"{x.type}"), _ev(y, f"{y.type}")])


def relation_findings(s: Session) -> Iterator[Finding]:
    """Every finding about relations (one rule of db/audit.py RULES)."""
    rows = relation_rows(s)
    if not rows:
        return
    # Only the numbers a sentence gave no valid date need the date their other citations agree on.
    keys = ({r.from_key for r in rows if not _valid_day(r.from_issued_on)}
            | {r.to_key for r in rows if not _valid_day(r.to_issued_on)})
    agreed = _agreed_dates(s, keys)
    for rule in (relations_before_documents, replaced_cited_later, contradicting_relations):
        yield from rule(s, rows, agreed)
