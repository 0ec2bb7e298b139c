"""Name forms as a grammar of slots: how a holder's name is written after (or before) the
title, crossed with posts and sentences.

* capitals after an honorific ("ông NGUYỄN VĂN AN, Chủ tịch UBND xã"): honorific × name × layout;
* Khmer names right after a title's level word ("Chủ tịch UBND huyện Thạch Sơn Ni"): three
  syllables that open with a Khmer family name are the holder, not the place;
* two-syllable names right after a title's level word ("Bí thư Huyện ủy Lê Hùng"), which read
  as a place unless the article names the person short ("đồng chí Hùng") and never writes them
  as a place ("tại xã Trần Phú" keeps the commune).

Names, places and bodies are invented; (title, org) follow corpus/ANNOTATION.md.
"""
import itertools

import pytest

from tests.test_officials import people

UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"

CAPS_HONORIFICS = ["ông", "bà", "đồng chí", "Ông", "Bà", "Đồng chí"]
CAPS_NAMES = ["NGUYỄN VĂN TOÀN", "LÒ THỊ HẠNH", "HOÀNG MINH", "Y BLANG NIÊ", "KSOR NHỨT", "TRẦN THỊ KIM THOA"]
CAPS_POSTS = [("Chủ tịch UBND xã", "chủ tịch", UB), ("Phó Bí thư Huyện ủy", "phó bí thư", "huyện ủy"),
              ("Chủ tịch Hội Nông dân huyện", "chủ tịch", "hội nông dân")]
CAPS_LAYOUTS = ["{H} {n}, {p} phát biểu tại buổi lễ.", "Dự buổi làm việc có {h} {n} - {p}.",
                "Đến dự có {h} {n} ({p}) cùng đại diện các ban, ngành."]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _caps_rows():
    rows = []
    for i, (name, (post, title, org), lay) in enumerate(itertools.product(CAPS_NAMES, CAPS_POSTS, CAPS_LAYOUTS)):
        hon = CAPS_HONORIFICS[i % len(CAPS_HONORIFICS)]
        rows.append((f"caps|{name}|{post}|{i % 3}", lay.format(h=hon, H=_cap(hon), n=name, p=post),
                     {name: {(title, org)}}))
    rows.append(("caps|no-role", "Bà LÒ THỊ HẠNH cho biết gia đình đã thoát nghèo.", {"LÒ THỊ HẠNH": set()}))
    return rows


CAPS_NEGATIVES = [
    "ÔNG NGUYỄN VĂN TOÀN ĐƯỢC BẦU LÀM CHỦ TỊCH UBND HUYỆN",
    "Ông UBND xã đã chỉ đạo các thôn rà soát.",
    "Bà con XÃ NẬM CHÀY tham gia ngày hội.",
    # a heading in capitals at the foot that opens with "Y" is no Ê Đê byline
    "Huyện tổ chức hội nghị tổng kết công tác năm.\n\nY TẾ CƠ SỞ\n",
]

# Khmer family names (patterns/surnames.yaml khmer_family) × posts × layouts: the title first.
KHMER_NAMES = ["Thạch Sơn Ni", "Kim Ngọc Thái", "Sơn Ngọc Thành", "Danh Văn Út", "Chau Sóc Khăm", "Thạch Thị Mỹ"]
LEVEL_POSTS = [("Chủ tịch UBND huyện", "chủ tịch", UB), ("Bí thư Huyện ủy", "bí thư", "huyện ủy"),
               ("Phó Chủ tịch HĐND xã", "phó chủ tịch", HD), ("Chủ tịch UBMTTQ xã", "chủ tịch", MT),
               ("Bí thư Đảng ủy xã", "bí thư", "đảng ủy")]
LEVEL_LAYOUTS = ["{p} {n} phát biểu khai mạc hội nghị.", "Tại buổi làm việc, {p} {n} đề nghị các ấp rà soát.",
                 "Dự lễ có {p} {n}; đại diện các ban, ngành."]


