"""Scores and rankings by grammar: index tables flattened into text, by slot. A caption naming the index,
a heading line of columns (the row number or the rank first, the unit's column in its many names, the
score's column in its many names, a rank column or none), each written with spaces, tabs or bars; then
one line per unit. The row's number is a rank only when the heading opens on the rank; the units the
caption counts ("… của 12 xã") are the ranks' total. Units, names and
numbers invented (tests/test_scores_grammar.py holds the sentence slots)."""
import pytest

from tests.test_scores_grammar import R, S, check, facts, rotate

CAPTIONS = ["Kết quả Chỉ số CCHC năm 2023 của các xã, thị trấn", "Bảng xếp hạng Chỉ số chuyển đổi số cấp xã năm 2023",
            "Kết quả Bộ chỉ số chỉ đạo, điều hành năm 2023 của 12 xã"]
NUMBER_COLS = ["STT", "TT", "Số thứ tự", "Số TT"]
RANK_COLS = ["Xếp hạng", "Thứ hạng", "Hạng"]
UNIT_COLS = ["Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Xã, thị trấn", "Phường, xã, thị trấn",
             "Tên xã", "Địa phương", "Xã, phường", "Tên xã, thị trấn", "Đơn vị được đánh giá", "Trường", "Tên trường"]
SCORE_COLS = [("Điểm", "điểm"), ("Tổng điểm", "điểm"), ("Điểm đạt", "điểm"), ("Số điểm", "điểm"), ("Tổng điểm đạt", "điểm"),
              ("Điểm chính thức", "điểm"), ("Điểm sau thẩm định", "điểm"), ("Tổng số điểm", "điểm"),
              ("Tỷ lệ (%)", "%"), ("Kết quả (%)", "%"), ("Tỷ lệ đạt", "điểm"), ("Chỉ số DTI", "điểm"), ("Điểm (%)", "%"),
              ("Điểm thi đua", "điểm"), ("Tổng điểm thi đua", "điểm"), ("Tỷ lệ hài lòng (%)", "%")]
SEPS = [" ", "\t", " | "]
UNITS = ["Xã Ea Tóh", "Thị trấn Phước An", "Xã Ea Hồ"]
VALUES = [("92,5", 92.5), ("90,14", 90.14), ("88", 88.0)]


def _heading(first, unit_col, score_col, rank_col, sep):
    return sep.join(c for c in (first, unit_col, score_col, rank_col) if c)


def _rows():
    rows = []
    firsts = NUMBER_COLS + RANK_COLS
    for k, (u, (col, unit)) in enumerate((u, c) for u in UNIT_COLS for c in SCORE_COLS):
        first, sep = firsts[k % len(firsts)], SEPS[k % len(SEPS)]
        by_rank = first in RANK_COLS
        rank_col = None if by_rank or k % 3 == 0 else RANK_COLS[k % len(RANK_COLS)]
        lines, expected = [], []
        caption = CAPTIONS[k % len(CAPTIONS)]
        out = 12 if "của 12 xã" in caption else None  # the units the caption counts: the ranks' total
        for n, (name, (raw, value)) in enumerate(zip(UNITS, VALUES), start=1):
            cells = [str(n), name, raw + ("%" if unit == "%" and k % 2 else "")] + ([str(n)] if rank_col else [])
            lines.append(sep.join(cells))
            expected += ([R(n, out)] if by_rank else []) + [S(value, unit=unit)] + ([R(n, out)] if rank_col else [])
        rows.append((caption + "\n" + _heading(first, u, col, rank_col, sep) + "\n" + "\n".join(lines), expected))
    return rows


# ranks tied in a table opening on the rank; the rows end where the numbers stop running; no index, no table
MORE = [
    ("Kết quả Chỉ số CCHC năm 2023\nXếp hạng | Đơn vị | Điểm\n1 | Xã Ea Tóh | 92,5\n2 | Xã Ea Hồ | 90,1\n2 | Xã Ea Kly | 90,1",
     [R(1), S(92.5), R(2), S(90.1), R(2), S(90.1)]),
    ("Kết quả Chỉ số CCHC năm 2023\nSTT Đơn vị Điểm Xếp hạng\n1 Xã Ea Tóh 92,5 1\n2 Xã Ea Hồ 90,1 2\n5 tổ công tác được thành lập.",
     [S(92.5), R(1), S(90.1), R(2)]),
    ("Kết quả Chỉ số CCHC năm 2023\nSTT Đơn vị Điểm tự chấm Điểm thẩm định Xếp hạng\n1 Xã Ea Tóh 95 92,5 1\n"
     "2 Xã Ea Hồ 93 90,1 2", [S(95.0), S(92.5), R(1), S(93.0), S(90.1), R(2)]),
    ("Danh sách hộ nghèo năm 2023\nSTT Tên xã Số hộ\n1 Xã Ea Tóh 92\n2 Xã Ea Hồ 90", []),
    ("Lịch tiếp công dân tháng 3\nSTT Đơn vị Ngày\n1 Xã Ea Tóh 12\n2 Xã Ea Hồ 15", []),
]
ROWS = _rows() + MORE


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"t{k:03d}" for k in range(len(ROWS))])
def test_table_row(text, expected):
    check(facts(text), expected)


