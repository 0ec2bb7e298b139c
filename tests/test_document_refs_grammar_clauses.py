"""Citations by grammar, where a date belongs when clauses meet (tests/test_document_refs_grammar.py
holds the number forms): documents joined with their own type words and dated once ("Quyết định số
… và Quyết định số … cùng ngày …": each); a date in square brackets; the date that opens the clause
after a fronted ground (", ngày 12/3/2024 UBND huyện ban hành Kế hoạch …": the plan's, not the
ground's); a submission's own date, which is not the day of the decision issued on it; a year of two
digits, which ../shared/reference/vietnamese-admin-conventions.md §6 never lists (dates are written
with four): no issue day is guessed from it. Numbers, units and names are invented."""
import itertools

import pytest

from .test_document_refs_grammar import cited

# Documents joined with their own type words, the date written once after the last with "cùng".
PAIRS = [("Quyết định số 12/QĐ-UBND", "12/QĐ-UBND", "Quyết định số 13/QĐ-UBND", "13/QĐ-UBND"),
         ("Kế hoạch số 45/KH-UBND", "45/KH-UBND", "Quyết định số 88/QĐ-UBND", "88/QĐ-UBND"),
         ("Nghị quyết số 07-NQ/ĐU", "07-NQ/ĐU", "Nghị quyết số 08-NQ/ĐU", "08-NQ/ĐU"),
         ("Thông tư số 01/2024/TT-BNV", "01/2024/TT-BNV", "Thông tư số 02/2024/TT-BNV", "02/2024/TT-BNV")]
JOINS = [" và ", ", "]
SAME_DAY = [" cùng ngày 5/3/2024", " cùng ban hành ngày 5/3/2024", " ký cùng ngày 5/3/2024"]
LEADS = ["", "UBND huyện đã ban hành ", "Thực hiện "]


def _joined():
    rows = []
    for (a, an, b, bn), join, same, lead in itertools.product(PAIRS, JOINS, SAME_DAY, LEADS):
        text = f"{lead}{a}{join}{b}{same} về công tác cải cách hành chính."
        rows.append((text[0].upper() + text[1:], [(an, "2024-03-05"), (bn, "2024-03-05")]))
    return rows


# The clause after a fronted ground opens with its date: the date is the issued document's.
GROUNDS = [("Quyết định số 2301/QĐ-UBND của UBND tỉnh", "2301/QĐ-UBND", None),
           ("Nghị quyết số 09-NQ/TU ngày 5/1/2024 của Tỉnh ủy", "09-NQ/TU", "2024-01-05"),
           ("Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy", "11-CT/TU", None),
           ("Kế hoạch số 56-KH/HU của Huyện ủy về chuyển đổi số", "56-KH/HU", None)]
FRONTS = ["Thực hiện", "Để triển khai", "Căn cứ"]
CLAUSES = [", ngày 12/3/2024 UBND huyện ban hành", ", ngày 12/3/2024 Chủ tịch UBND huyện đã ký ban hành",
           ", sáng ngày 12/3/2024 Ban Thường vụ Huyện ủy đã ban hành", ", ngày 12/3/2024, UBND huyện đã ban hành",
           ", chiều ngày 12/3/2024 Thường trực Huyện ủy ký"]
ISSUED = [("Kế hoạch số 45/KH-UBND", "45/KH-UBND"), ("Quyết định số 88/QĐ-UBND", "88/QĐ-UBND")]


def _clause_dates():
    rows = []
    for (g, gn, gday), front, clause, (d, dn) in itertools.product(GROUNDS, FRONTS, CLAUSES, ISSUED):
        rows.append((f"{front} {g}{clause} {d}.", [(gn, gday), (dn, "2024-03-12")]))
    return rows


# A submission's date is its own: the decision issued on it takes no day from it, but from the clause.
SUBMISSIONS = [("Tờ trình số 61/TTr-PNV ngày 2/4/2024", "61/TTr-PNV"), ("Tờ trình số 15/TTr-UBND ngày 02 tháng 4 năm 2024", "15/TTr-UBND"),
               ("Báo cáo số 33/BC-UBND ngày 2/4/2024", "33/BC-UBND")]
ON = ["theo đề nghị của Trưởng phòng Nội vụ tại", "xét đề nghị của Phòng Nội vụ tại", "trên cơ sở"]


def _submissions():
    rows = []
    for (s, sn), on in itertools.product(SUBMISSIONS, ON):
        rows.append((f"Căn cứ Nghị định số 33/2023/NĐ-CP; {on} {s}, UBND huyện ban hành Quyết định số 88/QĐ-UBND.",
                     [("33/2023/NĐ-CP", None), (sn, "2024-04-02"), ("88/QĐ-UBND", None)]))
        rows.append((f"Ngày 5/4/2024, {on} {s}, UBND huyện ban hành Quyết định số 88/QĐ-UBND.",
                     [(sn, "2024-04-02"), ("88/QĐ-UBND", "2024-04-05")]))
    return rows


