"""Meetings grammar, second table: the slots the first table (tests/test_meetings_grammar.py)
lacks, read by the whole pipeline (real day and official readers) under a page date line of
21/06/2024 (a Friday; 20/6 is a Thursday).

Slots: the day as the portals write it (weekday first, "Vào lúc 8 giờ ngày …", "hôm qua",
"sáng nay"), the meeting nouns of councils, Party committees and ceremonies (buổi làm việc,
tiếp xúc cử tri, phiên giải trình, phiên chất vấn, giao ban, lễ ra quân, lễ phát động, đối
thoại, hội nghị Ban Chấp hành lần thứ …, kỳ họp chuyên đề/bất thường), the chair form (before
or after the verb, "Chủ trì <event and its name> có", "Tham dự và chủ trì … có", "X - người
chủ trì …", co-chairs with "cùng … với"), the layout (the chair paragraphs after the lead, other days between them, the
day in the headline only, the meeting named in the headline only: not "Công bố xếp hạng …"),
and the near misses the genre writes beside them: attending,
speaking, directing, concluding, welcoming, presiding ("chủ tọa", ANNOTATION.md), heading a
delegation, the role alone with no name (the contract lists names: chair []), the chair of
the next meeting ("… trong tháng tới", "tiếp theo"), plans, and meetings a document or the
background names ("Thực hiện kết luận tại hội nghị ngày …", "Công văn … về việc tổ chức hội
nghị …", "Thông báo kết luận … tại cuộc họp ngày …"); a time to come that is the
topic's ("bàn giải pháp trong thời gian tới") keeps the meeting held. Names, places and days
are invented.
"""
import itertools

import pytest

from govfacts.extraction import registry

from .test_meetings_breadth import read_meetings

_LANDED = {"official", "date", "meeting"} <= set(registry.default_names())
pytestmark = pytest.mark.skipif(not _LANDED, reason="official/date/meeting extractors not yet in PIPELINE")

