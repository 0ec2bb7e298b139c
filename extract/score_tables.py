"""Index tables flattened into text: a heading of columns or a caption that names the cells' order,
then one line per unit. The rules that find the headings and the cells of a row are data in
``patterns/score_rules.yaml`` (``act: table``, ``act: caption_rows``); this module walks the rows.

* a heading of columns ... "STT Đơn vị Tổng điểm Xếp hạng", then "1 Xã Ea Tóh 92,5 1" per row;
                           without the number column ("Đơn vị | Điểm | Xếp hạng") the rows are the
                           lines that read as one; a page's <table> as trafilatura prints it
                           (Markdown: "| STT | Đơn vị | Điểm |", "|---|---|---|") reads the same
* a caption's order ...... "Kết quả Chỉ số CCHC năm 2022 khối huyện (điểm - thứ hạng):", then
                           "Huyện A: 91,24 - 1/11" per line; a rank's total after its slash, else the
                           units the caption counts ("… của 11 huyện (điểm - thứ hạng):")
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .grammar import rule_set
from .score_read import score_value
from .score_text import Candidate, Layout, has_context

RULES = "score_rules"  # the rule file holding the headings and the cells of a row
TABLE_RULES = ("table_unit_score_rank", "table_heading_no_number", "table_caption_ordered_rows")

# What stands between two rows: spaces and cell bars, the rule line a Markdown table (trafilatura's
# output) puts under its heading ("|---|:---:|", between bars one dash will do: "|:--:|-|"), a list's
# bullet at a line's start ("- Huyện A: …").
_ROW_GAP = regex.compile(r"(?:[\s|]+|:?-{3,}:?|(?<=\|[ \t]*):?-+:?(?=[ \t]*\|)|(?<=^|\n)[ \t]*[-–•*+](?=[ \t]))*")


@lru_cache(maxsize=16)
def compiled(pattern: str) -> regex.Pattern:
    """A pattern written with the rule file's macros and lists, compiled once."""
    return rule_set(RULES).compile(pattern)


def _row_at(row, text: str, pos: int):
    """The table row starting at ``pos`` (after spaces and cell bars), or None."""
    start = _ROW_GAP.match(text, pos).end()
    return row.match(text, start)


def _caption_out(text: str, rule, at: int, *, above: bool) -> int | None:
    """The units the caption counts ("… của 12 xã"): before ``at`` on its line, and on the line
    above too when ``above`` (a heading of columns under its caption)."""
    line_start = text.rfind("\n", 0, at) + 1
    start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if above and line_start else line_start
    counted = compiled(rule.get("caption_total")).search(text, start, at)
    return int(counted.group("out")) if counted else None


def _score(rule, start: int, end: int, value: float, unit: str, r) -> Candidate:
    fields = {"value": value, "max": None, "unit": unit, "subject": None, "index": None, "year": None, "change": None}
    return Candidate("score", start, end, rule.name, fields, anchor=r.end("name"), after=r.end(), confidence=0.8)


def _rank(rule, start: int, end: int, rank: int, out_of: int | None, r) -> Candidate:
    if out_of is not None and rank > out_of:
        out_of = None  # a caption's count that is not the ranks' total
    fields = {"rank": rank, "out_of": out_of, "subject": None, "index": None, "year": None, "group": None,
              "change": None}
    return Candidate("ranking", start, end, rule.name, fields, anchor=r.end("name"), after=r.end(), confidence=0.8)


