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
* the phrasings of ``patterns/meeting_rules.yaml`` (named rules, read through
  ``extract/grammar.py``): "Tại hội nghị, …" opening a sentence, a speech "tại buổi làm việc",
  a caption "Quang cảnh hội nghị", "đã trao Quyết định" — each a meeting only when the article
  reports no other (``strength: fallback``, dated by the dateline lead or headline) — a series
  "đã tổ chức các cuộc hội nghị" (no day), a session "phiên làm việc sáng ngày …"; plans
  ("… được tổ chức vào ngày …"), a chair tag after one name's roles ("– Đồng chủ trì"), and a
  full stop after an abbreviated title ("PCT. UBND xã") that ends no sentence

Plans, wishes and habits are not ("kỳ họp dự kiến khai mạc vào ngày 5/7", "sẽ tổ chức",
"chuẩn bị tổ chức", "Theo kế hoạch, ngày 20/12, Hội nghị … sẽ diễn ra"), nor meetings named
as background: "sau kỳ họp thứ 4", "kết luận của Hội nghị … ngày 2/3", "chương trình kỳ họp
thứ 8", the previous one ("tại phiên tiếp công dân trước (ngày 15/7)"), a clause opening on
the past ("Trước đó, ngày 3/7, Ban Thường vụ đã họp …"), and a meeting named by its day
("tại phiên họp ngày 12/7/2024") unless the article reports no other. A start date or a
deadline is never a meeting's day ("có hiệu lực từ ngày 01/10/2023", "kể từ ngày …").

Reports of one meeting (the lead, a later "Tại hội nghị", a photo caption) are merged: a
report with a day starts a meeting unless one of that day and organiser exists; a report
without a day belongs to the meeting before it; a caption never starts one; the headline
only adds a topic or an organiser. Inside a congress (đại hội) a distinct event is its own
meeting, dated only by its own sentence: the new committee's first session ("Theo kết quả
phiên họp thứ nhất, …"; rule ``first_session``) or an event of another type with its own
chair ("phiên họp thứ nhất của Ban Chấp hành khóa mới do đồng chí Z chủ trì"), not one
naming the congress ("phiên họp trù bị của Đại hội"). A meeting found only after a lead that
opens with a day ("Sáng 21/8, lãnh đạo huyện … rà soát …. Dưới sự chủ trì của ông X, …")
takes that day when no other meeting has it (``+lead_day``).

The chair, in each phrasing of the genre (never the most senior attendee):

* "đồng chí X – CT UBND huyện chủ trì hội nghị", "Chủ tịch UBND thành phố X chủ trì lễ …"
* "Hội nghị do ông X, Chủ tịch UBND huyện chủ trì"
* "Dưới sự chủ trì của đồng chí X", "Chủ trì phiên họp, đồng chí X …"
* "Tham dự và chủ trì cuộc họp đồng chí X"
* co-chairs: "Đồng chí A - …; B - … đồng chủ trì", "A cùng các Phó Chủ tịch: B, C chủ trì"
* a caption line: "Ông X – PCT UBND … chủ trì Hội nghị"

