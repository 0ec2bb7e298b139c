"""Relations by grammar, continued (tests/test_relations_grammar.py holds the first slots): a
document that opens its sentence and does two things to two documents ("Quyết định … sửa đổi
Quyết định … và bãi bỏ Quyết định …": both are the document's), and grounds of both kinds joined
by "và"; across sentence and line ends: a list of grounds one a line ("Căn cứ …;⏎Căn cứ …;⏎UBND tỉnh
ban hành …"), a ground left as a sentence of its own naming a law before its number ("Căn cứ Luật …
số 80/2015/QH13."), a fronted ground whose own subject cites what it carries out ("Thực hiện Kế hoạch
số Y … về triển khai Nghị quyết số Z, … ban hành X": X carries out Y), a document taken up in the next
sentence when another document follows it in the first ("… Kế hoạch số X thực hiện Nghị quyết số Y.
Kế hoạch cũng thay thế …"), and the chains of two verbs there ("Quyết định này sửa đổi … A và đồng thời
bãi bỏ B": both the taken-up document's), a second unit issuing under a fronted ground ("Thực hiện Y, Ban
Thường vụ ban hành X1, UBND huyện ban hành X2": X2 carries out Y too). Near misses: a unit's second verb
after the first relation; a list of grounds whose lines issue nothing; a second clause with a ground of its
own, a task given, a report. Numbers and units are invented."""
import itertools

import pytest

from .test_relations_grammar import A, ACTED_ON, B, CLAUSE, G, I, R, X, relations

FIRST = [(A, "sửa đổi, bổ sung"), (A, "sửa đổi một số điều của"), (R, "thay thế"), (X, "bãi bỏ"), (I, "triển khai"),
         (I, "cụ thể hóa")]
SECOND = [(X, "bãi bỏ"), (X, "đồng thời bãi bỏ"), (R, "thay thế"), (A, "sửa đổi, bổ sung"), (A, "bãi bỏ Điều 3 của")]
JOINS = [" và ", ", đồng thời ", "; đồng thời "]
OPENING = [("Quyết định số 27/2024/QĐ-UBND ngày 5/3/2024 của UBND tỉnh", "27/2024/QĐ-UBND"),
           ("Nghị quyết số 12/NQ-HĐND", "12/NQ-HĐND"), ("Năm 2024, Quyết định số 27/2024/QĐ-UBND", "27/2024/QĐ-UBND")]


def _chains():
    rows = []
    for (t1, v1), (t2, v2), join, (opening, fn) in itertools.product(FIRST, SECOND, JOINS, OPENING):
        if join == "; đồng thời " and v2.startswith("đồng thời"):
            continue
        v2 = v2.replace("đồng thời ", "") if "đồng thời" in join else v2
        text = f"{opening} {v1} Quyết định số 07/2022/QĐ-UBND{join}{v2} Quyết định số 11/2019/QĐ-UBND."
        rows.append((text, [(fn, t1, "07/2022/QĐ-UBND"), (fn, t2, "11/2019/QĐ-UBND")]))
    return rows


def _grounds_joined():
    rows = []
    for clause in ["UBND huyện ban hành", "Ban Thường vụ Đảng ủy xã đã xây dựng", "Chủ tịch UBND xã ký ban hành"]:
        rows.append((f"Căn cứ Nghị định số 61/2018/NĐ-CP và thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy, {clause} "
                     f"Kế hoạch số 33/KH-UBND.", [("33/KH-UBND", B, "61/2018/NĐ-CP"), ("33/KH-UBND", I, "56-KH/TU")]))
        rows.append((f"Thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy và căn cứ Nghị định số 61/2018/NĐ-CP, {clause} "
                     f"Kế hoạch số 33/KH-UBND.", [("33/KH-UBND", B, "61/2018/NĐ-CP"), ("33/KH-UBND", I, "56-KH/TU")]))
    return rows


# A unit that issues the first document does the second thing itself: only the first verb is the document's.
UNIT_SECOND = [("UBND tỉnh ban hành Quyết định số 27/2024/QĐ-UBND sửa đổi Quyết định số 07/2022/QĐ-UBND, đồng thời triển "
                "khai Nghị quyết số 09-NQ/TU.", [("27/2024/QĐ-UBND", A, "07/2022/QĐ-UBND")])]
NEGATIVES = [
    "Theo Quyết định số 27/2024/QĐ-UBND về sửa đổi quy chế, các xã đồng thời bãi bỏ các quy định trái với Quyết định "
    "số 11/2019/QĐ-UBND.",
]

