"""The chair reading: who a chair verb ("chủ trì", "đồng chủ trì", "dưới sự chủ trì của")
names, before or after it, as one name or a list of co-chairs, and who only attended.
"""
from __future__ import annotations

import regex

from .meeting_context import (Context, Report, blank_officials, clause_before, event_type_of, is_background,
                              session_marks)
from .meeting_day import day_in_unit, day_names_event, opens_another
from .meeting_fields import is_online, topic_of
from .meeting_units import BULLET, Unit, stretch, unit_at
from .rule_starts import finditer
from .text import fold


def _gap_ok(ctx: Context, gap: str) -> bool:
    """Only roles and list separators: short, and no word that starts another clause."""
    return len(gap) <= 160 and not ctx.lex.breaks.search(gap)


def chain_before(ctx: Context, u: Unit, pos: int) -> list:
    """Officials named right before ``pos`` with only their roles and list separators between."""
    text = ctx.ta.text
    chain = []
    cursor = pos
    start = _list_start(ctx, u)
    before = [m for m in ctx.mentions if start <= m[0] and m[1] <= pos]
    for m in reversed(before):
        if m[1] > cursor:
            continue
        gap = text[m[1]:cursor]
        if not chain:
            gap = ctx.lex.attend_and.sub("", gap.rstrip())  # "… tới dự, chủ trì", "… dự và chủ trì"
        if not _gap_ok(ctx, gap):
            break
        chain.append((m[2], m[0], m[1]))
        cursor = m[0]
    chain.reverse()
    if len(chain) > 1:
        if ctx.lex.attendance.search(text, u.start, chain[0][1]):
            # "Tham dự có đồng chí A, …; đồng chí B … chủ trì": A attended, B chaired.
            for i in range(len(chain) - 1, 0, -1):
                if ";" in text[chain[i - 1][2]:chain[i][1]]:
                    chain = chain[i:]
                    break
    return chain


def _list_start(ctx: Context, u: Unit) -> int:
    """Where the names before a chair verb may start: the unit, or the line before it when that
    line ends on a list separator ("Đồng chí A, Chủ tịch UBND huyện;⏎đồng chí B, … đồng chủ trì")."""
    if u.index > 0:
        prev = ctx.units[u.index - 1]
        text = ctx.ta.text
        if not prev.is_title and text[prev.start:prev.end].rstrip()[-1:] in (",", ";") \
                and "\n" in text[prev.end:u.start]:
            return prev.start
    return u.start


def _event_after(ctx: Context, pos: int) -> regex.Match | None:
    """The event word right after the chair verb: "chủ trì phiên họp", "chủ trì buổi tiếp công dân"."""
    text, lex = ctx.ta.text, ctx.lex
    start = pos + len(text[pos:pos + 10]) - len(text[pos:pos + 10].lstrip())
    return lex.event_re.match(text, start) or lex.event_re.match(text, lex.chair_fillers.match(text, pos).end())


def _names_event(ctx: Context, pos: int) -> bool:
    """A gathering named right after the chair verb and its fillers: "chủ trì, chỉ đạo hội nghị"
    chairs it, where "chủ trì, kiểm tra việc thực hiện" gives a task (a verb-only word)."""
    text, lex = ctx.ta.text, ctx.lex
    ev = lex.event_re.match(text, lex.chair_second.match(text, pos).end())
    return ev is not None and fold(ev.group(0)) in lex.events


def _list_end(ctx: Context, u: Unit) -> int:
    """Where the names after a chair verb may run: the unit, and when it ends on a colon the
    lines after it that are bullets or open on a name ("Chủ trì hội nghị có các đồng chí:⏎- Đồng
    chí A, …;⏎- Đồng chí B …", "… các đồng chí:⏎Đồng chí A - …⏎Đồng chí B - …")."""
    text, end = ctx.ta.text, u.end
    if text[u.start:u.end].rstrip().endswith(":"):
        for nxt in ctx.units[u.index + 1:]:
            if not (BULLET.match(text, nxt.start, nxt.end) or _opens_on_name(ctx, nxt)):
                break
            end = nxt.end
    return end


def _opens_on_name(ctx: Context, u: Unit) -> bool:
    """The line opens on an official's name, after at most a bullet and an honorific."""
    first = next((m for m in ctx.mentions if u.start <= m[0] < u.end), None)
    return first is not None and bool(ctx.lex.list_line.fullmatch(ctx.ta.text, u.start, first[0]))


