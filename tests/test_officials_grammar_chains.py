"""Role chains as a grammar of slots: three titles of one person × the joints between them
(comma, dash, "kiêm", "đồng thời là") × the sentence around the chain × the name.

A chain's third title was dropped when it repeated the second's title with another body
("Phó Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch Ủy ban MTTQ xã"); only the attendee list of
a dash-opened single role ("A – Phó Chủ tịch UBND huyện, Phó Chủ tịch Ủy ban MTTQ huyện,
Trưởng các phòng") moves on to the next attendee.  Names, places and chains are invented;
(title, org) follow corpus/ANNOTATION.md.
"""
import itertools

import pytest

from tests.test_officials import people

UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"

# Three posts one person holds, as commune, district and provincial portals list them.
TRIPLES = [
    [("Phó Bí thư Đảng ủy", "phó bí thư", "đảng ủy"), ("Chủ tịch UBND", "chủ tịch", UB),
     ("Chủ tịch Ủy ban MTTQ xã", "chủ tịch", MT)],
    [("Bí thư Đảng ủy", "bí thư", "đảng ủy"), ("Chủ tịch HĐND", "chủ tịch", HD), ("Chủ tịch UBND xã", "chủ tịch", UB)],
    [("Ủy viên BTV Huyện ủy", "ủy viên ban thường vụ", "huyện ủy"),
     ("Trưởng Ban Dân vận Huyện ủy", "trưởng ban", "ban dân vận"),
     ("Chủ tịch Ủy ban MTTQ Việt Nam huyện", "chủ tịch", MT)],
    [("Tỉnh ủy viên", "ủy viên", "tỉnh ủy"), ("Bí thư Huyện ủy", "bí thư", "huyện ủy"),
     ("Chủ tịch HĐND huyện", "chủ tịch", HD)],
    [("Phó Bí thư Huyện ủy", "phó bí thư", "huyện ủy"), ("Chủ tịch UBND huyện", "chủ tịch", UB),
     ("Trưởng Ban Chỉ đạo huyện", "trưởng ban", "ban chỉ đạo")],
    [("Ủy viên BTV Huyện ủy", "ủy viên ban thường vụ", "huyện ủy"),
     ("Phó Chủ tịch Thường trực UBND huyện", "phó chủ tịch thường trực", UB),
     ("Phó Trưởng ban Thường trực BCĐ huyện", "phó trưởng ban thường trực", "ban chỉ đạo")],
    [("Đảng ủy viên", "ủy viên", "đảng ủy"), ("Phó Chủ tịch UBND xã", "phó chủ tịch", UB),
     ("Chỉ huy trưởng Ban CHQS xã", "chỉ huy trưởng", "ban chỉ huy quân sự")],
    [("Bí thư Chi bộ", "bí thư", "chi bộ"), ("Trưởng thôn Nà Hẩu", "trưởng thôn", ""),
     ("Chi hội trưởng Chi hội Nông dân thôn", "chi hội trưởng", "chi hội nông dân")],
    [("Phó Bí thư Đảng ủy", "phó bí thư", "đảng ủy"), ("Chủ tịch HĐND xã", "chủ tịch", HD),
     ("Chủ tịch Hội đồng nghĩa vụ quân sự xã", "chủ tịch", "hội đồng nghĩa vụ quân sự")],
    [("Ủy viên Ban Thường vụ Tỉnh ủy", "ủy viên ban thường vụ", "tỉnh ủy"), ("Phó Chủ tịch UBND tỉnh", "phó chủ tịch", UB),
     ("Trưởng Ban Chỉ đạo tỉnh", "trưởng ban", "ban chỉ đạo")],
]
# (after the name, between the first and second title, between the second and third)
JOINS = [(", ", ", ", ", "), (", ", " kiêm ", ", "), (", ", ", ", " kiêm "), (", ", ", ", ", đồng thời là "),
         (" - ", ", ", ", ")]
LAYOUTS = [
    "Đồng chí {n}{c} phát biểu tại hội nghị.",
    "Dự có ông {n}{c}; bà Hà Thị Pằn, Phó Chủ tịch UBND xã.",
    "Phát biểu tại buổi làm việc, bà {n}{c} đề nghị các thôn rà soát.",
]
NAMES = ["Lò Văn Púa", "Trần Thị Hạnh", "Y Blang Niê", "Thạch Sơn Ni", "Hầu A Dình"]