DL = "Tin hoạt động của địa phương\nNgày cập nhật 21/06/2024\n"
N, T, N2, T2 = "Lương Văn Đạt", "Chủ tịch UBND huyện", "Kha Thị Yến", "Bí thư Huyện ủy"
D = "2024-06-20"
DAYS = [
    ("Sáng 20/6", D), ("Chiều ngày 20/6/2024", D), ("Ngày 20-6", D), ("Sáng Thứ Năm (20/6)", D),
    ("Thứ Năm (20/6)", D), ("Sáng thứ Năm, ngày 20/6", D), ("Vào lúc 8 giờ ngày 20/6", D),
    ("Vào lúc 14 giờ 30 phút ngày 20.6", D), ("Trong ngày 20/6", D), ("Hôm qua", D), ("Sáng hôm qua", D),
    ("Sáng nay", "2024-06-21"),
]
# (the lead after the day, the meeting word as the text names it again)
NOUNS = [
    ("UBND huyện Tân Mỹ tổ chức buổi làm việc với các xã vùng cao", "buổi làm việc"),
    ("Tổ đại biểu HĐND tỉnh tổ chức buổi tiếp xúc cử tri tại xã Tân Lập", "buổi tiếp xúc cử tri"),
    ("Thường trực HĐND huyện Tân Mỹ tổ chức phiên giải trình về quản lý đất đai", "phiên giải trình"),
    ("HĐND huyện Tân Mỹ tổ chức phiên chất vấn và trả lời chất vấn", "phiên chất vấn"),
    ("UBND huyện Tân Mỹ tổ chức hội nghị giao ban công tác tháng 6", "hội nghị giao ban"),
    ("Công an huyện Tân Mỹ tổ chức lễ ra quân tấn công trấn áp tội phạm", "lễ ra quân"),
    ("Huyện đoàn Tân Mỹ tổ chức lễ phát động chiến dịch thanh niên tình nguyện hè", "lễ phát động"),
    ("Ban Dân vận Huyện ủy Tân Mỹ tổ chức đối thoại với đoàn viên thanh niên", "buổi đối thoại"),
    ("Huyện ủy Tân Mỹ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18, khóa XXV", "hội nghị"),
    ("Đảng ủy xã Tân Lập tổ chức hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12", "hội nghị"),
    ("HĐND huyện Tân Mỹ khóa XX tổ chức kỳ họp chuyên đề", "kỳ họp"),
    ("HĐND huyện Tân Mỹ khóa XX tổ chức kỳ họp bất thường", "kỳ họp"),
    ("Ban Chỉ huy Quân sự huyện Tân Mỹ tổ chức lễ ra quân huấn luyện năm 2024", "lễ ra quân"),
    ("Đoàn giám sát HĐND huyện Tân Mỹ có buổi làm việc với UBND xã Tân Lập", "buổi làm việc"),
]
CHAIRS = [
    "Đồng chí {n}, {t} chủ trì {m}.",
    "{M} do đồng chí {n}, {t} chủ trì.",
    "Dưới sự chủ trì của đồng chí {n}, {t}, các đại biểu đã thảo luận.",
    "Chủ trì {m} có đồng chí {n}, {t}.",
    "Tham dự và chủ trì {m} có đồng chí {n}, {t}.",
    "Dự và chủ trì {m} có đồng chí {n}, {t}.",
    "{T} {n} chủ trì {m}.",
    "Ông {n} - {t} chủ trì và kết luận {m}.",
    "{M} diễn ra dưới sự chủ trì của đồng chí {n}, {t}.",
    "Chủ trì {m}, đồng chí {n}, {t} nhấn mạnh ý nghĩa của đợt sinh hoạt.",
    "Phát biểu kết luận, đồng chí {n}, {t} - người chủ trì {m} đề nghị các xã nỗ lực hơn nữa.",
    "Đồng chí {n}, {t} là người chủ trì {m}.",
]
COCHAIRS = [
    "Đồng chí {n}, {t} cùng chủ trì {m} với đồng chí {n2}, {t2}.",
    "Đồng chí {n}, {t} cùng đồng chí {n2}, {t2} chủ trì {m}.",
    "Đồng chí {n}, {t} và đồng chí {n2}, {t2} đồng chủ trì {m}.",
    "Đồng chủ trì {m} có đồng chí {n}, {t} và đồng chí {n2}, {t2}.",
]
# the chair paragraphs after the lead
GAP = "\nNăm qua, huyện có 14 xã đạt chuẩn nông thôn mới.\n\nTỷ lệ hộ nghèo giảm còn 2,5%.\n\n"
# no chair for the meeting held: the chairing is to come, or nobody chairs it by name
NO_CHAIR = [
    "Đồng chí {n}, {t} tiếp tục chủ trì các cuộc họp chuyên đề trong tháng tới.",
    "Đồng chí {n}, {t} sẽ chủ trì {m} tiếp theo vào tháng 7.",
    "Đồng chí {n}, {t} chủ trì {m} tiếp theo vào tuần tới.",
    "Đồng chí {n}, {t} sẽ chủ trì các buổi làm việc với từng xã trong thời gian tới.",
    "Đồng chí {n}, {t} dự kiến chủ trì {m} lần thứ hai vào đầu tháng 7.",
    "Chủ tịch UBND huyện chủ trì {m}.",
    "{M} do Chủ tịch UBND huyện chủ trì. Tham dự có đồng chí {n2}, {t2}.",
    "Đồng chí {n}, {t} dự {m}.",
    "Tham dự {m} có đồng chí {n}, {t}.",
    "Đồng chí {n}, {t} phát biểu chỉ đạo {m}.",
    "Đồng chí {n}, {t} phát biểu kết luận {m}.",
    "Kết luận {m}, đồng chí {n}, {t} đề nghị các xã tập trung chỉ đạo.",
    "Phát biểu tại {m}, đồng chí {n}, {t} nhấn mạnh nhiều nội dung.",
    "Đồng chí {n}, {t} đã chào mừng các đại biểu về dự {m}.",
    "Đồng chí {n}, {t} chỉ đạo {m}.",
    "Đồng chí {n}, {t} ngồi ghế chủ tọa {m}.",
    "Chủ tọa {m} gồm các đồng chí {n}, {t} và {n2}, {t2}.",
    "Đoàn công tác do đồng chí {n}, {t} làm trưởng đoàn.",
    "Đồng chí {n}, {t} đã tiếp và làm việc với đoàn.",
]
# no meeting at all: planned, directed by a document, told as background
NO_MEETING = [
    "Theo kế hoạch, UBND huyện Tân Mỹ sẽ tổ chức {noun} vào tuần tới.",
    "UBND huyện Tân Mỹ dự kiến tổ chức {noun} vào cuối tháng 6. Đồng chí {n}, {t} sẽ chủ trì.",
    "Kế hoạch số 45/KH-UBND yêu cầu các xã tổ chức {noun} trước ngày 30/6.",
    "Trước đó, tại {noun} ngày 12/3/2024, UBND huyện Tân Mỹ đã thống nhất nhiều giải pháp.",
    "UBND huyện Tân Mỹ sẽ tổ chức {m} tiếp theo vào tháng 7 do đồng chí {n}, {t} chủ trì.",
    "Thực hiện kết luận tại {m} ngày 12/3/2024, các xã đã triển khai nhiều giải pháp.",
    "Căn cứ ý kiến chỉ đạo của Thường trực Huyện ủy tại {m} ngày 5/3/2024, UBND xã đã rà soát hồ sơ.",
]
# the day in the headline only, the meeting reported in the lead without one
HEADLINES = [
    "Ngày 20/6: {org} tổ chức {noun}\nNgày cập nhật 21/06/2024\n{org} vừa tổ chức {noun}. ",
    "Sáng 20/6, {org} tổ chức {noun}\nNgày cập nhật 21/06/2024\n{org} vừa tổ chức {noun}. ",
    "{Noun}\nNgày cập nhật 21/06/2024\nSáng 20/6, {org} đánh giá kết quả 6 tháng đầu năm. ",
]
# the meeting named in the headline only, over a lead that dates it and names no event
HEAD_ONLY = ["{Noun}", "Tân Mỹ: {Noun}", "Huyện Tân Mỹ tổ chức {noun}"]
HEAD_NOUNS = ["Hội nghị sơ kết công tác 6 tháng đầu năm 2024", "Kỳ họp chuyên đề HĐND huyện khóa XX",
              "Lễ ra quân huấn luyện năm 2024", "Tổng kết công tác dân vận năm 2023",
              "Phiên giải trình về quản lý đất đai", "Buổi tiếp xúc cử tri sau kỳ họp thứ 15"]
