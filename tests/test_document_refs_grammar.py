"""Citations by grammar, not by article: the genre's ways of writing a cited document's number and
its date, written as slots (the type word, "số" or not, the number form, numbers sharing one
symbol, where the date stands: after the number, after a comma, in brackets, after the signer) and
crossed into a table, so that a rule covers a whole slot. Short names ("Nghị quyết 57") are the
document the article cites in full with that type and number (FACTS.md: one document cited twice is
listed once; corpus/ANNOTATION.md on bare numbers). Numbers, units and names are invented."""
import itertools

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

PIPE = Pipeline(["date", "document_ref"])


def cited(text: str) -> list[tuple[str, str | None]]:
    out = PIPE(make_article("Tiêu đề\n" + text, "<test>"))
    return sorted({(f["canonical"], f.get("issued_on")) for f in out["facts"] if f["kind"] == "document_ref"},
                  key=str)


# Numbers sharing one symbol: each is a document, with the symbol and the date written once.
NUMBERS = [["215", "216"], ["215", "216", "217"], ["07", "08"]]
JOIN = {"comma": ", ", "and": " và "}
SYMBOLS = [("Quyết định", "/QĐ-UBND"), ("Quyết định", "-QĐ/HU"), ("Nghị quyết", "-NQ/TU"), ("Quyết định", "/2023/QĐ-UBND"),
           ("Kế hoạch", "/KH-UBND")]
SHARED_DATE = {"": None, " ngày 5/3/2023": "2023-03-05", " (ngày 5/3/2023)": "2023-03-05",
               " cùng ngày 5/3/2023": "2023-03-05", " ngày 05 tháng 3 năm 2023": "2023-03-05"}
LEAD = ["các {t} số ", "{t} số ", "UBND huyện đã ban hành các {t} số "]


def _shared():
    rows = []
    for numbers, join, (t, sym), (written, day), lead in itertools.product(
            NUMBERS, ["comma", "and"], SYMBOLS, SHARED_DATE.items(), LEAD):
        listed = ", ".join(numbers[:-1]) + JOIN[join] + numbers[-1]
        text = f"{lead.format(t=t)}{listed}{sym}{written} của UBND huyện về kiện toàn tổ công tác."
        rows.append((text[0].upper() + text[1:], sorted(((n + sym, day) for n in numbers), key=str)))
    return rows


# One document and where its date stands.
DATED = [" ngày 5/3/2023", ", ngày 5/3/2023,", " (ngày 5/3/2023)", " (ban hành ngày 5/3/2023)",
         " do Chủ tịch UBND tỉnh ký ngày 5/3/2023", " của UBND tỉnh do Phó Chủ tịch UBND tỉnh Lò Văn Sinh ký ngày 5/3/2023",
         " ngày 05 tháng 3 năm 2023", " ký ngày 5/3/2023", " ngày 5-3-2023", " ngày 05/03/2023 của Ban Thường vụ Huyện ủy",
         " do UBND tỉnh ban hành ngày 5/3/2023", " được UBND huyện ban hành ngày 5/3/2023",
         ", được Ban Thường vụ Huyện ủy ban hành vào ngày 5/3/2023", " của UBND tỉnh ban hành ngày 5/3/2023"]
SINGLE = [("Quyết định số", "1620/QĐ-UBND"), ("Kế hoạch số", "45/KH-UBND"), ("Nghị quyết số", "09-NQ/TU"),
          ("Chỉ thị", "11-CT/TU"), ("Thông tư số", "01/2023/TT-BNV"), ("Hướng dẫn số", "12-HD/BTGTU"),
          ("Công văn số", "1847/UBND-VX")]


def _dated():
    return [(f"Thực hiện {t} {n}{d} về chuyển đổi số, các xã đã triển khai.", [(n, "2023-03-05")])
            for (t, n), d in itertools.product(SINGLE, DATED)]


# Short names: the type word and the bare number of a document cited in full in the same article.
FULL = [("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết 57", "57-NQ/TW", "2024-12-22"),
        ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Chỉ thị 05", "05-CT/TW", "2016-05-15"),
        ("Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện", "Kế hoạch 45", "45/KH-UBND", "2024-03-12"),
        ("Quyết định số 512/QĐ-UBND ngày 5/3/2023 của UBND tỉnh", "Quyết định 512", "512/QĐ-UBND", "2023-03-05"),
        ("Chương trình hành động số 15-CTr/HU ngày 2/6/2021", "Chương trình 15", "15-CTr/HU", "2021-06-02")]
SHORT_LAYOUT = ["{full} được triển khai rộng khắp. Các xã đã xây dựng kế hoạch thực hiện {short}.",
                "Các xã đã xây dựng kế hoạch thực hiện {short}. Đây là cụ thể hóa {full}.",
                "Thực hiện {full} ({short}), các xã đã ra quân.",
                "Sau một năm thực hiện {short}, huyện tổng kết {full}."]


