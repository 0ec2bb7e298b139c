"""Scores, rankings and ratings of the reform indexes in the genre's phrasing (eyecite-style tables),
then the ``govfacts scores`` query over a store of the seeds."""
import json

import pytest
from click.testing import CliRunner

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

from .conftest import DEV, SEEDS, needs_shared

PIPE = Pipeline(["place", "score"])
KINDS = ("score", "ranking", "rating")


def facts(text, published=None):
    art = make_article("Tiêu đề\n" + text, "<test>", published=published)
    return [f for f in PIPE(art)["facts"] if f["kind"] in KINDS]


def S(**fields):
    return ("score", fields)


def R(**fields):
    return ("ranking", fields)


def G(**fields):
    return ("rating", fields)


# (text, every score/ranking/rating fact in text order with the fields a reader would write down)
TABLE = [
    # a score after the rank it earned: "đứng đầu với X điểm", "xếp thứ R/N với X điểm"
    ("Ở khối cơ quan chuyên môn, Chỉ số CCHC năm 2023 của Phòng Nội vụ đứng đầu với 93,4 điểm; "
     "Phòng Y tế xếp thứ 9/9 với 78,15 điểm.",
     [R(rank=1, out_of=None), S(value=93.4, max=None, unit="điểm"), R(rank=9, out_of=9),
      S(value=78.15, max=None, unit="điểm")]),
    # district index: score of 100 with its change, rank of 18 with its change, group
    ("Chỉ số cải cách hành chính năm 2022 của huyện Tiên Phước đạt 84,15/100 điểm, xếp thứ 05/18 huyện, "
     "thị xã, thành phố thuộc tỉnh, tăng 3,12 điểm và tăng 04 bậc so với năm 2021.",
     [S(value=84.15, max=100, unit="điểm", subject="huyện Tiên Phước", index="PAR", year=2022, change=3.12),
      R(rank=5, out_of=18, group="huyện, thị xã, thành phố thuộc tỉnh", subject="huyện Tiên Phước", change=4,
        year=2022)]),
    ("Kết quả Chỉ số SIPAS năm 2022 của tỉnh đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố.",
     [S(value=86.72, max=None, unit="%", index="SIPAS", year=2022), R(rank=38, out_of=63, index="SIPAS")]),
    ("Chỉ số PAPI năm 2020 của tỉnh Quảng Trị đạt 40,62/80 điểm, xếp vào nhóm 4.",
     [S(value=40.62, max=80, unit="điểm", subject="tỉnh Quảng Trị", index="PAPI", year=2020)]),
    ("Chỉ số PCI năm 2022 của tỉnh Hà Tĩnh đạt 69,03 điểm, xếp vị trí thứ 9, tăng 6 bậc so với năm 2021.",
     [S(value=69.03, max=None, unit="điểm", index="PCI", year=2022, change=None),
      R(rank=9, out_of=None, change=6, subject="tỉnh Hà Tĩnh", index="PCI", year=2022)]),
    ("Chỉ số CCHC năm 2023 của huyện Thăng Bình có tổng điểm 85,5 điểm, xếp loại Tốt.",
     [S(value=85.5, unit="điểm", subject="huyện Thăng Bình", year=2023),
      G(level="tốt", subjects=["huyện Thăng Bình"], index="PAR", year=2023)]),
    ("Theo kết quả công bố Chỉ số CCHC năm 2023, Sở Tư pháp đứng đầu khối sở, ban, ngành với 92,15 điểm.",
     [R(rank=1, out_of=None, subject="Sở Tư pháp", group="khối sở, ban, ngành", rule="rank/first"),
      S(value=92.15, unit="điểm", subject="Sở Tư pháp")]),
    ("Chỉ số DDCI năm 2023, thị xã Điện Bàn xếp vị thứ 3/9 địa phương.",
     [R(rank=3, out_of=9, subject="thị xã Điện Bàn", index="DDCI", year=2023)]),
    ("Về Chỉ số DTI năm 2022, tỉnh Bình Định xếp hạng 20/63, giảm 3 bậc so với năm 2021.",
     [R(rank=20, out_of=63, change=-3, index="DTI", year=2022, subject="tỉnh Bình Định")]),
    ("Kết quả Chỉ số cải cách hành chính năm 2022, có 04 xã xếp loại xuất sắc (Tam Xuân, Tam Anh, Tam Hiệp, "
     "Tam Nghĩa) và 07 xã xếp loại tốt.",
     [G(level="xuất sắc", count=4, subjects=["Tam Xuân", "Tam Anh", "Tam Hiệp", "Tam Nghĩa"], index="PAR"),
      G(level="tốt", count=7, subjects=[])]),
    ("Chỉ số CCHC năm 2021 của UBND huyện Đại Lộc đạt 79,9 điểm, thuộc nhóm Khá.",
     [S(value=79.9, subject="UBND huyện Đại Lộc", year=2021), G(level="khá", subjects=["UBND huyện Đại Lộc"])]),
    ("Về Chỉ số hài lòng của người dân năm 2023, huyện Núi Thành đạt 88,45%, dẫn đầu toàn tỉnh.",
     [S(value=88.45, unit="%", index="SIPAS", subject="huyện Núi Thành"),
      R(rank=1, group="toàn tỉnh", subject="huyện Núi Thành")]),
    ("Chỉ số ICT Index năm 2020 của tỉnh Đà Nẵng đạt 0,8838 điểm, đứng đầu cả nước.",
     [S(value=0.8838, unit="điểm", index="ICT", year=2020), R(rank=1, group="cả nước", index="ICT")]),
    ("Kết quả xếp hạng Chỉ số CCHC năm 2023: thành phố Hội An đứng thứ nhất, thị xã Điện Bàn đứng thứ hai, "
     "huyện Duy Xuyên đứng thứ ba.",
     [R(rank=1, subject="thành phố Hội An"), R(rank=2, subject="thị xã Điện Bàn"),
      R(rank=3, subject="huyện Duy Xuyên")]),
    # English-style decimal point, "% điểm" is a percentage
    ("Chỉ số PAR INDEX năm 2023 của Bộ Tư pháp đạt 91.86%, xếp vị trí thứ 2 trong khối bộ, ngành.",
     [S(value=91.86, unit="%", subject="Bộ Tư pháp", index="PAR"), R(rank=2, group="khối bộ, ngành")]),
    ("Chỉ số PAPI năm 2022 của tỉnh Bình Phước đạt 42.155 điểm, thuộc nhóm các tỉnh trung bình cao.",
     [S(value=42.155, unit="điểm", index="PAPI"), G(level="trung bình cao", subjects=["tỉnh Bình Phước"])]),
    ("Về xếp hạng PAR Index năm 2022, đứng đầu là Bộ Tài chính (91,3% điểm), xếp thứ nhì là Bộ Nội vụ "
     "(90,5% điểm).",
     [R(rank=1, subject="Bộ Tài chính"), S(value=91.3, unit="%", subject="Bộ Tài chính"),
      R(rank=2, subject="Bộ Nội vụ"), S(value=90.5, unit="%", subject="Bộ Nội vụ")]),
    ("Trong bảng xếp hạng PCI năm 2022, Hải Dương (68,01 điểm); Long An (67,95 điểm); Quảng Nam (67,12 điểm).",
     [S(value=68.01, subject="Hải Dương"), S(value=67.95, subject="Long An"), S(value=67.12, subject="Quảng Nam")]),
    # the year measured, not the comparison year; the year written first in the sentence
    ("Năm 2022, Chỉ số CCHC của thành phố Tam Kỳ đạt 88,21 điểm, tăng 1,05 điểm so với năm 2021 và xếp thứ 2/18.",
     [S(value=88.21, change=1.05, year=2022, subject="thành phố Tam Kỳ"), R(rank=2, out_of=18, year=2022)]),
    ("Chỉ số CCHC năm 2022 của huyện Quế Sơn xếp thứ 10 trong tổng số 18 huyện, thị xã, thành phố.",
     [R(rank=10, out_of=18, group="huyện, thị xã, thành phố", subject="huyện Quế Sơn")]),
    # last place: only with the total in the same phrase
    ("Về Chỉ số CCHC năm 2022, huyện Nam Trà My đứng vị trí cuối bảng trong tổng số 18 huyện, thị xã, thành phố.",
     [R(rank=18, out_of=18, rule="rank/last", subject="huyện Nam Trà My")]),
    # respectively, and a list continued after a semicolon
    ("Về Chỉ số PCI năm 2022, Bắc Ninh và Hải Phòng lần lượt xếp thứ 2 và 3.",
     [R(rank=2, subject="Bắc Ninh"), R(rank=3, subject="Hải Phòng", rule="rank/list")]),
    ("Về Chỉ số CCHC năm 2022, đứng thứ 2 là huyện Thăng Bình; thứ 3 là huyện Phú Ninh.",
     [R(rank=2, subject="huyện Thăng Bình"), R(rank=3, subject="huyện Phú Ninh")]),
    # a move between two years: both positions, the later one changed
    ("Chỉ số CCHC của huyện Hiệp Đức từ vị trí thứ 8 năm 2021 vươn lên vị trí thứ 3 năm 2022.",
     [R(rank=8, year=2021, change=None), R(rank=3, year=2022, change=5, previous_rank=8)]),
    ("Chỉ số năng lực cạnh tranh (DDCI) năm 2022 của huyện Phong Điền xếp thứ 4/9.",
     [R(rank=4, out_of=9, index="DDCI", subject="huyện Phong Điền")]),
    # a difference from the average is no change and no score
    ("Chỉ số PAPI năm 2021 của tỉnh Kon Tum đạt 43,83 điểm, cao hơn trung bình cả nước 1,56 điểm.",
     [S(value=43.83, change=None)]),
    ("Kết quả Chỉ số CCHC năm 2023, có 03 xã từ xếp loại khá lên loại tốt (Bình Minh, Bình Sa, Bình Đào).",
     [G(level="tốt", previous_level="khá", subjects=["Bình Minh", "Bình Sa", "Bình Đào"], count=3)]),
    ("Chỉ số CCHC năm 2023 của Sở Nội vụ đạt 93,61 điểm, đứng đầu 20 sở, ban, ngành.",
     [S(value=93.61, subject="Sở Nội vụ"), R(rank=1, out_of=20, group="sở, ban, ngành")]),
    ("Năm 2023, Chỉ số hài lòng của người dân đối với sự phục vụ của huyện Duy Xuyên đạt 90,26%.",
     [S(value=90.26, unit="%", index="SIPAS", subject="huyện Duy Xuyên", year=2023)]),
    # an index average is a score; "trên 80%" is a threshold
    ("Bình quân Chỉ số CCHC năm 2022 của 18 huyện đạt 84,4%, cao hơn 1,45% so với năm 2021; "
     "cả 18 huyện đều đạt trên 80%.",
     [S(value=84.4, unit="%", change=1.45)]),
    ("Năm 2023 Chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
     [G(level="tốt", scale="nhiệm vụ", year=2023, index=None)]),
    ("Sở Tư pháp có tổng số điểm đạt được 90.651 điểm, chỉ số cải cách hành chính đạt 90.651%.",
     [S(value=90.651, unit="điểm", subject="Sở Tư pháp"), S(value=90.651, unit="%", subject="Sở Tư pháp")]),
    ("Theo bảng xếp hạng PCI năm 2023, tỉnh Lào Cai dẫn đầu với số điểm 72,8.",
     [R(rank=1, subject="tỉnh Lào Cai"), S(value=72.8, unit="điểm", rule="score/noun", subject="tỉnh Lào Cai")]),
    # a score noun with the maximum and no unit: "với tổng điểm 88,64/100"
    ("Theo kết quả Chỉ số CCHC năm 2024, Sở Xây dựng xếp vị trí thứ nhất với tổng điểm 88,64/100, "
     "tương ứng chỉ số 88,64%.",
     [R(rank=1, subject="Sở Xây dựng"), S(value=88.64, max=100, unit="điểm", rule="score/max", subject="Sở Xây dựng"),
      S(value=88.64, max=None, unit="%", subject="Sở Xây dựng")]),
    # the satisfaction rate is the SIPAS score, not a statistic
    ("Còn với SIPAS – chỉ số đo sự hài lòng của người dân với dịch vụ công, năm nay có thêm nội dung mới – "
     "tỉnh Lai Châu tiếp tục nằm trong nhóm khá với tỷ lệ hài lòng 84,17%.",
     [G(level="khá", index="SIPAS"), S(value=84.17, unit="%", index="SIPAS", subject="tỉnh Lai Châu")]),
]

