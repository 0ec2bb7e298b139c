"""Scores and rankings by grammar, not by article: the genre's phrasing written as slots (index
name × scored unit × verb and noun × number form × unit × out-of …) and the sentences generated
from them, each with the facts an annotator following corpus/ANNOTATION.md writes down. A rule
that reads one value of a slot must read the slot's other values too; the near-miss negatives
(growth rates, targets, budget shares, counts of people, years, document numbers) put the same
slots around what is no index result. Units, names and numbers are invented."""
import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

PIPE = Pipeline(["place", "score"])
INDEX = "Chỉ số CCHC năm 2023"
UNIT = "huyện Krông Năng"


def facts(text):
    return [f for f in PIPE(make_article("Tiêu đề\n" + text, "<grammar>"))["facts"]
            if f["kind"] in ("score", "ranking")]


def S(value, max=None, unit="điểm", **more):
    return ("score", {"value": value, "max": max, "unit": unit, **more})


def R(rank, out_of=None, change=None, **more):
    return ("ranking", {"rank": rank, "out_of": out_of, "change": change, **more})


def rotate(first, second, k):
    """Each value of ``first`` with ``k`` values of ``second``, taken in turn: every value of both
    slots is generated, without the whole cross-product."""
    return [(a, second[(i * k + j) % len(second)]) for i, a in enumerate(first) for j in range(k)]


# ---------------------------------------------------------------- the slots

INDEXES = [  # (as written, code)
    ("Chỉ số PAR INDEX", "PAR"), ("Chỉ số CCHC", "PAR"), ("chỉ số cải cách hành chính", "PAR"),
    ("Chỉ số Par-Index", "PAR"), ("Chỉ số Cải cách hành chính (PAR INDEX)", "PAR"),
    ("Kết quả xếp hạng công tác cải cách hành chính", "PAR"), ("Đánh giá, xếp hạng công tác CCHC", "PAR"),
    ("Điểm CCHC", "PAR"), ("Điểm cải cách hành chính", "PAR"), ("Kết quả tự đánh giá, chấm điểm CCHC", "PAR"),
    ("Chấm điểm công tác cải cách hành chính", "PAR"), ("Kết quả xếp loại CCHC", "PAR"),
    ("Chỉ số SIPAS", "SIPAS"), ("Chỉ số hài lòng về sự phục vụ hành chính", "SIPAS"),
    ("Chỉ số hài lòng của người dân, tổ chức", "SIPAS"), ("Chỉ số PAPI", "PAPI"), ("Chỉ số PCI", "PCI"),
    ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "PCI"), ("Chỉ số chuyển đổi số (DTI)", "DTI"),
    ("Bộ chỉ số chuyển đổi số", "DTI"), ("ICT Index", "ICT"),
    ("Bộ chỉ số chỉ đạo điều hành", "766"), ("Bộ chỉ số chỉ đạo, điều hành", "766"),
    ("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp", "766"),
    ("Chỉ số DDCI", "DDCI"), ("Chỉ số năng lực cạnh tranh cấp sở, ngành, huyện (DDCI)", "DDCI"),
    ("Chỉ số năng lực cạnh tranh cấp sở ngành huyện DDCI", "DDCI"),
    ("Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và huyện, thị xã, thành phố", "DDCI"),
    ("Chỉ số năng lực cạnh tranh cấp sở, ban, ngành, địa phương", "DDCI"),
]
UNITS = ["huyện Krông Năng", "xã Ea Tóh", "Sở Tư pháp", "thành phố Buôn Hồ", "thị xã Điện Bàn", "thị trấn Phước An",
         "phường Tân Lợi", "UBND huyện Cư Kuin"]
# the verb, the score noun, both, in either order
VERBS = ["đạt", "đạt được", "được", "với", "có", "giành được", "là", "đạt tổng điểm", "đạt số điểm", "với tổng điểm",
         "có tổng điểm là", "có số điểm đạt", "có điểm số", "với điểm số", "đạt kết quả", "có kết quả",
         "với kết quả là", "có giá trị chỉ số là", "tổng điểm đạt", "đạt điểm số là", "với số điểm", "đạt mức",
         "được đánh giá đạt", "được chấm", "có kết quả đạt", "được chấm đạt"]
NUMBERS = [  # (number with its unit, value, max, unit)
    ("80,28 điểm", 80.28, None, "điểm"), ("80.28 điểm", 80.28, None, "điểm"), ("80,28/100 điểm", 80.28, 100.0, "điểm"),
    ("80,28 điểm/100", 80.28, 100.0, "điểm"), ("80,28 điểm trên thang điểm 100", 80.28, 100.0, "điểm"),
    ("71,40%", 71.4, None, "%"), ("71,4 %", 71.4, None, "%"), ("80,28 trên tổng số 100 điểm", 80.28, 100.0, "điểm"),
    ("80,28/100", 80.28, 100.0, "điểm"), ("0,71 điểm", 0.71, None, "điểm"), ("42,35/80 điểm", 42.35, 80.0, "điểm"),
    ("80,28 điểm trên 100 điểm", 80.28, 100.0, "điểm"), ("80,28 điểm (trên 100 điểm)", 80.28, 100.0, "điểm"),
    ("91.651 điểm", 91.651, None, "điểm"), ("86 điểm", 86.0, None, "điểm"), ("80,28 (tối đa 100 điểm)", 80.28, 100.0, "điểm"),
    ("80,28 trên thang điểm 100", 80.28, 100.0, "điểm"), ("80,28 điểm / 100", 80.28, 100.0, "điểm"),
]
SCORE_FRAMES = [
    "{I} năm 2023 của {U} {V} {N}.",
    "Năm 2023, {U} {V} {N} về {I}.",
    "Kết quả {I} năm 2023, {U} {V} {N}.",
    "Theo kết quả công bố {I} năm 2023, {U} {V} {N}, tăng so với năm trước.",
]
RANK_VERBS = ["xếp thứ {r}", "đứng thứ {r}", "xếp vị thứ {r}", "xếp vị trí thứ {r}", "xếp hạng {r}", "đứng ở vị trí {r}",
              "đứng vị trí thứ {r}", "xếp thứ hạng {r}", "giữ vị trí {r}", "đứng hạng {r}", "xếp hạng thứ {r}",
              "giữ vị trí thứ {r}", "ở vị trí thứ {r}", "xếp ở vị trí thứ {r}", "vươn lên vị trí thứ {r}",
              "tụt xuống vị trí thứ {r}", "được xếp thứ {r}", "tiếp tục giữ vị trí thứ {r}", "chiếm vị trí thứ {r}",
              "đứng ở vị thứ {r}", "chiếm vị trí {r}", "duy trì vị trí {r}", "giữ vững vị trí {r}", "ở vị trí {r}"]