# Near misses and edge forms: a date after a comma that is the document's own ("…, ngày …, của …"),
# square brackets, a year of two digits.
EDGES = [
    ("Thực hiện Kế hoạch số 81/KH-UBND, ngày 04/4/2024, của UBND xã, các thôn ra quân.", [("81/KH-UBND", "2024-04-04")]),
    ("Quyết định số 12/QĐ-UBND, ngày 5/3/2024 của Chủ tịch UBND xã ban hành quy chế làm việc.", [("12/QĐ-UBND", "2024-03-05")]),
    ("Quyết định số 12/QĐ-UBND [ngày 5/3/2024] về kiện toàn tổ công tác.", [("12/QĐ-UBND", "2024-03-05")]),
    ("Kế hoạch số 45/KH-UBND [ban hành ngày 12/3/2024] của UBND huyện.", [("45/KH-UBND", "2024-03-12")]),
    ("UBND xã ban hành Quyết định số 12/QĐ-UBND ngày 5/3/23 về kiện toàn tổ công tác.", [("12/QĐ-UBND", None)]),
    ("Kế hoạch số 45/KH-UBND ngày 12/3/24 của UBND huyện được gửi tới các xã.", [("45/KH-UBND", None)]),
]

# A clause that opens on its date and issues a set of numbers sharing one symbol: each takes the date
# ("Cũng trong ngày 2/4/2024, Chủ tịch UBND huyện ký các Quyết định số 31, 32/QĐ-UBND …").
SET_OPENERS = ["Ngày 2/4/2024, ", "Cũng trong ngày 2/4/2024, ", "Chiều ngày 2/4/2024, ", "Ngày 2/4/2024 "]
SET_VERBS = ["Chủ tịch UBND huyện ký các", "UBND huyện đã ban hành các", "Ban Thường vụ Huyện ủy ký ban hành các",
             "UBND huyện ban hành 02"]
SETS = [("Quyết định số 31, 32/QĐ-UBND", ["31/QĐ-UBND", "32/QĐ-UBND"]),
        ("Kế hoạch số 11 và 12/KH-UBND", ["11/KH-UBND", "12/KH-UBND"]),
        ("Nghị quyết số 07, 08-NQ/HU", ["07-NQ/HU", "08-NQ/HU"])]


def _dated_sets():
    return [(f"{opener}{verb} {written} về kiện toàn tổ công tác.", [(n, "2024-04-02") for n in numbers])
            for opener, verb, (written, numbers) in itertools.product(SET_OPENERS, SET_VERBS, SETS)]


# The next sentence takes the document up by its type word alone and dates it ("Kết luận do … ký ngày …");
# not when it names another type, when the sentence before cites two of that type, or when the
# document has its own date.
TAKEN_UP = [("Kết luận thanh tra số 21/KL-TTr", "21/KL-TTr", "Kết luận"),
            ("Quyết định số 145/QĐ-UBND", "145/QĐ-UBND", "Quyết định"),
            ("Hướng dẫn số 05/HD-SNV", "05/HD-SNV", "Hướng dẫn"),
            ("Nghị quyết chuyên đề số 09-NQ/HU", "09-NQ/HU", "Nghị quyết")]
TAKE_UPS = ["{t} do Chánh Thanh tra huyện Lò Văn Sinh ký ngày 3/5/2024.",
            "{t} được Chủ tịch UBND huyện ký ban hành ngày 03 tháng 5 năm 2024.",
            "{t} này do UBND huyện ban hành ngày 3/5/2024.", "{t} do đồng chí Bí thư Huyện ủy ký vào ngày 3/5/2024."]
FIRSTS = ["Sáng 14/5, UBND huyện công bố {c} về công tác quản lý đất đai. ", "Huyện đã triển khai {c}. "]


def _taken_up():
    rows = []
    for (c, n, t), up, first in itertools.product(TAKEN_UP, TAKE_UPS, FIRSTS):
        rows.append((first.format(c=c) + up.format(t=t), [(n, "2024-05-03")]))
    for (c, n, t), up in itertools.product(TAKEN_UP, TAKE_UPS[:2]):
        other = "Kế hoạch" if t != "Kế hoạch" else "Quyết định"
        rows.append((FIRSTS[1].format(c=c) + up.format(t=other), [(n, None)]))
        second = "88" + n[2:] if n[2] in "-/" else "88" + n[3:]  # "09-NQ/HU" → "88-NQ/HU"
        rows.append((FIRSTS[1].format(c=c.replace(" số", f" số {second} và")) + up.format(t=t),
                     [(n, None), (second, None)]))
        rows.append((FIRSTS[1].format(c=f"{c} ngày 2/5/2024") + up.format(t=t), [(n, "2024-05-02")]))
    return rows