# Phrases of the genre that hold no score, rank or rating.
NOTHING = [
    "Chỉ số CCHC năm 2023 của huyện tăng 2,1 điểm so với 83,1 điểm của năm 2022.",
    "Phấn đấu năm 2024 Chỉ số CCHC của huyện đạt từ 90 điểm trở lên, nằm trong nhóm dẫn đầu của tỉnh.",
    "Về Chỉ số CCHC, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 65,3%.",
    "Kết quả Chỉ số CCHC cấp xã năm 2023 có 05 xã đạt từ 80-90% và 03 xã đạt dưới 70%.",
    "Tốc độ tăng trưởng kinh tế bình quân đạt 7,5%, thu ngân sách đạt 120% dự toán.",
    "Đồng chí Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác làm việc về cải cách hành chính.",
    "Quy định trách nhiệm người đứng đầu trong thực hiện Chỉ số CCHC năm 2023.",
    "Chỉ số CCHC năm 2023 của huyện tăng 02 bậc so với năm 2022.",
    "Kỳ họp thứ 6 HĐND huyện khóa XII diễn ra trong 2 ngày với 100% đại biểu có mặt.",
    "Hội nghị trực tuyến về Chỉ số CCHC được kết nối đến 25 điểm cầu cấp xã.",
    "Trong bảng xếp hạng Chỉ số PCI năm 2021, tỉnh Hòa Bình đứng thứ 2 từ dưới lên.",
    "Xã đạt 17/19 tiêu chí nông thôn mới, thu nhập bình quân đạt 45 triệu đồng/người/năm.",
    "Về Chỉ số CCHC, 100% cán bộ, công chức được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.",
    "Tỷ lệ hộ nghèo toàn huyện giảm còn 2,5%, dân số là 18.619 người.",
    "Năm 2024, UBND huyện đặt mục tiêu Chỉ số CCHC xếp thứ 5/18 huyện, thị xã, thành phố.",
    "Hội nghị tổng kết công tác CCHC năm 2023 được tổ chức tại 30 điểm cầu.",
    "Người đứng đầu không được xếp loại hoàn thành tốt nhiệm vụ nếu Chỉ số CCHC của đơn vị xếp loại trung bình.",
    "Cao Bằng đứng cuối cùng tại PCI 2021.",
    "Quyết tâm hoàn thành tốt nhiệm vụ được giao, nâng cao Chỉ số CCHC trong năm 2024.",
    "Năm 2025, Chỉ số CCHC của Sở Y tế phấn đấu đạt tổng điểm 90/100.",
    "Về Chỉ số SIPAS, tỷ lệ người dân tham gia khảo sát đạt 68,2%.",
]


# Phrasings read by the named rules of patterns/score_rules.yaml (extract/score_rules.py): each row
# written in the genre's words, with invented units and numbers.
RULE_TABLE = [
    # a bare index value after "mức điểm", its maximum in brackets after it; the average bare after "là"
    ("Năm 2022, tỉnh Kon Tum dẫn đầu cả nước về Chỉ số PAPI với mức điểm 45,1187 (trên thang điểm 80), "
     "vượt mức trung bình chung của cả nước là 41,9032.",
     [R(rank=1, out_of=None), S(value=45.1187, max=80, unit="điểm", rule="score_level_noun"),
      S(value=41.9032, max=None, unit="điểm", rule="score_average_is")]),
    ("Về Chỉ số PAPI, huyện có nội dung thủ tục hành chính công ở mức điểm 7,45/10.",
     [S(value=7.45, max=10, unit="điểm", rule="score_level_noun")]),
    # a series without a unit
    ("Chỉ số PAPI năm 2022 của hai thành phố Cần Thơ và Đà Lạt ở mức lần lượt là 43,7015 và 42,1188.",
     [S(value=43.7015, unit="điểm", rule="score_series_bare"), S(value=42.1188, unit="điểm", rule="score_series_bare")]),
    # values in brackets after the index or the rank; "xếp hạng nhất/nhì/ba"; a total given before the ranks
    ("Theo Quyết định, khối các sở, ngành có 16 đơn vị, Sở Tài chính xếp hạng nhất về Chỉ số cải cách hành "
     "chính (90,816); xếp hạng nhì là Sở Công Thương (90,402); Sở Nội vụ xếp hạng ba (89,775).",
     [R(rank=1, out_of=16, rule="rank_hang_word", subject="Sở Tài chính"),
      S(value=90.816, unit="điểm", rule="score_bracket_after_index"),
      R(rank=2, out_of=16, rule="rank_hang_word"), S(value=90.402, unit="điểm", rule="score_bracket_after_index"),
      R(rank=3, out_of=16, rule="rank_hang_word", subject="Sở Nội vụ"),
      S(value=89.775, unit="điểm", rule="score_bracket_after_index")]),
    # the earlier year's value in brackets after the comparison, and the earlier rank
    ("Chỉ số SIPAS năm 2023 của tỉnh đạt 86,14%, cao hơn 2,08% so với năm 2022 (84,06%).",
     [S(value=86.14, unit="%", change=2.08), S(value=84.06, unit="%", rule="score_previous_year_bracket")]),
    ("Theo bảng xếp hạng PCI năm 2023, tỉnh Yên Bái xếp thứ 30/63, tăng 9 bậc so với năm 2022 (39/63).",
     [R(rank=30, out_of=63, change=9), R(rank=39, out_of=63, rule="rank_previous_year_bracket")]),
    # a component written bare, its unit from the change beside it; a change word with its own object
    ("Chỉ số PCI năm 2023 có một số chỉ số thành phần giảm điểm như tính năng động 5,64 (giảm 0,71 điểm); "
     "đào tạo lao động 6,02 điểm (giảm 0,3 điểm).",
     [S(value=5.64, unit="điểm", rule="score_bare_before_change"), S(value=6.02, unit="điểm", change=-0.3)]),
    ("Với PCI 2022, tỉnh Nam Định tăng 12 bậc so với năm 2021 với 66,41 điểm, đứng thứ 14 cả nước.",
     [S(value=66.41, unit="điểm", change=None), R(rank=14, out_of=None)]),
    # a 0-1 scale
    ("Năm 2021, Chỉ số ICT Index của tỉnh Bình Phước đạt 0,4862, xếp thứ 41/63.",
     [S(value=0.4862, unit="điểm", max=None, rule="score_zero_one"), R(rank=41, out_of=63)]),
    ("Chỉ số DTI năm 2022 của huyện có tổng điểm 0,58, cao nhất khối huyện.",
     [S(value=0.58, unit="điểm", max=None, rule="score/noun")]),
    # the components of an index whose names hold a statistic's word
    ("Về Bộ chỉ số 766, chỉ số Công khai, minh bạch đạt 16.1/18 điểm; chỉ số Thanh toán trực tuyến đạt 5.9/10 điểm; "
     "chỉ số Số hóa hồ sơ 19.3/22 điểm.",
     [S(value=16.1, max=18, unit="điểm"), S(value=5.9, max=10, unit="điểm", rule="score_component_index", index="766"),
      S(value=19.3, max=22, unit="điểm", rule="score_component_index")]),
    # ranks: the verb and a bare position, a move (both positions), a total after a list of ranks
    ("Về Chỉ số CCHC năm 2022, Bộ Công Thương đứng ở vị trí 9.",
     [R(rank=9, out_of=None, rule="rank_verb_position", subject="Bộ Công Thương")]),
    ("Chỉ số DTI năm 2023 của tỉnh Hà Giang từ vị trí 44 lên 31.",
     [R(rank=44, out_of=None, rule="rank_move"), R(rank=31, out_of=None, rule="rank_move", change=13)]),
    ("Về Chỉ số DTI năm 2023, chính quyền số ở vị trí thứ 7, kinh tế số ở vị trí thứ 19 và xã hội số ở vị trí "
     "thứ 26 trong 63 tỉnh, thành phố.",
     [R(rank=7, out_of=63), R(rank=19, out_of=63), R(rank=26, out_of=63, out_of_from="total_after_rank_list")]),
    ("Theo kết quả Chỉ số DDCI năm 2023, huyện Krông Pắc xếp thứ 4 trong 15 huyện, thị xã, thành phố.",
     [R(rank=4, out_of=15)]),
    ("Đồng bằng sông Cửu Long đứng đầu 6 vùng về Chỉ số PAR INDEX 2024",
     [R(rank=1, out_of=6)]),
    # ranks in words after "vị thứ", a verbless rank with its group, a verbless rank later in a list
    ("Chỉ số CCHC năm 2022 của thị trấn Ba Chẽ đạt 87,26%, xếp vị thứ nhất toàn huyện.",
     [S(value=87.26, unit="%"), R(rank=1, out_of=None, rule="rank_vi_thu_word")]),
    ("Về Chỉ số DDCI năm 2022, thị xã Ninh Hòa thứ 6 trong 8 huyện, thị xã, thành phố.",
     [R(rank=6, out_of=8, rule="rank_thu_in_group")]),
    ("Trong 9 huyện, thị xã, thành phố, huyện Vạn Ninh xếp thứ 2, huyện Khánh Sơn thứ 7 về Chỉ số CCHC năm 2022.",
     [R(rank=2, out_of=9, out_of_from="total_before_ranks"), R(rank=7, out_of=9, rule="rank_list_verbless")]),
    # the share of the index's points a unit earned is a score, not a statistic
    ("Chỉ số CCHC năm 2022 của Sở Xây dựng có tỷ lệ điểm đạt 73,15% ở lĩnh vực cải cách tài chính công.",
     [S(value=73.15, unit="%")]),
    # a top group's list, one unit with its own "đứng đầu" in it
    ("Bảng xếp hạng DDCI năm 2022 khối sở, ngành có 14 đơn vị. Nhóm 03 đơn vị đứng đầu lần lượt là Cục Thuế "
     "tỉnh đứng đầu, Ban Quản lý các khu công nghiệp, Sở Tư pháp.",
     [R(rank=1, out_of=None)]),
]

