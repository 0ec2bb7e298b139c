"""Officials on phrasing no article was tuned beside (issue #19), as slots crossed: the classes
the recall gap on text never seen came from, each with near misses.

- a title and its body written before the holder, the holder's name glued by the word
  segmenter to the verb after it ("Sở Nội vụ| Trần Thị Mai dự| hội nghị"): title × body ×
  name × verb;
- bodies the lexicons did not know, in both layouts (holder first, title first): the Party's
  boards by their initials, a veterans' association by its initials, the cooperatives' union,
  the Front's standing board and its boards, a sub-department and a ranger station under a
  bare "Trưởng", lower-case charges of boards and funds: post × name × layout;

Names, places and bodies are invented for the test; (title, org) follow corpus/ANNOTATION.md.
"""
import itertools

import pytest

from tests.test_officials import people

UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"

# --- the holder glued to the verb after it -------------------------------------------------
# Bodies whose name is capitalised words, where a glued "Trần Thị Mai dự" was read as more of it.
GLUED_POSTS = [("Giám đốc Sở Nội vụ", ("giám đốc", "sở nội vụ")),
               ("Trưởng phòng Nội vụ", ("trưởng phòng", "phòng nội vụ")),
               ("Phó Giám đốc Sở Tài chính", ("phó giám đốc", "sở tài chính")),
               ("Chủ tịch Hội Nông dân", ("chủ tịch", "hội nông dân")),
               ("Trưởng Ban Dân vận Huyện ủy", ("trưởng ban", "ban dân vận")),
               ("Giám đốc Trung tâm Y tế huyện", ("giám đốc", "trung tâm y tế"))]
# The segmenter glues a given name to some verbs ("Mai dự", "Hoa trao"), not to others.
GLUED_NAMES = ["Trần Thị Mai", "Lò Thị Mai", "Phạm Thị Hoa", "Nguyễn Thị Thu Hà", "Vi Văn Tâm"]
GLUED_VERBS = ["dự hội nghị tổng kết.", "trao quà cho các hộ nghèo.", "phát biểu khai mạc.", "cho biết thêm."]


def _glued_rows():
    rows = []
    for (post, role), name, verb in itertools.product(GLUED_POSTS, GLUED_NAMES, GLUED_VERBS):
        rows.append((f"glued|{post}|{name}|{verb.split()[0]}", f"{post} {name} {verb}", {name: {role}}))
    # near misses: a place written after the name is no holder, a body's name goes on
    rows += [("glued|neg|place", "Sở Nội vụ Lào Cai cho biết sẽ rà soát hồ sơ.", {}),
             ("glued|neg|name", "Phòng Nội vụ huyện dự kiến tổ chức hội nghị.", {})]
    return rows


# --- bodies never seen ----------------------------------------------------------------------
UNSEEN_POSTS = [
    ("Trưởng BTG Huyện ủy", ("trưởng ban", "ban tuyên giáo")),
    ("Phó Trưởng BDV Huyện ủy", ("phó trưởng ban", "ban dân vận")),
    ("Trưởng BTC Thị ủy", ("trưởng ban", "ban tổ chức")),
    ("Phó Trưởng Ban TG Huyện ủy", ("phó trưởng ban", "ban tuyên giáo")),
    ("Chủ tịch HCCB xã", ("chủ tịch", "hội cựu chiến binh")),
    ("Chủ tịch Liên minh Hợp tác xã tỉnh", ("chủ tịch", "liên minh hợp tác xã")),
    ("Phó Chủ tịch Liên minh HTX tỉnh", ("phó chủ tịch", "liên minh hợp tác xã")),
    ("Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", ("chủ tịch", "liên hiệp các hội khoa học và kỹ thuật")),
    ("Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện", ("chủ tịch", "hội nạn nhân chất độc da cam/dioxin")),
    ("Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam huyện", ("ủy viên ban thường trực", MT)),
    ("Ủy viên Ban Thường trực UBMTTQ tỉnh", ("ủy viên ban thường trực", MT)),
    ("Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", ("trưởng ban", "ban dân chủ - pháp luật")),
    ("Trưởng Chi cục Thuế huyện", ("trưởng chi cục", "chi cục thuế")),
    ("Phó Trưởng Chi cục Thống kê huyện", ("phó trưởng chi cục", "chi cục thống kê")),
    ("Trưởng Hạt Kiểm lâm huyện", ("trưởng hạt", "hạt kiểm lâm")),
    ("Trưởng Ban Bảo vệ sức khỏe cán bộ tỉnh", ("trưởng ban", "ban bảo vệ sức khỏe cán bộ")),
    ("Giám đốc Quỹ Hỗ trợ nông dân tỉnh", ("giám đốc", "quỹ hỗ trợ nông dân")),
    ("Trưởng Trạm Khuyến nông huyện", ("trưởng trạm", "trạm khuyến nông")),
]
UNSEEN_NAMES = ["Lù Văn Chiến", "Nông Thị Duyên", "Y Blang Niê", "Ksor Hưng", "Triệu Văn Pham"]
UNSEEN_LAYOUTS = ["Ông {n}, {p} cho biết năm nay sẽ rà soát các hộ.", "{p} {n} cho biết năm nay sẽ rà soát các hộ.",
                  "Dự buổi làm việc có đồng chí {n} - {p}."]


def _unseen_body_rows():
    rows = []
    for i, ((post, role), lay) in enumerate(itertools.product(UNSEEN_POSTS, UNSEEN_LAYOUTS)):
        name = UNSEEN_NAMES[i % len(UNSEEN_NAMES)]
        rows.append((f"body|{post}|{i % 3}", lay.format(n=name, p=post), {name: {role}}))
    # near misses: a board's initials with no holder, the Front's board read no further than the Front
    rows += [("body|neg|initials", "BTC giải đấu đã trao 12 bộ huy chương cho các vận động viên.", {}),
             ("body|neg|front", "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện.", {})]
    return rows


ROWS = _glued_rows() + _unseen_body_rows()


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in ROWS])
def test_unseen_row(text, expected):
    assert people(text) == expected


def test_unseen_table_size():
    assert 100 <= len(ROWS) <= 900
