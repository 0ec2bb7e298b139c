"""Meetings grammar, the genre's shapes since the two-tier local government (issue 19, second round): a
commune's or ward's people's committee or party committee holding a meeting ("UBND xã (phường) … tổ chức
hội nghị …", "Đảng ủy xã … tổ chức hội nghị Ban Chấp hành …") × the day × the chair in a caption-like
sentence ("Đồng chí A, Chủ tịch UBND xã chủ trì hội nghị."); working sessions ("có buổi làm việc với",
"làm việc với", "đến thăm và làm việc"); online conferences linked to many points ("kết nối đến … điểm cầu",
"chủ trì tại điểm cầu …"); sessions over several days ("trong 2 ngày 10 và 11/7", "từ ngày 10 đến 11/7": the
first day); the day only in a later sentence ("Hội nghị diễn ra vào sáng 12/7"); a meeting held "vừa qua",
"mới đây" with no day anywhere (date null). Near misses: a meeting planned ("sẽ tổ chức", "dự kiến"), a visit
with no session ("đến thăm, tặng quà"). Names, places and days are invented; read by the whole pipeline
under a page date line of 21/07/2025.
"""
import itertools

import pytest

from .test_meetings_breadth import read_meetings

N, N2 = "Lương Văn Đạt", "Kha Thị Yến"
DL = "Tin hoạt động của địa phương\nNgày cập nhật 21/07/2025\n"
D = "2025-07-10"

# ---------------------------------------------------------------- the commune and the ward
LOCAL = [("UBND xã Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm", "Chủ tịch UBND xã", "hội nghị"),
         ("UBND phường Bình Minh tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm", "Chủ tịch UBND phường", "hội nghị"),
         ("Đảng ủy xã Tân Lập tổ chức hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3", "Bí thư Đảng ủy xã", "hội nghị"),
         ("Ban Chấp hành Đảng bộ phường Bình Minh tổ chức hội nghị lần thứ hai", "Bí thư Đảng ủy phường", "hội nghị"),
         ("HĐND xã Tân Lập tổ chức kỳ họp thứ 3", "Chủ tịch HĐND xã", "kỳ họp"),
         ("Thường trực Đảng ủy phường Bình Minh họp phiên thường kỳ tháng 7", "Bí thư Đảng ủy phường", "phiên họp")]
LOCAL_DAYS = ["Sáng 10/7", "Ngày 10/7/2025", "Chiều ngày 10/7"]


def _local():
    rows = []
    for (held, title, m), day in itertools.product(LOCAL, LOCAL_DAYS):
        rows.append((f"{day}, {held}.", [(D, [])]))
        rows.append((f"{day}, {held}. Đồng chí {N}, {title} chủ trì {m}.", [(D, [N])]))
        rows.append((f"{day}, {held}.\nĐồng chí {N}, {title} chủ trì {m}.", [(D, [N])]))
    return rows


# ---------------------------------------------------------------- working sessions
WORKING = [f"đồng chí {N}, Chủ tịch UBND tỉnh có buổi làm việc với UBND xã Tân Lập về tình hình kinh tế - xã hội",
           f"đoàn công tác của Tỉnh ủy do đồng chí {N}, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với Đảng ủy xã Tân Lập",
           f"đồng chí {N}, Bí thư Tỉnh ủy đã đến thăm và làm việc với Đảng ủy phường Bình Minh",
           "Đoàn kiểm tra của Sở Nội vụ làm việc với UBND phường Bình Minh về công tác cải cách hành chính"]


def _working():
    rows = []
    for held, day in itertools.product(WORKING, LOCAL_DAYS[:2]):
        rows.append((f"{day}, {held}.", [(D, [])]))
        rows.append((f"{day}, {held}. Đồng chí {N2}, Chủ tịch UBND xã chủ trì buổi làm việc.", [(D, [N2])]))
    return rows


# ---------------------------------------------------------------- online, linked to many points
ONLINE = ["UBND tỉnh tổ chức hội nghị trực tuyến kết nối đến 124 điểm cầu xã, phường",
          "Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh quán triệt nghị quyết",
          "UBND tỉnh tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng đến các điểm cầu cấp xã"]
