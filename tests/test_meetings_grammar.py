"""Meetings grammar: the genre's phrasing as slots, crossed into generated rows.

Slots: the day (several written forms), the meeting noun and what follows it, the chair
form (verb after / "do … chủ trì" / "dưới sự chủ trì của" / "Chủ trì … có" / co-chairs),
and the near-miss negatives (attended, spoke, concluded, welcomed, only planned).  Names,
places and days are invented; the rows use tests/test_meetings.py's marking helper.
"""
import itertools

import pytest

from .test_meetings import summary

DAYS = [
    ("{Sáng 14/3/2023=2023-03-14}", "2023-03-14"),
    ("{Chiều ngày 9.6.2023=2023-06-09}", "2023-06-09"),
    ("{Ngày 17-5-2023=2023-05-17}", "2023-05-17"),
    ("{Sáng thứ Hai (ngày 6/11/2023)=2023-11-06}", "2023-11-06"),
]
NOUNS = [
    "Hội nghị sơ kết 6 tháng đầu năm 2023",
    "Kỳ họp thứ 12, HĐND huyện khóa XX",
    "phiên họp thường kỳ tháng 5",
    "cuộc họp triển khai nhiệm vụ năm 2024",
    "buổi làm việc với các xã vùng cao",
    "hội thảo khoa học về chuyển đổi số",
    "tọa đàm kỷ niệm ngày Nhà giáo Việt Nam",
    "Đại hội đại biểu Hội Nông dân xã lần thứ VII",
    "buổi giao ban công tác tuần",
    "hội nghị trực tuyến tổng kết công tác năm 2023",
]
NAME, NAME2 = "Lương Văn Đạt", "Kha Thị Yến"
TITLE, TITLE2 = "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện"
PLACE = "UBND huyện Tân Mỹ tổ chức"


def _lead(day, noun):
    return f"{day}, {PLACE} {noun}. "


# chair forms; {n} is the name, {t} the title, {m} the meeting word used again
CHAIR_FORMS = [
    "Đồng chí [{n}], {t} chủ trì {m}.",
    "{M} do đồng chí [{n}], {t} chủ trì.",
    "Dưới sự chủ trì của đồng chí [{n}], {t}, các đại biểu đã thảo luận.",
    "Chủ trì {m} có đồng chí [{n}], {t}.",
    "Chủ trì {m} là đồng chí [{n}], {t}.",
    "{T} [{n}] chủ trì {m}.",
    "Đồng chí [{n}], {t} chủ trì và phát biểu kết luận {m}.",
    "Ông [{n}] - {t} chủ trì {m}.",
]
COCHAIR_FORMS = [
    "Đồng chí [{n}], {t} và đồng chí [{n2}], {t2} đồng chủ trì {m}.",
    "Đồng chủ trì {m} có các đồng chí: [{n}], {t}; [{n2}], {t2}.",
]
NEG_FORMS = [
    "Đồng chí [{n}], {t} dự {m}.",
    "Tham dự {m} có đồng chí [{n}], {t}.",
    "Đồng chí [{n}], {t} phát biểu chỉ đạo tại {m}.",
    "Đồng chí [{n}], {t} tiếp đón đoàn công tác.",
    "Đồng chí [{n}], {t} làm trưởng đoàn công tác của huyện.",
]
PLANNED = [
    "Theo kế hoạch, UBND huyện Tân Mỹ sẽ tổ chức {m} do đồng chí [{n}], {t} chủ trì vào tháng tới.",
    "Dự kiến, {m} do đồng chí [{n}], {t} chủ trì sẽ diễn ra vào quý IV.",
]


def _word(noun):
    words = noun.lower().split()
    if words[0] == "buổi":
        return " ".join(words[:3])
    return " ".join(words[:2]) if words[0] in {"kỳ", "phiên", "cuộc", "hội", "tọa", "đại"} else words[0]


def _fill(form, noun):
    m = _word(noun)
    return form.format(n=NAME, n2=NAME2, t=TITLE, t2=TITLE2, m=m, M=m[0].upper() + m[1:],
                       T=TITLE)


ROWS = []
for (day, value), noun, form in itertools.product(DAYS[:2], NOUNS, CHAIR_FORMS):
    ROWS.append((_lead(day, noun) + _fill(form, noun), [(value, [NAME])]))
for (day, value), noun in itertools.product(DAYS[2:], NOUNS[:5]):
    ROWS.append((_lead(day, noun) + _fill(CHAIR_FORMS[0], noun), [(value, [NAME])]))
for (day, value), noun, form in itertools.product(DAYS[:2], NOUNS[:5], COCHAIR_FORMS):
    ROWS.append((_lead(day, noun) + _fill(form, noun), [(value, [NAME, NAME2])]))