# one ground a line, each line ended by ";", then the clause that issues (the lines read as one list)
GROUND_LINES = [("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13", B, "77/2015/QH13"),
                ("Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ", B, "61/2018/NĐ-CP"),
                ("Căn cứ Thông tư số 01/2021/TT-BNV của Bộ Nội vụ", B, "01/2021/TT-BNV"),
                ("Thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy", I, "56-KH/TU")]
ISSUES = ["UBND huyện ban hành Quyết định số 1450/QĐ-UBND về công tác cán bộ.",
          "Ngày 12/3/2024, Chủ tịch UBND huyện đã ký ban hành Quyết định số 1450/QĐ-UBND.",
          "- UBND huyện ban hành Quyết định số 1450/QĐ-UBND."]


def _ground_lines():
    rows = []
    for (g1, t1, n1), (g2, t2, n2) in itertools.permutations(GROUND_LINES[:3], 2):
        for issue in ISSUES:
            rows.append((f"{g1};\n{g2};\n{issue}", [("1450/QĐ-UBND", t1, n1), ("1450/QĐ-UBND", t2, n2)]))
    for (g1, t1, n1), (g2, t2, n2), (g3, t3, n3) in itertools.permutations(GROUND_LINES[:3], 3):
        rows.append((f"{g1};\n{g2};\n{g3};\n{ISSUES[0]}",
                     [("1450/QĐ-UBND", t, n) for t, n in ((t1, n1), (t2, n2), (t3, n3))]))
    for issue in ISSUES:
        rows.append((f"{GROUND_LINES[3][0]};\nThực hiện Quyết định số 2301/QĐ-UBND của UBND tỉnh;\n{issue}",
                     [("1450/QĐ-UBND", I, "56-KH/TU"), ("1450/QĐ-UBND", I, "2301/QĐ-UBND")]))
    return rows


# a ground left as a sentence of its own, a law named before its number
LAW_GROUNDS = [("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", B, "80/2015/QH13"),
               ("Căn cứ Luật Đất đai số 31/2024/QH15 của Quốc hội", B, "31/2024/QH15"),
               ("Thực hiện Luật Thi đua, khen thưởng số 06/2022/QH15", I, "06/2022/QH15")]


def _law_grounds():
    return [(f"{g}. {issue}", [("1450/QĐ-UBND", t, n)]) for (g, t, n), issue in itertools.product(LAW_GROUNDS, ISSUES[:2])]


# the fronted ground's own subject cites the document it carries out
def _ground_subjects():
    rows = []
    for (tk, tn), clause, about in itertools.product(ACTED_ON[:4], CLAUSE,
                                                     ["về triển khai", "về việc triển khai thực hiện", "về thực hiện"]):
        text = f"Thực hiện Kế hoạch số 88/KH-UBND của UBND tỉnh {about} {tk} số {tn}, {clause} Kế hoạch số 33/KH-UBND."
        rows.append((text, [("33/KH-UBND", I, "88/KH-UBND"), ("88/KH-UBND", I, tn)]))
    return rows


# the document taken up in the next sentence, another document after it in the first
TAKEN_UP = [("Kế hoạch cũng thay thế", R), ("Kế hoạch này đồng thời thay thế", R), ("Kế hoạch nhằm cụ thể hóa", I),
            ("Kế hoạch cũng bãi bỏ", X)]


def _taken_up():
    rows = []
    for (say, t), (tk, tn) in itertools.product(TAKEN_UP, ACTED_ON[:4]):
        first = f"Ngày 3/6/2024, UBND xã ban hành Kế hoạch số 64/KH-UBND thực hiện {tk} số {tn}."
        rows.append((f"{first} {say} Kế hoạch số 30/KH-UBND.", sorted([("64/KH-UBND", I, tn), ("64/KH-UBND", t, "30/KH-UBND")])))
        # two plans in the first sentence: the last one is taken up
        two = f"UBND xã ban hành Kế hoạch số 63/KH-UBND và Kế hoạch số 64/KH-UBND về chuyển đổi số."
        rows.append((f"{two} {say} Kế hoạch số 30/KH-UBND.", [("64/KH-UBND", t, "30/KH-UBND")]))
    return rows