"chủ trì" in its lead-agency sense ("Sở Nội vụ chủ trì, phối hợp …") is not chairing, nor is
a presidium running a congress ("Đoàn Chủ tịch … điều hành Đại hội"); attending ("Tham dự …
có", "dự và chỉ đạo") puts people in ``attendees``. Names come from
the ``official`` facts and days from the ``date`` facts (this extractor runs after both).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from govfacts.patterns import alternation, load

from .grammar import rule_set
from .model import Fact
from .registry import register
from .text import fold, normalize_tones
from .article import TokenizedArticle

_END = ".!?…:;"
_CAP = r"\p{Lu}[\p{L}\p{M}]*"  # a capitalised word


# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class Lexicon:
    events: dict                 # folded surface → event_type
    verb_only: dict
    event_re: regex.Pattern
    not_event_after: dict        # folded event surface → words after it that make it another word
    verb_events: frozenset       # folded surfaces that are themselves a predicate
    not_event_before: regex.Pattern
    held_before: regex.Pattern   # "<verb> [fillers] " at the end of the text before an event
    held_after: regex.Pattern
    not_held: regex.Pattern
    future: regex.Pattern
    recent: regex.Pattern
    have_before: regex.Pattern   # "đã có (buổi) " at the end of the text before an event
    classifiers: tuple
    previous_after: regex.Pattern
    background_opener: regex.Pattern
    not_meeting_day: regex.Pattern
    containers: frozenset
    first_session: regex.Pattern
    lead_opening: regex.Pattern  # what may stand before the day that opens a dateline lead
    chair_re: regex.Pattern
    chair_place: regex.Pattern
    chair_fillers: regex.Pattern
    lead_after: regex.Pattern
    chair_noun: regex.Pattern    # "người (chủ trì)": the chair as a role in a rule
    lead_before: regex.Pattern
    breaks: regex.Pattern
    attendance: regex.Pattern
    online_after: regex.Pattern
    online_phrases: regex.Pattern
    organiser_head: regex.Pattern
    organiser_stop: regex.Pattern
    place_re: regex.Pattern
    not_place_names: frozenset
    topic_stop: regex.Pattern
    photo_credit: regex.Pattern  # a photo credit after a caption on its line ("Ảnh: Minh Đức")


def _words(words, flags=regex.IGNORECASE) -> regex.Pattern:
    return regex.compile(alternation(words, boundary=True), flags)


def _words_except(words, compounds: dict, flags=regex.IGNORECASE) -> regex.Pattern:
    """Like ``_words``, but a word listed in ``compounds`` does not match before one of its
    compound tails ("giao" but not "giao nhận", "giao lưu")."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        e = regex.escape(word)
        tails = compounds.get(word)
        if tails:
            e += rf"(?!\s+{alternation(tails)}(?!\w))"
        parts.append(e)
    return regex.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", flags)


def _organiser_heads(own: list[str]) -> regex.Pattern:
    """Words that begin an organising body: ours and the bodies the officials extractor knows."""
    orgs = load("organisations")
    heads = set(own)
    for body in orgs.get("bodies") or []:
        heads |= set(body.get("forms") or []) | set(body.get("abbr") or [])
    generic = [g[:1].upper() + g[1:] for g in orgs.get("generic_heads") or {}]
    heads |= {g for g in generic if " " in g}
    single = [normalize_tones(g) for g in generic if " " not in g]
    heads = {normalize_tones(h) for h in heads}  # matched against tone-normalised text
    return regex.compile(rf"(?<!\w)(?:{alternation(heads)}(?!\w)|{alternation(single)}(?=\s+\p{{Lu}}))")


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    w = load("meeting_words")
    events = {fold(k): v for k, v in w["events"].items()}
    verb_only = {fold(k): v for k, v in w["verb_only_events"].items()}
    surfaces = list(w["events"]) + list(w["verb_only_events"])
    fillers = alternation(w["held_fillers"])
    held_verbs = w["held_verbs"]
    du_not = alternation(w["du_compounds"])
    body = alternation(w["body_words"])
    breaks = []
    for b in w["clause_breaks"]:
        e = regex.escape(b)
        if b.lower() == "dự":
            e += rf"(?!\s+{du_not}(?!\w))"
        if b.lower() in ("chỉ đạo", "tổ chức"):
            e = rf"(?<!{body}\s+)" + e
        breaks.append(e)
    place_words = load("issuers")["place_words"]
    honorifics = [f for forms in load("honorifics")["honorifics"].values() for f in forms]
    return Lexicon(
        photo_credit=regex.compile(rf"\s*[(\-–]?\s*{alternation(w['photo_credits'])}\s*:", regex.IGNORECASE),
        not_place_names=frozenset(w["not_place_names"]),
        # the topic runs to the end of the clause: a full stop, a person, a new capitalised clause,
        # the chair ("do …", "dưới sự chủ trì"), the place ("tại …") or a dash
        topic_stop=regex.compile(
            rf"[.;\n]|,\s*(?i:{alternation(honorifics)})\s|,\s*\p{{Lu}}|\s[-–]\s"
            rf"|\s(?i:{alternation(w['topic_ends'])})\s"),
        events=events,
        verb_only=verb_only,
        event_re=regex.compile(alternation(surfaces, boundary=True), regex.IGNORECASE),
        not_event_after={fold(k): regex.compile(rf"\s+{alternation(v)}(?!\w)", regex.IGNORECASE)
                         for k, v in (w.get("not_event_after") or {}).items()},
        verb_events=frozenset(fold(s) for s in w["verb_events"]),
        not_event_before=regex.compile(rf"(?<!\w){alternation(w['not_event_before'])}\s+$", regex.IGNORECASE),
        held_before=regex.compile(
            rf"(?<!\w)(?<!(?:{alternation(w['held_verb_not_after'])})\s+)(?P<verb>{alternation(held_verbs)})"
            rf"\s+(?:(?:{fillers})\s+)*$", regex.IGNORECASE),
        held_after=_words(w["held_after"]),
        not_held=_words_except(w["not_held"] + w["future"], w.get("not_held_compounds") or {}),
        future=_words(w["future"]),
        recent=_words(w["recent"]),
        have_before=regex.compile(
            rf"(?<!\w)(?<!(?:{alternation(w['negations'])})\s+)(?:{alternation(w['have_verbs'])})\s+"
            rf"(?P<cls>(?:{alternation(w['classifiers'])})\s+)?$", regex.IGNORECASE),
        classifiers=tuple(fold(c) + " " for c in w["classifiers"]),
        previous_after=regex.compile(rf"\s+{alternation(w['previous_after'])}(?=\s*[()\[\],.;:!?]|\s*$)",
                                     regex.IGNORECASE),
        background_opener=regex.compile(rf"[\s\-–]*{alternation(w['background_openers'])}(?!\w)",
                                        regex.IGNORECASE),
        not_meeting_day=regex.compile(rf"(?<!\w){alternation(w['not_meeting_day_before'])}\s+(?:ngày\s+)?$",
                                    regex.IGNORECASE),
        containers=frozenset(w["containers"]),
        lead_opening=regex.compile(rf"\s*(?:{alternation(w['lead_openers'])}\s+)*", regex.IGNORECASE),
        first_session=regex.compile(
            rf"(?<!\w){alternation(w['first_session_events'])}\s+{alternation(w['first_session_ordinals'])}(?!\w)",
            regex.IGNORECASE),
        chair_re=_words(w["chair_verbs"]),
        chair_noun=regex.compile(rf"(?<!\w){alternation(w['chair_nouns'])}\s+$", regex.IGNORECASE),
        chair_place=regex.compile(rf"\s+(?:{alternation(w['chair_place_after'])})(?!\w)", regex.IGNORECASE),
        chair_fillers=regex.compile(rf"\s*(?:(?:{alternation(w['chair_fillers'])})\s+)*", regex.IGNORECASE),
        lead_after=regex.compile(rf"\s*,?\s*{alternation(w['lead_agency_after'])}(?!\w)", regex.IGNORECASE),
        lead_before=regex.compile(rf"(?<!\w){alternation(w['lead_agency_before'])}\s+(?:\S+\s+){{0,4}}$",
                                  regex.IGNORECASE),
        breaks=regex.compile(rf"(?<!\w)(?:{'|'.join(breaks)})(?!\w)"),
        attendance=regex.compile(  # "dự" but not "dự án", "dự kiến" …
            rf"(?<!\w)(?:{alternation(a for a in w['attendance'] if a != 'dự')}|dự(?!\s+{du_not}(?!\w)))(?!\w)",
            regex.IGNORECASE),
        online_after=regex.compile(rf"^\s*(?:\S+\s+)?{alternation(w['online_after'])}(?!\w)", regex.IGNORECASE),
        online_phrases=_words(w["online_phrases"]),
        organiser_head=_organiser_heads(w["organiser_heads"]),
        organiser_stop=regex.compile(
            "|".join(rf"\s*{regex.escape(s)}" if not s[0].isalpha() else rf"\s+{regex.escape(s)}(?!\w)"
                     for s in w["organiser_stops"]), regex.IGNORECASE),
        place_re=regex.compile(  # "huyện Nông Sơn": a place word, then up to four capitalised words
            rf"(?<!\w)(?P<unit>{alternation(place_words)})\s+(?P<name>{_CAP}(?:\s{_CAP}){{0,3}})"),
    )


# ---------------------------------------------------------------- reading units

@dataclass
class Unit:
    """A sentence, joined with the next lines when a hard line wrap cut it."""

    start: int
    end: int
    index: int
    is_title: bool = False
    is_caption: bool = False
    is_lead: bool = False


def reading_units(ta: TokenizedArticle) -> list[Unit]:
    """The article's sentences, re-joined across hard wraps ("Chiều⏎ngày 14/9/2021, …") and
    splits inside a word ("UBMT.TQVN"), with the headline, the photo captions (a line of its
    own without a full stop) and the lead marked."""
    text = ta.text
    units: list[Unit] = []
    for s, e in ta.sentences:
        if units:
            prev = units[-1]
            gap = text[prev.end:s]
            head = text[s:e]
            wrapped = "\n" in gap and text[prev.end - 1].isalpha() and (
                head[:1] in "-–,(" or head[:1].isalpha() and (
                    head[:1].islower() or len(text[prev.start:prev.end].split()) <= 2))
            glued = not gap  # a split with no space is inside a word: "UBMT.TQVN"
            # a full stop after an abbreviated title ends no sentence: "Đ/c A - PBT. Đảng ủy – …"
            abbreviated = "\n" not in gap and _joins(text, prev.start, prev.end)
            if (wrapped or glued or abbreviated) and not prev.is_title:
                prev.end = e
                continue
        units.append(Unit(s, e, len(units)))
    title = ta.article.title
    for u in units:
        if not ta.article.in_chrome(u.start, u.end):
            u.is_title = bool(title) and text[u.start:u.end].strip() == title.strip()
            break
    first_body = True
    lex = lexicon()
    for u in units:
        if u.is_title or ta.article.in_chrome(u.start, u.end):
            continue
        line_start = text.rfind("\n", 0, u.start) + 1
        line_end = text.find("\n", u.end)
        line_end = len(text) if line_end < 0 else line_end
        # a caption may end with its photo credit: "Quang cảnh hội nghị. Ảnh: Minh Đức"
        credit = bool(lex.photo_credit.match(text, u.end, line_end))
        whole_line = not text[line_start:u.start].strip() and (credit or not text[u.end:line_end].strip())
        u.is_caption = (whole_line and "\n" not in text[u.start:u.end] and (credit or text[u.end - 1] not in _END)
                        and len(text[u.start:u.end].split()) >= 3)
        if first_body and len(text[u.start:u.end].split()) >= 6 and not u.is_caption:
            u.is_lead = True
            first_body = False
    return units


def _rules():
    return rule_set("meeting_rules")


def _joins(text: str, start: int, end: int) -> bool:
    """The sentence [start, end) ends on a stop that ends no sentence (rule ``does: join_units``)."""
    return any(r.regex.search(text, max(start, end - 12), end) for r in _rules().rules
               if r.get("does") == "join_units")


def _unit_at(units: list[Unit], pos: int) -> Unit | None:
    lo, hi = 0, len(units) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        u = units[mid]
        if pos < u.start:
            hi = mid - 1
        elif pos >= u.end:
            lo = mid + 1
        else:
            return u
    return None


# ---------------------------------------------------------------- reports

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
    chair_names: list = field(default_factory=list)  # chair verbs a ``chair_then_names`` rule says name chairs after


def _mentions(ta: TokenizedArticle) -> list:
    out = []
    for f in ta.of_kind("official"):
        ms = f.get("mentions") or [{"start": f.span.start, "end": f.span.end}]
        for m in ms:
            out.append((m["start"], m["end"], f))
    out.sort(key=lambda x: (x[0], -x[1]))
    return out


def _in_doc(pos: int, doc_spans: list) -> bool:
    return any(s <= pos < e for s, e in doc_spans)


def _day_in_unit(ctx: Context, u: Unit, anchor: int) -> tuple[Fact | None, object]:
    """The day of the report: the nearest date fact before the anchor (else after) in the unit."""
    cands = [d for d in ctx.dates if u.start <= d.span.start < u.end]
    before = [d for d in cands if d.span.start <= anchor]
    # a day after the report in a clause of the future is another, planned event's: "Bế mạc kỳ
    # họp, đ/c X đề nghị chuẩn bị kỳ họp cuối năm, dự kiến diễn ra từ ngày 18/12"
    after = [d for d in cands if d.span.start > anchor
             and not ctx.lex.future.search(ctx.ta.text, anchor, d.span.start)]
    pick = before[-1] if before else (after[0] if after else None)
    return (pick, day_key(pick)) if pick is not None else (None, None)


def day_key(date: Fact) -> tuple[str | None, str] | None:
    """(year or None, "MM-DD") of a day fact; a day written without a year has no value but a
    timex ("XXXX-09-01"), so "Ngày 1/9" still tells one meeting from another."""
    value = date.get("value")
    if value and len(value) == 10:
        return value[:4], value[5:]
    timex = date.get("timex") or ""
    if len(timex) == 10 and timex[5:7].isdigit():
        return None, timex[5:]
    return None


def _blank_officials(text: str, start: int, pos: int, chain: list) -> str:
    """``text[start:pos]`` with the chain's mentions and role texts in it turned to spaces."""
    chunk = list(text[start:pos])
    for fact, ms, me in chain:
        spans = [(ms, me)] + [(r["start"], r["end"]) for r in fact.get("roles") or [] if "start" in r]
        for s, e in spans:
            for i in range(max(s, start), min(e, pos)):
                chunk[i - start] = " "
    return "".join(chunk)


def _clause_before(text: str, start: int, pos: int) -> str:
    """Text from the last clause boundary (, ; :) before ``pos`` within [start, pos)."""
    chunk = text[start:pos]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"))
    return chunk[cut + 1:] if cut >= 0 else chunk


def _events(ctx: Context) -> list[tuple[int, int, str, bool]]:
    """Event words outside rooms, offices and reference points: (start, end, folded, verb_only)."""
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for m in lex.event_re.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        if lex.not_event_before.search(before) or lex.previous_after.match(text, m.end()):
            continue  # "phòng họp", "kết luận của Hội nghị", "phiên tiếp công dân trước (…)"
        key = fold(m.group(0))
        tail = lex.not_event_after.get(key)
        if tail is not None and tail.match(text, m.end()):
            continue  # "lễ hội": a festival, not a ceremony
        out.append((m.start(), m.end(), key, key in lex.verb_only))
    return out


def _event_type(ctx: Context, key: str) -> str:
    return ctx.lex.events.get(key) or ctx.lex.verb_only.get(key) or key


def _window_start(ctx: Context, u: Unit) -> int:
    """Where the words governing an event may start: the unit, or the line before it when a
    hard wrap cut the sentence ("tổ chức buổi⏎Hội nghị …")."""
    text = ctx.ta.text
    if u.index > 0:
        prev = ctx.units[u.index - 1]
        if not prev.is_title and text[prev.end - 1] not in _END and "\n" in text[prev.end:u.start]:
            return prev.start
    return u.start


def _frame(ctx: Context, s: int, e: int, key: str, verb_only: bool) -> tuple[str, Unit, int, bool] | None:
    """How the text reports the event word at [s, e) as held: (rule, unit, anchor, organiser
    before the anchor), or None when it names a plan, a habit or nothing held."""
    lex, text = ctx.lex, ctx.ta.text
    u = _unit_at(ctx.units, s)
    if u is None:
        return None
    window = text[max(_window_start(ctx, u), s - 45):s]
    hv = lex.held_before.search(window)
    if hv:  # "UBND huyện … tổ chức Hội nghị …"
        pos = s - len(window) + hv.start()
        u = _unit_at(ctx.units, pos) or u
        return None if lex.not_held.search(_clause_before(text, u.start, pos)) else ("held_verb", u, pos, True)
    have = lex.have_before.search(window)  # "Đoàn công tác … đã có buổi làm việc với huyện …"
    if have and (have.group("cls") or key.startswith(lex.classifiers)):  # "đã có buổi giám sát tại …"
        pos = s - len(window) + have.start()
        return None if lex.not_held.search(_clause_before(text, u.start, pos)) else ("have_event", u, pos, True)
    if verb_only:
        return None
    if key in lex.verb_events:  # "Thường trực HĐND huyện họp …", unless "chủ trì họp"
        if lex.not_held.search(text[u.start:s]):
            return None
        return "verb_event", u, s, not regex.search(rf"{lex.chair_re.pattern}\s+$", window, regex.IGNORECASE)
    after = text[e:min(u.end, e + 110)]
    ha = lex.held_after.search(after)
    if ha and not lex.not_held.search(after[:ha.start()]) and not regex.search(r"[.;]", after[:ha.start()]) \
            and not lex.not_held.search(_clause_before(text, u.start, s)):
        return "event_then_verb", u, s, False  # "Kỳ họp … đã bế mạc", not "chúc Đại hội thành công tốt đẹp"
    if regex.search(r"(?<!\w)[Tt]ại\s+$", text[max(u.start, s - 6):s]) \
            and not lex.not_held.search(_clause_before(text, u.start, s)):
        return "at_event", u, s, False  # "Chiều 3/12, tại kỳ họp thứ 9, …"
    return None


def _background(ctx: Context, u: Unit) -> bool:
    """The unit tells an earlier event: "Trước đó, ngày 3/7, Ban Thường vụ đã họp …"."""
    return bool(ctx.lex.background_opener.match(ctx.ta.text, u.start, u.end))


def _day_names_event(ctx: Context, event_end: int, date: Fact) -> bool:
    """The day is part of the event's name: "tại phiên họp ngày 12/7/2024", "Hội nghị Ban
    Thường vụ ngày 26/9/2023 đã thống nhất", "Kỳ họp thứ 9 (ngày 5/12)" — a reference point
    unless the article reports no other meeting."""
    text = ctx.ta.text
    if date.span.start < event_end:
        return False
    gap = text[event_end:date.span.start]
    bracketed = gap.rstrip().endswith("(")
    if regex.search(r"(?<!\w)vào\s*$", gap, regex.IGNORECASE):
        return False  # "chủ trì hội nghị vào ngày 12/3": a time, not a name
    return len(gap) <= 80 and not regex.search(r"[.;:!?]", gap) and (bracketed or "," not in gap) \
        and not ctx.lex.held_after.search(gap)


def _session_marks(ctx: Context, s: int, e: int, u: Unit) -> tuple[bool, bool]:
    """(names a first session, names a container in its clause): "phiên họp thứ nhất của Ban Chấp
    hành" is a first session; "phiên họp trù bị của Đại hội" a session of the congress itself."""
    text = ctx.ta.text
    first = bool(ctx.lex.first_session.match(text, s))
    stop = regex.compile(r"[,.;:]").search(text, e, u.end)
    clause = text[e:stop.start() if stop else u.end]
    inside = any(_event_type(ctx, fold(m.group(0))) in ctx.lex.containers
                 for m in ctx.lex.event_re.finditer(clause))
    return first, inside


def _event_reports(ctx: Context, events: list) -> list[Report]:
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for s, e, key, verb_only in events:
        frame = _frame(ctx, s, e, key, verb_only)
        if frame is None:
            continue
        rule, u, pos, has_organiser = frame
        if _background(ctx, u):
            continue
        date, dkey = _day_in_unit(ctx, u, pos)
        named_day = rule in ("at_event", "event_then_verb") and date is not None and _day_names_event(ctx, e, date)
        strong = rule != "at_event"
        if dkey is None:
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
        first, inside = _session_marks(ctx, s, e, u)
        out.append(Report(pos=pos, unit=u, rule=rule, strong=strong, event_type=_event_type(ctx, key), event=(s, e),
                          date=date, day_key=dkey, online=_online(ctx, u, e), topic=_topic(ctx, e, u.end),
                          organizer=_organizer(ctx, u, pos) if has_organiser else None,
                          first_session=first, in_container=inside, named_day=named_day))
    seen = {r.event for r in out}
    for s, e, key, verb_only in events:
        # A dated subject with no other frame: "Sáng 2.10, Đại hội Đảng bộ xã … bước vào phiên thứ hai",
        # unless a plan ("Theo kế hoạch, ngày 20/12, Hội nghị … sẽ diễn ra")
        u = _unit_at(ctx.units, s)
        if (s, e) in seen or verb_only or u is None or u.is_title or _background(ctx, u):
            continue
        date, dkey = _day_in_unit(ctx, u, s)
        if date is None or date.span.end > s or text[date.span.end:s].strip(" ,"):
            continue
        stop = regex.compile(r"[,.;:]").search(text, e, u.end)
        if lex.not_held.search(text, u.start, date.span.start) or lex.future.search(text, e, stop.start() if stop
                                                                                    else u.end):
            continue
        first, inside = _session_marks(ctx, s, e, u)
        out.append(Report(pos=s, unit=u, rule="dated_subject", strong=True, event_type=_event_type(ctx, key),
                          event=(s, e), date=date, day_key=dkey, online=_online(ctx, u, e),
                          topic=_topic(ctx, e, u.end), first_session=first, in_container=inside))
    # The first session of a body elected at a congress, however the text names it ("Theo kết
    # quả phiên họp thứ nhất, …"): kept only when it follows a congress (see ``merge``).
    seen = {r.event[0] for r in out}
    for m in lex.first_session.finditer(text):
        u = _unit_at(ctx.units, m.start())
        if m.start() in seen or u is None or u.is_title or u.is_caption or _background(ctx, u):
            continue
        if lex.not_held.search(_clause_before(text, u.start, m.start())):
            continue
        ev = lex.event_re.match(text, m.start())
        date, dkey = _day_in_unit(ctx, u, m.start())
        out.append(Report(pos=m.start(), unit=u, rule="first_session", strong=False,
                          event_type=_event_type(ctx, fold(ev.group(0))), event=ev.span(), date=date,
                          day_key=dkey, topic=_topic(ctx, ev.end(), u.end), first_session=True))
    return out


def _read_rules(ctx: Context) -> tuple[list[Report], list[Report]]:
    """The phrasings of ``patterns/meeting_rules.yaml``: (reports, fallback reports). Plans and
    chair tags are noted in the context for the other readers."""
    lex, text = ctx.lex, ctx.ta.text
    reports, fallback = [], []
    found = list(_rules().finditer(text))
    for rule, m in found:
        does = rule.get("does")
        if does == "plan":
            ctx.plans.append(m.span("event"))
        elif does == "plan_unit":
            u = _unit_at(ctx.units, m.start())
            if u is not None and not text[u.start:m.start()].strip(" \t\n-–•*"):
                ctx.plan_units.add(u.index)
        elif does == "chair_nearest":
            ctx.chair_tags.append((*m.span("verb"), rule.name))
        elif does == "chair_then_names":
            ctx.chair_names.append((*m.span("verb"), rule.name))
    for rule, m in found:
        if rule.get("does") != "report":
            continue
        u = _unit_at(ctx.units, m.start())
        if u is None or u.is_title or _background(ctx, u) or ctx.ta.article.in_chrome(u.start, u.end):
            continue
        at = rule.get("at")
        if at == "unit_start" and text[u.start:m.start()].strip(" \t\n-–•*"):
            continue
        if at == "caption" and not u.is_caption:
            continue
        if lex.not_held.search(_clause_before(text, u.start, m.start())) or lex.future.search(text, u.start, u.end):
            continue  # "Tại các hội nghị tiếp xúc, đại biểu sẽ thông tin …"
        event = m.span("event") if m.groupdict().get("event") else None
        key = fold(m.group("event")) if event else None
        event_type = (lex.events.get(key) or lex.verb_only.get(key)) if key else None
        date, dkey = _day_in_unit(ctx, u, m.start()) if rule.get("day") == "own" else (None, None)
        if rule.get("needs_day") and dkey is None and not lex.recent.search(text, u.start, m.start()):
            continue
        r = Report(pos=m.start(), unit=u, rule=rule.name, strong=True,
                   event_type=event_type or rule.get("event_type"), event=event or m.span(),
                   date=date, day_key=dkey, online=_online(ctx, u, m.end()),
                   topic=_topic(ctx, event[1], u.end) if event else None)
        (fallback if rule.get("strength") == "fallback" else reports).append(r)
    return reports, fallback


def _planned(ctx: Context, r: Report) -> bool:
    """The report's event word is one a ``plan`` rule names: "Lễ … được tổ chức vào ngày …"."""
    return r.unit.index in ctx.plan_units or r.event is not None and any(s <= r.event[0] < e for s, e in ctx.plans)


def _organizer(ctx: Context, u: Unit, verb_pos: int) -> str | None:
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
                  if not _in_doc(start + h.start(), ctx.doc_spans)), None)  # not "08/KH-HĐND"
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


