"""Meetings grammar for unseen text (issue 19): the classes blind first sights showed, as slots.

Slots: co-chairs each with a title after a dash, joined by commas ("Chủ trì hội nghị có các đồng
chí A - Chủ tịch UBND huyện, B - Phó Chủ tịch UBND huyện") × the meeting nouns; a programme of
several meetings as bare dated bullets ("- 17/6: Hội nghị …", "+ 18/6 (thứ Ba): Làm việc với …",
a line "19/6: …"), each item its own meeting on its own day, and the same items as a schedule
still to come (after the page's date) or as counts ("- 5/7: xã đạt chuẩn"); a field inspection
("đi kiểm tra thực tế", "đến kiểm tra thực tế", "kiểm tra thực tế tại", "đi khảo sát thực tế") × who goes × the day,
and the same words given as a task or planned; a Party badge ceremony held without "lễ" ("tổ
chức trao Huy hiệu 30 năm tuổi Đảng") × its chair, and planned; a photo's order ("(từ phải qua)") between the chairs and the chair verb, which
plans nothing; an event a leader or a delegation attends in a sentence opening on its day ("Sáng
20/6, đồng chí X … dự Hội nghị …"), and "đã diễn ra Hội nghị …": held, chaired by no one; the
same planned, or an attendance sentence alone; a meeting the headline alone names after a bracketed
place or tag, or as the predicate after its subject. Names, places and days are
invented; read by the whole pipeline under a page date line of 21/06/2024.
"""
import itertools

import pytest

from .test_meetings_breadth import read_meetings

DL = "Tin hoạt động của địa phương\nNgày cập nhật 21/06/2024\n"
N, T, N2, T2, N3, T3 = ("Lương Văn Đạt", "Chủ tịch UBND huyện", "Kha Thị Yến", "Phó Chủ tịch UBND huyện",
                        "Đào Minh Tú", "Bí thư Huyện ủy")
D = "2024-06-20"

LEADS = [("UBND huyện Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024", "hội nghị"),
         ("Ban Chỉ đạo chuyển đổi số huyện Tân Mỹ tổ chức phiên họp thường kỳ quý II", "phiên họp"),
         ("Đoàn công tác của UBND tỉnh có buổi làm việc với huyện Tân Mỹ", "buổi làm việc"),
         ("Huyện ủy Tân Mỹ tổ chức hội thảo khoa học về phát triển du lịch cộng đồng", "hội thảo"),
         ("HĐND huyện Tân Mỹ tổ chức kỳ họp chuyên đề", "kỳ họp")]
DASH_COCHAIRS = [
    "Chủ trì {m} có các đồng chí {n} - {t}, {n2} - {t2}.",
    "Chủ trì {m} có các đồng chí: {n} - {t}, {n2} - {t2}.",
    "Chủ trì {m} gồm các đồng chí {n} – {t}, {n2} – {t2}.",
    "Đồng chủ trì {m} có các đồng chí {n} - {t}, {n2} - {t2}.",
    "{M} diễn ra dưới sự chủ trì của các đồng chí {n} - {t}, {n2} - {t2}.",
    "Chủ trì {m} có các đồng chí {n} - {t}, {n2} - {t2}, {n3} - {t3}.",
]


def _f(form, m):
    return form.format(n=N, t=T, n2=N2, t2=T2, n3=N3, t3=T3, m=m, M=m[0].upper() + m[1:])


ROWS = []
for (lead, m), form in itertools.product(LEADS, DASH_COCHAIRS):
    chairs = [N, N2, N3] if "{n3}" in form else [N, N2]
    ROWS.append((f"Sáng 20/6, {lead}. " + _f(form, m), [(D, chairs)]))

# a programme of several meetings, one bare dated bullet each
INTROS = ["Trong tuần qua, Thường trực Huyện ủy Tân Mỹ đã tổ chức nhiều hoạt động:",
          "Hoạt động của lãnh đạo UBND huyện Tân Mỹ trong tuần:",
          "Kết quả hoạt động tuần qua như sau:"]