def _khmer_rows():
    rows = []
    for i, (name, (post, title, org)) in enumerate(itertools.product(KHMER_NAMES, LEVEL_POSTS)):
        lay = LEVEL_LAYOUTS[i % len(LEVEL_LAYOUTS)]
        rows.append((f"khmer|{name}|{post}", lay.format(p=post, n=name), {name: {(title, org)}}))
    return rows


# Two syllables after a title's level word, then the person named short (honorific × given name).
TWO_NAMES = ["Lê Hùng", "Trần Minh", "Đỗ Tâm", "Nguyễn Khang", "Danh Út", "Hà Sơn"]
SHORT_LAYOUTS = ["{p} {n} phát biểu khai mạc. Theo {h} {g}, năm nay huyện phấn đấu giảm 3% hộ nghèo.",
                 "Tại hội nghị, {p} {n} nhấn mạnh yêu cầu cải cách. {H} {g} đề nghị các ngành vào cuộc."]
SHORT_HONORIFICS = ["ông", "đồng chí", "bà"]


def _two_rows():
    rows = []
    for i, (name, (post, title, org), lay) in enumerate(itertools.product(TWO_NAMES, LEVEL_POSTS, SHORT_LAYOUTS)):
        hon = SHORT_HONORIFICS[i % len(SHORT_HONORIFICS)]
        text = lay.format(p=post, n=name, h=hon, H=_cap(hon), g=name.split()[1])
        rows.append((f"two|{name}|{post}|{i % 2}", text, {name: {(title, org)}}))
    return rows


# The same two syllables stay a place: no short mention, a place outside the title, or a known place.
TWO_PLACES = [
    "Chủ tịch UBND xã Trần Phú cho biết xã đã hoàn thành 19 tiêu chí nông thôn mới.",
    "Chủ tịch UBND xã Lê Lợi cho biết năm nay có 20 hộ thoát nghèo. Ông Lợi là người dân của xã. Tại xã Lê Lợi, "
    "đường giao thông đã được bê tông hóa.",
    "Bí thư Huyện ủy Hà Trung chủ trì hội nghị. Đồng chí Trung đề nghị các xã quyết liệt hơn.",
    "Chủ tịch UBND xã Trần Minh và Bí thư Huyện ủy Lê Hùng dự lễ.",
]

# Places named like people, written once as a place (a level word no body stands before), then
# after a title's level word: the holder is the name the sentence gives, never the place
# (place × evidence × layout).
PEOPLE_PLACES = ["Trần Văn Thời", "Hoàng Su Thượng", "Lê Minh Hạ", "Trần Phú", "Thạch Sơn Hạ"]
EVIDENCE = ["Thấp nhất là huyện {P} với 81,07%. ", "Huyện {P}: 76,38 điểm.\n", "Tại huyện {P}, mưa lớn kéo dài. "]
PLACE_LAYOUTS = ["Ông {n}, Chủ tịch UBND huyện {P} cho biết huyện sẽ rà soát.",
                 "Phó Chủ tịch UBND huyện {P} {n} phát biểu tại hội nghị.",
                 "Phát biểu tại buổi làm việc, Bí thư Huyện ủy {P} đề nghị các xã khẩn trương."]
PLACE_POSTS = [("chủ tịch", UB), ("phó chủ tịch", UB), ("bí thư", "huyện ủy")]


def _people_place_rows():
    rows = []
    for i, (place, ev, (lay, post)) in enumerate(itertools.product(PEOPLE_PLACES, EVIDENCE,
                                                                   zip(PLACE_LAYOUTS, PLACE_POSTS))):
        name = KHMER_NAMES[i % len(KHMER_NAMES)] if i % 2 else CAPS_NAMES[0].title()
        text = ev.format(P=place) + lay.format(P=place, n=name)
        rows.append((f"people-place|{place}|{i}", text, {name: {post}} if "{n}" in lay else {}))
    return rows


# A line that signs the text and credits the photo: writer (a pen name or a full name) × the
# credit's prefix × the photographer; every full name is a person, no pen name is.
WRITERS = [("Thu Hà", None), ("Minh Tâm", None), ("Lê Văn An", "Lê Văn An")]
CREDIT_PREFIXES = ["Ảnh", "Ảnh minh họa", "Ảnh tư liệu"]
PHOTOGRAPHERS = ["Trịnh Quốc Bảo", "Hoàng Thị Lan", "Ksor Nhứt"]
SIGN_PREFIXES = ["Tin", "Bài", "Tin, bài"]