def _online(ctx: Context, u: Unit, event_end: int) -> bool:
    text = ctx.ta.text
    return bool(ctx.lex.online_after.search(text[event_end:min(u.end, event_end + 30)])
                or ctx.lex.online_phrases.search(text, u.start, u.end))




def _topic(ctx: Context, pos: int, end: int) -> str | None:
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


# ---------------------------------------------------------------- chairs

def _gap_ok(ctx: Context, gap: str) -> bool:
    """Only roles and list separators: short, and no word that starts another clause."""
    return len(gap) <= 160 and not ctx.lex.breaks.search(gap)


def _chain_before(ctx: Context, u: Unit, pos: int) -> list:
    """Officials named right before ``pos`` with only their roles and list separators between."""
    text = ctx.ta.text
    chain = []
    cursor = pos
    before = [m for m in ctx.mentions if u.start <= m[0] and m[1] <= pos]
    for m in reversed(before):
        if m[1] > cursor:
            continue
        gap = text[m[1]:cursor]
        if not chain:
            gap = regex.sub(r"(?:(?:tham\s+)?dự\s+và|và)\s*$", "", gap.rstrip(), flags=regex.IGNORECASE)
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


def _event_after(ctx: Context, pos: int) -> regex.Match | None:
    """The event word right after the chair verb: "chủ trì phiên họp", "chủ trì buổi tiếp công dân"."""
    text, lex = ctx.ta.text, ctx.lex
    start = pos + len(text[pos:pos + 10]) - len(text[pos:pos + 10].lstrip())
    return lex.event_re.match(text, start) or lex.event_re.match(text, lex.chair_fillers.match(text, pos).end())


