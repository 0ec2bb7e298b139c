"""Reports that a meeting was held, read from its event word (a verb of holding, "đã có buổi",
"họp", an event then a verb, "tại" with a day, a dated subject, a first session) and from
the named rules of ``patterns/meeting_rules.yaml``.
"""
from __future__ import annotations

import regex

from .meeting_context import Context, Report, clause_before, event_type_of, is_background, session_marks
from .meeting_day import day_in_unit, day_key, day_names_event, opening_day, opens_another
from .meeting_fields import is_online, organizer_of, topic_of
from .meeting_lexicon import END
from .meeting_units import Unit, meeting_rules, stretch, unit_at
from .rule_starts import finditer
from .text import fold


def event_words(ctx: Context) -> list[tuple[int, int, str, bool]]:
    """Event words outside rooms, offices and reference points: (start, end, folded, verb_only)."""
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for m in finditer(lex.event_re, text):
        before = text[max(0, m.start() - 25):m.start()]
        if lex.not_event_before.search(before) or lex.previous_after.match(text, m.end()):
            continue  # "phòng họp", "kết luận của Hội nghị", "phiên tiếp công dân trước (…)"
        key = fold(m.group(0))
        tail = lex.not_event_after.get(key)
        if tail is not None and tail.match(text, m.end()):
            continue  # "lễ hội": a festival, not a ceremony
        out.append((m.start(), m.end(), key, key in lex.verb_only))
    return out


def _window_start(ctx: Context, u: Unit) -> int:
    """Where the words governing an event may start: the unit, or the line before it when a
    hard wrap cut the sentence ("tổ chức buổi⏎Hội nghị …")."""
    text = ctx.ta.text
    if u.index > 0:
        prev = ctx.units[u.index - 1]
        if not prev.is_title and text[prev.end - 1] not in END and "\n" in text[prev.end:u.start]:
            return prev.start
    return u.start


def _frame(ctx: Context, s: int, e: int, key: str, verb_only: bool) -> tuple[str, Unit, int, bool] | None:
    """How the text reports the event word at [s, e) as held: (rule, unit, anchor, organiser
    before the anchor), or None when it names a plan, a habit or nothing held."""
    lex, text = ctx.lex, ctx.ta.text
    u = unit_at(ctx.units, s)
    if u is None:
        return None
    window = text[max(_window_start(ctx, u), s - 45):s]
    hv = lex.held_before.search(window)
    if hv:  # "UBND huyện … tổ chức Hội nghị …"
        pos = s - len(window) + hv.start()
        u = unit_at(ctx.units, pos) or u
        return None if lex.not_held.search(clause_before(text, u.start, pos)) else ("held_verb", u, pos, True)
    have = lex.have_before.search(window)  # "Đoàn công tác … đã có buổi làm việc với huyện …"
    if have and (have.group("cls") or key.startswith(lex.classifiers)):  # "đã có buổi giám sát tại …"
        pos = s - len(window) + have.start()
        return None if lex.not_held.search(clause_before(text, u.start, pos)) else ("have_event", u, pos, True)
    if verb_only and not (key in lex.subject_events and not clause_before(text, u.start, s).strip()):
        return None  # "tiến hành giám sát" needs its verb; "Lễ xuất quân đã diễn ra …" opens its clause
    if verb_only:
        return _then_verb(ctx, s, e, u)
    if key in lex.verb_events:  # "Thường trực HĐND huyện họp …", unless "chủ trì họp"
        planned = lex.as_planned.match(text, u.start, s)  # "Theo kế hoạch, sáng 19/6, Đoàn … đã làm việc với …"
        if lex.not_held.search(text, planned.end() if planned else _after_ground(ctx, u, s), s):
            return None
        return "verb_event", u, s, not regex.search(rf"{lex.chair_re.pattern}\s+$", window, regex.IGNORECASE)
    then = _then_verb(ctx, s, e, u)
    if then:
        return then
    if regex.search(r"(?<!\w)[Tt]ại\s+$", text[max(u.start, s - 6):s]) \
            and not lex.not_held.search(clause_before(text, u.start, s)):
        return "at_event", u, s, False  # "Chiều 3/12, tại kỳ họp thứ 9, …"
    return None


