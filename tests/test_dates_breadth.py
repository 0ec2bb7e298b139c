"""Breadth of the day grammar and the citation grammar (issue 19): the genre's general phrasings
that the development articles happen not to show, each with the facts a reader writes down.

Written for these tests in the genre's words (invented numbers and places); none is copied
from the corpus. What counts follows FACTS.md and corpus/ANNOTATION.md: only days are listed
("tuần trước", "đầu tháng 3", "cuối năm 2023" give none); a lunar day ("ngày 15 tháng 7 âm
lịch", "mùng 5 tháng Giêng") is no calendar day; planned days and deadlines are days.
"""

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

BOTH = Pipeline(["date", "document_ref"])


def run(text, published=None):
    return BOTH(make_article("Tin hoạt động\n" + text, "<test>", published=published))["facts"]


DAYS = [  # (text, published, every day value the text gives)
 ("Từ ngày 12 đến 14/3, đoàn kiểm tra làm việc tại các xã.", "2024-03-15", ["2024-03-12","2024-03-14"]),
 ("Trong hai ngày 12-13/3, huyện tổ chức tập huấn.", "2024-03-15", ["2024-03-12","2024-03-13"]),
 ("Ngày 12 và 13/3, UBND xã tổ chức tiếp xúc cử tri.", "2024-03-15", ["2024-03-12","2024-03-13"]),
 ("Ngày 12/3 vừa qua, UBND huyện tổ chức hội nghị.", "2024-03-15", ["2024-03-12"]),
 ("Thứ Hai (12/3), Ban Thường vụ Huyện ủy họp.", "2024-03-15", ["2024-03-12"]),
 ("Sáng thứ 4, 13/3, HĐND xã khai mạc kỳ họp.", "2024-03-15", ["2024-03-13"]),
 ("Sáng thứ Tư (13/3), HĐND xã khai mạc kỳ họp.", "2024-03-15", ["2024-03-13"]),
 ("Hôm nay (12/3), UBND tỉnh tổ chức lễ ra quân.", "2024-03-12", ["2024-03-12"]),
 ("Vào lúc 8 giờ ngày 12/3, Đảng bộ xã khai mạc đại hội.", "2024-03-15", ["2024-03-12"]),
 ("Lúc 14h00 ngày 12/3/2024, hội nghị bắt đầu.", None, ["2024-03-12"]),
 ("8 giờ 30 phút, ngày 12/3/2024 tại hội trường UBND huyện.", None, ["2024-03-12"]),
 ("Các xã hoàn thành trước ngày 30/6.", "2024-03-15", ["2024-06-30"]),
 ("Hạn chót nộp hồ sơ là ngày 30/6/2024.", None, ["2024-06-30"]),
 ("Hồ sơ gửi về Phòng Nội vụ chậm nhất ngày 30/6.", "2024-03-15", ["2024-06-30"]),
 ("Ngày 12/3/23, huyện tổ chức hội nghị.", None, ["2023-03-12"]),
 ("Ngày 12 tháng 3, năm 2023, huyện tổ chức hội nghị.", None, ["2023-03-12"]),
 ("Ngày 12/3, năm 2023, UBND xã tổ chức hội nghị.", None, ["2023-03-12"]),
 ("TIÊN PHƯỚC - Ngày 12/3, UBND huyện tổ chức hội nghị.", "2024-03-15", ["2024-03-12"]),
 ("QUẢNG NAM (12/3) - UBND tỉnh tổ chức hội nghị.", "2024-03-15", ["2024-03-12"]),
 ("Hội nghị diễn ra trong ngày 12/3 tại hội trường xã.", "2024-03-15", ["2024-03-12"]),
 ("Ngày 12\n/3/2024, hội nghị bắt đầu.", None, ["2024-03-12"]),
 ("từ ngày 12/3 đến hết ngày 14/3/2024", None, ["2024-03-12","2024-03-14"]),
 ("từ ngày 28/12/2023 đến ngày 02/01/2024", None, ["2023-12-28","2024-01-02"]),
 ("ngày 12, 13 và 14/3/2024", None, ["2024-03-12","2024-03-13","2024-03-14"]),
 ("vào các ngày 12, 13/3/2024", None, ["2024-03-12","2024-03-13"]),
 ("mùng 5 tháng Giêng", "2024-02-10", []),
 ("ngày 15 tháng 7 âm lịch", "2024-07-01", []),
 ("Ngày 12/3/2024 (tức ngày 3 tháng 2 năm Giáp Thìn), lễ hội khai mạc.", None, ["2024-03-12"]),
 ("Sáng 12/3 (tức ngày 3/2 âm lịch), lễ hội khai mạc.", "2024-03-15", ["2024-03-12"]),
 ("Lễ hội diễn ra vào ngày 10/3 âm lịch hằng năm.", "2024-03-15", []),
 ("Hôm qua (14/3), đoàn kiểm tra làm việc.", "2024-03-15", ["2024-03-14"]),
 ("Tối Chủ nhật (17/3), đoàn về đến xã.", "2024-03-18", ["2024-03-17"]),
 ("Từ 7h30 ngày 12/3, các điểm bầu cử mở cửa.", "2024-03-15", ["2024-03-12"]),
 ("SÁNG 20/3, UBND HUYỆN TỔ CHỨC HỘI NGHỊ", "2024-03-21", ["2024-03-20"]),
 ("Thứ Ba, 19/03/2024 | 10:25", None, ["2024-03-19"]),
 ("Sáng mùng 2/9, nhân dân xã dự lễ.", "2024-08-30", ["2024-09-02"]),
 ("ngày 19 tháng 8 năm 2021", None, ["2021-08-19"]),
 ("Ngày 5 - 3 - 2024, xã họp.", None, ["2024-03-05"]),
 ("tuần trước, UBND xã tổ chức hội nghị", "2024-03-15", []),
 ("tuần tới, huyện sẽ tổ chức đại hội", "2024-03-15", []),
 ("đầu tháng 3, xã tổ chức ra quân", "2024-03-15", []),
 ("cuối năm 2023, xã hoàn thành chỉ tiêu", None, []),
 ("Tính đến ngày 15/3, toàn huyện có 12 xã đạt chuẩn.", "2024-03-20", ["2024-03-15"]),
 ("Đến hết ngày 15/3, toàn huyện đã giải ngân 45%.", "2024-03-20", ["2024-03-15"]),
 ("Chiều qua (14/3), UBND huyện họp.", "2024-03-15", ["2024-03-14"]),
 ("Sáng nay 15/3, UBND huyện họp.", "2024-03-15", ["2024-03-15"]),
 ("Sáng nay (15/3), UBND huyện họp.", "2024-03-15", ["2024-03-15"]),
 ("Chủ nhật, ngày 17/3/2024", None, ["2024-03-17"]),
 ("CN, 17/3/2024 - 08:30", None, ["2024-03-17"]),
 ("T2, 18/03/2024 10:15", None, ["2024-03-18"]),
 ("Cập nhật: 18/03/2024 10:15", None, ["2024-03-18"]),
 ("Thứ hai, 18/3/2024, 10:15 (GMT+7)", None, ["2024-03-18"]),
 ("xếp thứ 3/5 xã", None, []), ("đạt 80/100 điểm", None, []), ("trong tháng 7/2023", None, []),
 ("Km 12+300 Quốc lộ 1A", None, []), ("biển kiểm soát 92A-123.45", None, []),
 ("Điện thoại: 0235.3812.345", None, []),
 ("vào 3/5 xã trong huyện", None, []),
 ("Ngày 3-2, kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).", None, ["1930-02-03","2024-02-03"]),
 ("Hội nghị lần thứ 12/3 ", None, []),
]