def _chain_after(ctx: Context, u: Unit, pos: int) -> list:
    """The official named after "dưới sự chủ trì của", "Chủ trì phiên họp," (and co-chairs)."""
    text = ctx.ta.text
    chain = []
    cursor = pos
    ev = _event_after(ctx, pos)
    if ev:
        cursor = ev.end()
    end = _list_end(ctx, u)
    for m in ctx.mentions:
        if m[0] < cursor or m[0] >= end:
            continue
        if chain and m[2] is chain[-1][0]:
            continue
        gap = ctx.lex.side_intro.sub(" ", text[cursor:m[0]])  # "; về phía tỉnh có ông B": B's side
        if not chain:
            gap = regex.sub(r"^\s*(?:của|là|có)(?!\w)", "", gap, flags=regex.IGNORECASE)
            if len(gap) > 90 or not _gap_ok(ctx, gap):
                break
        elif not (stretch("chair_list_joint").search(gap) or ctx.lex.next_chair.search(gap)
                  or _titled_next(ctx, cursor, m, chain[-1])) or not _gap_ok(ctx, gap):
            break
        chain.append((m[2], m[0], m[1]))
        cursor = m[1]
    return chain


def _titled_next(ctx: Context, cursor: int, m: tuple, last: tuple) -> bool:
    """A comma, then the next co-chair's own title before the name: "có Chủ tịch UBND huyện A,
    Bí thư Huyện ủy B" (the gap is the comma and B's role); or the last co-chair's title after
    a dash, then the comma: "có các đồng chí A - Chủ tịch UBND huyện, B - Phó Chủ tịch …"."""
    gap = blank_officials(ctx.ta.text, cursor, m[0], [last, (m[2], m[0], m[1])])
    return bool(stretch("titled_next_gap").fullmatch(gap))


def _named_by_noun(ctx: Context, u: Unit, noun: int) -> list:
    """The official a chair noun stands beside ("đồng chí X, Chủ tịch UBND huyện - người chủ trì
    hội nghị", "ông X là người chủ trì"): the names right before it, after a comma, a dash or "là"."""
    sep = stretch("apposition_before_chair_noun").search(ctx.ta.text, u.start, noun)
    return chain_before(ctx, u, sep.start()) if sep else []


def _names_before(ctx: Context, u: Unit, verb: int, nominal: bool) -> list | None:
    """The chairs named before the verb, or None when the verb names a role in a rule ("người
    chủ trì cuộc họp có trách nhiệm kết luận …") with nobody beside it."""
    noun = ctx.lex.chair_noun.search(ctx.ta.text, u.start, verb)
    if noun:
        return _named_by_noun(ctx, u, noun.start()) or None
    return [] if nominal else chain_before(ctx, u, verb)


def _partners_with(ctx: Context, u: Unit, verb: int, chain: list) -> tuple[str | None, list]:
    """The co-chairs named after "với" ("A cùng chủ trì hội nghị với đồng chí B, …", rule
    ``chair_with``): the names right after it, when A is named before the verb."""
    hit = next(((name, end) for s, e, name, end in ctx.chair_with if s <= verb < e), None)
    if hit is None or not chain:
        return None, []
    partners = _chain_after(ctx, u, hit[1])
    if not partners or regex.search(r"[,;:.]", ctx.ta.text[hit[1]:partners[0][1]]):
        return None, []  # "… với UBND xã, đồng chí B …": a body first, then another person
    return hit[0], partners


def _named_chairs(ctx: Context, u: Unit, verb: int, nominal: bool) -> tuple[list, str | None, list] | None:
    """(the chairs named before the verb, the rule naming them after it, those named after it).
    "<verb> (<event>) có|là|gồm <names>" names its chairs after the verb, whoever is named before
    it ("Tham dự có ông A, …; chủ trì hội nghị có ông B", "Người chủ trì hội nghị là …"). None
    for a role in a rule with nobody named ("người chủ trì cuộc họp có trách nhiệm …")."""
    named = next(((name, end) for s, e, name, end in ctx.chair_names if s <= verb < e), None)
    chain = _names_before(ctx, u, verb, nominal)
    if chain is None and not (named and _chain_after(ctx, u, named[1])):
        return None
    after_first = _chain_after(ctx, u, named[1]) if named and not nominal else []
    return ([] if after_first else chain or []), (named[0] if named else None), after_first