# The signer in the brackets ("(do Chủ tịch UBND tỉnh ký ngày …)"); a set after a colon ("ban hành các
# Quyết định: số …, số …"); two documents of one dated clause, each with its subject ("… Quyết định số X
# về việc …, Quyết định số Y về việc …"): each takes the clause's date, not across a verb of another clause.
SIGNED = [" (do Chủ tịch UBND tỉnh ký ngày 3/4/2024)", " (được Phó Chủ tịch UBND tỉnh Lò Văn Sinh ký ngày 3/4/2024)",
          " (do UBND tỉnh ban hành ngày 3/4/2024)", " [do Giám đốc Sở Nội vụ ký ngày 03/4/2024]"]
SUBJECTS = [" về việc công bố danh mục thủ tục hành chính", " về kiện toàn Ban Chỉ đạo", " V/v phê duyệt quy trình nội bộ"]


def _more_clauses():
    rows = []
    for signed, (d, dn) in itertools.product(SIGNED, ISSUED):
        rows.append((f"Theo {d}{signed}, các xã rà soát hồ sơ.", [(dn, "2024-04-03")]))
    for opener, (t, n1, n2) in itertools.product(SET_OPENERS[:3], [("Quyết định", "31/QĐ-UBND", "32/QĐ-UBND"),
                                                                   ("Kế hoạch", "11/KH-UBND", "12/KH-UBND")]):
        rows.append((f"{opener}UBND huyện ban hành các {t}: số {n1}, số {n2} về chuyển đổi số.",
                     [(n1, "2024-04-02"), (n2, "2024-04-02")]))
    for opener, s1, s2, join in itertools.product(SET_OPENERS[:3], SUBJECTS, SUBJECTS[:2], [", ", " và "]):
        rows.append((f"{opener}Chủ tịch UBND huyện ban hành Quyết định số 31/QĐ-UBND{s1}{join}Kế hoạch số 12/KH-UBND{s2}.",
                     [("31/QĐ-UBND", "2024-04-02"), ("12/KH-UBND", "2024-04-02")]))
    for opener, s1 in itertools.product(SET_OPENERS[:2], SUBJECTS[:2]):
        rows.append((f"{opener}Chủ tịch UBND huyện ban hành Quyết định số 31/QĐ-UBND{s1}, đồng thời thay thế "
                     f"Quyết định số 12/QĐ-UBND.", [("31/QĐ-UBND", "2024-04-02"), ("12/QĐ-UBND", None)]))
        rows.append((f"{opener}Chủ tịch UBND huyện ban hành Quyết định số 31/QĐ-UBND{s1}, Kế hoạch số 12/KH-UBND "
                     f"ngày 5/3/2024 về chuyển đổi số.", [("31/QĐ-UBND", "2024-04-02"), ("12/KH-UBND", "2024-03-05")]))
    return rows


# A clause opening on the day just reported without writing it ("Cùng ngày, … ban hành …"): that day, the
# last one written before the sentence that is no cited document's own; none after the page's date line alone,
# nor when the clause does not issue the document.
SAME_OPENERS = ["Cùng ngày, ", "Cũng trong ngày, ", "Trong cùng ngày, ", "Chiều cùng ngày, "]
REPORTED = ["Sáng 12/5/2024, UBND huyện tổ chức hội nghị sơ kết công tác cải cách hành chính. ",
            "Ngày 12/5/2024, UBND huyện ban hành Kế hoạch số 44/KH-UBND ngày 10/5/2024 về chuyển đổi số. "]


def _same_day():
    rows = []
    for reported, opener, verb, (d, dn) in itertools.product(REPORTED, SAME_OPENERS, SET_VERBS[:3], ISSUED):
        earlier = [("44/KH-UBND", "2024-05-10")] if "44/KH" in reported else []
        rows.append((f"{reported}{opener}{verb.replace(' các', '')} {d} về công tác cán bộ.",
                     earlier + [(dn, "2024-05-12")]))
    for opener, (d, dn) in itertools.product(SAME_OPENERS, ISSUED):
        rows.append((f"Ngày cập nhật 21/06/2024\nUBND huyện tổ chức hội nghị. {opener}UBND huyện ban hành {d}.", [(dn, None)]))
        rows.append((f"{REPORTED[0]}{opener}UBND huyện triển khai {d}.", [(dn, None)]))
    return rows


TABLE = _joined() + _clause_dates() + _submissions() + EDGES + _dated_sets() + _taken_up() + _more_clauses() + _same_day()


def test_the_clauses_cross():
    assert len(TABLE) >= 200


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"k{i:03d}" for i in range(len(TABLE))])
def test_each_clause_dates_its_own_documents(text, expected):
    assert cited(text) == sorted(expected, key=str)
