"""Relations by grammar, continued (tests/test_relations_grammar.py holds the first slots): a
document that opens its sentence and does two things to two documents ("Quyết định … sửa đổi
Quyết định … và bãi bỏ Quyết định …": both are the document's), and grounds of both kinds joined
by "và". Near misses: a unit's second verb after the first relation. Numbers and units are invented."""
import itertools

import pytest

from .test_relations_grammar import A, B, I, R, X, relations

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

TABLE = _chains() + _grounds_joined() + UNIT_SECOND + [(t, []) for t in NEGATIVES]


def test_the_chains_cross_their_slots():
    assert len(TABLE) >= 150


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"h{i:03d}" for i in range(len(TABLE))])
def test_each_chained_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)
