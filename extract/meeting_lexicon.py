"""The meeting extractor's word lists (``patterns/meeting_words.yaml`` and the officials'
bodies and honorifics), compiled once into the regexes every reader of a meeting shares.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from govfacts.patterns import alternation, load

from .text import fold, normalize_tones


END = ".!?…:;"
CAP = r"\p{Lu}[\p{L}\p{M}]*"  # a capitalised word


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
    sittings: frozenset          # event types that are parts of one sitting over a day (kỳ họp, its phiên họp)
    background_gap_days: int     # a later-reported meeting this many days before the first is background
    first_session: regex.Pattern
    lead_opening: regex.Pattern  # what may stand before the day that opens a dateline lead
    chair_re: regex.Pattern
    chair_place: regex.Pattern
    chair_fillers: regex.Pattern
    chair_second: regex.Pattern  # the chair's second verbs before the event ("chủ trì, chỉ đạo hội nghị")
    period_opener: regex.Pattern  # "Năm qua, …": a period's work recalled
    period_lead: regex.Pattern   # what may stand before a period date opening a sentence ("Trong quý I")
    chair_then_end: regex.Pattern  # "chủ trì và kết luận.": the chair's second verbs end the clause
    side_intro: regex.Pattern    # "về phía tỉnh có": the side the next co-chair speaks for
    as_planned: regex.Pattern    # "Theo kế hoạch, … đã …": done as planned, no plan
    ground_opening: regex.Pattern  # "Thực hiện Kế hoạch số …, ngày 20/6, …": a ground before the report's day
    today: regex.Pattern         # "sáng nay": the page's own day
    next_chair: regex.Pattern    # ", bà ": a comma, then the next co-chair's honorific
    attend_and: regex.Pattern    # "tới dự, " / "dự và " right before the chair verb: the chair attended too
    list_line: regex.Pattern     # what may open a line of a list of names ("- Đồng chí: ", "Ông ")
    lead_after: regex.Pattern
    chair_noun: regex.Pattern    # "người (chủ trì)": the chair as a role in a rule
    lead_before: regex.Pattern
    breaks: regex.Pattern
    attendance: regex.Pattern
    online_after: regex.Pattern
    online_phrases: regex.Pattern
    organiser_head: regex.Pattern
    organiser_stop: regex.Pattern
    not_place_names: frozenset   # capitalised words before a headline's colon that are no place
    topic_stop: regex.Pattern
    same_day_opener: regex.Pattern  # "Chiều cùng ngày, …" opening a sentence
    also_day_opener: regex.Pattern  # "Cũng trong chiều 20/6, …": another event, on its own day
    photo_credit: regex.Pattern  # a photo credit after a caption on its line ("Ảnh: Minh Đức")
    headline_event: regex.Pattern  # a headline opening on an event word, after its place ("Tân Mỹ: Hội nghị …")
    headline_verb_events: frozenset  # verb-only event words that name a meeting alone in a headline ("Tổng kết …")
    subject_events: frozenset    # verb-only event words held when a verb of holding follows ("Lễ xuất quân đã diễn ra")


def _words(words, flags=regex.IGNORECASE) -> regex.Pattern:
    return regex.compile(alternation(words, boundary=True), flags)


def _words_except(words, compounds: dict, flags=regex.IGNORECASE, heads: dict | None = None) -> regex.Pattern:
    """Like ``_words``, but a word listed in ``compounds`` does not match before one of its
    compound tails ("giao" but not "giao nhận", "giao lưu"), nor one in ``heads`` after one of
    its heads ("phải" but not "từ phải qua")."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        e = regex.escape(word)
        tails = compounds.get(word)
        if tails:
            e += rf"(?!\s+{alternation(tails)}(?!\w))"
        if (heads or {}).get(word):
            e = rf"(?<!(?<!\w){alternation(heads[word])}\s+)" + e
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
    honorifics = [f for forms in load("honorifics")["honorifics"].values() for f in forms]
    return Lexicon(**_event_fields(w, honorifics), **_chair_and_clause_fields(w, honorifics))


