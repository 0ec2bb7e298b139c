"""The fact-kind registry: what each kind of fact is, declared once (issue 14).

Each kind declares its fields (docs/facts.md), its short value (stored beside the fact and
shown by the command line), the real store columns its fields fill, its label and colour in
the view, and its evaluation keys.  The store (``db/store.py``), the command line
(``extract/cli_facts.py``), the view (``extract/render.py``), the spaCy Doc
(``extract/spacy_doc.py``), the score queries (``db/scores.py``) and the evaluation
(``corpus/evaluate.py``) read these declarations instead of listing kinds by hand, so a new
kind is one :func:`declare` call beside its stage.  Light: imports only the core's keys.

>>> kind("document_ref").value({"canonical": "04-NQ/TU"})
'04-NQ/TU'
>>> [k.name for k in kinds()][:3]
['document_ref', 'date', 'meeting']
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Iterable

from .text import document_key, fold, org_key

Keys = Iterable[tuple[str, Any]]  # (evaluation key name, comparable key) pairs


def _no_keys(_entry: dict) -> Keys:
    return ()


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, as every part of govfacts that handles facts needs to know it."""

    name: str
    fields: tuple[str, ...]  # beside id, kind, span, extractor, rule, confidence (docs/facts.md)
    value: Callable[[dict], Any]  # the short value stored in ``facts.value`` (None: none)
    summary: Callable[[dict], str]  # the fact in a few words (``govfacts facts``)
    label: str = ""  # the mark's Vietnamese label in the view ("": the name in capitals)
    legend: str = ""  # its English name in the legend and tooltips ("": the kind's name)
    colour: str = "#dddddd"  # displaCy's palette
    depth: int = 4  # outermost mark first when two cover the same words
    plural: str = ""  # the gold file's list of this kind, and the score queries' group
    columns: Callable[[dict], dict] | None = None  # fields copied into real ``facts`` columns
    eval_keys: tuple[str, ...] = ()  # the evaluation's kinds this one is scored as
    predicted: Callable[[dict], Keys] = _no_keys  # keys of one extracted fact
    gold: Callable[[dict], Keys] = _no_keys  # keys of one entry of the gold list ``plural``


_KINDS: dict[str, FactKind] = {}


def declare(fact_kind: FactKind) -> FactKind:
    """Add (or replace) a kind; the order of declaration is the order of reports."""
    _KINDS[fact_kind.name] = fact_kind
    return fact_kind


def forget(name: str) -> None:
    """Remove a kind (tests that declare a toy kind clean up with this)."""
    _KINDS.pop(name, None)


def kind(name: str) -> FactKind | None:
    return _KINDS.get(name)


def kinds() -> list[FactKind]:
    return list(_KINDS.values())


def kind_names() -> list[str]:
    return list(_KINDS)


def eval_key_names() -> list[str]:
    """Every evaluation key, in the order of the kinds that declare them."""
    return [key for k in _KINDS.values() for key in k.eval_keys]


def field(name: str) -> Callable[[dict], Any]:
    """The value of a kind that is one of its fields."""
    return lambda fields: fields.get(name)


def summary_of(*names: str) -> Callable[[dict], str]:
    """A summary listing ``name=value`` for the fields given, skipping empty ones."""
    return lambda f: "  ".join(f"{k}={f.get(k)}" for k in names if f.get(k) not in (None, [], ""))


# -- the kinds of docs/facts.md ------------------------------------------------------------

def document_columns(fields: dict) -> dict:
    """The fields of a citation that the audit reads in SQL (db/audit.py), as column values."""
    issued = fields.get("issued_on")
    valid = fields.get("valid")
    year = fields.get("year")
    word = fields.get("type_word")
    codes = fields.get("unknown_codes") or []
    return {
        "issued_on": issued[:10] if isinstance(issued, str) else None,
        "date_valid": valid if isinstance(valid, bool) else None,
        "number_year": year if isinstance(year, int) and not isinstance(year, bool) else None,
        "type_word": word[:64] if isinstance(word, str) and word else None,
        "unknown_codes": (",".join(str(c) for c in codes)[:120] or None) if isinstance(codes, list) else None,
    }


def _document_summary(f: dict) -> str:
    extra = [f.get("canonical")]
    if f.get("issued_on"):
        extra.append(f"issued {f['issued_on']}" + ("" if f.get("valid", True) else " (impossible date)"))
    if f.get("issuer"):
        extra.append(f"by {f['issuer']}")
    return "  ".join(x for x in extra if x)


def _document_keys(d: dict) -> Keys:
    """A citation is scored by its folded number, and with its issue date when it has one."""
    yield "document_ref", document_key(d["canonical"])
    if d.get("issued_on"):
        yield "document_date", (document_key(d["canonical"]), d["issued_on"])


def _days(value: str, end: str | None) -> list[str]:
    """The days of a range (at most 63 of them; a longer one is scored by its ends)."""
    if not end or len(end) != 10:
        return [value]
    try:
        a, b = date.fromisoformat(value), date.fromisoformat(end)
    except ValueError:
        return [value, end]
    if not 0 <= (b - a).days <= 62:
        return [value, end]
    return [(a + timedelta(n)).isoformat() for n in range((b - a).days + 1)]