def _credit_rows():
    rows = []
    for i, ((writer, person), credit, photographer) in enumerate(
            itertools.product(WRITERS, CREDIT_PREFIXES, PHOTOGRAPHERS)):
        sign = SIGN_PREFIXES[i % len(SIGN_PREFIXES)]
        text = f"Xã tổ chức ra quân làm đường giao thông.\n\n{sign}: {writer} - {credit}: {photographer}\n"
        expected = {photographer: set(), **({person: set()} if person else {})}
        rows.append((f"credit|{writer}|{credit}|{photographer}", text, expected))
    return rows


# A signature with the writer's unit in brackets, also when the name is a place's too.
SIGNATURES = ["Hoàng Mai", "Lê Văn An", "Hà Trung"]
UNITS = ["(Thanh tra tỉnh)", "(Trung tâm Văn hóa huyện)"]


def _signature_rows():
    return [(f"signature|{name}|{unit}", f"Xã tổ chức ra quân làm đường giao thông.\n\n{name} {unit}\n", {name: set()})
            for name, unit in itertools.product(SIGNATURES, UNITS)]


# The clergy and a village's elder: their names open with no family name (honorific × name × layout).
CLERGY = [("Hòa thượng", "Thích Thiện Tâm"), ("Thượng tọa", "Thích Minh Đức"), ("Đại đức", "Thích Quảng Hiền"),
          ("Già làng", "A Blương")]
CLERGY_LAYOUTS = ["{H} {n}, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.", "Dự lễ có {h} {n} cùng bà con các buôn."]


def _clergy_rows():
    rows = []
    for (hon, name), lay in itertools.product(CLERGY, CLERGY_LAYOUTS):
        expected = {name: {("phó chủ tịch", MT)} if "MTTQ" in lay else set()}
        rows.append((f"clergy|{hon}|{lay[:4]}", lay.format(H=hon, h=hon.lower(), n=name), expected))
    return rows


# A body of three or more capitalised words (or ending in a lower-case noun), then the holder
# with no comma: the segmenter may glue the name's first syllable to the body's last word.
LONG_BODIES = [("Trưởng phòng Phòng Giáo dục Trung học", "trưởng phòng", "phòng giáo dục trung học"),
               ("Phó Trưởng phòng Phòng Giáo dục Tiểu học", "phó trưởng phòng", "phòng giáo dục tiểu học"),
               ("Giám đốc Trung tâm Phát triển Quỹ đất", "giám đốc", "trung tâm phát triển quỹ đất"),
               ("Giám đốc Trung tâm Dịch vụ nông nghiệp", "giám đốc", "trung tâm dịch vụ nông nghiệp")]
LONG_NAMES = ["Y Khuê Mlô", "H'Yâm Knul", "Ksor Nhứt", "Rơ Mah Tuấn", "Nguyễn Văn Toàn", "Thạch Thị Mỹ"]
LONG_LAYOUTS = ["{p} {n} cho biết kết quả năm nay khả quan.", "Theo {p} {n}, đơn vị đã hoàn thành kế hoạch."]


def _long_body_rows():
    rows = []
    for (post, title, org), name, tpl in itertools.product(LONG_BODIES, LONG_NAMES, LONG_LAYOUTS):
        rows.append((f"long-body|{post}|{name}|{tpl[:6]}", tpl.format(p=post, n=name), {name: {(title, org)}}))
    return rows


# A department's unit with the department after it, then the holder (no comma): the parent
# is read past, not kept; the comma layout as a control.
DEPT_UNITS = [("Trưởng phòng Phòng Giáo dục Trung học Sở GD&ĐT", "trưởng phòng", "phòng giáo dục trung học"),
              ("Phó Trưởng phòng Phòng Giáo dục Mầm non Sở Giáo dục và Đào tạo", "phó trưởng phòng",
               "phòng giáo dục mầm non"),
              ("Trưởng phòng Phòng Tổ chức cán bộ Sở Nội vụ", "trưởng phòng", "phòng tổ chức cán bộ")]
