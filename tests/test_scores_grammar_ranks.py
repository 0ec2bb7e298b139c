"""Rank positions of every kind by grammar (FACTS.md `rankings`, "every rank position"; issue 19):
a unit's rank is a ranking whatever it ranks (an economic statistic, a count, an exam average, a
contest's team standing), with no index named; the value ranked is no score. The near misses put
the same slots around what is no rank position: rank changes, orders' classes, prizes, a place in a
queue, the head of a body, who leads a delegation or a movement, ordinals of times and events, a list
order without a rank word. Each row alone and beside an index's result. Units, names and numbers
are invented."""
import pytest

from .test_scores_grammar import LEADS, R, check, facts, rotate

UNITS = ["huyện Krông Năng", "xã Ea Tóh", "thị xã Buôn Hồ", "thành phố Buôn Ma Thuột", "tỉnh Đắk Lắk"]

# what is ranked, written before the rank in its clause ({U}: the unit); no value here is a score
RANKED = [
    # economic statistics
    "tốc độ tăng trưởng GRDP của {U} đạt 7,52%,", "thu ngân sách năm 2023 của {U} đạt 512 tỷ đồng,",
    "kim ngạch xuất khẩu của {U} đạt 120 triệu USD,", "dân số của {U} là 125.430 người,",
    "tỷ lệ hộ nghèo của {U} giảm còn 3,1%,",
    # counts
    "{U} có 125 thủ tục hành chính được cắt giảm,", "{U} có 11/17 xã đạt chuẩn nông thôn mới,",
    "năm 2023, {U} tiếp nhận 1.250 hồ sơ trực tuyến,",
    # exam averages and exam results
    "điểm trung bình các môn thi tốt nghiệp THPT của {U} đạt 6,47 điểm,",
    "tại kỳ thi học sinh giỏi cấp tỉnh, {U} có 45 em đạt giải,",
    # contests: a team's standing
    "tại hội thao quốc phòng cấp tỉnh, trung đội dân quân {U}", "tại giải bóng đá nam, đội bóng {U}",
    "tại hội thi tuyên truyền pháp luật, đội thi của {U}",
]
RANK_FORMS = [("xếp thứ 4 toàn tỉnh", R(4)), ("đứng thứ 2/18 huyện, thị xã, thành phố", R(2, 18)),
              ("dẫn đầu toàn tỉnh", R(1)), ("xếp thứ ba toàn đoàn", R(3)), ("đứng thứ 21 cả nước", R(21)),
              ("xếp vị trí thứ nhất", R(1)), ("xếp thứ 38/63 tỉnh, thành phố", R(38, 63)),
              ("đứng thứ 2 trong 9 huyện", R(2, 9)), ("đứng đầu cả nước", R(1)), ("xếp hạng nhì", R(2)),
              ("được suy tôn dẫn đầu phong trào thi đua của Cụm", R(1)), ("giành hạng Nhì toàn đoàn", R(2)),
              ("đoạt hạng Ba chung cuộc", R(3))]

# what is ranked, written after the rank: "<unit> <rank> về <what>"
ABOUT = ["số xã đạt chuẩn nông thôn mới", "số học sinh giỏi quốc gia", "thu ngân sách", "tăng trưởng GRDP",
         "điểm trung bình thi tốt nghiệp THPT", "thu hút đầu tư", "số doanh nghiệp thành lập mới",
         "kết quả hội thao quốc phòng"]
ABOUT_RANKS = [("đứng thứ 3/10 huyện, thị xã trong tỉnh", R(3, 10)), ("xếp thứ 21", R(21)),
               ("dẫn đầu toàn tỉnh", R(1)), ("đứng đầu cả nước", R(1)), ("xếp thứ 2 trong 9 huyện", R(2, 9))]


def _sentence(words: str) -> str:
    return words[0].upper() + words[1:] + "."


def _with_lead(k: int, sentence: str, ranked: list) -> tuple:
    """The row beside an index's result (before it or after it, in turn): the lead's facts stay its own."""
    lead, expected = LEADS[k % 2]
    return (lead + " " + sentence, expected + ranked) if k % 2 else (sentence + " " + lead, ranked + expected)


def _rank_rows():
    rows = []
    for k, (what, (form, fact)) in enumerate(rotate(RANKED, RANK_FORMS, 2)):
        sentence = _sentence(f"{what.format(U=UNITS[k % len(UNITS)])} {form}")
        rows += [(sentence, [fact]), _with_lead(k, sentence, [fact])]
    for k, (what, (form, fact)) in enumerate(rotate(ABOUT, ABOUT_RANKS, 2)):
        sentence = f"Năm 2023, {UNITS[k % len(UNITS)]} {form} về {what}."
        rows += [(sentence, [fact]), _with_lead(k, sentence, [fact])]
    return rows


