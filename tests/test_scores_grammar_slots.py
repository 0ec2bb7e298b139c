"""Scores and rankings by grammar, the slots still missed at first sight: the total a position is out
of in each of its forms (after "của", "trong", "trên", "/" with or without the units counted, once for
a list; none from the sentence before), ranks in words and moves, a rank after a component's name, and the
near-misses in the same slots. Each generated sentence with the facts an annotator following
corpus/ANNOTATION.md writes down; units, names and numbers invented (tests/test_scores_grammar.py
holds the first slots)."""
import pytest

from tests.test_scores_grammar import INDEX, R, S, UNIT, check, facts, rotate

# ---------------------------------------------------------------- the total a position is out of
POSITIONS = [("xếp thứ 3", 3), ("đứng thứ 3", 3), ("xếp vị thứ 3", 3), ("xếp hạng 3", 3), ("đứng ở vị trí thứ 3", 3),
             ("xếp thứ ba", 3), ("xếp vị trí thứ 3", 3), ("đứng thứ 03", 3), ("xếp hạng thứ 3", 3), ("đứng vị trí 3", 3),
             ("xếp thứ nhì", 2), ("đứng thứ hai", 2)]
TOTALS = [  # (as written after the position, the total)
    (" của 18 huyện", 18), (" của 18 huyện, thị xã, thành phố", 18), (" trong 18 huyện, thị xã", 18),
    (" trong tổng số 18", 18), ("/18 đơn vị", 18), (" trong số 18 xã, thị trấn", 18), (" trên tổng số 18 xã", 18),
    (" trong tổng số 18 đơn vị được đánh giá", 18), (" trên tổng số 18 địa phương", 18), (" trong 18 sở, ban, ngành", 18),
    (" trong 18 đơn vị cấp huyện", 18), (" trong 18 xã, phường, thị trấn", 18), (" trên 18 đơn vị hành chính cấp xã", 18),
    (" trong số 18 đơn vị cấp huyện", 18), (" trong tổng số 18 huyện, thị xã, thành phố của tỉnh", 18),
    (" của 63 tỉnh, thành", 63), (" trong 63 tỉnh, thành phố", 63), (" trên 63 tỉnh, thành phố trực thuộc Trung ương", 63),
    ("/18 huyện, thị xã, thành phố của tỉnh", 18), (" của tỉnh", None), (" toàn huyện", None), (" trong khối huyện", None),
    (" trên tổng số 18 đơn vị", 18), (" trong tổng số 18 cơ quan, đơn vị", 18), (" trong số 18", 18),
    (" trên 18", 18), (" của 18 xã, thị trấn trên địa bàn huyện", 18), (" trong tổng số 18 sở, ngành", 18),
]
TOTAL_FRAMES = ["{I} của {U} {P}{T}.", "Năm 2023, {U} {P}{T} về {I}.", "{I} của {U} đạt 85,12 điểm, {P}{T}.",
                "Về {I}, {U} {P}{T}, tăng 2 bậc so với năm 2022."]


def _total_rows():
    rows = []
    for (p, rank), ((t, out), f) in rotate(POSITIONS, [(t, f) for t in TOTALS for f in TOTAL_FRAMES], 6):
        if out is not None and rank > out:
            continue
        expected = ([S(85.12)] if "85,12" in f else []) + [R(rank, out, 2 if "tăng 2" in f else None)]
        rows.append((f.format(I=INDEX, U=UNIT, P=p, T=t), expected))
    return rows


