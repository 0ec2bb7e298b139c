"""Scores and rankings by grammar: lists and assessments, by slot. A list of units' results that goes on
after its first score with each next value bare; a series opened by a bare "lần lượt"; the last part
of a 0–1 list before "và"; points added ("thêm 0,92 điểm"), which are no result; a unit's place in an
emulation block or cluster, which is an assessment even where no index is named. Units, names and
numbers invented (tests/test_scores_grammar.py holds the first slots)."""
import pytest

from tests.test_scores_grammar import INDEX, R, S, check, facts, rotate

# ---------------------------------------------------------------- a list going on with bare values
FIRSTS = [("đạt 90,1 điểm", S(90.1)), ("với 90,1 điểm", S(90.1)), ("đạt 90,1%", S(90.1, unit="%")),
          ("có tổng điểm 90,1 điểm", S(90.1)), ("90,1 điểm", S(90.1))]
NEXT_UNITS = [("xã Ea Hồ", "xã Ea Kly"), ("Ea Hồ", "Ea Kly"), ("Sở Tư pháp", "Sở Nội vụ"),
              ("thị trấn Phước An", "phường Tân Lợi")]
JOINS = [("; ", "; "), (", ", " và "), ("; ", " và "), (", ", ", ")]
LIST_FRAMES = ["Về {I}, xã Ea Tóh {F}{J1}{A} 88,2{J2}{B} 85,4.", "{I}: xã Ea Tóh {F}{J1}{A} 88,2{J2}{B} 85,4."]


def _list_rows():
    rows = []
    for k, ((first, fact), (a, b)) in enumerate(rotate(FIRSTS, NEXT_UNITS, 2)):
        j1, j2 = JOINS[k % len(JOINS)]
        unit = fact[1]["unit"]
        text = LIST_FRAMES[k % len(LIST_FRAMES)].format(I=INDEX, F=first, J1=j1, A=a, J2=j2, B=b)
        rows.append((text, [fact, S(88.2, unit=unit), S(85.4, unit=unit)]))
    return rows


LIST_NEAR_MISSES = [
    # a change listed after a change: no result
    (f"{INDEX} của xã Ea Tóh tăng 2,1 điểm, xã Ea Hồ 1,5 so với năm trước.", []),
    # a year's value after the score is no unit's ("năm 2022 80,1" is no list item)
    (f"{INDEX} của xã Ea Tóh đạt 90,1 điểm, năm 2022 là 88,2 điểm.", [S(90.1), S(88.2)]),
    # a count after a score: no decimal, no score
    (f"{INDEX} của xã Ea Tóh đạt 90,1 điểm, Ea Hồ có 12 thủ tục trực tuyến.", [S(90.1)]),
]
LIST_ROWS = _list_rows() + LIST_NEAR_MISSES