def _opens_on_period(ctx: Context, u: Unit) -> bool:
    """A sentence after the lead opening on a period, not a day ("Tháng 5/2024, đồng chí B đã chủ
    trì hội nghị sơ kết", "Năm 2023, …", "Trong quý I, …", "Năm qua, …"): a period's work recalled."""
    text, lex = ctx.ta.text, ctx.lex
    if u.is_lead or u.is_title:
        return False
    if lex.period_opener.match(text, u.start, u.end):
        return True
    first = next((d for d in ctx.ta.of_kind("date") if u.start <= d.span.start < u.end), None)
    return first is not None and first.get("granularity") in ("month", "quarter", "half", "year") \
        and bool(lex.period_lead.fullmatch(text, u.start, first.span.start)) \
        and text[first.span.end:first.span.end + 2].lstrip()[:1] == ","


def _complete_chain(ctx: Context, u: Unit, k: regex.Match, chain: list, rule: str, named: tuple) -> tuple[list, str]:
    """The chairs and the rule naming them, once the verb is known to chair: the names before it,
    else those after it, else the one holder of a title written alone; and the co-chairs after
    "với" (``named``: the rule naming chairs after the verb, those names, a chair tag's rule)."""
    named_after, after_first, tag = named
    if not chain:
        chain = after_first or _chain_after(ctx, u, k.end())
        rule = named_after or "chair_after"
    if not chain:
        chain = _titled_only(ctx, u, k.start()) or _titled_after(ctx, u, k.end())
        rule = "chair_by_title" if chain else rule
    with_rule, partners = _partners_with(ctx, u, k.start(), chain)
    if partners:
        chain, rule = chain + partners, with_rule
    if fold(k.group(0)).startswith("đồng") or len(chain) > 1:
        rule = "co_chair" if chain else rule
    if tag and chain:
        rule = tag
    return chain, rule


def chair_reports(ctx: Context) -> list[Report]:
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for k in finditer(lex.chair_re, text):
        u = unit_at(ctx.units, k.start())
        # "Trước đó, tại hội nghị, …" is background; "Trước đó, chiều 8/6, đồng chí X chủ trì …" is reported
        if u is None or is_background(ctx, u, held_day=any(u.start <= d.span.start < k.start() for d in ctx.dates)) \
                or _opens_on_period(ctx, u):
            continue
        before = text[u.start:k.start()]
        after_k = text[k.end():u.end]
        nominal = bool(regex.search(r"(?<!\w)sự\s+$", before))
        found = _named_chairs(ctx, u, k.start(), nominal)
        if found is None:
            continue
        chain, named_after, after_first = found
        tag = next((name for s, e, name in ctx.chair_tags if s <= k.start() < e), None)
        if tag and len(chain) > 1:
            chain = chain[-1:]  # "Đ/c B – PCT HĐND xã Đ/c: C – PCT UBND xã – Đồng chủ trì": C alone
        # "Sở Nội vụ chủ trì, phối hợp …" is a lead agency, unless a named official's role
        # chain ends at the verb ("ông B – Giám đốc Sở Kế hoạch và Đầu tư đồng chủ trì").
        if (lex.lead_before.search(before[-40:]) and not chain) or (lex.lead_after.match(after_k)
                                                                    and not _names_event(ctx, k.end())):
            continue
        ev = _event_after(ctx, k.end())
        # the clause ends at the verb, or after the chair's second verbs ("… chủ trì và kết luận.")
        ends = not after_k.strip() or after_k.lstrip()[:1] in ".;!?)–-," or bool(lex.chair_then_end.match(after_k))
        with_partner = any(s <= k.start() < e for s, e, _n, _end in ctx.chair_with)  # "A cùng chủ trì với B"
        near_event = None
        if not ev:
            near = lex.event_re.search(text, k.end(), min(u.end, k.end() + 50))
            if near and not regex.search(r"[.;,]", text[k.end():near.start()]):
                near_event = near
        rule = "chair_do" if chain and regex.search(r"(?<!\w)do\s+(?:\S+\s+){0,3}$", text[u.start:chain[0][1]]) \
            else "chair_before"
        prior = None if (ev or near_event) else next(lex.event_re.finditer(text, u.start, k.start()), None)
        # "<event> do X chủ trì" is chairing whatever follows ("… do đồng chí Z chủ trì để bầu …")
        if not (ev or near_event or ends or named_after or with_partner or regex.match(r"\s+của(?!\w)", after_k)
                or lex.chair_place.match(after_k)
                or (rule == "chair_do" and prior is not None and prior.end() <= chain[0][1])):
            continue
        # A plan word ("dự kiến", "sẽ") in the clause, read with the chairs' names and roles
        # blanked out: "Giám đốc Sở Kế hoạch và Đầu tư … chủ trì" is no plan.
        if lex.not_held.search(clause_before(blank_officials(text, u.start, k.start(), chain), 0, k.start() - u.start)):
            continue
        if prior and lex.future.search(text, u.start, k.start()):
            continue  # "Kỳ họp … dự kiến diễn ra vào ngày … do đồng chí X chủ trì"
        chain, rule = _complete_chain(ctx, u, k, chain, rule, (named_after, after_first, tag))
        event = ev or near_event or prior  # "Hội nghị do ông X … chủ trì.": the event word before
        key = fold(event.group(0)) if event else None
        date, day_key = day_in_unit(ctx, u, k.start())
        if event and date is None and stretch("plural_before_event").search(text, u.start, event.start()):
            continue  # "Các hội nghị do đồng chí X chủ trì trong năm qua …": a tally, no one meeting
        last = max([k.end()] + [c[2] for c in chain])
        stop = stretch("chair_clause_stop").search(text, last, u.end) if last < u.end else None
        first, inside = session_marks(ctx, event.start(), event.end(), u) if event else (False, False)
        # a chair verb naming nobody and no day starts no meeting of its own ("Theo phân cấp,
        # Chủ tịch UBND xã chủ trì các phiên họp"); it joins a meeting reported otherwise
        strong = bool(chain) or date is not None or bool(lex.recent.search(text, u.start, k.start()))
        r = Report(pos=k.start(), unit=u, rule="chair_statement", strong=strong,
                   event_type=event_type_of(ctx, key) if key else None,
                   event=event.span() if event else None, date=date, day_key=day_key,
                   chairs=chain, chair_rule=rule, evidence=(u.start, stop.start() if stop else max(u.end, last)),
                   first_session=first, in_container=inside,
                   named_day=bool(event and date is not None and not named_after
                                  and day_names_event(ctx, event.end(), date)),
                   same_day=bool(chain and ev and opens_another(ctx, u, date)))
        if ev:
            r.topic = topic_of(ctx, ev.end(), u.end)
            r.online = is_online(ctx, u, ev.end())
        out.append(r)
    return out