def test_every_slot_value_generated():
    texts = "\n".join(t for t, _ in ROWS)
    for slot in (NUMBER_COLS, RANK_COLS, UNIT_COLS, [c for c, _ in SCORE_COLS], CAPTIONS):
        assert all(v in texts for v in slot)


# A change stated after its comparison, "tăng/giảm so với … là X" or "cao/thấp hơn" a year "là X", in
# points, in % or bare on a 0–1 scale, is no result: only the index's own value is a score. ("cao hơn
# mức trung bình … là X" may give the average itself: not generated.)
RESULT_FORMS = [("đạt 0,6520", S(0.652)), ("đạt 85,12 điểm", S(85.12)), ("đạt 88,41%", S(88.41, unit="%"))]
COMPARED = ["cao hơn năm 2022 là", "thấp hơn năm 2022 là", "cao hơn so với năm trước là",
            "tăng so với năm trước là", "giảm so với năm 2022 là", "thấp hơn cùng kỳ năm trước là khoảng",
            "tăng so với kết quả năm 2022 là"]
DIFFERENCES = ["0,0415", "1,25 điểm", "2,1%"]
AFTER = [".", ", xếp thứ 3/15 xã.", " và tiếp tục dẫn đầu khối."]
AFTER_FACTS = {".": [], ", xếp thứ 3/15 xã.": [R(3, 15)], " và tiếp tục dẫn đầu khối.": [R(1)]}
DIFFERENCE_ROWS = [(f"Năm 2023, chỉ số DTI của xã Hòa Phú {form}, {cmp} {diff}{after}", [fact] + AFTER_FACTS[after])
                   for (form, fact), cmp in rotate(RESULT_FORMS, COMPARED, 2)
                   for diff in DIFFERENCES for after in AFTER[:1 + (len(diff) % 3)]]


@pytest.mark.parametrize("text,expected", DIFFERENCE_ROWS, ids=[f"d{k:03d}" for k in range(len(DIFFERENCE_ROWS))])
def test_a_difference_after_its_comparison_is_no_result(text, expected):
    check(facts(text), expected)


# A caption that names the cells' order in brackets at its end ("(điểm - thứ hạng):"), then a line per
# unit, its name, then its cells in that order: each line a score and a rank. A rank's total is its own
# slash's, else the units the caption counts ("… của 3 huyện (…)"), else none.
ORDER_CAPTIONS = [("Kết quả Chỉ số CCHC năm 2023 khối huyện", None), ("Chỉ số DTI năm 2023 của 3 huyện, thị xã", 3),
                  ("Kết quả xếp hạng Chỉ số SIPAS năm 2023 các sở, ngành", None),
                  ("Bảng xếp hạng Chỉ số CCHC năm 2023 của 3 xã", 3)]
ORDERS = [("điểm - thứ hạng", "SR"), ("điểm, xếp hạng", "SR"), ("thứ hạng - điểm", "RS"), ("tổng điểm - hạng", "SR"),
          ("tỷ lệ % - thứ hạng", "SR%"), ("xếp hạng, điểm số", "RS"), ("điểm", "S"), ("điểm số và vị trí", "SR")]
NAME_SEPS = [": ", " - ", " | "]
RANK_FORMS = [("{n}/3", True), ("{n}", False), ("hạng {n}", False), ("thứ {n}/3", True)]
ROW_UNITS = ["Huyện Ea Kar", "Thị xã Buôn Hồ", "Huyện Cư Kuin"]
ROW_VALUES = [("90,12", 90.12), ("88,4", 88.4), ("80,05", 80.05)]