ONLINE_CHAIRS = [f"Đồng chí {N}, Chủ tịch UBND tỉnh chủ trì tại điểm cầu tỉnh.",
                 f"Tại điểm cầu xã Tân Lập, đồng chí {N}, Chủ tịch UBND xã chủ trì.",
                 f"Đồng chí {N}, Chủ tịch UBND tỉnh chủ trì hội nghị."]


def _online():
    rows = [(f"Sáng 10/7, {held}. {chair}", [(D, [N])]) for held, chair in itertools.product(ONLINE, ONLINE_CHAIRS)]
    # the province's chair and a point's chair of one online conference: both chair it
    rows += [(f"Sáng 10/7, {held}. {ONLINE_CHAIRS[2]} Tại điểm cầu huyện Tân Mỹ, đồng chí {N2}, Chủ tịch UBND huyện chủ trì.",
              [(D, [N, N2])]) for held in ONLINE]
    return rows


# ---------------------------------------------------------------- over several days, the day later, no day
SPANS = ["trong 2 ngày 10 và 11/7", "trong hai ngày 10-11/7", "trong 2 ngày, từ ngày 10 đến 11/7", "trong các ngày 10 và 11/7"]
SESSIONS = [("HĐND xã Tân Lập tổ chức kỳ họp thứ 3", "kỳ họp", "Chủ tịch HĐND xã"),
            ("Đảng bộ phường Bình Minh khai mạc Đại hội đại biểu nhiệm kỳ 2025-2030", "đại hội", "Bí thư Đảng ủy phường")]


def _several_days():
    rows = []
    for span, (held, m, title) in itertools.product(SPANS, SESSIONS):
        rows.append((f"{held} diễn ra {span}.", [(D, [])]))
        rows.append((f"{span[0].upper()}{span[1:]}, {held}. Đồng chí {N}, {title} chủ trì {m}.", [(D, [N])]))
    return rows


LATER = ["Hội nghị diễn ra vào sáng 10/7.", "Hội nghị được tổ chức vào ngày 10/7.", "Hội nghị diễn ra sáng 10/7 tại hội trường UBND xã."]
UNDATED_LEADS = ["Vừa qua", "Mới đây", "Thời gian qua"]


def _later_and_undated():
    rows = []
    for later, chair in itertools.product(LATER, ["", f" Đồng chí {N}, Chủ tịch UBND xã chủ trì hội nghị."]):
        rows.append((f"UBND xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2024. {later}{chair}", [(D, [N] if chair else [])]))
    for lead, (held, title, m) in itertools.product(UNDATED_LEADS[:2], LOCAL[:3]):
        rows.append((f"{lead}, {held}. Đồng chí {N}, {title} chủ trì {m}.", [(None, [N])]))
        rows.append((f"{lead}, {held}.", [(None, [])]))
    return rows


NEAR = ["UBND xã Tân Lập sẽ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm vào ngày 25/7.",
        "Dự kiến, ngày 25/7, HĐND xã Tân Lập tổ chức kỳ họp thứ 3.",
        f"Sáng 10/7, đồng chí {N}, Chủ tịch UBND tỉnh đến thăm, tặng quà gia đình chính sách tại xã Tân Lập."]

ROWS = _local() + _working() + _online() + _several_days() + _later_and_undated()


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"l{i:03d}" for i in range(len(ROWS))])
def test_each_local_shape_gives_its_meetings(text, expected):
    found = sorted((d or "", sorted(c)) for d, c in read_meetings(text, DL))
    assert found == sorted((d or "", sorted(c)) for d, c in expected), text


@pytest.mark.parametrize("text", NEAR, ids=[f"n{i:02d}" for i in range(len(NEAR))])
def test_no_meeting_held(text):
    assert read_meetings(text, DL) == [], text


def test_the_slots_cross():
    assert len(ROWS) + len(NEAR) >= 100