_BULLET = regex.compile(r"\s*[-–+•*]\s")


def _list_end(ctx: Context, u: Unit) -> int:
    """Where the names after a chair verb may run: the unit, and when it ends on a colon the
    bulleted lines after it ("Chủ trì hội nghị có các đồng chí:⏎- Đồng chí A, …;⏎- Đồng chí B …")."""
    text, end = ctx.ta.text, u.end
    if text[u.start:u.end].rstrip().endswith(":"):
        for nxt in ctx.units[u.index + 1:]:
            if not _BULLET.match(text, nxt.start, nxt.end):
                break
            end = nxt.end
    return end


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
        gap = text[cursor:m[0]]
        if not chain:
            gap = regex.sub(r"^\s*(?:của|là|có)(?!\w)", "", gap, flags=regex.IGNORECASE)
            if len(gap) > 90 or not _gap_ok(ctx, gap):
                break
        elif not regex.search(r"[;]|(?<!\w)và(?!\w)|\n\s*[-–+•*]\s", gap) or not _gap_ok(ctx, gap):
            break
        chain.append((m[2], m[0], m[1]))
        cursor = m[1]
    return chain


def _chair_reports(ctx: Context) -> list[Report]:
    lex, text = ctx.lex, ctx.ta.text
    out = []
    for k in lex.chair_re.finditer(text):
        u = _unit_at(ctx.units, k.start())
        if u is None or _background(ctx, u):
            continue
        before = text[u.start:k.start()]
        after_k = text[k.end():u.end]
        nominal = bool(regex.search(r"(?<!\w)sự\s+$", before))
        if lex.chair_noun.search(before):
            continue  # "người chủ trì cuộc họp có trách nhiệm kết luận …": the role, not an event
        chain = [] if nominal else _chain_before(ctx, u, k.start())
        tag = next((name for s, e, name in ctx.chair_tags if s <= k.start() < e), None)
        # "<verb> (<event>) có|là|gồm <names>" names its chairs after the verb, whoever is named
        # before it ("Tham dự có ông A, …; chủ trì hội nghị có ông B")
        named_after = next((name for s, e, name in ctx.chair_names if s <= k.start() < e), None)
        after_first = _chain_after(ctx, u, k.end()) if named_after and not nominal else []
        if after_first:
            chain = []
        if tag and len(chain) > 1:
            chain = chain[-1:]  # "Đ/c B – PCT HĐND xã Đ/c: C – PCT UBND xã – Đồng chủ trì": C alone
        # "Sở Nội vụ chủ trì, phối hợp …" is a lead agency, unless a named official's role
        # chain ends at the verb ("ông B – Giám đốc Sở Kế hoạch và Đầu tư đồng chủ trì").
        if (lex.lead_before.search(before[-40:]) and not chain) or lex.lead_after.match(after_k):
            continue
        ev = _event_after(ctx, k.end())
        ends = not after_k.strip() or after_k.lstrip()[:1] in ".;!?)–-,"
        near_event = None
        if not ev:
            near = lex.event_re.search(text, k.end(), min(u.end, k.end() + 50))
            if near and not regex.search(r"[.;,]", text[k.end():near.start()]):
                near_event = near
        rule = "chair_do" if chain and regex.search(r"(?<!\w)do\s+(?:\S+\s+){0,3}$", text[u.start:chain[0][1]]) \
            else "chair_before"
        prior = None if (ev or near_event) else next(lex.event_re.finditer(text, u.start, k.start()), None)
        # "<event> do X chủ trì" is chairing whatever follows ("… do đồng chí Z chủ trì để bầu …")
        if not (ev or near_event or ends or named_after or regex.match(r"\s+của(?!\w)", after_k)
                or lex.chair_place.match(after_k)
                or (rule == "chair_do" and prior is not None and prior.end() <= chain[0][1])):
            continue
        # A plan word ("dự kiến", "sẽ") in the clause, read with the chairs' names and roles
        # blanked out: "Giám đốc Sở Kế hoạch và Đầu tư … chủ trì" is no plan.
        if lex.not_held.search(_clause_before(_blank_officials(text, u.start, k.start(), chain), 0, k.start() - u.start)):
            continue
        if prior and lex.future.search(text, u.start, k.start()):
            continue  # "Kỳ họp … dự kiến diễn ra vào ngày … do đồng chí X chủ trì"
        if not chain:
            chain = after_first or _chain_after(ctx, u, k.end())
            rule = named_after or "chair_after"
        if fold(k.group(0)).startswith("đồng") or len(chain) > 1:
            rule = "co_chair" if chain else rule
        if tag and chain:
            rule = tag
        event = ev or near_event or prior  # "Hội nghị do ông X … chủ trì.": the event word before
        key = fold(event.group(0)) if event else None
        date, day_key = _day_in_unit(ctx, u, k.start())
        last = max([k.end()] + [c[2] for c in chain])
        stop = regex.compile(r"[:;]").search(text, last, u.end) if last < u.end else None
        first, inside = _session_marks(ctx, event.start(), event.end(), u) if event else (False, False)
        # a chair verb naming nobody and no day starts no meeting of its own ("Theo phân cấp,
        # Chủ tịch UBND xã chủ trì các phiên họp"); it joins a meeting reported otherwise
        strong = bool(chain) or date is not None or bool(lex.recent.search(text, u.start, k.start()))
        r = Report(pos=k.start(), unit=u, rule="chair_statement", strong=strong,
                   event_type=_event_type(ctx, key) if key else None,
                   event=event.span() if event else None, date=date, day_key=day_key,
                   chairs=chain, chair_rule=rule, evidence=(u.start, stop.start() if stop else max(u.end, last)),
                   first_session=first, in_container=inside,
                   named_day=bool(event and date is not None and _day_names_event(ctx, event.end(), date)))
        if ev:
            r.topic = _topic(ctx, ev.end(), u.end)
            r.online = _online(ctx, u, ev.end())
        out.append(r)
    return out