OUTS = [("/18", 18), ("/18 huyện, thị xã, thành phố", 18), (" trên 18", 18), (" trên tổng số 18 huyện", 18),
        (" trong số 18 huyện", 18), (" trong 18 huyện, thị xã, thành phố", 18), (" trong tổng số 18 đơn vị", 18),
        (" toàn tỉnh", None), ("", None), (" trong 18 huyện, thị xã, thành phố của tỉnh", 18), (" của tỉnh", None),
        (" trên 18 địa phương", 18), (" so với 18 huyện", 18), (" khối huyện", None), (" (trên 18 đơn vị)", 18),
        (" (18 huyện, thị xã, thành phố)", 18), (" trong khối 18 huyện", 18), ("/ 18", 18)]
WORD_RANKS = [("xếp thứ nhất", 1), ("xếp thứ nhì", 2), ("xếp thứ hai", 2), ("xếp thứ ba", 3), ("đứng đầu", 1),
              ("dẫn đầu", 1), ("xếp vị thứ nhất", 1), ("đứng vị trí thứ nhất", 1), ("xếp vị trí thứ nhì", 2),
              ("xếp hạng nhất", 1), ("đứng thứ nhất", 1), ("xếp ở vị trí thứ nhất", 1)]
RANK_FRAMES = ["{I} năm 2023 của {U} {R}.", "Năm 2023, {U} {R} về {I}.", "Về {I} năm 2023, {U} {R}.",
               "{I} năm 2023 của {U} đạt 80,28 điểm, {R}."]


def _score_rows():
    rows = [(SCORE_FRAMES[0].format(I="Chỉ số CCHC", U=UNIT, V=v, N=n), [S(val, mx, un)])
            for v, (n, val, mx, un) in rotate(VERBS, NUMBERS, 4)]
    rows += [(f.format(I="Chỉ số PAR INDEX", U=u, V="đạt", N=n), [S(val, mx, un)])
             for (n, val, mx, un), (f, u) in rotate(NUMBERS, [(f, u) for f in SCORE_FRAMES for u in UNITS], 3)]
    rows += [(f.format(I=i, U="xã Ea Tóh", V=v, N="80,28 điểm"), [S(80.28, index=code)])
             for (i, code), (f, v) in rotate(INDEXES, [(f, v) for f in SCORE_FRAMES for v in VERBS[:7]], 2)]
    return rows


def _rank_rows():
    rows = [(RANK_FRAMES[0].format(I="Chỉ số CCHC", U=UNIT, R=v.format(r="3") + o), [R(3, out)])
            for v, (o, out) in rotate(RANK_VERBS, OUTS, 3)]
    rows += [(f.format(I="Chỉ số PCI", U="thị xã Điện Bàn", R="xếp thứ 05" + o),
              ([S(80.28)] if "80,28" in f else []) + [R(5, out)])
             for (o, out), f in rotate(OUTS, RANK_FRAMES, 2)]
    rows += [(f.format(I=i, U=UNIT, R=w), ([S(80.28)] if "80,28" in f else []) + [R(rank, index=code)])
             for ((w, rank), (f, (i, code))) in rotate(WORD_RANKS, [(f, i) for f in RANK_FRAMES for i in INDEXES], 3)]
    return rows


