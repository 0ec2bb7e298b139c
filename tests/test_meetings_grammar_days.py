"""Meetings grammar, more slots for unseen text (issue 19): "today" glossed by the day in brackets ("Sáng
nay (20/6), …", "Hôm nay (thứ Năm, 20/6)") × the meeting words × the chair, on a page dated the day after;
a council's standing body or committee supervising ("Ban Pháp chế HĐND huyện đã giám sát việc …",
"Thường trực HĐND xã giám sát tại …") × the body × the day; a second meeting that day opened by "also"
("Cũng trong chiều 20/6, đồng chí X chủ trì cuộc họp …") × the opener × the first meeting; a fronted ground,
then the day of the meeting after a comma ("Thực hiện Kế hoạch số … của UBND huyện, ngày 20/6, UBND xã tổ chức
…": the clause's day, not the plan's) × the ground × the holding; the day closing the headline with no bracket
("Hội nghị sơ kết … ngày 20/6") over a body with none, not the day a ceremony marks ("Lễ kỷ niệm ngày 20/6"). Near misses:
"today" alone (the page's day), a supervision planned or counted, a festival day ("Ngày hội"), a training
course ("lớp bồi dưỡng") and an exchange ("giao lưu"), which ANNOTATION.md decides are no meetings.
Names, places and days are invented; read by the whole pipeline under a page date line of 21/06/2024.
"""
import itertools

import pytest

from .test_meetings_breadth import read_meetings

N, T, N2, T2 = "Lương Văn Đạt", "Chủ tịch UBND huyện", "Kha Thị Yến", "Phó Chủ tịch HĐND huyện"
D, PAGE = "2024-06-20", "2024-06-21"
DL = "Tin hoạt động của địa phương\nNgày cập nhật 21/06/2024\n"

# ---------------------------------------------------------------- "today" and the day in brackets
TODAY = ["Sáng nay (20/6)", "Chiều nay (20/6)", "Hôm nay (20/6)", "Sáng nay (ngày 20/6)", "Hôm nay (thứ Năm, 20/6)"]
HELD = [("UBND huyện Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng", "hội nghị"),
        ("Ban Chỉ đạo chuyển đổi số huyện Tân Mỹ tổ chức phiên họp thường kỳ", "phiên họp"),
        ("Đoàn công tác của Sở Nội vụ có buổi làm việc với UBND huyện Tân Mỹ", "buổi làm việc"),
        ("HĐND huyện Tân Mỹ khai mạc kỳ họp thứ 15", "kỳ họp")]


def _today():
    rows = []
    for today, (held, m) in itertools.product(TODAY, HELD):
        rows.append((f"{today}, {held}. Đồng chí {N}, {T} chủ trì {m}.", [(D, [N])]))
    for held, m in HELD:  # no day in brackets: the page's own day
        rows.append((f"Sáng nay, {held}. Đồng chí {N}, {T} chủ trì {m}.", [(PAGE, [N])]))
    return rows


# ---------------------------------------------------------------- a council's body supervising
BODIES = ["Ban Pháp chế HĐND huyện Tân Mỹ", "Ban Kinh tế - Xã hội HĐND huyện Tân Mỹ", "Thường trực HĐND huyện Tân Mỹ",
          "Ban Văn hóa - Xã hội Hội đồng nhân dân huyện Tân Mỹ"]
SUPERVISES = ["đã giám sát việc giải quyết đơn thư tại UBND xã Tân Lập", "giám sát tại UBND xã Tân Lập",
              "đã giám sát công tác quản lý đất đai của UBND xã Tân Lập", "đã giám sát đối với UBND xã Tân Lập"]
DAYS = [("Sáng 20/6", D), ("Ngày 20/6/2024", D)]


def _supervising():
    rows = []
    for body, verb, (day, value) in itertools.product(BODIES, SUPERVISES, DAYS):
        rows.append((f"{day}, {body} {verb}.", [(value, [])]))
        rows.append((f"{day}, {body} {verb}. Đồng chí {N2}, {T2} chủ trì buổi giám sát.", [(value, [N2])]))
    return rows


SUPERVISE_NEAR = [f"{body} {verb}." for body, verb in itertools.product(BODIES[:2], [
    "sẽ giám sát việc giải quyết đơn thư tại UBND xã Tân Lập vào tháng 7",
    "đã giám sát 5 chuyên đề trong năm 2023",
    "dự kiến giám sát tại UBND xã Tân Lập trong quý III"])]

# ---------------------------------------------------------------- "also" and a second meeting that day
ALSO = ["Cũng trong chiều 20/6", "Cũng trong sáng 20/6", "Cũng vào chiều ngày 20/6", "Cũng trong buổi chiều 20/6"]
SECOND = [(f"đồng chí {N} chủ trì cuộc họp Ban Chỉ đạo phòng chống thiên tai huyện", [N]),
          ("Ban Thường vụ Huyện ủy Tân Mỹ tổ chức hội nghị giao ban khối dân vận", []),
          (f"đồng chí {N} có buổi làm việc với Đảng ủy xã Tân Lập", [])]
FIRST = [f"Chiều 20/6, UBND huyện Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng. Đồng chí {N}, {T} chủ trì hội nghị.",
         f"Sáng 20/6, đồng chí {N}, {T} Tân Mỹ chủ trì phiên họp thường kỳ tháng 6 của UBND huyện."]