def _attendees(ctx: Context, u: Unit) -> list:
    """Officials the unit says attended: after "Tham dự … có", or before "dự và chỉ đạo"."""
    text = ctx.ta.text
    found = []
    for a in ctx.lex.attendance.finditer(text, u.start, u.end):
        found += [m[2] for m in ctx.mentions if a.end() <= m[0] < u.end]
        found += [c[0] for c in _chain_before(ctx, u, a.start())]
    return found


# ---------------------------------------------------------------- merging

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


def _same_day(a, b) -> bool:
    """Same month and day, and the same year unless one of them has none."""
    if a is None or b is None:
        return False
    return a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])


def _own_meeting(r: Report, m: Meeting, containers: frozenset) -> bool:
    """A report naming a distinct event held inside a congress is a meeting of its own: the
    new committee's first session, or a session of another type with its own chair
    ("phiên họp thứ nhất của Ban Chấp hành khóa mới do đồng chí Z chủ trì"), unless its
    clause names the congress ("phiên họp trù bị của Đại hội")."""
    kind = m.value("event_type")
    if kind not in containers or not r.event_type or r.event_type == kind or r.in_container:
        return False
    return r.first_session or bool(r.chairs)


def _gives_day(m: Meeting, r: Report) -> bool:
    """The dated report ``r`` gives its day to the undated meeting just reported before it: the
    same event, in the next two sentences."""
    if m.day_key is not None or r.first_session or not r.event_type or m.value("event_type") != r.event_type:
        return False
    return 0 < r.unit.index - max(m.units) <= 2


