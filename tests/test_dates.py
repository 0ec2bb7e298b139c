"""Time expressions of the genre, each with the value a reader would write down (eyecite-style tables).

Sentences are written for these tests in the genre's phrasing; none is copied from the corpus.
"""

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

from .conftest import SEEDS

DATES = Pipeline(["date"])
BOTH = Pipeline(["date", "document_ref"])


def run(text, published=None, title="Tin hoạt động", pipe=DATES):
    art = make_article(f"{title}\n{text}", "<test>", published=published)
    return pipe(art)


def facts(text, published=None, title="Tin hoạt động"):
    return [f for f in run(text, published, title)["facts"] if f["kind"] == "date"]


def summary(text, published=None, title="Tin hoạt động"):
    return [(f["span"]["text"], f["value"], f["granularity"]) for f in facts(text, published, title)]


# (text, published, [(span text, value, granularity)] in order)
TABLE = [
    # a holiday named without "ngày" before its D/M: that day, in the page's year (annotation notes b.md 12,
    # second.md 13: holiday dates are listed); the name stays out of the span, as a signal does
    ("nhân dịp kỷ niệm Quốc khánh 2-9", "2024-08-21", [("2-9", "2024-09-02", "day")]),
    ("chào mừng Cách mạng Tháng Tám 19/8 và Quốc khánh 2/9", "2024-08-12",
     [("19/8", "2024-08-19", "day"), ("2/9", "2024-09-02", "day")]),
    # days with their year
    ("Chiều ngày 9/3/2022, UBND huyện tổ chức hội nghị trực tuyến.", None,
     [("Chiều ngày 9/3/2022", "2022-03-09", "day")]),
    ("Sáng ngày 04/07/2024, Đảng ủy xã họp phiên thường kỳ.", None, [("Sáng ngày 04/07/2024", "2024-07-04", "day")]),
    ("Hà Nội, ngày 05 tháng 01 năm 2020", None, [("ngày 05 tháng 01 năm 2020", "2020-01-05", "day")]),
    ("Quy chế có hiệu lực kể từ ngày 15 tháng 01 năm 2024.", None,
     [("ngày 15 tháng 01 năm 2024", "2024-01-15", "day")]),
    ("Chỉ thị ban hành ngày 19-8-2021 của Ban Thường vụ", None, [("ngày 19-8-2021", "2021-08-19", "day")]),
    ("Kế hoạch ban hành ngày 20 - 8 - 2021", None, [("ngày 20 - 8 - 2021", "2021-08-20", "day")]),
    ("Thông báo ngày 5.6.2023 của Văn phòng", None, [("ngày 5.6.2023", "2023-06-05", "day")]),
    ("Công văn số 15/UBND-VP, ngày27/3/2019 gửi các xã", None, [("ngày27/3/2019", "2019-03-27", "day")]),
    ("Vào lúc 14 giờ, thứ Hai, ngày 15/01/2024, Ban Chỉ đạo họp.", None,
     [("thứ Hai, ngày 15/01/2024", "2024-01-15", "day")]),
    ("Thứ Sáu, 12/01/2024", None, [("Thứ Sáu, 12/01/2024", "2024-01-12", "day")]),
    ("Chủ nhật, 21/01/2024 08:15", None, [("Chủ nhật, 21/01/2024", "2024-01-21", "day")]),
    ("19/09/2022 - 17:07", None, [("19/09/2022", "2022-09-19", "day")]),
    ("Ngày cập nhật 15/01/2024", None, [("15/01/2024", "2024-01-15", "day")]),
    ("trưa ngày 1/10/2023, đoàn công tác về xã", None, [("trưa ngày 1/10/2023", "2023-10-01", "day")]),
    ("buổi chiều ngày 20/11/2023, hội nghị bế mạc", None, [("buổi chiều ngày 20/11/2023", "2023-11-20", "day")]),
    ("đêm 3/12/2022, lực lượng chức năng kiểm tra", None, [("đêm 3/12/2022", "2022-12-03", "day")]),
    ("theo Quyết định ngày 15 tháng Tư năm 2024", None, [("ngày 15 tháng Tư năm 2024", "2024-04-15", "day")]),
    ("Kỷ niệm ngày sinh (19/5/1890 - 19/5/2024)", None,
     [("19/5/1890 - 19/5/2024", "1890-05-19", "day")]),
    # days without a year: the year comes from the article
    ("Ngày 14.9, UBND huyện tổ chức hội nghị chuyên đề năm 2022.", None,
     [("Ngày 14.9", "2022-09-14", "day"), ("năm 2022", "2022", "year")]),
    ("Ngày 14/9, Ban Dân vận Huyện ủy tổ chức sơ kết.", "2023-09-20", [("Ngày 14/9", "2023-09-14", "day")]),
    ("Sáng 29/7, Đảng bộ xã khai mạc đại hội.", "2025-07-30", [("Sáng 29/7", "2025-07-29", "day")]),
    ("Chiều 22/6, Thường trực HĐND huyện họp.", "2021-06-23", [("Chiều 22/6", "2021-06-22", "day")]),
    ("(BT) - Ngày19-4, Sở Nội vụ công bố kết quả.", "2023-04-20", [("Ngày19-4", "2023-04-19", "day")]),
    ("Sáng 16-4, Chủ tịch UBND thành phố chủ trì lễ công bố.", "2019-04-16", [("Sáng 16-4", "2019-04-16", "day")]),
    ("Sáng 7.8, đại hội tiếp tục ngày làm việc thứ hai.", "2020-08-08", [("Sáng 7.8", "2020-08-07", "day")]),
    ("tối 3/12, đoàn kiểm tra làm việc tại xã", "2022-12-05", [("tối 3/12", "2022-12-03", "day")]),
    ("Sáng\n27/4, Ban Tổ chức công bố báo cáo.", "2022-05-02", [("Sáng\n27/4", "2022-04-27", "day")]),
    ("UBND xã tổ chức lễ ra mắt vào mùng 2/9.", "2023-08-30", [("mùng 2/9", "2023-09-02", "day")]),
    ("Hội nghị sẽ kéo dài đến 15/7.", "2024-07-01", [("15/7", "2024-07-15", "day")]),
    ("tăng cường trực ban dịp 30/4 và 1/5", "2024-04-25",
     [("30/4", "2024-04-30", "day"), ("1/5", "2024-05-01", "day")]),
    ("khai giảng năm học mới (05/9)", "2019-08-30", [("05/9", "2019-09-05", "day")]),
    ("Ngày 28/12, UBND tỉnh tổng kết năm.", "2024-01-05", [("Ngày 28/12", "2023-12-28", "day")]),
    ("Nghị định số 15/2020/NĐ-CP ngày 5/3 của Chính phủ", "2023-01-10", [("ngày 5/3", "2020-03-05", "day")]),
    # impossible days are kept as written
    ("Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy", None, [("ngày 31/11/2021", "2021-11-31", "day")]),
    ("Thông báo ngày 29/2/2023", None, [("ngày 29/2/2023", "2023-02-29", "day")]),
    ("Thông báo ngày 29/2/2024", None, [("ngày 29/2/2024", "2024-02-29", "day")]),
    # ranges and lists of days
    ("Đoàn giám sát làm việc từ ngày 1/7 đến ngày 15/7/2024.", None,
     [("ngày 1/7 đến ngày 15/7/2024", "2024-07-01", "day")]),
    ("Hội nghị diễn ra ngày 24-25/6/2024", None, [("ngày 24-25/6/2024", "2024-06-24", "day")]),
    ("Lớp tập huấn mở trong hai ngày 24 và 25/6/2024", None,
     [("ngày 24 và 25/6/2024", "2024-06-24", "day"), ("ngày 24 và 25/6/2024", "2024-06-25", "day")]),
    ("Tiếp xúc cử tri ngày 19/8 và ngày 20/8/2021", None,
     [("ngày 19/8", "2021-08-19", "day"), ("ngày 20/8/2021", "2021-08-20", "day")]),
    ("Nghỉ Tết từ ngày 28/12 đến ngày 3/1.", "2023-12-20", [("ngày 28/12 đến ngày 3/1", "2023-12-28", "day")]),
    # two half-days of one event, the month written once (in words or digits)
    ("Chiều ngày 14 và sáng ngày 15 tháng 3 năm 2023, Đảng ủy phường học tập nghị quyết", None,
     [("Chiều ngày 14 và sáng ngày 15 tháng 3 năm 2023", "2023-03-14", "day"),
      ("Chiều ngày 14 và sáng ngày 15 tháng 3 năm 2023", "2023-03-15", "day")]),
    ("Trong hai ngày 8 và 9 tháng 10 năm 2021, huyện mở lớp bồi dưỡng", None,
     [("ngày 8 và 9 tháng 10 năm 2021", "2021-10-08", "day"), ("ngày 8 và 9 tháng 10 năm 2021", "2021-10-09", "day")]),
    ("chiều ngày 6 và sáng ngày 7/11/2022, HĐND thị trấn họp", None,
     [("chiều ngày 6 và sáng ngày 7/11/2022", "2022-11-06", "day"),
      ("chiều ngày 6 và sáng ngày 7/11/2022", "2022-11-07", "day")]),
    # page date lines as portals and WordPress print them
    ("7 Tháng 3 2016", None, [("7 Tháng 3 2016", "2016-03-07", "day")]),
    ("21 thg 4, 2017", None, [("21 thg 4, 2017", "2017-04-21", "day")]),
    ("03 Tháng hai 2019 - 10:15 PM", None, [("03 Tháng hai 2019", "2019-02-03", "day")]),
    ("Tháng Mười Một 14, 2018, 09:20", None, [("Tháng Mười Một 14, 2018", "2018-11-14", "day")]),
    ("Thứ Bảy, 09 Tháng Mười 2021", None, [("Thứ Bảy, 09 Tháng Mười 2021", "2021-10-09", "day")]),
    (" date 2024-03-05 Xã Tân An tổ chức hội nghị", None, [("2024-03-05", "2024-03-05", "day")]),
    (" date 2024-11 Ngày 04/11, huyện họp giao ban.", None,
     [("2024-11", "2024-11", "month"), ("Ngày 04/11", "2024-11-04", "day")]),
    # relative days and months, counted from the page's date
    ("Hôm nay, Ban Chỉ huy quân sự huyện tổ chức lễ giao quân.", "2024-02-26",
     [("Hôm nay", "2024-02-26", "day")]),
    ("Hôm qua, đoàn giám sát làm việc tại xã Tân Phú.", "2023-03-01", [("Hôm qua", "2023-02-28", "day")]),
    ("ngày mai, cử tri các thôn tiếp tục đóng góp ý kiến", "2022-12-31", [("ngày mai", "2023-01-01", "day")]),
    # a part of the day, then "nay" or "qua" without "hôm"
    ("Chiều qua, Thường trực HĐND huyện giám sát tại xã Ea Bar.", "2024-03-21", [("Chiều qua", "2024-03-20", "day")]),
    ("Sáng nay, UBND xã tổ chức lễ ra quân.", "2024-01-01", [("Sáng nay", "2024-01-01", "day")]),
    ("Qua kiểm tra, đoàn ghi nhận xã làm tốt.", "2024-03-21", []),
    ("so với tháng trước, số hồ sơ trễ hạn giảm", "2024-01-10", [("tháng trước", "2023-12", "month")]),
    # months, quarters, halves and years keep their own granularity
    ("Kết quả giải quyết hồ sơ trong tháng 8/2021", None, [("tháng 8/2021", "2021-08", "month")]),
    ("THƯỜNG TRỰC HĐND HỌP THƯỜNG KỲ THÁNG 3/2020", None, [("THÁNG 3/2020", "2020-03", "month")]),
    ("phiên họp thường kỳ tháng 12 năm 2023", None, [("tháng 12 năm 2023", "2023-12", "month")]),
    ("kỳ họp thường lệ tháng 7 của UBND xã", "2022-07-20", [("tháng 7", "2022-07", "month")]),
    ("bắt đầu từ tháng Tư năm 2024", None, [("tháng Tư năm 2024", "2024-04", "month")]),
    ("Báo cáo kết quả Quý I/2022", None, [("Quý I/2022", "2022-Q1", "quarter")]),
    ("nhiệm vụ trọng tâm quý II năm 2024", None, [("quý II năm 2024", "2024-Q2", "quarter")]),
    ("giám sát chuyên đề trong quý 3/2023", None, [("quý 3/2023", "2023-Q3", "quarter")]),
    ("phương hướng nhiệm vụ Quý IV", "2021-10-05", [("Quý IV", "2021-Q4", "quarter")]),
    ("sơ kết 6 tháng đầu năm 2024", None, [("6 tháng đầu năm 2024", "2024-H1", "half")]),
    ("nhiệm vụ 6 tháng cuối năm", "2020-07-01", [("6 tháng cuối năm", "2020-H2", "half")]),
    ("đánh giá 06 tháng đầu năm 2018", None, [("06 tháng đầu năm 2018", "2018-H1", "half")]),
    ("kết quả nửa đầu năm 2023", None, [("nửa đầu năm 2023", "2023-H1", "half")]),
    ("Năm 2023, huyện đạt nhiều kết quả.", None, [("Năm 2023", "2023", "year")]),
    ("chuyển đổi số định hướng đến năm 2030", None, [("năm 2030", "2030", "year")]),
    ("so với cùng kỳ năm nay", "2023-05-01", [("năm nay", "2023", "year")]),
    # spans of years
    ("Kế hoạch cải cách hành chính giai đoạn 2021-2025", None, [("giai đoạn 2021-2025", "2021", "year")]),
    ("HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026", None, [("nhiệm kỳ 2021 - 2026", "2021", "year")]),
    ("Chương trình mục tiêu 2021 – 2025 của tỉnh", None, [("2021 – 2025", "2021", "year")]),
    ("Trong thời gian từ năm 2016 đến năm 2020, xã đã hoàn thành.", None,
     [("năm 2016 đến năm 2020", "2016", "year")]),
]

