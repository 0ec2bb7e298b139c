"""Meetings the article reports as held, with their day and who chaired them.

What counts as a meeting: a gathering of officials held at a time and place, named by an
event word (``patterns/meeting_words.yaml``): hội nghị, hội thảo, tọa đàm, phiên họp, kỳ
họp, cuộc họp (and the verb "họp"), đại hội, buổi làm việc ("làm việc với …"), a citizens'
reception (tiếp công dân), a voters' meeting (tiếp xúc cử tri), a dialogue, a ceremony
("lễ công bố", "lễ ra mắt" …), and a supervision or inspection visit when it is held
("tiến hành giám sát"). A meeting is a fact only when the text reports it as held:

* a verb of holding ........ "UBND huyện Tiên Phước tổ chức Hội nghị trực tuyến triển khai …"
* "có" + classifier ........ "Đoàn công tác … đã có buổi làm việc với huyện …"   (have_event)
* the verb "họp" ........... "Ban Chỉ đạo CCHC huyện Ba Bể đã họp đánh giá …"
* an event then a verb ..... "Kỳ họp … đã bế mạc", "Hội nghị đã diễn ra nghiêm túc"
* "tại" with a day ......... "Chiều 3/12, tại kỳ họp thứ 9, đại biểu đã chất vấn …"
* a dated subject .......... "Sáng 2.10, Đại hội Đảng bộ xã … bước vào phiên thứ hai"
* a lead opening with it ... "Làm việc với UBND xã …, Đoàn công tác đề nghị …"
* a chair ................. "Đồng chí X … chủ trì buổi tiếp công dân"
* the headline alone ...... "Hội nghị sơ kết công tác 6 tháng" over "Sáng 20/6, UBND huyện đánh giá …",
  when nothing else reports a meeting (``headline_report``; not "Công bố xếp hạng …"); with no
  day in the lead nor the headline, a meeting with no day
* the phrasings of ``patterns/meeting_rules.yaml`` (named rules, read through
  ``extract/grammar.py``): "Tại hội nghị, …" opening a sentence, a speech "tại buổi làm việc",
  a caption "Quang cảnh hội nghị", "đã trao Quyết định" — each a meeting only when the article
  reports no other (``strength: fallback``, dated by the dateline lead or headline) — a series
  "đã tổ chức các cuộc hội nghị" (no day), a session "phiên làm việc sáng ngày …"; plans
  ("… được tổ chức vào ngày …"), a chair tag after one name's roles ("– Đồng chủ trì"), and a
  full stop after an abbreviated title ("PCT. UBND xã") that ends no sentence

Plans, wishes and habits are not ("kỳ họp dự kiến khai mạc vào ngày 5/7", "sẽ tổ chức", the
next one or a time to come after the event: "chủ trì các cuộc họp chuyên đề trong tháng tới",
"chuẩn bị tổ chức", "Theo kế hoạch, ngày 20/12, Hội nghị … sẽ diễn ra"), nor meetings named
as background: "sau kỳ họp thứ 4", "kết luận của Hội nghị … ngày 2/3", "chương trình kỳ họp
thứ 8", the previous one ("tại phiên tiếp công dân trước (ngày 15/7)"), a clause opening on
the past ("Trước đó, ngày 3/7, Ban Thường vụ đã họp …", "Như đã đưa tin, …"), a count of
meetings ("đã tổ chức 12 cuộc họp chuyên đề", "chủ trì 15 buổi tiếp công dân"), a meeting
reported after the first one on a day over a month before it (``drop_background``), and a meeting named by its day
("tại phiên họp ngày 12/7/2024") unless the article reports no other. A start date or a
deadline is never a meeting's day ("có hiệu lực từ ngày 01/10/2023", "kể từ ngày …"), and a
day after the page's own date is a schedule or an announcement, never a held meeting's ("Lịch
công tác tuần … Thứ Hai (24/6): … chủ trì họp …" on a page of 21/6). A day given once for a
sequence of sessions ("Trong 2 ngày 12 và 13/6") dates the meeting by the first, as a range does;
"Sáng nay, …" with no day of its own takes the page's date line.

Reports of one meeting (the lead, a later "Tại hội nghị", a photo caption) are merged: a
report with a day starts a meeting unless one of that day and organiser exists (and is not
of another kind at another part of the day: "Sáng 19/6, … cuộc họp …" / "Chiều 19/6, … tiếp
công dân", unless both are parts of one sitting); a report
without a day belongs to the meeting before it; a caption never starts one; the headline
only adds a topic or an organiser. A sentence opening on "Cùng ngày," or "Chiều cùng ngày,"
in which a body holds an event reports another meeting, on the day of the one before it. Inside a congress (đại hội) a distinct event is its own
meeting, dated only by its own sentence: the new committee's first session ("Theo kết quả
phiên họp thứ nhất, …"; rule ``first_session``) or an event of another type with its own
chair ("phiên họp thứ nhất của Ban Chấp hành khóa mới do đồng chí Z chủ trì"), not one
naming the congress ("phiên họp trù bị của Đại hội"). A meeting found only after a lead that
opens with a day ("Sáng 21/8, lãnh đạo huyện … rà soát …. Dưới sự chủ trì của ông X, …")
takes that day when no other meeting has it (``+lead_day``).

The chair, in each phrasing of the genre (never the most senior attendee):

* "đồng chí X – CT UBND huyện chủ trì hội nghị", "Chủ tịch UBND thành phố X chủ trì lễ …"
* "Hội nghị do ông X, Chủ tịch UBND huyện chủ trì", "Hội nghị được chủ trì bởi ông X", "Người chủ trì … là X"
* "Dưới sự chủ trì của đồng chí X", "Chủ trì phiên họp, đồng chí X …"
* "Tham dự và chủ trì cuộc họp đồng chí X"
* co-chairs: "Đồng chí A - …; B - … đồng chủ trì", "A cùng các Phó Chủ tịch: B, C chủ trì",
  "A cùng chủ trì hội nghị với đồng chí B" (rule ``chair_with``), "Chủ trì hội nghị có Chủ tịch
  UBND huyện A, Bí thư Huyện ủy B", a list on bare lines after a colon
* the chair attending too or with a second verb: "A … tới dự, chủ trì hội nghị", "A … chủ trì,
  chỉ đạo hội nghị" (not "chủ trì, chỉ đạo thực hiện": a task)
* a caption line: "Ông X – PCT UBND … chủ trì Hội nghị"

"chủ trì" in its lead-agency sense ("Sở Nội vụ chủ trì, phối hợp …") is not chairing, nor is
a presidium running a congress ("Đoàn Chủ tịch … điều hành Đại hội"); attending ("Tham dự …
có", "dự và chỉ đạo") puts people in ``attendees``. Names come from
the ``official`` facts and days from the ``date`` facts (this extractor runs after both).
"""
from __future__ import annotations

