"""Relations by grammar, the phrasings the first tables left out (tests/test_relations_grammar.py holds the
vocabulary): a fronted ground whose subject issues a second document with no subject of its own ("…, UBND
huyện ban hành Kế hoạch X1 và (đồng thời) ban hành Công văn X2") or after ";" with one, documents issued or
grounds listed each with what it is about ("Kế hoạch X1 ngày … về … và Kế hoạch X2 về …"), the direction
of a body in a document ("Thực hiện hướng dẫn (yêu cầu, ý kiến kết luận) của … tại …", "Theo chỉ đạo của
… tại …"), a bare fronted "Theo", a note in brackets after the acting document ("(thay thế Quyết định …)"),
a ground left on its own and the next sentence naming the document said to be issued or announcing
"văn bản" first, "thi hành", "dựa trên", "khoản 2, Điều 3", a council passing ("thông qua") or a unit approving
("phê duyệt") a document, documents acted on each with what it is about, a note in brackets before the verb, a
document issued "as soon as" another is ("Sau khi Nghị quyết … được ban hành, Huyện ủy ban hành Kế hoạch … để
triển khai thực hiện"), the acting document's title in quotes or after a colon, a numberless document before
the numbered one acted on ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Nghị quyết số …"), the document taken up again as "Kết luận",
"Phương án", "Thông báo" or "Văn bản", a purpose of the work before the fronted ground ("Để chuẩn bị đại hội,
thực hiện …"), a board named by what it is for before its level ("của Ban Chỉ đạo diễn tập huyện"), the documents issued after a colon ("ban hành (các văn
bản, 03 kế hoạch): Kế hoạch số … về …; Kế hoạch số …"). Near misses: the same subject doing something
else with the second document, a task given, a document that opens a clause of its own after ";", a
ground with no issuing. Numbers, units and names are invented."""
import itertools

import pytest

from govfacts.corpus.readers import make_article

from .test_relations_grammar import ACTED_ON, PIPE, A, B, G, I, R, X, doc, relations

FRONTS = [(I, "Thực hiện"), (I, "Để triển khai"), (I, "Nhằm cụ thể hóa"), (I, "Năm 2024, thực hiện")]
SUBJECTS = ["UBND huyện đã ban hành", "Ban Thường vụ Huyện ủy đã xây dựng", "Chủ tịch UBND xã ký ban hành"]
FIRST = [("Kế hoạch số 45/KH-UBND", "45/KH-UBND"), ("Kế hoạch số 45/KH-UBND ngày 12/3/2024 về chuyển đổi số", "45/KH-UBND"),
         ("Chương trình số 12-CTr/HU của Huyện ủy về cải cách hành chính", "12-CTr/HU")]
# what joins the second issued document: the same subject's verb again, or the list going on
MORE = [" và ban hành", ", đồng thời ban hành", " và kịp thời ban hành", ", đồng thời xây dựng", " và", ",",
        "; UBND huyện ban hành", "; các xã, thị trấn đã xây dựng"]
SECOND = [("Công văn số 312/UBND-NV chỉ đạo các xã", "312/UBND-NV"),
          ("Quyết định số 120/QĐ-UBND về kiện toàn Ban Chỉ đạo", "120/QĐ-UBND"),
          ("Hướng dẫn số 05-HD/HU ngày 20/3/2024", "05-HD/HU")]


def _more_issued():
    rows = []
    for i, ((t, front), subject, (first, fn), more) in enumerate(itertools.product(FRONTS, SUBJECTS, FIRST, MORE)):
        if more.startswith(";") and "Kế hoạch" not in first:
            continue
        tk, tn = ACTED_ON[i % 3]
        second, sn = SECOND[i % len(SECOND)]
        text = f"{front} {doc(tk, tn, 'so', 'date', 'of')}, {subject} {first}{more} {second}."
        rows.append((text, [(fn, t, tn), (sn, t, tn)]))
    return rows