# Phrasings of the genre the rules read as no score and no rank.
RULE_NOTHING = [
    # the structure of the index, the gap between units, a top group
    "Chỉ số CCHC năm 2023 của các sở, ngành có tổng điểm 100, trong đó 33,5 điểm điều tra xã hội học.",
    "Về Chỉ số CCHC năm 2023, khoảng cách giữa sở cao nhất và sở thấp nhất là 12.06% (năm 2022 là 16.31%).",
    "Năm 2022, các tỉnh, thành dẫn đầu Chỉ số PAPI là: Quảng Trị, Bến Tre, Trà Vinh.",
    "Ở Chỉ số DTI cấp bộ, có 4 đơn vị dẫn đầu, gồm: Bộ Tài chính, Bộ Tư pháp, Bộ Công an, Bộ Y tế.",
    "Nhóm 05 xã đứng đầu về Chỉ số CCHC lần lượt là Ea Tiêu, Ea Bhốk, Dray Sáp, Hòa Hiệp, Ea Na.",
    # a medal class, not a rank; a photo position
    "Về Chỉ số CCHC, Sở Nội vụ được tặng Huân chương Lao động hạng Ba.",
    "Kết quả Chỉ số CCHC năm 2023 được công bố (đồng chí Giám đốc Sở đứng thứ 3 từ trái sang).",
    # a value with no decimal in a series is a count
    "Về Chỉ số CCHC, hai huyện có số thủ tục lần lượt là 12 và 15.",
]


def _check(got, expected):
    assert [f["kind"] for f in got] == [k for k, _ in expected], [(f["kind"], f["span"]["text"]) for f in got]
    for f, (_kind, want) in zip(got, expected):
        for key, value in want.items():
            assert f.get(key) == value, f"{key}: {f.get(key)!r} != {value!r} in {f['span']['text']!r}"


@pytest.mark.parametrize("text,expected", TABLE, ids=[t[:50] for t, _ in TABLE])
def test_reads_the_results(text, expected):
    _check(facts(text), expected)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:50] for t in NOTHING])
def test_yields_nothing(text):
    assert [(f["kind"], f["span"]["text"]) for f in facts(text)] == []


def test_every_fact_names_its_rule_and_quotes_a_number_or_a_rank_word():
    for text, _ in TABLE:
        for f in facts(text):
            assert f["rule"].split("/")[0] in ("score", "rank", "rating"), f
            assert f["span"]["text"].strip() == f["span"]["text"]


@pytest.mark.parametrize("text,expected", RULE_TABLE, ids=[t[:50] for t, _ in RULE_TABLE])
def test_the_rules_read_the_genre(text, expected):
    _check(facts(text), expected)


@pytest.mark.parametrize("text", RULE_NOTHING, ids=[t[:50] for t in RULE_NOTHING])
def test_the_rules_read_nothing_here(text):
    assert [(f["kind"], f["span"]["text"]) for f in facts(text)] == []


def test_every_rule_fact_names_a_core_form_or_a_rule_of_the_file():
    from govfacts.extraction.grammar import rule_set

    names = {r.name for r in rule_set("score_rules").rules}
    for text, _ in RULE_TABLE:
        for f in facts(text):
            assert f["rule"] in names or f["rule"].split("/")[0] in ("score", "rank", "rating"), f


# -------------------------------------------------------------- across sentences of an article

def test_a_rank_repeated_takes_the_total_given_elsewhere():
    text = ("Trà Vinh xếp hạng 25/63 tỉnh, thành phố về chuyển đổi số\n\n"
            "Cụ thể, Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh, Trà Vinh đạt 0,6 điểm, xếp hạng thứ 25 cả nước.")
    ranks = [f for f in facts(text) if f["kind"] == "ranking"]
    assert [(r["rank"], r["out_of"], r["subject"], r["index"]) for r in ranks] == [
        (25, 63, "Trà Vinh", "DTI"), (25, 63, "Trà Vinh", "DTI")]
    assert ranks[1]["out_of_from"] == "another mention"


def test_the_unit_and_year_carry_to_the_next_sentence_of_the_paragraph():
    text = ("Chỉ số cải cách hành chính năm 2021 của huyện Nông Sơn đạt 80,28/100 điểm. "
            "Kết quả khảo sát lấy ý kiến lãnh đạo quản lý của huyện đạt 82,51%.")
    got = facts(text)
    assert [(f["value"], f["subject"], f["year"], f["index"]) for f in got] == [
        (80.28, "huyện Nông Sơn", 2021, "PAR"), (82.51, "huyện Nông Sơn", 2021, "PAR")]


def test_a_name_without_level_takes_the_level_the_article_gives_it():
    got = facts("Chỉ số CCHC năm 2021 của huyện Nông Sơn đạt 80 điểm, trong đó Nông Sơn đạt 79,08% ở nội dung thẩm định.")
    assert [f["subject"] for f in got] == ["huyện Nông Sơn", "huyện Nông Sơn"]


# -------------------------------------------------------------- results far from the index named

# A lead, then a paragraph of method long enough (> 400 characters) that the index named in the
# title and the lead is out of reach of the results paragraph that follows it.
LEAD = ("Sáng 12/02, UBND huyện Mỹ An tổ chức hội nghị công bố kết quả đánh giá năm 2024 của các phòng "
        "chuyên môn và UBND các xã, thị trấn trên địa bàn huyện.")
METHOD = ("Việc đánh giá được tiến hành qua hai bước: các đơn vị tự chấm trên phần mềm, sau đó Hội đồng "
          "thẩm định của huyện rà soát từng tài liệu kiểm chứng, đối chiếu với báo cáo định kỳ và kết quả kiểm "
          "tra thực tế tại cơ sở. Phiếu điều tra xã hội học được gửi tới cán bộ lãnh đạo, quản lý và người dân "
          "đến giao dịch tại bộ phận một cửa. Hội đồng đã tổ chức ba phiên họp để thống nhất kết quả trước khi "
          "trình Chủ tịch UBND huyện ký quyết định công bố, bảo đảm khách quan, công khai và minh bạch.")


def article(title, results, lead=LEAD):
    text = f"{title}\nThứ Hai, 12/02/2025\n\n{lead}\n\n{METHOD}\n\n{results}"
    art = make_article(text, "<test>")
    return [f for f in PIPE(art)["facts"] if f["kind"] in KINDS]


TITLE_PAR = "Huyện Mỹ An công bố Chỉ số cải cách hành chính năm 2024 của các phòng, xã, thị trấn"

FAR_RESULTS = [
    ("Ở khối phòng chuyên môn, Phòng Nội vụ đứng đầu với 91,4 điểm; Phòng Y tế xếp thứ 11/11 với 77,35 điểm.",
     [R(rank=1, subject="Phòng Nội vụ", index="PAR", year=2024), S(value=91.4, subject="Phòng Nội vụ", index="PAR"),
      R(rank=11, out_of=11), S(value=77.35, subject="Phòng Y tế", index="PAR", year=2024)]),
    ("Với khối xã, xã Hòa Phú dẫn đầu với 89,06%, tăng 3 bậc; xã Hòa Lạc đứng thứ hai với 87,5%; "
     "thị trấn Mỹ An xếp cuối trong tổng số 14 xã, thị trấn, đạt 73,48%.",
     [R(rank=1, subject="xã Hòa Phú", change=3), S(value=89.06, unit="%", subject="xã Hòa Phú"),
      R(rank=2, subject="xã Hòa Lạc"), S(value=87.5, unit="%"),
      R(rank=14, out_of=14, subject="thị trấn Mỹ An"), S(value=73.48, unit="%", subject="thị trấn Mỹ An")]),
    ("Ở khối xã, xã Hòa Phú giữ vị trí quán quân năm thứ tư liên tiếp với 70,52 điểm, tăng 0,84 điểm; "
     "xã Hòa Lạc và xã Hòa Sơn lần lượt xếp thứ hai và thứ ba.",
     [R(rank=1, subject="xã Hòa Phú"), S(value=70.52, subject="xã Hòa Phú", change=0.84),
      R(rank=2, subject="xã Hòa Lạc"), R(rank=3, subject="xã Hòa Sơn")]),
]