from functools import partial

from .article import TokenizedArticle
from .meeting_chairs import attendees_in, chair_reports
from .meeting_context import Context, official_mentions
from .meeting_day import after_page_date, day_key, lead_day, meeting_days
from .meeting_events import event_reports, event_words, headline_report, is_planned, read_rules
from .meeting_fields import place_of, role_text
from .meeting_lexicon import lexicon
from .meeting_merge import Meeting, drop_background, merge
from .meeting_units import reading_units
from .model import Fact
from .registry import register

__all__ = ["day_key", "extract_meetings", "lexicon", "merge", "reading_units"]


@register("meeting", requires=("sentences", "date", "document_ref", "official", "place"), assigns=("meeting",))
def extract_meetings(ta: TokenizedArticle) -> None:
    """Add a ``meeting`` fact for each meeting the article reports as held."""
    if not ta.text.strip() or not ta.sentences:
        return
    lex = lexicon()
    merged = partial(merge, containers=lex.containers, sittings=lex.sittings)  # one sitting's reports, one meeting
    docs = [(f.span.start, f.span.end) for f in ta.of_kind("document_ref")]
    ctx = Context(ta, lex, reading_units(ta), official_mentions(ta), meeting_days(ta, lex, docs), docs)
    ruled, fallback = read_rules(ctx)
    seen = {r.event for r in ruled}
    reports = [r for r in event_reports(ctx, event_words(ctx)) if r.event not in seen] + ruled + chair_reports(ctx)
    reports = [r for r in reports if not is_planned(ctx, r) and not after_page_date(ctx, r.date)]
    # A meeting named by its day ("Tại Hội nghị … ngày 17/9/2022, …") is the article's own only
    # when the article reports no other; else it is a reference point to an earlier one.
    meetings = merged([r for r in reports if not r.named_day]) or merged(reports)
    if not meetings:
        # the article reports its meeting only in passing ("Tại hội nghị, …", "Quang cảnh hội
        # nghị"): one meeting, with the dateline's day if the lead or the headline opens on one
        meetings = merged([r for r in fallback if not is_planned(ctx, r) and not after_page_date(ctx, r.date)]
                          + [r for r in reports if r.unit.is_title])
        for m in meetings:
            m.fallback = True
    if not meetings:  # the headline alone names the meeting the lead dates (rule ``headline_event``)
        meetings = merged(headline_report(ctx, reports))
    meetings = drop_background(meetings, lex.background_gap_days)
    unit_owner: dict[int, Meeting] = {}
    for m in meetings:
        for r in m.reports:
            unit_owner.setdefault(r.unit.index, m)
    dated, day = lead_day(ctx, meetings)
    for m in meetings:
        _emit(ctx, m, meetings, unit_owner, day if m is dated else None)