def _after_ground(ctx: Context, u: Unit, s: int) -> int:
    """Where a report's own words start after a ground or a purpose that opens the sentence and the day
    that follows it ("Thực hiện Kế hoạch số … của UBND huyện, ngày 20/6, Ban Chỉ đạo xã đã họp …"): the
    ground's "Kế hoạch" plans nothing of the meeting. Else the unit's start."""
    text = ctx.ta.text
    if not ctx.lex.ground_opening.match(text, u.start, s):
        return u.start
    days = [d for d in ctx.dates if u.start < d.span.start < s and regex.search(
        r",\s*(?:(?:vào\s+)?(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?$", text[u.start:d.span.start], regex.IGNORECASE)]
    return days[-1].span.end if days else u.start


def _then_verb(ctx: Context, s: int, e: int, u: Unit) -> tuple[str, Unit, int, bool] | None:
    """"Kỳ họp … đã bế mạc", "Lễ xuất quân được tổ chức …": the event, then a verb of holding;
    not "chúc Đại hội thành công tốt đẹp"."""
    lex, text = ctx.lex, ctx.ta.text
    after = text[e:min(u.end, e + 110)]
    ha = lex.held_after.search(after)
    if ha and not lex.not_held.search(after[:ha.start()]) and not regex.search(r"[.;]", after[:ha.start()]) \
            and not lex.not_held.search(clause_before(text, u.start, s)):
        return "event_then_verb", u, s, False
    return None


def event_reports(ctx: Context, events: list) -> list[Report]:
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for s, e, key, verb_only in events:
        frame = _frame(ctx, s, e, key, verb_only)
        if frame is None:
            continue
        rule, u, pos, has_organiser = frame
        date, dkey = day_in_unit(ctx, u, pos)
        same = rule in ("verb_event", "held_verb", "have_event") and opens_another(ctx, u, date if dkey else None)
        if is_background(ctx, u, held_day=rule != "at_event" and (date is not None or same)):
            continue
        named_day = rule in ("at_event", "event_then_verb") and date is not None and day_names_event(ctx, e, date)
        strong = rule != "at_event"
        if dkey is None and not same:
            if rule == "at_event":
                continue
            # undated: a report only just after it happened ("vừa qua … tiến hành kiểm tra"),
            # in the lead ("… tổ chức Hội nghị …"), or opening it ("Làm việc với …, …")
            recent = bool(lex.recent.search(text[u.start:pos]))
            opens_lead = u.is_lead and not text[u.start:s].strip(" ,")
            if rule == "verb_event" and not (recent or opens_lead):
                continue
            if rule in ("verb_event", "held_verb", "have_event"):
                strong = recent or opens_lead or (rule != "verb_event" and u.is_lead)
                rule = "lead_event" if opens_lead and not recent else rule
        first, inside = session_marks(ctx, s, e, u)
        out.append(Report(pos=pos, unit=u, rule=rule, strong=strong, event_type=event_type_of(ctx, key), event=(s, e),
                          date=date, day_key=dkey, online=is_online(ctx, u, e), topic=topic_of(ctx, e, u.end),
                          organizer=organizer_of(ctx, u, pos) if has_organiser else None,
                          first_session=first, in_container=inside, named_day=named_day, same_day=same))
    seen = {r.event for r in out}
    for s, e, key, verb_only in events:
        # A dated subject with no other frame: "Sáng 2.10, Đại hội Đảng bộ xã … bước vào phiên thứ hai",
        # an item of a programme ("- 17/6: Hội nghị Ban Thường vụ Huyện ủy …"), unless a plan
        # ("Theo kế hoạch, ngày 20/12, Hội nghị … sẽ diễn ra")
        u = unit_at(ctx.units, s)
        if (s, e) in seen or verb_only or u is None or u.is_title:
            continue  # a dated subject is held on its own day, after "Trước đó," too (``is_background``)
        date, dkey = day_in_unit(ctx, u, s)
        if date is None or date.span.end > s or not stretch("day_to_subject").fullmatch(text, date.span.end, s):
            continue
        stop = stretch("clause_break").search(text, e, u.end)
        if lex.not_held.search(text, u.start, date.span.start) or lex.future.search(text, e, stop.start() if stop
                                                                                    else u.end):
            continue
        first, inside = session_marks(ctx, s, e, u)
        out.append(Report(pos=s, unit=u, rule="dated_subject", strong=True, event_type=event_type_of(ctx, key),
                          event=(s, e), date=date, day_key=dkey, online=is_online(ctx, u, e),
                          topic=topic_of(ctx, e, u.end), first_session=first, in_container=inside))
    # The first session of a body elected at a congress, however the text names it ("Theo kết
    # quả phiên họp thứ nhất, …"): kept only when it follows a congress (see ``merge``).
    seen = {r.event[0] for r in out}
    for m in finditer(lex.first_session, text):
        u = unit_at(ctx.units, m.start())
        if m.start() in seen or u is None or u.is_title or u.is_caption or is_background(ctx, u):
            continue
        if lex.not_held.search(clause_before(text, u.start, m.start())):
            continue
        ev = lex.event_re.match(text, m.start())
        date, dkey = day_in_unit(ctx, u, m.start())
        out.append(Report(pos=m.start(), unit=u, rule="first_session", strong=False,
                          event_type=event_type_of(ctx, fold(ev.group(0))), event=ev.span(), date=date,
                          day_key=dkey, topic=topic_of(ctx, ev.end(), u.end), first_session=True))
    return out