# the chains again in the next sentence, the document taken up by its type, the first verb's object a
# regulation issued with a decision whose name holds commas: the second verb is the taken-up document's
# ("… Quyết định số X. Quyết định này sửa đổi, bổ sung … ban hành kèm theo Quyết định số A và đồng thời
# bãi bỏ Quyết định số B": X repeals B, never A repeals B)
FIRSTS_AGAIN = [(A, "sửa đổi, bổ sung một số điều của Quy định về quản lý dạy thêm, học thêm ban hành kèm theo"),
                (A, "sửa đổi Quy chế tuyển dụng, quản lý viên chức ban hành kèm theo"), (R, "thay thế"), (A, "bổ sung")]
SECONDS_AGAIN = [(X, "và đồng thời bãi bỏ"), (X, ", đồng thời bãi bỏ"), (R, "và thay thế"), (A, ", đồng thời sửa đổi")]
LEADS_AGAIN = ["Nổi bật là việc tham mưu ban hành Quyết định số 35/2023/QĐ-UBND ngày 15/11/2023 của UBND tỉnh.",
               "UBND tỉnh đã ban hành Quyết định số 35/2023/QĐ-UBND."]


def _chains_again():
    rows = []
    for (t1, v1), (t2, v2), lead, say in itertools.product(FIRSTS_AGAIN, SECONDS_AGAIN, LEADS_AGAIN,
                                                            ["Quyết định này", "Quyết định"]):
        if t1 == t2 == R:
            continue
        text = f"{lead} {say} {v1} Quyết định số 12/2021/QĐ-UBND {v2.lstrip()} Quyết định số 44/2016/QĐ-UBND."
        rows.append((text.replace(" ,", ","), sorted([("35/2023/QĐ-UBND", t1, "12/2021/QĐ-UBND"),
                                                      ("35/2023/QĐ-UBND", t2, "44/2016/QĐ-UBND")])))
    return rows


# a type named with what it is for ("Kết luận thanh tra số", "Quyết định thanh tra số", "Kế hoạch kiểm tra
# số", "Nghị quyết chuyên đề số"): the words before the number are the citation's, so the verb reaches it
QUALIFIED = [("Kết luận thanh tra số 05/KL-TTr", "05/KL-TTr"), ("Quyết định thanh tra số 318/QĐ-TTr", "318/QĐ-TTr"),
             ("Kế hoạch kiểm tra số 12-KH/UBKTHU", "12-KH/UBKTHU"), ("Nghị quyết chuyên đề số 09-NQ/HU", "09-NQ/HU"),
             ("Kết luận kiểm tra số 21-KL/UBKTTU", "21-KL/UBKTTU")]


def _qualified():
    rows = []
    for (written, n), verb in itertools.product(QUALIFIED, [(G, "hướng dẫn thực hiện"), (I, "triển khai thực hiện")]):
        rows.append((f"UBND huyện có Công văn số 18/UBND-TNMT ngày 04/01/2025 {verb[1]} {written} tới các xã.",
                     [("18/UBND-TNMT", verb[0], n)]))
        rows.append((f"Thực hiện {written} ngày 3/4/2024, UBND huyện ban hành Kế hoạch số 33/KH-UBND.",
                     [("33/KH-UBND", I, n)]))
    return rows


# withdrawing or cancelling a document is repealing it ("Quyết định … thu hồi Quyết định …", "… về việc hủy
# Quyết định …"); withdrawing land or money under a document is not
WITHDRAWS = ["thu hồi", "về việc thu hồi", "hủy", "về việc hủy", "đã thu hồi"]
WITHDRAWERS = [("Quyết định số 41/QĐ-UBND ngày 3/01/2025 của UBND huyện", "41/QĐ-UBND"),
               ("Ngày 3/01/2025, UBND huyện đã ban hành Quyết định số 41/QĐ-UBND", "41/QĐ-UBND"),
               ("Quyết định số 12/2024/QĐ-UBND", "12/2024/QĐ-UBND")]


def _withdrawn():
    rows = []
    for (who, n), verb, (tk, tn) in itertools.product(WITHDRAWERS, WITHDRAWS, [("Quyết định", "2210/QĐ-UBND"),
                                                                            ("Quyết định", "05/2020/QĐ-UBND")]):
        rows.append((f"{who} {verb} {tk} số {tn} ngày 15/8/2022.", [(n, X, tn)]))
    for (who, n), what in itertools.product(WITHDRAWERS[:2], ["thu hồi đất của 12 hộ theo", "thu hồi kinh phí đã cấp theo",
                                                             "hủy kết quả tuyển dụng theo"]):
        rows.append((f"{who} {what} Quyết định số 2210/QĐ-UBND.", []))
    return rows