def _chain_rows():
    rows = []
    for i, (triple, joins, lay) in enumerate(itertools.product(TRIPLES, JOINS, LAYOUTS)):
        name = NAMES[i % len(NAMES)]
        chain = "".join(j + written for j, (written, _t, _o) in zip(joins, triple))
        expected = {name: {(t, o) for _w, t, o in triple}}
        if "Hà Thị Pằn" in lay:
            expected["Hà Thị Pằn"] = {("phó chủ tịch", UB)}
        rows.append((f"chain|{i}|{triple[0][0]}|{'/'.join(j.strip() for j in joins)}", lay.format(n=name, c=chain),
                     expected))
    return rows


# The attendee list after a dash and one role: each comma item is another (unnamed) attendee.
ATTENDEE_ROWS = [
    ("attendees|front", "Tham dự có đồng chí Lò Văn Púa - Phó Chủ tịch UBND huyện, Phó Chủ tịch Ủy ban MTTQ huyện, "
     "Trưởng các phòng, ban.", {"Lò Văn Púa": {("phó chủ tịch", UB)}}),
    ("attendees|council", "Dự họp có đồng chí Hà Thị Pằn – Chủ tịch HĐND xã, Chủ tịch Hội Nông dân các thôn.",
     {"Hà Thị Pằn": {("chủ tịch", HD)}}),
]

# A sector's trade union: the sector is the union's name, capitalised or not (title × sector × layout).
UNION_TITLES = [("Chủ tịch", "chủ tịch"), ("Phó Chủ tịch", "phó chủ tịch")]
SECTORS = ["Giáo dục", "Y tế", "Tài nguyên và Môi trường", "giáo dục", "Nông nghiệp và Phát triển nông thôn"]
# ("Thạch Sơn Ni" right after a level word reads as the place "Thạch Sơn": not in this slot)
UNION_NAMES = ["Lò Văn Púa", "Trần Thị Hạnh", "Y Blang Niê", "Hầu A Dình"]
UNION_LAYOUTS = ["Bà {n}, {T} Công đoàn ngành {s} huyện báo cáo.", "{T} Công đoàn ngành {s} tỉnh {n} phát biểu.",
                 "Ông {n} - {T} Công đoàn ngành {s} huyện trao quà."]


def _union_rows():
    rows = []
    for i, ((written, title), sector, lay) in enumerate(itertools.product(UNION_TITLES, SECTORS, UNION_LAYOUTS)):
        name = UNION_NAMES[i % len(UNION_NAMES)]
        rows.append((f"union|{written}|{sector}|{i % 3}", lay.format(n=name, T=written, s=sector),
                     {name: {(title, f"công đoàn ngành {sector.lower()}")}}))
    return rows + [("union|neg", "Công đoàn ngành Giáo dục huyện tổ chức hội thi giáo viên dạy giỏi.", {})]


# A board's members listed right after the decision that names it: a bare head title takes the
# board (board × title × layout); a Party committee named before has no head of that title.
BOARDS = ["Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện", "Ban Chỉ đạo phòng, chống thiên tai xã",
          "BCĐ Chuyển đổi số tỉnh"]
BOARD_TITLES = [("Trưởng ban", "trưởng ban"), ("Phó Trưởng ban", "phó trưởng ban"),
                ("Phó Trưởng ban thường trực", "phó trưởng ban thường trực")]
BOARD_LAYOUTS = ["UBND huyện vừa kiện toàn {b}. Theo đó, ông {n}, Phó Chủ tịch UBND huyện làm {T}.",
                 "Quyết định thành lập {b} gồm 15 thành viên; bà {n}, Phó Chủ tịch UBND huyện, làm {T}."]


def _board_rows():
    rows = []
    for i, (board, (written, title), lay) in enumerate(itertools.product(BOARDS, BOARD_TITLES, BOARD_LAYOUTS)):
        name = UNION_NAMES[i % len(UNION_NAMES)]
        rows.append((f"board|{board[:12]}|{written}|{i % 2}", lay.format(b=board, n=name, T=written),
                     {name: {("phó chủ tịch", UB), (title, "ban chỉ đạo")}}))
    return rows + [("board|committee", "Ban Thường vụ Huyện ủy họp phiên thường kỳ. Ông Lò Văn Púa, Trưởng ban dự.",
                    {"Lò Văn Púa": {("trưởng ban", "")}})]