def _caption_rows():
    rows = []
    combos = [(c, o) for c in ORDER_CAPTIONS for o in ORDERS]
    for k, ((caption, counted), (order, shape)) in enumerate(combos):
        sep, (rank_form, slash) = NAME_SEPS[k % len(NAME_SEPS)], RANK_FORMS[k % len(RANK_FORMS)]
        unit = "%" if "%" in shape else "điểm"
        lines, expected = [], []
        for n, (name, (raw, value)) in enumerate(zip(ROW_UNITS, ROW_VALUES), start=1):
            score = raw + ("%" if unit == "%" and k % 2 else " điểm" if k % 3 == 0 else "")
            rank = rank_form.format(n=n)
            cells = [rank, score] if shape.startswith("RS") else [score] + ([rank] if "R" in shape else [])
            lines.append(name + sep + " - ".join(cells))
            out = 3 if slash else counted
            facts_of = {"S": S(value, unit=unit), "R": R(n, out)}
            expected += [facts_of[c] for c in shape.rstrip("%")]
        tail = " như sau:" if k % 5 == 4 else ":"  # "(điểm - thứ hạng) như sau:"
        rows.append((f"{caption} ({order}){tail}\n" + "\n".join(lines) + "\nHội nghị đề nghị các đơn vị khắc phục.",
                     expected))
    return rows


CAPTION_MORE = [
    # no index named: a list of counts, no result
    ("Số hộ nghèo năm 2023 của các xã (hộ - thứ tự):\nXã Ea Tóh: 92 - 1\nXã Ea Hồ: 90 - 2", []),
    # the bracket inside a sentence is no caption
    ("Chỉ số CCHC năm 2023 (điểm - thứ hạng) được công bố tại hội nghị. Huyện Ea Kar: đề nghị khắc phục.", []),
    # cells joined by a slash, as the caption joins them
    ("Kết quả Chỉ số CCHC năm 2023 khối huyện (điểm/xếp hạng):\nHuyện Ea Kar: 90,12/1\nHuyện Cư Kuin: 88,4/2",
     [S(90.12), R(1), S(88.4), R(2)]),
    # a rank-first caption whose rows give the rank as their number alone
    ("Kết quả Chỉ số CCHC năm 2023 của 3 huyện (xếp hạng - điểm):\n1. Huyện Ea Kar - 90,12\n2. Huyện Cư Kuin - 88,4",
     [R(1, 3), S(90.12), R(2, 3), S(88.4)]),
    # a unit's name ending in its number
    ("Kết quả Chỉ số CCHC năm 2023 khối phường (điểm - thứ hạng):\nPhường 1: 90,12 - 1/3\nPhường 12: 88,4 - 2/3",
     [S(90.12), R(1, 3), S(88.4), R(2, 3)]),
    # the rows end at the first line that reads otherwise
    ("Kết quả Chỉ số CCHC năm 2023 khối huyện (điểm - thứ hạng):\nHuyện Ea Kar: 90,12 - 1/9\nHuyện Cư Kuin: 88,4 - 2/9\n"
     "Năm 2024, 5 huyện phấn đấu 90 - 95 điểm.", [S(90.12), R(1, 9), S(88.4), R(2, 9)]),
]
CAPTION_ROWS = _caption_rows() + CAPTION_MORE


@pytest.mark.parametrize("text,expected", CAPTION_ROWS, ids=[f"c{k:03d}" for k in range(len(CAPTION_ROWS))])
def test_caption_ordered_rows(text, expected):
    check(facts(text), expected)


# A heading with no number column, a line of its own ("Đơn vị | Điểm | Xếp hạng"): each line after it
# that reads as a row (a name, then the cells) is a unit's score and rank.
BARE_HEADINGS = [("Đơn vị | Điểm | Xếp hạng", " | ", True), ("Tên xã\tTổng điểm\tThứ hạng", "\t", True),
                 ("Địa phương Tỷ lệ (%) Xếp hạng", " ", True), ("Xã, thị trấn | Điểm số", " | ", False)]
BARE_ROWS = []
for _heading_line, _sep, _ranked in BARE_HEADINGS:
    _pct = "(%)" in _heading_line
    _lines = [_sep.join([name, raw] + ([str(n)] if _ranked else []))
              for n, (name, (raw, _v)) in enumerate(zip(UNITS, VALUES), start=1)]
    _expected = [f for n, (_name, (_raw, v)) in enumerate(zip(UNITS, VALUES), start=1)
                 for f in [S(v, unit="%" if _pct else "điểm")] + ([R(n)] if _ranked else [])]
    BARE_ROWS.append((f"Kết quả Chỉ số CCHC năm 2023 của các xã\n{_heading_line}\n" + "\n".join(_lines)
                      + "\nTrên đây là kết quả đánh giá.", _expected))