def _date_keys(f: dict) -> Keys:
    """Only a day with its year counts: months, quarters and yearless days are not scored."""
    if f.get("granularity") == "day" and f.get("value"):
        for day in _days(f["value"], f.get("end_value")):
            yield "date", day


def _meeting_keys(m: dict, *, chair_name: Callable[[Any], str]) -> Keys:
    yield "meeting", m.get("date")
    for c in m.get("chair") or []:
        yield "meeting_chair", (m.get("date"), fold(chair_name(c)))


def _official_summary(f: dict) -> str:
    roles = "; ".join(" / ".join(x for x in (r.get("title"), r.get("org"), r.get("place")) if x)
                      for r in f.get("roles") or [])
    return f"{f.get('name')}" + (f" ({roles})" if roles else "")


def _official_keys(o: dict) -> Keys:
    yield "official", fold(o["name"])
    for r in o.get("roles") or []:
        yield "role", (fold(o["name"]), fold(r.get("title") or ""), org_key(r.get("org") or ""))


def _num(x: Any) -> float | None:
    return None if x is None else round(float(x), 3)


def relation_value(fields: dict) -> str:
    """The stored value of a relation fact: "from-key|type|to-key", folded as :func:`document_key`,
    so "what was done with 16-NQ/TU" filters in SQL (db/relations.py) before reading any JSON."""
    return f"{document_key(fields.get('from') or '')}|{fields.get('type') or ''}|{document_key(fields.get('to') or '')}"


def _relation_keys(r: dict) -> Keys:
    yield "relation", (document_key(r["from"]), r["type"], document_key(r["to"]))


declare(FactKind(
    "document_ref",
    ("canonical", "number", "year", "type_code", "type_name", "issuer_code", "issuer", "issued_on", "subject",
     "system"),
    value=field("canonical"), summary=_document_summary, label="VĂN BẢN", legend="document", colour="#ff8197",
    depth=2, plural="document_refs", columns=document_columns, eval_keys=("document_ref", "document_date"),
    predicted=_document_keys, gold=_document_keys))
declare(FactKind(
    "date", ("value", "end_value", "granularity", "year_source", "valid", "part_of_day", "timex"),
    value=field("value"), summary=summary_of("value", "end_value", "part_of_day"), label="NGÀY", legend="date",
    colour="#bfe1d9", depth=5, plural="dates", eval_keys=("date",), predicted=_date_keys,
    gold=lambda day: [("date", day)]))  # the gold lists days as strings
declare(FactKind(
    "meeting", ("event_type", "topic", "date", "organizer", "chair", "attendees", "online"),
    value=field("date"), summary=summary_of("event_type", "date", "chair"), label="CUỘC HỌP", legend="meeting",
    colour="#ffeb80", depth=1, plural="meetings", eval_keys=("meeting", "meeting_chair"),
    predicted=lambda f: _meeting_keys(f, chair_name=lambda c: c if isinstance(c, str) else c.get("name", "")),
    gold=lambda m: _meeting_keys(m, chair_name=lambda c: c)))
declare(FactKind(
    "official", ("name", "honorific", "roles", "mentions"),
    value=field("name"), summary=_official_summary, label="CÁN BỘ", legend="official", colour="#aa9cfc",
    depth=3, plural="officials", eval_keys=("official", "role"), predicted=_official_keys, gold=_official_keys))
declare(FactKind(
    "score", ("value", "max", "unit", "subject", "index", "year", "change"),
    value=field("value"), summary=summary_of("value", "max", "unit"), label="ĐIỂM", legend="score",
    colour="#e4e7d2", plural="scores", eval_keys=("score",),
    predicted=lambda f: [("score", (_num(f.get("value")), _num(f.get("max")), f.get("unit")))],
    gold=lambda s: [("score", (_num(s["value"]), _num(s.get("max")), s.get("unit")))]))
declare(FactKind(
    "ranking", ("rank", "out_of", "subject", "index", "year", "group", "change"),
    value=field("rank"), summary=summary_of("rank", "out_of"), label="XẾP HẠNG", legend="ranking",
    colour="#c887fb", plural="rankings", eval_keys=("ranking",),
    predicted=lambda f: [("ranking", (f.get("rank"), f.get("out_of")))],
    gold=lambda r: [("ranking", (r["rank"], r.get("out_of")))]))
declare(FactKind(
    "rating", ("level", "subjects", "index", "year"),
    value=field("level"), summary=summary_of("level", "subjects"), label="XẾP LOẠI", legend="rating",
    colour="#9cc9cc", plural="ratings"))  # not annotated in the gold: no evaluation key
declare(FactKind(
    "relation", ("type", "from", "to", "from_issued_on", "to_issued_on", "from_issuer", "to_issuer", "words"),
    value=relation_value, summary=summary_of("type", "from", "to"), plural="relations", eval_keys=("relation",),
    predicted=_relation_keys, gold=_relation_keys))