@pytest.mark.parametrize("results,expected", FAR_RESULTS, ids=[t[:50] for t, _ in FAR_RESULTS])
def test_the_index_of_the_title_holds_for_results_far_below(results, expected):
    _check(article(TITLE_PAR, results), expected)
    # the same results under a lead that names the index, below a title that names none
    lead = LEAD.replace("kết quả đánh giá năm 2024", "Chỉ số CCHC năm 2024")
    _check(article("Huyện Mỹ An công bố kết quả năm 2024", results, lead=lead), expected)


def test_results_far_below_a_title_naming_no_index_give_no_score():
    got = article("Huyện Mỹ An tổng kết công tác năm 2024", FAR_RESULTS[0][0])
    assert [f["span"]["text"] for f in got if f["kind"] == "score"] == []


def test_results_far_below_a_title_naming_two_indexes_are_results_of_one_of_them():
    """"Công bố Chỉ số CCHC và Chỉ số SIPAS": the results below are an index's either way."""
    got = article("Huyện Mỹ An phân tích Chỉ số PCI và Chỉ số PAPI năm 2024", FAR_RESULTS[0][0])
    scores = [f for f in got if f["kind"] == "score"]
    assert scores and {f["index"] for f in scores} <= {"PCI", "PAPI"}


# Sentences far below a title naming one index that rank something, but state no index score.
FAR_NOTHING = [
    "Năm 2025, huyện phấn đấu đạt 92 điểm, đứng đầu khối huyện.",
    "Xã Hòa Phú dẫn đầu về tỷ lệ hồ sơ giải quyết trực tuyến, đạt 96,4%.",
    "Khối xã có 04 xã xếp thứ hạng cao, đạt từ 85 đến 90 điểm.",
    "Thu ngân sách của huyện đứng thứ ba toàn tỉnh, đạt 112,6% dự toán.",
]


@pytest.mark.parametrize("results", FAR_NOTHING, ids=[t[:50] for t in FAR_NOTHING])
def test_far_below_the_title_traps_give_no_score(results):
    assert [f["span"]["text"] for f in article(TITLE_PAR, results) if f["kind"] == "score"] == []


def test_far_below_the_title_an_increase_is_no_score():
    got = article(TITLE_PAR, "Phòng Nội vụ vẫn đứng đầu, tăng 1,08 điểm so với năm 2023.")
    assert [(f["kind"], f["rank"]) for f in got] == [("ranking", 1)]


def test_no_index_named_gives_no_score_but_its_ranks():
    # was "gives nothing": FACTS.md's "every rank position" makes the ranks rankings whatever they
    # rank; a score stays an index's result only
    got = facts("Huyện đạt 85,5 điểm, xếp thứ 3/18 huyện, dẫn đầu toàn tỉnh.")
    assert [(f["kind"], f["rank"], f["out_of"]) for f in got] == [("ranking", 3, 18), ("ranking", 1, None)]


# FACTS.md's "every rank position": the rank of an economic statistic is a ranking (these were "no
# result" rows while ranks needed an index); its value is no score
STATISTIC_RANKS = [
    ("GRDP của tỉnh tăng 8,2%, xếp thứ 3/14 tỉnh vùng đồng bằng.", [(3, 14)]),
    ("Chỉ số giá tiêu dùng tháng 9 tăng 0,5%, xếp thứ 12 cả nước.", [(12, None)]),
    ("Về Chỉ số PCI, tăng trưởng GRDP năm 2023 của tỉnh đạt 8,5%, xếp thứ 7 cả nước.", [(7, None)]),
    ("Năm 2023, kinh tế của tỉnh tăng trưởng 9,2%, đứng thứ 5 cả nước; Chỉ số PCI của tỉnh được cải thiện.",
     [(5, None)]),
]


@pytest.mark.parametrize("text,ranks", STATISTIC_RANKS, ids=[t[:50] for t, _ in STATISTIC_RANKS])
def test_a_statistic_rank_is_a_rank_not_a_score(text, ranks):
    got = [f for f in facts(text) if f["kind"] != "rating"]
    assert [(f["kind"], f["rank"], f["out_of"]) for f in got] == [("ranking", r, o) for r, o in ranks]


@pytest.mark.parametrize("text", ["", "đạt %", "xếp thứ / điểm", "Chỉ số CCHC đạt 99999999999999999999 điểm",
                                  "Chỉ số CCHC xếp thứ 0/0", "Chỉ số CCHC xếp thứ 9/3", "PCI (((( 12,5 điểm",
                                  "Chỉ số CCHC " + "đạt 1,5 điểm, " * 300])
def test_bad_input_never_raises(text):
    facts(text)


# -------------------------------------------------------------- the date extractor keeps off

SEED_WITH_RANKS = ["002_61edd261ad8c1a0f.txt", "003_721d430f96819d2f.txt"]


def _overlaps(result):
    spans = [f["span"] for f in result["facts"] if f["kind"] in ("score", "ranking")]
    dates = [f for f in result["facts"] if f["kind"] == "date"]
    return [(d["span"]["text"], s["text"]) for d in dates for s in spans
            if d["span"]["start"] < s["end"] and s["start"] < d["span"]["end"]]


def test_no_date_inside_a_score_or_rank_of_the_table(pipeline):
    """"xếp vị thứ 2/9", "xếp thứ 4/9", "07/18" are ranks, never the 2nd of September."""
    for text, _ in TABLE:
        result = pipeline(make_article("Tiêu đề\n" + text, "<test>", published="2023-05-10"))
        assert _overlaps(result) == [], text


def test_no_date_inside_a_score_or_rank_of_the_seeds(pipeline):
    from govfacts.corpus.readers import read_file

    for name in SEED_WITH_RANKS:
        result = pipeline(next(iter(read_file(SEEDS / name))))
        kinds = {f["kind"] for f in result["facts"]}
        assert {"date", "ranking"} <= kinds  # both extractors ran on the article
        assert _overlaps(result) == [], name


@needs_shared
def test_no_date_inside_a_score_or_rank_of_the_dev_articles(pipeline):
    from govfacts.corpus.readers import read_file

    for path in sorted(DEV.glob("b_00*.txt")):
        assert _overlaps(pipeline(next(iter(read_file(path))))) == [], path.name


# -------------------------------------------------------------- the query and the command

@pytest.fixture
def seeded(store_url):
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    store = Store.open(store_url)
    ingest([str(SEEDS)], store, jobs=1)
    return store, store_url


def test_query_follows_a_district(seeded):
    from govfacts.db.scores import scores

    store, _ = seeded
    rows = scores(store, place="Nông Sơn")
    assert len(rows) == 1
    row = rows[0]
    assert (row["unit"], row["index"], row["year"]) == ("huyện nông sơn", "PAR", 2021)
    assert [(s["value"], s["max"], s["unit"], s["change"]) for s in row["scores"]] == [
        (80.28, 100, "điểm", 2.3), (79.08, None, "%", 7.57), (82.51, None, "%", None)]
    assert [(r["rank"], r["out_of"], r["change"]) for r in row["rankings"]] == [(7, 18, 2)]
    assert [r["level"] for r in row["ratings"]] == ["khá"]
    assert any("80,28/100 điểm" in s for s in row["sentences"])
    assert row["source"].endswith("002_61edd261ad8c1a0f.txt")


def test_query_filters(seeded):
    from govfacts.db.scores import QueryError, scores

    store, _ = seeded
    # the departments' ratings in seed 003 name no index
    assert {r["index"] for r in scores(store)} == {"PAR", "DDCI", None}
    assert [r["rankings"][0]["rank"] for r in scores(store, index="ddci")] == [3]
    assert scores(store, index="chỉ số CCHC", year=2021)[0]["unit"] == "huyện nông sơn"
    assert scores(store, year=2019) == []
    assert scores(store, place="nong son")  # typed without marks
    assert scores(store, place="Sơn La") == []
    subjects = {s for r in scores(store, year=2023) for s in [r["subject"]]}
    assert "Quảng Thái" in subjects  # each commune of a rating list is a unit
    with pytest.raises(QueryError):
        scores(store, index="GDP")
    with pytest.raises(QueryError):
        scores(store, year="năm ngoái")


def test_command_table_and_json(seeded):
    from govfacts.extraction.cli import cli

    _, url = seeded
    run = CliRunner().invoke(cli, ["scores", "--db", url, "--place", "Nông Sơn"])
    assert run.exit_code == 0, run.output
    assert "huyện Nông Sơn" in run.output
    assert "2021  PAR" in run.output and "80.28/100 điểm (+2.3)" in run.output and "7/18" in run.output
    assert "huyện Nông Sơn «đạt 80,28/100 điểm»" in run.output  # the sentence around the score
    run = CliRunner().invoke(cli, ["scores", "--db", url, "--index", "DDCI", "--format", "json"])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in run.output.splitlines()]
    assert [(r["index"], r["year"], r["rankings"][0]["rank"], r["rankings"][0]["out_of"]) for r in rows] == [
        ("DDCI", 2023, 3, 9)]
    run = CliRunner().invoke(cli, ["scores", "--db", url, "--year", "2010"])
    assert run.exit_code == 1 and "no stored score" in run.output
    run = CliRunner().invoke(cli, ["scores", "--db", url, "--index", "GDP"])
    assert run.exit_code == 2 and "not an index" in run.output