def read_table(text: str, lay: Layout, rule, m, cands: list[Candidate]) -> None:
    """After a heading of columns, each row "N <unit> <score> <rank>" (cells in the heading's order,
    the parts' columns first: "Chính quyền số | Kinh tế số | … | DTI") gives the unit's scores and
    rank; the rows end where one does not follow the last (numbered rows run 1, 2, 3, …)."""
    if not has_context(lay, m.start(), m.end()):
        return
    cols = sorted((m.start(g), g) for g in ("score_col", "level_col", "rank_col") if m.groupdict().get(g))
    parts = len(list(compiled(rule.get("part_name")).finditer(m.group("parts")))) if m.groupdict().get("parts") else 0
    row = compiled(rule.get("row") + rule.get("part_cell", "") * parts
                   + "".join(rule.get(g.split("_")[0] + "_cell") for _s, g in cols) + rule.get("row_end", ""))
    numbered = "no" in row.groupindex
    pct = bool(m.group("col_pct"))
    by_rank = bool(m.groupdict().get("rank_no"))  # "Xếp hạng | Đơn vị | Điểm": each row's number is its rank
    caption_out = _caption_out(text, rule, m.start(), above=True)
    pos = m.end()
    number = 0
    while True:
        r = _row_at(row, text, pos)
        if r is None:
            break
        if numbered:
            no = int(r.group("no"))
            if no != number + 1 and not (by_rank and number and no == number):
                break  # rows run 1, 2, 3, … (two units tied by rank share one): what follows the last is no row
            number = no
            if lay.marks is not None:
                lay.marks.row_numbers.append(r.span("no"))
            if by_rank:
                cands.append(_rank(rule, r.start("no"), r.end("no"), no, caption_out, r))
        cells = list(zip(r.captures("part"), r.spans("part"))) if parts else []
        if r.groupdict().get("num") is not None:
            cells.append((r.group("num"), (r.start("num"), r.end("num") + (1 if r.group("pct") else 0))))
        for raw, (start, end) in cells:
            unit = "%" if (text[start:end].endswith("%") or pct) else "điểm"
            value = score_value(raw, unit, None)
            if value is not None:
                cands.append(_score(rule, start, end, value, unit, r))
        if r.groupdict().get("rank") is not None and int(r.group("rank")) >= 1:
            written = r.groupdict().get("out")  # "| 2/12 |": the rank's total after its slash, else the caption's
            cands.append(_rank(rule, r.start("rank"), r.end("out") if written else r.end("rank"), int(r.group("rank")),
                               int(written) if written else caption_out, r))
        pos = r.end()


def read_caption_rows(text: str, lay: Layout, rule, m, cands: list[Candidate]) -> None:
    """After a caption that names the cells' order ("(điểm - thứ hạng):"), each line "<unit>: <score>
    - <rank>[/<total>]" in that order gives the unit's score and rank; the rows end at the first
    line that reads otherwise. A rank's total is its own slash's, else the units the caption counts."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not has_context(lay, line_start, m.end()):
        return
    caption_out = _caption_out(text, rule, m.start(), above=False)
    cols = sorted((m.start(g), g) for g in ("score_col", "rank_col") if m.groupdict().get(g))
    row = compiled(rule.get("row") + rule.get("row_sep").join(rule.get(g.split("_")[0] + "_cell") for _s, g in cols)
                   + rule.get("row_end"))
    rank_first = bool(cols) and cols[0][1] == "rank_col"
    ranked = compiled(rule.get("ranked_row") + rule.get("score_cell") + rule.get("row_end")) if rank_first else None
    pct = bool(m.groupdict().get("col_pct"))
    pos = m.end()
    while (r := _row_at(row, text, pos) or (ranked and _row_at(ranked, text, pos))) is not None:
        if r.groupdict().get("num") is not None:
            unit = "%" if (r.group("pct") or pct) else "điểm"
            value = score_value(r.group("num"), unit, None)
            if value is not None:
                cands.append(_score(rule, r.start("num"), r.end("pct") if r.group("pct") else r.end("num"),
                                    value, unit, r))
        if r.groupdict().get("rank") is not None:
            rank, written = int(r.group("rank")), r.groupdict().get("out")
            out = int(written) if written else caption_out
            if rank >= 1 and (written is None or rank <= out):
                cands.append(_rank(rule, r.start("rank"), r.end("out") if written else r.end("rank"), rank, out, r))
        pos = r.end()
