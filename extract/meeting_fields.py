"""What a meeting fact says besides its day and chair: the organising body, whether it was
held online, its topic, its place and the chairs' roles as text.
"""
from __future__ import annotations

import regex

from .meeting_context import Context, in_doc
from .meeting_lexicon import CAP
from .meeting_units import Unit
from .model import Fact
from .place_names import named_places
from .text import normalize_tones


def organizer_of(ctx: Context, u: Unit, verb_pos: int) -> str | None:
    """The body before the verb of holding: "UBND huyện Tiên Phước (tổ chức)".

    Looked for in the clause before the verb, else from the day (or the unit start) on, past
    a place ("tại Hội trường …,"); cut before a co-organiser, a term, a chair or a person.
    """
    lex, text = ctx.lex, ctx.ta.text
    start = u.start
    for d in ctx.dates:
        if u.start <= d.span.start and d.span.end <= verb_pos:
            start = max(start, d.span.end)
    for ms, _me, _f in ctx.mentions:
        if start <= ms < verb_pos:
            verb_pos = ms  # the body is named before the people ("Đoàn giám sát … do ông X …")
            break
    stretch = normalize_tones(text[start:verb_pos])  # same length: "Uỷ ban" is found as "Ủy ban"
    where = regex.match(r"\s*,?\s*(?:[Tt]ại|[Ởở])\s[^,]*,", stretch)  # "tại Hội trường UBND huyện, …"
    clause = max(stretch.rfind(","), stretch.rfind(";")) + 1
    m = None
    for lo in (clause, where.end() if where else 0):
        m = next((h for h in lex.organiser_head.finditer(stretch, lo)
                  if not in_doc(start + h.start(), ctx.doc_spans)), None)  # not "08/KH-HĐND"
        if m:
            break
    if not m:
        return None
    org = text[start + m.start():verb_pos]
    stop = lex.organiser_stop.search(org, len(m.group(0)))
    if stop:
        org = org[:stop.start()]
    org = " ".join(org.split()).strip(" ,.-–:")
    return org or None


def is_online(ctx: Context, u: Unit, event_end: int) -> bool:
    text = ctx.ta.text
    return bool(ctx.lex.online_after.search(text[event_end:min(u.end, event_end + 30)])
                or ctx.lex.online_phrases.search(text, u.start, u.end))


def topic_of(ctx: Context, pos: int, end: int) -> str | None:
    """The words after the event word, to the end of its clause: "triển khai công tác CCHC năm 2022"."""
    text = ctx.ta.text
    for d in ctx.dates:
        if pos <= d.span.start < end:
            end = d.span.start
            break
    m = ctx.lex.topic_stop.search(text, pos, end)
    t = text[pos:m.start() if m else end]
    t = regex.sub(r"^\s*(?:trực tuyến|online)(?!\w)", "", t, flags=regex.IGNORECASE)
    t = " ".join(t.split()).strip(" ,:(")
    return t or None


def role_text(official: Fact) -> str:
    parts = []
    for role in official.get("roles") or []:
        t = role.get("text") or " ".join(x for x in (role.get("title"), role.get("org"), role.get("place")) if x)
        if t and t not in parts:
            parts.append(t)
    return ", ".join(parts)


def place_of(ctx: Context, organizer: str | None, lead: Unit | None, chairs: list) -> str | None:
    """The organiser's place ("huyện Nông Sơn"), else the headline's ("Vị Xuyên: Họp …"), the
    place of the chair's role (resolved by the officials extractor), or the lead's first
    place that is not part of a person's name."""
    text = ctx.ta.text
    if organizer:
        for m in named_places(organizer):  # the place stage's grammar over the organiser's words
            return m.level_and_name
    title = next((u for u in ctx.units if u.is_title), None)
    for u in (title, "chair", lead):
        if u == "chair":
            roles = [r for o in chairs for r in o.get("roles") or [] if r.get("place")]
            if roles:
                return roles[0]["place"]
            continue
        if u is None:
            continue
        if u is title:
            colon = regex.match(rf"\s*({CAP}(?:\s{CAP}){{0,3}})\s*:", text[u.start:u.end])
            if colon and not colon.group(1).isupper() and colon.group(1).split()[0] not in ctx.lex.not_place_names:
                return colon.group(1)
        for m in ctx.ta.places:  # the place stage's mentions
            if m.start < u.start or m.end > u.end:
                continue
            if not any(ms < m.end and m.name_start < me for ms, me, _f in ctx.mentions):
                return m.level_and_name
    return None
