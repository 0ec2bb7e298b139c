"""Scores and rankings by grammar: WHERE the index is named, whole articles generated from slots (the
title, a short first line, the lead, the second paragraph, mid-article, the next sentence) with the
results paragraphs below it; each result carries the index named once. Units, names and numbers are
invented (tests/test_scores_grammar.py holds the sentence slots)."""
import pytest

from govfacts.corpus.readers import make_article
from tests.test_scores_grammar import METHOD, PIPE, R, S, rotate
# WHERE the index is named, in articles whose paragraphs are set apart by blank lines: the title only
# (two indexes in it too), a short first paragraph, the first sentence of the lead, the second
# paragraph; the results three paragraphs below, in points, in %, ranked, after a generic noun.
PLACINGS = [  # (title, paragraphs before the method text)
    ("Công bố Chỉ số CCHC năm 2023", ["Sáng 12/02, UBND huyện Krông Năng tổ chức hội nghị tổng kết công tác năm 2023 và "
                                      "triển khai nhiệm vụ năm 2024 với lãnh đạo các xã, thị trấn."]),
    ("Công bố Chỉ số CCHC và Chỉ số SIPAS năm 2023", ["Sáng 12/02, UBND huyện Krông Năng tổ chức hội nghị tổng kết "
                                                     "công tác năm 2023 với lãnh đạo các xã, thị trấn trên địa bàn."]),
    ("Tin tức - sự kiện", ["Sáng 12/02, UBND huyện công bố Chỉ số CCHC năm 2023 của các xã.",
                           "Hội nghị có sự tham dự của lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện và lãnh đạo "
                           "12 xã, thị trấn trên địa bàn huyện Krông Năng."]),
    ("Huyện Krông Năng tổng kết năm 2023", ["Sáng 12/02, UBND huyện Krông Năng tổ chức hội nghị công bố Chỉ số cải "
                                            "cách hành chính năm 2023 của 12 xã, thị trấn và trao giấy khen cho các "
                                            "đơn vị."]),
    ("Huyện Krông Năng tổng kết năm 2023", ["Sáng 12/02, UBND huyện Krông Năng tổ chức hội nghị tổng kết công tác năm "
                                            "2023 và triển khai nhiệm vụ năm 2024 với lãnh đạo các xã, thị trấn.",
                                            "Tại hội nghị, UBND huyện công bố Chỉ số CCHC năm 2023 của các xã, thị trấn."]),
]
RESULTS = [
    ("Kết quả, xã Ea Tóh đạt 85,12 điểm.", [S(85.12)]),
    ("Kết quả, xã Ea Tóh đạt 85,12%, xếp thứ nhất.", [S(85.12, unit="%"), R(1)]),
    ("Xã Ea Tóh đạt 85,12%, xếp thứ 1/12 xã, thị trấn.", [S(85.12, unit="%"), R(1, 12)]),
    ("Theo kết quả chấm điểm, xã Ea Tóh đạt 85,12%.", [S(85.12, unit="%")]),
    ("Theo kết quả đánh giá, xếp hạng, xã Ea Tóh xếp thứ 3/12.", [R(3, 12)]),
    ("Theo Bộ chỉ số, xã Ea Tóh đạt 85,12 điểm.", [S(85.12)]),
    ("Đứng đầu là xã Ea Tóh với 92,5 điểm; đứng cuối là xã Ea Hồ với 70,1 điểm.", [R(1), S(92.5), S(70.1)]),
    ("Xã Ea Tóh xếp thứ 3 với 85,12 điểm.", [R(3), S(85.12)]),
    ("Năm nay, xã Ea Tóh tăng 3 bậc, xếp thứ 3.", [R(3, None, 3)]),
    ("Xã Ea Tóh được Hội đồng thẩm định chấm 85,12 điểm.", [S(85.12)]),
]
METHOD2 = ("Hội đồng đánh giá gồm đại diện các phòng chuyên môn của huyện, làm việc theo quy chế do Chủ tịch UBND "
           "huyện ban hành, xem xét hồ sơ, tài liệu kiểm chứng và báo cáo của từng đơn vị trước khi thống nhất.")


ECONOMY = ("Năm 2023, tốc độ tăng trưởng kinh tế của huyện đạt 7,5%, thu ngân sách đạt 112% dự toán; toàn huyện có "
           "thêm hai xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm còn 3,1%, xếp thứ 2 toàn tỉnh.")