def read_rules(ctx: Context) -> tuple[list[Report], list[Report]]:
    """The phrasings of ``patterns/meeting_rules.yaml``: (reports, fallback reports). Plans and
    chair tags are noted in the context for the other readers."""
    lex, text = ctx.lex, ctx.ta.text
    reports, fallback = [], []
    found = list(meeting_rules().finditer(text))
    for rule, m in found:
        does = rule.get("does")
        if does == "plan" and not (rule.get("unless_held_day") and _held_day_after(ctx, m.end())):
            ctx.plans.append(m.span("event"))
        elif does == "plan_unit":
            u = unit_at(ctx.units, m.start())
            named = u is not None and rule.get("unless_named") and any(u.start <= ms < u.end
                                                                    for ms, _me, _f in ctx.mentions)
            if u is not None and not text[u.start:m.start()].strip(" \t\n-–•*") and not named:
                ctx.plan_units.add(u.index)
        elif does == "chair_nearest":
            ctx.chair_tags.append((*m.span("verb"), rule.name))
        elif does == "chair_then_names":
            ctx.chair_names.append((*m.span("verb"), rule.name, m.end()))
        elif does == "chair_with":
            ctx.chair_with.append((*m.span("verb"), rule.name, m.end()))
    for rule, m in found:
        if rule.get("does") != "report":
            continue
        u = unit_at(ctx.units, m.start())
        if u is None or u.is_title or is_background(ctx, u) or ctx.ta.article.in_chrome(u.start, u.end):
            continue
        at = rule.get("at")
        if at == "unit_start" and text[u.start:m.start()].strip(" \t\n-–•*"):
            continue
        if at == "caption" and not u.is_caption:
            continue
        if lex.not_held.search(clause_before(text, u.start, m.start())) or lex.future.search(text, u.start, u.end):
            continue  # "Tại các hội nghị tiếp xúc, đại biểu sẽ thông tin …"
        event = m.span("event") if m.groupdict().get("event") else None
        key = fold(m.group("event")) if event else None
        event_type = (lex.events.get(key) or lex.verb_only.get(key)) if key else None
        date, dkey = day_in_unit(ctx, u, m.start()) if rule.get("day") == "own" else (None, None)
        if rule.get("needs_day") and dkey is None and not lex.recent.search(text, u.start, m.start()):
            continue
        r = Report(pos=m.start(), unit=u, rule=rule.name, strong=True,
                   event_type=event_type or rule.get("event_type"), event=event or m.span(),
                   date=date, day_key=dkey, online=is_online(ctx, u, m.end()),
                   topic=topic_of(ctx, event[1], u.end) if event else None)
        (fallback if rule.get("strength") == "fallback" else reports).append(r)
    return reports, fallback