DEPT_LAYOUTS = ["{p} {n} cho biết kết quả năm nay khả quan.", "Theo {p}, ông {n}, đơn vị đã hoàn thành kế hoạch."]


def _dept_unit_rows():
    rows = []
    for (post, title, org), name, tpl in itertools.product(DEPT_UNITS, LONG_NAMES[::2], DEPT_LAYOUTS):
        rows.append((f"dept-unit|{post}|{name}|{tpl[:6]}", tpl.format(p=post, n=name), {name: {(title, org)}}))
    return rows


# A list of attendees one a line, with no bullet or end punctuation: a line's title chain ends at
# the line break (the next line's name is no place or holder of the title before it).
LINE_LIST_POSTS = [("Phó Chủ tịch UBND huyện", "phó chủ tịch", UB), ("Trưởng phòng Tư pháp huyện", "trưởng phòng", "phòng tư pháp"),
                   ("Chủ tịch Hội Nông dân huyện", "chủ tịch", "hội nông dân")]
LINE_LIST_HEADS = ["Tham dự có: ", "Thành phần gồm:\n"]


def _line_list_rows():
    rows = []
    for k, head in enumerate(LINE_LIST_HEADS):
        for i in range(len(LONG_NAMES) - 2):
            names = LONG_NAMES[i:i + 3]
            lines = [f"{n}, {p}" for n, (p, _t, _o) in zip(names, LINE_LIST_POSTS)]
            rows.append((f"line-list|{k}|{names[0]}", head + "\n".join(lines) + "\n",
                         {n: {(t, o)} for n, (_p, t, o) in zip(names, LINE_LIST_POSTS)}))
    return rows


# A council for a year written after its lower-case name: the year is not the name's, and the
# holder may follow it with no comma.
YEAR_BODIES = [("Chủ tịch Hội đồng tuyển dụng viên chức năm 2025", "chủ tịch", "hội đồng tuyển dụng viên chức"),
               ("Phó Chủ tịch Hội đồng xét tuyển giáo viên năm 2024", "phó chủ tịch", "hội đồng xét tuyển giáo viên"),
               ("Chủ tịch Hội đồng thi đua khen thưởng năm 2025", "chủ tịch", "hội đồng thi đua khen thưởng")]
YEAR_LAYOUTS = ["{p} {n} phát biểu khai mạc kỳ xét tuyển.", "Ông {n}, {p} cho biết kết quả sẽ công bố sau."]


def _year_body_rows():
    rows = []
    for (post, title, org), name, tpl in itertools.product(YEAR_BODIES, LONG_NAMES[2:5], YEAR_LAYOUTS):
        rows.append((f"year-body|{post}|{name}|{tpl[:6]}", tpl.format(p=post, n=name), {name: {(title, org)}}))
    return rows


# A byline at the foot in capitals, alone or with the writer's unit: Kinh, Ê Đê (a gender marker
# alone or glued by its apostrophe), Jrai and Khmer names.
CAPS_BYLINES = ["NGUYỄN VĂN TOÀN", "Y KHUÊ MLÔ", "H'YÂM KNUL", "H’MAI ÊBAN", "KSOR NHỨT", "THẠCH THỊ MỸ"]


def _caps_byline_rows():
    return [(f"caps-byline|{name}|{unit}", f"Huyện tổ chức hội nghị tổng kết công tác năm.\n\n{name}{unit}\n",
             {name: set()}) for name, unit in itertools.product(CAPS_BYLINES, ["", " (Trung tâm VHTT huyện)"])]


ROWS = (_clergy_rows() + _caps_rows() + _khmer_rows() + _two_rows() + _people_place_rows() + _credit_rows()
        + _signature_rows() + _long_body_rows() + _year_body_rows() + _caps_byline_rows() + _dept_unit_rows() + _line_list_rows())


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=r) for r, t, e in ROWS])
def test_name_form_row(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", CAPS_NEGATIVES + TWO_PLACES)
def test_no_person_from_a_place_or_a_headline(text):
    assert people(text) == {}


def test_name_table_size():
    assert len(ROWS) >= 100