# the chair three sentences after the lead
for (day, value), noun in itertools.product(DAYS[:2], NOUNS[:5]):
    gap = "Năm 2023, huyện có 14 xã đạt chuẩn. Tỷ lệ hộ nghèo giảm 2,5%. Nhiều mô hình mới được nhân rộng. "
    ROWS.append((_lead(day, noun) + gap + _fill(CHAIR_FORMS[0], noun), [(value, [NAME])]))

NEGATIVE = []
for (day, _value), noun, form in itertools.product(DAYS[:2], NOUNS[:6], NEG_FORMS):
    NEGATIVE.append(_lead(day, noun) + _fill(form, noun))
for noun, form in itertools.product(NOUNS[:5], PLANNED):
    NEGATIVE.append(_fill(form, noun))

# rows the rules miss today (see the reason for each class)
MISSED = {}


def _chairs(found):
    return [(d, c) for d, c in found if c]


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_chaired(i):
    text, expected = ROWS[i]
    if i in MISSED:
        pytest.xfail(MISSED[i])
    got = _chairs(summary(text))
    assert [(d, sorted(c)) for d, c in got] == [(d, sorted(c)) for d, c in expected], text


@pytest.mark.parametrize("i", range(len(NEGATIVE)))
def test_not_chaired(i):
    text = NEGATIVE[i]
    assert _chairs(summary(text)) == [], text


def test_table_size():
    assert 150 <= len(ROWS) + len(NEGATIVE) + len(HARD) + len(ASSIGNED) <= 500


# harder slots: online forms, three chairs with a title after each, the chair before the noun
ONLINE = [
    " theo hình thức trực tiếp kết hợp trực tuyến",
    " theo hình thức trực tuyến đến 15 điểm cầu xã, thị trấn",
    "",
]
THREE = [
    "Các đồng chí: [{n}], {t}; [{n2}], {t2}; [Đào Minh Tú], Phó Chủ tịch UBND huyện đồng chủ trì {m}.",
    "Đồng chủ trì {m} có đồng chí [{n}], {t}, đồng chí [{n2}], {t2} và đồng chí [Đào Minh Tú], "
    "Phó Chủ tịch UBND huyện.",
    "Chủ trì tại điểm cầu huyện có đồng chí [{n}], {t}; [{n2}], {t2}; [Đào Minh Tú], Phó Chủ tịch UBND huyện.",
    "{M} diễn ra dưới sự chủ trì của các đồng chí: [{n}], {t}; [{n2}], {t2}; [Đào Minh Tú], "
    "Phó Chủ tịch UBND huyện.",
]
HARD = []
for (day, value), noun, online, form in itertools.product(DAYS, NOUNS[:3], ONLINE, THREE):
    lead = f"{day}, {PLACE} {noun}{online}. "
    HARD.append((lead + _fill(form, noun), [(value, [NAME, NAME2, "Đào Minh Tú"])]))


@pytest.mark.parametrize("i", range(len(HARD)))
def test_chaired_hard(i):
    text, expected = HARD[i]
    got = _chairs(summary(text))
    assert [(d, sorted(c)) for d, c in got] == [(d, sorted(c)) for d, c in expected], text


# a task given to a person: "chủ trì, <second task verb>" is the lead-agency sense, no meeting chaired
TASK_VERBS = ["chỉ đạo thực hiện", "kiểm tra việc thực hiện", "rà soát hồ sơ", "tổng hợp kết quả",
              "giám sát việc triển khai", "phối hợp với các xã"]
ASSIGNED = [f"{_lead(day, noun)}UBND huyện giao đồng chí [{NAME}], {TITLE2} chủ trì, {verb}."
            for (day, _v), noun, verb in itertools.product(DAYS[:2], NOUNS[:3], TASK_VERBS)]


@pytest.mark.parametrize("text", ASSIGNED)
def test_task_given_to_a_person_is_no_chair(text):
    assert _chairs(summary(text)) == [], text


# the two classes missed last session, now read (kept as rows of their own)
_L = _lead(*DAYS[0][:1], NOUNS[0])
ONCE_MISSED = [
    (_L + f"Đồng chí [{NAME}], {TITLE2} tiếp tục chủ trì các cuộc họp chuyên đề trong tháng tới.", []),
    (_L + f"Đồng chí [{NAME}], {TITLE} cùng chủ trì hội nghị với đồng chí [{NAME2}], Bí thư Huyện ủy.",
     [NAME, NAME2]),
]


@pytest.mark.parametrize("text,expected", ONCE_MISSED)
def test_once_missed(text, expected):
    got = [c for _d, c in _chairs(summary(text))]
    assert sorted(sum(got, [])) == sorted(expected), text