# A unit's bare number is its name's ("Phòng Nghiệp vụ 2"); a delegation named before, with
# words after its task ("Đoàn thanh tra gồm …"), is headed by the one "làm Trưởng đoàn".
# the head word written once (in the title) or again after it ("Trưởng phòng| Phòng Nghiệp vụ 2")
NUMBERED = [("Trưởng phòng", "trưởng phòng", "Nghiệp vụ {k}", "phòng nghiệp vụ {k}"),
            ("Trưởng phòng", "trưởng phòng", "Phòng Nghiệp vụ {k}", "phòng nghiệp vụ {k}"),
            ("Phó Trưởng phòng", "phó trưởng phòng", "Phòng Thanh tra {k}", "phòng thanh tra {k}")]
DELEGATION_TASKS = ["thanh tra", "kiểm tra", "giám sát"]
NUMBERED_LAYOUTS = ["Sở Nội vụ thành lập Đoàn {t} gồm 5 thành viên. Đoàn do ông {n}, {T} {U} làm Trưởng đoàn.",
                    "Đoàn {t} của tỉnh có 6 người; bà {n}, {T} {U}, làm Trưởng đoàn."]


def _numbered_rows():
    rows = []
    for i, ((written, title, unit, org), task, lay, k) in enumerate(
            itertools.product(NUMBERED, DELEGATION_TASKS, NUMBERED_LAYOUTS, (2, 3))):
        name = UNION_NAMES[i % len(UNION_NAMES)]
        text = lay.format(t=task, n=name, T=written, U=unit.format(k=k))
        rows.append((f"numbered|{i}|{unit}|{task}|{k}", text,
                     {name: {(title, org.format(k=k)), ("trưởng đoàn", f"đoàn {task}")}}))
    return rows + [("numbered|count", "Ông Lò Văn Púa, Trưởng phòng Tổ chức 2 năm liền đạt danh hiệu chiến sĩ thi đua.",
                    {"Lò Văn Púa": {("trưởng phòng", "phòng tổ chức")}})]


# Two elected in one clause to a post and its deputy, the body written once after the last
# (post pair × body × verb × joint): the first post is of that body too.
PAIRS = [("Chủ tịch", "Phó Chủ tịch", "chủ tịch", "phó chủ tịch"), ("Bí thư", "Phó Bí thư", "bí thư", "phó bí thư"),
         ("Chủ tịch", "Phó Chủ tịch Thường trực", "chủ tịch", "phó chủ tịch thường trực")]
PAIR_BODIES = [("Hội Nông dân xã", "hội nông dân"), ("Công đoàn ngành Y tế", "công đoàn ngành y tế"),
               ("Hội Cựu chiến binh huyện", "hội cựu chiến binh"), ("Đoàn xã", "đoàn")]
PAIR_VERBS = ["giữ chức", "làm"]
PAIR_JOINTS = [" và đồng chí ", ", bà "]


def _pair_rows():
    rows = []
    for i, ((w1, w2, t1, t2), (body, org), verb, joint) in enumerate(
            itertools.product(PAIRS, PAIR_BODIES, PAIR_VERBS, PAIR_JOINTS)):
        if org == "đoàn" and t1 == "chủ tịch":
            continue  # a Youth Union has a secretary, no chairman
        a, b = UNION_NAMES[i % 4], UNION_NAMES[(i + 1) % 4]
        text = f"Tại phiên họp thứ nhất, Ban Chấp hành bầu ông {a} {verb} {w1}{joint}{b} {verb} {w2} {body} khóa mới."
        rows.append((f"pair|{i}|{w2}|{body}|{verb}", text, {a: {(t1, org)}, b: {(t2, org)}}))
    return rows + [("pair|other-post", "Đại hội bầu ông Lò Văn Púa làm Chủ tịch, bà Trần Thị Hạnh làm Bí thư Đoàn xã.",
                    {"Lò Văn Púa": {("chủ tịch", "")}, "Trần Thị Hạnh": {("bí thư", "đoàn")}})]


# Two named together, roles after the second only: everyone's ("ông A và ông B, đại biểu HĐND
# huyện"), except for one the article introduced before with roles of their own (intro × joint).
INTROS = ["Đoàn công tác của Tỉnh ủy do đồng chí {a}, Phó Bí thư Tỉnh ủy làm trưởng đoàn đến làm việc với huyện. ",
          "Dự hội nghị có ông {a}, Phó Chủ tịch UBND tỉnh. "]
GROUP_SENTENCES = ["Buổi làm việc do đồng chí {a} và đồng chí {b}, Bí thư Huyện ủy, Chủ tịch HĐND huyện đồng chủ trì.",
                   "Ông {a} và bà {b}, Bí thư Huyện ủy, Chủ tịch HĐND huyện trao quà cho các hộ nghèo."]