# the total written once for a list of positions, before them, after them, or in the sentence before
LIST_TOTALS = [
    (f"{INDEX}, trong số 18 huyện được đánh giá, {UNIT} xếp thứ 3, huyện Ea Kar thứ 5.", [R(3, 18), R(5, 18)]),
    (f"{INDEX}, trong tổng số 18 đơn vị: {UNIT} xếp thứ 3; huyện Ea Kar xếp thứ 5.", [R(3, 18), R(5, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ 3, huyện Ea Kar thứ 5 và huyện Cư Kuin thứ 7 trong số 18 huyện.",
     [R(3, 18), R(5, 18), R(7, 18)]),
    (f"{INDEX}, {UNIT}, huyện Ea Kar và huyện Cư Kuin lần lượt xếp thứ 3, 5 và 7 trên tổng số 18 huyện.",
     [R(3, 18), R(5, 18), R(7, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ 3, huyện Ea Kar xếp thứ 5 trong tổng số 18 huyện, thị xã, thành phố.",
     [R(3, 18), R(5, 18)]),
    (f"{INDEX}, {UNIT} và huyện Ea Kar lần lượt đứng thứ 3 và thứ 5 của 18 huyện.", [R(3, 18), R(5, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ 3/18, huyện Ea Kar thứ 5.", [R(3, 18), R(5)]),
    # the units counted in the sentence before: no total (corpus/ANNOTATION.md: a total written once goes to
    # the ranks of its own sentence; the gold: "Năm nay có 20 cơ quan … thuộc diện đánh giá." then "A đứng đầu")
    (f"Năm 2023, UBND tỉnh đánh giá {INDEX} của 18 huyện, thị xã, thành phố. Trong đó, {UNIT} xếp thứ 3, huyện "
     "Ea Kar xếp thứ 5.", [R(3), R(5)]),
    (f"{INDEX} được đánh giá đối với 18 huyện, thị xã, thành phố. Theo đó, {UNIT} xếp thứ 3.", [R(3)]),
    (f"Có 18 huyện, thị xã, thành phố được đánh giá {INDEX}. Huyện Krông Năng xếp thứ 3, huyện Ea Kar thứ 5.",
     [R(3), R(5)]),
    (f"{INDEX} của 18 huyện đã được công bố. Theo đó, {UNIT} đạt 85,12 điểm, xếp thứ 3.", [S(85.12), R(3)]),
]

# ---------------------------------------------------------------- ranks in words, last place, tops
WORDS = [  # (phrase, rank, total)
    ("đứng đầu", 1, None), ("dẫn đầu", 1, None), ("vươn lên dẫn đầu", 1, None), ("tiếp tục dẫn đầu", 1, None),
    ("giữ vững vị trí dẫn đầu", 1, None), ("đứng vị trí thứ nhất", 1, None), ("xếp vị thứ nhất", 1, None),
    ("xếp thứ nhất", 1, None), ("xếp thứ nhì", 2, None), ("xếp vị thứ nhì", 2, None), ("đứng thứ nhì", 2, None),
    ("xếp hạng nhì", 2, None), ("xếp thứ hai", 2, None), ("đứng vị trí thứ hai", 2, None), ("đứng thứ ba", 3, None),
    ("đứng đầu trong 18 huyện", 1, 18), ("dẫn đầu 18 huyện, thị xã, thành phố", 1, 18),
    ("đứng đầu trong tổng số 18 đơn vị", 1, 18), ("dẫn đầu toàn tỉnh", 1, None), ("đứng đầu khối huyện", 1, None),
    ("xếp cuối bảng trong 18 huyện", 18, 18), ("đứng cuối trong tổng số 18 huyện", 18, 18),
    ("xếp cuối trong số 18 đơn vị", 18, 18), ("đứng cuối bảng", None, None), ("xếp cuối bảng", None, None),
    ("đứng cuối", None, None), ("nằm trong top 10", None, None), ("thuộc top 5 cả nước", None, None),
    ("lọt vào tốp 10", None, None), ("nằm trong nhóm dẫn đầu", None, None), ("thuộc nhóm A", None, None),
    ("xếp loại Tốt", None, None), ("được xếp loại Khá", None, None), ("thuộc nhóm Tốt", None, None),
    ("nằm trong nhóm 10 đơn vị dẫn đầu", None, None), ("đứng ở vị trí cuối cùng trong 18 huyện", 18, 18),
]
WORD_FRAMES = ["{I} của {U} {W}.", "Năm 2023, {U} {W} về {I}.", "{I} của {U} đạt 85,12 điểm, {W}."]

# ranks within a region or a group of provinces, with its count or none
REGION_RANKS = [
 ("đứng đầu nhóm các tỉnh Tây Nguyên.", [R(1)]),
 ("nằm trong nhóm 10 tỉnh dẫn đầu cả nước.", []),
 ("xếp thứ 3 trong nhóm các tỉnh có chỉ số cao nhất.", [R(3)]),
 ("đứng thứ 2 trong khu vực miền núi phía Bắc.", [R(2)]),
 ("xếp thứ 2/14 tỉnh miền núi phía Bắc.", [R(2, 14)]),
 ("đứng thứ 3/5 tỉnh Tây Nguyên.", [R(3, 5)]),
 ("dẫn đầu 5 tỉnh Tây Nguyên.", [R(1, 5)]),
 ("xếp thứ 3 trong 5 tỉnh Tây Nguyên.", [R(3, 5)]),
 ("xếp thứ 3 của 5 tỉnh Tây Nguyên.", [R(3, 5)]),
 ("đứng thứ 3 trong số 5 tỉnh khu vực Tây Nguyên.", [R(3, 5)]),
 ("xếp thứ 3 vùng Tây Nguyên, thứ 30 cả nước.", [R(3), R(30)]),
 ("xếp thứ 30/63 tỉnh, thành phố và thứ 3/5 tỉnh Tây Nguyên.", [R(30, 63), R(3, 5)]),
 ("đứng thứ 3 trong 5 tỉnh Tây Nguyên và thứ 30 trong 63 tỉnh, thành phố.", [R(3, 5), R(30, 63)]),
]


def _word_rows():
    rows = []
    for (w, rank, out), f in rotate(WORDS, WORD_FRAMES, 2):
        expected = ([S(85.12)] if "85,12" in f else []) + ([] if rank is None else [R(rank, out)])
        rows.append((f.format(I=INDEX, U=UNIT, W=w), expected))
    return rows + [("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk " + w, expected) for w, expected in REGION_RANKS]


# ---------------------------------------------------------------- moves
# (phrase after "xếp thứ 5/18, ", the ranks it adds, the change of 5/18); the earlier position of a move
# takes no total from the later one (the gold: "xếp vị trí 48/63, tăng 5 bậc (từ vị trí 53 lên vị trí 48)")
MOVES = [
    ("tăng 3 bậc", [], 3), ("tăng 3 bậc so với năm 2022", [], 3), ("giảm 2 bậc so với năm trước", [], -2),
    ("tụt 2 bậc so với năm 2022", [], -2), ("tăng ba bậc", [], 3), ("giảm hai bậc", [], -2), ("tăng 03 bậc", [], 3),
    ("tăng 3 bậc so với cùng kỳ", [], 3), ("tăng 3 hạng", [], 3), ("tăng 3 bậc, từ vị trí 8 lên vị trí 5", [R(8)], 3),
    ("giảm 2 bậc (từ vị trí 3 xuống vị trí 5)", [R(3)], -2), ("tăng 3 bậc so với năm 2022 (xếp thứ 8/18)", [R(8, 18)], 3),
    ("giảm 2 bậc so với năm 2022 (năm 2022 xếp thứ 3/18)", [R(3, 18)], -2), ("sụt 2 bậc", [], -2),
    ("tăng 3 bậc so với năm 2022 (thứ 8)", [R(8)], 3), ("tăng 3 bậc so với năm trước", [], 3),
]


def _move_rows():
    rows = []
    for phrase, more, change in MOVES:
        rows.append((f"{INDEX} của {UNIT} xếp thứ 5/18, {phrase}.", [R(5, 18, change)] + more))
    rows += [
        (f"{INDEX} của {UNIT} từ vị trí 12 lên 9.", [R(12), R(9, None, 3)]),
        (f"{INDEX} của {UNIT} từ vị trí thứ 5 tụt xuống vị trí thứ 8.", [R(5), R(8, None, -3)]),
        (f"{INDEX} của {UNIT} từ thứ 5 xuống thứ 8.", [R(5), R(8, None, -3)]),
        (f"{INDEX} của {UNIT} từ vị trí 5/18 năm 2022 xuống 8/18.", [R(5, 18), R(8, 18, -3)]),
        (f"{INDEX} của {UNIT} giảm 3 bậc, từ vị trí 5 còn vị trí 8.", [R(5), R(8, None, -3)]),
        (f"{INDEX} của {UNIT} giảm 3 bậc, còn xếp thứ 8/18.", [R(8, 18, -3)]),
        (f"{INDEX} của {UNIT} giảm 3 bậc, chỉ còn đứng thứ 8/18.", [R(8, 18, -3)]),
        (f"{INDEX} của {UNIT} tụt 3 bậc, hiện xếp thứ 8/18.", [R(8, 18, -3)]),
        (f"{INDEX} của {UNIT} tăng 3 bậc, lên vị trí thứ 5/18.", [R(5, 18, 3)]),
        (f"{INDEX} của {UNIT} tụt 3 bậc, xuống vị trí thứ 8/18.", [R(8, 18, -3)]),
        (f"{INDEX} của {UNIT} giảm 3 bậc, xuống thứ 8 toàn tỉnh.", [R(8, None, -3)]),
        (f"{INDEX} của {UNIT} tăng 3 bậc so với năm 2022, đạt 85,12 điểm.", [S(85.12)]),
    ]
    return rows


# ---------------------------------------------------------------- a rank after a component's name
COMPONENTS = ["chỉ số thành phần Cải cách thủ tục hành chính", "chỉ số thành phần Xây dựng và phát triển chính quyền số",
              "lĩnh vực Cải cách tài chính công", "trụ cột chính quyền số", "chỉ số thành phần Tính minh bạch",
              "chỉ số Tỷ lệ hồ sơ trực tuyến", "nội dung Tỷ lệ hồ sơ trực tuyến", "tiêu chí Thời gian giải quyết hồ sơ"]

PARTS_RANKED = [
 ("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk: chỉ số thành phần Chi phí không chính thức đạt 6,85 điểm, xếp thứ 12/63.", [S(6.85), R(12, 63)]),
 ("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk, chỉ số Tính minh bạch đạt 6,12 điểm, đứng thứ 20.", [S(6.12), R(20)]),
 ("Chỉ số PAPI năm 2023 của tỉnh Đắk Lắk, trục nội dung Tham gia của người dân ở cấp cơ sở đạt 5,12 điểm, xếp thứ 10/63.", [S(5.12), R(10, 63)]),
 ("Chỉ số DTI năm 2023 của tỉnh Đắk Lắk, trụ cột chính quyền số đạt 0,6512, xếp thứ 5/63.", [S(0.6512), R(5, 63)]),
 ("Chỉ số DTI năm 2023 của tỉnh Đắk Lắk: chính quyền số đạt 0,6512 điểm, xếp thứ 5; kinh tế số đạt 0,4312 điểm, xếp thứ 20; xã hội số đạt 0,5512 điểm, xếp thứ 9.", [S(0.6512), R(5), S(0.4312), R(20), S(0.5512), R(9)]),
 ("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk có 6/10 chỉ số thành phần tăng điểm.", []),
 ("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk, chỉ số Gia nhập thị trường đạt 7,12 điểm (tăng 0,5 điểm), xếp thứ 8.", [S(7.12, change=0.5), R(8)]),
 ("Chỉ số SIPAS năm 2023 của tỉnh Đắk Lắk: mức độ hài lòng về tiếp cận dịch vụ đạt 84,2%, xếp thứ 15/63.", [S(84.2, unit="%"), R(15, 63)]),
 ("Chỉ số CCHC năm 2023 của tỉnh Đắk Lắk, lĩnh vực cải cách thủ tục hành chính đạt 12,5/13 điểm, xếp thứ 4/63.", [S(12.5, 13.0), R(4, 63)]),
 ("Chỉ số CCHC năm 2023 của tỉnh Đắk Lắk, tiêu chí tỷ lệ hồ sơ trực tuyến xếp thứ 4/63.", [R(4, 63)]),
]


def _component_rows():
    rows = []
    for k, c in enumerate(COMPONENTS):
        rows.append((f"Về {INDEX}, {c} của {UNIT} xếp thứ 2/18.", [R(2, 18)]))
        rows.append((f"{INDEX} của {UNIT} xếp thứ 5/18; trong đó {c} đạt 8,5/10 điểm, xếp thứ 2.",
                     [R(5, 18), S(8.5, 10.0), R(2)]))
    # each index's parts, scored and ranked: PCI's sub-indices, PAPI's axes, DTI's pillars, SIPAS's measures
    rows += PARTS_RANKED
    # the index named in the paragraph before, the title, the lead
    rows += [
        (f"Năm 2023, {INDEX} của tỉnh được công bố.\n{UNIT} đạt 85,12 điểm, xếp thứ 3/18.", [S(85.12), R(3, 18)]),
        (f"Năm 2023, {INDEX} của tỉnh được công bố.\nTheo đó, {UNIT} đứng đầu với 92,5 điểm.", [R(1), S(92.5)]),
    ]
    return rows


# ---------------------------------------------------------------- scores
SCORES = [
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đạt 85,12%; 83,1%.", [S(85.12, unit="%"), S(83.1, unit="%")]),
    (f"{INDEX} của {UNIT}, huyện Ea Kar, huyện Cư Kuin lần lượt đạt 85,12 điểm, 83,1 điểm, 80,4 điểm.",
     [S(85.12), S(83.1), S(80.4)]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt là 85,12% và 83,1%.", [S(85.12, unit="%"), S(83.1, unit="%")]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đạt 0,6512 và 0,5814.", [S(0.6512), S(0.5814)]),
    (f"{INDEX} của {UNIT} đạt 0,6512 điểm.", [S(0.6512)]),
    (f"{INDEX} của {UNIT} có giá trị 0,6512, xếp thứ 3/18.", [S(0.6512), R(3, 18)]),
    (f"{INDEX} của {UNIT} đạt 85,12 điểm (tối đa 100 điểm).", [S(85.12, 100.0)]),
    (f"{INDEX} (thang điểm 100) của {UNIT} đạt 85,12 điểm.", [S(85.12)]),
    (f"{INDEX} của {UNIT} đạt 85,12%, tăng 3,5% so với năm 2022.", [S(85.12, unit="%", change=3.5)]),
    (f"{INDEX} của {UNIT} đạt 85,12%; năm 2022 đạt 81,62%.", [S(85.12, unit="%"), S(81.62, unit="%")]),
]

# a series whose verb a noun follows ("lần lượt đạt bình quân …"), or whose "lần lượt" follows the verb
SERIES_INTROS = ["lần lượt đạt bình quân", "lần lượt đạt trung bình", "đạt lần lượt", "với số điểm lần lượt là",
                 "có điểm số lần lượt là", "lần lượt đạt mức", "lần lượt có", "lần lượt với", "đạt bình quân lần lượt là",
                 "lần lượt đạt:"]
SERIES_VALUES = [("0,6120; 0,4315 và 0,5207 điểm", [S(0.612), S(0.4315), S(0.5207)]),
                 ("85,2 và 83,1 điểm", [S(85.2), S(83.1)]), ("85,2%, 83,1% và 80,4%", [S(85.2, unit="%"), S(83.1, unit="%"),
                                                                                  S(80.4, unit="%")]),
                 ("0,6120, 0,4315 và 0,5207", [S(0.612), S(0.4315), S(0.5207)]), ("85,2; 83,1 và 80,4", [S(85.2), S(83.1), S(80.4)])]
SERIES_OWNERS = ["ba trụ cột chính quyền số, kinh tế số và xã hội số của khối huyện", "các huyện Krông Năng, Ea Kar và Cư Kuin"]


def _series_rows():
    return [(f"Về {INDEX}, {SERIES_OWNERS[k % 2]} {intro} {values}.", expected)
            for k, (intro, (values, expected)) in enumerate(rotate(SERIES_INTROS, SERIES_VALUES, 2))]


# a superior body ranking the units under it, no index named: the body's ranking is the assessment
BODIES = ["Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Huyện ủy", "UBND tỉnh", "Khối thi đua các huyện", "Ủy ban MTTQ tỉnh",
          "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Ban Chấp hành Hội Nông dân tỉnh"]
BODY_RANKS = [("xếp thứ 3/14 đơn vị cấp huyện", 3, 14), ("xếp hạng 2/9 huyện, thị xã", 2, 9), ("xếp vị thứ 1/6 đơn vị", 1, 6),
              ("xếp thứ 03/14 huyện, thành phố", 3, 14)]


def _body_rows():
    rows = [(f"Với kết quả đó, Đoàn xã Ea Tóh được {b} {r} và tặng Bằng khen.", [R(rank, out, subject="xã Ea Tóh")])
            for b, (r, rank, out) in rotate(BODIES, BODY_RANKS, 2)]
    # a statistic's and a contest's rank by a body are ranks too (were []: FACTS.md's "every rank position")
    rows += [(f"Huyện được {b} xếp thứ 3/14 huyện về thu ngân sách.", [R(3, 14)]) for b in BODIES[:2]]
    rows += [(f"Đội bóng của huyện được {b} xếp thứ 3/14 đơn vị tại giải bóng đá.", [R(3, 14)]) for b in BODIES[2:4]]
    rows += [(f"Huyện được {b} giao chỉ tiêu đạt 3/14 đơn vị.", []) for b in BODIES[4:6]]
    return rows


# the same rank stated twice, its unit found on one mention only ("… của tỉnh … xếp vị trí 18/63", then
# "… của Krông Năng … từ vị trí 24 lên 18"): listed once, with the total
REPEATS = ["tăng từ vị trí 24 lên 18", "xếp thứ 18 cả nước", "vươn lên vị trí thứ 18", "đứng thứ 18, tăng 6 bậc"]
LEAD_UNITS = ["của tỉnh", "của địa phương", "tỉnh ta"]


def _repeat_rows():
    rows = []
    for k, (rep, unit) in enumerate(rotate(REPEATS, LEAD_UNITS, 2)):
        text = (f"Chỉ số CCHC năm 2023 {unit} đạt 88,52%, xếp vị trí 18/63 tỉnh, thành phố.\n"
                f"Theo đó, Chỉ số CCHC của Đắk Lắk năm 2023 {rep}.")
        ranks = [R(24), R(18, 63, 6)] if "24" in rep else [R(18, 63, 6 if "6 bậc" in rep else None)]
        rows.append((text, [S(88.52, unit="%"), R(18, 63)] + ranks))
    # the group a position is in ends before "và" and a verb, not before "và" and more units
    for tail, group in (("huyện và được xếp loại Tốt", "huyện"), ("xã, thị trấn và được tặng Bằng khen", "xã, thị trấn"),
                        ("sở, ban, ngành và địa phương", "sở, ban, ngành và địa phương")):
        rows.append((f"{INDEX} của {UNIT} xếp thứ 3/18 {tail}.", [R(3, 18, group=group)]))
    # the unit written with and without "UBND" on its two mentions: one unit
    for first, again in (("huyện Krông Năng", "UBND huyện Krông Năng"), ("UBND huyện Krông Năng", "Huyện Krông Năng"),
                         ("Ủy ban nhân dân huyện Krông Năng", "huyện Krông Năng")):
        rows.append((f"Chỉ số CCHC năm 2023 của {first} xếp thứ 3/18.\nNăm 2023, Chỉ số CCHC của {again} xếp thứ 3 "
                     "toàn tỉnh.", [R(3, 18), R(3, 18)]))
    # first place said again in its own sentence: one fact, with the total
    for again in ("dẫn đầu toàn tỉnh", "đứng đầu khối huyện", "tiếp tục dẫn đầu"):
        rows.append((f"{INDEX} của {UNIT} đạt 92,3/100 điểm, xếp thứ 1/18, {again}.", [S(92.3, 100.0), R(1, 18), R(1, 18)]))
    rows.append((f"{INDEX}: {UNIT} xếp thứ 1/18; Sở Tư pháp dẫn đầu khối sở.", [R(1, 18), R(1)]))
    # two units of the same rank in two groups, each named: no total from the other
    rows.append(("Chỉ số CCHC năm 2023: ở khối sở, Sở Tư pháp xếp thứ 1/20.\nỞ khối huyện, huyện Ea Kar xếp thứ 1.",
                 [R(1, 20), R(1)]))
    return rows


# ---------------------------------------------------------------- more slots: a total in brackets after a group,
# first place in other words, moves after a comparison, a change of "hạng", points of a maximum under any
# name, emulation rankings, a colon after the rank word, a list before "lần lượt"
GROUPED_TOTALS = [(g + " " + b, out) for g in ("toàn tỉnh", "khối huyện") for b, out in
                  (("(trong 18 huyện)", 18), ("(trên 18 đơn vị)", 18), ("(18 huyện, thị xã, thành phố)", 18),
                   ("(trong tổng số 18 huyện)", 18))]
# ordinals past ten in words: "thứ mười hai" is 12, never 10
WORD_ORDINALS = [("mười", 10), ("mười một", 11), ("mười hai", 12), ("mười lăm", 15), ("mười tám", 18)]
FIRST_WORDS = ["đứng ở vị trí đầu tiên", "xếp ở vị trí đầu tiên", "giành vị trí đầu tiên", "tiếp tục đứng đầu bảng xếp hạng"]
COMPARED_MOVES = [("tăng 3 bậc so với năm 2022 (từ 8/18 lên 5/18)", [R(8, 18), R(5, 18, 3)]),
                  ("tăng 3 bậc so với năm trước, từ 8 lên 5", [R(8), R(5, None, 3)]),
                  ("giảm 2 bậc so với cùng kỳ năm 2022 (từ 3 xuống 5)", [R(3), R(5, None, -2)])]
HANG_CHANGES = [("tăng hạng 3 bậc", 3), ("tăng thứ hạng 3 bậc", 3), ("giảm hạng 2 bậc", -2)]
POINT_PARTS = ["tỷ lệ hồ sơ trực tuyến", "tiến độ giải quyết hồ sơ", "tỷ lệ thanh toán trực tuyến", "số hóa hồ sơ"]
EMULATION = ["Kết quả thi đua năm 2024, {U} xếp thứ 3/14 đơn vị cấp huyện.", "Qua bình xét thi đua, {U} xếp thứ 3/14 đơn vị.",
             "Trong Khối thi đua, {U} xếp thứ 3/14 đơn vị.", "Năm 2024, {U} được Cụm thi đua xếp thứ 3/14 đơn vị."]
COLONS = ["xếp hạng: 3/18", "thứ hạng: 3/18", "xếp thứ: 3/18"]


def _more_rows():
    rows = [(f"{INDEX} của {UNIT} xếp thứ 3 {t}.", [R(3, out)]) for t, out in GROUPED_TOTALS]
    rows += [(f"{INDEX} của {UNIT} {w}.", [R(1)]) for w in FIRST_WORDS]
    rows += [(f"{INDEX} của {UNIT} xếp thứ {w} trong 18 huyện.", [R(n, 18)]) for w, n in WORD_ORDINALS]
    rows += [(f"{INDEX} của {UNIT} tăng {w} bậc, xếp thứ 5/18.", [R(5, 18, n)]) for w, n in WORD_ORDINALS[:3]]
    rows += [(f"{INDEX} của {UNIT} {m}.", ranks) for m, ranks in COMPARED_MOVES]
    rows += [(f"{INDEX} của {UNIT} {h}, xếp thứ 5/18.", [R(5, 18, n)]) for h, n in HANG_CHANGES]
    rows += [(f"Về Bộ chỉ số 766, {p} của tỉnh Đắk Lắk đạt 8,5/10 điểm, xếp thứ 5/63.", [S(8.5, 10.0), R(5, 63)])
             for p in POINT_PARTS]
    # the same part as a share: a statistic's rate is no score, the rank after the index's part is one
    rows += [(f"Về Bộ chỉ số 766, {p} của tỉnh Đắk Lắk đạt 85,5%, xếp thứ 5/63.", [R(5, 63)]) for p in POINT_PARTS[:3:2]]
    rows += [(e.format(U=u), [R(3, 14)]) for e, u in rotate(EMULATION, ["Huyện đoàn", "xã Ea Tóh"], 1)]
    # no assessment named, a statistic's, a contest's: ranks all the same (were []: FACTS.md's "every rank
    # position" needs no index)
    rows += [("Năm 2024, Huyện đoàn xếp thứ 3/14 đơn vị cấp huyện.", [R(3, 14)]),
             ("Kết quả thi đua năm 2024, huyện xếp thứ 3/14 đơn vị về thu ngân sách.", [R(3, 14)]),
             ("Kết quả thi đua năm 2024, đội tuyển huyện xếp thứ 3/14 đơn vị tại Hội khỏe Phù Đổng.", [R(3, 14)])]
    rows += [(f"Về {INDEX}, {UNIT} {c}.", [R(3, 18)]) for c in COLONS]
    rows += [(f"Về {INDEX}, các huyện xếp thứ 2, 3 lần lượt là huyện Ea Kar, huyện Cư Kuin.", [R(2), R(3)]),
             (f"Về {INDEX}, xếp thứ 2, 3, 4 lần lượt thuộc về huyện Ea Kar, huyện Cư Kuin, huyện Lắk.", [R(2), R(3), R(4)]),
             (f"Về {INDEX}, {UNIT} xếp thứ 2, 15 đơn vị còn lại đạt loại Khá.", [R(2)])]
    return rows


# ---------------------------------------------------------------- a maximum in its other places, a table's rating column
MAXIMA = ["85,12 điểm (tổng điểm tối đa: 100 điểm)", "85,12 điểm (tối đa: 100)", "85,12 điểm trong tổng số 100 điểm",
          "85,12 trong 100 điểm", "85,12 điểm trong tổng 100 điểm", "85,12/100 điểm tối đa", "85,12 điểm (thang điểm: 100)"]
TABLE_HEADS = ["TT Tên đơn vị Tổng điểm Xếp loại Xếp hạng", "STT | Đơn vị | Điểm | Xếp loại | Xếp hạng",
               "TT\tĐịa phương\tĐiểm số\tKết quả xếp loại\tThứ hạng"]


def _maximum_rows():
    rows = [(f"{INDEX} của {UNIT} đạt {m}.", [S(85.12, 100.0)]) for m in MAXIMA]
    for head in TABLE_HEADS:
        sep = "\t" if "\t" in head else (" | " if "|" in head else " ")
        body = "\n".join(sep.join(cells) for cells in (("1", "Xã Ea Tóh", "92,3", "Xuất sắc", "1"),
                                                         ("2", "Xã Ea Hồ", "90,1", "Tốt", "2")))
        rows.append((f"{INDEX}\n{head}\n{body}", [S(92.3), R(1), S(90.1), R(2)]))
    return rows


# a record's fields with labels ("Điểm: 85,12 - Xếp hạng: 3"), a rank beside its total only, places relative to
# another unit ("đứng sau …", "xếp trên …") and top groups: no rank
RECORDS = [
 (f"{INDEX} của {UNIT}: Kết quả: 85,12 điểm; Xếp hạng: 3/18.", [S(85.12), R(3, 18)]),
 (f"{INDEX} của {UNIT}: Điểm: 85,12 - Xếp hạng: 3.", [S(85.12), R(3)]),
 (f"{INDEX} của {UNIT}. Tổng điểm: 85,12. Thứ hạng: 3/18.", [S(85.12), R(3, 18)]),
 (f"{INDEX} của {UNIT}: điểm số 85,12, thứ hạng 3/18.", [S(85.12), R(3, 18)]),
 (f"{INDEX}: {UNIT} - 85,12 điểm - hạng 3/18.", [S(85.12), R(3, 18)]),
 (f"{INDEX}:\n- {UNIT}: 85,12 điểm (3/18).", [S(85.12)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, vị trí 3/18.", [S(85.12), R(3, 18)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, xếp vị trí thứ ba.", [S(85.12), R(3)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, thuộc nhóm dẫn đầu.", [S(85.12)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, nằm trong tốp đầu của tỉnh.", [S(85.12)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, xếp thứ 3, chỉ sau thị xã Buôn Hồ và huyện Ea Kar.", [S(85.12), R(3)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, đứng sau thị xã Buôn Hồ.", [S(85.12)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, xếp trên huyện Ea Kar.", [S(85.12)]),
]

# ---------------------------------------------------------------- communes' digital-transformation results: flattened
# tables (the unit's and the score's column in their many names, the pillars' columns before the total), bare 0-1
# values after each unit or pillar, verbless ordinals in words down a list
DTI = "Chỉ số chuyển đổi số (DTI) cấp xã năm 2023"
UNIT_COLS = ["Xã, thị trấn", "Tên xã", "Xã/thị trấn", "Đơn vị hành chính", "Xã, phường, thị trấn", "Địa phương"]
SCORE_COLS = ["Chỉ số DTI", "Điểm DTI", "DTI", "Chỉ số chuyển đổi số", "Điểm"]
PART_COLS = [[], ["Chính quyền số", "Kinh tế số", "Xã hội số"], ["Chính quyền số"]]
SEPS = [" | ", "\t"]


def _dti_rows():
    rows = []
    for k, (ucol, scol) in enumerate(rotate(UNIT_COLS, SCORE_COLS, 2)):
        parts, sep = PART_COLS[k % 3], SEPS[k % 2]
        head = sep.join(["STT", ucol, *parts, scol, "Xếp hạng"])
        values = [["0,7012", "0,5812", "0,6712"][:len(parts)] + ["0,6512"], ["0,6612", "0,5512", "0,6212"][:len(parts)] + ["0,6123"]]
        body = "\n".join(sep.join([str(n + 1), name, *vals, str(n + 1)]) for n, (name, vals) in
                          enumerate(zip(["Xã Ea Tóh", "Xã Ea Hồ"], values)))
        expected = [e for n, vals in enumerate(values)
                    for e in [S(float(v.replace(",", "."))) for v in vals] + [R(n + 1)]]
        rows.append((f"{DTI}\n{head}\n{body}", expected))
    for names, seps in ((["xã Ea Tóh", "xã Ea Hồ", "thị trấn Phước An"], ["; ", ", "]),
                        (["chính quyền số", "kinh tế số", "xã hội số"], [", ", "; "]), (["Xã Ea Tóh:", "Xã Ea Hồ:"], ["; "])):
        for sep in seps:
            vals = ["0,6512", "0,6123", "0,5987"][:len(names)]
            text = sep.join(f"{n} {v}" for n, v in zip(names, vals))
            rows.append((f"{DTI}, kết quả: {text}.", [S(float(v.replace(",", "."))) for v in vals]))
    rows += [(f"{DTI}, xã Ea Tóh xếp thứ nhất, xã Ea Hồ thứ hai, xã Ea Kly thứ ba.", [R(1), R(2), R(3)]),
             (f"{DTI}, xã Ea Tóh đứng thứ nhì; xã Ea Hồ thứ tư.", [R(2), R(4)]),
             (f"{DTI}, xã Ea Tóh xếp thứ 2, thứ hai là, năm nay huyện đã hoàn thành kế hoạch.", [R(2)]),
             (f"{DTI}, xã Ea Tóh đạt 0,6512 điểm, thứ ba là xã Ea Kly.", [S(0.6512), R(3)]),
             (f"{DTI}, diện tích xã Ea Tóh 0,65 ha.", [])]
    return rows


# ---------------------------------------------------------------- near-misses in the same slots
NEGATIVES = [
    f"Năm 2024, {UNIT} phấn đấu Chỉ số CCHC đạt 90% trở lên.", f"Phấn đấu năm 2024 {UNIT} nằm trong top 10 của tỉnh.",
    f"{UNIT} phấn đấu nằm trong tốp 5 đơn vị dẫn đầu về {INDEX}.", f"Mục tiêu {INDEX} của {UNIT} xếp thứ 3 trở lên.",
    f"Tỷ lệ hộ nghèo của {UNIT} còn 2,1%, thấp thứ 3 của 18 huyện.",
    f"Chi cải cách hành chính chiếm 1,2% tổng chi ngân sách của {UNIT}.",
    f"Có 85,2% hộ gia đình của {UNIT} sử dụng dịch vụ công trực tuyến.",
    f"Năm 2023, {UNIT} có 18 xã, 3 thị trấn.", "Theo Quyết định số 18/QĐ-UBND ngày 03/3/2024 của UBND huyện.",
    f"Đội tuyển {UNIT} đạt giải Nhì.", f"{UNIT} đoạt giải Ba Hội thi tuyên truyền CCHC.",
    "Thứ 3, ngày 12/3/2024, UBND huyện họp.",
    "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ huyện.", "Năm 2025 là năm thứ 5 thực hiện Nghị quyết.",
]


# the ranks of statistics and contests in the same slots: rankings, their values no scores (these were
# NEGATIVES while ranks needed an index: FACTS.md's "every rank position")
OTHER_RANKS = [
    (f"Tốc độ tăng trưởng kinh tế của {UNIT} đạt 8,5%, đứng thứ 3 trong 18 huyện.", [R(3, 18)]),
    (f"Thu ngân sách của {UNIT} xếp thứ 3 trong tổng số 18 huyện.", [R(3, 18)]),
    (f"Đội bóng {UNIT} xếp thứ 3 giải bóng đá, đứng thứ 3 chung cuộc.", [R(3), R(3)]),
    (f"Đội tuyển {UNIT} đạt giải Nhì, xếp thứ 2 toàn đoàn.", [R(2)]),
    (f"Năm 2023, {UNIT} xếp thứ 3 về giải ngân vốn đầu tư công.", [R(3)]),
    (f"Dân số {UNIT} là 120.000 người, đứng thứ 3 trong 18 huyện.", [R(3, 18)]),
    (f"{UNIT} đứng thứ 2 toàn tỉnh về thu hút doanh nghiệp.", [R(2)]),
    (f"{UNIT} xếp thứ 3 về giá trị sản xuất công nghiệp.", [R(3)]),
    (f"{UNIT} dẫn đầu toàn tỉnh về vốn đầu tư công.", [R(1)]),
]


def _negative_rows():
    lead = (f"{INDEX} của {UNIT} đạt 85,12 điểm.", [S(85.12)])
    rows = [(lead[0] + " " + n, lead[1]) for n in NEGATIVES] + [(n + " " + lead[0], lead[1]) for n in NEGATIVES]
    return rows + [(lead[0] + " " + t, lead[1] + r) for t, r in OTHER_RANKS] + [(t + " " + lead[0], r + lead[1])
                                                                               for t, r in OTHER_RANKS]


# the same result in points, then in % after a comma or a dash (FACTS.md: two scores)
SAME_IN_PCT = [", tỷ lệ 89,18%", ", tương đương 89,18%", " (tương đương 89,18%)", ", quy đổi đạt 89,18%", ", bằng 89,18%",
               ", tỷ lệ điểm đạt 89,18%", " - tỷ lệ 89,18%", ", đạt tỷ lệ 89,18%", ", tỉ lệ 89,18%"]
SAME_FRAMES = ["{I} của Sở Tư pháp đạt 71,34/80 điểm{P}.", "{I} của Sở Tư pháp đạt 71,34/80 điểm{P}, xếp thứ 4/20."]
SAME_ROWS = [(f.format(I=INDEX, P=p), [S(71.34, 80.0), S(89.18, unit="%")] + ([R(4, 20)] if "4/20" in f else []))
             for p, f in rotate(SAME_IN_PCT, SAME_FRAMES, 2)] + [
    (f"{INDEX} của Sở Tư pháp đạt 71,34/80 điểm, tỷ lệ 65,2% hồ sơ giải quyết trước hạn.", [S(71.34, 80.0)])]

# the rank's noun first, its unit after "của", the position after "là" or "đạt"
NOUN_FIRST = [("thứ hạng của {U} là {P}", True), ("vị trí của {U} là {P}", True), ("xếp hạng của {U} đạt {P}", True),
              ("thứ hạng năm 2023 của {U} là {P}", True), ("vị trí xếp hạng của {U} là {P}", True),
              ("thứ hạng của {U} là {P} bậc", False)]
NOUN_POSITIONS = [("5/15", R(5, 15)), ("thứ 5", R(5)), ("5", R(5)), ("hạng 5/15", R(5, 15))]
NOUN_ROWS = [(f"Về {INDEX}, " + n.format(U=UNIT, P=p) + ".", [fact] if ranked else [])
             for (n, ranked), (p, fact) in rotate(NOUN_FIRST, NOUN_POSITIONS, 2) if ranked or p == "5"]

# a component's points over its maximum, bare after its name and a colon, one line each; whole counts stay out
PARTS = ["Công tác chỉ đạo, điều hành", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Xây dựng chính quyền số"]
PART_INTROS = [f"{INDEX} của {UNIT}, kết quả từng lĩnh vực:", f"{INDEX} của {UNIT} đạt 85,12 điểm; các lĩnh vực:"]
PART_ROWS = [(intro + "".join(f"\n- {p}: {x}/{m};" for p, (x, m) in zip(PARTS, [("8,5", 9), ("5,25", 6), ("11,5", 12), ("4,75", 5)])),
              ([S(85.12)] if "85,12" in intro else []) + [S(8.5, 9.0), S(5.25, 6.0), S(11.5, 12.0), S(4.75, 5.0)])
             for intro in PART_INTROS]
PART_ROWS += [(f"{INDEX} của {UNIT} đạt 85,12 điểm; kết quả khác:\n- Số xã đạt chuẩn: 11/12;\n- Tiêu chí đạt: 15/19.",
               [S(85.12)])]

ROWS = (_total_rows() + LIST_TOTALS + _word_rows() + _move_rows() + _component_rows() + SCORES + _series_rows() + _body_rows()
        + _repeat_rows() + _more_rows() + _maximum_rows() + RECORDS + _dti_rows() + _negative_rows() + SAME_ROWS + NOUN_ROWS + PART_ROWS)


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"s{k:03d}" for k in range(len(ROWS))])
def test_slot_row(text, expected):
    check(facts(text), expected)
