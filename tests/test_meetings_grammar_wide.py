"""Meetings grammar, widened (session 7): the slots the earlier tables lacked, crossed.

Slots: the gatherings the genre names beyond hội nghị and kỳ họp (a get-together "buổi gặp
mặt" / "họp mặt", a delegation's "thăm và làm việc tại", "đến làm việc tại", the ceremonies
"lễ khai giảng", "lễ kết nạp", "lễ công bố", an online conference, a regular session, a pilot
congress, a forum, a voters' meeting shortened to "buổi tiếp xúc") × the chair forms the
tables lacked ("chủ trì và kết luận", "cùng chủ trì với B", "Dự và chủ trì … có", a long
chain of titles, co-chairs across a line break) × the day as written (a weekday before the
day, a clock time, "hôm qua", "sáng nay") × a list of dated items under the page's date
("- Ngày 17/6: …", each its own day) × the near misses (attended, spoke, concluded, welcomed,
heading a delegation, planned, counted) × a chair named by title alone, named elsewhere ×
a day in brackets closing the headline × a period's work recalled after the lead × a second meeting right after the first. Names, places and days are invented; read by the
whole pipeline under a page date line of 21/06/2024.
"""
import itertools

import pytest

from .test_meetings_breadth import read_meetings

DL = "Tin hoạt động của địa phương\nNgày cập nhật 21/06/2024\n"
N, T, N2, T2 = "Lương Văn Đạt", "Chủ tịch UBND huyện", "Kha Thị Yến", "Bí thư Huyện ủy"
D = "2024-06-20"

# (the lead's clause after the day, the noun the chair sentence names the meeting by)
NOUNS = [
    ("UBND huyện Tân Mỹ tổ chức buổi gặp mặt các doanh nghiệp tiêu biểu", "buổi gặp mặt"),
    ("Huyện ủy Tân Mỹ gặp mặt cán bộ lão thành cách mạng", "buổi gặp mặt"),
    ("Ủy ban MTTQ huyện Tân Mỹ tổ chức họp mặt các chức sắc tôn giáo", "buổi họp mặt"),
    ("Đoàn công tác của Sở Nội vụ đến thăm và làm việc tại huyện Tân Mỹ", "buổi làm việc"),
    ("Đoàn giám sát của HĐND tỉnh đến làm việc tại UBND xã Tân Lập", "buổi làm việc"),
    ("Đoàn công tác của Ban Tuyên giáo Tỉnh ủy đã thăm, làm việc với Huyện ủy Tân Mỹ", "buổi làm việc"),
    ("Trung tâm Chính trị huyện Tân Mỹ tổ chức lễ khai giảng lớp bồi dưỡng đảng viên mới", "lễ khai giảng"),
    ("Chi bộ thôn Tân Hòa tổ chức lễ kết nạp đảng viên mới", "buổi lễ"),
    ("UBND huyện Tân Mỹ tổ chức lễ công bố quyết định thành lập thị trấn Tân Lập", "buổi lễ"),
    ("UBND huyện Tân Mỹ tổ chức hội nghị trực tuyến triển khai nhiệm vụ 6 tháng cuối năm", "hội nghị"),
    ("UBND xã Tân Lập tổ chức phiên họp thường kỳ tháng 6", "phiên họp"),
    ("Ban Chỉ đạo chuyển đổi số huyện Tân Mỹ tổ chức cuộc họp đánh giá tiến độ", "cuộc họp"),
    ("Đảng ủy xã Tân Lập tổ chức đại hội điểm nhiệm kỳ 2025 - 2030", "đại hội"),
    ("Hội Nông dân huyện Tân Mỹ tổ chức diễn đàn nông dân với khuyến nông", "diễn đàn"),
    ("Tổ đại biểu HĐND tỉnh có buổi tiếp xúc cử tri tại xã Tân Lập", "buổi tiếp xúc"),
    ("UBND huyện Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm", "hội nghị"),
]
CHAIRS = [
    ("Đồng chí {n}, {t} chủ trì {m}.", [N]),
    ("Đồng chí {n}, {t} chủ trì và kết luận.", [N]),
    ("Đồng chí {n}, {t} chủ trì và kết luận {m}.", [N]),
    ("Dự và chủ trì {m} có đồng chí {n}, {t}.", [N]),
    ("Đồng chí {n}, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện, Trưởng Ban Chỉ đạo chuyển đổi số huyện "
     "chủ trì {m}.", [N]),
    ("Đồng chí {n}, {t} cùng chủ trì với đồng chí {n2}, {t2}.", [N, N2]),
    ("Đồng chí {n}, {t} cùng chủ trì {m} với đồng chí {n2}, {t2}.", [N, N2]),
    ("Đồng chí {n}, {t};\nđồng chí {n2}, {t2} đồng chủ trì {m}.", [N, N2]),
    ("Đồng chí {n}, {t},\nđồng chí {n2}, {t2} đồng chủ trì {m}.", [N, N2]),
    ("Đồng chí {n} - {t}, {n2} - {t2} đồng chủ trì {m}.", [N, N2]),
    ("{T} {n} chủ trì {m}.", [N]),
    ("{M} do đồng chí {n}, {t} chủ trì.", [N]),
    ("Chủ trì {m}, có đồng chí {n}, {t}.", [N]),
    ("Chủ trì điểm cầu huyện có đồng chí {n}, {t}.", [N]),
]
NOT_CHAIR = [
    "Đồng chí {n}, {t} dự {m}.",
    "Đồng chí {n}, {t} phát biểu kết luận {m}.",
    "Đồng chí {n}, {t} phát biểu chào mừng {m}.",
    "Đồng chí {n}, {t} chỉ đạo {m}.",
    "Đồng chí {n}, {t} làm trưởng đoàn.",
    "Tiếp đón đoàn có đồng chí {n}, {t}.",
    "Đồng chí {n}, {t} trao đổi tại {m}.",
]
DAYS = [
    ("Sáng Thứ Năm (20/6)", D), ("Thứ Năm, 20/6", D), ("Vào lúc 8 giờ ngày 20/6", D),
    ("Vào lúc 14 giờ 00 ngày 20/6/2024", D), ("Hôm qua", D), ("Sáng nay", "2024-06-21"),
    ("Ngày hôm qua (20/6)", D), ("Chiều thứ Năm, ngày 20 tháng 6", D),
]