@pytest.mark.parametrize("text,expected", LIST_ROWS, ids=[f"l{k:02d}" for k in range(len(LIST_ROWS))])
def test_a_list_goes_on_with_bare_values(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- a series after a bare "lần lượt"
SERIES = [("lần lượt 70,12 và 69,8 điểm", [S(70.12), S(69.8)]), ("lần lượt 70,12 và 69,8%", [S(70.12, unit="%"), S(69.8, unit="%")]),
          ("lần lượt 70,12, 69,8 và 68,05 điểm", [S(70.12), S(69.8), S(68.05)]),
          ("lần lượt 0,7012 và 0,6981", [S(0.7012), S(0.6981)])]
SERIES_FRAMES = ["Về {I}, Sở Xây dựng và Sở Công Thương có điểm thấp nhất, {X}.",
                 "{I}, hai huyện Ea Kar và Cư Kuin xếp cuối khối, {X}."]
SERIES_ROWS = [(f.format(I=INDEX, X=x), e) for (x, e), f in rotate(SERIES, SERIES_FRAMES, 2)]
# a series of shares after "tỷ lệ" as the verb's object ("lần lượt đạt tỷ lệ 92,5% và 90,1%"); not a statistic's
RATE_SERIES = ["lần lượt đạt tỷ lệ 92,5% và 90,1%", "đạt tỷ lệ lần lượt là 92,5% và 90,1%", "lần lượt có tỉ lệ 92,5%; 90,1%",
               "lần lượt đạt tỷ lệ 92,5 và 90,1%"]
SERIES_ROWS += [(f"{INDEX}, các xã Ea Tóh, Ea Hồ {r}.", [S(92.5, unit="%"), S(90.1, unit="%")]) for r in RATE_SERIES]
# "lần lượt" earlier in the clause, the values after "với": "lần lượt xếp thứ nhất, thứ nhì với 92,5 và 90,1 điểm"
SERIES_ROWS += [(f"{INDEX}, xã Ea Tóh và xã Ea Hồ lần lượt {r} với 92,5 và 90,1{w}.", [R(1), R(2), S(92.5, unit=u), S(90.1, unit=u)])
                for r, (w, u) in [("xếp thứ nhất, thứ nhì", (" điểm", "điểm")), ("xếp thứ nhất và thứ hai", ("%", "%")),
                                  ("đứng đầu và thứ nhì", (" điểm", "điểm"))]]
SERIES_ROWS += [(f"{INDEX}, tỷ lệ hồ sơ trực tuyến của các xã Ea Tóh, Ea Hồ lần lượt đạt tỷ lệ 65,5% và 60,1%.", [])]


@pytest.mark.parametrize("text,expected", SERIES_ROWS, ids=[f"s{k:02d}" for k in range(len(SERIES_ROWS))])
def test_a_series_after_a_bare_lan_luot(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- the parts of a 0–1 list, the last after "và"
PILLARS = [("chính quyền số", "kinh tế số", "xã hội số"), ("nhận thức số", "thể chế số", "hạ tầng số")]
PILLAR_ROWS = [(f"Chỉ số DTI năm 2023 của huyện Cư Kuin: {a} 0,6512, {b} 0,5123 và {c} 0,4421.",
                [S(0.6512), S(0.5123), S(0.4421)]) for a, b, c in PILLARS]
# a year's value on a 0-1 scale after the year before it, bare
PILLAR_ROWS += [(f"Chỉ số DTI của huyện Cư Kuin năm 2022 đạt 0,4512{j} năm 2023 0,5123.", [S(0.4512), S(0.5123)])
                for j in (",", ";")]


@pytest.mark.parametrize("text,expected", PILLAR_ROWS, ids=[f"p{k}" for k in range(len(PILLAR_ROWS))])
def test_each_pillar_of_a_zero_one_list(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- points added: no result
ADDED = ["thêm 0,92 điểm", "thêm 1,5%", "thêm được 2,1 điểm"]
ADDED_FRAMES = ["{I} của tỉnh đạt 66,57 điểm; chỉ số tính minh bạch tăng mạnh nhất, {A}.",
                "{I} của tỉnh đạt 66,57 điểm, trong đó chỉ số tiếp cận đất đai cải thiện {A}."]
ADDED_ROWS = [(f.format(I=INDEX, A=a), [S(66.57)]) for a, f in rotate(ADDED, ADDED_FRAMES, 2)]


@pytest.mark.parametrize("text,expected", ADDED_ROWS, ids=[f"a{k}" for k in range(len(ADDED_ROWS))])
def test_points_added_are_no_result(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- a place in an emulation block
PLACES = [("xếp thứ 2/8 huyện, thành phố", R(2, 8)), ("xếp thứ nhì", R(2)), ("xếp thứ nhất", R(1)),
          ("đứng thứ 3", R(3)), ("xếp vị thứ 2/9 đơn vị", R(2, 9)), ("dẫn đầu", R(1)), ("đứng đầu", R(1)),
          ("xếp hạng 4", R(4))]
BLOCKS = ["trong khối thi đua của tỉnh", "trong Cụm thi đua các huyện phía Nam", "Khối thi đua các cơ quan Đảng",
          "trong khối các công đoàn ngành của tỉnh về kết quả thi đua", "trong cụm các huyện miền núi về công tác thi đua"]
BODIES = ["Hội Chữ thập đỏ huyện", "Công đoàn ngành Y tế", "Huyện đoàn Cư Kuin", "Hội Nông dân xã Ea Tóh"]
BLOCK_FRAMES = ["Năm 2023, {U} được tặng Bằng khen và {P} {B}.", "Nhiệm kỳ qua, {U} {P} {B}; nhiều năm liền được khen."]


def _block_rows():
    rows = []
    for k, ((place, fact), block) in enumerate(rotate(PLACES, BLOCKS, 2)):
        text = BLOCK_FRAMES[k % 2].format(U=BODIES[k % len(BODIES)], P=place, B=block)
        rows.append((text, [fact]))
    return rows


BLOCK_NEAR_MISSES = [
    # "dẫn đầu phong trào thi đua", no block: first place all the same (was [], a praise: FACTS.md makes
    # "dẫn đầu" rank 1, and the genre names so the unit an emulation ranks first)
    ("Nhiều năm liền, Hội Nông dân xã Ea Tóh luôn dẫn đầu phong trào thi đua của huyện.", [R(1)]),
    # a contest's team standing, no block: a rank all the same (was []: FACTS.md's "every rank position")
    ("Tại hội thao, đội dân quân xã Ea Tóh xếp thứ 3 toàn đoàn.", [R(3)]),
    # the head of a block is a person's post
    ("Đồng chí Trần Văn Bình, người đứng đầu Cụm thi đua số 3, phát biểu.", []),
]
BLOCK_ROWS = _block_rows() + BLOCK_NEAR_MISSES


@pytest.mark.parametrize("text,expected", BLOCK_ROWS, ids=[f"e{k:02d}" for k in range(len(BLOCK_ROWS))])
def test_a_place_in_an_emulation_block(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- a list of ranks joined by "và"
AND_FIRSTS = [("xếp thứ 3", 3), ("đứng thứ 3", 3), ("xếp thứ ba", 3), ("xếp vị thứ 3", 3)]
AND_NEXTS = [("huyện Cư Kuin thứ 5", 5), ("thứ 5 về Chỉ số SIPAS", 5), ("huyện Cư Kuin thứ 5 toàn tỉnh", 5),
             ("thị xã Buôn Hồ thứ 7", 7)]
AND_FRAMES = ["Về {I}, huyện Ea Kar {F} và {N}.", "Năm 2023, huyện Ea Kar {F} về {I} và {N}."]
AND_ROWS = [(AND_FRAMES[k % 2].format(I=INDEX, F=f, N=n), [R(a), R(b)])
            for k, ((f, a), (n, b)) in enumerate(rotate(AND_FIRSTS, AND_NEXTS, 2))]
AND_ROWS += [
    # the total after the last goes to the whole list
    (f"Về {INDEX}, huyện Ea Kar xếp thứ 3, huyện Cư Kuin thứ 5 và huyện Krông Búk thứ 7 (trên 9 huyện).",
     [R(3, 9), R(5, 9), R(7, 9)]),
    # a count of times after "và" is no rank
    (f"Về {INDEX}, huyện Ea Kar xếp thứ 3 và là năm thứ 2 liên tiếp tăng hạng.", [R(3)]),
    # no rank before it in its sentence: a speech's points
    (f"{INDEX} của huyện Ea Kar xếp thứ 3. Thứ nhất là cải cách thể chế và thứ hai là số hóa hồ sơ.", [R(3)]),
]


@pytest.mark.parametrize("text,expected", AND_ROWS, ids=[f"v{k:02d}" for k in range(len(AND_ROWS))])
def test_a_list_of_ranks_joined_by_va(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- last place and a total written once before it
TOTALS_BEFORE = [("trong 9 huyện, thị xã,", 9), ("khối huyện có 9 đơn vị,", 9), ("trong tổng số 12 xã, thị trấn,", 12),
                 ("khối huyện có 9 đơn vị;", 9)]
LASTS = ["xếp cuối", "đứng cuối bảng", "xếp cuối cùng", "đứng ở vị trí cuối cùng"]
LAST_FRAMES = ["Về {I}, {T} huyện Ea Kar dẫn đầu, huyện Cư Kuin {L}.",
               "Về {I}, {T} huyện Ea Kar đứng đầu với 90,1 điểm, huyện Cư Kuin {L} với 80,2 điểm."]


def _last_rows():
    rows = []
    for k, ((t, out), last) in enumerate(rotate(TOTALS_BEFORE, LASTS, 4)):
        frame = LAST_FRAMES[k % 2]
        scores = "90,1" in frame
        expected = [R(1, out)] + ([S(90.1)] if scores else []) + [R(out, out)] + ([S(80.2)] if scores else [])
        rows.append((frame.format(I=INDEX, T=t, L=last), expected))
    return rows


# last place with its own position or total right after it: "xếp cuối bảng (9/9)", "… của 9 huyện"
OWN_LASTS = [("xếp cuối bảng (9/9)", R(9, 9)), ("xếp cuối cùng, thứ 9/9", R(9, 9)), ("đứng cuối, hạng 9/9", R(9, 9)),
             ("đứng cuối bảng xếp hạng của 9 huyện", R(9, 9)), ("xếp cuối trong số 9 huyện, thị xã", R(9, 9))]
LAST_ROWS = _last_rows() + [(f"Về {INDEX}, huyện Cư Kuin {last}.", [fact]) for last, fact in OWN_LASTS] + [
    # no total in its sentence: no ranking (corpus/ANNOTATION.md)
    (f"Về {INDEX}, huyện Ea Kar dẫn đầu, huyện Cư Kuin xếp cuối.", [R(1)]),
    # the sentence states the last rank itself: one fact
    (f"Về {INDEX}, trong 9 huyện, thị xã, huyện Cư Kuin xếp cuối, thứ 9.", [R(9, 9)]),
]
# a sibling's own "/9" is its phrase's total, not one written for the list: last place stays no ranking
# (corpus/ANNOTATION.md, FACTS.md "out_of only when the same phrase gives it"; issue #19)
SIBLINGS = [("huyện Ea Kar xếp thứ 2/9", [R(2, 9)]), ("huyện Ea Kar xếp thứ 2/9, huyện Lắk thứ 5/9", [R(2, 9), R(5, 9)]),
            ("huyện Ea Kar đứng thứ 2/9 huyện, thị xã", [R(2, 9)]), ("huyện Ea Kar xếp hạng 2/9", [R(2, 9)])]
LAST_ROWS += [(f"Về {INDEX}, {sib}, huyện Cư Kuin {last}.", ranks)
              for (sib, ranks), last in rotate(SIBLINGS, LASTS, 2)]


@pytest.mark.parametrize("text,expected", LAST_ROWS, ids=[f"z{k:02d}" for k in range(len(LAST_ROWS))])
def test_last_place_after_a_total_written_once(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- a result's move: both values
MOVES = [("tăng từ {a} điểm năm 2022 lên {b} điểm", "điểm"), ("từ {a} điểm năm 2022 tăng lên {b} điểm", "điểm"),
         ("tăng từ {a} lên {b} điểm", "điểm"), ("tăng từ {a}% (năm 2022) lên {b}% (năm 2023)", "%"),
         ("giảm từ {a} điểm xuống còn {b} điểm", "điểm"), ("từ {a}% năm trước tăng lên {b}%", "%"),
         ("tăng từ {a} năm 2022 lên {b} năm 2023", "0-1")]
MOVE_FRAMES = ["{I} của huyện Ea Kar {M}.", "Năm 2023, {I} của huyện Ea Kar {M}, xếp thứ 3/15."]


def _move_rows():
    rows = []
    for k, ((move, unit), frame) in enumerate(rotate(MOVES, MOVE_FRAMES, 2)):
        a, b = ("0,4512", "0,5412") if unit == "0-1" else ("80,1", "85,12")
        va, vb = (0.4512, 0.5412) if unit == "0-1" else (80.1, 85.12)
        u = "%" if unit == "%" else "điểm"
        expected = [S(va, unit=u), S(vb, unit=u)] + ([R(3, 15)] if "3/15" in frame else [])
        rows.append((frame.format(I=INDEX, M=move.format(a=a, b=b)), expected))
    return rows


MOVE_ROWS = _move_rows() + [
    # a statistic's move, a criterion's maximum, days: no result
    (f"{INDEX} của huyện đạt 85,12 điểm; tỷ lệ hộ nghèo giảm từ 18,4% xuống còn 6,2%.", [S(85.12)]),
    (f"Theo {INDEX}, điểm tối đa của lĩnh vực chuyển đổi số được nâng từ 8 lên 12 điểm.", []),
    (f"{INDEX} của huyện đạt 85,12 điểm, thời gian giải quyết hồ sơ giảm từ 30 ngày xuống 12 ngày.", [S(85.12)]),
]


@pytest.mark.parametrize("text,expected", MOVE_ROWS, ids=[f"m{k:02d}" for k in range(len(MOVE_ROWS))])
def test_a_results_move_gives_both_values(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- an earlier year's position in a clause of its own
EARLIER = [("năm 2022 là thứ 5", R(5)), ("năm trước: hạng 9/15", R(9, 15)), ("năm 2022 là vị trí thứ 5", R(5)),
           ("cùng kỳ năm 2022: thứ 5", R(5)), ("năm 2022 thứ 5", R(5)), ("năm 2022 là 5/15", R(5, 15)),
           ("năm trước: 9/15", R(9, 15))]
EARLIER_JOINS = ["; ", ", ", " - "]
EARLIER_ROWS = [(f"{INDEX} của huyện Ea Kar xếp thứ 3{j}{e}.", [R(3), fact])
                for (e, fact), j in rotate(EARLIER, EARLIER_JOINS, 2)]
# the earlier year compared with, then its position: "tăng 2 bậc so với năm 2022 là thứ 5"
EARLIER_ROWS += [(f"{INDEX} của huyện Ea Kar xếp thứ 3, tăng 2 bậc so với {y} là {p}.", [R(3, None, 2), fact])
                 for y, (p, fact) in [("năm 2022", ("thứ 5", R(5))), ("năm trước", ("hạng 5", R(5))),
                                      ("cùng kỳ năm 2022", ("vị trí thứ 5", R(5)))]]
# a year's results in a series, each year then its position
EARLIER_ROWS.append((f"{INDEX} của huyện Ea Kar năm 2021 xếp thứ 10, năm 2022 thứ 8, năm 2023 thứ 5.", [R(10), R(8), R(5)]))
# no rank in a year's count of criteria
EARLIER_ROWS.append((f"{INDEX} của huyện Ea Kar xếp thứ 3, năm 2023 là 15/19 tiêu chí đạt chuẩn.", [R(3)]))
# no rank before it in its sentence: a year's count, no rank
EARLIER_ROWS.append((f"{INDEX} của huyện Ea Kar đạt 85,12 điểm; năm 2022 là thứ 5 năm liền tăng điểm.", [S(85.12)]))


@pytest.mark.parametrize("text,expected", EARLIER_ROWS, ids=[f"y{k}" for k in range(len(EARLIER_ROWS))])
def test_an_earlier_years_position_in_its_own_clause(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- a total written once before a list of ranks
OPENERS = ["trên tổng số 18 huyện,", "với 18 đơn vị được đánh giá,", "khối huyện (18 đơn vị):", "18 huyện được xếp hạng, trong đó",
           "trong tổng số 18 huyện, thị xã,", "khối huyện gồm 18 đơn vị,"]
RANK_LISTS = [("huyện Ea Kar xếp thứ 3, huyện Cư Kuin thứ 5", [3, 5]), ("huyện Ea Kar đứng thứ 3 và huyện Cư Kuin thứ 5", [3, 5]),
              ("huyện Ea Kar dẫn đầu, huyện Cư Kuin xếp thứ nhì", [1, 2])]
OPENER_ROWS = [(f"Về {INDEX}, {o} {ranks}.", [R(r, 18) for r in expected])
               for o, (ranks, expected) in rotate(OPENERS, RANK_LISTS, 2)]
# the count in another clause of the sentence, after a ";": no total (corpus/ANNOTATION.md: the same phrase)
OPENER_ROWS.append((f"{INDEX} được đánh giá với 18 huyện, thị xã; huyện Ea Kar xếp thứ 3.", [R(3)]))


@pytest.mark.parametrize("text,expected", OPENER_ROWS, ids=[f"o{k:02d}" for k in range(len(OPENER_ROWS))])
def test_a_total_written_once_before_the_ranks(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- verbless ranks after a ranking's label
LABELS = ["thứ hạng cụ thể:", "kết quả xếp hạng như sau:", "xếp hạng các huyện:", "thứ hạng của các đơn vị như sau:"]
LABELLED = [("huyện Ea Kar thứ 1, huyện Cư Kuin thứ 2, thị xã Buôn Hồ thứ 3", [1, 2, 3]),
            ("huyện Ea Kar hạng 1; huyện Cư Kuin hạng 2", [1, 2]),
            ("Sở Tư pháp thứ 1, Sở Nội vụ thứ 2", [1, 2])]
LABEL_ROWS = [(f"Về {INDEX}, {label} {items}.", [R(r) for r in ranks]) for label, (items, ranks) in rotate(LABELS, LABELLED, 2)]
# no label: "bệnh viện hạng 1" is a grade
LABEL_ROWS.append((f"Về {INDEX}, huyện Ea Kar có bệnh viện đa khoa hạng 1 đạt chuẩn.", []))


@pytest.mark.parametrize("text,expected", LABEL_ROWS, ids=[f"lab{k}" for k in range(len(LABEL_ROWS))])
def test_verbless_ranks_after_a_label(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- ranks after an emulation ranking named before them
RANKINGS_BEFORE = [("Trong Cụm thi đua số 2 gồm 10 phòng, ", 10), ("Trong bảng xếp hạng thi đua của Hội huyện, ", None),
                   ("Kết quả thi đua năm 2024 trong khối gồm 9 trường, ", None), ("Ở khối thi đua các xã có 12 xã, ", 12)]
RANKED = [("phòng A xếp thứ nhất, phòng B xếp thứ 4", [1, 4]), ("trường A đứng thứ 3", [3]),
          ("xã Ea Tóh đã vươn từ vị trí 9 (năm 2022) lên vị trí 3 (năm 2024)", [9, 3])]
EMULATION_ROWS = []
for _before, (_ranked, _ranks) in rotate(RANKINGS_BEFORE, RANKED, 3):
    _out = _before[1]
    _text = _before[0] + _ranked + "."
    EMULATION_ROWS.append((_text, [R(r, _out, change=6 if k == 1 and len(_ranks) == 2 and "vươn" in _ranked else None)
                                   for k, r in enumerate(_ranks)]))
# the total after a move's later position and its year
EMULATION_ROWS.append(("Trong bảng xếp hạng thi đua của Hội huyện, Hội xã đã vươn từ vị trí 9 (năm 2022) lên vị trí 3 "
                       "(năm 2025) trong 14 cơ sở Hội.", [R(9, 14), R(3, 14, change=6)]))
# no emulation ranking named: a place in a queue is no rank
EMULATION_ROWS.append(("Tại bộ phận một cửa, bà Hoa đứng thứ 3 trong hàng chờ làm thủ tục.", []))


@pytest.mark.parametrize("text,expected", EMULATION_ROWS, ids=[f"er{k:02d}" for k in range(len(EMULATION_ROWS))])
def test_ranks_after_an_emulation_ranking(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- "đạt tỷ lệ X%" of the index's own points
OWN_POINTS = ["tổng số điểm", "số điểm", "tổng điểm"]
COUNTED_AFTER = ["hồ sơ", "thủ tục", "cán bộ"]
RATE_ROWS = [(f"{INDEX}, Sở Tư pháp đạt tỷ lệ 91,4% {w}.", [S(91.4, unit="%")]) for w in OWN_POINTS]
RATE_ROWS += [(f"{INDEX} của Sở Tư pháp đạt 85,12 điểm; đạt tỷ lệ 91,4% {w} trực tuyến.", [S(85.12)]) for w in COUNTED_AFTER]


@pytest.mark.parametrize("text,expected", RATE_ROWS, ids=[f"rate{k}" for k in range(len(RATE_ROWS))])
def test_a_rate_of_the_indexs_own_points(text, expected):
    check(facts(text), expected)


# ---------------------------------------------------------------- 2025's two-tier units, results after "Cụ thể:" (issue #19)
# communes and wards ranked among the 100+ units of a merged province, the total after "/" or a preposition;
# an index published in one sentence, its results in the next or on lines after "Cụ thể:" (passing as read)
TWO_TIER = [("xếp thứ 15/124 xã, phường", R(15, 124)), ("đứng thứ 15/124 đơn vị hành chính cấp xã", R(15, 124)),
            ("xếp thứ 15 trong tổng số 124 xã, phường", R(15, 124)), ("xếp thứ 15/124 xã, phường và đặc khu", R(15, 124)),
            ("xếp thứ 15 trong số 124 đơn vị hành chính cấp xã sau sắp xếp", R(15, 124))]
PUBLISHED = "Chỉ số CCHC năm 2025 của 124 xã, phường đã được công bố."
TIER_ROWS = [(f"Về Chỉ số CCHC năm 2025, phường Tân Lợi {p}{tail}.", [fact] + ([S(85.12)] if tail else []))
             for (p, fact), tail in rotate(TWO_TIER, ["", ", đạt 85,12 điểm"], 1)] + [
    (f"{PUBLISHED} Theo đó, phường Tân Lợi đạt 88,12 điểm, xếp thứ 5/124.", [S(88.12), R(5, 124)]),
    (f"{PUBLISHED} Cụ thể:\n- Phường Tân Lợi: 90,12 điểm, xếp thứ 1/124;\n- Xã Ea Tóh: 88,5 điểm, xếp thứ 2/124.",
     [S(90.12), R(1, 124), S(88.5), R(2, 124)]),
    (f"{PUBLISHED} Cụ thể như sau:\n+ Phường Tân Lợi đạt 90,12 điểm;\n+ Xã Ea Tóh đạt 88,5 điểm.", [S(90.12), S(88.5)]),
]


@pytest.mark.parametrize("text,expected", TIER_ROWS, ids=[f"t{k:02d}" for k in range(len(TIER_ROWS))])
def test_two_tier_units_and_results_after_cu_the(text, expected):
    check(facts(text), expected)