# No date at all: scores, ranks, counts, numbers, codes and times that look like dates.
NOTHING = [
    "Chỉ số của huyện đạt 80,28/100 điểm.",
    "xếp thứ 07/18 huyện, thị xã, thành phố",
    "UBND huyện xếp vị thứ 2/9 khối cấp huyện",
    "Trà Vinh xếp hạng 25/63 tỉnh, thành phố",
    "Nông Sơn đạt 79,08%, tăng 7,57%",
    "tăng 2,30 điểm và tăng 02 bậc",
    "kết quả 03 năm liên tục xếp hạng trung bình",
    "có 04 đơn vị xếp loại tốt",
    "Truy cập tổng 18.619.718",
    "Quyết định số 2370/QĐ-UBND của UBND tỉnh",
    "theo Nghị định 15/2020/NĐ-CP của Chính phủ",
    "theo tiêu chuẩn TCVN ISO 18091:2020 cấp huyện",
    "nhân dịp kỷ niệm 79 năm Quốc khánh",
    "Phiên họp bắt đầu lúc 11:06",
    "Điện thoại: 0912.345.678",
    "đến nay xã đạt 15/19 tiêu chí nông thôn mới",
    "số đơn vị tăng từ 5/9 đơn vị lên 7/9 đơn vị",
    "mỗi tổ chọn 2-3 tổ đại biểu giám sát",
    "Thường trực họp hằng tháng 2 lần",
    "Kết quả Chỉ số PAPI 2021 của tỉnh",
    "với 1.807 đảng viên trong toàn Đảng bộ",
    "chiếm 2/3 tổng số đại biểu",
    "Kết luận số 14, ngày làm việc thứ hai",
    "vì ngày mai tươi sáng của quê hương",
    "Hôm qua, đoàn giám sát làm việc tại xã.",  # no page date: nothing to count from
    "tổ chức trong 6 tháng qua",
]