# the index named mid-article, in the long paragraph right before the results, none in the opening
MIDDLE = ("Huyện Krông Năng tổng kết năm 2023",
          [PLACINGS[0][1][0], ECONOMY, ECONOMY, "Về cải cách hành chính, UBND huyện đã công bố Chỉ số CCHC năm 2023 "
           "của các xã, thị trấn. " + METHOD + " " + METHOD2])


# the index named mid-article (past the opening) in a short paragraph of its own, the results three paragraphs
# below it; and the economy's paragraph below it, whose shares stay statistics
MIDDLE_FAR = ("Huyện Krông Năng tổng kết năm 2023",
              [PLACINGS[0][1][0], ECONOMY, METHOD2, ECONOMY, "Về cải cách hành chính, UBND tỉnh đã công bố Chỉ số CCHC năm 2023 của các "
               "huyện.", METHOD, METHOD2, METHOD])


# far below an index, points that are no index's: an exam's, a contest's named after them
FAR_MISSES = ["Tại kỳ thi tốt nghiệp THPT năm 2023, điểm bình quân của huyện đạt 6,8 điểm.",
              "Kỳ thi vào lớp 10 năm nay, điểm trung bình của huyện là 7,15 điểm.",
              "Trường THCS Lê Lợi đạt 9,5 điểm tại cuộc thi văn nghệ chào mừng ngày Nhà giáo.",
              "Đội tuyên truyền của xã Ea Tóh đạt 95 điểm trong Hội thi tuyên truyền pháp luật cấp huyện.",
              "Tiết mục múa của thị trấn đạt 9,2 điểm ở Liên hoan văn nghệ quần chúng."]


def _where_rows():
    rows = [((title, "\n\n".join(paras + [METHOD, METHOD2, METHOD, body])), expected)
            for (body, expected), (title, paras) in rotate(RESULTS, PLACINGS, 3)]
    # the poverty rate's rank in each ECONOMY paragraph is a ranking too (FACTS.md's "every rank position"),
    # of no index: none is named before it
    economy = [R(2, index=None), R(2, index=None)]
    rows += [((MIDDLE[0], "\n\n".join(MIDDLE[1] + [body])), economy + expected) for body, expected in RESULTS]
    rows += [((MIDDLE_FAR[0], "\n\n".join(MIDDLE_FAR[1] + [body])), economy + expected) for body, expected in RESULTS]
    rows += [((MIDDLE_FAR[0], "\n\n".join(MIDDLE_FAR[1] + [miss])), economy) for miss in FAR_MISSES]
    return rows + [((MIDDLE_FAR[0], "\n\n".join(MIDDLE_FAR[1] + [ECONOMY])), economy + economy[:1])]


def article_facts(title, body):
    return [f for f in PIPE(make_article(title + "\n" + body, "<grammar>"))["facts"] if f["kind"] in ("score", "ranking")]


@pytest.mark.parametrize("article,expected", _where_rows(), ids=[f"w{k:02d}" for k in range(len(_where_rows()))])
def test_where_the_index_is_named(article, expected):
    got = article_facts(*article)
    assert [f["kind"] for f in got] == [k for k, _ in expected], [(f["kind"], f["span"]["text"], f["rule"]) for f in got]
    for f, (_k, fields) in zip(got, expected):
        assert {k: f.get(k) for k in fields} == fields, (f["span"]["text"], f["rule"])
    # the index named once carried to every result; under two, the one a generic noun follows
    assert all(f["index"] in ("PAR", "SIPAS" if "SIPAS" in article[0] else "PAR")
               for f, (_k, fields) in zip(got, expected) if fields.get("index", "") is not None)


# How a title names the index it reports, the results far below it: each gives the article its index.
HEAD_TITLES = [
    ("Công bố kết quả đánh giá công tác CCHC năm 2023", "PAR"), ("Kết quả chấm điểm CCHC năm 2023 các xã", "PAR"),
    ("Xếp hạng cải cách hành chính năm 2023", "PAR"), ("Kết quả thẩm định, xếp hạng CCHC năm 2023", "PAR"),
    ("Công bố chỉ số đánh giá CCHC năm 2023", "PAR"), ("PAR INDEX 2023: Huyện Krông Năng tăng 5 bậc", "PAR"),
    ("Công bố chỉ số PAR-INDEX năm 2023", "PAR"), ("Chỉ số CCHC cấp xã năm 2023: xã Ea Hồ dẫn đầu", "PAR"),
    ("Công bố kết quả đánh giá mức độ hài lòng năm 2023", "SIPAS"), ("Công bố chỉ số hài lòng năm 2023", "SIPAS"),
    ("Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp năm 2023", "766"),
    ("Công bố Bộ chỉ số 766 năm 2023", "766"), ("Chỉ số năng lực cạnh tranh cấp huyện DDCI 2023", "DDCI"),
    ("Công bố chỉ số chuyển đổi số cấp xã năm 2023", "DTI"),
]