def _held_day_after(ctx: Context, pos: int) -> bool:
    """A day right after ``pos`` ("… được tổ chức vào sáng 20/6") on or before the page's own
    date: the passive then reports the meeting held, not its schedule."""
    published = (ctx.ta.article.published or "")[:10]
    day = next((d for d in ctx.dates if pos <= d.span.start <= pos + 25), None)
    value = (day.get("value") or "") if day is not None else ""
    return len(published) == 10 and len(value) == 10 and value <= published \
        and not ctx.lex.future.search(ctx.ta.text, pos, day.span.start)


def is_planned(ctx: Context, r: Report) -> bool:
    """The report's event word is one a ``plan`` rule names: "Lễ … được tổ chức vào ngày …"."""
    return r.unit.index in ctx.plan_units or r.event is not None and any(
        s < r.event[1] and r.event[0] < e for s, e in ctx.plans)  # "buổi tiếp xúc cử tri" holds "tiếp xúc cử tri"


def _headline_predicate(ctx: Context, title: Unit) -> tuple[int, int] | None:
    """An event word that is itself a predicate, after the headline's subject ("Thường trực HĐND
    huyện họp phiên thường kỳ tháng 6", "Chủ tịch UBND huyện làm việc với xã Tân Lập")."""
    for s, e, key, _verb_only in event_words(ctx):
        if title.start <= s < title.end and key in ctx.lex.verb_events:
            return s, e
    return None


def headline_report(ctx: Context, reports: list[Report]) -> list[Report]:
    """The meeting only the headline names ("Hội nghị sơ kết công tác 6 tháng", "Tân Mỹ: Kỳ họp
    chuyên đề", "Huyện Tân Mỹ tổ chức lễ ra quân", "Chủ tịch UBND huyện làm việc với xã …") over a lead that opens on its day and names
    no event ("Sáng 20/6, UBND huyện đánh giá kết quả …"): one report, in the lead, on that day.
    With no day in the lead nor the headline the meeting is still reported, with no day (FACTS.md:
    null when no day is given). Not a headline or a lead that plans ("Chuẩn bị tổ chức …", "… sẽ
    diễn ra …"), a lead that issues a document, nor a lead whose only day is inside it."""
    lex, text = ctx.lex, ctx.ta.text
    title = next((u for u in ctx.units if u.is_title), None)
    lead = next((u for u in ctx.units if u.is_lead), None)
    if title is None or lead is None:
        return []
    framed = next((r for r in reports if r.unit is title and r.event), None)
    head = lex.headline_event.match(text, title.start, title.end)
    event = framed.event if framed else head.span("event") if head else _headline_predicate(ctx, title)
    if event is None or lex.not_held.search(text, title.start, title.end):
        return []
    key = fold(text[event[0]:event[1]])
    if not (key in lex.events or key in lex.headline_verb_events):
        return []  # "Công bố xếp hạng …", "Kiểm tra công tác …": no gathering named
    if lex.not_held.search(text, lead.start, lead.end) or any(lead.start <= s < lead.end for s, _e in ctx.doc_spans):
        return []  # a lead that plans, or issues a document ("Ngày 31/12, UBND tỉnh ra Quyết định …")
    date = opening_day(ctx, lead) or opening_day(ctx, title)
    if date is None and any(lead.start <= d.span.start < lead.end or title.start <= d.span.start < title.end
                            for d in ctx.dates):
        return []  # a day inside the lead may be another's ("… triển khai Kế hoạch ngày 12/3 …")
    return [Report(pos=lead.start, unit=lead, rule="headline_event", strong=True, event_type=event_type_of(ctx, key),
                   event=event, date=date, day_key=day_key(date) if date else None,
                   topic=topic_of(ctx, event[1], title.end))]