def merge(reports: list[Report], containers: frozenset = frozenset()) -> list[Meeting]:
    """Group the reports of each meeting (see the module docstring for the rules)."""
    meetings: list[Meeting] = []
    body = sorted((r for r in reports if not r.unit.is_title), key=lambda r: r.pos)
    for r in body:
        target = next((m for m in meetings if r.unit.index in m.units), None)
        if target is None and meetings and (r.unit.is_caption or r.day_key is None):
            # a caption or an undated report belongs to a meeting already reported: the one
            # with the same chair, else the one before it
            ids = {id(c[0]) for c in r.chairs}
            target = next((m for m in meetings if ids & m.chair_ids()), None) if r.unit.is_caption else None
            if target is None:
                prior = [m for m in meetings if m.first.pos <= r.pos]
                target = prior[-1] if prior else meetings[0]
        elif target is None and r.day_key is not None:
            target = next((m for m in meetings if _same_day(m.day_key, r.day_key)
                           and _same_org(m.value("organizer"), r.organizer)), None)
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


# ---------------------------------------------------------------- the extractor

def _role_text(official: Fact) -> str:
    parts = []
    for role in official.get("roles") or []:
        t = role.get("text") or " ".join(x for x in (role.get("title"), role.get("org"), role.get("place")) if x)
        if t and t not in parts:
            parts.append(t)
    return ", ".join(parts)