@pytest.mark.parametrize("title,code", HEAD_TITLES)
def test_the_title_names_the_index(title, code):
    body = "\n\n".join(PLACINGS[0][1] + [METHOD, METHOD2, METHOD, "Kết quả, xã Ea Tóh đạt 85,12 điểm, xếp thứ 1/12."])
    got = [(f["kind"], f["index"]) for f in article_facts(title, body) if f["span"]["text"] != "dẫn đầu"]
    assert got == [("score", code), ("ranking", code)]



# the index named in the sentence after the results, looking back; the results under a title, in lines
LATER = [
    ("Huyện Krông Năng tổng kết năm 2023", "Năm 2023, huyện đạt 85,12 điểm, xếp thứ 3/18 huyện, thị xã, thành phố. Đây "
     "là kết quả Chỉ số CCHC năm 2023 do UBND tỉnh công bố.", [S(85.12), R(3, 18)]),
    ("Huyện Krông Năng tổng kết năm 2023", "Huyện đạt 85,12 điểm, xếp thứ 5/18. Kết quả này được công bố tại Chỉ số "
     "cải cách hành chính năm 2023 của tỉnh.", [S(85.12), R(5, 18)]),
    ("Huyện Krông Năng: Chỉ số CCHC năm 2023 tăng 5 bậc", "Theo quyết định công bố của UBND tỉnh, huyện đạt 85,12 "
     "điểm, xếp thứ 3/18, tăng 5 bậc so với năm 2022.", [S(85.12), R(3, 18, 5)]),
    ("Huyện Krông Năng: Chỉ số CCHC năm 2023 tăng 5 bậc", "Với kết quả này, huyện đứng thứ 3/18 và là một trong 5 "
     "địa phương dẫn đầu tỉnh.", [R(3, 18)]),
    ("Công bố Chỉ số CCHC năm 2023", "Các xã có kết quả cao gồm: Ea Tóh (92,1 điểm), Ea Hồ (90,5 điểm).",
     [S(92.1), S(90.5)]),
    ("Công bố Chỉ số CCHC năm 2023", "Xã Ea Tóh: 92,1 điểm.\nXã Ea Hồ: 90,5 điểm.\nXã Ea Kly: 88,2 điểm.",
     [S(92.1), S(90.5), S(88.2)]),
    ("Công bố Chỉ số CCHC năm 2023", "Xã Ea Tóh đạt 92,1%; xã Ea Hồ đạt 90,5%; xã Ea Kly đạt 88,2%.",
     [S(92.1, unit="%"), S(90.5, unit="%"), S(88.2, unit="%")]),
    ("Công bố Chỉ số CCHC năm 2023", "Tỷ lệ điểm đạt được của xã Ea Tóh là 92,1%.", [S(92.1, unit="%")]),
    ("Công bố Chỉ số CCHC năm 2023", "Xã Ea Tóh có tổng điểm 92,1, cao nhất huyện.", [S(92.1)]),
    ("Công bố Chỉ số CCHC năm 2023", "Năm 2024, huyện phấn đấu đạt 90 điểm, giữ vững tốp 5.", []),
    ("Công bố Chỉ số CCHC năm 2023", "Xã Ea Tóh tăng 5,2 điểm so với năm 2022.", []),
]


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-line paragraphs", "line paragraphs"])
@pytest.mark.parametrize("title,last,expected", LATER, ids=[f"l{k:02d}" for k in range(len(LATER))])
def test_results_below_or_before_the_index(title, last, expected, sep):
    got = article_facts(title, sep.join(PLACINGS[0][1] + [METHOD, METHOD2, last]))
    assert [f["kind"] for f in got] == [k for k, _ in expected], [(f["kind"], f["span"]["text"], f["rule"]) for f in got]
    for f, (_k, fields) in zip(got, expected):
        assert {k: f.get(k) for k in fields} == fields, (f["span"]["text"], f["rule"])