ITEMS = [("Hội nghị Ban Thường vụ Huyện ủy cho ý kiến về công tác cán bộ.", []),
         ("Làm việc với Đảng ủy xã Tân Lập về chuyển đổi số.", []),
         ("Tiếp công dân định kỳ tại trụ sở Ban Tiếp công dân huyện.", []),
         ("Đồng chí {n}, {t} chủ trì cuộc họp Ban Chỉ đạo phòng chống thiên tai.", [N])]
BULLETS = ["- {d}/6: ", "+ {d}/6: ", "• {d}/6 (thứ {wd}): ", "{d}/6: "]
WD = {17: "Hai", 18: "Ba", 19: "Tư", 24: "Hai", 25: "Ba", 26: "Tư"}


def _programme(intro, bullet, items, days):
    lines = [intro] + [bullet.format(d=d, wd=WD[d]) + _f(item, "hội nghị") for d, (item, _c) in zip(days, items)]
    return "\n".join(lines)


for intro, bullet, k in itertools.product(INTROS, BULLETS, range(len(ITEMS))):
    items = ITEMS[k:] + ITEMS[:k]
    items = items[:3]
    ROWS.append((_programme(intro, bullet, items, [17, 18, 19]),
                 [(f"2024-06-{d}", c) for d, (_i, c) in zip([17, 18, 19], items)]))

NOT_HELD = []
for bullet, k in itertools.product(BULLETS, range(len(ITEMS))):
    items = (ITEMS[k:] + ITEMS[:k])[:3]
    NOT_HELD.append(_programme("Lịch công tác tuần tới của Thường trực Huyện ủy Tân Mỹ:", bullet, items, [24, 25, 26]))
for bullet in BULLETS[:2]:
    NOT_HELD.append("Kết quả cụ thể:\n" + bullet.format(d=5, wd="") .replace("/6", "/7") + "xã đạt chuẩn nông thôn mới.")

# a field inspection: an inspection session held
GOERS = ["đoàn công tác của UBND huyện Tân Mỹ do đồng chí {n}, {t} làm trưởng đoàn",
         "đồng chí {n}, {t} Tân Mỹ", "Ban Thường vụ Huyện ủy Tân Mỹ", "đoàn giám sát của HĐND huyện Tân Mỹ"]
INSPECTS = ["đã đi kiểm tra thực tế tại các công trình trọng điểm",
            "đi kiểm tra thực tế tình hình khắc phục hậu quả mưa lũ tại xã Tân Lập",
            "đã đến kiểm tra thực tế mô hình trồng cây dược liệu tại xã Tân Lập",
            "về kiểm tra thực tế tiến độ xây dựng nông thôn mới tại xã Tân Lập",
            "kiểm tra thực tế tại Trường Tiểu học Tân Lập", "đã đi khảo sát thực tế vùng nguyên liệu tại xã Tân Lập",
            "khảo sát thực tế tại khu tái định cư thôn 3", "đã đi kiểm tra tiến độ xây dựng trường học tại xã Tân Lập",
            "đến kiểm tra công tác phòng chống dịch tại xã Tân Lập"]
DAYS = [("Sáng 20/6", D), ("Chiều ngày 20/6/2024", D), ("Ngày 19/6", "2024-06-19"), ("Sáng nay", "2024-06-21")]
for goer, inspect, (day, value) in itertools.product(GOERS, INSPECTS, DAYS):
    text = f"{day}, {_f(goer, 'buổi kiểm tra')} {inspect}."
    ROWS.append((text, [(value, [])]))
for goer, inspect in itertools.product(GOERS[2:], INSPECTS[:3]):
    ROWS.append((f"Sáng 20/6, {goer} {inspect}. " + _f("Đồng chí {n}, {t} chủ trì buổi kiểm tra.", "x"),
                 [(D, [N])]))
TASKS = ["UBND huyện yêu cầu các xã thường xuyên {i}.", "Các phòng, ban cần {i}.",
         "Dự kiến, ngày 28/6, Ban Thường vụ Huyện ủy sẽ {i}.", "Tuần tới, đoàn công tác của huyện sẽ {i}."]