INTRO_ROLES = [{("phó bí thư", "tỉnh ủy"), ("trưởng đoàn", "đoàn công tác")}, {("phó chủ tịch", UB)}]


def _group_rows():
    rows = []
    for i, ((intro, roles), group, k) in enumerate(itertools.product(zip(INTROS, INTRO_ROLES), GROUP_SENTENCES,
                                                                        range(2))):
        a, b = UNION_NAMES[(i + k) % 4], UNION_NAMES[(i + k + 1) % 4]
        text = intro.format(a=a) + group.format(a=a, b=b)
        rows.append((f"group|{i}|{k}", text, {a: roles, b: {("bí thư", "huyện ủy"), ("chủ tịch", HD)}}))
    return rows


# Personnel news: a post given by a predicate after the name (predicate × post × name).
PREDICATES = ["Ông {n} từng giữ chức {p} trong nhiệm kỳ trước.", "Bà {n} từng là {p} trước khi nghỉ hưu.",
              "Ông {n} nguyên là {p}, đã nghỉ hưu.", "Đồng chí {n} được Ban Chấp hành bầu giữ chức {p}.",
              "Ông {n}, Phó Giám đốc Sở Tài chính được điều động đến nhận công tác tại Sở Nội vụ và bổ nhiệm giữ chức {p}.",
              # a description that is no role between commas, then the meeting that elects
              "Bà {n}, giáo viên nghỉ hưu ở bản Phiêng, được đại hội nhất trí cử giữ chức {p}.",
              "Ông {n}, 52 tuổi, được kỳ họp bầu giữ chức {p} với số phiếu tuyệt đối."]
PREDICATE_POSTS = [("Chủ tịch UBND huyện", ("chủ tịch", UB)), ("Bí thư Huyện ủy", ("bí thư", "huyện ủy")),
                   ("Trưởng phòng Nội vụ huyện", ("trưởng phòng", "phòng nội vụ"))]


def _predicate_rows():
    rows = []
    for i, (pred, (post, role)) in enumerate(itertools.product(PREDICATES, PREDICATE_POSTS)):
        name = UNION_NAMES[i % 4]
        expected = {role} | ({("phó giám đốc", "sở tài chính")} if "Sở Tài chính" in pred else set())
        rows.append((f"predicate|{i}|{post}", pred.format(n=name, p=post), {name: expected}))
    return rows + [("predicate|committee", "Ông Lò Văn Púa được chỉ định tham gia Ban Chấp hành Đảng bộ huyện.",
                    {"Lò Văn Púa": {("ủy viên ban chấp hành", "đảng bộ")}})]


# A title written once before a list of names; an Ê Đê name may lack its family name ("Y Blao"),
# and one named after "và" with an honorific and roles of their own is no holder of it.
MARKER_NAMES = ["Y Blao", "Y Ngọc", "Y Thanh"]
LIST_TITLES = [("các Phó Giám đốc Sở Nội vụ", ("phó giám đốc", "sở nội vụ")),
               ("Phó Chủ tịch UBND huyện", ("phó chủ tịch", UB))]


def _marker_rows():
    rows = []
    for i, (name, (title, role)) in enumerate(itertools.product(MARKER_NAMES, LIST_TITLES)):
        other = UNION_NAMES[1 + i % 3]
        text = f"Cùng dự có {title} {name}, {other} và ông Lò Văn Púa, Trưởng Ban Thi đua - Khen thưởng tỉnh."
        rows.append((f"marker|{name}|{i}", text, {name: {role}, other: {role},
                                                  "Lò Văn Púa": {("trưởng ban", "ban thi đua - khen thưởng")}}))
    return rows + [("marker|own-roles", "Chủ tịch UBND huyện Hầu A Dình và ông Lò Văn Púa, Trưởng phòng Nội vụ dự.",
                    {"Hầu A Dình": {("chủ tịch", UB)}, "Lò Văn Púa": {("trưởng phòng", "phòng nội vụ")}})]


# A mass organisation's central committee before the person's own post (committee × body ×
# layout): the committee title is of the association, "Việt Nam" closes its name, the chain goes on.
CENTRAL_TITLES = [("Ủy viên Ban Chấp hành Trung ương", "ủy viên ban chấp hành"),
                  ("Ủy viên BCH Trung ương", "ủy viên ban chấp hành"),
                  ("Ủy viên Ban Thường vụ Trung ương", "ủy viên ban thường vụ")]