NEAR_LINES = ["Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ;\nCăn cứ Thông tư số 01/2021/TT-BNV của Bộ Nội vụ;\n"
              "Các xã cần rà soát thủ tục hành chính.",
              "Thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy;\nThực hiện Quyết định số 2301/QĐ-UBND của UBND tỉnh;\n"
              "UBND xã đã tổ chức hội nghị quán triệt."]

# ---------------------------------------------------------------- a second unit issuing under the ground
SECOND_FRONTS = ["Thực hiện", "Để triển khai", "Nhằm cụ thể hóa", "Năm 2024, thực hiện"]
FIRST_ISSUERS = ["Ban Thường vụ Huyện ủy ban hành", "Đảng ủy xã đã xây dựng", "Huyện ủy đã ký ban hành"]
FIRST_ISSUED = [("Kế hoạch số 80-KH/HU", ["80-KH/HU"]), ("Chương trình số 12-CTr/HU về chuyển đổi số", ["12-CTr/HU"]),
                ("Kế hoạch số 80-KH/HU và Hướng dẫn số 09-HD/BTGHU", ["80-KH/HU", "09-HD/BTGHU"])]
ISSUER_JOINS = [", ", " và ", ", đồng thời "]
SECOND_ISSUERS = ["UBND huyện ban hành", "UBND huyện cũng đã ban hành", "Chủ tịch UBND xã ký ban hành",
                  "Ủy ban MTTQ Việt Nam huyện đã xây dựng", "UBND các xã, thị trấn đã ban hành",
                  "Các phòng, ban, ngành tiếp tục ban hành"]
SECOND_ISSUED = [("Kế hoạch số 45/KH-UBND", ["45/KH-UBND"]),
                 ("Quyết định số 1620/QĐ-UBND và Kế hoạch số 46/KH-UBND", ["1620/QĐ-UBND", "46/KH-UBND"]),
                 ("các Kế hoạch số 45/KH-UBND, 46/KH-UBND", ["45/KH-UBND", "46/KH-UBND"])]


def _second_issuers():
    """"Thực hiện Y, Ban Thường vụ ban hành X1, UBND huyện ban hành X2": X1 and X2 carry out Y."""
    rows = []
    for i, (front, first, (issued, ones), second) in enumerate(itertools.product(
            SECOND_FRONTS, FIRST_ISSUERS, FIRST_ISSUED, SECOND_ISSUERS)):
        tk, tn = ACTED_ON[i % 3]
        join = ISSUER_JOINS[i % len(ISSUER_JOINS)]
        more, twos = SECOND_ISSUED[i % len(SECOND_ISSUED)]
        text = f"{front} {tk} số {tn} của Tỉnh ủy, {first} {issued}{join}{second} {more}."
        rows.append((text, [(n, I, tn) for n in ones + twos]))
    return rows


# the second clause has a ground of its own, does not issue, is a task given, or a sentence of its own
SECOND_NEAR = [
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU; căn cứ Nghị định số 61/2018/NĐ-CP, "
     "UBND huyện ban hành Kế hoạch số 45/KH-UBND.", [("80-KH/HU", I, "09-NQ/TU"), ("45/KH-UBND", B, "61/2018/NĐ-CP")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU, UBND huyện báo cáo kết quả thực hiện "
     "Kế hoạch số 45/KH-UBND.", [("80-KH/HU", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU, UBND huyện tổ chức hội nghị quán triệt "
     "Kế hoạch số 45/KH-UBND.", [("80-KH/HU", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU, trong đó giao UBND huyện ban hành "
     "Kế hoạch số 45/KH-UBND.", [("80-KH/HU", I, "09-NQ/TU")]),
    ("Thực hiện Nghị quyết số 09-NQ/TU, Huyện ủy ban hành Kế hoạch số 80-KH/HU. UBND huyện ban hành Kế hoạch số "
     "45/KH-UBND về cải cách hành chính.", [("80-KH/HU", I, "09-NQ/TU")]),
    ("Huyện ủy ban hành Kế hoạch số 80-KH/HU, UBND huyện ban hành Kế hoạch số 45/KH-UBND.", []),
]

TABLE = _chains() + _grounds_joined() + UNIT_SECOND + [(t, []) for t in NEGATIVES + NEAR_LINES] + _ground_lines() \
    + _law_grounds() + _ground_subjects() + _taken_up() + _chains_again() + _qualified() + _withdrawn() \
    + _second_issuers() + SECOND_NEAR


def test_the_chains_cross_their_slots():
    assert len(TABLE) >= 150


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"h{i:03d}" for i in range(len(TABLE))])
def test_each_chained_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)