NOT_HELD += ["Ngày 20/6, UBND huyện ban hành báo cáo về kiểm tra công tác cải cách hành chính.",
             "Từ đầu năm đến nay, đoàn công tác của huyện đã đi kiểm tra 15 cơ sở."]
for task, inspect in itertools.product(TASKS, INSPECTS):
    NOT_HELD.append(task.format(i=inspect.removeprefix("đã ")))

# a Party badge ceremony held without "lễ"
HOLDERS = ["Chi bộ thôn 3 tổ chức trao Huy hiệu 30 năm tuổi Đảng cho đảng viên Hà Văn Tư",
           "Huyện ủy Tân Mỹ tổ chức trao Huy hiệu Đảng đợt 19/5 cho 25 đảng viên",
           "Đảng ủy xã Tân Lập tổ chức trao tặng Huy hiệu 40 năm tuổi Đảng cho các đảng viên",
           "Đảng ủy xã Tân Lập đã tổ chức trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Hà Văn Tư"]
BADGE_CHAIRS = [("", []), (" Đồng chí {n}, {t} chủ trì buổi lễ.", [N]), (" Đồng chí {n}, {t} dự và trao Huy hiệu.", [])]
for holder, (chair, chairs), (day, value) in itertools.product(HOLDERS, BADGE_CHAIRS, DAYS[:3]):
    ROWS.append((f"{day}, {holder}.{_f(chair, 'buổi lễ')}", [(value, chairs)]))
for holder in HOLDERS:
    NOT_HELD.append(f"Dự kiến, ngày 2/7, {holder.replace('tổ chức', 'sẽ tổ chức')}.")
    NOT_HELD.append(f"Theo kế hoạch, {holder.replace('đã ', '')} vào dịp 3/2 năm sau.")


# a photo's order in a caption or a sentence ("(từ phải qua)", "(thứ hai từ trái sang)") between the
# chairs and the chair verb: the chairs still chair ("phải" there is no "must")
ORDERS = ["(từ phải qua)", "(từ trái qua)", "(thứ hai, từ phải sang)", "(từ phải sang)"]
ORDERED = ["Các đồng chí {n}, {n2} {o} chủ trì {m}", "Đồng chí {n}, {t} và đồng chí {n2}, {t2} {o} đồng chủ trì {m}.",
           "Đồng chí {n}, {t}; đồng chí {n2}, {t2} {o} chủ trì {m}."]
for (lead, m), order, form in itertools.product(LEADS[:3], ORDERS, ORDERED):
    ROWS.append((f"Sáng 20/6, {lead}.\n" + _f(form.replace("{o}", order), m), [(D, [N, N2])]))
for (lead, m), order in itertools.product(LEADS[:3], ORDERS):
    NOT_HELD.append(_f("Theo kế hoạch, {m} do các đồng chí {n}, {n2} {o} chủ trì sẽ diễn ra vào ngày 28/6."
                       .replace("{o}", order), m))


# a leader or a delegation attending, in a sentence opening on the day: the event held that day, no chair;
# "diễn ra" before the event holds it too
ATTENDERS = ["đồng chí {n}, Phó Bí thư Tỉnh ủy", "đoàn công tác của Tỉnh ủy do đồng chí {n} làm trưởng đoàn",
             "hơn 200 đại biểu", "lãnh đạo UBND huyện Tân Mỹ"]
ATTENDS = ["dự", "đã dự", "tham dự", "đến dự", "dự và chỉ đạo", "dự, chỉ đạo", "dự và phát biểu chỉ đạo"]
ATTENDED = ["Hội nghị sơ kết công tác xây dựng Đảng của Đảng ủy xã Tân Lập", "Đại hội Hội Nông dân xã Tân Lập lần thứ X",
            "Lễ kỷ niệm 50 năm thành lập huyện Tân Mỹ", "buổi lễ khai giảng năm học mới tại Trường THCS Tân Lập",
            "kỳ họp thứ 8 HĐND xã Tân Lập"]
for who, verb, what in itertools.product(ATTENDERS, ATTENDS, ATTENDED):
    day, value = DAYS[(len(ROWS)) % 3]
    ROWS.append((f"{day}, {_f(who, 'x')} {verb} {what}.", [(value, [])]))
