"""Scores and rankings as the core phrasing writes them ("đạt 80,28/100 điểm", "xếp thứ 07/18"):
candidates found by ``patterns()`` and classified by the word before each number."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import regex

from .rule_starts import finditer
from .score_lexicon import TEXT_SHAPES, gate_words, lexicon, patterns, subject_key, targeted
from .score_text import Candidate, Layout, has_context
from .text import fold, parse_number

def classify_number(text: str, lay: Layout, nstart: int, nend: int, *, statistic: bool = True) -> tuple[str, int]:
    """What a number with a score unit is, and where the words that make it so begin.

    A band word right before it ("từ 80", "trên 80%"), a range or "trở lên" after it: a band.
    A target word earlier in its sentence ("phấn đấu"): a target.  A statistic's noun in its
    clause ("tỷ lệ", "giải ngân"): a statistic.  Else the nearest cue back in the clause
    decides ("đạt", "là": a score; "tăng", "giảm": a change; "cao hơn": a difference), weak
    words skipped, so "có số điểm tăng cao nhất với 5,26 điểm" is an increase.  No cue: a score.
    """
    pats = patterns()
    lex = lexicon()
    s, cstart = _clause_before(text, lay, nstart)
    band = pats["band_before"].search(text, max(cstart, nstart - 25), nstart)
    cues = list(pats["cue"].finditer(text, cstart, nstart))
    if band:
        last = cues[-1] if cues else None
        longer = last is not None and last.start() < band.start() and last.end() >= band.end("word")
        if not longer:  # "cao hơn 1,45%" is a difference, not the band "hơn 80%"
            return "band", nstart
    if pats["band_after"].match(text, nend):
        return "band", nstart
    other = names_no_result(text, lay, nstart, statistic=statistic, clause=(s, cstart))
    if other:
        return other, nstart
    cue_start = nstart
    used = lay.marks.used_cues if lay.marks else ()
    for c in reversed(cues):
        kind = "weak" if c.group("paren") else lex.cue_kind.get(c.group(0).lower(), "weak")
        if c.start() in used:
            continue  # "tăng 12 bậc … với 66,41 điểm": the cue has its own object
        if kind == "weak":
            continue
        if kind == "band":
            continue  # a band word not right before the number ("đứng đầu trên cả nước với 90 điểm")
        if kind == "score":
            if not text[c.end():nstart].strip():
                cue_start = c.start()
            return "score", cue_start
        return kind, c.start()
    return "score", cue_start


def names_no_result(text: str, lay: Layout, nstart: int, *, statistic: bool = True,
                    clause: tuple[int, int] | None = None) -> str | None:
    """"target" or "statistic" when the words before the number in its sentence make it one ("phấn
    đấu", "chỉ tiêu" unless met; "tỷ lệ hộ nghèo" in its clause), else None: what a number is not,
    whatever its cue (a rule whose own words are the cue asks only this). ``clause``: the
    number's sentence start and clause start when the caller has found them already."""
    pats = patterns()
    s, cstart = clause or _clause_before(text, lay, nstart)
    # "chỉ tiêu" unless the sentence says it was met before the number ("Nhiều chỉ tiêu … có bước tiến: …")
    if targeted(text, s, nstart):
        return "target"
    if statistic and pats["statistic"].search(text, _statistic_start(text, pats, s, cstart, nstart), nstart):
        return "statistic"
    return None


def _clause_before(text: str, lay: Layout, nstart: int) -> tuple[int, int]:
    """Where the number's sentence starts and where its clause does (after the last clause mark
    between the two)."""
    s, _e = lay.sentence(nstart)
    sep = patterns()["clause_sep"].search(text, s, nstart)
    return s, sep.end() if sep else s


def _statistic_start(text: str, pats: dict, s: int, cstart: int, nstart: int) -> int:
    """Where the words naming what a number measures begin: its clause, or the clause before it
    when its own is only a verb ("tỷ lệ thanh toán trực tuyến, mới đạt 38%")."""
    if cstart > s and pats["bare_value_clause"].fullmatch(text, cstart, nstart):
        sep = pats["clause_sep"].search(text, s, cstart - 1)
        return sep.end() if sep else s
    return cstart


def score_value(raw: str, unit: str, top: float | None) -> float | None:
    """The number as a score, reading "91.651" as 91.651 where 91651 cannot be one."""
    v = parse_number(raw)
    if v is None:
        return None
    limit = top or 100.0
    if v > limit and TEXT_SHAPES["dot_three"].fullmatch(raw):
        v = float(raw)  # an English-style decimal point: "42.269 điểm" on an 80-point scale
    if unit == "%" and v > 100:
        return None
    if top is not None and v > top:
        return None
    if v > 1000:
        return None
    return v


def read_scores(text: str, lay: Layout, out: list[Candidate], changes: list[tuple]) -> None:
    """Numbers in điểm or % near an index name: scores into ``out``, changes into ``changes``."""
    pats = patterns()
    seen: set[int] = set()
    matches = [(m, "score") for m in finditer(pats["score"], text)]
    matches += [(m, "noun") for m in finditer(pats["score_noun"], text)]
    for m, form in sorted(matches, key=lambda x: x[0].start("num")):
        nstart, nend = m.span("num")
        if nstart in seen:
            continue
        seen.add(nstart)
        if lay.marks and lay.marks.masked(nstart):
            continue  # "Tổng điểm 100, trong đó …", "(trên tổng điểm là 80)": a scale, not a result
        raw = m.group("num")
        if form == "score":
            unit = "%" if m.group("pct") else "điểm"
            if not m.group("pct") and pats["points_not_before"].match(text, m.end()):
                continue  # "50 điểm cầu": sites, not points
            if m.group("pct") and pats["percent_not_before"].match(text, m.end()):
                continue  # "100% cán bộ": a share of people or things
            if pats["range_before"].search(text, max(0, nstart - 6), nstart):
                continue  # "đạt từ 80-90%": the top of a band
            if TEXT_SHAPES["leading_zero"].fullmatch(raw):
                continue  # "06 điểm": a count with a leading zero
        else:
            unit = "điểm"
        top = parse_number(m.group("max")) if m.group("max") else None
        value = score_value(raw, unit, top)
        if value is None or not has_context(lay, nstart, nend, unit=unit):
            continue
        kind, cue_start = classify_number(text, lay, nstart, nend)
        if form == "noun":
            kind, cue_start = ("score", m.start()) if kind in ("score", "weak") else (kind, cue_start)
        if kind == "score":
            fields = {"value": value, "max": top, "unit": unit, "subject": None, "index": None, "year": None,
                      "change": None}
            rule = "score/max" if top is not None else ("score/noun" if form == "noun" else
                                                        "score/percent" if unit == "%" else "score/points")
            start = min(cue_start, m.start())
            paren = TEXT_SHAPES["paren_before"].search(text, max(0, start - 3), start)
            anchor = start - (len(paren.group(0)) if paren else 0)  # "Hải Phòng (70,61 điểm)"
            out.append(Candidate("score", start, m.end(), rule, fields, anchor=anchor, after=m.end(), confidence=0.9))
        elif kind in ("up", "down", "higher", "lower"):
            sign = 1 if kind in ("up", "higher") else -1
            _s, e = lay.sentence(nstart)
            stop = TEXT_SHAPES["clause_stop"].search(text, nend, e)
            compared = pats["comparison"].search(text, nend, stop.start() if stop else e)
            if kind in ("higher", "lower") and not compared:
                continue  # "cao hơn trung bình cả nước 1,561 điểm": a difference, not a change
            changes.append(("score", nstart, sign * value, unit))


def ordinal_value(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return lexicon().ordinals.get(fold(tok))


def _rank_ok_head(m: regex.Match) -> bool:
    head = fold(m.group("head"))
    explicit = bool(m.group("thu") or m.group("out") or m.group("so"))
    if m.group("ord") and not m.group("thu"):
        return False
    if head in ("xếp", "đứng"):
        return explicit
    if head.endswith("vị trí") or head == "hạng":
        return explicit
    return True


@dataclass
class RankRows:
    """The rank positions read so far in one article and the spans they claim; ``add`` keeps every
    position of a unit, whatever it ranks (an index, an exam average, a contest, a statistic, a
    count: FACTS.md's "every rank position"), but not a target nor a table's heading."""

    text: str
    lay: Layout
    claimed: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    def add(self, start, end, rank, out_of, rule, conf, anchor, after, **extra) -> Candidate | None:
        lay = self.lay
        if rank is None or rank < 1 or (out_of is not None and (out_of < 1 or rank > out_of)):
            return None
        s, _e = lay.sentence(start)
        if targeted(self.text, s, start):
            return None  # "phấn đấu xếp thứ 10/18": a target, no position held
        if lay.marks and lay.marks.rank_blocked(start):
            return None  # "STT Đơn vị Điểm Xếp hạng 1 Sở …": a table's heading
        fields = {"rank": rank, "out_of": out_of, "subject": None, "index": None, "year": None, "group": None,
                  "change": None}
        fields.update(extra)
        c = Candidate("ranking", start, end, rule, fields, anchor=anchor, after=after, confidence=conf)
        self.rows.append(c)
        self.claimed.append((start, end))
        return c


def _read_positions(text: str, rr: RankRows) -> None:
    """"xếp thứ 07/18", "đứng vị trí thứ nhất", "hạng 5 trong 9"; with a list after it ("lần lượt
    xếp thứ 2 và 3", "xếp thứ 2, 3 và 4"), each item its own position."""
    pats = patterns()
    for m in finditer(pats["rank"], text):
        if not _rank_ok_head(m):
            continue
        if pats["from_bottom"].match(text, m.end()):
            continue  # "đứng thứ 2 từ dưới lên" counts from the bottom
        if pats["class_after"].match(text, m.end()):
            continue  # "xếp hạng 3 sao": an OCOP product's class
        rank = int(m.group("num")) if m.group("num") else ordinal_value(m.group("ord"))
        out_of = int(m.group("out")) if m.group("out") else None
        end = m.end()
        if out_of is None:
            om = pats["out_of_after"].match(text, end)
            if om:
                out_of, end = int(om.group("out")), om.end()
        rule = "rank/of" if out_of else ("rank/ordinal" if m.group("ord") else "rank/position")
        is_from = bool(pats["from_rank"].search(text, max(0, m.start() - 12), m.start()))
        c = rr.add(m.start(), end, rank, out_of, rule, 0.92 if out_of else 0.85, m.start(), end)
        if c is None:
            continue
        c.fields["_from"] = is_from
        more = pats["rank_more"].match(text, m.end())
        if more and not more.group("and"):
            s, _e = rr.lay.sentence(m.start())
            if not (pats["lan_luot"].search(text, s, m.start()) or pats["lan_luot_after"].match(text, more.end())):
                more = None  # "xếp thứ 2, 15 đơn vị …": a list only beside "lần lượt" ("xếp thứ 2, 3 lần lượt là")
        if more and _same_shape(m, more):
            _read_listed(text, rr, c, m, more)


def _same_shape(m: regex.Match, more: regex.Match) -> bool:
    """A list goes on as its first position is written: "thứ 2 và 3", "thứ 2/18 và 3/18"."""
    return bool(m.group("out")) == ("/" in more.group("last"))


def _read_listed(text: str, rr: RankRows, head: Candidate, m: regex.Match, more: regex.Match) -> None:
    """The items of a list after a position: the head is item 0, the rest 1, 2, … of "lần lượt"."""
    items = [t.group(0) for t in patterns()["rank_item"].finditer(more.group("items"))] + [more.group("last")]
    head.respectively = 0
    pos = m.end()
    for k, tok in enumerate(items, 1):
        rank, _sep, out = tok.partition("/")
        r = ordinal_value(rank.strip())
        tpos = text.find(tok, pos, more.end())
        pos = tpos + len(tok)
        total = int(out) if out.strip().isdigit() else None
        listed = rr.add(tpos, pos, r, total, "rank/list", 0.85, m.start(), pos)
        if listed is not None:
            listed.respectively = k


def _read_clause_ranks(text: str, rr: RankRows) -> None:
    """"…, thứ 3": a bare "thứ N" clause after a position read earlier in the sentence."""
    lay = rr.lay
    for m in finditer(patterns()["rank_clause"], text):
        s, _e = lay.sentence(m.start())
        if any(cs >= s and ce <= m.start() for cs, ce in rr.claimed) and not overlaps(rr.claimed, m.start(), m.end()):
            rank = int(m.group("num")) if m.group("num") else ordinal_value(m.group("ord"))
            rr.add(m.start(), m.end(), rank, None, "rank/list", 0.8, m.start(), m.end())


def _read_last(text: str, rr: RankRows) -> None:
    """"xếp cuối trong tổng số 20": last of a total, so rank = total."""
    for m in finditer(patterns()["last"], text) if rr.lay.has(*gate_words("last")) else ():
        n = int(m.group("out"))
        rr.add(m.start(), m.end(), n, n, "rank/last", 0.85, m.start(), m.end())


def _read_first(text: str, rr: RankRows) -> None:
    """"đứng đầu", "dẫn đầu" (rank 1), "đứng đầu 20 sở, ban, ngành" (of 20); not the head of a
    body or a delegation, nor a group at the top."""
    pats = patterns()
    lex = lexicon()
    lay = rr.lay
    for m in finditer(pats["first"], text) if lay.has(*gate_words("first")) else ():
        if overlaps(rr.claimed, m.start(), m.end()):
            continue
        if lay.marks and overlaps(lay.marks.not_first, m.start(), m.end()):
            continue  # "các tỉnh dẫn đầu …", "đứng đầu … lần lượt là": a group at the top
        before = TEXT_SHAPES["word"].findall(text[max(0, m.start() - 16):m.start()].lower())
        if before and (before[-1] in lex.first_not_after or " ".join(before[-2:]) in lex.first_not_after):
            continue  # "người đứng đầu", "top dẫn đầu"
        after = " ".join(TEXT_SHAPES["word"].findall(text[m.end():m.end() + 40].lower()))
        after = TEXT_SHAPES["plural"].sub("", after)
        ends_phrase = text[m.end():m.end() + 1] in (",", ";", ".", ")")  # "A đứng đầu, Ban Quản lý …"
        if not ends_phrase and any(after.startswith(w + " ") or after == w for w in lex.first_not_before):
            continue  # "dẫn đầu đoàn công tác", "đứng đầu các cơ quan"
        om = pats["first_of"].match(text, m.end())  # "đứng đầu 20 sở, ban, ngành": first of 20
        end, total = (om.end("out"), int(om.group("out"))) if om else (m.end(), None)
        rr.add(m.start(), end, 1, total, "rank/first", 0.8, m.start(), end)


def _attach_groups_and_moves(text: str, rows: list[Candidate]) -> None:
    """The group after a position ("xếp thứ 07/18 huyện, thị xã, thành phố"; not when a name
    follows), and "từ vị trí thứ 5 … vươn lên vị trí thứ 1": the later rank changed by the
    difference."""
    pats = patterns()
    for c in rows:
        if pats["subject_after"].match(text, c.end):
            continue
        g = pats["group"].match(text, c.end)
        if g:
            c.fields["group"] = g.group("g").strip()
            c.end = g.end("g")
    for a, b in pairwise(rows):
        if a.fields.get("_from") and b.start - a.end < 60 and ";" not in text[a.end:b.start]:
            b.fields["change"] = a.fields["rank"] - b.fields["rank"]
            b.fields["previous_rank"] = a.fields["rank"]
    for c in rows:
        c.fields.pop("_from", None)


def read_rankings(text: str, lay: Layout, out: list[Candidate], changes: list[tuple]) -> None:
    """Rank positions ("xếp thứ 07/18", "đứng vị trí thứ nhất", "đứng đầu", "cuối bảng trong tổng số
    20") into ``out``; rank changes ("tăng 02 bậc") into ``changes``, attached later."""
    pats = patterns()
    rr = RankRows(text, lay)
    _read_positions(text, rr)
    _read_clause_ranks(text, rr)
    _read_last(text, rr)
    _read_first(text, rr)
    rr.rows.sort(key=lambda c: c.start)
    _attach_groups_and_moves(text, rr.rows)
    out.extend(rr.rows)
    for m in finditer(pats["rank_change"], text) if lay.has(*gate_words("rank_change")) else ():
        sign = -1 if pats["rank_down"].fullmatch(m.group("verb")) else 1
        n = m.group("n")
        changes.append(("ranking", m.start(), sign * (int(n) if n.isdigit() else lexicon().cardinals[fold(n)]), None))


def merge_repeats(cands: list[Candidate], lay: Layout) -> None:
    """The same rank of the same unit on the same index and year, stated again without its total
    ("xếp hạng 25/63" in the title, "xếp hạng thứ 25 cả nước" in the body), takes the total; not
    from its own sentence, where a second rank is a part's ("Ở vị trí thứ 2 là A; trong đó, cả 3
    trụ cột … đều xếp vị trí thứ 2/63"). A mention whose unit was not found ("Chỉ số CCHC của tỉnh
    … xếp vị trí 18/63", then "… của Tây Hà … từ vị trí 24 lên 18") is the same unit's when it is
    the only such rank with a total; a unit is the same however written ("UBND huyện A", "huyện A")."""
    full: dict = {}
    for c in cands:
        f = c.fields
        if c.kind == "ranking" and f["out_of"] is not None:
            full.setdefault((f["rank"], f["index"], f["year"]), []).append(c)
    for c in cands:
        f = c.fields
        if c.kind == "ranking" and f["out_of"] is None:
            here = lay.sentence(c.start)
            # "xếp thứ 1/18, dẫn đầu toàn tỉnh": first place said again in its own sentence is the same fact
            others = [o for o in full.get((f["rank"], f["index"], f["year"]), []) if lay.sentence(o.start) != here
                      or (c.rule == "rank/first" and o.start < c.start)]
            same = [o for o in others if subject_key(o.fields["subject"]) == subject_key(f["subject"])]
            if not same and len({o.fields["out_of"] for o in others}) == 1 \
                    and all(o.fields["subject"] is None or f["subject"] is None for o in others):
                same = others
            if same:
                f["out_of"] = same[0].fields["out_of"]
                f["out_of_from"] = "another mention"


def overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)

