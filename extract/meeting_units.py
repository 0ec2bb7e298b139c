"""The units a meeting is read in: sentences re-joined across hard wraps and abbreviations,
with the headline, the photo captions and the lead marked, so that every reader agrees on
what one statement is.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .article import TokenizedArticle
from .grammar import rule_set
from .meeting_lexicon import END, lexicon


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
            # a line ending on a comma ends no sentence: "Đồng chí A,⏎Chủ tịch UBND huyện chủ trì …"
            wrapped = "\n" in gap and (text[prev.end - 1] == "," and not BULLET.match(head)
                                       or text[prev.end - 1].isalpha() and (
                head[:1] in "-–,(" or head[:1].isalpha() and (
                    head[:1].islower() or len(text[prev.start:prev.end].split()) <= 2)))
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
        u.is_caption = (whole_line and "\n" not in text[u.start:u.end] and (credit or text[u.end - 1] not in END)
                        and len(text[u.start:u.end].split()) >= 3)
        if first_body and len(text[u.start:u.end].split()) >= 6 and not u.is_caption:
            u.is_lead = True
            first_body = False
    return units


BULLET = regex.compile(r"\s*[-–+•*]\s")  # a line opening a list item: "- ", "• " (meeting_chairs reads it too)


def meeting_rules():
    return rule_set("meeting_rules")


def stretch(name: str) -> regex.Pattern:
    """The pattern of ``patterns/meeting_stretch_rules.yaml`` named ``name``: a phrasing a reader
    matches at a position, never scanned over an article."""
    return rule_set("meeting_stretch_rules").rule(name).regex


def _joins(text: str, start: int, end: int) -> bool:
    """The sentence [start, end) ends on a stop that ends no sentence (rule ``does: join_units``)."""
    return any(r.regex.search(text, max(start, end - 12), end) for r in meeting_rules().where("does", "join_units"))


def unit_at(units: list[Unit], pos: int) -> Unit | None:
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