def _f(form, m):
    return form.format(n=N, t=T, n2=N2, t2=T2, T=T, m=m, M=m[0].upper() + m[1:])


ROWS = []
for (lead, m), (form, chairs) in itertools.product(NOUNS, CHAIRS):
    ROWS.append((f"Sáng 20/6, {lead}. " + _f(form, m), [(D, chairs)]))
for (lead, m), form in itertools.product(NOUNS, NOT_CHAIR):
    ROWS.append((f"Sáng 20/6, {lead}. " + _f(form, m), [(D, [])]))
for (day, value), (lead, m) in itertools.product(DAYS, NOUNS):
    ROWS.append((f"{day}, {lead}. " + _f(CHAIRS[0][0], m), [(value, [N])]))

# a list of dated items under the page's date: each item is its own day, never a range from
# the page's date ("Ngày cập nhật 21/06/2024⏎- Ngày 17/6: …")
ITEMS = [
    "Chủ tịch UBND huyện {n} chủ trì hội nghị giao ban tháng 6",
    "đồng chí {n}, {t} chủ trì cuộc họp Ban Chỉ đạo chuyển đổi số",
    "UBND huyện tổ chức hội nghị sơ kết do đồng chí {n}, {t} chủ trì",
    "đồng chí {n}, {t} chủ trì buổi tiếp công dân định kỳ",
]
for bullet, intro, (a, b) in itertools.product(("- ", "+ ", "• "), ("", "Tuần qua, lãnh đạo huyện có các hoạt động:\n"),
                                              itertools.permutations(ITEMS, 2)):
    second = b.replace("{n}", N2).replace("{t}", "Phó Chủ tịch UBND huyện")
    ROWS.append((intro + f"{bullet}Ngày 17/6: " + _f(a, "hội nghị") + f".\n{bullet}Ngày 18/6: " + second + ".",
                 [("2024-06-17", [N]), ("2024-06-18", [N2])]))

# planned, counted, a rule: no meeting with a chair
PLANNED = [
    "UBND huyện Tân Mỹ sẽ tổ chức {m} vào ngày 28/6. Đồng chí {n}, {t} sẽ chủ trì.",
    "Dự kiến ngày 28/6, {m} do đồng chí {n}, {t} chủ trì sẽ diễn ra tại hội trường UBND huyện.",
    "Năm 2023, đồng chí {n}, {t} đã chủ trì 24 cuộc họp và 12 buổi tiếp công dân.",
    "Theo quy chế, Chủ tịch UBND huyện chủ trì các cuộc họp giao ban hằng tháng.",
    "Các cuộc họp do đồng chí {n}, {t} chủ trì trong năm qua đều bám sát thực tiễn.",
    "Những hội nghị do đồng chí {n}, {t} chủ trì đều đạt chất lượng.",
]
for (_lead, m), form in itertools.product(NOUNS, PLANNED):
    ROWS.append((_f(form, m), []))


# the chair named by title alone, the name given in another sentence with that title as
# written (with or without the place): the one holder chairs; nobody, or two holders, none
TITLES = [("Chủ tịch UBND huyện", "Chủ tịch UBND huyện Tân Mỹ"), ("Bí thư Huyện ủy", "Bí thư Huyện ủy"),
          ("Phó Chủ tịch Thường trực HĐND huyện", "Phó Chủ tịch Thường trực HĐND huyện")]