def _titled_only(ctx: Context, u: Unit, verb: int) -> list:
    """A chair named by title alone ("Chủ tịch UBND huyện chủ trì hội nghị", "Hội nghị do Bí thư
    Huyện ủy chủ trì"): the one official of the article holding that title as written, named
    elsewhere ("Phát biểu kết luận, đồng chí A, Chủ tịch UBND huyện …"); none when no one, or
    more than one, holds it."""
    text = ctx.ta.text
    m = stretch("title_before_chair_verb").fullmatch(text[u.start:verb])
    if m is None:
        return []
    start = u.start + m.start("t") + ctx.lex.list_line.match(m.group("t")).end()  # "Đồng chí Chủ tịch …"
    return _holder(ctx, start, u.start + m.end("t"), verb)


def _titled_after(ctx: Context, u: Unit, pos: int) -> list:
    """The same title alone after the chair verb ("dưới sự chủ trì của Chủ tịch UBND huyện", "Chủ
    trì hội nghị là Bí thư Huyện ủy"), up to the clause's end."""
    ev = _event_after(ctx, pos)
    m = stretch("title_after_chair_verb").match(ctx.ta.text, ev.end() if ev else pos, u.end)
    if m is None:
        return []
    start = m.start("t") + ctx.lex.list_line.match(m.group("t")).end()
    return _holder(ctx, start, m.end("t"), m.end("t"))


def _holder(ctx: Context, start: int, end: int, verb: int) -> list:
    """The one official holding the title written at [start, end), when no one is named between it
    and ``verb``."""
    title = fold(" ".join(ctx.ta.text[start:end].split()))
    holders = {id(o): o for _s, _e, o in ctx.mentions
               for r in o.get("roles") or [] if not r.get("former") and _same_role(title, r)}
    if len(holders) != 1 or any(min(start, verb) <= s < max(end, verb) for s, _e, _o in ctx.mentions):
        return []
    return [(next(iter(holders.values())), start, end)]


def _same_role(title: str, role: dict) -> bool:
    """The title as written is the role's words, or its words without the role's place."""
    written = fold(" ".join((role.get("text") or "").split()))
    return bool(title) and (title == written or written == f"{title} {fold(role.get('place') or '')}")


def attendees_in(ctx: Context, u: Unit) -> list:
    """Officials the unit says attended: after "Tham dự … có", or before "dự và chỉ đạo"."""
    text = ctx.ta.text
    found = []
    for a in ctx.lex.attendance.finditer(text, u.start, u.end):
        found += [m[2] for m in ctx.mentions if a.end() <= m[0] < u.end]
        found += [c[0] for c in chain_before(ctx, u, a.start())]
    return found