def _emit(ctx: Context, m: Meeting, meetings: list[Meeting], unit_owner: dict, lead: Fact | None) -> None:
    ta = ctx.ta
    body = [r for r in m.reports if not r.unit.is_title]
    primary = next((r for r in body if r.rule != "chair_statement"), body[0])
    date_fact = next((r.date for r in body if r.date is not None), lead)
    chairs, seen, evidence, rules = [], set(), [], []
    for r in m.reports:
        for official, _s, _e in r.chairs:
            if id(official) not in seen:
                seen.add(id(official))
                chairs.append(official)
        if r.chairs:
            if r.evidence not in evidence:
                evidence.append(r.evidence)
            rules.append(r.chair_rule)
    # attendees: attendance units owned by this meeting (the units after its first report)
    attendees = []
    start = primary.unit.index
    later = [x.first.unit.index for x in meetings if x.first.unit.index > start]
    stop = min(later) if later else len(ctx.units)
    for u in ctx.units[start:stop]:
        if unit_owner.get(u.index, m) is not m or u.is_title:
            continue
        for o in attendees_in(ctx, u):
            if id(o) not in seen and o not in attendees:
                attendees.append(o)
    organizer = next((r.organizer for r in body if r.organizer), None) or m.value("organizer")
    topic = next((r.topic for r in body if r.topic and len(r.topic.split()) >= 3), None)
    if topic is None:
        title = [r.topic for r in m.reports if r.unit.is_title and r.topic]
        topic = title[0] if title else (ta.article.title or None)
    event_type = primary.event_type or m.value("event_type")
    fields = {
        "event_type": event_type,
        "topic": topic,
        "date": date_fact.get("value") if date_fact is not None else None,
        "part_of_day": date_fact.get("part_of_day") if date_fact is not None else None,
        "organizer": organizer,
        "place": place_of(ctx, organizer, primary.unit, chairs),
        "chair": [o.get("name") for o in chairs],
        "chair_roles": [role_text(o) for o in chairs],
        "attendees": [o.get("name") for o in attendees],
        "online": any(r.online for r in m.reports),
        "chair_evidence": [{"start": s, "end": e, "text": ta.text[s:e]} for s, e in evidence],
    }
    rule = primary.rule + (f"+{rules[0]}" if rules else "") + ("+lead_day" if lead is not None else "")
    confidence = 0.9 if chairs else 0.8
    if date_fact is None:
        confidence -= 0.1
    u = primary.unit
    ta.facts.append(Fact("meeting", ta.span(u.start, u.end), "meeting", round(confidence, 2), rule, fields))