# moves, the earlier year's figure in brackets, series, flattened tables, components
FORMS = [
    (f"{INDEX} của {UNIT} xếp thứ 5/18, tăng 3 bậc so với năm 2022.", [R(5, 18, 3)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18, tụt 2 bậc so với năm 2022.", [R(5, 18, -2)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18, giảm 02 bậc.", [R(5, 18, -2)]),
    (f"{INDEX} của {UNIT} tăng 3 bậc, xếp thứ 5/18.", [R(5, 18, 3)]),
    (f"{INDEX} của {UNIT} vươn lên 3 bậc, xếp thứ 5/18.", [R(5, 18, 3)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (tăng 3 bậc).", [R(5, 18, 3)]),
    (f"{INDEX}, {UNIT} từ vị trí 12 lên vị trí 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} từ vị trí 12 lên 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} tăng từ vị trí thứ 12 lên vị trí thứ 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} từ vị trí 12/18 lên 9/18.", [R(12, 18), R(9, 18, 3)]),
    (f"{INDEX}, {UNIT} tụt từ vị trí 9 xuống vị trí 12.", [R(9), R(12, None, -3)]),
    (f"{INDEX}, {UNIT} từ hạng 12 lên hạng 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} vươn lên từ vị trí 12 năm 2022 lên vị trí 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} từ vị trí thứ 12 của năm trước lên vị trí thứ 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} tăng 3 bậc, từ thứ 12 lên thứ 9.", [R(12), R(9, None, 3)]),
    (f"{INDEX}, {UNIT} tăng 3 bậc (từ 12 lên 9).", [R(12), R(9, None, 3)]),
    # the earlier year's figure in brackets, however the year is joined to it
    (f"{INDEX} của {UNIT} đạt 85,12 điểm (năm 2022 đạt 80,1 điểm).", [S(85.12), S(80.1)]),
    (f"{INDEX} của {UNIT} đạt 85,12 điểm (năm 2022: 80,1 điểm).", [S(85.12), S(80.1)]),
    (f"{INDEX} của {UNIT} đạt 85,12% (năm 2022 là 80,1%).", [S(85.12, unit="%"), S(80.1, unit="%")]),
    (f"{INDEX} của {UNIT} đạt 85,12 điểm, tăng 5,02 điểm so với năm 2022 (80,1 điểm).", [S(85.12, change=5.02), S(80.1)]),
    (f"{INDEX} của {UNIT} đạt 85,12 điểm, tăng 5,02 điểm so với năm trước (80,1 điểm).", [S(85.12), S(80.1)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18, tăng 4 bậc so với năm trước (xếp thứ 9/18).", [R(5, 18, 4), R(9, 18)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022 xếp thứ 9/18).", [R(5, 18), R(9, 18)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022 xếp thứ 9).", [R(5, 18), R(9)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022: thứ 9/18).", [R(5, 18), R(9, 18)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022 là thứ 9).", [R(5, 18), R(9)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm trước - hạng 9).", [R(5, 18), R(9)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022, vị trí 9/18).", [R(5, 18), R(9, 18)]),
    (f"{INDEX} của {UNIT} đạt 85,12 điểm (năm 2022 đạt 80,1 điểm, xếp thứ 9).", [S(85.12), S(80.1), R(9)]),
    # series and lists
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đạt 85,2 điểm và 83,1 điểm.", [S(85.2), S(83.1)]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đạt 85,2% và 83,1%.", [S(85.2, unit="%"), S(83.1, unit="%")]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt là 85,2 và 83,1 điểm.", [S(85.2), S(83.1)]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt xếp thứ 2 và 3.", [R(2), R(3)]),
    (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt xếp thứ 2/18 và 3/18.", [R(2, 18), R(3, 18)]),
    (f"{INDEX} của ba huyện lần lượt xếp thứ 2/18, 4/18 và 7/18.", [R(2, 18), R(4, 18), R(7, 18)]),
    (f"{INDEX} của các huyện: Huyện Krông Năng: 85,2 điểm; huyện Ea Kar: 83,1 điểm; huyện Cư Kuin: 80,4 điểm.",
     [S(85.2), S(83.1), S(80.4)]),
    (f"{INDEX}: {UNIT} 85,2 điểm, xếp thứ 1; huyện Ea Kar 83,1 điểm, xếp thứ 2.", [S(85.2), R(1), S(83.1), R(2)]),
    (f"{INDEX}: {UNIT} đạt 85,2/100 điểm; huyện Ea Kar đạt 83,1/100 điểm.", [S(85.2, 100.0), S(83.1, 100.0)]),
    (f"Trong 18 huyện, thị xã, thành phố, về {INDEX}, {UNIT} xếp thứ 3, huyện Ea Kar thứ 5.", [R(3, 18), R(5, 18)]),
    (f"{INDEX} của {UNIT} đạt 85,2 điểm, huyện Ea Kar đạt 83,1 điểm, huyện Cư Kuin đạt 80,4 điểm.",
     [S(85.2), S(83.1), S(80.4)]),
    (f"Kết quả Chỉ số DDCI năm 2023, Sở Tư pháp xếp thứ nhất, Sở Nội vụ xếp thứ nhì, Sở Y tế xếp thứ ba.",
     [R(1), R(2), R(3)]),
    # components
    (f"{INDEX} của {UNIT}, chỉ số thành phần Cải cách thủ tục hành chính đạt 12,5/13 điểm.", [S(12.5, 13.0)]),
    (f"{INDEX} của {UNIT}, chỉ số thành phần Hiện đại hóa nền hành chính đạt 8,25 điểm.", [S(8.25)]),
    (f"Về các chỉ số thành phần của {INDEX}, chỉ số Công tác chỉ đạo điều hành đạt 9,75/10 điểm, chỉ số Xây "
     "dựng chính quyền số đạt 7,5/9 điểm.", [S(9.75, 10.0), S(7.5, 9.0)]),
    # 0–1 scales, averages, ranks stated around the unit
    ("ICT Index năm 2023 của tỉnh Đắk Lắk đạt 0,5817, xếp thứ 20/63.", [S(0.5817), R(20, 63)]),
    ("Chỉ số DTI năm 2023 của tỉnh Đắk Lắk đạt 0,4512 điểm, xếp thứ 30/63.", [S(0.4512), R(30, 63)]),
    (f"Với 85,12 điểm, {UNIT} xếp thứ 3/18 huyện, thị xã, thành phố về {INDEX}.", [S(85.12), R(3, 18)]),
    (f"Xếp thứ 3/18 về {INDEX} là {UNIT} với 85,12 điểm.", [R(3, 18), S(85.12)]),
    (f"Dẫn đầu {INDEX} là {UNIT} với 85,12 điểm.", [R(1), S(85.12)]),
    (f"Đứng đầu về {INDEX} là thị xã Buôn Hồ (90,5 điểm).", [R(1), S(90.5)]),
    (f"Về {INDEX}, xếp cuối bảng là xã Ea Tóh với 70,5 điểm.", [S(70.5)]),
    (f"Về {INDEX}, xã Ea Tóh xếp cuối trong tổng số 15 xã, thị trấn với 70,5 điểm.", [R(15, 15), S(70.5)]),
    (f"Về {INDEX}, {UNIT} xếp thứ 4 trong 9 huyện.", [R(4, 9)]),
    (f"{INDEX} của tỉnh Đắk Lắk xếp vị trí 18/63 tỉnh, thành phố.", [R(18, 63)]),
    (f"{INDEX} của tỉnh Đắk Lắk xếp hạng 18 trên 63 tỉnh, thành phố trực thuộc Trung ương.", [R(18, 63)]),
    (f"{INDEX} của tỉnh Đắk Lắk nằm trong tốp đầu cả nước.", []),
    (f"{INDEX} của tỉnh Đắk Lắk thuộc top 10 cả nước.", []),
    ("Chỉ số SIPAS năm 2023 của tỉnh Đắk Lắk với tỷ lệ hài lòng đạt 84,5%.", [S(84.5, unit="%")]),
    ("Chỉ số PAPI năm 2023 của tỉnh Đắk Lắk đạt 42,35/80 điểm, thuộc nhóm trung bình cao.", [S(42.35, 80.0)]),
    ("Chỉ số PCI năm 2023 của tỉnh Đắk Lắk đạt 65,21 điểm, xếp vị trí thứ 39/63, tăng 9 bậc so với năm 2022.",
     [S(65.21), R(39, 63, 9)]),
    # separators, colons, lists by line, the same result in points and in %
    (f"{INDEX} của {UNIT} đạt 80,28điểm.", [S(80.28)]),
    (f"{INDEX} của {UNIT} đạt: 80,28 điểm.", [S(80.28)]),
    (f"{INDEX} của {UNIT}: 80,28 điểm.", [S(80.28)]),
    (f"{INDEX} của {UNIT}, tổng điểm: 80,28.", [S(80.28)]),
    (f"{INDEX} của {UNIT} đạt 80,28/100 điểm (tỷ lệ 80,28%).", [S(80.28, 100.0), S(80.28, unit="%")]),
    (f"{INDEX} của {UNIT} đạt 48,17/60 điểm (đạt tỷ lệ 80,28%).", [S(48.17, 60.0), S(80.28, unit="%")]),
    (f"{INDEX} của {UNIT} đạt 48,17/60 điểm, đạt tỷ lệ 80,28%.", [S(48.17, 60.0), S(80.28, unit="%")]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm, đứng thứ 3/18 huyện, thị, thành phố.", [S(80.28), R(3, 18)]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm, thứ 3/18.", [S(80.28), R(3, 18)]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm (hạng 3).", [S(80.28), R(3)]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm - xếp thứ 3/18.", [S(80.28), R(3, 18)]),
    (f"{INDEX} của {UNIT} tăng 3 bậc so với năm 2022.", []),
    (f"{INDEX}: đứng đầu là {UNIT} với 90,1 điểm; đứng thứ hai là huyện Ea Kar với 85,1 điểm; thứ ba là huyện "
     "Cư Kuin (83,2 điểm).", [R(1), S(90.1), R(2), S(85.1), R(3), S(83.2)]),
    (f"{INDEX}\n- {UNIT}: 90,1 điểm, xếp thứ 1/18.\n- Huyện Ea Kar: 85,1 điểm, xếp thứ 2/18.",
     [S(90.1), R(1, 18), S(85.1), R(2, 18)]),
    (f"{INDEX}\n+ {UNIT} đạt 90,1 điểm\n+ Huyện Ea Kar đạt 85,1 điểm", [S(90.1), S(85.1)]),
    (f"Chỉ số “Cải cách hành chính” năm 2023 của {UNIT} đạt 80,28 điểm.", [S(80.28, index="PAR")]),
    (f"Chỉ số SIPAS năm 2023 của {UNIT} có tỷ lệ người dân hài lòng là 85,12%.", [S(85.12, unit="%")]),
    (f"Chỉ số SIPAS năm 2023 của {UNIT} có 85,12% người dân hài lòng.", [S(85.12, unit="%")]),
    (f"Về {INDEX}, điểm cao nhất là Sở Nội vụ với 92,47 điểm, thấp nhất là Sở Y tế với 80,55 điểm.",
     [S(92.47), S(80.55)]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm, tăng 3,12 điểm và tăng 2 bậc so với năm 2022, xếp thứ 5/18.",
     [S(80.28), R(5, 18, 2)]),
    (f"{INDEX} của {UNIT} được xếp loại Tốt với 80,28 điểm.", [S(80.28)]),
    (f"{INDEX} của {UNIT} xếp thứ 5/18; năm 2022 xếp thứ 9/18.", [R(5, 18), R(9, 18)]),
    (f"{INDEX} của {UNIT} đạt 80,28 điểm; năm 2022 đạt 78,1 điểm.", [S(80.28), S(78.1)]),
    (f"{UNIT} đứng thứ 5/18 về {INDEX}, là năm thứ 3 liên tiếp nằm trong tốp 5.", [R(5, 18)]),
    (f"{UNIT} đứng thứ 5/18 về {INDEX}, lần thứ 2 liên tiếp giữ vị trí này.", [R(5, 18)]),
    (f"Theo {INDEX}, {UNIT} có 7/8 lĩnh vực đạt trên 80% số điểm.", []),
    ("Chỉ số PAPI năm 2023 của tỉnh Đắk Lắk đạt 42,35 điểm (thang điểm 80).", [S(42.35, 80.0)]),
    ("Chỉ số PAPI năm 2023 của tỉnh Đắk Lắk đạt 42,35 điểm trên tổng 80 điểm.", [S(42.35, 80.0)]),
]

# the scorer as subject, the earlier year's figure in brackets with the year first, moves in words
SCORERS = ["được Hội đồng thẩm định chấm", "được Hội đồng thẩm định tỉnh chấm", "được Hội đồng thẩm định chấm đạt",
           "được Tổ thẩm định chấm", "tự chấm", "được chấm", "được đánh giá", "sau thẩm định đạt"]
YEAR_JOINS = [" đạt ", ": ", " là ", " - ", " – ", ", đạt "]
WORD_MOVES = [("tăng hai bậc", 2), ("giảm một bậc", -1), ("tụt ba bậc", -3), ("tăng năm bậc", 5), ("vươn lên bốn bậc", 4)]


def _slot_rows():
    rows = [(f"{INDEX}, {UNIT} {v} {n}.", [S(val, mx, un)]) for v, (n, val, mx, un) in rotate(SCORERS, NUMBERS, 2)]
    rows.append((f"{INDEX}, Hội đồng thẩm định chấm cho {UNIT} 85,12 điểm.", [S(85.12)]))
    rows.append((f"{INDEX}, {UNIT} tự chấm 88 điểm, Hội đồng thẩm định chấm 85,12 điểm.", [S(88.0), S(85.12)]))
    for j in YEAR_JOINS:
        rows.append((f"{INDEX} của {UNIT} đạt 85,12 điểm (năm 2022{j}80,1 điểm).", [S(85.12), S(80.1)]))
        rows.append((f"{INDEX} của {UNIT} đạt 85,12% (năm 2022{j}80,1%).", [S(85.12, unit="%"), S(80.1, unit="%")]))
    rows += [(f"{INDEX} của {UNIT} xếp thứ 5/18, {w}.", [R(5, 18, n)]) for w, n in WORD_MOVES]
    rows += [(f"{INDEX} của {UNIT} {w}, xếp thứ 5/18.", [R(5, 18, n)]) for w, n in WORD_MOVES]
    rows += [(f"{INDEX} của {UNIT} đạt 85,12% {w}.", [S(85.12, unit="%")]) for w in ("số điểm", "tổng số điểm", "tổng điểm")]
    for j in (": ", " - ", " – ", " là "):  # the earlier year's figure bare: its unit is the score's before it
        rows.append((f"{INDEX} của {UNIT} đạt 85,12 điểm (năm 2022{j}80,1).", [S(85.12), S(80.1)]))
        rows.append((f"{INDEX} của {UNIT} đạt 85,12% (năm 2022{j}80,1).", [S(85.12, unit="%"), S(80.1, unit="%")]))
    rows += [(f"{INDEX} của {UNIT} xếp thứ 5/18 (năm 2022{j}9/18).", [R(5, 18), R(9, 18)]) for j in (": ", " - ", ", ")]
    rows += [(f"{INDEX}, {UNIT} {noun} {n}.", [S(val, mx)]) for noun, (n, val, mx) in rotate(SCORE_NOUNS, BARE, 2)]
    rows += FLAT_TABLES + WORD_AND_TOTAL_RANKS + LABELS_AND_HEADINGS + MORE_FORMS
    rows += [(f"{INDEX} của {UNIT} {w}.", [] if r is None else [R(r, o)]) for w, r, o in RANK_PHRASES]
    return rows + SERIES


# series and lists: "lần lượt", a total once before or after them, a second position after "và"; last
# place's total is its own ("C xếp cuối trong tổng số 20": 20 of 20), not the list's
SERIES = [
    (f"{INDEX}, Sở Tư pháp đứng thứ nhất; Sở Nội vụ đứng thứ hai; Sở Y tế xếp cuối trong tổng số 20 sở, ban, ngành.",
     [R(1), R(2), R(20, 20)]),
 (f"{INDEX}, trong 18 huyện, {UNIT} và huyện Ea Kar lần lượt xếp thứ 3 và 5.", [R(3, 18), R(5, 18)]),
 (f"{INDEX}, {UNIT} xếp thứ 3, huyện Ea Kar xếp thứ 5 trên tổng số 18 huyện, thị xã, thành phố.", [R(3, 18), R(5, 18)]),
 (f"{INDEX} của {UNIT}, huyện Ea Kar và huyện Cư Kuin lần lượt đạt 85,2; 83,1 và 80,4 điểm.", [S(85.2), S(83.1), S(80.4)]),
 (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt là 85,2 điểm, 83,1 điểm.", [S(85.2), S(83.1)]),
 (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đạt 85,2/100 và 83,1/100 điểm.", [S(85.2, 100.0), S(83.1, 100.0)]),
 (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt đứng thứ nhất và thứ hai.", [R(1), R(2)]),
 (f"{INDEX} của {UNIT} và huyện Ea Kar lần lượt xếp thứ 3/18, 5/18.", [R(3, 18), R(5, 18)]),
 (f"{INDEX}: {UNIT} (85,2 điểm, hạng 3), huyện Ea Kar (83,1 điểm, hạng 5).", [S(85.2), R(3), S(83.1), R(5)]),
 (f"{INDEX}: {UNIT} 85,2 điểm (hạng 3/18); huyện Ea Kar 83,1 điểm (hạng 5/18).", [S(85.2), R(3, 18), S(83.1), R(5, 18)]),
 (f"{INDEX}: xếp thứ nhất là {UNIT} (85,2 điểm), thứ hai là huyện Ea Kar (83,1 điểm).", [R(1), S(85.2), R(2), S(83.1)]),
 (f"{INDEX}, 3 đơn vị dẫn đầu là {UNIT}, huyện Ea Kar, huyện Cư Kuin.", []),
 (f"{INDEX}, các đơn vị xếp cuối gồm huyện Ea Kar, huyện Cư Kuin.", []),
 (f"{INDEX} của {UNIT} xếp thứ 3/18 huyện, thị xã, thành phố và thứ 5/18 về Chỉ số SIPAS.", [R(3, 18), R(5, 18)]),
]


# the verbs a position takes, in words or numbers, with its total in the phrase or none
RANK_PHRASES = [("giành vị trí thứ nhất", 1, None), ("đạt vị trí thứ 3", 3, None), ("chiếm vị trí dẫn đầu", 1, None),
    ("vươn lên dẫn đầu", 1, None), ("vươn lên vị trí thứ nhất", 1, None), ("leo lên vị trí thứ 3", 3, None),
    ("rơi xuống vị trí thứ 10", 10, None), ("xuống hạng 10", 10, None), ("lọt vào tốp 10", None, None),
    ("xếp ở vị trí cuối cùng trong 18 huyện", 18, 18), ("đứng cuối bảng trong tổng số 18 huyện", 18, 18),
    ("xếp vị trí thứ 03/18", 3, 18), ("hạng 3/18", 3, 18), ("đứng thứ 03 trong tổng số 18 huyện, thị xã", 3, 18),
    ("xếp thứ 3 trên tổng số 18 huyện, thị xã, thành phố", 3, 18), ("xếp thứ 3 của tỉnh", 3, None),
    ("giữ vị trí quán quân", 1, None), ("giữ ngôi đầu", 1, None), ("tiếp tục dẫn đầu toàn tỉnh", 1, None),
    ("xếp thứ 3/18 đơn vị cấp huyện", 3, 18), ("đứng vị trí thứ 3 trong 18 địa phương", 3, 18),
    ("nằm ở vị trí thứ 3", 3, None), ("xếp hạng thứ 3/18", 3, 18), ("có thứ hạng 3/18", 3, 18),
    ("đạt thứ hạng 3", 3, None), ("xếp ở vị thứ 3", 3, None), ("xếp vị thứ 3 trong 18 đơn vị", 3, 18),
    ("xếp thứ 3 trong khối 18 huyện", 3, 18), ("giữ vững vị trí thứ 3", 3, None), ("xếp thứ 3 trong toàn tỉnh", 3, None),
    ("đứng thứ 3 trong tốp đầu", 3, None), ("được xếp hạng 3/18", 3, 18), ("xếp hạng ba", 3, None),
    ("xếp thứ 3 trên 18 đơn vị được đánh giá", 3, 18), ("vị trí 3/18", 3, 18)]


# rank and score around each other, a unit's components, averages, bands, runs of years
MORE_FORMS = [
 (f"{INDEX} của {UNIT} đứng thứ 3/18, sau huyện Ea Kar và thị xã Buôn Hồ.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} xếp thứ 3 trong khối huyện, thứ 25 toàn tỉnh.", [R(3), R(25)]),
 (f"{INDEX} của {UNIT} xếp hạng 3/18, thuộc nhóm Tốt.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} xếp thứ 3, tăng 5 bậc so với năm 2022 (từ vị trí 8 lên vị trí 3).", [R(3, None, 5), R(8)]),
 (f"{INDEX} của {UNIT} giữ nguyên vị trí thứ 3 như năm 2022.", [R(3)]),
 (f"{INDEX} của {UNIT} xếp thứ 3, giữ nguyên thứ hạng so với năm 2022.", [R(3)]),
 (f"{INDEX} của {UNIT} đứng ở vị trí thứ 3/18.", [R(3, 18)]),
 (f"{INDEX}, tốp 3 gồm: xã Ea Tóh (92,1 điểm), xã Ea Hồ (91 điểm), xã Ea Kly (90,5 điểm).", [S(92.1), S(91.0), S(90.5)]),
 (f"{INDEX} của {UNIT} đạt 85,12/100 điểm, tăng 3,5 điểm so với năm 2022 và cao hơn 2,1 điểm so với bình quân chung của tỉnh.", [S(85.12, 100.0)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, cao hơn mức trung bình của tỉnh (80,1 điểm).", [S(85.12), S(80.1)]),
 (f"{INDEX}, điểm trung bình của 12 xã là 84,62 điểm.", [S(84.62)]),
 (f"{INDEX}, có 3 xã đạt từ 80 đến 85 điểm, 11 xã đạt trên 90 điểm.", []),
 (f"{INDEX}, xã có điểm thấp nhất là xã Ea Hồ với 70,1 điểm.", [S(70.1)]),
 (f"{INDEX}, chênh lệch giữa xã cao nhất và thấp nhất là 22,5 điểm.", []),
 (f"{INDEX} của {UNIT} xếp thứ 3/18, là năm thứ 3 liên tiếp đứng trong tốp 5.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} được công bố tại Quyết định số 3/QĐ-UBND, xếp thứ 3/18.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} xếp loại Tốt, đạt 85,12 điểm, xếp thứ 3/18 huyện.", [S(85.12), R(3, 18)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm; trong đó, điểm thẩm định đạt 60,5/67 điểm, điểm điều tra xã hội học đạt 24,62/33 điểm.", [S(85.12), S(60.5, 67.0), S(24.62, 33.0)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, tăng 3,5 điểm; xếp thứ 3/18, tăng 2 bậc.", [S(85.12, change=3.5), R(3, 18, 2)]),
 (f"{UNIT} đạt 85,12 điểm {INDEX}, xếp thứ 3/18.", [S(85.12), R(3, 18)]),
 (f"{UNIT} xếp thứ 3/18 về {INDEX} với 85,12 điểm.", [R(3, 18), S(85.12)]),
 (f"Với 85,12/100 điểm, {UNIT} đứng thứ 3/18 về {INDEX}.", [S(85.12, 100.0), R(3, 18)]),
 (f"{INDEX}: {UNIT} đạt 85,12 điểm (xếp thứ 3/18); huyện Ea Kar đạt 83,1 điểm (xếp thứ 5/18).", [S(85.12), R(3, 18), S(83.1), R(5, 18)]),
 (f"{INDEX} của {UNIT} đạt 85,12 điểm, xếp thứ 3/18 huyện, thị xã, thành phố; năm 2022 đạt 80,1 điểm, xếp thứ 5/18.", [S(85.12), R(3, 18), S(80.1), R(5, 18)]),
 (f"{INDEX} của {UNIT} năm 2023 là 85,12 điểm.", [S(85.12)]),
 (f"Năm 2023, {INDEX} của {UNIT} đạt 0,8512.", [S(0.8512)]),
 (f"{INDEX} của {UNIT} xếp thứ 3/18, cao nhất từ trước đến nay.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} xếp thứ ba trong tổng số 18 đơn vị cấp huyện.", [R(3, 18)]),
 (f"{INDEX} của {UNIT} xếp thứ 3 toàn tỉnh, tăng 5 bậc so với năm trước.", [R(3, None, 5)]),
 (f"{INDEX} của {UNIT} tăng 5 bậc, từ vị trí thứ 8 lên vị trí thứ 3 trong 18 huyện.", [R(8, 18), R(3, 18, 5)]),
 (f"{INDEX} của {UNIT} xếp thứ 3/18; Chỉ số SIPAS đạt 88,5%, xếp thứ 2/18.", [R(3, 18), S(88.5, unit="%"), R(2, 18)]),
]


# ranks as a table's labels, the total of an assessment's units, headings that are no target
LABELS_AND_HEADINGS = [
    (f"Kết quả xếp hạng {INDEX}: hạng 1: xã Ea Tóh, 91,25 điểm; hạng 2: thị trấn Phước An, 90,1 điểm; hạng 3: "
     "xã Ea Hồ, 89,76 điểm.", [R(1), S(91.25), R(2), S(90.1), R(3), S(89.76)]),
    (f"{INDEX}: Hạng nhất - Sở Tư pháp (92,3 điểm); Hạng nhì - Sở Nội vụ (90,1 điểm).", [R(1), S(92.3), R(2), S(90.1)]),
    (f"{INDEX}: Thứ 1: xã Ea Tóh với 91,25 điểm; Thứ 2: xã Ea Hồ với 90,1 điểm.", [R(1), S(91.25), R(2), S(90.1)]),
    (f"{INDEX}: vị trí 1 - phường Tân Lợi, 91,25%.", [R(1), S(91.25, unit="%")]),
    (f"Kết quả đánh giá {INDEX} của 14 xã, thị trấn cho thấy xã Ea Tóh đứng đầu với 92,14 điểm, thị trấn Phước An "
     "xếp thứ nhì với 90,3 điểm.", [R(1, 14), S(92.14), R(2, 14), S(90.3)]),
    (f"Kết quả {INDEX} của 20 sở, ban, ngành: Sở Tư pháp xếp thứ nhất, Sở Nội vụ xếp thứ hai.", [R(1, 20), R(2, 20)]),
    (f"Xếp hạng {INDEX} giữa 12 xã, thị trấn, xã Ea Tóh xếp thứ 3, xã Ea Hồ thứ 5.", [R(3, 12), R(5, 12)]),
    (f"Nhiều chỉ tiêu về cải cách hành chính có bước tiến: {INDEX} của {UNIT} đạt 89,14%.", [S(89.14, unit="%")]),
    (f"Các chỉ tiêu đều đạt và vượt kế hoạch: {INDEX} của {UNIT} đạt 89,14 điểm, xếp thứ 3/18.", [S(89.14), R(3, 18)]),
    (f"Các chỉ tiêu chủ yếu năm 2024: {INDEX} của {UNIT} đạt 90 điểm, xếp thứ 3/18.", []),
    (f"{INDEX} của {UNIT} tăng 3 bậc, đạt 85,12 điểm.", [S(85.12)]),
]


# a score noun with its step or scorer, or "điểm" after the verb; the value bare
SCORE_NOUNS = ["đạt điểm", "được chấm điểm", "có điểm đánh giá", "có số điểm thẩm định là", "có điểm thẩm định đạt",
               "có điểm tự đánh giá là", "đạt điểm số", "có tổng điểm chính thức là", "có số điểm sau thẩm định là"]
BARE = [("85,12", 85.12, None), ("85,12/100", 85.12, 100.0), ("42,35/80", 42.35, 80.0), ("91.651", 91.651, None)]
FLAT_TABLES = [
    (f"{INDEX}: 1. Sở Tư pháp 92,3 điểm 2. Sở Nội vụ 90,1 điểm 3. Sở Y tế 88,4 điểm.", [S(92.3), S(90.1), S(88.4)]),
    (f"{INDEX}: 1. Sở Tư pháp: 92,3 điểm; 2. Sở Nội vụ: 90,1 điểm.", [S(92.3), S(90.1)]),
    (f"{INDEX} các huyện: Krông Năng 85,2 điểm, Ea Kar 83,1 điểm, Cư Kuin 80,4 điểm.", [S(85.2), S(83.1), S(80.4)]),
    (f"{INDEX}: Sở Tư pháp (92,3 điểm), Sở Nội vụ (90,1 điểm), Sở Y tế (88,4 điểm).", [S(92.3), S(90.1), S(88.4)]),
    (f"{INDEX}: Sở Tư pháp 92,3 điểm - xếp thứ 1; Sở Nội vụ 90,1 điểm - xếp thứ 2.", [S(92.3), R(1), S(90.1), R(2)]),
    (f"{INDEX}\nSở Tư pháp: 92,3 điểm\nSở Nội vụ: 90,1 điểm\nSở Y tế: 88,4 điểm", [S(92.3), S(90.1), S(88.4)]),
    (f"{INDEX}\n1. Sở Tư pháp 92,3 điểm\n2. Sở Nội vụ 90,1 điểm", [S(92.3), S(90.1)]),
    (f"{INDEX}: Xã Ea Tóh 92,3%; xã Ea Hồ 90,1%.", [S(92.3, unit="%"), S(90.1, unit="%")]),
    (f"{INDEX}: thứ nhất là xã Ea Tóh (92,3 điểm), thứ hai là xã Ea Hồ (90,1 điểm).", [R(1), S(92.3), R(2), S(90.1)]),
    (f"{INDEX}: xã Ea Tóh 92,3 điểm, hạng 1; xã Ea Hồ 90,1 điểm, hạng 2.", [S(92.3), R(1), S(90.1), R(2)]),
    (f"{INDEX}: thứ ba là Sở Y tế với 88,4 điểm.", [R(3), S(88.4)]),
]
# ranks in words, the total in its other forms, the total given once before or after a list
WORD_AND_TOTAL_RANKS = [
    (f"{INDEX}, {UNIT} xếp thứ {w}.", [R(n)]) for w, n in (("tư", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("mười", 10))
] + [
    (f"{INDEX}, {UNIT} xếp thứ bảy trong 18 huyện.", [R(7, 18)]), (f"{INDEX}, {UNIT} xếp hạng nhì.", [R(2)]),
    (f"{INDEX}, {UNIT} giữ vững vị trí dẫn đầu.", [R(1)]), (f"{INDEX}, {UNIT} tiếp tục đứng đầu.", [R(1)]),
    (f"{INDEX}, {UNIT} đứng đầu trong 18 huyện, thị xã, thành phố.", [R(1, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ 3 trong tổng 18 huyện.", [R(3, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ 3 trong tổng số 18 đơn vị cấp huyện.", [R(3, 18)]),
    (f"{INDEX}, {UNIT} xếp vị trí số 3/18.", [R(3, 18)]), (f"{INDEX}, {UNIT} xếp thứ 3 / 18.", [R(3, 18)]),
    (f"{INDEX}, {UNIT} đứng thứ 3, chỉ sau huyện Ea Kar và thị xã Buôn Hồ.", [R(3)]),
    (f"{INDEX}, trong 18 huyện, {UNIT} xếp thứ 3, huyện Ea Kar xếp thứ 5, huyện Cư Kuin xếp thứ 7.",
     [R(3, 18), R(5, 18), R(7, 18)]),
    (f"{INDEX}, trong tổng số 18 huyện, thị xã, thành phố, {UNIT} xếp thứ 3, huyện Ea Kar thứ 5.", [R(3, 18), R(5, 18)]),
    (f"{INDEX}, {UNIT} xếp thứ ba, huyện Ea Kar xếp thứ tư trong 18 huyện.", [R(3, 18), R(4, 18)]),
    (f"{INDEX}, {UNIT} và huyện Ea Kar lần lượt xếp thứ 3 và 5 trong 18 huyện.", [R(3, 18), R(5, 18)]),
]


# The index named only in the title, the results far below it
TITLES = ["Công bố Chỉ số cải cách hành chính năm 2023", "Công bố kết quả xếp hạng Chỉ số PAR INDEX năm 2023",
          "Công bố kết quả đánh giá, xếp hạng công tác cải cách hành chính năm 2023",
          "Xếp hạng cải cách hành chính các sở, ngành, địa phương năm 2023",
          "Công bố Bộ chỉ số chỉ đạo điều hành năm 2023", "Công bố chỉ số DDCI năm 2023"]
BODIES = [
    ("Theo đó, xã Ea Tóh đạt 90,12 điểm, xếp thứ nhất; xã Ea Hồ đạt 88,4 điểm, xếp thứ 2.", [S(90.12), R(1), S(88.4), R(2)]),
    ("Kết quả, xã Ea Tóh dẫn đầu với 90,12 điểm; xếp cuối là xã Ea Hồ với 70,4 điểm.", [R(1), S(90.12), S(70.4)]),
    ("Năm 2023, Sở Tư pháp xếp thứ 1/20 sở, ngành với 92,5 điểm.", [R(1, 20), S(92.5)]),
    ("Cụ thể, khối sở: Sở Nội vụ 91,2 điểm, Sở Tài chính 89,7 điểm.", [S(91.2), S(89.7)]),
    ("Trong 15 xã, thị trấn, xã Ea Tóh xếp thứ 3, xã Ea Hồ xếp thứ 7.", [R(3, 15), R(7, 15)]),
    ("Huyện Krông Năng đạt 88,45%, xếp thứ 4/15 huyện, thị xã, thành phố.", [S(88.45, unit="%"), R(4, 15)]),
]
METHOD = ("Việc đánh giá được tiến hành qua hai bước: các đơn vị tự chấm trên phần mềm, sau đó Hội đồng "
          "thẩm định rà soát từng tài liệu kiểm chứng và kết quả kiểm tra thực tế tại cơ sở. Phiếu điều tra xã "
          "hội học được gửi tới cán bộ, công chức và người dân đến giao dịch tại bộ phận một cửa, bảo đảm khách "
          "quan, công khai và minh bạch trước khi trình Chủ tịch UBND huyện ký quyết định công bố.")


def _far_rows():
    lead = "Sáng 12/02, UBND huyện Krông Năng tổ chức hội nghị công bố kết quả năm 2023.\n"
    return [(t + "\n" + lead + METHOD + "\n" + METHOD + "\n" + body, expected)
            for (body, expected), t in rotate(BODIES, TITLES, 3)]



# ---------------------------------------------------------------- what is no index result
LEADS = [(f"{INDEX} của {UNIT} đạt 85,12 điểm, xếp thứ 3/18.", [S(85.12), R(3, 18)]),
         ("Chỉ số SIPAS năm 2023 của tỉnh Đắk Lắk đạt 84,5%, xếp thứ 15/63.", [S(84.5, unit="%"), R(15, 63)])]
NEAR_MISSES = [
    "Tốc độ tăng trưởng kinh tế đạt 7,5%.",
    "Tỷ lệ giải ngân vốn đầu tư công đạt 85,2%.", "Thu ngân sách trên địa bàn đạt 105,3% dự toán.",
    "Huyện phấn đấu năm 2024 Chỉ số CCHC đạt 90% trở lên.", "Mục tiêu đến năm 2025, Chỉ số SIPAS đạt trên 90%.",
    "Phấn đấu đạt 90 điểm trở lên.", "Tỷ lệ hộ nghèo giảm còn 2,15%.", "Có 95,2% người dân tham gia bảo hiểm y tế.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%.", "100% cán bộ, công chức được tập huấn.",
    "Huyện có 12/15 xã đạt chuẩn nông thôn mới, đạt 80%.", "Chi cho chuyển đổi số chiếm 1,5% tổng chi ngân sách.",
    "Cao hơn mức trung bình 1,2 điểm.", "Theo Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh.",
    "Thu nhập bình quân đầu người đạt 52,5 triệu đồng.",
    "Tỷ lệ hồ sơ trực tuyến đạt 65,4%, tăng 10,2% so với năm 2022.", "05 xã đạt từ 80-90 điểm.",
    "Có 18/19 tiêu chí đạt chuẩn.",
    "Người đứng đầu cấp ủy chịu trách nhiệm trước Ban Thường vụ.", "Huyện đã tổ chức 25 hội nghị, đạt 100% kế hoạch.",
    "Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%.",
    "Các xã trong tốp đầu gồm Ea Tóh, Ea Hồ.", "Kế hoạch năm 2024 đề ra chỉ tiêu 95% hồ sơ trực tuyến.",
    "Điểm trung bình của các xã thấp hơn 2,5 điểm so với năm trước.",
    "Tỷ lệ hộ nghèo giảm 2,5%, còn 3,1%.", "Năm 2024, phấn đấu Chỉ số CCHC của huyện đạt 90 điểm, xếp thứ 2/18.",
    "Ngân sách dành cho cải cách hành chính chiếm 2,5% tổng chi.", "Có 85,5% hộ gia đình có điện thoại thông minh.",
    "Giá trị sản xuất tăng 8,5% so với năm 2022.", "Mục tiêu đến năm 2025 xếp thứ 3/18.",
    "Tổ chức 12 hội nghị với 450 lượt người tham dự, đạt 112% kế hoạch.", "Dự toán năm 2024 giao 85,2 tỷ đồng.",
    "Tiêu chí bị trừ điểm nhiều nhất là tỷ lệ thanh toán trực tuyến, mới đạt 38%.",
    "Còn thấp là tỷ lệ hồ sơ trực tuyến toàn trình, chỉ đạt 45,2%.", "Về giải ngân vốn đầu tư công, đạt 62,5%.",
    "Điểm tối đa của lĩnh vực chuyển đổi số được nâng từ 8 lên 12 điểm.",
    "Số điểm tối đa cho tiêu chí này là 6 điểm.", "Mức điểm tối đa của mỗi nội dung là 2,5 điểm.",
    "Một điểm cải cách hành chính đáng chú ý là tỷ lệ hồ sơ trực tuyến đạt 65,4%.",
    "Chấm điểm công tác CCHC năm 2024 sẽ áp dụng bộ tiêu chí mới với thang điểm 100.",
    # orders' classes, prizes and contests, sports groups, counted times
    "Dịp này, Sở Y tế được tặng Huân chương Lao động hạng Ba.", "Huân chương Lao động hạng Nhất: Sở Y tế tỉnh.",
    "Đội tuyển xã Ea Tóh đạt giải Nhất hội thi.", "Xã Ea Tóh đạt giải Ba: 12,5 điểm.",
    "Giải Nhì thuộc về xã Ea Hồ với 88 điểm.", "Tại Hội thi tuyên truyền CCHC, đội xã Ea Hồ đạt 95,5 điểm.",
    "Bệnh viện đa khoa huyện là bệnh viện hạng II.", "Thứ nhất là, Sở Nội vụ tham mưu.",
    "Thứ hai: Sở Nội vụ chủ trì tổng hợp.", "Đoàn đứng thứ 2 từ trái sang là Sở Y tế.",
    "Kỳ họp thứ 12, HĐND huyện khóa XII.", "Xã Ea Tóh thắng 3-1, đứng đầu bảng A.",
]


# a statistic in the score slots: "<statistic> của <unit> <verb> <number>, <rank>" beside an index sentence
STATISTICS = ["Tốc độ tăng trưởng kinh tế", "Tỷ lệ giải ngân vốn đầu tư công", "Thu ngân sách", "Tỷ lệ hộ nghèo",
              "Tỷ lệ hộ gia đình văn hóa", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ bao phủ bảo hiểm y tế",
              "Tỷ lệ trẻ em đến trường", "Chi thường xuyên", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình",
              "Giá trị sản xuất nông nghiệp", "Tỷ lệ đô thị hóa", "Tỷ lệ lao động qua đào tạo", "Độ che phủ rừng",
              "Tỷ lệ dân số dùng nước sạch", "Tỷ lệ thu gom rác thải", "Kế hoạch vốn năm 2023", "Tổng vốn đầu tư"]
SHARES = ["85,2%", "7,52%", "105,3% dự toán", "92%", "2,15%", "98,5% so với kế hoạch"]
# the statistic's rank is a ranking all the same (FACTS.md's "every rank position"; these rows
# expected no rank while ranks needed an index): its value is no score, its rank is one
STAT_RANKS = [("", []), (", xếp thứ 3 toàn tỉnh", [R(3)]), (", đứng thứ 2/18", [R(2, 18)]),
              (", dẫn đầu toàn tỉnh", [R(1)])]


def _statistic_rows():
    lead, expected = LEADS[0]
    rows = []
    for k, (st, v) in enumerate(rotate(STATISTICS, VERBS[:7], 3)):
        rank, ranked = STAT_RANKS[k % len(STAT_RANKS)]
        sentence = f"Năm 2023, {st} của {UNIT} {v} {SHARES[k % len(SHARES)]}{rank}."
        rows.append((lead + " " + sentence, expected + ranked) if k % 2 else (sentence + " " + lead, ranked + expected))
    return rows


def _negative_rows():
    rows = _statistic_rows()
    for k, miss in enumerate(NEAR_MISSES):
        lead, expected = LEADS[k % 2]
        rows += [(lead + " " + miss, expected), (miss + " " + lead, expected)]
    return rows


ROWS = _score_rows() + _rank_rows() + FORMS + _slot_rows() + _far_rows() + _negative_rows()


def check(got, expected):
    """The facts read are the expected ones, in order, kind by kind and field by field."""
    assert [f["kind"] for f in got] == [k for k, _ in expected], [(f["kind"], f["span"]["text"], f["rule"]) for f in got]
    for f, (_k, fields) in zip(got, expected):
        assert {k: f.get(k) for k in fields} == fields, (f["span"]["text"], f["rule"])


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"g{k:03d}" for k in range(len(ROWS))])
def test_grammar_row(text, expected):
    check(facts(text), expected)


def test_table_size_stays_sane():
    """Every slot value generated, the table a few hundred rows (the suite stays fast)."""
    assert 250 <= len(ROWS) <= 1000
    texts = "\n".join(t for t, _ in ROWS)
    for slot in (VERBS, UNITS, [i for i, _ in INDEXES], [n for n, *_ in NUMBERS], [w for w, _ in WORD_RANKS]):
        assert all(v in texts for v in slot)