HEAD_LEAD = "\nNgày cập nhật 21/06/2024\nSáng 20/6, UBND huyện Tân Mỹ đánh giá kết quả 6 tháng đầu năm. " \
            "Theo báo cáo, tổng thu ngân sách đạt 120 tỷ đồng."
# and the headlines that name no gathering held, or a lead that is no meeting's
HEAD_NOT = [
    "Công bố xếp hạng chỉ số năng lực cạnh tranh cấp huyện năm 2023" + HEAD_LEAD,
    "Kiểm tra công tác cải cách hành chính tại xã Tân Lập" + HEAD_LEAD,
    "Chuẩn bị tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm" + HEAD_LEAD,
    "Hội nghị sơ kết công tác 6 tháng sẽ diễn ra vào cuối tháng 6" + HEAD_LEAD,
    "Hội nghị sơ kết công tác 6 tháng đầu năm\nNgày cập nhật 21/06/2024\nNgày 19/6, UBND huyện Tân Mỹ ban hành "
    "Kế hoạch số 45/KH-UBND về công tác sơ kết.",
]
# a meeting a document names (its subject, its conclusions, its plan): none held
DOC_NOUNS = ["hội nghị sơ kết công tác 6 tháng đầu năm", "kỳ họp thứ 15 HĐND huyện", "buổi tiếp xúc cử tri",
             "lễ ra quân huấn luyện", "phiên giải trình về đất đai", "cuộc họp Ban Chỉ đạo"]
