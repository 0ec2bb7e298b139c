"""The sentence-group assembly: the reports of one meeting (the lead, a later "Tại hội
nghị", a caption, the chair's sentence) grouped into one meeting, and a distinct event inside
a congress kept apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .meeting_context import Report
from .meeting_day import same_day
from .text import fold


@dataclass
class Meeting:
    reports: list
    units: set = field(default_factory=set)
    fallback: bool = False   # found only by a ``fallback`` rule: dated by the dateline alone

    @property
    def first(self) -> Report:
        return self.reports[0]

    def value(self, attr: str):
        for r in self.reports:
            v = getattr(r, attr)
            if v:
                return v
        return None

    @property
    def day_key(self):
        for r in self.reports:
            if r.day_key is not None:
                return r.day_key
        return None

    def chair_ids(self) -> set:
        return {id(c[0]) for r in self.reports for c in r.chairs}


def _same_org(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def _own_meeting(r: Report, m: Meeting, containers: frozenset) -> bool:
    """A report naming a distinct event held inside a congress is a meeting of its own: the
    new committee's first session, or a session of another type with its own chair
    ("phiên họp thứ nhất của Ban Chấp hành khóa mới do đồng chí Z chủ trì"), unless its
    clause names the congress ("phiên họp trù bị của Đại hội")."""
    kind = m.value("event_type")
    if kind not in containers or not r.event_type or r.event_type == kind or r.in_container:
        return False
    return r.first_session or bool(r.chairs)


def _apart(m: Meeting, r: Report, sittings: frozenset) -> bool:
    """Two reports of one day are two meetings when each names its own part of the day and its
    own kind of event ("Sáng 19/6, … chủ trì cuộc họp …" and "Chiều 19/6, … tiếp công dân định
    kỳ"), unless both are parts of one sitting ("Sáng 20/6, … khai mạc kỳ họp …", "Chiều 20/6,
    … phiên thảo luận")."""
    src = next((x for x in m.reports if x.day_key is not None), None)
    if src is None or src.date is None or r.date is None:
        return False
    pa, pb = src.date.get("part_of_day"), r.date.get("part_of_day")
    ta, tb = m.value("event_type"), r.event_type
    return bool(pa and pb and pa != pb and ta and tb and ta != tb and not {ta, tb} <= sittings)


def _gives_day(m: Meeting, r: Report) -> bool:
    """The dated report ``r`` gives its day to the undated meeting just reported before it: the
    same event, in the next two sentences. Not to a first session of a body a congress elected
    ("Tại phiên họp thứ nhất, …" and then "Trước đó, chiều 13.9, phiên trù bị … đã diễn ra"): held
    at the congress's end, it is never the session dated next."""
    if m.day_key is not None or r.first_session or m.first.first_session or not r.event_type \
            or m.value("event_type") != r.event_type:
        return False
    return 0 < r.unit.index - max(m.units) <= 2


def _takes_prior_day(r: Report, meetings: list[Meeting]) -> bool:
    """A report opening "Cùng ngày, …" takes the day of the meeting reported just before it,
    when that meeting has one; it is then a meeting of its own. One opening "Cũng trong chiều 20/6, …"
    keeps its own day, and is a meeting of its own too."""
    prior = [m for m in meetings if m.first.pos <= r.pos and m.day_key is not None]
    if not prior:
        return False
    if r.day_key is not None:
        return True
    src = next(x for x in prior[-1].reports if x.day_key is not None)
    r.date, r.day_key = src.date, src.day_key
    return True


def merge(reports: list[Report], containers: frozenset = frozenset(), sittings: frozenset = frozenset()) -> list[Meeting]:
    """Group the reports of each meeting (see the module docstring for the rules)."""
    meetings: list[Meeting] = []
    body = sorted((r for r in reports if not r.unit.is_title), key=lambda r: r.pos)
    for r in body:
        target = next((m for m in meetings if r.unit.index in m.units), None)
        if target is None and r.same_day and _takes_prior_day(r, meetings):
            meetings.append(Meeting([r], {r.unit.index}))  # "Chiều cùng ngày, Huyện đoàn tổ chức …"
            continue
        if target is None and meetings and (r.unit.is_caption or r.day_key is None):
            # a caption or an undated report belongs to a meeting already reported: the one
            # with the same chair, else the one before it
            ids = {id(c[0]) for c in r.chairs}
            target = next((m for m in meetings if ids & m.chair_ids()), None) if r.unit.is_caption else None
            if target is None:
                prior = [m for m in meetings if m.first.pos <= r.pos]
                target = prior[-1] if prior else meetings[0]
        elif target is None and r.day_key is not None:
            target = next((m for m in meetings if same_day(m.day_key, r.day_key)
                           and _same_org(m.value("organizer"), r.organizer) and not _apart(m, r, sittings)), None)
            if target is None and meetings and _gives_day(meetings[-1], r):
                target = meetings[-1]  # "Chủ trì hội nghị có ông X. Hội nghị diễn ra sáng 12/3 …"
            if target is None and r.rule != "first_session":
                meetings.append(Meeting([r], {r.unit.index}))
                continue
        if target is not None and not r.unit.is_caption and _own_meeting(r, target, containers):
            meetings.append(Meeting([r], {r.unit.index}))  # date null unless its own unit gives one
            continue
        if r.rule == "first_session" and (target is None or target.value("event_type") in containers):
            continue  # a first session counts only as a distinct event of a congress
        if target is None:
            if r.strong:
                meetings.append(Meeting([r], {r.unit.index}))
            continue
        target.reports.append(r)
        target.units.add(r.unit.index)
    if meetings:
        for r in reports:
            if r.unit.is_title:
                meetings[0].reports.append(r)
    return meetings


def _day_of(m: Meeting) -> date | None:
    value = next((r.date.get("value") for r in m.reports if r.date is not None and not r.unit.is_title), None)
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:  # a day as written that cannot exist ("2021-11-31")
        return None


def drop_background(meetings: list[Meeting], gap_days: int) -> list[Meeting]:
    """Meetings reported after the article's first one on a day more than ``gap_days`` before
    it are background ("… Kỳ họp thứ 14 diễn ra ngày 12/3 đã thông qua …" in a report of
    20/6): the genre names an earlier meeting to recall it, not to report it."""
    first = _day_of(meetings[0]) if meetings else None
    if first is None:
        return meetings
    return [m for m in meetings
            if m is meetings[0] or (d := _day_of(m)) is None or (first - d).days <= gap_days]