for (day, value), what in itertools.product(DAYS[3:], ATTENDED):
    ROWS.append((f"{day}, {_f(ATTENDERS[0], 'x')} dự {what}.", [(value, [])]))
    ROWS.append((f"Sáng nay (21/6), {_f(ATTENDERS[0], 'x')} dự {what}.", [(value, [])]))
    ROWS.append((f"Chiều qua, {_f(ATTENDERS[0], 'x')} dự {what}.", [("2024-06-20", [])]))
for (day, value), what in itertools.product(DAYS[:3], ATTENDED):
    ROWS.append((f"{day}, tại hội trường UBND huyện Tân Mỹ, đã diễn ra {what}.", [(value, [])]))
    NOT_HELD.append(f"Dự kiến, ngày 28/6, đồng chí {N}, Phó Bí thư Tỉnh ủy sẽ dự {what}.")
    NOT_HELD.append(f"Tham dự {what[0].lower() + what[1:]} có đồng chí {N}, Phó Bí thư Tỉnh ủy.")


# the meeting named only in the headline: after a bracketed place or tag, or a place and a dash ("(Tân Mỹ) -
# Kỳ họp …", "[Video] Hội nghị …", "Tân Mỹ - Lễ …"), or as the predicate after the headline's subject
# ("Thường trực HĐND huyện họp phiên thường kỳ", "Chủ tịch UBND huyện làm việc với xã Tân Lập"), over a lead
# that opens on its day and names no event; not over a lead that plans
PREFIXES = ["(Tân Mỹ) - ", "[Tân Mỹ] ", "[Video] ", "(Ảnh) ", "Tân Mỹ - ", "(TMO) – "]
HEAD_EVENTS = ["Hội nghị giao ban tháng 6", "Kỳ họp thứ 15 HĐND huyện khóa XX", "Lễ ra quân huấn luyện năm 2024",
               "Hội thảo phát triển du lịch cộng đồng"]
PREDICATES = ["Thường trực HĐND huyện họp phiên thường kỳ tháng 6", "Chủ tịch UBND huyện làm việc với xã Tân Lập",
              "Ban Thường vụ Huyện ủy họp cho ý kiến về công tác cán bộ", "Lãnh đạo huyện tiếp xúc cử tri xã Tân Lập",
              "Phó Chủ tịch UBND tỉnh thăm và làm việc tại huyện Tân Mỹ", "Bí thư Huyện ủy đối thoại với thanh niên"]
HEAD_LEADS = [("Sáng 20/6, UBND huyện Tân Mỹ đánh giá kết quả 6 tháng đầu năm.", D),
              ("Chiều ngày 19/6/2024, lãnh đạo huyện Tân Mỹ xem xét các báo cáo.", "2024-06-19")]


def _headed(head, lead):
    return f"{head}\nNgày cập nhật 21/06/2024\n{lead}"


for prefix, event, (lead, value) in itertools.product(PREFIXES, HEAD_EVENTS, HEAD_LEADS):
    ROWS.append((_headed(prefix + event, lead), [(value, [])]))
for head, (lead, value) in itertools.product(PREDICATES, HEAD_LEADS):
    ROWS.append((_headed(head, lead), [(value, [])]))
    ROWS.append((_headed(head, lead + " " + _f("Đồng chí {n}, {t} chủ trì.", "x")), [(value, [N])]))
    NOT_HELD.append(_headed(head, "Dự kiến, ngày 28/6, UBND huyện Tân Mỹ sẽ đánh giá kết quả 6 tháng đầu năm."))


# a congress, the first session of the body it elected (no day of its own), then the preparatory session
# the day before, told after it ("Trước đó, chiều 19/6, phiên trù bị … dưới sự chủ trì của …"): three
# meetings, the first session never taking the preparatory session's day or chair
CONGRESSES = ["Hội Liên hiệp Phụ nữ xã Tân Lập tổ chức Đại hội đại biểu phụ nữ lần thứ VII",
              "Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ XV", "Hội Nông dân huyện Tân Mỹ tổ chức Đại hội lần thứ X"]