@pytest.mark.parametrize("text,published,want", DAYS, ids=[d[0][:40] for d in DAYS])
def test_days(text, published, want):
    got = set()
    for f in run(text, published):
        if f["kind"] == "date" and f["granularity"] == "day" and f["value"]:
            got.add(f["value"])
            if f["end_value"]:
                got.add(f["end_value"])
    assert sorted(got) == sorted(want)


CITATIONS = [  # (text, [(canonical, issued_on)] in order)
 ("theo Quyết định số 123 /QĐ-UBND ngày 5/3/2024 của UBND huyện", [("123/QĐ-UBND","2024-03-05")]),
 ("Quyết định số 123/QĐ - UBND ngày 5/3/2024", [("123/QĐ-UBND","2024-03-05")]),
 ("Số: 123/QĐ-UBND", [("123/QĐ-UBND",None)]),
 ("Quyết định 123/qđ-ubnd của UBND xã", [("123/QĐ-UBND",None)]),
 ("Quyết định số 123/QÐ-UBND ngày 5/3/2024", [("123/QĐ-UBND","2024-03-05")]),
 ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ", [("15/2020/NĐ-CP","2020-02-03")]),
 ("Thông tư số 01/2021/TT-BNV", [("01/2021/TT-BNV",None)]),
 ("Luật số 80/2015/QH13", [("80/2015/QH13",None)]),
 ("Nghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy", [("04-NQ/TU","2021-04-12")]),
 ("Kết luận số 12-KL/HU của Ban Thường vụ Huyện ủy", [("12-KL/HU",None)]),
 ("Chỉ thị 05-CT/TW của Bộ Chính trị", [("05-CT/TW",None)]),
 ("Quy định 08-QĐi/TW của Ban Chấp hành Trung ương", [("08-QĐi/TW",None)]),
 ("Hướng dẫn 36-HD/BTGTW của Ban Tuyên giáo Trung ương", [("36-HD/BTGTW",None)]),
 ("Quyết định số 215/QĐ-UBND ban hành ngày 19/8/2021", [("215/QĐ-UBND","2021-08-19")]),
 ("Kế hoạch số 45/KH-UBND (ngày 19/8/2021) của UBND huyện", [("45/KH-UBND","2021-08-19")]),
 ("Quyết định số 215/QĐ-UBND do Chủ tịch UBND tỉnh ký ngày 19/8/2021", [("215/QĐ-UBND","2021-08-19")]),
 ("Quyết định số 215/QĐ-UBND ký ngày 19/8/2021", [("215/QĐ-UBND","2021-08-19")]),
 ("các Quyết định số 215, 216 và 217/QĐ-UBND ngày 5/3/2023", [("215/QĐ-UBND","2023-03-05"),("216/QĐ-UBND","2023-03-05"),("217/QĐ-UBND","2023-03-05")]),
 ("Nghị quyết số 07, 08-NQ/TU", [("07-NQ/TU",None),("08-NQ/TU",None)]),
 ("Quyết định số 215/QĐ-UBND ngày 19 tháng 8 năm 2021 của UBND tỉnh", [("215/QĐ-UBND","2021-08-19")]),
 ("Kế hoạch của UBND huyện về chuyển đổi số", []),
 ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII", []),
 ("Số điện thoại 0235.3812.345", []), ("Quốc lộ QL1A đoạn Km 12+300", []),
 ("xe biển số 92A-123.45", []), ("3/5 xã đạt chuẩn", []), ("đạt 80/100 điểm", []),
 ("Công văn số 468/UBND-VP ngày 5/3/2024", [("468/UBND-VP","2024-03-05")]),
 ("Công văn số 468/UBND-KTTH ngày 5/3/2024", [("468/UBND-KTTH","2024-03-05")]),
 ("Thông báo kết luận số 25-TB/HU ngày 05/3/2024", [("25-TB/HU","2024-03-05")]),
 ("Nghị quyết số 25/NQ-HĐND ngày 05/3/2024 của HĐND huyện", [("25/NQ-HĐND","2024-03-05")]),
 ("Quyết định số 1234/QĐ-UBND, ngày 05/3/2024", [("1234/QĐ-UBND","2024-03-05")]),
 ("Quyết định số 1234/QĐ-UBND, ngày 05 / 03 / 2024", [("1234/QĐ-UBND","2024-03-05")]),
 ("Quyết định số 1234/QĐ-UBND ngày 05-03-2024", [("1234/QĐ-UBND","2024-03-05")]),
 ("Kế hoạch số 1234/KH-UBND ngày\n05/3/2024", [("1234/KH-UBND","2024-03-05")]),
 ("Quyết định số 1234/QĐ–UBND", [("1234/QĐ-UBND",None)]),
 ("Quyết định số 1234/QĐ‐UBND", [("1234/QĐ-UBND",None)]),
 ("Nghị quyết 04 – NQ/TU", [("04-NQ/TU",None)]),
 ("Chương trình hành động số 15-CTr/TU", [("15-CTr/TU",None)]),
 ("Quyết định số 1234/QĐ-CT của Chủ tịch UBND tỉnh", [("1234/QĐ-CT",None)]),
 ("Thông tư liên tịch số 03/2016/TTLT-BNV-BTC", [("03/2016/TTLT-BNV-BTC",None)]),
 ("Nghị quyết số 30c/NQ-CP ngày 08/11/2011", [("30c/NQ-CP","2011-11-08")]),
 ("Quyết định số 1234/QĐ-UBND ngày 5/3/2024 và Quyết định số 1240/QĐ-UBND ngày 6/3/2024", [("1234/QĐ-UBND","2024-03-05"),("1240/QĐ-UBND","2024-03-06")]),
 ("Ngày 19/8/2021, UBND tỉnh ban hành Quyết định số 2370/QĐ-UBND về việc", [("2370/QĐ-UBND","2021-08-19")]),
 ("Quyết định 1234/QĐ-UBND năm 2024 của UBND tỉnh", [("1234/QĐ-UBND",None)]),
 ("Quy chế số 05-QC/HU ngày 5/3/2024", [("05-QC/HU","2024-03-05")]),
 ("Đề án số 03-ĐA/TU", [("03-ĐA/TU",None)]),
 ("Quyết định số 12/2024/QĐ-UBND ngày 5/3 của UBND tỉnh", [("12/2024/QĐ-UBND","2024-03-05")]),
]


@pytest.mark.parametrize("text,want", CITATIONS, ids=[c[0][:40] for c in CITATIONS])
def test_citations(text, want):
    got = [(f["canonical"], f["issued_on"]) for f in run(text) if f["kind"] == "document_ref"]
    assert got == want


def test_three_days_of_one_month_share_the_year_and_the_span():
    days = [f for f in run("Đoàn công tác làm việc ngày 12, 13 và 14/3/2024.") if f["kind"] == "date"]
    assert [d["value"] for d in days] == ["2024-03-12", "2024-03-13", "2024-03-14"]
    assert {d["span"]["text"] for d in days} == {"ngày 12, 13 và 14/3/2024"}


def test_two_digit_year_needs_a_cue():
    assert [f["value"] for f in run("Ngày 05.6.24, xã họp.") if f["kind"] == "date"] == ["2024-06-05"]
    assert [f for f in run("tỷ lệ 12/3/23 ") if f["kind"] == "date"] == []