def _also():
    rows = []
    for also, (second, chairs), first in itertools.product(ALSO, SECOND, FIRST):
        rows.append((f"{first} {also}, {second}.", [(D, [N]), (D, chairs)]))
    return rows


# ---------------------------------------------------------------- a fronted ground, then the day of the meeting
GROUNDS = ["Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện", "Căn cứ Kế hoạch số 45/KH-UBND",
           "Triển khai Công văn số 312/UBND-NV của UBND huyện Tân Mỹ", "Thực hiện Chỉ thị số 11-CT/HU của Ban Thường vụ Huyện ủy"]
HOLDS = [("UBND xã Tân Lập tổ chức hội nghị đối thoại với nhân dân", "hội nghị"),
         ("Ban Chỉ đạo xã Tân Lập đã họp phiên thường kỳ", "phiên họp"),
         ("Đảng ủy xã Tân Lập tiến hành giám sát tại chi bộ thôn 3", "buổi giám sát")]


def _grounded():
    rows = []
    for ground, (held, m), day in itertools.product(GROUNDS, HOLDS, ["ngày 20/6", "sáng ngày 20/6/2024"]):
        rows.append((f"{ground}, {day}, {held}. Đồng chí {N}, Bí thư Đảng ủy xã chủ trì {m}.", [(D, [N])]))
    return rows


# ---------------------------------------------------------------- the day closing the headline, no bracket
HEADLINES = ["Hội nghị sơ kết công tác 6 tháng đầu năm 2024 ngày 20/6", "Tân Mỹ sơ kết công tác 6 tháng sáng ngày 20/6/2024",
             "Kỳ họp thứ 15 HĐND huyện Tân Mỹ khóa XX ngày 20/6/2024."]
UNDATED = [("UBND huyện Tân Mỹ đã tổ chức hội nghị sơ kết.", "hội nghị"), ("HĐND huyện Tân Mỹ vừa khai mạc kỳ họp thứ 15.", "kỳ họp")]


def _headline_days():
    rows = []
    for head, (body, m) in itertools.product(HEADLINES, UNDATED):
        rows.append((f"{head}\nNgày cập nhật 21/06/2024\n{body} Đồng chí {N}, {T} chủ trì {m}.", [(D, [N])]))
    for head in ["Lễ kỷ niệm ngày 20/6", "Huyện Tân Mỹ tổ chức lễ chào mừng ngày 20/6"]:  # the day a ceremony marks
        rows.append((f"{head}\nNgày cập nhật 21/06/2024\nUBND huyện Tân Mỹ vừa tổ chức lễ kỷ niệm. Đồng chí {N}, {T} chủ trì buổi lễ.",
                     [(None, [N])]))
    return rows


# ---------------------------------------------------------------- no meetings (ANNOTATION.md, Meetings)
NOT_MEETINGS = [
    "Sáng 20/6, UBND huyện Tân Mỹ tổ chức Ngày hội văn hóa các dân tộc huyện lần thứ III.",
    "Sáng 20/6, Ban Công tác Mặt trận khu dân cư số 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    "Sáng 20/6, Huyện đoàn Tân Mỹ tổ chức Ngày hội việc làm cho thanh niên.",
    f"Sáng 20/6, Huyện ủy Tân Mỹ khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới. Đồng chí {N}, {T} dự.",
    "Sáng 20/6, Trung tâm Chính trị huyện Tân Mỹ tổ chức lớp bồi dưỡng kết nạp Đảng cho 45 quần chúng ưu tú.",
    "Sáng 20/6, Huyện đoàn Tân Mỹ tổ chức chương trình giao lưu văn nghệ giữa thanh niên hai xã.",
    "Sáng 20/6, Hội Nông dân huyện Tân Mỹ tổ chức giao lưu bóng chuyền hơi chào mừng ngày 1/7.",
]

# an exchange held as a dialogue is a meeting (ANNOTATION.md): its other word makes it one
DIALOGUES = [(f"Sáng 20/6, Huyện đoàn Tân Mỹ tổ chức {held} với thanh niên về khởi nghiệp.{chair}", [(D, chairs)])
             for held, (chair, chairs) in itertools.product(
                 ["chương trình giao lưu, đối thoại", "giao lưu, đối thoại", "buổi giao lưu và đối thoại"],
                 [("", []), (f" Đồng chí {N}, Bí thư Huyện ủy chủ trì buổi đối thoại.", [N])])]

ROWS = _today() + _supervising() + _also() + _grounded() + _headline_days() + DIALOGUES
NEAR = SUPERVISE_NEAR + NOT_MEETINGS


def _sorted(found):
    return sorted((d or "", sorted(c)) for d, c in found)


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"d{i:03d}" for i in range(len(ROWS))])
def test_each_slot_gives_its_meetings(text, expected):
    assert _sorted(read_meetings(text, DL)) == _sorted(expected), text


@pytest.mark.parametrize("text", NEAR, ids=[f"n{i:02d}" for i in range(len(NEAR))])
def test_no_meeting_held(text):
    assert read_meetings(text, DL) == [], text


def test_the_slots_cross():
    assert len(ROWS) + len(NEAR) >= 120