# grounds listed, each with its issuer, its date or what it is about, between "," or "và"
ABOUT = [" của Tỉnh ủy về chuyển đổi số", " ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy về phát triển du lịch",
         " về thực hiện cơ chế một cửa", " của UBND tỉnh"]
LIST_JOINS = [", ", " và ", ", và "]
GROUND_VERBS = [(I, "Thực hiện"), (I, "Triển khai"), (B, "Căn cứ"), (B, "Trên cơ sở")]


def _grounds_about():
    rows = []
    for (t, verb), about, join in itertools.product(GROUND_VERBS, ABOUT, LIST_JOINS):
        text = (f"{verb} Nghị quyết số 09-NQ/TU{about}{join}Kế hoạch số 57/KH-UBND{about}, "
                f"UBND huyện ban hành Kế hoạch số 45/KH-UBND.")
        rows.append((text, [("45/KH-UBND", t, "09-NQ/TU"), ("45/KH-UBND", t, "57/KH-UBND")]))
    return rows


# the direction of a body, written in a document
DIRECTIONS = ["Thực hiện hướng dẫn của Ban Tổ chức Tỉnh ủy tại", "Thực hiện yêu cầu của UBND tỉnh tại",
              "Thực hiện ý kiến kết luận của Thường trực Huyện ủy tại", "Thực hiện sự chỉ đạo của Ban Thường vụ Tỉnh ủy tại",
              "Theo chỉ đạo của UBND tỉnh tại", "Theo hướng dẫn của Sở Nội vụ tại", "Thực hiện kết luận của Chủ tịch UBND tỉnh theo"]
DIRECTED = [("Công văn số 918/UBND-KT", "918/UBND-KT"), ("Thông báo số 215-TB/HU ngày 4/3/2024", "215-TB/HU"),
            ("Hướng dẫn số 12-HD/BTCTU", "12-HD/BTCTU")]


def _directions():
    rows = []
    for direction, (cited, cn), clause in itertools.product(DIRECTIONS, DIRECTED, SUBJECTS):
        rows.append((f"{direction} {cited}, {clause} Kế hoạch số 45/KH-UBND.", [("45/KH-UBND", I, cn)]))
    for (tk, tn), clause in itertools.product(ACTED_ON[:4], SUBJECTS):  # a bare "Theo": issued under it
        rows.append((f"Theo {doc(tk, tn, 'so', 'date', 'of')}, {clause} Kế hoạch số 45/KH-UBND.", [("45/KH-UBND", B, tn)]))
    return rows


# a note in brackets after the acting document
NOTES = [(R, "thay thế"), (R, "thay thế cho"), (A, "sửa đổi, bổ sung"), (A, "sửa đổi, bổ sung một số điều của"),
         (A, "điều chỉnh"), (X, "bãi bỏ")]
NOTED = ["UBND tỉnh ban hành {d}", "Các xã áp dụng {d}", "{d}"]


def _notes():
    rows = []
    for (t, verb), lead, date in itertools.product(NOTES, NOTED, ["", "date"]):
        d = doc("Quyết định", "1034/QĐ-UBND", "so", date)
        rows.append((f"{lead.format(d=d)} ({verb} Quyết định số 702/QĐ-UBND ngày 26/6/2023).", [("1034/QĐ-UBND", t, "702/QĐ-UBND")]))
    return rows


# a ground left on its own, then the document said to be issued, or "văn bản" announced first
ALONE = [(I, "Thực hiện"), (I, "Triển khai thực hiện"), (I, "Để triển khai"), (B, "Căn cứ")]
NEXT = ["Ngày 10/4, Kế hoạch số 80-KH/HU của Ban Thường vụ Huyện ủy đã được ban hành.",
        "Kế hoạch số 80-KH/HU ngày 10/4/2024 được ban hành với 5 nhóm nhiệm vụ.",
        "UBND huyện đã ban hành nhiều văn bản chỉ đạo, trong đó có Kế hoạch số 80-KH/HU.",
        "Huyện ủy ban hành các văn bản: Kế hoạch số 80-KH/HU, Công văn số 44-CV/HU.",
        "Theo đó, UBND huyện ban hành Kế hoạch số 80-KH/HU ngày 10/4/2024."]


