"""Scores and rankings, third breadth pass (issue 19): the genre's ways of stating an index result
that the first two passes (tests/test_scores.py BREADTH, TABLES) did not read. Each phrasing is
invented in the genre's words (invented units, places and numbers); the expected fields are what an
annotator following ../shared/FACTS.md and corpus/ANNOTATION.md writes down."""
import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

from .test_scores import LEAD, METHOD  # the lead and the method paragraph that put results far below

PIPE = Pipeline(["place", "score"])


def facts(text):
    art = make_article("Tiêu đề\n" + text, "<test>")
    return [f for f in PIPE(art)["facts"] if f["kind"] in ("score", "ranking")]


def S(value, max=None, unit="điểm", **more):
    return ("score", {"value": value, "max": max, "unit": unit, **more})


def R(rank, out_of=None, **more):
    return ("ranking", {"rank": rank, "out_of": out_of, **more})


def check(got, expected):
    assert [f["kind"] for f in got] == [k for k, _ in expected], [(f["kind"], f["span"]["text"]) for f in got]
    for f, (_k, fields) in zip(got, expected):
        assert {k: f.get(k) for k in fields} == fields, (f["span"]["text"], f["rule"])


# (text, every score and ranking in text order)
PHRASINGS = [
    # the result in the next sentence, introduced by "Kết quả"
    ("Năm 2023, Chỉ số PAR INDEX của huyện Đăk Glei được Hội đồng thẩm định đánh giá qua 8 lĩnh vực. "
     "Kết quả, huyện đạt 85,12 điểm.", [S(85.12)]),
    ("Chỉ số CCHC năm 2023 của huyện Tu Mơ Rông đã được công bố. Kết quả, huyện đạt 81,4 điểm, xếp thứ "
     "6/10 huyện, thành phố.", [S(81.4), R(6, 10)]),
    ("Về Chỉ số CCHC năm 2023, huyện Sa Thầy đạt kết quả 84,06%.", [S(84.06, unit="%")]),
    ("Huyện Sa Thầy có Chỉ số CCHC năm 2023 với kết quả 84,06 điểm.", [S(84.06)]),
    ("Chỉ số CCHC năm 2023 của huyện Sa Thầy với kết quả đạt 84,06%.", [S(84.06, unit="%")]),
    # totals and averages stated bare after their noun
    ("Chỉ số CCHC năm 2023 của xã Đắk Ang có tổng điểm đạt được là 86,25.",
     [S(86.25)]),
    ("Chỉ số CCHC năm 2023 của xã Đắk Ang, tổng điểm đạt được là 86,25 điểm.", [S(86.25)]),
    ("Chỉ số CCHC năm 2023: điểm trung bình của 12 xã, thị trấn là 82,3.", [S(82.3, rule="score_average_is")]),
    ("Chỉ số CCHC năm 2023 của các xã có điểm trung bình đạt 82,3 điểm.", [S(82.3)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt tổng điểm là 85,12.", [S(85.12)]),
    # a value in a parenthesis after the unit named, a list of values
    ("Về Chỉ số CCHC năm 2023, huyện Đăk Tô (85,1 điểm) xếp thứ 2.", [S(85.1), R(2)]),
    ("Về Chỉ số CCHC năm 2023, xếp thứ nhất là huyện Đăk Hà (88,5 điểm), thứ hai là huyện Đăk Tô (85,1 điểm).",
     [R(1), S(88.5), R(2), S(85.1)]),
    ("Chỉ số CCHC năm 2023: xã Hà Mòn 90,1 điểm (hạng 1), xã Đăk Mar 88,2 điểm (hạng 2).",
     [S(90.1), R(1), S(88.2), R(2)]),
    ("Chỉ số CCHC năm 2023, xã Hà Mòn (90,1 điểm, xếp thứ 1), xã Đăk Mar (88,2 điểm, xếp thứ 2).",
     [S(90.1), R(1), S(88.2), R(2)]),
    ("Chỉ số CCHC năm 2023 của huyện Ngọc Hồi và huyện Đăk Tô lần lượt là 85,1 điểm và 83,2 điểm.",
     [S(85.1), S(83.2)]),
    ("Chỉ số CCHC năm 2023 của ba huyện lần lượt là: 85,1 điểm; 83,2 điểm; 80,7 điểm.",
     [S(85.1), S(83.2), S(80.7)]),
    ("Chỉ số CCHC năm 2023 của huyện Đăk Hà đạt 88,50 điểm; huyện Đăk Tô 85,10 điểm; huyện Ngọc Hồi 83,20 điểm.",
     [S(88.5), S(85.1), S(83.2)]),
    ("Chỉ số CCHC năm 2023 - huyện Đăk Hà 88,5 điểm - huyện Đăk Tô 85,1 điểm.", [S(88.5), S(85.1)]),
    # components count (corpus/annotation-notes c3 §12): lĩnh vực, tiêu chí, chỉ số thành phần
    ("Chỉ số CCHC năm 2023 của huyện, lĩnh vực cải cách thủ tục hành chính đạt 12,5/13 điểm.", [S(12.5, 13.0)]),
    ("Chỉ số CCHC năm 2023, tiêu chí Công khai thủ tục hành chính đạt 2,5/3 điểm.",
     [S(2.5, 3.0, rule="score_component_part")]),
    ("Chỉ số CCHC năm 2023 của huyện, nội dung Tỷ lệ hồ sơ trực tuyến đạt 4,5/6 điểm.", [S(4.5, 6.0)]),
    ("Chỉ số PAPI năm 2023 của tỉnh, chỉ số thành phần Kiểm soát tham nhũng đạt 6,34 điểm.", [S(6.34)]),
    # satisfaction as a %
    ("Chỉ số SIPAS năm 2023 của huyện: mức độ hài lòng đạt 92,5%.", [S(92.5, unit="%")]),
    ("Về Chỉ số SIPAS năm 2023, tỷ lệ hài lòng của người dân đạt 91,08%.", [S(91.08, unit="%")]),
    ("Chỉ số SIPAS năm 2023 của tỉnh đạt 86,05 phần trăm.", [S(86.05, unit="%")]),
    # the maximum in words, in brackets, after the unit
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 trên 100.", [S(85.12, 100.0, rule="score_over_max_words")]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm trên 100.", [S(85.12, 100.0)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 (trên 100 điểm).", [S(85.12, 100.0, rule="score_bare_before_max")]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm (tối đa 100 điểm).", [S(85.12, 100.0)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm (thang điểm 100).", [S(85.12, 100.0)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm/tổng số 100 điểm.", [S(85.12, 100.0)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm trên tổng điểm tối đa 100 điểm.", [S(85.12, 100.0)]),
    ("Chỉ số PAPI năm 2023, tổng điểm của tỉnh đạt 42,1 điểm trên 80 điểm tối đa.", [S(42.1, 80.0)]),
    ("Chỉ số DTI năm 2023 của tỉnh đạt 412,5 điểm/1.000 điểm.", [S(412.5, 1000.0)]),
    ("Chỉ số CCHC năm 2023 của huyện đạt 85.12/100 điểm.", [S(85.12, 100.0)]),
    # index names in English or mixed, a year written only in the name
    ("Theo báo cáo Public Administration Reform Index 2023, tỉnh Kon Tum đạt 84,5%.",
     [S(84.5, unit="%", index="PAR", year=2023)]),
    ("Chỉ số Provincial Green Index năm 2023 của tỉnh đạt 21,3 điểm.", [S(21.3, index="PGI")]),
    ("Digital Transformation Index (DTI) năm 2023 của tỉnh Kon Tum đạt 0,4512, xếp thứ 40/63.",
     [S(0.4512, index="DTI"), R(40, 63)]),
    ("Chỉ số DTI cấp huyện năm 2023 của huyện Kon Plông đạt 0,52 điểm, xếp thứ 3/10.", [S(0.52), R(3, 10)]),
    ("Theo PAPI 2023, tỉnh Kon Tum đạt 42,8 điểm, thuộc nhóm trung bình thấp.", [S(42.8, index="PAPI", year=2023)]),
    ("Năm 2023, PAR INDEX tỉnh Kon Tum đạt 84,5%, PAPI đạt 41,2 điểm, PCI đạt 64,23 điểm.",
     [S(84.5, unit="%", index="PAR"), S(41.2, index="PAPI"), S(64.23, index="PCI")]),
    # an index the lexicon does not know, named with a capital after "Chỉ số" and no acronym
    ("Chỉ số Năng lực quản trị cấp xã năm 2023 của xã Đắk Năng đạt 80,5 điểm.",
     [S(80.5, index="Năng lực quản trị cấp xã", year=2023)]),
    # quote marks around an index's name
    ("Chỉ số “Cải cách hành chính” năm 2023 của huyện đạt 85,12 điểm.", [S(85.12, index="PAR")]),
    ("Chỉ số “hài lòng” của người dân năm 2023 đạt 90,2%.", [S(90.2, unit="%", index="SIPAS")]),
    ('Bộ chỉ số "Hiệu quả phục vụ" năm 2023 của xã Đắk Năng đạt 80,5 điểm.', [S(80.5, index="Hiệu quả phục vụ")]),
    ("Chỉ số Quản trị môi trường cấp tỉnh (PEPI) năm 2023 của tỉnh đạt 70,2 điểm, xếp thứ 8/63.",
     [S(70.2, index="PEPI"), R(8, 63)]),
    # rankings: lists, moves, words
    ("Chỉ số CCHC năm 2023, các huyện Đăk Hà, Đăk Tô, Ngọc Hồi lần lượt xếp thứ 2, 3, 4.", [R(2), R(3), R(4)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà xếp thứ 2, huyện Đăk Tô xếp thứ 3 và huyện Ngọc Hồi xếp thứ 4 "
     "trong 10 huyện, thành phố.", [R(2, 10), R(3, 10), R(4, 10)]),
    ("Chỉ số PCI năm 2023 của tỉnh Kon Tum tụt 3 bậc xuống thứ 45.", [R(45, change=-3, rule="rank_after_move")]),
    ("Chỉ số PCI năm 2023 của tỉnh Kon Tum giảm 2 bậc, xuống vị trí thứ 47.", [R(47, change=-2)]),
    ("Chỉ số PCI năm 2023 của tỉnh Kon Tum xếp thứ 40/63, tăng 5 bậc so với năm 2022.", [R(40, 63, change=5)]),
    ("Về PCI 2023, tỉnh tăng 12 bậc từ vị trí 52 lên vị trí 40.", [R(52), R(40, change=12)]),
    ("Về PCI 2023, tỉnh từ thứ 52/63 lên thứ 40/63.", [R(52, 63), R(40, 63, change=12)]),
    ("Chỉ số CCHC năm 2023 của huyện Kon Rẫy đứng cuối trong 10 huyện, thành phố.", [R(10, 10)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà xếp hạng thứ nhất trong 10 huyện, thành phố.", [R(1, 10)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà giữ vững ngôi đầu bảng.", [R(1)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà xếp ở vị trí thứ hai, sau huyện Ngọc Hồi.", [R(2)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà được xếp vị trí số 1 khối huyện.", [R(1)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà xếp vị thứ 3/10 huyện, thành phố, với tổng điểm 84,25 điểm.",
     [R(3, 10), S(84.25)]),
    ("Về Chỉ số SIPAS năm 2023, tỉnh Kon Tum xếp vị thứ 30 trên 63 tỉnh, thành phố.", [R(30, 63)]),
    ("Chỉ số CCHC năm 2023, Sở Tư pháp xếp hạng nhất, Sở Nội vụ xếp hạng nhì, Sở Tài chính xếp hạng ba.",
     [R(1), R(2), R(3)]),
    ("Kết quả Chỉ số PCI năm 2023, tỉnh đạt 65,08 điểm, tăng 2,13 điểm và tăng 5 bậc so với năm 2022, "
     "xếp thứ 40/63.", [S(65.08, change=2.13), R(40, 63, change=5)]),
    ("Chỉ số CCHC năm 2023 của huyện xếp thứ 10/10, đứng cuối bảng.", [R(10, 10)]),
    # first place as the top of the table, ranks in words in brackets
    ("Chỉ số CCHC năm 2023: huyện Đăk Hà vẫn giữ vị trí đầu bảng.", [R(1)]),
    ("Chỉ số CCHC năm 2023: huyện Đăk Hà xếp đầu bảng.", [R(1)]),
    ("Chỉ số CCHC năm 2023: huyện Đăk Hà (hạng nhất), huyện Đăk Tô (hạng nhì).", [R(1), R(2)]),
    ("Chỉ số CCHC năm 2023: vị trí thứ hai thuộc về huyện Đăk Tô (85,1 điểm).", [R(2), S(85.1)]),
    ("Chỉ số CCHC năm 2023, huyện Đăk Hà thăng 3 hạng, lên thứ 2.", [R(2, change=3)]),
    # a count of units that opens the ranks of its sentence is their total, not a group at the top
    ("Chỉ số CCHC năm 2023: trong 9 xã, thị trấn, thị trấn Plei Kần đứng đầu với 90,2 điểm, xã Đăk Kan xếp "
     "thứ nhì với 88,1 điểm.", [R(1, 9), S(90.2), R(2, 9), S(88.1)]),
    # a move in bare numbers after its steps; the later position stated already is not read twice
    ("Chỉ số PCI năm 2023 của tỉnh tăng 5 bậc, từ 45 lên 40.",
     [R(45, rule="rank_move_after_steps"), R(40, change=5)]),
    ("Chỉ số PCI năm 2023 của tỉnh xếp thứ 40/63, tăng 5 bậc (từ 45 lên 40).", [R(40, 63, change=5), R(45)]),
    # a change of rank and of points together: the points are no result
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12 điểm, tăng 2 bậc và 1,5 điểm so với năm 2022.", [S(85.12)]),
    # a series with its unit written once, after the last value
    ("Chỉ số CCHC năm 2023, các huyện Đăk Hà, Đăk Tô lần lượt đạt 88,5 và 85,1 điểm.",
     [S(88.5, rule="score_series_shared_unit"), S(85.1)]),
    ("Chỉ số SIPAS năm 2023 của ba xã lần lượt là 81,9, 83,6 và 85,12%.",
     [S(81.9, unit="%"), S(83.6, unit="%"), S(85.12, unit="%")]),
    # an index's value with no unit at all, and after "điểm đạt được"
    ("Chỉ số CCHC năm 2023 của huyện đạt 85,12.", [S(85.12, rule="score_bare_after_index")]),
    ("Chỉ số CCHC năm 2023 của huyện là 85,12, xếp thứ 3/12.", [S(85.12), R(3, 12)]),
    ("Chỉ số CCHC năm 2023 của huyện: điểm đạt được 85,12.", [S(85.12)]),
    # the 766 index named by what it measures ("đánh giá mức độ phục vụ"), its monthly points, a
    # rank with a move, components in a series each with its own max
    ("Theo Bộ chỉ số đánh giá mức độ phục vụ người dân, doanh nghiệp, điểm đánh giá tháng 9 của phường "
     "Tân Hòa đạt 81,25/100 điểm, xếp thứ 9/85 xã, phường, tăng 6 bậc (từ vị trí 15 lên 9).",
     [S(81.25, 100.0, index="766"), R(9, 85, index="766"), R(15)]),
    ("Theo Bộ chỉ số đánh giá mức độ phục vụ người dân, doanh nghiệp, ba nhóm chỉ số thành phần của xã "
     "lần lượt đạt 16,5/18, 14,2/16 và 18,1/20 điểm.",
     [S(16.5, 18.0), S(14.2, 16.0), S(18.1, 20.0)]),
    # components named with a statistic's word ("tiến độ"), a series of points each with its max
    ("Về Chỉ số CCHC năm 2024, xã Ea Tiêu đạt 81,25/100 điểm. Hai nhóm chỉ số công khai, minh bạch và "
     "tiến độ giải quyết lần lượt đạt 16,5/18 và 18,1/20 điểm.",
     [S(81.25, 100.0), S(16.5, 18.0, rule="score_component_series_of_max"), S(18.1, 20.0)]),
    ("Về Chỉ số đánh giá chất lượng phục vụ người dân, doanh nghiệp, quý III xã Ea Tiêu đạt 78,6 điểm.",
     [S(78.6, index="766")]),
    # a share of a whole beside index results: the share is no score (rule share_of_a_total)
    ("Năm 2023, Chỉ số DTI của tỉnh đạt 0,5123 điểm, xếp thứ 30/63. Chi ngân sách cho chuyển đổi số, "
     "đổi mới sáng tạo mới đạt 0,8% tổng chi, thấp hơn mục tiêu 3%.",
     [S(0.5123), R(30, 63)]),
    ("Chỉ số PCI năm 2023 của tỉnh đạt 66,2 điểm; kinh tế số, thương mại điện tử chiếm 9,5% GRDP.",
     [S(66.2)]),
    # a place in a superior body's assessment of a unit's work, no index named: the core form reads it
    # (was rule rank_of_an_assessment, which let it through without an index; FACTS.md's "every rank
    # position" needs none)
    ("Với những kết quả đó, Ban Tuyên giáo Huyện ủy được Ban Tuyên giáo Tỉnh ủy đánh giá xếp thứ 3/11 huyện, "
     "thị xã.", [R(3, 11, rule="rank/of", index=None)]),
    ("Năm 2024, Hội Nông dân xã qua chấm điểm, xếp hạng 4/9 đơn vị trong cụm.", [R(4, 9)]),
    ("Công tác dân vận chính quyền của huyện được Ủy ban MTTQ tỉnh thẩm định, xếp thứ 5/14 huyện, thành phố.",
     [R(5, 14)]),
    ("Hội Cựu chiến binh huyện được Hội Cựu chiến binh tỉnh đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ, "
     "xếp thứ 2/8 huyện, thị xã.", [R(2, 8)]),
    ("Kết quả đánh giá, chấm điểm năm 2024, Ban Tuyên giáo Huyện ủy xếp thứ 3/11 huyện, thị xã.", [R(3, 11)]),
    ("Về Chỉ số PAPI năm 2023, tỉnh đạt 42,3 điểm; ba nội dung công khai, minh bạch, trách nhiệm giải trình "
     "và thủ tục hành chính công lần lượt đạt 5,6/10, 4,9/10 và 7,1/10 điểm.",
     [S(42.3), S(5.6, 10.0), S(4.9, 10.0, rule="score_component_series_of_max"), S(7.1, 10.0)]),
]

# Phrasings of the genre that hold no score and no rank.
NOTHING = [
    "Chỉ số PCI năm 2023 của tỉnh Kon Tum tăng 5 bậc so với năm 2022.",  # a move alone is the change
    "Theo PAPI 2023, tỉnh Kon Tum đứng cuối.",  # last place without a total
    "Chỉ số PCI năm 2023 của tỉnh đứng cuối bảng.",
    "Chỉ số CCHC năm 2023 của huyện thuộc nhóm dẫn đầu toàn tỉnh.",  # a group, not a position
    "Chỉ số PCI 2023 của tỉnh lọt top 10 cả nước.",
    "Chỉ số CCHC năm 2023 của huyện Đăk Hà cao nhất khối huyện.",  # annotation-notes c1 §11
    "Về Chỉ số SIPAS năm 2023, tỉnh Kon Tum xếp thứ ba mươi.",  # no ordinal the lexicon reads
    "Năm 2024, huyện phấn đấu Chỉ số CCHC đạt 88 điểm trở lên.",
    "Theo Kế hoạch số 88/KH-UBND, Chỉ số CCHC năm 2024 phải đạt tối thiểu 85 điểm.",
    "Huyện phấn đấu năm 2024 Chỉ số CCHC xếp thứ 3/10.",
    "Về Chỉ số PCI, tốc độ tăng trưởng kinh tế năm 2023 đạt 7,8%.",
    "Về Chỉ số CCHC, chi cho cải cách hành chính chiếm 3,2% tổng chi ngân sách huyện.",
    "Hội nghị bàn về Chỉ số CCHC; đồng chí Y Mưu trúng cử với 96,8% số phiếu.",
    "Về Chỉ số CCHC năm 2023, xã Ngọk Réo đạt 19/19 tiêu chí.",
    "Chỉ số CCHC năm 2023 được công bố theo Quyết định số 125/QĐ-UBND ngày 20/02/2024.",
    "Chỉ số CCHC năm 2023 của huyện tăng 2,5 điểm so với năm 2022.",
    "Chỉ số CCHC năm 2023 của các xã đạt từ 75 đến 90 điểm.",
    "Chỉ số CCHC năm 2023 của các xã dao động từ 75,2 đến 90,1 điểm.",
    "Về Chỉ số CCHC, huyện có 35 thủ tục hành chính, đạt 100%.",  # rule share_of_count
    "Về Chỉ số CCHC, huyện tiếp nhận 1.250 hồ sơ, đạt tỷ lệ 98,5%.",
    "Chỉ số CCHC năm 2023 gồm 8 lĩnh vực, 37 tiêu chí, 84 tiêu chí thành phần với tổng điểm 100.",
    "Chỉ số CCHC năm 2023 của huyện có 7/8 lĩnh vực đạt trên 80% số điểm.",
    "Chỉ số CCHC năm 2023: huyện Đăk Hà xếp hạng cao nhất.",  # "cao nhất" is no rank (c1 §11)
    "Chỉ số CCHC năm 2023: huyện Sa Thầy xếp cuối bảng.",
    "Chỉ số Giá tiêu dùng tháng 5 năm 2023 của tỉnh tăng 2,1%, đạt 102,5 điểm.",  # an economic index
    "Về Chỉ số DTI, vốn cho hạ tầng số, dữ liệu số mới bằng 1,4% tổng vốn đầu tư công.",  # share_of_a_total
    "Về Chỉ số CCHC, kinh phí cho cải cách, hiện đại hóa đạt 2,6% tổng chi thường xuyên.",
    "Về Chỉ số DTI, chi cho công nghệ thông tin, chuyển đổi số chỉ bằng 0,7% trên tổng chi ngân sách.",
    "Về Chỉ số DTI, chi cho hạ tầng số, an toàn thông tin đạt 0,9% chi thường xuyên.",
    "Về Chỉ số DTI, kinh tế số, thương mại điện tử đóng góp khoảng 8,2% vào GRDP.",
    # a prize is no rank position
    "Đội bóng chuyền của xã đạt giải Nhì tại giải bóng chuyền nam huyện.",
]

# FACTS.md's "every rank position": the rank of a statistic or of a contest is a ranking (these were
# NOTHING rows while ranks needed an index and rules ruled statistics and contests out); no score
RANKS_OF_ANYTHING = [
    ("Về Chỉ số CCHC, huyện đứng thứ 2 về thu ngân sách.", [R(2)]),
    ("Về Chỉ số PCI, tỉnh dẫn đầu toàn vùng về thu hút đầu tư.", [R(1)]),
    ("Năm 2024, tăng trưởng GRDP của tỉnh được đánh giá xếp thứ 5/63 tỉnh, thành phố.", [R(5, 63)]),
    ("Huyện Mỹ An được đánh giá xếp thứ 3/11 huyện về thu ngân sách.", [R(3, 11)]),
    ("Đội bóng chuyền của xã xếp thứ 3/8 đội tham dự giải.", [R(3, 8)]),
]


@pytest.mark.parametrize("text,expected", RANKS_OF_ANYTHING, ids=[t[:50] for t, _ in RANKS_OF_ANYTHING])
def test_a_rank_of_anything_is_a_rank(text, expected):
    check(facts(text), expected)


@pytest.mark.parametrize("text,expected", PHRASINGS, ids=[t[:50] for t, _ in PHRASINGS])
def test_reads_the_phrasing(text, expected):
    check(facts(text), expected)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:50] for t in NOTHING])
def test_reads_nothing_here(text):
    assert [(f["kind"], f["span"]["text"]) for f in facts(text)] == []


# Results far below a title that names one index, in a paragraph that names none: points are read,
# a % only where its sentence calls it the result, never a statistic's share or a target.
TITLE = "Huyện Mỹ An công bố Chỉ số cải cách hành chính năm 2024"


def far(results, title=TITLE):
    art = make_article(f"{title}\nThứ Hai, 12/02/2025\n\n{LEAD}\n\n{METHOD}\n\n{results}", "<test>")
    return [f for f in PIPE(art)["facts"] if f["kind"] in ("score", "ranking")]


FAR = [
    ("Kết quả, huyện đạt 85,12 điểm, tăng 1,2 điểm so với năm 2023.", [S(85.12, index="PAR", year=2024)]),
    ("Theo đó, huyện Mỹ An đạt 85,12/100 điểm.", [S(85.12, 100.0)]),
    ("Năm 2024, huyện Mỹ An đạt 85,12%, xếp loại Tốt.", [S(85.12, unit="%")]),
    ("Tổng điểm đạt được của huyện là 85,12 điểm.", [S(85.12)]),
    ("Điểm trung bình của các xã là 82,3 điểm.", [S(82.3)]),
    ("Xã Mỹ Hòa đạt 90,1 điểm, xã Mỹ Lợi đạt 88,6 điểm.", [S(90.1), S(88.6)]),
    # a % that a named unit reaches
    ("Năm 2024, huyện Mỹ An đạt 85,12%, tăng 1,5% so với năm 2023.", [S(85.12, unit="%")]),
    ("Cụ thể, xã Mỹ Hòa đạt 90,15%, xã Mỹ Lợi đạt 88,6%.", [S(90.15, unit="%"), S(88.6, unit="%")]),
    ("- Xã Mỹ Hòa: 90,1 điểm, xếp thứ 1.\n- Xã Mỹ Lợi: 88,6 điểm, xếp thứ 2.", [S(90.1), R(1), S(88.6), R(2)]),
    # a rank is itself the sign of a result, whatever its words
    ("Đáng chú ý, xã Mỹ Lợi đi lên từ vị trí 9 lên vị trí 5.", [R(9), R(5, change=4)]),
    ("Xã Mỹ Phước ở vị trí thứ 6, tăng 2 bậc.", [R(6, change=2)]),
]

FAR_NOTHING = [
    "Huyện phấn đấu năm 2025 đạt 90 điểm.",
    "Tỷ lệ hồ sơ trực tuyến của huyện đạt 85,12%.",
    "Giải ngân vốn đầu tư công đạt 85,12%.",
    "Huyện giải quyết 1.250 hồ sơ, đạt 98,5%.",
    "Chỉ số CCHC của huyện tăng 1,2 điểm so với năm 2023.",
    "Năm 2024, huyện Mỹ An đạt 98,5% kế hoạch giải ngân.",
    "Huyện Mỹ An đạt 85,12% chỉ tiêu.",
    "Năm 2024, huyện Mỹ An có 15/15 xã đạt chuẩn, đạt 100%.",
    "Năm 2024, xã Mỹ Hòa đạt 100%.",  # a whole share far from its index says nothing of one
    # the index's scale and rules, not results
    "Thang điểm đánh giá là 100 điểm, trong đó điểm thẩm định là 62 điểm, điểm điều tra xã hội học là 38 điểm.",
    "Mỗi tiêu chí thành phần được chấm tối đa 2 điểm.",
    "Đơn vị nào chậm nộp báo cáo sẽ bị trừ 0,5 điểm.",
    "Đơn vị đạt từ 90 điểm trở lên được xếp loại Xuất sắc; từ 80 đến dưới 90 điểm xếp loại Tốt.",
    "Hội nghị được kết nối trực tuyến tới 15 điểm cầu.",
    "Có 12 xã đạt trên 85 điểm.",
]


@pytest.mark.parametrize("results,expected", FAR, ids=[t[:50] for t, _ in FAR])
def test_a_result_far_below_the_title(results, expected):
    check(far(results), expected)


@pytest.mark.parametrize("results", FAR_NOTHING, ids=[t[:50] for t in FAR_NOTHING])
def test_far_below_the_title_nothing_here(results):
    assert [(f["kind"], f["span"]["text"]) for f in far(results)] == []


def test_far_below_a_title_naming_no_index_nothing_is_read():
    assert far("Xã Mỹ Hòa đạt 90,1 điểm, xã Mỹ Lợi đạt 88,6 điểm.", title="Huyện Mỹ An tổng kết năm 2024") == []


def test_the_table_is_wide():
    assert len(PHRASINGS) + len(NOTHING) + len(FAR) + len(FAR_NOTHING) >= 60