# no rank position: the same slots around a rank change, a class (an order's, stars), a prize, a queue, a head, a leader,
# a count of times, an event's ordinal, a list order without a rank word
NEAR_MISSES = [
    "{U} tăng 02 bậc so với năm 2022", "{U} giảm 3 hạng so với năm trước",
    "{U} được tặng Huân chương Lao động hạng Ba", "Huân chương Chiến công hạng Nhì được trao cho Công an {U}",
    "đội thi của {U} đạt giải Nhì", "đội bóng {U} giành giải Ba giải bóng đá nam", "{U} đoạt giải Nhất hội thi",
    "tại bộ phận một cửa của {U}, bà Lan đứng thứ 3 trong hàng chờ",
    "người đứng đầu {U} chịu trách nhiệm trước cấp trên",
    "đồng chí Chủ tịch UBND {U} dẫn đầu đoàn công tác",
    "đoàn công tác do đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc tại {U}",
    "đoàn đại biểu {U} do ông Lê Văn Nam dẫn đầu đã đến thăm",
    "dưới sự dẫn đầu của đồng chí Bí thư, đoàn {U} đã đến thăm",
    "đây là lần thứ 3 {U} tổ chức hội thi",
    "kỳ họp thứ 15 HĐND {U} khóa XII bế mạc", "Đại hội lần thứ XII Đảng bộ {U} thành công tốt đẹp",
    "các xã đạt chuẩn ở {U} lần lượt là Ea Tóh, Ea Hồ và Ea Kly", "xã Ea Tóh có nhiều sáng kiến nhất, tiếp đến là {U} và xã Ea Hồ",
    # a place in a photo, where a thing is put
    "đồng chí Bí thư {U} (đứng ở vị trí 3 từ trái sang) trao quà cho các hộ nghèo",
    "trạm bơm của {U} được đặt ở vị trí 3 của tuyến kênh chính",
    "đồng chí Chủ tịch UBND {U} (thứ 3, từ phải sang) trao quà", "lãnh đạo {U} (thứ 2, trái) trao giấy khen",
    "Bí thư {U} (đứng thứ 2, hàng đầu) chụp ảnh lưu niệm", "Phó Chủ tịch {U} (đứng thứ 3 bên trái) tặng hoa",
    # a class of stars (OCOP products, hotels), not a position
    "{U} có 12 sản phẩm OCOP được xếp hạng 3 sao và 2 sản phẩm xếp hạng 4 sao",
    "khách sạn trên địa bàn {U} được xếp hạng 4 sao",
]


# the class a health facility holds ({F}), a grade of public employees: no position among units (ANNOTATION.md)
FACILITIES = ["Bệnh viện Đa khoa {U}", "Trung tâm Y tế {U}", "bệnh viện tuyến huyện của {U}"]
CLASS_FORMS = ["{F} được xếp hạng 2", "{F} được Sở Y tế xếp hạng 3", "{F} được công nhận xếp hạng 1",
               "{F} được UBND tỉnh quyết định xếp hạng 2 từ năm 2023", "{F} là bệnh viện hạng 2 với 250 giường bệnh",
               "UBND tỉnh ban hành quyết định xếp hạng 2 đối với {F}", "{F} đạt tiêu chuẩn bệnh viện hạng 3",
               "{F} được công nhận là bệnh viện hạng 1"]
GRADES = ["{U} có 25 giáo viên được thăng hạng chức danh nghề nghiệp từ hạng 3 lên hạng 2",
          "năm 2023, {U} tổ chức xét thăng hạng viên chức từ hạng 4 lên hạng 3 cho 40 người",
          "{U} bổ nhiệm 18 giáo viên tiểu học hạng 2", "12 viên chức của {U} được bổ nhiệm chức danh nghề nghiệp hạng 3",
          "{U} cử 30 giáo viên dự thi thăng hạng lên hạng 2"]
# the same facilities placed among others: a position all the same
FACILITY_RANKS = [("{F} xếp thứ 6 toàn tỉnh về chất lượng bệnh viện", R(6)), ("{F} đứng đầu toàn tỉnh về sự hài lòng", R(1)),
                  ("{F} xếp hạng 2/15 bệnh viện trong tỉnh về chất lượng", R(2, 15)),
                  ("{F} là bệnh viện hạng 2, xếp thứ 4 toàn tỉnh về chất lượng", R(4))]


def _near_miss_rows():
    rows = []
    classes = [c.replace("{F}", f) for c, f in rotate(CLASS_FORMS, FACILITIES, 2)]
    for k, miss in enumerate(NEAR_MISSES + classes + GRADES):
        sentence = _sentence(miss.format(U=UNITS[k % len(UNITS)]))
        rows += [(sentence, []), _with_lead(k, sentence, [])]
    for k, ((form, fact), f) in enumerate(rotate(FACILITY_RANKS, FACILITIES, 2)):
        sentence = _sentence(form.replace("{F}", f).format(U=UNITS[k % len(UNITS)]))
        rows += [(sentence, [fact]), _with_lead(k, sentence, [fact])]
    return rows


ROWS = _rank_rows() + _near_miss_rows()


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"k{k:03d}" for k in range(len(ROWS))])
def test_rank_position_of_anything(text, expected):
    check(facts(text), expected)


def test_every_slot_is_generated():
    texts = "\n".join(t for t, _ in ROWS).lower()
    assert all(form.lower() in texts for form, _ in RANK_FORMS + ABOUT_RANKS)
    assert all(a.lower() in texts for a in ABOUT)
    # the longest piece of each slot value around its unit
    assert all(max(v.split("{U}"), key=len).strip(" ,").lower() in texts for v in RANKED + NEAR_MISSES + GRADES)
    assert all(max(v.split("{F}"), key=len).strip(" ,").lower() in texts for v in CLASS_FORMS)