def _next_sentence():
    rows = []
    for (t, verb), nxt, (tk, tn) in itertools.product(ALONE, NEXT, ACTED_ON[:2]):
        issued = ["80-KH/HU", "44-CV/HU"] if "44-CV/HU" in nxt else ["80-KH/HU"]
        rows.append((f"{verb} {doc(tk, tn, 'so', 'date', 'of')} về phát triển du lịch. {nxt}", [(n, t, tn) for n in issued]))
    return rows


WORDS = [("UBND tỉnh ban hành Kế hoạch số 71/KH-UBND thi hành Luật Đất đai số 31/2024/QH15.", [("71/KH-UBND", I, "31/2024/QH15")]),
         ("Kế hoạch số 71/KH-UBND về tổ chức thi hành Luật số 10/2022/QH15 trên địa bàn huyện.", [("71/KH-UBND", I, "10/2022/QH15")]),
         ("Kế hoạch số 71/KH-UBND được xây dựng dựa trên Quyết định số 1508/QĐ-UBND của UBND tỉnh.", [("71/KH-UBND", B, "1508/QĐ-UBND")]),
         ("Quy chế số 04/QC-UBND được ban hành dựa vào Quyết định số 76/QĐ-UBND.", [("04/QC-UBND", B, "76/QĐ-UBND")]),
         ("Quyết định số 733/QĐ-UBND về việc sửa đổi khoản 2, Điều 3 Quyết định số 215/QĐ-UBND.", [("733/QĐ-UBND", A, "215/QĐ-UBND")]),
         ("Quyết định số 733/QĐ-UBND bãi bỏ điểm a, khoản 1, Điều 5 Quyết định số 215/QĐ-UBND.", [("733/QĐ-UBND", A, "215/QĐ-UBND")])]
# a ground's short name in brackets after it
WORDS += [(f"{verb} Nghị quyết số 09-NQ/TU{a}{short}{b}, {subject} Kế hoạch số 80-KH/HU.", [("80-KH/HU", t, "09-NQ/TU")])
          for (t, verb), short, (a, b), subject in itertools.product(
              GROUND_VERBS, [" (Nghị quyết 09)", " (sau đây gọi tắt là Nghị quyết 09)"], [("", " của Tỉnh ủy"), (" của Tỉnh ủy", "")],
              SUBJECTS[:2])]
# the document said to be built, or to be the text, for its purpose
WORDS += [(f"{d} {how} {purpose} Nghị quyết số 09-NQ/TU của Tỉnh ủy.", [(n, I, "09-NQ/TU")])
          for (d, n), how, purpose in itertools.product(
              [("Kế hoạch số 45/KH-UBND", "45/KH-UBND"), ("Chương trình số 12-CTr/HU của Huyện ủy", "12-CTr/HU")],
              ["được xây dựng", "là văn bản quan trọng", "là văn bản"], ["nhằm cụ thể hóa", "để triển khai thực hiện"])]
WORDS += [("Kế hoạch số 45/KH-UBND là văn bản yêu cầu các xã triển khai Nghị quyết số 09-NQ/TU.", []),
          ("Kế hoạch số 45/KH-UBND được xây dựng và gửi các xã để thực hiện Nghị quyết số 09-NQ/TU.", [])]