MASS_BODIES = [("Hội Nông dân Việt Nam", "Hội Nông dân tỉnh", "hội nông dân"),
               ("Hội LHPN Việt Nam", "Hội LHPN tỉnh", "hội liên hiệp phụ nữ"),
               ("Hội Cựu chiến binh Việt Nam", "Hội CCB tỉnh", "hội cựu chiến binh")]


def _central_rows():
    rows = []
    for i, ((written, title), (central, own, org)) in enumerate(itertools.product(CENTRAL_TITLES, MASS_BODIES)):
        name = UNION_NAMES[i % 4]
        text = f"Dự đại hội có đồng chí {name}, {written} {central}, Chủ tịch {own}."
        rows.append((f"central|{written}|{central}", text, {name: {(title, org), ("chủ tịch", org)}}))
    text = "Đồng chí Lò Văn Púa giữ chức Chủ tịch, các đồng chí Hầu A Dình, Trần Thị Hạnh giữ chức Phó Chủ tịch Hội CCB xã."
    return rows + [("central|plural-pair", text, {"Lò Văn Púa": {("chủ tịch", "hội cựu chiến binh")},
                                                  "Hầu A Dình": {("phó chủ tịch", "hội cựu chiến binh")},
                                                  "Trần Thị Hạnh": {("phó chủ tịch", "hội cựu chiến binh")}})]


# Posts given respectively ("lần lượt") to names written together: lead × posts × body.
RESPECTIVE_LEADS = ["Kỳ họp đã bầu ông {a} và bà {b} lần lượt giữ chức {p}.",
                    "Các ông {a}, {b} lần lượt được bầu giữ chức {p} nhiệm kỳ mới.",
                    "Hai đồng chí {a} và {b} lần lượt là {p}."]
RESPECTIVE_POSTS = [("Chủ tịch, Phó Chủ tịch {B}", ("chủ tịch", "phó chủ tịch")),
                    ("Chủ tịch và Phó Chủ tịch {B}", ("chủ tịch", "phó chủ tịch")),
                    ("Bí thư, Phó Bí thư {B}", ("bí thư", "phó bí thư"))]
RESPECTIVE_BODIES = [("HĐND xã", HD), ("Hội Nông dân huyện", "hội nông dân"), ("Đoàn xã", "đoàn")]


def _respective_rows():
    rows = []
    for i, (lead, (posts, (t1, t2)), (body, org)) in enumerate(
            itertools.product(RESPECTIVE_LEADS, RESPECTIVE_POSTS, RESPECTIVE_BODIES)):
        if (org == "đoàn") != (t1 == "bí thư"):
            continue  # a council or an association has a chairman, a Youth Union a secretary
        a, b = UNION_NAMES[i % 4], UNION_NAMES[(i + 1) % 4]
        text = lead.format(a=a, b=b, p=posts.format(B=body))
        rows.append((f"respective|{i}|{body}", text, {a: {(t1, org)}, b: {(t2, org)}}))
    return rows + [("respective|count", "Ông Lò Văn Púa và bà Hà Thị Pằn lần lượt giữ chức Chủ tịch HĐND xã.",
                    {"Lò Văn Púa": set(), "Hà Thị Pằn": set()})]


# One post written once after two names: "cùng là", "đều là" (joint × adverb × post).
BOTH_POSTS = [("Phó Chủ tịch Hội LHPN xã", ("phó chủ tịch", "hội liên hiệp phụ nữ")),
              ("Ủy viên BTV Huyện ủy", ("ủy viên ban thường vụ", "huyện ủy"))]


def _both_rows():
    rows = []
    for i, (adverb, joint, (post, role)) in enumerate(itertools.product(["cùng là", "đều là"], [" và ", ", "],
                                                                       BOTH_POSTS)):
        a, b = UNION_NAMES[i % 4], UNION_NAMES[(i + 2) % 4]
        rows.append((f"both|{adverb}|{joint.strip()}|{post}", f"Bà {a}{joint}bà {b}, {adverb} {post}, cho biết.",
                     {a: {role}, b: {role}}))
    return rows


# An association's chair written bare and joined by "kiêm" to its secretary-general: both posts
# are of the association written once at the end (chair × association × layout); a chair of
# another body, or a Party title, keeps its own (or none).
KIEM_CHAIRS = [("Chủ tịch", "chủ tịch"), ("Phó Chủ tịch", "phó chủ tịch"),
               ("Phó Chủ tịch Thường trực", "phó chủ tịch thường trực")]
