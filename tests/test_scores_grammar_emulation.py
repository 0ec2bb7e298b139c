"""Scores by grammar: emulation points and points given with a rating, an assessed result in điểm (FACTS.md `scores`, "every assessed
score"; the gold of h_159 lists a cluster's "dẫn đầu Cụm với 97,5 điểm"), in an article that names no
reform index: the emulation marking named ("chấm điểm thi đua", "Cụm thi đua", "điểm thi đua") gives
the points their context. The near misses put the same marking beside exam points, counts, bands,
targets and points added or taken off. Units, schools and numbers are invented."""
import pytest

from tests.test_scores_grammar import R, S, check, facts, rotate

MARKINGS = ["Kết quả chấm điểm thi đua năm 2023", "Trong Cụm thi đua số 3 của tỉnh", "Theo kết quả bình xét thi đua năm học",
            "Tại hội nghị tổng kết Khối thi đua các cơ quan Đảng", "Căn cứ bảng điểm thi đua của Cụm"]
RESULTS = [("huyện Ea Kar dẫn đầu với 97,5 điểm; huyện Cư Kuin xếp thứ nhì với 95 điểm", [R(1), S(97.5), R(2), S(95.0)]),
           ("trường THCS Lê Lợi đạt 96,5 điểm, xếp thứ nhất khối THCS", [S(96.5), R(1)]),
           ("Phòng GD&ĐT huyện được chấm 98,25/100 điểm, xếp thứ 2/15", [S(98.25, 100.0), R(2, 15)]),
           ("tổng điểm thi đua của xã Ea Tóh đạt 945/1000 điểm", [S(945.0, 1000.0)]),
           ("Công an xã Ea Hồ đạt 92 điểm, xếp loại xuất sắc", [S(92.0)])]
ROWS = [(f"{m}, {r}.", expected) for (r, expected), m in rotate(RESULTS, MARKINGS, 2)]
NEAR_MISSES = [
    "Kết quả chấm điểm thi đua năm học 2023-2024 được công bố; kỳ thi tốt nghiệp THPT có 15 bài thi đạt điểm 10.",
    "Trong Cụm thi đua số 3, thủ khoa khối A của huyện Ea Kar đạt 29,5 điểm.",
    "Theo kết quả bình xét thi đua, điểm chuẩn vào lớp 10 của trường là 24,5 điểm.",
    "Cụm thi đua đề ra mục tiêu 100% xã đạt từ 90 điểm trở lên.",
    "Trong Cụm thi đua số 3, huyện Ea Kar được cộng 2 điểm thi đua và bị trừ 1,5 điểm do chậm báo cáo.",
    "Khối thi đua các trường THPT có 12 trường, trong đó 10 trường đạt chuẩn quốc gia, đạt 83,3%.",
    "Tại hội nghị Cụm thi đua, thu ngân sách toàn Cụm tăng 15,3%, tỷ lệ hộ nghèo giảm còn 3,2%.",
    "Trong Cụm thi đua, huyện Ea Kar có 18/20 chỉ tiêu đạt và vượt, đạt 90%; 95,2% hộ gia đình đạt danh hiệu văn hóa.",
]
# points given with a rating, an assessment's result wherever it is written, no index or marking named
RATED = [("Năm học 2023-2024, Phòng GD&ĐT huyện Ea Kar được Sở đánh giá đạt 98,5/100 điểm, xếp loại xuất sắc.",
          [S(98.5, 100.0)]),
         ("Năm 2023, Công an xã Ea Tóh đạt 92 điểm, được xếp loại hoàn thành xuất sắc nhiệm vụ.", [S(92.0)]),
         ("Kết quả kiểm tra cuối năm, trường Tiểu học Kim Đồng xếp loại Tốt với 88,5 điểm.", [S(88.5)]),
         ("Năm 2023, Hội Nông dân xã Ea Hồ được chấm 95 điểm, xếp loại vững mạnh.", [S(95.0)]),
         ("Học sinh Nguyễn Văn B đạt 9,5 điểm, xếp loại giỏi.", []),
         ("Năm học qua, 95% học sinh xếp loại hạnh kiểm tốt.", []),
         # the rule of the rating, its thresholds
         ("Theo quy định, đơn vị đạt từ 90 điểm trở lên được xếp loại xuất sắc.", []),
         ("Theo quy định, xã đạt dưới 50 điểm, xếp loại yếu.", []),
         # a contest's or an exam's points, rated
         ("Tại Hội thi tiếng hát cơ sở, đội xã Ea Tóh đạt 95 điểm, xếp loại xuất sắc.", []),
         ("Đội văn nghệ xã Ea Hồ đạt 92 điểm, xếp loại xuất sắc tại cuộc thi cấp huyện.", [])]
ROWS += RATED
ROWS += [(m, []) for m in NEAR_MISSES] + [
    # the rank stays, the shares of rated bodies go
    ("Hội Nông dân huyện đứng đầu Khối thi đua; 92,5% cơ sở Hội và 88% chi hội được xếp loại vững mạnh.", [R(1)])]


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"e{k:02d}" for k in range(len(ROWS))])
def test_emulation_points(text, expected):
    check(facts(text), expected)