# a colon after "Căn cứ" before its grounds
WORDS += [(f"Căn cứ: {grounds}, {subject} Quyết định số 1450/QĐ-UBND.", [("1450/QĐ-UBND", B, n) for n in ones])
          for (grounds, ones), subject in itertools.product(
              [("Luật số 77/2015/QH13 và Nghị định số 138/2020/NĐ-CP", ["77/2015/QH13", "138/2020/NĐ-CP"]),
               ("Nghị định số 138/2020/NĐ-CP của Chính phủ", ["138/2020/NĐ-CP"])], SUBJECTS)]

NEAR = [
    # the same subject does something else with the second document
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND và tổ chức hội nghị quán triệt "
     "Quyết định số 120/QĐ-UBND.", [("45/KH-UBND", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND, đồng thời triển khai Quyết định "
     "số 120/QĐ-UBND đến các xã.", [("45/KH-UBND", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND về triển khai Quyết định số "
     "120/QĐ-UBND.", [("45/KH-UBND", I, "09-NQ/TU"), ("45/KH-UBND", I, "120/QĐ-UBND")]),
    # a task given, a document opening a clause of its own after ";"
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU giao UBND huyện xây dựng và ban hành "
     "Kế hoạch số 45/KH-UBND.", [("80-KH/HU", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND; Quyết định số 120/QĐ-UBND của "
     "UBND tỉnh quy định rõ trách nhiệm của các xã.", [("45/KH-UBND", I, "09-NQ/TU")]),
    # "Theo" as the source of a figure, a ground with no issuing, "căn cứ kết quả"
    ("Theo Quyết định số 245/QĐ-UBND của UBND tỉnh, Chỉ số CCHC của huyện tăng 3 bậc so với Quyết định số 112/QĐ-UBND.", []),
    ("Theo chỉ đạo của UBND tỉnh tại Công văn số 918/UBND-KT, các xã rà soát hồ sơ theo Quyết định số 120/QĐ-UBND.", []),
    ("Căn cứ kết quả thẩm định theo Quyết định số 120/QĐ-UBND, UBND tỉnh công bố Quyết định số 245/QĐ-UBND.", []),
    # a ground on its own, the next sentence an event, or a document cited for another reason
    ("Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy. Ngày 5/3, UBND huyện tổ chức hội nghị triển khai Kế hoạch số "
     "45/KH-UBND.", []),
    ("Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy. Ngày 5/3, Kế hoạch số 45/KH-UBND của UBND huyện được triển khai "
     "đến các xã.", []),
    # a note in brackets that is the passive, or replaces a member, not a document
    ("Các xã áp dụng Quyết định số 702/QĐ-UBND (đã được thay thế bởi Quyết định số 1034/QĐ-UBND).",
     [("1034/QĐ-UBND", R, "702/QĐ-UBND")]),
    ("UBND huyện ban hành Quyết định số 120/QĐ-UBND (thay thế thành viên Ban Chỉ đạo theo Quyết định số 88/QĐ-UBND).", []),
]

# a council's session passes, a unit approves: issuing too
PASSES = ["HĐND huyện đã thông qua", "kỳ họp đã thông qua", "HĐND xã thông qua", "UBND huyện đã phê duyệt",
          "Chủ tịch UBND xã phê duyệt"]


def _passes():
    rows = []
    for (t, verb), passes, (tk, tn) in itertools.product(GROUND_VERBS, PASSES, ACTED_ON[:2]):
        rows.append((f"{verb} {doc(tk, tn, 'so', '', 'of')}, {passes} Nghị quyết số 15/NQ-HĐND về dự toán ngân sách.",
                     [("15/NQ-HĐND", t, tn)]))
    return rows


# the documents acted on, each with what it is about; a note in brackets before the verb
ACTED_ABOUT = [" về chuyển đổi số", " ngày 5/3/2024 của Tỉnh ủy về phát triển du lịch giai đoạn 2024-2030", ""]
CARRIERS = [(I, "triển khai"), (I, "thực hiện"), (I, "triển khai thực hiện"), (R, "thay thế")]


def _acted_about():
    rows = []
    for (t, verb), about, join in itertools.product(CARRIERS, ACTED_ABOUT, [" và ", ", "]):
        text = f"Kế hoạch số 45/KH-UBND {verb} Nghị quyết số 09-NQ/TU{about}{join}Chỉ thị số 11-CT/TU của Tỉnh ủy về du lịch."
        rows.append((text, [("45/KH-UBND", t, "09-NQ/TU"), ("45/KH-UBND", t, "11-CT/TU")]))
    for (t, verb), note in itertools.product(CARRIERS[:3], ["thay thế Kế hoạch số 30/KH-UBND", "sửa đổi Kế hoạch số 30/KH-UBND"]):
        kind = R if note.startswith("thay") else A
        rows.append((f"UBND huyện ban hành Kế hoạch số 45/KH-UBND ({note}) {verb} Nghị quyết số 09-NQ/TU.",
                     [("45/KH-UBND", kind, "30/KH-UBND"), ("45/KH-UBND", t, "09-NQ/TU")]))
    return rows


# as soon as a document is issued, a unit issues its own to carry it out, the object left unsaid
AFTER = ["Ngay sau khi Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU", "Sau khi Nghị quyết số 09-NQ/TU được ban hành",
         "Ngay sau khi Nghị quyết số 09-NQ/TU của Tỉnh ủy được ký ban hành", "Sau khi Ban Thường vụ Tỉnh ủy ký ban hành Nghị quyết số 09-NQ/TU"]
THEN = ["Huyện ủy đã ban hành Kế hoạch số 80-KH/HU để triển khai thực hiện", "Ban Thường vụ Huyện ủy kịp thời xây dựng "
        "Kế hoạch số 80-KH/HU nhằm cụ thể hóa", "Đảng ủy xã đã cụ thể hóa bằng Kế hoạch số 80-KH/HU",
        "Huyện ủy đã triển khai thực hiện thông qua Kế hoạch số 80-KH/HU"]


def _after():
    return [(f"{after}, {then} trên địa bàn.", [("80-KH/HU", I, "09-NQ/TU")]) for after, then in itertools.product(AFTER, THEN)]


AFTER_NEAR = [
    ("Sau khi Nghị quyết số 09-NQ/TU được ban hành, Huyện ủy ban hành Kế hoạch số 80-KH/HU để triển khai thực hiện "
     "Quyết định số 120/QĐ-UBND.", [("80-KH/HU", I, "120/QĐ-UBND")]),
    ("Sau khi Nghị quyết số 09-NQ/TU được ban hành, Huyện ủy ban hành Kế hoạch số 80-KH/HU về chuyển đổi số.", []),
    ("Sau khi Nghị quyết số 09-NQ/TU hết hiệu lực, UBND huyện ban hành Kế hoạch số 45/KH-UBND để thực hiện.", []),
]

# the acting document's title in quotes or after a colon; a document without a number before the numbered one
TITLED = ['{d} "{v} {t}"', "{d}: {v} {t}", "{d} “{v} {t}”"]
UNNUMBERED = ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và", "Chỉ thị của Ban Bí thư về công tác dân vận,",
              "Luật Đất đai năm 2024 và"]


def _titled():
    rows = []
    for form, (t, verb), (fk, fn) in itertools.product(TITLED, CARRIERS[:3], [("Kế hoạch", "45/KH-UBND"),
                                                                              ("Chương trình", "12-CTr/HU")]):
        d = f"UBND huyện ban hành {doc(fk, fn, 'so', 'date')}"
        rows.append((form.format(d=d, v=verb[0].upper() + verb[1:], t="Nghị quyết số 09-NQ/TU của Tỉnh ủy") + ".",
                     [(fn, t, "09-NQ/TU")]))
    for (t, verb), first in itertools.product(CARRIERS[:3], UNNUMBERED):
        rows.append((f"Huyện ủy ban hành Kế hoạch số 80-KH/HU {verb} {first} Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
                     [("80-KH/HU", t, "09-NQ/TU")]))
    return rows


TITLED_NEAR = [
    ("Huyện ủy ban hành Kế hoạch số 80-KH/HU: các chi bộ triển khai Nghị quyết số 09-NQ/TU trong quý II.", []),
    ("UBND huyện triển khai Nghị quyết Đại hội Đảng bộ huyện và Kế hoạch số 45/KH-UBND đến các xã.", []),
]

# the document taken up again by a type the first tables left out, or by "Văn bản" (whatever its type)
TAKEN_TYPES = [("Kết luận", "21-KL/TU"), ("Phương án", "05/PA-UBND"), ("Thông báo", "215-TB/HU")]
TAKEN_SAYS = ["nhằm tiếp tục thực hiện", "nhằm cụ thể hóa", "được ban hành để triển khai"]


def _taken_types():
    rows = []
    for (fk, fn), says in itertools.product(TAKEN_TYPES, TAKEN_SAYS):
        rows.append((f"Ban Thường vụ Huyện ủy ban hành {fk} số {fn}. {fk} {says} Nghị quyết số 09-NQ/TU.", [(fn, I, "09-NQ/TU")]))
        rows.append((f"Ban Thường vụ Huyện ủy ban hành {fk} số {fn}. Văn bản {says} Nghị quyết số 09-NQ/TU.", [(fn, I, "09-NQ/TU")]))
    return rows


TAKEN_NEAR = [  # "Văn bản" after two documents: not the first; a type not the one just issued
    ("UBND huyện ban hành Kế hoạch số 45/KH-UBND và Công văn số 312/UBND-NV. Văn bản nhằm triển khai Nghị quyết số 09-NQ/TU.",
     [("312/UBND-NV", I, "09-NQ/TU")]),
    ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 80-KH/HU. Kết luận nhằm tiếp tục thực hiện Nghị quyết số 09-NQ/TU.", []),
]

# a purpose of the work before the fronted ground; a board named by what it is for before its level
PURPOSES = ["Để chuẩn bị đại hội", "Nhằm nâng cao chất lượng sinh hoạt chi bộ", "Để kịp thời ứng phó với mùa mưa bão"]
BOARDS = ["Ban Chỉ đạo diễn tập huyện", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện",
          "Ban Chỉ đạo chuyển đổi số tỉnh", "Ban Chỉ huy quân sự xã"]


def _purposes_and_boards():
    rows = []
    for purpose, (t, verb), subject in itertools.product(PURPOSES, GROUND_VERBS, SUBJECTS):
        rows.append((f"{purpose}, {verb[0].lower()}{verb[1:]} Kế hoạch số 56-KH/TU của Tỉnh ủy, {subject} Kế hoạch số 45/KH-UBND.",
                     [("45/KH-UBND", t, "56-KH/TU")]))
    for board, (t, verb) in itertools.product(BOARDS, CARRIERS[:3] + [(I, "cụ thể hóa"), (I, "nhằm triển khai")]):
        rows.append((f"Kế hoạch số 88/KH-BCĐ ngày 05/7/2024 của {board} {verb} Quyết định số 1123/QĐ-UBND.",
                     [("88/KH-BCĐ", t, "1123/QĐ-UBND")]))
    return rows


PURPOSE_NEAR = [
    ("Để chuẩn bị đại hội, Kế hoạch số 56-KH/TU của Tỉnh ủy và Kế hoạch số 45/KH-UBND được gửi tới các xã.", []),
    ("Kế hoạch số 88/KH-BCĐ của Ban Chỉ đạo về việc kiểm tra các xã triển khai Quyết định số 1123/QĐ-UBND.", []),
]

# the documents issued after a colon, announced by a count or "các" and a type word, or by nothing
ANNOUNCED = [":", " các văn bản:", " 03 kế hoạch:", " các kế hoạch:", " 02 văn bản chỉ đạo:"]
ITEMS = [("Kế hoạch số 45/KH-UBND ngày 5/3/2024{a}; Kế hoạch số 46/KH-UBND ngày 8/3/2024{a}", ["45/KH-UBND", "46/KH-UBND"]),
         ("Kế hoạch số 45/KH-UBND{a}, Kế hoạch số 46/KH-UBND{a} và Kế hoạch số 47/KH-UBND", ["45/KH-UBND", "46/KH-UBND", "47/KH-UBND"])]


def _colon_lists():
    rows = []
    for (t, verb), announced, (items, ones), about in itertools.product(
            GROUND_VERBS[:2], ANNOUNCED, ITEMS, ["", " về chuyển đổi số"]):
        text = f"{verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy, UBND huyện đã ban hành{announced} {items.format(a=about)}."
        rows.append((text, [(n, t, "09-NQ/TU") for n in ones]))
    return rows


COLON_NEAR = [
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành: Kế hoạch số 45/KH-UBND, trong đó yêu cầu các xã thực hiện "
     "Quyết định số 120/QĐ-UBND.", [("45/KH-UBND", I, "09-NQ/TU")]),
    ("UBND huyện đã ban hành các văn bản: Kế hoạch số 45/KH-UBND; Công văn số 312/UBND-NV.", []),
]


# a guidance document about carrying the other out guides it; a plan with the same words implements
GUIDE_SAYS = ["về thực hiện", "về việc thực hiện", "về triển khai thực hiện", "triển khai", "thực hiện",
              "hướng dẫn triển khai", "về việc tổ chức thực hiện"]
GUIDES = [("Hướng dẫn số 05-HD/BTGHU", "05-HD/BTGHU"), ("Hướng dẫn số 12/HD-SNV ngày 4/4/2024 của Sở Nội vụ", "12/HD-SNV")]
GUIDE_LEADS = ["", "Ban Tuyên giáo Huyện ủy đã ban hành "]


def _guidance():
    rows = []
    for says, (gd, gn), lead, (tk, tn) in itertools.product(GUIDE_SAYS, GUIDES, GUIDE_LEADS, ACTED_ON[:2]):
        rows.append((f"{lead}{gd} {says} {doc(tk, tn, 'so', '', 'of')}.", [(gn, G, tn)]))
    for says in GUIDE_SAYS[:5]:
        rows.append((f"UBND huyện ban hành Kế hoạch số 45/KH-UBND {says} Nghị quyết số 09-NQ/TU.", [("45/KH-UBND", I, "09-NQ/TU")]))
    return rows


GUIDANCE_NEAR = [  # a guidance document issued under a fronted ground; one about checking the work
    ("Thực hiện Nghị quyết số 09-NQ/TU, Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 05-HD/BTGHU.",
     [("05-HD/BTGHU", I, "09-NQ/TU")]),
    ("Hướng dẫn số 05-HD/BTGHU về kiểm tra việc thực hiện Nghị quyết số 09-NQ/TU tại các chi bộ.", []),
]

# the documents issued joined by ";" with no colon, each with no verb of its own; the one after ";" with a verb
SEMI_ITEMS = ["Kế hoạch số 45/KH-UBND{a}; Chương trình số 12/CTr-UBND{a} và Công văn số 312/UBND-NV",
              "Kế hoạch số 45/KH-UBND{a}; Chương trình số 12/CTr-UBND{a}; Công văn số 312/UBND-NV"]


def _semicolon_lists():
    rows = []
    for (t, verb), items, about in itertools.product(GROUND_VERBS, SEMI_ITEMS, ["", " về chuyển đổi số"]):
        text = f"{verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy, UBND huyện đã ban hành {items.format(a=about)}."
        rows.append((text, [(n, t, "09-NQ/TU") for n in ("45/KH-UBND", "12/CTr-UBND", "312/UBND-NV")]))
    return rows


SEMI_NEAR = [
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND; Công văn số 312/UBND-NV "
     "yêu cầu các xã báo cáo kết quả.", [("45/KH-UBND", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND; Công văn số 312/UBND-NV "
     "được gửi tới các xã.", [("45/KH-UBND", I, "09-NQ/TU")]),
]

# a ground's short name in brackets in the middle of the list of grounds
SHORT_MID = [" (Nghị quyết 09)", " (sau đây gọi tắt là Nghị quyết 09)", " (gọi tắt là Nghị quyết 09)"]


def _short_mid():
    rows = []
    for (t, verb), short, join in itertools.product(GROUND_VERBS, SHORT_MID, [", ", " và ", "; "]):
        text = f"{verb} Nghị quyết số 09-NQ/TU{short}{join}Chỉ thị số 11-CT/TU của Tỉnh ủy, UBND huyện ban hành Kế hoạch số 45/KH-UBND."
        rows.append((text, [("45/KH-UBND", t, "09-NQ/TU"), ("45/KH-UBND", t, "11-CT/TU")]))
    return rows


# an issuer whose name holds an action word after its head ("của Ủy ban Kiểm tra Huyện ủy", "của Đoàn kiểm
# tra liên ngành"); the same action word in what the document is about still gives the verb to that action
CHECKING_BODIES = ["Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Đảng ủy xã", "Đoàn kiểm tra liên ngành huyện",
                   "Tổ giám sát của HĐND xã", "Ban Kiểm tra Hội Nông dân huyện"]


def _checking_bodies():
    rows = []
    for body, (t, verb) in itertools.product(CHECKING_BODIES, CARRIERS[:3]):
        rows.append((f"Kế hoạch số 12-KH/KT ngày 3/4/2024 của {body} {verb} Nghị quyết số 04-NQ/HU.",
                     [("12-KH/KT", t, "04-NQ/HU")]))
    return rows


CHECKING_NEAR = [
    ("Kế hoạch số 12/KH-UBND ngày 3/4/2024 của UBND huyện về kiểm tra việc thực hiện Chỉ thị số 08-CT/TU.", []),
    ("Kế hoạch số 12/KH-UBND ngày 3/4/2024 của UBND huyện kiểm tra việc thực hiện Chỉ thị số 08-CT/TU.", []),
    ("Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND xã về thành lập Ban Chỉ đạo thực hiện Nghị quyết số 04-NQ/HU.", []),
]

TABLE = (_checking_bodies() + CHECKING_NEAR + _guidance() + GUIDANCE_NEAR + _semicolon_lists() + SEMI_NEAR + _short_mid() + _colon_lists() + COLON_NEAR + _purposes_and_boards() + PURPOSE_NEAR + _taken_types() + TAKEN_NEAR + _titled() + TITLED_NEAR + _more_issued() + _grounds_about() + _directions() + _notes() + _next_sentence() + WORDS + NEAR + _passes()
         + _acted_about() + _after() + AFTER_NEAR)


def test_the_unseen_slots_cross():
    assert len(TABLE) >= 250


SHORT_ALONE = [f"{verb} Nghị quyết số 09-NQ/TU ({short}) của Tỉnh ủy. Ngày 5/3, Huyện ủy ban hành Kế hoạch số 80-KH/HU."
               for verb, short in itertools.product(["Thực hiện", "Để triển khai", "Căn cứ"],
                                                    ["Nghị quyết 09", "sau đây gọi tắt là Nghị quyết 09"])]


@pytest.mark.parametrize("text", SHORT_ALONE)
def test_a_short_name_gives_its_relation_once(text):
    """A ground's short name in brackets is its document again: one relation fact, not two."""
    out = PIPE(make_article("Tiêu đề\n" + text, "<test>"))
    assert len([f for f in out["facts"] if f["kind"] == "relation"]) == 1


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"u{i:03d}" for i in range(len(TABLE))])
def test_each_unseen_phrasing_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)