def _place(ctx: Context, organizer: str | None, lead: Unit | None, chairs: list) -> str | None:
    """The organiser's place ("huyện Nông Sơn"), else the headline's ("Vị Xuyên: Họp …"), the
    place of the chair's role (resolved by the officials extractor), or the lead's first
    place that is not part of a person's name."""
    lex, text = ctx.lex, ctx.ta.text

    def ok(name: str) -> bool:
        return name.split()[0] not in lex.not_place_names

    if organizer:
        for m in lex.place_re.finditer(organizer):
            if ok(m.group("name")):
                return f"{m.group('unit')} {m.group('name')}"
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
            colon = regex.match(rf"\s*({_CAP}(?:\s{_CAP}){{0,3}})\s*:", text[u.start:u.end])
            if colon and not colon.group(1).isupper() and ok(colon.group(1)):
                return colon.group(1)
        for m in lex.place_re.finditer(text, u.start, u.end):
            s, e = m.span("name")
            if ok(m.group("name")) and not any(ms < e and s < me for ms, me, _f in ctx.mentions):
                return f"{m.group('unit')} {m.group('name')}"
    return None


@register("meeting")
def extract_meetings(ta: TokenizedArticle) -> None:
    """Add a ``meeting`` fact for each meeting the article reports as held."""
    if not ta.text.strip() or not ta.sentences:
        return
    lex = lexicon()
    docs = [(f.span.start, f.span.end) for f in ta.of_kind("document_ref")]
    text = ta.text
    dates = [d for d in ta.of_kind("date")
             if d.get("granularity") == "day" and day_key(d) and not _in_doc(d.span.start, docs)
             and not lex.not_meeting_day.search(text, max(0, d.span.start - 30), d.span.start)]
    # the day of an earlier event named as background is no day of this one: "… tại phiên tiếp
    # công dân trước (ngày 15/7/2024)"
    previous = [p.end() for m in lex.event_re.finditer(text) if (p := lex.previous_after.match(text, m.end()))]
    dates = [d for d in dates if not any(
        pe <= d.span.start <= pe + 12 and regex.fullmatch(r"[\s(\[,:\-–]*(?:vào\s+)?", text[pe:d.span.start])
        for pe in previous)]
    dates.sort(key=lambda d: d.span.start)
    ctx = Context(ta, lex, reading_units(ta), _mentions(ta), dates, docs)
    ruled, fallback = _read_rules(ctx)
    seen = {r.event for r in ruled}
    reports = [r for r in _event_reports(ctx, _events(ctx)) if r.event not in seen] + ruled + _chair_reports(ctx)
    reports = [r for r in reports if not _planned(ctx, r)]
    # A meeting named by its day ("Tại Hội nghị … ngày 17/9/2022, …") is the article's own only
    # when the article reports no other; else it is a reference point to an earlier one.
    meetings = merge([r for r in reports if not r.named_day], lex.containers) or merge(reports, lex.containers)
    if not meetings:
        # the article reports its meeting only in passing ("Tại hội nghị, …", "Quang cảnh hội
        # nghị"): one meeting, with the dateline's day if the lead or the headline opens on one
        meetings = merge([r for r in fallback if not _planned(ctx, r)] + [r for r in reports if r.unit.is_title],
                         lex.containers)
        for m in meetings:
            m.fallback = True
    unit_owner: dict[int, Meeting] = {}
    for m in meetings:
        for r in m.reports:
            unit_owner.setdefault(r.unit.index, m)
    dated, lead_day = _lead_day(ctx, meetings)
    for m in meetings:
        _emit(ctx, m, meetings, unit_owner, lead_day if m is dated else None)