@pytest.mark.parametrize("text,published,expected", TABLE, ids=[t[:40] for t, _, _ in TABLE])
def test_time_expressions(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_not_dates(text):
    assert summary(text) == []


def test_tables_are_large_enough():
    assert len(TABLE) + len(NOTHING) >= 60 and len(NOTHING) >= 15


# ---------------------------------------------------------------- fields


def one(text, published=None, title="Tin hoạt động"):
    (f,) = facts(text, published, title)
    return f


def test_part_of_day_and_explicit_year():
    f = one("Chiều ngày 9/3/2022, UBND huyện tổ chức hội nghị.")
    assert (f["part_of_day"], f["year_source"], f["valid"], f["end_value"]) == ("chiều", "explicit", True, None)
    assert one("đêm 3/12/2022, đoàn kiểm tra")["part_of_day"] == "tối"
    assert one("Ngày 3/12/2022, đoàn kiểm tra")["part_of_day"] is None


def test_ranges_give_value_and_end_value():
    f = one("Đoàn giám sát làm việc từ ngày 1/7 đến ngày 15/7/2024.")
    assert (f["value"], f["end_value"], f["year_source"]) == ("2024-07-01", "2024-07-15", "explicit")
    f = one("Kế hoạch giai đoạn 2021-2025")
    assert (f["value"], f["end_value"], f["granularity"]) == ("2021", "2025", "year")
    f = one("Nghỉ Tết từ ngày 28/12 đến ngày 3/1.", "2023-12-20")
    assert (f["value"], f["end_value"], f["year_source"]) == ("2023-12-28", "2024-01-03", "context")


def test_impossible_day_is_a_fact_with_one_warning():
    result = run("Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy", pipe=BOTH)
    (date,) = [f for f in result["facts"] if f["kind"] == "date"]
    (ref,) = [f for f in result["facts"] if f["kind"] == "document_ref"]
    assert (date["value"], date["valid"]) == ("2021-11-31", False)
    assert (ref["issued_on"], ref["valid"]) == ("2021-11-31", False)
    assert [w["code"] for w in result["warnings"]] == ["invalid_date"]
    assert result["warnings"][0]["span"]["text"] == "ngày 31/11/2021"


def test_weekday_that_contradicts_the_date_is_warned():
    codes = [w["code"] for w in run("thứ Năm, ngày 12/01/2024")["warnings"]]
    assert codes == ["weekday_mismatch"]
    assert run("thứ Sáu, ngày 12/01/2024")["warnings"] == []


def test_a_list_shares_the_year_written_once():
    first, second = facts("Tiếp xúc cử tri ngày 19/8 và ngày 20/8/2021", "2023-05-01")
    assert (first["value"], first["year_source"], first["year_from"]) == ("2021-08-19", "explicit", "list")
    assert second["value"] == "2021-08-20"


def test_day_without_any_year_is_kept_unanchored():
    f = one("Sáng 16-4, Chủ tịch UBND thành phố chủ trì lễ công bố.")
    assert (f["value"], f["year_source"], f["timex"], f["granularity"]) == (None, None, "XXXX-04-16", "day")


# ---------------------------------------------------------------- the year context

# (title, body, published, value of the first day, year_from)
CONTEXT = [
    ("Tin hoạt động", "Ngày 9/6, Thường trực HĐND huyện họp.", "2021-06-20", "2021-06-09", "published"),
    ("Tin hoạt động", "Ngày 28/12, UBND tỉnh tổng kết năm.", "2024-01-05", "2023-12-28", "published"),
    ("Tin hoạt động", "Kế hoạch số 12/2022/KH-UBND ngày 5/3 của UBND tỉnh", "2024-01-05", "2022-03-05", "citation"),
    ("Tin hoạt động", "Ngày 08/6, Thường trực HĐND tỉnh giao ban 6 tháng đầu năm 2018.", None, "2018-06-08",
     "sentence"),
    ("Hội nghị chuyên đề cải cách hành chính năm 2022", "Ngày 14.9, UBND huyện tổ chức hội nghị.", None,
     "2022-09-14", "title"),
    ("Đánh giá chuyển đổi số năm 2022", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, chiều ngày 12/7, Bộ công bố kết quả.",
     None, "2023-07-12", "sentence"),
    ("Chuẩn bị nội dung Kỳ họp thứ nhất HĐND xã khóa V, nhiệm kỳ 2021-2026", "Ngày 11/6, Thường trực HĐND xã cho ý kiến.",
     None, "2021-06-11", "term_start"),
    ("Tin hoạt động", "Sáng 7.8, Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025 khai mạc.", None,
     "2020-08-07", "term_start"),
    ("Tin hoạt động", "Ngày 1/9, Tỉnh ủy tổ chức hội nghị cán bộ.\nÔng A giữ chức Phó Bí thư nhiệm kỳ 2015-2020.\n"
     "Hội nghị giới thiệu nhân sự nhiệm kỳ 2020-2025.", None, "2020-09-01", "term_handover"),
    ("Tin hoạt động", "Sáng 20/4, Huyện ủy tổ chức lễ công bố.\nCăn cứ Nghị quyết ngày 10/5/2016, sau cuộc họp "
     "của Thường trực ngày 14/3/2017, Huyện ủy điều động cán bộ.", None, "2017-04-20", "article"),
    # a gathering that reviews or ranks year N: October–December in N, earlier months in N+1
    ("Công bố Chỉ số PAPI năm 2022", "Sáng 9/5, Ban Tổ chức công bố kết quả.", None, "2023-05-09", "review"),
    ("Tin hoạt động", "Ngày 11/12, huyện tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.", None,
     "2022-12-11", "review"),
    ("Tin hoạt động", "Chiều 15/1, Đảng ủy xã tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.", None,
     "2023-01-15", "review"),
    ("Xã Tân Lập đánh giá, xếp loại tổ chức đảng năm 2021", "Ngày 3.3, Đảng ủy xã họp.", None, "2022-03-03",
     "review"),
    # an index after a verb of improving is a target of this year, not a year ranked
    ("Làm việc về nhiệm vụ 6 tháng đầu năm 2024", "Kết luận, đồng chí yêu cầu huyện "
     "hoàn thành trước ngày 30-9, cải thiện Chỉ số DDCI năm 2024.", None, "2024-09-30", "sentence"),
    ("Tin hoạt động", "Đồng chí yêu cầu các sở hoàn thành trước ngày 30/9, phấn đấu nâng hạng Chỉ số PCI năm 2023.",
     None, "2023-09-30", "sentence"),
    ("Tin hoạt động", "Ngày 9/6, tỉnh công bố Chỉ số PCI năm 2023, huyện cần nâng hạng trong năm tới.", None,
     "2024-06-09", "review"),
    # an index published within the year it measures: its year is the time of the news
    ("Bộ chỉ số 766: Tuần 12 năm 2024, huyện Tân Lạc xếp thứ 3/10", "Đến ngày 25/3, huyện đạt 84,1 điểm.", None,
     "2024-03-25", "title"),
    # the plan or budget of year N is adjusted during N
    ("Kỳ họp chuyên đề HĐND huyện khóa X, nhiệm kỳ 2021 – 2026", "Sáng ngày 14/10, HĐND huyện họp.\n"
     "Kỳ họp thông qua Nghị quyết điều chỉnh dự toán ngân sách huyện năm 2022; Nghị quyết về tổ chức giải "
     "bóng đá năm 2023.", None, "2022-10-14", "in_year"),
    # the term's first session named after the term
    ("Tin hoạt động", "Sáng 28.6, HĐND thị xã khóa VII, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ nhất.", None,
     "2021-06-28", "term_start"),
    # a day cannot precede a document the text says was already issued: a bound on a year found otherwise
    ("Xã Tân Lập đánh giá, xếp loại tổ chức đảng năm 2021", "Ngày 3.3, Đảng ủy xã họp.\nThực hiện Hướng dẫn số "
     "05-HD/BTCTW ngày 10/3/2022 của Ban Tổ chức, các chi bộ đã tự đánh giá.", None, "2023-03-03", "after_document"),
    # a cited document's issue date alone is only a bound: it does not settle the year (no guess)
    ("Tin hoạt động", "Sáng 10/2, huyện tổ chức lễ giao nhận quân.\nThực hiện Kế hoạch số 17/KH-UBND ngày "
     "20/9/2022 của UBND huyện, các xã đã hoàn thành khám tuyển.", None, None, None),
    ("Tin hoạt động", "Ngày 5/8, xã tổ chức hội nghị.\nTheo Quyết định số 702/QĐ-UBND ngày 26-6-2023 của UBND "
     "tỉnh, quy chế có hiệu lực từ ngày 01/9/2023.", None, "2023-08-05", "article"),
    ("Tin hoạt động", "Ngày 5/8, xã tổ chức hội nghị.\nTheo Quyết định số 702/QĐ-UBND ngày 26-6-2023 của UBND "
     "tỉnh, xã đã rà soát quy chế.", None, None, None),
    # a year in the clause of a numbered document is what the document is about, not a year reviewed
    ("Tin hoạt động", "Ngày 12/9, Ban Chỉ đạo huyện sơ kết 9 tháng đầu năm.\nTheo Quyết định số 415/QĐ-UBND "
     "ngày 20-5-2024 của UBND tỉnh công bố Chỉ số chuyển đổi số cấp huyện năm 2023, huyện xếp thứ 4/11.", None,
     None, None),
    ("Tin hoạt động", "Chiều 16/10, xã triển khai lớp tập huấn.\nThực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2024 "
     "về đánh giá, xếp loại năm 2023, các thôn đã hoàn thành.", None, None, None),
    # nothing fixes the year: a mid-term session, an assessed index year, a horizon, a comparison
    ("HĐND xã khóa IV (nhiệm kỳ 2021 – 2026) họp chuyên đề lần thứ tám", "Chiều ngày 29/02, các Ban HĐND xã thẩm tra "
     "tờ trình.", None, None, None),
    ("Tin hoạt động", "Ngày 5/3, tỉnh ban hành kế hoạch chuyển đổi số đến năm 2030.", None, None, None),
    ("Tin hoạt động", "Ngày 5/3, huyện đạt kết quả cao hơn so với năm 2020.", None, None, None),
]


@pytest.mark.parametrize("title,body,published,value,year_from", CONTEXT, ids=[c[1][:30] for c in CONTEXT])
def test_year_context(title, body, published, value, year_from):
    day = [f for f in facts(body, published, title) if f["granularity"] == "day"][0]
    assert (day["value"], day["year_from"]) == (value, year_from)
    assert day["year_source"] == ("context" if value else None)


def test_citation_date_without_a_year_takes_the_article_year():
    art = make_article("Triển khai kế hoạch năm 2022\nKế hoạch số 12/KH-UBND ngày 5/3 của UBND tỉnh", "<test>")
    (ref,) = [f for f in BOTH(art)["facts"] if f["kind"] == "document_ref"]
    assert ref["issued_on"] == "2022-03-05"


# ---------------------------------------------------------------- the seeds


@pytest.mark.parametrize("name,meeting_day", [
    ("000_c9c5d3ee07f476ec", "2022-03-09"),
    ("001_fc26c6f31f86efb4", "2024-07-04"),
    ("002_61edd261ad8c1a0f", "2022-09-14"),
    ("003_721d430f96819d2f", "2023-01-12"),
    ("004_8a1217b403a8b5d6", "2022-04-08"),
])
def test_meeting_day_of_each_seed(name, meeting_day):
    art = make_article((SEEDS / f"{name}.txt").read_text(encoding="utf-8"), name)
    days = [f["value"] for f in DATES(art)["facts"] if f["kind"] == "date" and f["granularity"] == "day"]
    assert meeting_day in days