# in prose, "đơn vị điểm" (a pilot unit) is no heading
BARE_ROWS.append(("Chỉ số CCHC năm 2023 được công bố. Các đơn vị điểm\nXã Ea Tóh 12 hộ", []))


@pytest.mark.parametrize("text,expected", BARE_ROWS, ids=[f"b{k:02d}" for k in range(len(BARE_ROWS))])
def test_heading_without_a_number_column(text, expected):
    check(facts(text), expected)


# A table as trafilatura prints a page's <table>: Markdown, a bar at each end of a line and a rule line
# ("|---|---|", "| --- | :---: |") under the heading; with a number column or none.
RULE_LINES = ["|---|---|---|---|", "| --- | --- | --- | --- |", "|:---|:---:|---:|---|", "|:--:|:--|:--:|--:|", "|-|-|-|-|"]
# a cell written with its unit, a rank with its total after a slash (the table's units: 3)
CELL_FORMS = [("{v}", "{n}", None), ("{v} điểm", "{n}", None), ("{v}", "{n}/3", 3), ("{v} điểm", "{n}/3", 3)]
MD_HEADINGS = [(["STT", "Đơn vị", "Tổng điểm", "Xếp hạng"], True), (["TT", "Tên xã", "Điểm", "Thứ hạng"], True),
               (["Đơn vị", "Điểm", "Xếp hạng"], False), (["Xã, thị trấn", "Tổng điểm", "Thứ hạng"], False)]
MD_ROWS = []
for _k, ((_cols, _numbered), (_rule, (_vf, _nf, _out))) in enumerate(
        rotate(MD_HEADINGS, [(r, c) for r in RULE_LINES for c in CELL_FORMS], 5)):
    _cells = [([str(n)] if _numbered else []) + [name, _vf.format(v=raw), _nf.format(n=n)]
              for n, (name, (raw, _v)) in enumerate(zip(UNITS, VALUES), start=1)]
    _rule_line = "|" + "|".join(_rule.strip("|").split("|")[:len(_cols)]) + "|"
    _table = "\n".join("| " + " | ".join(c) + " |" for c in [_cols] + _cells)
    _table = _table.replace("\n", "\n" + _rule_line + "\n", 1)
    MD_ROWS.append((CAPTIONS[_k % 2] + " như sau:\n" + _table + "\nUBND huyện đề nghị các xã khắc phục hạn chế.",
                    [f for n, (_name, (_raw, v)) in enumerate(zip(UNITS, VALUES), start=1) for f in (S(v), R(n, _out))]))
# a list's bullets before caption-ordered rows
MD_ROWS.append(("Kết quả Chỉ số CCHC năm 2023 khối huyện (điểm - thứ hạng):\n- Huyện Ea Kar: 90,12 - 1/9\n"
                "- Huyện Cư Kuin: 88,4 - 2/9", [S(90.12), R(1, 9), S(88.4), R(2, 9)]))


@pytest.mark.parametrize("text,expected", MD_ROWS, ids=[f"md{k}" for k in range(len(MD_ROWS))])
def test_a_markdown_table(text, expected):
    check(facts(text), expected)


# a caption naming the unit's column first, and a score column with its index's acronym
CAPTION_UNIT_ROWS = [
    ("Kết quả chung toàn huyện (đơn vị – điểm SIPAS – thứ hạng):\nThị trấn Phước An – 89,02% – 1\nXã Ea Tóh – 88,35% – 2",
     [S(89.02, unit="%"), R(1), S(88.35, unit="%"), R(2)]),
    ("Chỉ số CCHC năm 2023 của 9 xã (xã, điểm PAR INDEX, xếp hạng):\nXã Ea Tóh: 90,1 - 1\nXã Ea Hồ: 88,2 - 2",
     [S(90.1), R(1, 9), S(88.2), R(2, 9)]),
    ("Kết quả Chỉ số SIPAS năm 2023 (địa phương - tỷ lệ hài lòng):\nXã Ea Tóh - 91,2\nXã Ea Hồ - 89,5",
     [S(91.2, unit="%"), S(89.5, unit="%")]),
]


@pytest.mark.parametrize("text,expected", CAPTION_UNIT_ROWS, ids=[f"u{k}" for k in range(len(CAPTION_UNIT_ROWS))])
def test_a_caption_naming_the_unit_column(text, expected):
    check(facts(text), expected)