ASSOCIATIONS = [("Hội Luật gia tỉnh", "hội luật gia"), ("Hội Chữ thập đỏ huyện", "hội chữ thập đỏ"),
                ("Hội Nhà báo tỉnh", "hội nhà báo"), ("Hội Khuyến học huyện", "hội khuyến học")]
KIEM_LAYOUTS = ["Ông {n}, {T} kiêm Tổng Thư ký {A} phát biểu khai mạc.",
                "{T} kiêm Tổng Thư ký {A} {n} trình bày báo cáo tổng kết."]


def _kiem_rows():
    rows = []
    for i, ((written, title), (assoc, org), lay) in enumerate(itertools.product(KIEM_CHAIRS, ASSOCIATIONS,
                                                                                KIEM_LAYOUTS)):
        n = UNION_NAMES[i % 4]
        rows.append((f"kiem-assoc|{written}|{assoc}|{i % 2}", lay.format(n=n, T=written, A=assoc),
                     {n: {(title, org), ("tổng thư ký", org)}}))
    return rows + [
        ("kiem-assoc|own-body", "Ông Lò Văn Púa, Phó Chủ tịch UBND huyện kiêm Tổng Thư ký Hội Luật gia huyện phát biểu.",
         {"Lò Văn Púa": {("phó chủ tịch", UB), ("tổng thư ký", "hội luật gia")}}),
        ("kiem-assoc|party", "Ông Lò Văn Púa, Phó Bí thư kiêm Tổng Thư ký Hội Luật gia huyện phát biểu.",
         {"Lò Văn Púa": {("phó bí thư", ""), ("tổng thư ký", "hội luật gia")}}),
        ("kiem-assoc|other-title", "Ông Lò Văn Púa, Phó Chủ tịch kiêm Giám đốc Quỹ Đầu tư phát triển tỉnh phát biểu.",
         {"Lò Văn Púa": {("phó chủ tịch", ""), ("giám đốc", "quỹ đầu tư phát triển")}})]


# An acting post given in a predicate, its holder after "cho": "giao quyền Giám đốc … cho ông A"
# (acting title × body × sentence); "giao" before a head's plain title gives it nobody.
ACTING_POSTS = [("Giám đốc", "Trung tâm Y tế huyện", "quyền giám đốc", "trung tâm y tế"),
                ("Chủ tịch", "UBND xã Nậm Chày", "quyền chủ tịch", UB),
                ("Trưởng phòng", "Phòng Nội vụ huyện", "quyền trưởng phòng", "phòng nội vụ"),
                ("Giám đốc", "Sở Tài chính", "quyền giám đốc", "sở tài chính")]
ACTING_LEADS = ["UBND huyện đã quyết định giao quyền {T} {B} cho {h} {n} kể từ ngày 01/6.",
                "Chủ tịch UBND tỉnh ký quyết định giao quyền {T} {B} cho {h} {n}, thời hạn 6 tháng."]


def _acting_rows():
    rows = []
    for i, ((written, body, title, org), lead) in enumerate(itertools.product(ACTING_POSTS, ACTING_LEADS)):
        n, h = UNION_NAMES[i % 4], ["ông", "bà", "đồng chí"][i % 3]
        rows.append((f"acting-given|{written}|{body}|{i % 2}", lead.format(T=written, B=body, h=h, n=n),
                     {n: {(title, org)}}))
    return rows + [
        ("acting-given|own-post", "UBND tỉnh giao quyền Giám đốc Sở Tài chính cho ông Lò Văn Púa, Phó Giám đốc Sở.",
         {"Lò Văn Púa": {("quyền giám đốc", "sở tài chính"), ("phó giám đốc", "sở tài chính")}}),
        ("acting-given|plain-title", "UBND tỉnh giao Giám đốc Sở Tài chính cho ông Lò Văn Púa nghỉ phép một tuần.",
         {"Lò Văn Púa": set()}),
        ("acting-given|task", "UBND tỉnh giao Giám đốc Sở Tài chính chủ trì, phối hợp với các sở, ngành.", {})]


ROWS = (_predicate_rows() + _marker_rows() + _central_rows() + _respective_rows() + _both_rows() + _chain_rows() + ATTENDEE_ROWS + _union_rows() + _board_rows() + _numbered_rows() + _pair_rows()
        + _group_rows() + _kiem_rows() + _acting_rows())


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=r) for r, t, e in ROWS])
def test_chain_row(text, expected):
    assert people(text) == expected


def test_chain_table_size():
    assert len(ROWS) >= 150
