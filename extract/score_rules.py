"""Score and ranking phrasings as data: the named rules of ``patterns/score_rules.yaml``, read
through the grammar engine (extract/grammar.py), beside the core forms of extract/score_read.py.

Forms read (each rule's name goes into the fact's ``rule``):

* a bare index value .... "với mức điểm 45,1187", "mức trung bình của cả nước là 41,9032",
                          "ở mức lần lượt là 43,7015 và 42,1188", "Chỉ số CCHC (90,816)",
                          "so với năm 2022 (84,06%)", "tính năng động 5,64 (giảm 0,71 điểm)",
                          "ICT Index đạt 0,4862", "chỉ số Thanh toán trực tuyến đạt 5.9/10 điểm"
* a maximum elsewhere ... "45,1187 (trên tổng điểm là 80)" → 45.1187 of 80
* not a result .......... "tổng điểm 100, trong đó 33,5 điểm điều tra …" (the index's scale)
* ranks ................. "xếp hạng nhất / nhì / ba", "đứng ở vị trí 9", "so với năm 2022 (39/63)",
                          "từ vị trí 44 lên 31" (both positions, the later with the change)
* totals written once ... "ở vị trí thứ 7, … thứ 19 và … thứ 26 trong 63 tỉnh" → each of 63;
                          "khối … có 16 đơn vị, A xếp hạng nhất; …" → each of 16
* no rank 1 ............. "các tỉnh, thành dẫn đầu … là:", "4 đơn vị dẫn đầu, gồm: …" (a top group)
* moves and lists ....... "tăng từ 80,1 điểm năm 2022 lên 85,12 điểm" (both values), "xã A đạt 90,1 điểm;
                          xã B 88,2" (the list going on bare), "A xếp thứ 3 và B thứ 5"
* ranked by a body ...... "Huyện đoàn được Ban Thường vụ Tỉnh đoàn xếp thứ 3/14 đơn vị": the unit before "được"
* last of a total ....... "Trong 9 huyện, A dẫn đầu, B xếp cuối" → 9 of 9

Index tables (a heading of columns, a caption naming the cells' order) are walked by
extract/score_tables.py. Before the core forms are read, :func:`mark` notes what the rules rule
out (scales, maxima, top groups, change words with their own object); after, :func:`read` adds the
facts the rules find and hands totals and maxima to the facts already read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .grammar import rule_set
from .score_read import classify_number, names_no_result, ordinal_value, score_value
from .score_lexicon import patterns, targeted
from .score_tables import TABLE_RULES, compiled, read_caption_rows, read_table
from .score_text import Candidate, Layout, has_context
from .text import parse_number

RULES = "score_rules"
ADJACENT = 3  # characters of space allowed between a fact and the rule that completes it


@dataclass
class Marks:
    """What the rules rule out before the core forms are read."""

    scale: list = field(default_factory=list)  # spans whose numbers are no results
    not_first: list = field(default_factory=list)  # "dẫn đầu" spans that are a group at the top
    used_cues: set = field(default_factory=set)  # change words that have their own object
    maxima: list = field(default_factory=list)  # (start, end, max) of "(trên tổng điểm là 80)"
    headings: list = field(default_factory=list)  # table headings ("STT Đơn vị Điểm Xếp hạng"): no rank in them
    classes: list = field(default_factory=list)  # a class held, no position ("bệnh viện được xếp hạng 2")
    row_numbers: list = field(default_factory=list)  # a table row's number: no score ("Tổng điểm\n1 Xã …")

    def masked(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.scale) or any(s <= pos < e for s, e, _m in self.maxima)

    def rank_blocked(self, pos: int) -> bool:
        """Whether a rank at ``pos`` is a table heading's word, then the first row's number ("… Xếp
        hạng 1 Sở Tư pháp …"), or a class a facility or a grade of staff holds ("Bệnh viện … được xếp
        hạng 2", "thăng hạng từ hạng 3 lên hạng 2"). A rank of whatever a unit is ranked on is a rank
        (FACTS.md's "every rank position"): no statistic, contest or count is ruled out."""
        return any(s <= pos < e for s, e in self.headings) or any(s <= pos < e for s, e in self.classes)


# The acts that bear on ranks: all an article naming no index at all can use, since a score, a table's
# or a caption's rows and a maximum are read only in an index's context (score_text.has_context), but for
# a score rule whose own words name the assessment (``context: own``).
RANK_ACTS = frozenset({"rank", "rank_move", "rank_list", "total", "last_place", "not_first", "not_rank", "table"})


def _bears_on_ranks(rule) -> bool:
    """A rule an article naming no index needs: its ranks, and the scores whose own words name the assessment."""
    return rule.get("act") in RANK_ACTS or rule.get("context") == "own"


@lru_cache(maxsize=16)
def _matches(text: str, ranks_only: bool = False) -> tuple:
    return tuple(rule_set(RULES).finditer(text, keep=_bears_on_ranks if ranks_only else None))


def mark(text: str, lay: Layout, *, ranks_only: bool = False) -> None:
    """Note on the layout what the rules rule out, before the core forms are read (``ranks_only``:
    the article names no index, so only the rules that bear on ranks are scanned)."""
    marks = Marks()
    for rule, m in _matches(text, ranks_only):
        act = rule.get("act")
        if act == "cue_used":
            marks.used_cues.add(m.start())
        elif act == "no_result":
            marks.scale.append(m.span())
        elif act == "not_first":
            marks.not_first.append(m.span("head"))
        elif act == "max":
            marks.maxima.append((m.start(), m.end(), parse_number(m.group("max"))))
        elif act == "table":
            marks.headings.append(m.span())
        elif act == "not_rank":
            marks.classes.append(m.span())
    lay.marks = marks


def read(text: str, lay: Layout, cands: list[Candidate], changes: list[tuple], *, ranks_only: bool = False) -> None:
    """Add the scores and ranks the rules find; give totals and maxima to the facts read."""
    found = _matches(text, ranks_only)
    taken: set = set()
    score_spans = [(c.start, c.end) for c in cands if c.kind == "score"]
    for rule, m in found:
        act = rule.get("act")
        if act == "score":
            _read_score(text, lay, rule, m, cands, taken, score_spans)
        elif act in ("rank", "rank_move"):
            _read_rank(text, lay, rule, m, cands)
        elif act == "table":
            read_table(text, lay, rule, m, cands)
        elif act == "caption_rows":
            read_caption_rows(text, lay, rule, m, cands)
        elif act == "rank_list":
            _read_rank_list(text, lay, rule, m, cands)
    # a table's row numbers and cells are the table's: no other rule reads a score there ("Tổng điểm\n1 Xã …")
    rows = list(lay.marks.row_numbers if lay.marks else ()) + [(c.start, c.end) for c in cands if c.rule in TABLE_RULES]
    cands[:] = [c for c in cands if not (c.kind == "score" and c.rule not in TABLE_RULES
                                         and any(c.start < e and s < c.end for s, e in rows))]
    lasts = [m for rule, m in found if rule.get("act") == "last_place"]
    for rule, m in found:
        if rule.get("act") == "total":
            _give_total(text, lay, rule, m, cands)
            if rule.get("where") == "before":
                _last_of_total(lay, m, lasts, cands)
    for s, _e, top in lay.marks.maxima if lay.marks else ():
        _give_max(text, s, top, cands)


# ---------------------------------------------------------------- scores


def _read_score(text, lay, rule, m, cands, taken, score_spans) -> None:
    nums = list(zip(m.starts("num"), m.ends("num"), m.captures("num")))
    for nstart, nend, raw in nums:
        if nstart in taken or any(s <= nstart < e for s, e in score_spans):
            continue
        if lay.marks and lay.marks.masked(nstart):
            continue
        unit = "%" if m.groupdict().get("pct") else rule.get("unit", "điểm")
        if rule.get("context") != "own" and not has_context(lay, nstart, nend, unit=unit):
            continue  # "context: own": the rule's words name the assessment ("… điểm, xếp loại xuất sắc")
        if rule.get("after") == "index_or_rank" and not _in_ranked_clause(text, lay, m.start(), cands):
            continue
        if rule.get("after") == "index" and not _in_ranked_clause(text, lay, m.start(), []):
            continue
        if rule.get("after") == "score" and not _right_after_score(text, m.start(), cands):
            continue
        if rule.get("classify", True) == "words":  # the rule's words are the cue: only no target, no statistic
            if names_no_result(text, lay, nstart, statistic=not rule.get("component")):
                continue
        elif rule.get("classify", True):
            kind, _cue = classify_number(text, lay, nstart, nend, statistic=not rule.get("component"))
            if kind != "score":
                continue
        unit = "%" if m.groupdict().get("pct") else rule.get("unit", "điểm")
        if unit == "inherit":
            unit = _unit_before(lay, nstart, cands)
        top = parse_number(m.group("max")) if m.groupdict().get("max") else None
        value = score_value(raw, unit, top)
        if value is None:
            continue
        fields = {"value": value, "max": top, "unit": unit, "subject": None, "index": None, "year": None,
                  "change": None}
        start = m.start() if len(nums) == 1 else nstart
        end = m.end() if len(nums) == 1 else nend
        c = Candidate("score", start, end, rule.name, fields, anchor=m.start(), after=m.end(), confidence=0.8)
        if len(nums) > 1:
            c.respectively = nums.index((nstart, nend, raw))
        cands.append(c)
        taken.add(nstart)


def _in_ranked_clause(text: str, lay: Layout, pos: int, cands: list[Candidate]) -> bool:
    """Whether the clause before ``pos`` (back to a ";" or the sentence's start) names an index or
    holds a rank: "xếp hạng nhì là Sở Nội vụ (91,326)"."""
    s, _e = lay.sentence(pos)
    semi = text.rfind(";", s, pos)
    cs = semi + 1 if semi >= 0 else s
    if any(m.code for m in lay.mentions_between(cs, pos)):
        return True
    return any(c.kind == "ranking" and cs <= c.start < pos for c in cands)


def _right_after_score(text: str, pos: int, cands: list[Candidate]) -> bool:
    """Whether a score ends right before ``pos``, only space between: "80,28/100 điểm (tỷ lệ 80,28%)"."""
    return any(c.kind == "score" and 0 <= pos - c.end <= ADJACENT and not text[c.end:pos].strip() for c in cands)


def _unit_before(lay: Layout, pos: int, cands: list[Candidate]) -> str:
    s, _e = lay.sentence(pos)
    before = [c for c in cands if c.kind == "score" and s <= c.start < pos]
    return before[-1].fields["unit"] if before else "điểm"


def _give_max(text: str, pos: int, top, cands: list[Candidate]) -> None:
    """"46,0415 (trên tổng điểm là 80)": the score ending right before the bracket takes its max."""
    for c in cands:
        if c.kind == "score" and c.fields["max"] is None and 0 <= pos - c.end <= ADJACENT \
                and not text[c.end:pos].strip() and top and c.fields["value"] <= top:
            c.fields["max"] = top


# ---------------------------------------------------------------- rankings


def _read_rank(text, lay, rule, m, cands) -> None:
    pats = patterns()
    spans = [(c.start, c.end) for c in cands if c.kind == "ranking"]
    s, _e = lay.sentence(m.start())
    if targeted(text, s, m.start()):
        return
    if lay.marks and lay.marks.rank_blocked(m.start()):
        return
    if rule.get("after_rank") and not any(c.kind == "ranking" and s <= c.start < m.start() for c in cands):
        return  # "B thứ 5" only after "A xếp thứ 3" in its sentence
    positions = [("", m.start("num") if m.groupdict().get("num") else m.start())]
    if rule.get("act") == "rank_move":
        positions.append(("2", m.start("num2")))
    made = []
    for suffix, pos in positions:
        g = m.groupdict()
        tok = g.get("num" + suffix) or g.get("ord" + suffix)
        rank = ordinal_value(tok) if tok else None
        out = int(g["out" + suffix]) if g.get("out" + suffix) else None
        if rule.get("last") and out is not None:
            rank = out  # "xếp cuối trong 8 huyện": 8 of 8
        if rule.get("rank") is not None and suffix == "":
            rank = int(rule.get("rank"))  # "ngôi á quân": 2
        if rank is None or rank < 1 or (out is not None and rank > out):
            made.append(None)
            continue
        start = m.start() if suffix == "" else pos
        end = m.end("num" + suffix) if g.get("num" + suffix) else m.end()
        if g.get("out" + suffix):
            end = m.end("out" + suffix)
        if suffix == "" and rule.get("act") == "rank" and not g.get("out"):
            end = m.end()
        existing = next((c for c in cands if c.kind == "ranking" and c.start < end and start < c.end
                         and c.fields["rank"] == rank), None)
        if existing is None and suffix == "2":
            # "xếp thứ 40/63, tăng 5 bậc (từ 45 lên 40)": the move ends at the rank already read
            existing = next((c for c in cands if c.kind == "ranking" and s <= c.start < m.start()
                             and c.fields["rank"] == rank), None)
        if existing is not None:
            if rule.get("passive"):
                # "A được Ban … xếp thứ 3/14": the core form read the rank; the rule says who holds it
                existing.anchor, existing.rule = _anchor(text, rule, s, m.start()), rule.name
            made.append(existing)
            continue
        if any(a < end and start < b for a, b in spans):
            made.append(None)
            continue
        fields = {"rank": rank, "out_of": out, "subject": None, "index": None, "year": None, "group": None,
                  "change": None}
        # a move's later position ends the match, with the year after it: "lên vị trí 3 (năm 2025) trong 14 …"
        after = m.end() if suffix == "2" else end
        c = Candidate("ranking", start, end, rule.name, fields, anchor=_anchor(text, rule, s, m.start()), after=after,
                      confidence=0.85 if out else 0.8)
        g2 = pats["group"].match(text, end)
        if g2 and not pats["subject_after"].match(text, end):
            c.fields["group"] = g2.group("g").strip()
            c.end = g2.end("g")
        cands.append(c)
        made.append(c)
    if rule.get("act") == "rank_move" and len(made) == 2 and made[0] is not None and made[1] is not None:
        later = made[1]
        if later.fields.get("change") is None:
            later.fields["change"] = made[0].fields["rank"] - later.fields["rank"]
            later.fields["previous_rank"] = made[0].fields["rank"]


def _anchor(text: str, rule, s: int, pos: int) -> int:
    """Where the words naming who is ranked end: before the rule's ``passive`` word when it has one
    ("Huyện đoàn được Ban Thường vụ Tỉnh đoàn xếp thứ 3/14": the unit before "được", not the body)."""
    word = rule.get("passive")
    at = text.rfind(word, s, pos) if word else -1
    return at if at >= 0 else pos


def _read_rank_list(text: str, lay: Layout, rule, m, cands: list[Candidate]) -> None:
    """"Tốp 5 … dẫn đầu gồm: 1. A; 2. B; …": each numbered unit takes its number as its rank (no
    total); the numbers run 1, 2, 3 … and the list ends where they stop."""
    if lay.marks and lay.marks.rank_blocked(m.start()):
        return
    item = compiled(rule.get("item"))
    pos, number = m.end(), 0
    taken = [(c.start, c.end) for c in cands if c.kind == "ranking"]
    while True:
        r = item.match(text, pos)
        if r is None or int(r.group("num")) != number + 1:
            break
        number += 1
        start, end = r.span("num")
        if not any(a < end and start < b for a, b in taken):
            fields = {"rank": number, "out_of": None, "subject": None, "index": None, "year": None, "group": None,
                      "change": None}
            cands.append(Candidate("ranking", start, end, rule.name, fields, anchor=r.end("name"),
                                   after=r.end("name"), confidence=0.8))
        pos = r.end()


def _last_of_total(lay: Layout, m, lasts: list, cands: list[Candidate]) -> None:
    """"Trong 9 huyện, …, B xếp cuối": last place after a total written once before it in its
    sentence is rank N of N (unless the sentence already has that rank: "xếp cuối, thứ 9")."""
    out = int(m.group("out"))
    s, e = lay.sentence(m.start())
    for p in lasts:
        if not m.end() <= p.start() < e:
            continue
        if any(c.kind == "ranking" and s <= c.start < e and (c.fields["rank"] == out or c.start < p.end() and p.start() < c.end)
               for c in cands):
            continue
        if lay.marks and lay.marks.rank_blocked(p.start()):
            continue
        fields = {"rank": out, "out_of": out, "subject": None, "index": None, "year": None, "group": None,
                  "change": None, "out_of_from": "total before"}
        cands.append(Candidate("ranking", p.start(), p.end(), "rank_last_of_a_total_before", fields,
                               anchor=p.start(), after=p.end(), confidence=0.8))


def _give_total(text: str, lay: Layout, rule, m, cands: list[Candidate]) -> None:
    """A total written once goes to each rank of its sentence without one: the ranks before it
    when it follows the last of them, the ranks after it when it opens the sentence."""
    out = int(m.group("out"))
    s, e = lay.sentence(m.start())
    ranks = sorted((c for c in cands if c.kind == "ranking" and s <= c.start < e), key=lambda c: c.start)
    if rule.get("where") == "after":
        # right after the last rank, or read into it ("B xếp thứ 5 trên tổng số 18 huyện"; not last place,
        # "C xếp cuối trong tổng số 18", whose total is its own rank)
        last = [c for c in ranks if (c.after <= m.start() and not text[max(c.after, c.end):m.start()].strip())
                or (c.start < m.start() < c.end and c.fields["out_of"] == out and c.fields["rank"] < out)]
        if not last:
            return
        chain = [c for c in ranks if c.start <= last[-1].start]
        for c in reversed(chain):
            if c.fields["out_of"] is not None and c is not last[-1]:
                break
            if c.fields["out_of"] is None and c.fields["rank"] <= out:
                c.fields["out_of"] = out
                c.fields["out_of_from"] = rule.name
    else:
        for c in ranks:
            if c.start < m.end():
                continue
            if c.fields["out_of"] is not None:
                break
            if c.fields["rank"] <= out:
                c.fields["out_of"] = out
                c.fields["out_of_from"] = rule.name