# one line per unit, no heading: each line's rank ends at its line (the next line's unit is that line's)
LINE_RANKS = [("xếp thứ {r}", "{r}"), ("xếp hạng {r}", "{r}"), ("đứng thứ {r}", "{r}")]
LINE_LEADS = ["Kết quả Chỉ số CCHC năm 2023 các xã:", "Chỉ số SIPAS năm 2023 của các xã như sau:"]
LINE_ROWS = [(f"{lead}\nXã Ea Tóh: 90,1 điểm, {form.format(r=1)}\nXã Ea Hồ: 88,2 điểm, {form.format(r=2)}",
              [S(90.1, subject="Xã Ea Tóh"), R(1, subject="Xã Ea Tóh", group=None), S(88.2, subject="Xã Ea Hồ"),
               R(2, subject="Xã Ea Hồ")]) for (form, _r), lead in rotate(LINE_RANKS, LINE_LEADS, 2)]


@pytest.mark.parametrize("text,expected", LINE_ROWS, ids=[f"ln{k}" for k in range(len(LINE_ROWS))])
def test_a_line_per_unit_ends_its_rank(text, expected):
    check(facts(text), expected)


# a line per unit, the rank written as a label or in brackets around the score, in either order
LABELLED_LINES = [  # (the line, whether the rank comes first)
    ("{u}: hạng {n}, {v} điểm", True), ("{u}: xếp thứ {n}; {v} điểm", True), ("{u} ({v} điểm - hạng {n})", False),
    ("{u} (hạng {n} - {v} điểm)", True), ("{u} (hạng {n}; {v} điểm)", True), ("Hạng {h} - {u} - {v} điểm", True)]
WORDS = ["nhất", "nhì", "ba"]  # not "Thứ hai:", a speech's second point as often
LABEL_LINE_ROWS = []
for _k, ((_form, _rank_first), _lead) in enumerate(rotate(LABELLED_LINES, LINE_LEADS, 1)):
    _lines = [_form.format(u=u, n=n, v=raw, h=WORDS[n - 1]) for n, (u, (raw, _v)) in enumerate(zip(UNITS, VALUES), start=1)]
    _facts = [f for n, (_u, (_raw, v)) in enumerate(zip(UNITS, VALUES), start=1)
              for f in ((R(n), S(v)) if _rank_first else (S(v), R(n)))]
    LABEL_LINE_ROWS.append((_lead + "\n" + "\n".join(_lines), _facts))


@pytest.mark.parametrize("text,expected", LABEL_LINE_ROWS, ids=[f"ll{k}" for k in range(len(LABEL_LINE_ROWS))])
def test_a_line_per_unit_with_its_rank_as_a_label(text, expected):
    check(facts(text), expected)


# a list numbered by rank under a ranking's caption, each item's name then its score ("1. Xã A: 92,5 điểm");
# under a caption that ranks nothing ("Kết quả … các xã:") the numbers are no ranks
RANK_CAPTIONS = [("Bảng xếp hạng Chỉ số CCHC năm 2023 các xã:", True), ("Kết quả xếp hạng Chỉ số CCHC năm 2023 như sau:", True),
                 ("Chỉ số CCHC năm 2023, 5 xã dẫn đầu gồm:", True), ("Thứ hạng Chỉ số CCHC năm 2023 của các xã:", True),
                 ("Kết quả Chỉ số CCHC năm 2023 các xã:", False)]
ITEM_FORMS = ["{n}. {u}: {v} điểm", "{n}. {u} ({v} điểm)", "{n}) {u} - {v} điểm", "({n}) {u}: {v} điểm"]
NUMBERED_ROWS = [(cap + "\n" + "\n".join(form.format(n=n, u=u, v=raw) for n, (u, (raw, _v)) in enumerate(zip(UNITS, VALUES), 1)),
                  [f for n, (_u, (_raw, v)) in enumerate(zip(UNITS, VALUES), 1) for f in ([R(n)] if ranked else []) + [S(v)]])
                 for (cap, ranked), form in rotate(RANK_CAPTIONS, ITEM_FORMS, 2)]
# the rows' bullets after a score are no mark of a rank after it ("92,5 điểm\n- Hạng 2: Xã B")
NUMBERED_ROWS.append(("Thứ hạng Chỉ số CCHC năm 2023 của các xã:\n- Hạng 1: Xã Ea Tóh, 92,5 điểm\n- Hạng 2: Xã Ea Hồ, 90,14 điểm",
                      [R(1, subject="Xã Ea Tóh"), S(92.5), R(2, subject="Xã Ea Hồ"), S(90.14, subject="Xã Ea Hồ")]))


@pytest.mark.parametrize("text,expected", NUMBERED_ROWS, ids=[f"nb{k}" for k in range(len(NUMBERED_ROWS))])
def test_a_list_numbered_by_rank(text, expected):
    check(facts(text), expected)