DOC_MENTIONS = [
    "UBND huyện Tân Mỹ ban hành Công văn số 123/UBND-VP ngày 12/6/2024 về việc tổ chức {noun}.",
    "Thông báo số 45/TB-UBND ngày 14/6/2024 kết luận của Chủ tịch UBND huyện tại {noun} ngày 10/6/2024.",
    "Ngày 12/6/2024, UBND huyện Tân Mỹ ban hành Kế hoạch số 56/KH-UBND tổ chức {noun}.",
    "UBND huyện Tân Mỹ đã gửi giấy mời dự {noun} đến các xã.",
    "Ngày 12/6/2024, Chủ tịch UBND huyện ký Quyết định số 210/QĐ-UBND thành lập Ban tổ chức {noun}.",
    "Căn cứ Nghị quyết số 15/NQ-HĐND được thông qua tại {noun} ngày 10/6/2024, UBND huyện đã triển khai.",
    "Theo Thông báo số 45/TB-UBND, {noun} sẽ diễn ra vào ngày 28/6/2024 do đồng chí {n}, {t} chủ trì.",
    "Văn bản nêu rõ, {noun} do đồng chí {n}, {t} chủ trì vào ngày 25/6/2024.",
]
# the sentences between the lead and the chair: other days (a document's, a cut-off "đến ngày …",
# a plan's), "Tại hội nghị", a caption; none is the meeting's day or another meeting
MIDDLE = [
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/1/2024 của UBND huyện, các xã đã triển khai nhiều giải pháp.\n",
    "Từ ngày 1/1 đến ngày 15/6/2024, huyện đã giải quyết 1.250 hồ sơ.\n",
    "Tại hội nghị, các đại biểu đã thảo luận, đánh giá kết quả đạt được.\n",
    "Ngày 15/5/2024, UBND huyện ban hành Quyết định số 210/QĐ-UBND về kiện toàn Ban Chỉ đạo.\n",
    "Dự kiến ngày 30/6, huyện sẽ tổ chức lễ ra quân hưởng ứng tháng hành động.\n",
    "Quang cảnh hội nghị\n",
    "Theo báo cáo tại hội nghị, đến ngày 15/6/2024 toàn huyện giải ngân đạt 45% kế hoạch vốn.\n",
    "Tính đến hết ngày 14/6, toàn huyện có 12 xã đạt chuẩn.\n",
]
MIDDLE_LEAD = "Sáng 20/6, UBND huyện Tân Mỹ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n"
# the same words with a time to come that is the topic's, not the meeting's: still held
HELD = [
    ("Sáng 20/6, UBND huyện Tân Mỹ tổ chức hội nghị bàn giải pháp thực hiện nhiệm vụ trong thời gian tới. "
     "Đồng chí {n}, {t} chủ trì hội nghị.", [N]),
    ("Sáng 20/6, đồng chí {n}, {t} Tân Mỹ chủ trì hội nghị triển khai nhiệm vụ trong tháng tới.", [N]),
    ("Sáng 20/6, đồng chí {n}, {t} Tân Mỹ chủ trì cuộc họp về công tác chuẩn bị Đại hội nhiệm kỳ tới.", [N]),
    ("Sáng 20/6, UBND huyện Tân Mỹ tổ chức hội nghị sơ kết. Đồng chí {n}, {t} chủ trì hội nghị. Hội nghị "
     "thống nhất tổ chức hội nghị tiếp theo vào tháng 7.", [N]),
    ("Sáng 20/6, UBND huyện Tân Mỹ tổ chức hội nghị sơ kết. Theo báo cáo tại hội nghị, năm qua huyện đạt nhiều "
     "kết quả. Đồng chí {n}, {t} chủ trì hội nghị.", [N]),
    ("Sáng 20/6, Đoàn công tác của tỉnh có buổi làm việc với huyện Tân Mỹ. Đồng chí {n}, Phó Chủ tịch UBND tỉnh "
     "đồng chủ trì buổi làm việc với bà {n2}, {t2}.", [N, N2]),
    ("Sáng 20/6, đồng chí {n}, Phó Chủ tịch UBND tỉnh cùng chủ trì buổi làm việc với UBND huyện Tân Mỹ, "
     "đồng chí {n2}, {t2} báo cáo kết quả.", [N]),
    ("Sáng 20/6, UBND huyện Tân Mỹ tổ chức hội nghị sơ kết. Theo quy chế, người chủ trì hội nghị có trách "
     "nhiệm kết luận các nội dung.", []),
]