BY_TITLE = ["{T} chủ trì {m}.", "Đồng chí {T} chủ trì {m}.", "{M} do {T} chủ trì.", "{M} do đồng chí {T} chủ trì."]
NAMED_LATER = ["Phát biểu kết luận, đồng chí {n}, {t} đề nghị các xã nỗ lực.",
               "Theo đồng chí {n}, {t}, năm nay huyện đạt nhiều kết quả."]
for (bare, written), form, later, (lead, m) in itertools.product(TITLES, BY_TITLE, NAMED_LATER, NOUNS[9:13]):
    chair = form.format(T=bare, m=m, M=m[0].upper() + m[1:])
    ROWS.append((f"Sáng 20/6, {lead}. {chair} " + later.format(n=N, t=written), [(D, [N])]))
    two = f"Dự có đồng chí {N}, {written} và đồng chí {N2}, {written}."
    ROWS.append((f"Sáng 20/6, {lead}. {chair} {two}", [(D, [])]))
    if "đồng chí" not in form.lower():  # "Đồng chí <title>" is the officials' title mention, linked by linking.py
        ROWS.append((f"Sáng 20/6, {lead}. {chair} Dự có đồng chí {N2}, Chủ tịch UBND xã Tân Lập.", [(D, [])]))


# the day in brackets closing the headline dates a lead that gives none ("… vừa tổ chức …");
# a day of the lead's own wins
HEAD_DAYS = [("(20/6)", D), ("(ngày 20/6)", D), ("(20/6/2024)", D), ("(sáng 20/6)", D)]
HEAD_LEADS = [("UBND huyện Tân Mỹ vừa tổ chức hội nghị tổng kết công tác dân vận.", None),
              ("Vừa qua, Huyện ủy Tân Mỹ tổ chức hội nghị học tập chuyên đề.", None),
              ("Chiều 19/6, UBND huyện Tân Mỹ tổ chức hội nghị tổng kết công tác dân vận.", "2024-06-19")]
for (head, value), (lead, own), word in itertools.product(HEAD_DAYS, HEAD_LEADS, ("Hội nghị", "Tân Mỹ tổng kết")):
    ROWS.append((f"{word} công tác dân vận {head}\nNgày cập nhật 21/06/2024\n{lead} "
                 + _f("Đồng chí {n}, {t} chủ trì hội nghị.", "hội nghị"), [(own or value, [N])]))


# a sentence after the lead opening on a period recalls that period's work: its chair is no
# chair of the meeting reported
PERIODS = ["Tháng 5/2024", "Năm 2023", "Trong quý I", "Trong quý I/2024", "6 tháng đầu năm", "Năm qua",
           "Từ đầu năm đến nay", "Thời gian qua", "Trong tháng 5"]
RECALLED = ["đồng chí {n2}, Phó Chủ tịch UBND huyện đã chủ trì hội nghị sơ kết.",
            "đồng chí {n2}, Phó Chủ tịch UBND huyện đã chủ trì và kết luận.",
            "hội nghị đối thoại do đồng chí {n2}, Phó Chủ tịch UBND huyện chủ trì đã giải quyết nhiều kiến nghị."]
for period, recalled, (lead, m) in itertools.product(PERIODS, RECALLED, NOUNS[9:12]):
    ROWS.append((f"Sáng 20/6, {lead}. " + _f("Đồng chí {n}, {t} chủ trì {m}. ", m) + f"{period}, "
                 + recalled.format(n2=N2), [(D, [N])]))


# a second meeting right after the first, the same day ("Ngay sau hội nghị, Ban Thường vụ Huyện ủy
# họp …"): its own meeting, its own chair
AFTER = ["Ngay sau hội nghị", "Sau hội nghị", "Kết thúc hội nghị", "Ngay sau đó", "Sau buổi làm việc",
         "Kết thúc buổi làm việc"]
SECOND = [("Ban Thường vụ Huyện ủy họp cho ý kiến về công tác cán bộ. Đồng chí {n2}, {t2} chủ trì cuộc họp.", [N2]),
          ("Ban Thường vụ Huyện ủy tổ chức hội nghị lấy phiếu tín nhiệm do đồng chí {n2}, {t2} chủ trì.", [N2]),
          ("Thường trực Huyện ủy làm việc với Đảng ủy xã Tân Lập.", [])]
for after, (second, chairs) in itertools.product(AFTER, SECOND):
    ROWS.append(("Sáng 20/6, Huyện ủy Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng. " + _f("Đồng chí {n}, {t} chủ "
                 "trì hội nghị. ", "hội nghị") + f"{after}, " + second.format(n2=N2, t2=T2), [(D, [N]), (D, chairs)]))


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_wide_slot(i):
    text, expected = ROWS[i]
    got = [(d, sorted(c)) for d, c in read_meetings(text, DL)]
    assert got == [(d, sorted(c)) for d, c in expected], text


def test_wide_table_size():
    assert 900 <= len(ROWS) <= 1100