FIRST_SESSIONS = ["Tại phiên họp thứ nhất, bà {n2} tái đắc cử Chủ tịch.", "Tại phiên họp thứ nhất, Ban Chấp hành khóa mới đã bầu "
                  "Ban Thường vụ.", "Phiên họp thứ nhất của Ban Chấp hành khóa mới đã bầu các chức danh chủ chốt."]
PREPARATORY = ["Trước đó, chiều 19/6, phiên trù bị đại hội đã diễn ra dưới sự chủ trì của bà {n2}.",
               "Trước đó, chiều 19/6, đại hội tiến hành phiên trù bị dưới sự chủ trì của bà {n2}."]
for congress, first, prep in itertools.product(CONGRESSES, FIRST_SESSIONS, PREPARATORY):
    ROWS.append((f"Sáng 20/6, {congress}.\nĐại hội bầu Ban Chấp hành khóa mới gồm 15 người. {_f(first, 'x')}\n"
                 f"{_f(prep, 'x')}", [(D, []), (None, []), ("2024-06-19", [N2])]))


# a Party cell's meeting named by what it does ("tổ chức sinh hoạt chuyên đề", "chủ trì buổi sinh hoạt"); not the habit
CELLS = ["Chi bộ thôn 3 tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng Hồ Chí Minh",
         "Chi bộ Trường THCS Tân Lập tổ chức sinh hoạt chi bộ định kỳ tháng 6", "Đảng ủy xã Tân Lập tổ chức buổi sinh hoạt chính trị"]
CELL_CHAIRS = [("", []), (" Đồng chí {n}, Bí thư Chi bộ chủ trì buổi sinh hoạt.", [N]),
               (" Chủ trì buổi sinh hoạt là đồng chí {n}, Bí thư Chi bộ.", [N])]
for cell, (chair, chairs), (day, value) in itertools.product(CELLS, CELL_CHAIRS, DAYS[:3]):
    ROWS.append((f"{day}, {cell}.{_f(chair, 'x')}", [(value, chairs)]))
NOT_HELD += ["Hằng tháng, chi bộ tổ chức sinh hoạt chi bộ đúng quy định.", "Chi bộ duy trì sinh hoạt định kỳ hằng tháng.",
             "Các chi bộ cần đổi mới nội dung sinh hoạt chuyên đề."]


# a chair named by title alone after the chair verb ("dưới sự chủ trì của Chủ tịch UBND huyện", "Chủ trì hội
# nghị là Bí thư Huyện ủy"), the one holder of that title named elsewhere; none when two hold it or no one does
TITLE_AFTER = ["{L}, dưới sự chủ trì của {t}.", "{L} dưới sự chủ trì của đồng chí {t}.", "{L}. Chủ trì {m} là {t}.",
               "{L}. Chủ trì {m} có {t}.", "{L}. {M} diễn ra dưới sự chủ trì của {t}."]
HOLDERS_ELSEWHERE = [(" Phát biểu kết luận, đồng chí {n}, {t} đề nghị các ngành nỗ lực.", [N]),
                     (" Phát biểu kết luận, đồng chí {n}, {t} và đồng chí {n3}, {t} đề nghị các ngành nỗ lực.", []),
                     (" Phát biểu kết luận, đồng chí {n3}, {t3} đề nghị các ngành nỗ lực.", [])]
for (lead, m), form, (later, chairs) in itertools.product(LEADS[:3], TITLE_AFTER, HOLDERS_ELSEWHERE):
    text = "Sáng 20/6, " + form.replace("{L}", lead) + later
    ROWS.append((_f(text, m), [(D, chairs)]))


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_unseen_slot(i):
    text, expected = ROWS[i]
    got = [(d, sorted(c)) for d, c in read_meetings(text, DL)]
    assert got == [(d, sorted(c)) for d, c in expected], text


@pytest.mark.parametrize("text", NOT_HELD)
def test_unseen_not_held(text):
    assert read_meetings(text, DL) == [], text


def test_unseen_table_size():
    assert 650 <= len(ROWS) + len(NOT_HELD) <= 850