def _fill(form, m, noun=""):
    return form.format(n=N, t=T, n2=N2, t2=T2, m=m, M=m[0].upper() + m[1:], T=T, noun=noun)


ROWS = []
for (day, value), (lead, m) in itertools.product(DAYS, NOUNS):
    ROWS.append((f"{day}, {lead}. " + _fill(CHAIRS[0], m), [(value, [N])]))
for (lead, m), form, gap in itertools.product(NOUNS, CHAIRS, ("", GAP)):
    ROWS.append((f"Sáng 20/6, {lead}. {gap}" + _fill(form, m), [(D, [N])]))
for (lead, m), form in itertools.product(NOUNS[::2], COCHAIRS):
    ROWS.append((f"Sáng 20/6, {lead}. " + _fill(form, m), [(D, [N, N2])]))
for (lead, m), form in itertools.product(NOUNS[::2], NO_CHAIR):
    ROWS.append((f"Sáng 20/6, {lead}. " + _fill(form, m), [(D, [])]))
for (lead, m), form in itertools.product(NOUNS[::2], NO_MEETING):
    noun = lead.split(" tổ chức ", 1)[-1] if " tổ chức " in lead else m
    ROWS.append((_fill(form, m, noun), []))

for (lead, m), form in itertools.product(NOUNS, HEADLINES):
    org, noun = lead.split(" tổ chức ", 1) if " tổ chức " in lead else (lead, m)
    head = form.format(org=org, noun=noun, Noun=noun[0].upper() + noun[1:])
    ROWS.append((head + _fill(CHAIRS[0], m), [(D, [N])]))
for form, noun in itertools.product(HEAD_ONLY, HEAD_NOUNS):
    head = form.format(Noun=noun, noun=noun[0].lower() + noun[1:])
    ROWS.append((head + HEAD_LEAD, [(D, [])]))
for text in HEAD_NOT:
    ROWS.append((text, []))
for form, noun in itertools.product(DOC_MENTIONS, DOC_NOUNS):
    ROWS.append((_fill(form, "hội nghị", noun), []))
for mid, form in itertools.product(MIDDLE, CHAIRS[:4]):
    ROWS.append((MIDDLE_LEAD + MIDDLE[2] + mid + _fill(form, "hội nghị"), [(D, [N])]))
ROWS.append(("Từ ngày 19 đến ngày 20/6, UBND huyện Tân Mỹ tổ chức hội nghị tập huấn. " + _fill(CHAIRS[0], "hội nghị"),
             [("2024-06-19", [N])]))
for form, chairs in HELD:
    ROWS.append((_fill(form, "hội nghị"), [(D, chairs)]))


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_slot(i):
    text, expected = ROWS[i]
    got = [(d, sorted(c)) for d, c in read_meetings(text, DL)]
    assert got == [(d, sorted(c)) for d, c in expected], text


def test_table_size():
    assert 800 <= len(ROWS) <= 950