def _event_fields(w: dict, honorifics: list[str]) -> dict:
    """How an event is named, held, planned or reported, and its day."""
    events = {fold(k): v for k, v in w["events"].items()}
    verb_only = {fold(k): v for k, v in w["verb_only_events"].items()}
    surfaces = list(w["events"]) + list(w["verb_only_events"])
    fillers = alternation(w["held_fillers"])
    held_verbs = w["held_verbs"]
    return dict(
        # after a place or a tag: "Tân Mỹ: Hội nghị …", "(Tân Mỹ) - Kỳ họp …", "[Video] Hội nghị …", "Tân Mỹ - Lễ …"
        headline_event=regex.compile(rf"\s*(?:[^:\n]{{1,40}}:\s*|[(\[][^()\[\]\n]{{1,40}}[)\]]\s*(?:[-–—|:]\s*)?"
                                     rf"|[^\n\d]{{1,40}}?\s[-–—|]\s+)?(?P<event>{alternation(surfaces)})(?!\w)",
                                     regex.IGNORECASE),
        headline_verb_events=frozenset(fold(x) for x in w["headline_verb_events"]),
        subject_events=frozenset(fold(x) for x in w["subject_events"]),
        photo_credit=regex.compile(rf"\s*[(\-–]?\s*{alternation(w['photo_credits'])}\s*:", regex.IGNORECASE),
        not_place_names=frozenset(w["not_place_names"]),
        same_day_opener=regex.compile(rf"[\s\-–•*]*{alternation(w['same_day_openers'])}(?!\w)", regex.IGNORECASE),
        also_day_opener=regex.compile(rf"[\s\-–•*]*{alternation(w['also_day_openers'])}\s+(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?",
                                      regex.IGNORECASE),
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
        not_held=_words_except(w["not_held"] + w["future"], w.get("not_held_compounds") or {},
                               heads=w.get("not_held_heads") or {}),
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
        sittings=frozenset(w["sitting_types"]),
        background_gap_days=int(w["background_gap_days"]),
        lead_opening=regex.compile(rf"\s*(?:{alternation(w['lead_openers'])}\s+)*", regex.IGNORECASE),
        first_session=regex.compile(
            rf"(?<!\w){alternation(w['first_session_events'])}\s+{alternation(w['first_session_ordinals'])}(?!\w)",
            regex.IGNORECASE),
    )


def _chair_and_clause_fields(w: dict, honorifics: list[str]) -> dict:
    """Who chairs, where a clause breaks, who attends, organises, and where."""
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
    return dict(
        chair_re=_words(w["chair_verbs"]),
        chair_noun=regex.compile(rf"(?<!\w){alternation(w['chair_nouns'])}\s+$", regex.IGNORECASE),
        chair_place=regex.compile(rf"\s+(?:{alternation(w['chair_place_after'])})(?!\w)", regex.IGNORECASE),
        chair_second=regex.compile(rf"\s*,?\s*(?:(?:{alternation(w['chair_second_verbs'])})(?:\s*,\s*|\s+))*",
                                   regex.IGNORECASE),
        period_opener=regex.compile(rf"[\s\-–•*]*{alternation(w['period_openers'])}\s*,", regex.IGNORECASE),
        period_lead=regex.compile(rf"[\s\-–•*]*(?:{alternation(w['period_lead'])}\s+)?", regex.IGNORECASE),
        chair_then_end=regex.compile(
            rf"(?:\s*(?:,|(?<!\w)và)?\s*(?:{alternation(v for v in w['chair_second_verbs'] if v != 'và')})(?!\w))+"
            r"\s*(?:[.;!?]|$)", regex.IGNORECASE),
        chair_fillers=regex.compile(rf"\s*,?\s*(?:(?:{alternation(w['chair_fillers'])})(?:\s*,\s*|\s+))*",
                                    regex.IGNORECASE),
        side_intro=regex.compile(rf"(?<!\w){alternation(w['side_intros'])}\s+[^,;:.]{{1,40}}?\s+(?:có|là)(?!\w)",
                                 regex.IGNORECASE),
        as_planned=regex.compile(
            rf"[\s\-–]*{alternation(w['plan_openers'])}(?!\w)[^,.;!?\n]{{0,40}},(?=[^.;!?\n]*(?<!\w)(?:đã|vừa)(?!\w))",
            regex.IGNORECASE),
        ground_opening=regex.compile(rf"[\s\-–]*{alternation(w['ground_openers'])}(?!\w)", regex.IGNORECASE),
        today=_words(w["today"]),
        attend_and=regex.compile(rf"(?:(?<!\w)(?:{alternation(w['attend_before_chair'])})\s*(?:và|,)|(?<!\w)và)\s*$",
                                 regex.IGNORECASE),
        next_chair=regex.compile(rf",\s*(?:{alternation(honorifics)})\s+$", regex.IGNORECASE),
        list_line=regex.compile(rf"[\s\-–+•*]*(?:(?:{alternation(honorifics)})\s*:?\s*)?", regex.IGNORECASE),
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
    )