def _lead_day(ctx: Context, meetings: list[Meeting]) -> tuple[Meeting | None, Fact | None]:
    """The meeting a dateline lead dates though no event word there frames it: "Sáng 21/8, lãnh
    đạo huyện … rà soát tiến độ … Dưới sự chủ trì của ông X, …". The first meeting, reported
    within two sentences after a lead that opens with a day no meeting has, takes that day. A
    meeting the article reports only in passing (``Meeting.fallback``: "Tại hội nghị, …", a
    caption) takes the day the lead, else the headline, opens with, wherever it is reported."""
    if not meetings or any(r.date is not None for r in meetings[0].reports):
        return None, None
    fallback = meetings[0].fallback
    title = next((u for u in ctx.units if u.is_title), None)
    lead = next((u for u in ctx.units if u.is_lead), None)
    for u in (lead, title) if fallback else (lead,):
        date = _opening_day(ctx, u)
        if date is None:
            continue
        first = min((r.unit.index for r in meetings[0].reports if not r.unit.is_title), default=None)
        if first is None or any(_same_day(m.day_key, day_key(date)) for m in meetings):
            return None, None
        if fallback and (u is title or first >= u.index) or lead.index < first <= lead.index + 2:
            return meetings[0], date
        return None, None
    return None, None


def _opening_day(ctx: Context, u: Unit | None) -> Fact | None:
    """The day a sentence opens with ("Sáng 21/8, …", "Vào chiều ngày 5/6 …"), unless it is a plan."""
    text, lex = ctx.ta.text, ctx.lex
    if u is None:
        return None
    date = next((d for d in ctx.dates if u.start <= d.span.start < u.end), None)
    if date is None or not date.get("value") or lex.future.search(text, u.start, u.end):
        return None
    if not lex.lead_opening.fullmatch(text, u.start, date.span.start):
        return None  # not "Sáng 21/8, …" but a day inside the sentence
    return date


def _emit(ctx: Context, m: Meeting, meetings: list[Meeting], unit_owner: dict, lead_day: Fact | None) -> None:
    ta = ctx.ta
    body = [r for r in m.reports if not r.unit.is_title]
    primary = next((r for r in body if r.rule != "chair_statement"), body[0])
    date_fact = next((r.date for r in body if r.date is not None), lead_day)
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
        for o in _attendees(ctx, u):
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
        "place": _place(ctx, organizer, primary.unit, chairs),
        "chair": [o.get("name") for o in chairs],
        "chair_roles": [_role_text(o) for o in chairs],
        "attendees": [o.get("name") for o in attendees],
        "online": any(r.online for r in m.reports),
        "chair_evidence": [{"start": s, "end": e, "text": ta.text[s:e]} for s, e in evidence],
    }
    rule = primary.rule + (f"+{rules[0]}" if rules else "") + ("+lead_day" if lead_day is not None else "")
    confidence = 0.9 if chairs else 0.8
    if date_fact is None:
        confidence -= 0.1
    u = primary.unit
    ta.facts.append(Fact("meeting", ta.span(u.start, u.end), "meeting", round(confidence, 2), rule, fields))