def _short():
    rows = []
    for (full, short, canonical, day), layout in itertools.product(FULL, SHORT_LAYOUT):
        rows.append((layout.format(full=full, short=short), sorted([(canonical, day), (canonical, None)], key=str)))
    return rows


# Near misses: a short name whose type or number names another document stays as written.
NOT_SHORT = [
    ("Đề án 06 của Chính phủ được phê duyệt tại Quyết định số 06/QĐ-TTg ngày 6/1/2022.",
     [("06/QĐ-TTg", "2022-01-06"), ("Đề án 06", None)]),
    ("Huyện thực hiện Kế hoạch số 45/KH-UBND và Kế hoạch số 45-KH/HU; Kế hoạch 45 được triển khai trước.",
     [("45-KH/HU", None), ("45/KH-UBND", None), ("Kế hoạch 45", None)]),
    ("Nghị quyết số 57-NQ/TW được quán triệt cùng Chỉ thị 57 của Ban Thường vụ Huyện ủy.",
     [("57-NQ/TW", None), ("Chỉ thị 57", None)]),
]

# Full numbers listed under one type word, dated once after the last: each takes the date (h_153, h_155's
# gold); a number of the list with its own date keeps it; an inspection's conclusion is a type of its own
# ("Kết luận thanh tra số 05/KL-TTr").
LISTED = [("Quyết định số", "/QĐ-UBND"), ("các Quyết định số", "/QĐ-SNV"), ("Kế hoạch", "/KH-UBND"),
          ("Kết luận thanh tra số", "/KL-TTr")]
CLAUSES = ["Ngày 15/8/2024, UBND huyện ban hành", "Sáng 15/8/2024, Chủ tịch UBND huyện đã ký ban hành"]
LIST_DATES = [(" ngày 12/8/2024", "2024-08-12"), (" ngày 12 tháng 8 năm 2024", "2024-08-12"), (" (ngày 12/8/2024)", "2024-08-12")]


def _listed():
    rows = []
    for (t, sym), (written, day), join in itertools.product(LISTED, LIST_DATES, [", ", " và ", ", số "]):
        rows.append((f"Theo {t} 1101{sym}{join}1102{sym}{written}, các đơn vị được khen thưởng.",
                     sorted([("1101" + sym, day), ("1102" + sym, day)], key=str)))
        rows.append((f"Theo {t} 1101{sym} ngày 3/1/2024{join}1102{sym}{written}, các đơn vị được khen thưởng.",
                     sorted([("1101" + sym, "2024-01-03"), ("1102" + sym, day)], key=str)))
        # The list's own date beats the date of the clause that issues it (ANNOTATION.md, citations).
        for clause in CLAUSES:
            rows.append((f"{clause} {t} 1101{sym}{join}1102{sym}{written} về việc kiện toàn Ban Chỉ đạo.",
                         sorted([("1101" + sym, day), ("1102" + sym, day)], key=str)))
    return rows


# A date after a comma, then the document's topic holding a verb of meetings, is still the document's
# own ("Công văn số 123/UBND-VP, ngày 5/3/2024 V/v tổ chức hội nghị"); a subject and that verb open a
# clause of their own whose day it is ("…, ngày 20/6, UBND xã tổ chức hội nghị": no issue date).
TOPICS = ["V/v tổ chức hội nghị sơ kết", "về việc tổ chức Đại hội", "UBND tỉnh về tổ chức Hội nghị tổng kết",
          "nhằm tổ chức tốt Đại hội", "triển khai tổ chức Hội nghị", "của UBND huyện về tiến hành kiểm tra"]
CLAUSE_SUBJECTS = ["UBND xã tổ chức hội nghị", "Ban Chỉ đạo xã đã họp", "các xã đã tổ chức hội nghị",
                   "Huyện ủy tiến hành kiểm tra"]


def _topic_or_clause():
    rows = []
    for (t, sym), topic in itertools.product(LISTED[:3], TOPICS):
        rows.append((f"Thực hiện {t} 45{sym}, ngày 10/3/2024 {topic}, các đơn vị đã chuẩn bị chu đáo.",
                     [("45" + sym, "2024-03-10")]))
    for (t, sym), clause in itertools.product(LISTED[:3], CLAUSE_SUBJECTS):
        rows.append((f"Thực hiện {t} 45{sym} của UBND huyện, ngày 20/6/2024, {clause} triển khai nhiệm vụ.",
                     [("45" + sym, None)]))
    return rows


TABLE = _shared() + _dated() + _short() + NOT_SHORT + _listed() + _topic_or_clause()


def test_the_grammar_is_large():
    assert len(TABLE) >= 300


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"c{i:03d}" for i in range(len(TABLE))])
def test_each_generated_citation_gives_its_documents(text, expected):
    assert cited(text) == sorted(expected, key=str)