# -------------------------------------------------------------- breadth: the genre across portals

# Written for issue 19's robustness pass: how portals write index results beyond any one article
# (word order, "điểm/100", "%"/" %", "80.28", casing of index names, an index the lexicon does not
# know named with its acronym, maxima after the unit, ranks with and without totals in many forms),
# each phrasing invented in the genre's words: invented units, places and numbers.
BREADTH = [
    ('Chỉ số CCHC năm 2023 của huyện Phước Sơn đạt 82,46 điểm/100 điểm.',
     [S(value=82.46, max=100.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện Phước Sơn đạt 82,46 điểm/100.',
     [S(value=82.46, max=100.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện Phước Sơn đạt 82.46%.',
     [S(value=82.46, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện Phước Sơn đạt 82,46 %.',
     [S(value=82.46, max=None, unit='%')]),
    ('Chỉ số PAR Index năm 2022 của tỉnh Hòa Bình đạt 84,12%.',
     [S(value=84.12, max=None, unit='%')]),
    ('Par-index năm 2022 của tỉnh Hòa Bình đạt 84,12%, xếp thứ 40/63.',
     [S(value=84.12, max=None, unit='%'), R(rank=40, out_of=63)]),
    ('PAR-index năm 2022 của tỉnh Hòa Bình đạt 84,12%.',
     [S(value=84.12, max=None, unit='%')]),
    ('Kết quả Par index 2022, tỉnh Hòa Bình đạt 84,12%.',
     [S(value=84.12, max=None, unit='%')]),
    ('Chỉ số SIPAS năm 2023 của tỉnh Sơn La đạt 85,6%.',
     [S(value=85.6, max=None, unit='%')]),
    ('Chỉ số hài lòng của người dân, tổ chức về sự phục vụ hành chính (SIPAS) năm 2022 của tỉnh Tuyên Quang đạt 84,91%.',
     [S(value=84.91, max=None, unit='%')]),
    ('Điểm số PAPI năm 2022 của tỉnh Quảng Bình là 42,63 điểm.',
     [S(value=42.63, max=None, unit='điểm')]),
    ('Về PAPI 2022, tỉnh Quảng Bình đạt tổng điểm 43,12 điểm.',
     [S(value=43.12, max=None, unit='điểm')]),
    ('Với số điểm 69,8, PCI 2022 của tỉnh Bắc Giang xếp thứ 6 cả nước.',
     [S(value=69.8, max=None, unit='điểm'), R(rank=6, out_of=None)]),
    ('Với 70,12 điểm, tỉnh Bắc Giang xếp thứ 6 trong bảng xếp hạng PCI 2022.',
     [S(value=70.12, max=None, unit='điểm'), R(rank=6, out_of=None)]),
    ('Với 70,12 điểm, tỉnh Bắc Giang xếp thứ 6/63 trong bảng xếp hạng PCI năm 2022.',
     [S(value=70.12, max=None, unit='điểm'), R(rank=6, out_of=63)]),
    ('Chỉ số CCHC năm 2023 của xã Tân Lập đạt được 88,9 điểm.',
     [S(value=88.9, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của xã Tân Lập được 87,5 điểm.',
     [S(value=87.5, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của xã Tân Lập được chấm 87,5 điểm.',
     [S(value=87.5, max=None, unit='điểm')]),
    ('Chỉ số DTI năm 2022 của tỉnh Lạng Sơn đạt 0,5123 điểm.',
     [S(value=0.5123, max=None, unit='điểm')]),
    ('Chỉ số DTI cấp tỉnh năm 2022 của Lạng Sơn đạt 0,4352, xếp thứ 35/63.',
     [S(value=0.4352, max=None, unit='điểm'), R(rank=35, out_of=63)]),
    ('ICT Index năm 2020 của tỉnh Hà Nam là 0,6021.',
     [S(value=0.6021, max=None, unit='điểm')]),
    ('Chỉ số DDCI năm 2023 của Sở Công Thương đạt 78,6 điểm.',
     [S(value=78.6, max=None, unit='điểm')]),
    ('Về DDCI cấp huyện năm 2022, huyện Bảo Thắng đạt 80,12 điểm, dẫn đầu khối huyện.',
     [S(value=80.12, max=None, unit='điểm'), R(rank=1, out_of=None)]),
    ('Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2022 của Hà Tĩnh đạt 44,05 điểm.',
     [S(value=44.05, max=None, unit='điểm')]),
    ('Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của tỉnh Long An đạt 70,21 điểm, tăng 2,1 điểm so với năm 2022, xếp thứ 5/63.',
     [S(value=70.21, max=None, unit='điểm'), R(rank=5, out_of=63)]),
    ('PCI 2023 Long An: 70,21 điểm, hạng 5/63.',
     [S(value=70.21, max=None, unit='điểm'), R(rank=5, out_of=63)]),
    ('Năm 2023, PCI của tỉnh Long An đạt 70,21 điểm (xếp thứ 5/63).',
     [S(value=70.21, max=None, unit='điểm'), R(rank=5, out_of=63)]),
    ('Tỉnh Long An có điểm số PCI 2023 là 70,21 điểm, đứng thứ 5 toàn quốc.',
     [S(value=70.21, max=None, unit='điểm'), R(rank=5, out_of=None)]),
    ('Năm 2022, Chỉ số CCHC của huyện đạt 86,21/100 điểm, tăng 1,3 điểm; xếp thứ 2/9 huyện, thành phố.',
     [S(value=86.21, max=100.0, unit='điểm'), R(rank=2, out_of=9)]),
    ('Kết quả Chỉ số CCHC năm 2023 của UBND thị xã Hương Trà đạt 88,04 điểm, xếp loại tốt, đứng thứ 3/9 địa phương.',
     [S(value=88.04, max=None, unit='điểm'), R(rank=3, out_of=9)]),
    ('Chỉ số CCHC năm 2023 của thị xã đạt tỷ lệ 88,04%.',
     [S(value=88.04, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của thị xã đạt 88,04 điểm, tương đương 88,04%.',
     [S(value=88.04, max=None, unit='điểm'), S(value=88.04, max=None, unit='%')]),
    ('Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2023 của tỉnh Bắc Ninh đạt 55,04 điểm, xếp thứ 2/63.',
     [S(value=55.04, max=None, unit='điểm'), R(rank=2, out_of=63)]),
    ('Theo kết quả Chỉ số CCHC năm 2022, Sở Tư pháp đạt 91,25 điểm, Sở Nội vụ đạt 90,18 điểm và Sở Y tế đạt 88,02 điểm.',
     [S(value=91.25, max=None, unit='điểm'), S(value=90.18, max=None, unit='điểm'), S(value=88.02, max=None, unit='điểm')]),
    ('Chỉ số SIPAS năm 2022 của huyện lần lượt đạt 85,2% và 83,1% ở hai kỳ khảo sát.',
     [S(value=85.2, max=None, unit='%'), S(value=83.1, max=None, unit='%')]),
    ('Chỉ số PAPI năm 2023 của tỉnh đạt 42,9 điểm, thuộc nhóm trung bình cao; điểm trung bình cả nước là 42,1 điểm.',
     [S(value=42.9, max=None, unit='điểm'), S(value=42.1, max=None, unit='điểm')]),
    ('Chỉ số PAPI năm 2023 của tỉnh đạt 42,9/80 điểm.',
     [S(value=42.9, max=80.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023, điểm trung bình của các xã đạt 81,23 điểm; xã cao nhất đạt 90,56 điểm, xã thấp nhất đạt 72,11 điểm.',
     [S(value=81.23, max=None, unit='điểm'), S(value=90.56, max=None, unit='điểm'), S(value=72.11, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện Krông Bông đạt 78,5 điểm (tăng 3,2 điểm so với năm 2022).',
     [S(value=78.5, max=None, unit='điểm')]),
    ('Chỉ số SIPAS 2023 của tỉnh đạt 86,72%, tăng 1,25% so với năm 2022.',
     [S(value=86.72, max=None, unit='%')]),
    ('Chỉ số CCHC của huyện đạt 85,65 điểm, trong đó điểm thẩm định đạt 55,12 điểm, điểm điều tra xã hội học đạt 30,53 điểm.',
     [S(value=85.65, max=None, unit='điểm'), S(value=55.12, max=None, unit='điểm'), S(value=30.53, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 85,65 điểm (điểm thẩm định 55,12/62 điểm; điểm điều tra xã hội học 30,53/38 điểm).',
     [S(value=85.65, max=None, unit='điểm'), S(value=55.12, max=62.0, unit='điểm'), S(value=30.53, max=38.0, unit='điểm')]),
    ('Về Chỉ số PCI năm 2022, tỉnh Nghệ An đứng thứ 29/63 tỉnh, thành phố.',
     [R(rank=29, out_of=63)]),
    ('Chỉ số DTI năm 2022 của tỉnh Ninh Bình xếp hạng thứ 12/63.',
     [R(rank=12, out_of=63)]),
    ('Chỉ số DTI năm 2022 của tỉnh Ninh Bình xếp hạng thứ 12 toàn quốc.',
     [R(rank=12, out_of=None)]),
    ('Chỉ số PAPI năm 2022 của tỉnh Ninh Bình xếp vị trí thứ 12 cả nước.',
     [R(rank=12, out_of=None)]),
    ('Chỉ số PAPI năm 2022 của tỉnh Ninh Bình xếp ở vị trí thứ 12/63.',
     [R(rank=12, out_of=63)]),
    ('Chỉ số SIPAS năm 2022 của tỉnh Ninh Bình đứng ở vị trí 12/63 tỉnh, thành phố.',
     [R(rank=12, out_of=63)]),
    ('Chỉ số SIPAS năm 2025 của tỉnh Ninh Bình đứng vị trí thứ 9 trên tổng số 34 tỉnh, thành phố.',
     [R(rank=9, out_of=34)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình xếp thứ 15 trong số 63 tỉnh, thành phố.',
     [R(rank=15, out_of=63)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình xếp thứ 15 trên 63 tỉnh, thành.',
     [R(rank=15, out_of=63)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình có thứ hạng 15/63.',
     [R(rank=15, out_of=63)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình giữ vững vị trí thứ 2 cả nước.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số PCI năm 2022 của tỉnh Quảng Ninh giữ vững vị trí dẫn đầu cả nước.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình tăng 3 bậc, vươn lên vị trí thứ 12.',
     [R(rank=12, out_of=None)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình vươn lên xếp thứ 12/63, tăng 3 bậc so với năm 2021.',
     [R(rank=12, out_of=63)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình đạt vị trí thứ 2 toàn quốc.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số PCI năm 2022 của tỉnh Ninh Bình nằm ở vị trí thứ 30.',
     [R(rank=30, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của Sở Nội vụ đứng đầu khối sở, ngành.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PCI năm 2022, tỉnh Quảng Ninh tiếp tục dẫn đầu toàn quốc.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PCI năm 2022, tỉnh Quảng Ninh giữ vị trí quán quân lần thứ 6 liên tiếp.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của Sở Nội vụ xếp thứ nhất.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của Sở Nội vụ đứng thứ nhì.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của Sở Nội vụ xếp hạng thứ 2.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh xếp vị trí số 1.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh xếp hạng 1/63.',
     [R(rank=1, out_of=63)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh xếp thứ 2 sau tỉnh Quảng Ninh.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh Gia Lai xếp thứ 3 trong 5 tỉnh Tây Nguyên.',
     [R(rank=3, out_of=5)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh Gia Lai xếp thứ 3 trong 5 tỉnh khu vực Tây Nguyên.',
     [R(rank=3, out_of=5)]),
    ('Chỉ số PAR INDEX năm 2022 của tỉnh Gia Lai đứng thứ 3 khu vực miền Trung.',
     [R(rank=3, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của huyện xếp thứ 05/18 huyện, thị xã, thành phố.',
     [R(rank=5, out_of=18)]),
    ('Chỉ số PCI năm 2022 của tỉnh xếp thứ 23/63 tỉnh, thành phố trực thuộc Trung ương.',
     [R(rank=23, out_of=63)]),
    ('Chỉ số CCHC năm 2022 của huyện Mường Tè xếp thứ 8/8 huyện, thành phố.',
     [R(rank=8, out_of=8)]),
    ('Chỉ số CCHC năm 2022, huyện Mường Tè xếp cuối trong 8 huyện, thành phố.',
     [R(rank=8, out_of=8)]),
    ('Chỉ số PCI năm 2022 của tỉnh xếp thứ 12, tăng 3 bậc.',
     [R(rank=12, out_of=None)]),
    ('Về PCI 2022, tỉnh Bình Dương từ vị trí thứ 17 tụt xuống vị trí thứ 23.',
     [R(rank=17, out_of=None), R(rank=23, out_of=None)]),
    ('Về PCI 2022, tỉnh Bình Dương tụt 6 bậc, từ thứ 17 xuống thứ 23.',
     [R(rank=17, out_of=None), R(rank=23, out_of=None)]),
    ('Về PCI 2022, tỉnh Bình Dương xếp thứ 23, giảm 6 bậc so với năm 2021 (thứ 17).',
     [R(rank=23, out_of=None), R(rank=17, out_of=None)]),
    ('Chỉ số PCI năm 2022, Hải Phòng xếp thứ 2; Đà Nẵng thứ 3; Long An thứ 4.',
     [R(rank=2, out_of=None), R(rank=3, out_of=None), R(rank=4, out_of=None)]),
    ('Theo bảng xếp hạng PAPI năm 2022, Quảng Ninh đứng đầu, tiếp đến là Bến Tre và Hà Tĩnh.',
     [R(rank=1, out_of=None)]),
    ('Theo bảng xếp hạng PAPI năm 2022, Hà Tĩnh ở vị trí thứ ba.',
     [R(rank=3, out_of=None)]),
    ('Chỉ số DTI năm 2022, thành phố Đà Nẵng tiếp tục giữ ngôi vị số 1.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số CCHC năm 2022 của Sở Y tế xếp hạng 3/20 sở, ban, ngành.',
     [R(rank=3, out_of=20)]),
    ('Chỉ số CCHC năm 2022: Sở Y tế (hạng 3), Sở Tư pháp (hạng 5).',
     [R(rank=3, out_of=None), R(rank=5, out_of=None)]),
    ('Trong 20 sở, ngành về Chỉ số CCHC năm 2022, Sở Y tế xếp thứ 3, Sở Tư pháp xếp thứ 5.',
     [R(rank=3, out_of=20), R(rank=5, out_of=20)]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46 điểm trên tổng số 100 điểm.',
     [S(value=82.46, max=100.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46 trên 100 điểm.',
     [S(value=82.46, max=100.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46/100.',
     [S(value=82.46, max=100.0, unit='điểm')]),
    ('Chỉ số PAPI năm 2023 của tỉnh đạt 42,35 điểm (trên thang điểm 80).',
     [S(value=42.35, max=80.0, unit='điểm')]),
    ('Chỉ số PAPI năm 2023 của tỉnh đạt 42,35 điểm trên thang điểm 80.',
     [S(value=42.35, max=80.0, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt điểm số 82,46.',
     [S(value=82.46, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt số điểm là 82,46 điểm.',
     [S(value=82.46, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023, huyện đạt kết quả 82,46 điểm.',
     [S(value=82.46, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện là 82,46%.',
     [S(value=82.46, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện: 82,46%.',
     [S(value=82.46, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46% (tăng 1,2%).',
     [S(value=82.46, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46% so với 80,12% năm 2022.',
     [S(value=82.46, max=None, unit='%'), S(value=80.12, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,46%, năm 2022 đạt 80,12%.',
     [S(value=82.46, max=None, unit='%'), S(value=80.12, max=None, unit='%')]),
    ('Chỉ số SIPAS năm 2023 của huyện đạt 91,2%, cao hơn năm 2022 (89,5%).',
     [S(value=91.2, max=None, unit='%'), S(value=89.5, max=None, unit='%')]),
    ('Năm 2023, tỉnh đạt 86,05% về Chỉ số SIPAS.',
     [S(value=86.05, max=None, unit='%')]),
    ('Với 86,05%, Chỉ số SIPAS năm 2023 của tỉnh xếp thứ 12/63.',
     [S(value=86.05, max=None, unit='%'), R(rank=12, out_of=63)]),
    ('Chỉ số SIPAS năm 2023 của tỉnh đạt mức 86,05%.',
     [S(value=86.05, max=None, unit='%')]),
    ('Chỉ số SIPAS năm 2023 của tỉnh ở mức 86,05%.',
     [S(value=86.05, max=None, unit='%')]),
    ('Chỉ số hài lòng năm 2023 của tỉnh đạt 86,05%.',
     [S(value=86.05, max=None, unit='%')]),
    ('Mức độ hài lòng của người dân (SIPAS) năm 2023 của tỉnh đạt 86,05%.',
     [S(value=86.05, max=None, unit='%')]),
    ('Chỉ số DTI năm 2023 của tỉnh đạt 0,5234 điểm, trong đó chính quyền số đạt 0,6012, kinh tế số đạt 0,4123 và xã hội số đạt 0,4567.',
     [S(value=0.5234, max=None, unit='điểm'), S(value=0.6012, max=None, unit='điểm'), S(value=0.4123, max=None, unit='điểm'), S(value=0.4567, max=None, unit='điểm')]),
    ('Chỉ số DTI năm 2023 của tỉnh đạt 512,3/1000 điểm.',
     [S(value=512.3, max=1000.0, unit='điểm')]),
    ('Chỉ số DTI năm 2023 của tỉnh đạt 512,3 điểm/1000 điểm.',
     [S(value=512.3, max=1000.0, unit='điểm')]),
    ('Chỉ số ICT Index của tỉnh năm 2020 đạt 0,5512 điểm, xếp thứ 20/63.',
     [S(value=0.5512, max=None, unit='điểm'), R(rank=20, out_of=63)]),
    ('Kết quả PCI 2022: tỉnh Bắc Giang đạt 67,33 điểm, tăng 2,48 điểm, xếp thứ 13/63.',
     [S(value=67.33, max=None, unit='điểm'), R(rank=13, out_of=63)]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82.46 điểm.',
     [S(value=82.46, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 82,460 điểm.',
     [S(value=82.46, max=None, unit='điểm')]),
    ('Chỉ số PAPI 2022 của tỉnh đạt 43.158 điểm.',
     [S(value=43.158, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của Sở Tư pháp đạt 91,651/100 điểm, xếp thứ 1/20.',
     [S(value=91.651, max=100.0, unit='điểm'), R(rank=1, out_of=20)]),
    ('Theo kết quả Chỉ số CCHC năm 2023, huyện Quảng Điền đạt tổng số điểm 84,57 điểm.',
     [S(value=84.57, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023, huyện Quảng Điền có điểm tổng 84,57.',
     [S(value=84.57, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023, tổng điểm của huyện Quảng Điền là 84,57.',
     [S(value=84.57, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023, huyện Quảng Điền có chỉ số đạt 84,57%.',
     [S(value=84.57, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 84,57 điểm, tăng 2,1 điểm so với năm 2022 (82,47 điểm).',
     [S(value=84.57, max=None, unit='điểm'), S(value=82.47, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 84,57 điểm, năm 2022 là 82,47 điểm.',
     [S(value=84.57, max=None, unit='điểm'), S(value=82.47, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023 của huyện đạt 84,57 điểm, so với năm 2022 là 82,47 điểm thì tăng 2,1 điểm.',
     [S(value=84.57, max=None, unit='điểm'), S(value=82.47, max=None, unit='điểm')]),
    ('Kết quả xác định Chỉ số CCHC năm 2023 của xã Hòa Bắc là 86,5 điểm, đạt loại tốt.',
     [S(value=86.5, max=None, unit='điểm')]),
    ('Kết quả Chỉ số CCHC năm 2023: xã Hòa Bắc 86,5 điểm, xã Hòa Liên 84,2 điểm, xã Hòa Ninh 80,1 điểm.',
     [S(value=86.5, max=None, unit='điểm'), S(value=84.2, max=None, unit='điểm'), S(value=80.1, max=None, unit='điểm')]),
    ('Chỉ số CCHC năm 2023: xã Hòa Bắc đạt 86,5 điểm, xếp thứ 1; xã Hòa Liên đạt 84,2 điểm, xếp thứ 2.',
     [S(value=86.5, max=None, unit='điểm'), R(rank=1, out_of=None), S(value=84.2, max=None, unit='điểm'), R(rank=2, out_of=None)]),
    ('Chỉ số SIPAS năm 2023 của ba huyện lần lượt là 85,2%, 83,1% và 80,5%.',
     [S(value=85.2, max=None, unit='%'), S(value=83.1, max=None, unit='%'), S(value=80.5, max=None, unit='%')]),
    ('Chỉ số CCHC năm 2023 của Sở Tư pháp và Sở Nội vụ lần lượt đạt 90,12 điểm và 88,5 điểm.',
     [S(value=90.12, max=None, unit='điểm'), S(value=88.5, max=None, unit='điểm')]),
    ('Chỉ số SIPAS năm 2023 của huyện với 86,05% người dân hài lòng.',
     [S(value=86.05, max=None, unit='%')]),
    ('Về Chỉ số SIPAS năm 2023, huyện Đông Hòa dẫn đầu với 86,05%.',
     [R(rank=1, out_of=None), S(value=86.05, max=None, unit='%')]),
    ('Về Chỉ số CCHC năm 2023, huyện Đông Hòa đứng thứ hai toàn tỉnh với 86,05 điểm.',
     [R(rank=2, out_of=None), S(value=86.05, max=None, unit='điểm')]),
    ('Về Chỉ số CCHC năm 2023, huyện Đông Hòa xếp thứ 2 trên tổng số 9 huyện, thị xã, thành phố.',
     [R(rank=2, out_of=9)]),
    ('Chỉ số PCI 2023 của tỉnh xếp hạng thứ 2 cả nước, chỉ sau Quảng Ninh.',
     [R(rank=2, out_of=None)]),
    ('Chỉ số PCI năm 2023, tỉnh Quảng Ninh đứng vị trí số 1 cả nước.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PCI năm 2023, tỉnh Quảng Ninh xếp hạng nhất cả nước.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số PCI năm 2023, tỉnh Quảng Ninh xếp hạng 1 cả nước.',
     [R(rank=1, out_of=None)]),
    ('Chỉ số CCHC năm 2023, huyện Ia Grai xếp hạng 3 trong 17 huyện, thị xã, thành phố.',
     [R(rank=3, out_of=17)]),
    ('Chỉ số CCHC năm 2023 của huyện Ia Grai đứng hạng 3/17.',
     [R(rank=3, out_of=17)]),
    ('Chỉ số DTI năm 2022 của tỉnh xếp thứ 18, tăng 12 bậc so với năm 2021 (xếp thứ 30).',
     [R(rank=18, out_of=None), R(rank=30, out_of=None)]),
    ('Chỉ số DTI năm 2022 của tỉnh từ hạng 30 vươn lên hạng 18.',
     [R(rank=30, out_of=None), R(rank=18, out_of=None)]),
    ('Chỉ số DTI năm 2022 của tỉnh vươn lên vị trí thứ 18, từ vị trí thứ 30 năm 2021.',
     [R(rank=18, out_of=None), R(rank=30, out_of=None)]),
    ('Chỉ số CCHC năm 2023, xã Phú Lộc đạt 85,4 điểm, xếp thứ 5/15 xã, thị trấn; xã Phú Hải đạt 84,1 điểm, xếp thứ 6/15.',
     [S(value=85.4, max=None, unit='điểm'), R(rank=5, out_of=15), S(value=84.1, max=None, unit='điểm'), R(rank=6, out_of=15)]),
    ('Chỉ số PAPI năm 2023: điểm tổng hợp của tỉnh đạt 43,21 điểm.',
     [S(value=43.21, max=None, unit='điểm')]),
    ('Chỉ số SIPAS năm 2023 của tỉnh đạt 86,05%, xếp thứ 12/63 và đứng đầu khu vực Tây Nguyên.',
     [S(value=86.05, max=None, unit='%'), R(rank=12, out_of=63), R(rank=1, out_of=None)]),
    ('Theo bảng xếp hạng PCI 2023, Hải Phòng giành vị trí thứ 2.',
     [R(rank=2, out_of=None)]),
    ('Theo bảng xếp hạng PCI 2023, Hải Phòng giành ngôi quán quân.',
     [R(rank=1, out_of=None)]),
    ('Theo bảng xếp hạng PCI 2023, tỉnh Hà Giang đứng cuối cùng với 58,2 điểm.',
     [S(value=58.2, max=None, unit='điểm')]),
    ('Theo bảng xếp hạng PCI 2023, tỉnh Hà Giang đứng cuối bảng xếp hạng trong 63 tỉnh, thành phố.',
     [R(rank=63, out_of=63)]),
    ('Chỉ số PAR INDEX 2023 của tỉnh Bắc Kạn xếp thứ 63/63, cuối bảng xếp hạng.',
     [R(rank=63, out_of=63)]),
    ('Kết quả Chỉ số CCHC năm 2023 của tỉnh có 3 chỉ số thành phần tăng điểm, gồm: Cải cách thể chế 9,5 điểm; Cải cách thủ tục hành chính 12,1 điểm.',
     [S(value=9.5, max=None, unit='điểm'), S(value=12.1, max=None, unit='điểm')]),
    ('Về PAPI năm 2023 của tỉnh Yên Bái, trục Tham gia ở cơ sở đạt 5,12 điểm.',
     [S(value=5.12, max=None, unit='điểm')]),
    ('Chỉ số PAPI năm 2023 của tỉnh, trục nội dung Công khai, minh bạch đạt 5,51/10 điểm.',
     [S(value=5.51, max=10.0, unit='điểm')]),
    ('Chỉ số PCI năm 2023 của tỉnh, chỉ số thành phần Chi phí không chính thức đạt 7,05 điểm, tăng 0,3 điểm.',
     [S(value=7.05, max=None, unit='điểm')]),

    # the highest and lowest units' values, an average in brackets, a difference stated with "là"
    ("Về Chỉ số CCHC năm 2023, đơn vị có điểm cao nhất là Sở Tư pháp (92,5 điểm), thấp nhất là Sở Xây dựng (78,1 điểm).",
     [S(value=92.5, unit="điểm"), S(value=78.1, unit="điểm")]),
    ("Chỉ số CCHC năm 2023 của các xã, cao nhất 91,05 điểm, thấp nhất 75,3 điểm.",
     [S(value=91.05), S(value=75.3)]),
    ("Chỉ số PAPI năm 2023 của tỉnh Thái Bình là 44,3 điểm, cao hơn mức trung bình toàn quốc (42,7 điểm).",
     [S(value=44.3), S(value=42.7, unit="điểm", rule="score_average_bracket")]),
    ("Chỉ số CCHC năm 2023 của Sở Tư pháp đạt 92,1 điểm, cao hơn điểm trung bình của khối (85,4 điểm) là 6,7 điểm.",
     [S(value=92.1), S(value=85.4, rule="score_average_bracket")]),
    ("Chỉ số SIPAS năm 2023 của huyện Ea Kar đạt 88,2%, thấp hơn trung bình cả nước (89,1%).",
     [S(value=88.2, unit="%"), S(value=89.1, unit="%")]),
    ("Năm 2023, PCI của Đà Nẵng đạt 70,96 điểm; năm 2022 đạt 69,17 điểm; năm 2021 đạt 68,88 điểm.",
     [S(value=70.96), S(value=69.17), S(value=68.88)]),
    ("Chỉ số hài lòng (SIPAS) của tỉnh Bình Định năm 2023 là 85,01 %, tăng 2,1 % so với năm 2022.",
     [S(value=85.01, unit="%")]),
    ("Theo kết quả công bố, PAR INDEX 2023 tỉnh Phú Yên đạt 85.74 %, xếp hạng 32/63 tỉnh thành.",
     [S(value=85.74, unit="%"), R(rank=32, out_of=63)]),
    ("Chỉ số CCHC năm 2023 của Sở Tư pháp đạt 92,1 điểm, là đơn vị đứng đầu trong 19 sở, ngành.",
     [S(value=92.1), R(rank=1, out_of=19)]),
    ("Chỉ số CCHC năm 2023 của Sở Tư pháp đạt 92,1 điểm, đứng thứ nhất; Sở Nội vụ đạt 91,4 điểm, đứng thứ hai.",
     [S(value=92.1), R(rank=1), S(value=91.4), R(rank=2)]),
    ("Chỉ số CCHC năm 2023: vị trí thứ nhất là Sở Tư pháp, thứ hai là Sở Nội vụ, thứ ba là Sở Tài chính.",
     [R(rank=1), R(rank=2), R(rank=3)]),
    # the runner-up; units numbered by position after a top group's words
    ("Theo bảng xếp hạng PCI 2023, Hải Phòng giành ngôi á quân.", [R(rank=2, out_of=None, rule="rank_runner_up")]),
    ("Tốp 5 địa phương dẫn đầu Chỉ số PCI năm 2023 gồm: 1. Quảng Ninh; 2. Hải Phòng; 3. Bắc Ninh; 4. Đồng Tháp; "
     "5. Long An.",
     [R(rank=1, out_of=None, rule="rank_numbered_list"), R(rank=2), R(rank=3), R(rank=4), R(rank=5)]),
    ("Tốp 3 đơn vị dẫn đầu Chỉ số CCHC năm 2023: (1) Sở Tư pháp; (2) Sở Nội vụ; (3) Sở Tài chính.",
     [R(rank=1), R(rank=2), R(rank=3)]),
    ("Top 3 huyện có Chỉ số SIPAS cao nhất:\n1. Huyện Ea Súp (90,1%)\n2. Huyện Cư Kuin (89,3%)",
     [R(rank=1), S(value=90.1, unit="%"), R(rank=2), S(value=89.3, unit="%")]),
    ("Các xã dẫn đầu về Chỉ số CCHC năm 2023 là: 1) Xã Quỳnh Lập; 2) Xã Quỳnh Hưng.", [R(rank=1), R(rank=2)]),
    ("Chỉ số DTI 2023 của tỉnh xếp thứ 20/63, tăng 5 bậc so với năm 2022 (25/63).",
     [R(rank=20, out_of=63), R(rank=25, out_of=63)]),
]

# Flattened index tables: a heading, then rows "N <unit> <score> <rank>" in the heading's order.
TABLES = [
    ("Bảng xếp hạng Chỉ số CCHC năm 2023 khối sở, ngành:\nSTT Đơn vị Tổng điểm Xếp hạng\n1 Sở Tư pháp 92,15 1\n"
     "2 Sở Nội vụ 91,80 2\n3 Sở Y tế 88,04 3\nNguồn: Sở Nội vụ.",
     [S(value=92.15, unit="điểm", rule="table_unit_score_rank"), R(rank=1, out_of=None), S(value=91.8), R(rank=2),
      S(value=88.04), R(rank=3)]),
    ("Kết quả Chỉ số CCHC năm 2023 cấp huyện STT Đơn vị Điểm Xếp hạng 1 Huyện Đông Anh 90,12 1 2 Huyện Gia Lâm "
     "89,5 2 3 Huyện Sóc Sơn 87,25 3",
     [S(value=90.12), R(rank=1), S(value=89.5), R(rank=2), S(value=87.25), R(rank=3)]),
    ("Kết quả Chỉ số SIPAS năm 2023 của các huyện\nTT | Địa phương | Chỉ số SIPAS (%) | Thứ hạng\n"
     "1 | Huyện Cam Lộ | 91,25 | 1\n2 | Huyện Vĩnh Linh | 90,02 | 2",
     [S(value=91.25, unit="%"), R(rank=1), S(value=90.02, unit="%"), R(rank=2)]),
    ("Chỉ số CCHC năm 2023 các xã\nSTT\tTên đơn vị\tĐiểm\n1\tXã Tân An\t85,5\n2\tXã Tân Bình\t84,25\n",
     [S(value=85.5, unit="điểm"), S(value=84.25, unit="điểm")]),
    ("Chỉ số DDCI năm 2023 khối huyện:\nSTT Địa phương Xếp hạng Điểm\n1 Thành phố Lào Cai 1 80,21\n"
     "2 Thị xã Sa Pa 2 79,8\n",
     [R(rank=1), S(value=80.21), R(rank=2), S(value=79.8)]),
]

# Phrasings of the genre that hold no score and no rank: targets, top groups and "cao nhất" (a group,
# not a position: annotation-notes c1 §11), last place without a total, growth, budget shares,
# weights, criteria counts, vote shares, dates, document numbers, counts of units.
BREADTH_NOTHING = [
    'Chỉ số PCI 2022 của tỉnh nằm trong top 10 cả nước.',
    'Chỉ số PCI 2022 của tỉnh lọt top 5 tỉnh, thành phố dẫn đầu.',
    'Chỉ số PAPI 2022 của tỉnh đạt điểm cao nhất cả nước.',
    'Chỉ số SIPAS 2022 của tỉnh thấp nhất cả nước.',
    'Chỉ số CCHC năm 2022 của huyện Mường Tè xếp cuối.',
    'Năm 2024, huyện phấn đấu Chỉ số CCHC đạt trên 85 điểm, xếp trong tốp 5 của tỉnh.',
    'Mục tiêu đến năm 2025, Chỉ số PCI của tỉnh nằm trong nhóm 20 tỉnh dẫn đầu cả nước.',
    'Để nâng cao Chỉ số PCI, tỷ lệ giải ngân vốn đầu tư công năm 2023 đạt 75,3% kế hoạch.',
    'Về Chỉ số CCHC, chi ngân sách cho cải cách hành chính chiếm 2,5% tổng chi.',
    'Về Chỉ số CCHC, xã Ea Kao đạt 17/19 tiêu chí nông thôn mới.',
    'Đồng chí Nguyễn Văn Hùng trúng cử Chủ tịch UBND huyện với 98,5% số phiếu tán thành; hội nghị bàn về Chỉ số CCHC.',
    'Quyết định số 1150/QĐ-BNV ngày 30/12/2021 phê duyệt Đề án xác định Chỉ số CCHC của các bộ, cơ quan ngang bộ.',
    'Kế hoạch số 45/KH-UBND ngày 12/3/2023 về nâng cao Chỉ số PCI năm 2023.',
    'Bộ Chỉ số CCHC cấp huyện gồm 8 lĩnh vực, 40 tiêu chí và 85 tiêu chí thành phần.',
    'Cuộc khảo sát SIPAS năm 2023 thu về 1.250 phiếu hợp lệ.',
    'Chỉ số PCI năm 2022 của tỉnh tăng 3,5 điểm so với năm 2021.',
    'Chỉ số CCHC có điểm thẩm định tối đa 62 điểm, điểm điều tra xã hội học tối đa 38 điểm.',
    'Chỉ số CCHC được đánh giá theo thang điểm 100.',
    'Năm 2025, Chỉ số PAPI của tỉnh phấn đấu thuộc nhóm cao nhất.',
    'Tỉnh đặt mục tiêu đến năm 2025 Chỉ số PCI lọt top 10 và Chỉ số SIPAS đạt trên 90%.',
    'Hội nghị công bố Chỉ số CCHC năm 2023 có 150 đại biểu tham dự.',
    'Kỳ họp thứ 12 HĐND tỉnh khóa XVII thảo luận về Chỉ số PCI.',
    'Tại Đại hội lần thứ XX, tỉnh đề ra mục tiêu nâng cao Chỉ số PCI.',
    'Về Chỉ số CCHC, 95% hồ sơ được giải quyết đúng hạn và 80% thủ tục được thực hiện trực tuyến.',
    'Chỉ số PCI 2022 của tỉnh giảm 5 bậc so với năm 2021.',
    'Về Chỉ số SIPAS, khoảng cách giữa huyện cao nhất và huyện thấp nhất là 3,5%.',
    'Chỉ số PCI năm 2023 được công bố ngày 16/4/2024 tại Hà Nội.',
    'Chỉ số CCHC năm 2023 của huyện tăng 4,12% so với năm 2022.',
    'Chỉ số PAPI năm 2023 của tỉnh cao hơn trung bình cả nước 1,35 điểm.',
    'Năm 2023, toàn tỉnh có 8/10 huyện có Chỉ số CCHC đạt trên 80 điểm.',
    'Về Chỉ số CCHC năm 2023, có 12 xã đạt từ 80 đến dưới 90 điểm.',
    'Kết quả Chỉ số CCHC là một trong 3 tiêu chí để xếp loại người đứng đầu, chiếm 30% tổng điểm.',
    'Về Chỉ số DTI, tỉnh có 100% cơ quan kết nối mạng, 98,2% văn bản được ký số.',
    'Chỉ số PCI của tỉnh có 10 chỉ số thành phần, trong đó chỉ số Chi phí thời gian được trọng số 15%.',
    'Về Chỉ số CCHC năm 2023, 100% xã đạt loại khá trở lên.',
    'Chỉ số PCI năm 2022 có 12.500 doanh nghiệp tham gia khảo sát, tỷ lệ phản hồi 10,5%.',
    'Về Chỉ số SIPAS, có 3 đơn vị đạt trên 90%, 5 đơn vị đạt từ 85% đến 90%.',
    'Huyện Lắk đứng thứ 2 từ dưới lên về Chỉ số CCHC năm 2023.',
    'Chỉ số CCHC năm 2023 được xác định theo Quyết định số 2148/QĐ-UBND ngày 15/9/2023.',
    'Chỉ số PAPI năm 2023 gồm 8 chỉ số nội dung, 28 chỉ số nội dung thành phần và 135 chỉ số thành phần nhỏ.',
    'Về Chỉ số CCHC, huyện có 18/18 xã hoàn thành kế hoạch, đạt 100%.',
    # a list of an index's parts is no ranking; approximate values and a range are not stated results
    "Bộ Chỉ số xếp hạng CCHC gồm 8 lĩnh vực: 1. Công tác chỉ đạo điều hành; 2. Cải cách thể chế; 3. Cải cách thủ tục.",
    "Chỉ số CCHC năm 2023 của huyện Phú Vang đạt gần 80 điểm.",
    "Chỉ số CCHC năm 2023 của huyện Phú Vang đạt khoảng 80 điểm.",
    "Chỉ số SIPAS năm 2023 của các huyện dao động từ 82,1% đến 90,5%.",
    "Chỉ số PCI 2023 của tỉnh có 6/10 chỉ số thành phần tăng điểm.",
]



@pytest.mark.parametrize("text,expected", BREADTH + TABLES, ids=[t[:50] for t, _ in BREADTH + TABLES])
def test_the_genre_across_portals(text, expected):
    _check([f for f in facts(text) if f["kind"] != "rating"], expected)  # ratings: the tables above


@pytest.mark.parametrize("text", BREADTH_NOTHING, ids=[t[:50] for t in BREADTH_NOTHING])
def test_the_genre_across_portals_gives_nothing_here(text):
    assert [(f["kind"], f["span"]["text"]) for f in facts(text) if f["kind"] != "rating"] == []


def test_the_breadth_tables_are_wide():
    assert len(BREADTH) + len(TABLES) + len(BREADTH_NOTHING) >= 60
