"""What the readers of one article share: the context (units, officials' mentions, candidate
days, cited documents, what the rules noted), the report each reader makes, and the small
questions about a sentence they all ask (its clause, whether it tells the past, an event's type).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import TokenizedArticle
from .meeting_lexicon import Lexicon
from .meeting_units import Unit, stretch
from .model import Fact
from .text import fold


@dataclass
class Report:
    """One statement that a meeting was held (or chaired), before merging."""

    pos: int
    unit: Unit
    rule: str
    strong: bool
    event_type: str | None = None
    event: tuple[int, int] | None = None
    date: Fact | None = None
    day_key: object = None
    organizer: str | None = None
    online: bool = False
    topic: str | None = None
    chairs: list = field(default_factory=list)   # [(official Fact, mention start, mention end)]
    chair_rule: str | None = None
    evidence: tuple[int, int] | None = None      # the words naming the chair: the unit to its clause end
    first_session: bool = False                  # "phiên họp thứ nhất (của Ban Chấp hành khóa mới)"
    in_container: bool = False                   # "phiên họp trù bị của Đại hội": a part of the congress
    named_day: bool = False                      # "tại phiên họp ngày 12/7/2024": a reference point
    same_day: bool = False                       # "Chiều cùng ngày, <body> tổ chức …", "Cũng trong chiều 20/6, …": another meeting


@dataclass
class Context:
    ta: TokenizedArticle
    lex: Lexicon
    units: list[Unit]
    mentions: list                 # [(start, end, official Fact)] sorted
    dates: list                    # day-granularity date facts outside cited documents
    doc_spans: list
    plans: list = field(default_factory=list)        # event spans a ``plan`` rule names planned
    plan_units: set = field(default_factory=set)     # units a ``plan_unit`` rule opens as a plan or a habit
    chair_tags: list = field(default_factory=list)   # chair verbs a ``chair_nearest`` rule tags on one name
    chair_names: list = field(default_factory=list)  # (verb start, end, rule, match end): chairs named after the match
    chair_with: list = field(default_factory=list)   # (verb start, end, rule, match end): a co-chair named after "với"


def official_mentions(ta: TokenizedArticle) -> list:
    out = []
    for f in ta.of_kind("official"):
        ms = f.get("mentions") or [{"start": f.span.start, "end": f.span.end}]
        for m in ms:
            out.append((m["start"], m["end"], f))
    out.sort(key=lambda x: (x[0], -x[1]))
    return out


def in_doc(pos: int, doc_spans: list) -> bool:
    return any(s <= pos < e for s, e in doc_spans)


def blank_officials(text: str, start: int, pos: int, chain: list) -> str:
    """``text[start:pos]`` with the chain's mentions and role texts in it turned to spaces."""
    chunk = list(text[start:pos])
    for fact, ms, me in chain:
        spans = [(ms, me)] + [(r["start"], r["end"]) for r in fact.get("roles") or [] if "start" in r]
        for s, e in spans:
            for i in range(max(s, start), min(e, pos)):
                chunk[i - start] = " "
    return "".join(chunk)


def clause_before(text: str, start: int, pos: int) -> str:
    """Text from the last clause boundary (, ; :) before ``pos`` within [start, pos)."""
    chunk = text[start:pos]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"))
    return chunk[cut + 1:] if cut >= 0 else chunk


def event_type_of(ctx: Context, key: str) -> str:
    return ctx.lex.events.get(key) or ctx.lex.verb_only.get(key) or key


def is_background(ctx: Context, u: Unit, held_day: bool = False) -> bool:
    """The unit tells an earlier event: "Trước đó, tại hội nghị …, ông X đã được …". Not when it
    reports a meeting held on a day of its own ("Trước đó, chiều 8/6, Ban Thường vụ đã họp …",
    "Trước đó, sáng cùng ngày, đoàn đã làm việc với …": ``held_day``): that meeting is reported
    as held all the same, and ``meeting_merge.drop_background`` judges it by its day."""
    return not held_day and bool(ctx.lex.background_opener.match(ctx.ta.text, u.start, u.end))


def session_marks(ctx: Context, s: int, e: int, u: Unit) -> tuple[bool, bool]:
    """(names a first session, names a container in its clause): "phiên họp thứ nhất của Ban Chấp
    hành" is a first session; "phiên họp trù bị của Đại hội" a session of the congress itself."""
    text = ctx.ta.text
    first = bool(ctx.lex.first_session.match(text, s))
    stop = stretch("clause_break").search(text, e, u.end)
    clause = text[e:stop.start() if stop else u.end]
    inside = any(event_type_of(ctx, fold(m.group(0))) in ctx.lex.containers
                 for m in ctx.lex.event_re.finditer(clause))
    return first, inside
