"""Relations by grammar, not by article: the genre's ways of saying that one document carries
out, guides, amends, replaces, repeals or is issued under another, written as slots (the type
of the acting and of the acted-on document, "số" or not, a date, an issuer, a short name in
brackets, what the document is about; the verb and its voice; the layout of the sentence) and
crossed into a table, so that a rule must cover a whole slot, not one sentence. The near-miss
negatives are the same slots where no document acts: a unit carries the document out, the
documents are only listed, the second one is named inside what the first is about, a board
set up to carry it out (docs/facts.md, kind `relation`). Numbers, units and names are invented."""
import itertools

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

PIPE = Pipeline(["date", "document_ref", "relation"])

I, A, R, X, G, B = "implements", "amends", "replaces", "repeals", "guides", "based_on"

# The acting documents and the documents acted on: (type words, number); the canonical is the number.
ACTING = [("Kế hoạch", "45/KH-UBND"), ("Chương trình hành động", "12-CTr/HU"), ("Đề án", "03/ĐA-UBND"),
          ("Quyết định", "1620/QĐ-UBND"), ("Chỉ thị", "07/CT-UBND"), ("Nghị quyết", "21/NQ-HĐND"),
          ("Kết luận", "15-KL/HU"), ("Hướng dẫn", "09-HD/BTGHU"), ("Công văn", "1847/UBND-VX"),
          ("Thông tư", "02/2023/TT-BNV"), ("Nghị định", "45/2023/NĐ-CP"), ("Quy chế", "03/QC-UBND"),
          ("Quy định", "05-QĐi/HU")]
ACTED_ON = [("Nghị quyết", "09-NQ/TU"), ("Quyết định", "2301/QĐ-UBND"), ("Chỉ thị", "11-CT/TU"),
            ("Kết luận", "21-KL/TU"), ("Kế hoạch", "56-KH/TU"), ("Thông tư", "01/2021/TT-BNV"),
            ("Nghị định", "61/2018/NĐ-CP"), ("Chương trình", "08-CTr/TU"), ("Đề án", "14/ĐA-UBND")]

# What may follow a document's number before the verb: "số" or not, a date, an issuer, a short name.
NUMBER = {"so": "số ", "bare": ""}
DATE = {"": "", "date": " ngày 12/3/2024"}
ISSUER = {"": "", "of": " của UBND tỉnh"}
SUBJECT = {"": "", "ve": " về chuyển đổi số năm 2024", "ve_viec": " về việc nâng cao chỉ số cải cách hành chính"}


def doc(kind: str, number: str, no="so", date="", issuer="", subject="") -> str:
    return f"{kind} {NUMBER[no]}{number}{DATE[date]}{ISSUER[issuer]}{SUBJECT[subject]}"


# The verb, active: (type, the words between the two documents).
ACTIVE = [(I, "triển khai"), (I, "triển khai thực hiện"), (I, "thực hiện"), (I, "cụ thể hóa"),
          (I, "tổ chức thực hiện"), (I, "nhằm triển khai"), (I, "để thực hiện"), (I, "nhằm cụ thể hóa"),
          (G, "hướng dẫn thi hành"), (G, "hướng dẫn thực hiện"),
          (A, "sửa đổi, bổ sung"), (A, "sửa đổi, bổ sung một số điều của"), (A, "bổ sung"),
          (R, "thay thế"), (X, "bãi bỏ")]
# A verb read only of a document that acts (not after "về …", a subject, where it can be a topic).
ISSUING = ["", "UBND huyện ban hành ", "Ngày 5/3/2024, Ban Thường vụ Huyện ủy đã ban hành "]


def _acting_first():
    rows = []
    for (vtype, verb), (fk, fn), (no, date, issuer, subject), lead in itertools.product(
            ACTIVE, ACTING[:6], [("so", "", "", ""), ("bare", "date", "", ""), ("so", "date", "of", ""),
                                 ("so", "date", "", "ve"), ("so", "", "of", "ve_viec")], ISSUING[:2]):
        tk, tn = ACTED_ON[len(rows) % len(ACTED_ON)]
        text = f"{lead}{doc(fk, fn, no, date, issuer, subject)} {verb} {doc(tk, tn)} của Tỉnh ủy."
        rows.append((text, [(fn, vtype, tn)]))
    # every acting type and every acted-on type at least once, with the subject between; a guidance
    # document that carries the other out guides it (ANNOTATION.md, Relations)
    for (fk, fn), (tk, tn) in itertools.product(ACTING, ACTED_ON[:3]):
        text = f"UBND tỉnh ban hành {doc(fk, fn, 'so', 'date', '', 've')} triển khai {doc(tk, tn, 'so', 'date')}."
        rows.append((text, [(fn, G if fk == "Hướng dẫn" else I, tn)]))
    return rows


# The passive turns the pair round: the acted-on document comes first.
PASSIVE = [(R, "được thay thế bởi"), (R, "được thay thế bằng"), (R, "hết hiệu lực và được thay thế bởi"),
           (R, "đã hết hiệu lực, được thay thế bởi"), (A, "được sửa đổi, bổ sung tại"), (A, "được sửa đổi bởi"),
           (X, "bị bãi bỏ bởi")]


def _passive():
    rows = []
    for (vtype, verb), (date, issuer) in itertools.product(PASSIVE, [("", ""), ("date", "of")]):
        old, new = "1190/QĐ-UBND", "402/QĐ-UBND"
        text = f"{doc('Quyết định', old, 'so', date, issuer)} {verb} {doc('Quyết định', new, 'so', 'date')}."
        rows.append((text, [(new, vtype, old)]))
    return rows


# The ground fronted, then the clause that issues the acting document.
FRONTED = [(I, "Thực hiện"), (I, "Triển khai"), (I, "Để triển khai"), (I, "Nhằm cụ thể hóa"), (I, "Để thực hiện"),
           (B, "Căn cứ"), (B, "Trên cơ sở")]
CLAUSE = ["UBND huyện ban hành", "UBND huyện đã ban hành", "Ban Thường vụ Đảng ủy xã đã xây dựng",
          "Chủ tịch UBND xã ký ban hành"]


def _fronted():
    rows = []
    for (vtype, verb), clause, (tk, tn), (date, issuer) in itertools.product(
            FRONTED, CLAUSE, ACTED_ON[:3], [("", ""), ("date", "of")]):
        text = f"{verb} {doc(tk, tn, 'so', date, issuer)}, {clause} Kế hoạch số 33/KH-UBND về chuyển đổi số."
        rows.append((text, [("33/KH-UBND", vtype, tn)]))
        text = f"Năm 2024, {verb[0].lower()}{verb[1:]} {doc(tk, tn)}, {clause} Kế hoạch số 34/KH-UBND."
        rows.append((text, [("34/KH-UBND", vtype, tn)]))
    return rows


# Across two sentences: the document taken up again by its type, or a ground left on its own.
def _across():
    rows = []
    for (fk, fn), purpose in itertools.product(ACTING[:5], ["nhằm triển khai", "nhằm cụ thể hóa", "được ban hành để thực hiện",
                                                            "triển khai thực hiện"]):
        text = f"UBND huyện đã ban hành {doc(fk, fn, 'so', 'date')}. {fk} {purpose} Nghị quyết số 09-NQ/TU của Tỉnh ủy."
        rows.append((text, [(fn, I, "09-NQ/TU")]))
    for verb, clause in itertools.product(["Thực hiện", "Triển khai", "Nhằm triển khai"], CLAUSE[1:3]):
        text = f"{verb} Chỉ thị số 11-CT/TU của Tỉnh ủy. Ngày 10/4, {clause} Kế hoạch số 73-KH/HU về dân vận."
        rows.append((text, [("73-KH/HU", I, "11-CT/TU")]))
    return rows


# Lists sharing one verb: each document of the list is acted on.
def _lists():
    rows = []
    for verb, vtype in [("triển khai", I), ("thực hiện", I), ("thay thế", R), ("triển khai thực hiện", I)]:
        for listed in ["các Nghị quyết số 01, 02-NQ/TU", "Nghị quyết số 01-NQ/TU và Nghị quyết số 02-NQ/TU",
                       "các Nghị quyết số 01-NQ/TU, 02-NQ/TU"]:
            text = f"Huyện ủy ban hành Kế hoạch số 112-KH/HU {verb} {listed} của Tỉnh ủy."
            rows.append((text, [("112-KH/HU", vtype, "01-NQ/TU"), ("112-KH/HU", vtype, "02-NQ/TU")]))
    return rows


# A short name in brackets is the same document: the relation is the numbered one's, once.
SHORT = [("Kế hoạch số 45/KH-UBND (Kế hoạch 45) triển khai Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
          [("45/KH-UBND", I, "09-NQ/TU")]),
         ("Quyết định số 1620/QĐ-UBND ngày 5/3/2024 (Quyết định 1620) thay thế Quyết định số 702/QĐ-UBND.",
          [("1620/QĐ-UBND", R, "702/QĐ-UBND")])]
# … or introduced ("sau đây gọi tắt là"), or a name with no number: the same document still acts.
SHORT += [(f"{doc(fk, fn, 'so', 'date')} ({intro}{fk} {fn.split('/')[0].split('-')[0]}) {verb} {doc('Quyết định', '702/QĐ-UBND')}.",
           [(fn, vtype, "702/QĐ-UBND")])
          for (fk, fn), intro, (vtype, verb) in itertools.product(
              ACTING[:4], ["sau đây gọi tắt là ", "gọi tắt là ", "viết tắt là ", "sau đây được gọi là "],
              [(I, "triển khai"), (R, "thay thế"), (A, "sửa đổi, bổ sung"), (G, "hướng dẫn thực hiện")])]
SHORT += [(f"Kế hoạch số 45/KH-UBND (sau đây gọi tắt là Kế hoạch) {verb} Quyết định số 702/QĐ-UBND.", [("45/KH-UBND", vtype, "702/QĐ-UBND")])
          for vtype, verb in [(I, "triển khai"), (R, "thay thế"), (A, "sửa đổi")]]

# Near misses: the same slots, and no document acts on the other.
NEGATIVES = [
    # a unit, not a document, carries them out
    "UBND huyện đã triển khai Nghị quyết số 09-NQ/TU và Kế hoạch số 56-KH/TU của Tỉnh ủy.",
    "Năm 2024, UBND xã tập trung thực hiện Chỉ thị số 11-CT/TU, Quyết định số 2301/QĐ-UBND của UBND tỉnh.",
    "Các phòng, ban đã cụ thể hóa Kết luận số 21-KL/TU và Nghị quyết số 09-NQ/TU thành nhiệm vụ năm 2024.",
    # two documents only listed
    "Thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy; Quyết định số 2301/QĐ-UBND của UBND tỉnh, các xã ra quân đồng loạt.",
    "Hội nghị quán triệt Nghị quyết số 09-NQ/TU, Chỉ thị số 11-CT/TU và Kết luận số 21-KL/TU của Tỉnh ủy.",
    "Căn cứ Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2021/TT-BNV, đoàn kiểm tra đã làm việc với 12 xã.",
    # the second document named inside what the first is about
    "UBND huyện ban hành Kế hoạch số 45/KH-UBND về sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
    "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 46-KH/HU về kiểm tra, giám sát việc thực hiện Chỉ thị số 11-CT/TU.",
    "UBND tỉnh ban hành Quyết định số 1620/QĐ-UBND về tổng kết 5 năm triển khai Quyết định số 2301/QĐ-UBND.",
    # a board set up to carry it out: the board acts, not the decision
    "UBND huyện ban hành Quyết định số 1620/QĐ-UBND thành lập Ban Chỉ đạo triển khai Nghị quyết số 09-NQ/TU.",
    "Quyết định số 1621/QĐ-UBND về kiện toàn Tổ công tác thực hiện Đề án số 14/ĐA-UBND của UBND tỉnh.",
    "UBND xã ban hành Quyết định số 88/QĐ-UBND về việc thành lập Ban Chỉ đạo thực hiện Kế hoạch số 56-KH/TU.",
    # a second verb of the subject after a comma
    "UBND huyện ban hành Kế hoạch số 36/KH-UBND về chuyển đổi số, đồng thời thực hiện Nghị quyết số 09-NQ/TU.",
    # announcing or considering is not issuing
    "Thực hiện Công văn số 1847/UBND-VX của UBND tỉnh, Phòng Nội vụ công bố Quyết định số 1620/QĐ-UBND.",
    # a subject written out with commas, and still no purpose of the document: a second verb of the
    # unit, a board set up to carry the other out, documents listed with their dates
    "UBND huyện ban hành Kế hoạch số 36/KH-UBND, ngày 12/3/2024, về chuyển đổi số, đồng thời thực hiện Nghị quyết số 09-NQ/TU.",
    "UBND xã ban hành Quyết định số 88/QĐ-UBND, ngày 5/3/2024, về thành lập Ban Chỉ đạo, nhằm triển khai Kế hoạch số 56-KH/TU.",
    "Thực hiện Kế hoạch số 45/KH-UBND, ngày 12/3/2024, của UBND huyện; Quyết định số 2301/QĐ-UBND, ngày 5/3/2024, của UBND tỉnh.",
    "Quyết định số 1620/QĐ-UBND ngày 5/3/2024 do Chủ tịch UBND tỉnh ký và Quyết định số 2301/QĐ-UBND được gửi tới các xã.",
    # a regulation with a number of its own issued with a decision: no relation type says so
    "Quy chế số 03/QC-UBND ban hành kèm theo Quyết định số 76/QĐ-UBND của UBND huyện.",
    "Việc chấm điểm theo Bộ chỉ số ban hành kèm theo Quyết định số 76/QĐ-UBND và Kế hoạch số 45/KH-UBND của UBND huyện.",
    # grasping, "theo tinh thần" of a unit or an event, not of a document
    "Đại hội được tổ chức theo đúng tinh thần Chỉ thị số 11-CT/TU và Kế hoạch số 56-KH/TU của Tỉnh ủy.",
    "Quán triệt Nghị quyết số 09-NQ/TU của Tỉnh ủy, Phòng Nội vụ đã công bố Quyết định số 1620/QĐ-UBND.",
    # carried out alongside, or to the communes: the passive names no document that carries it out
    "Chỉ thị số 11-CT/TU được triển khai đồng thời với Kế hoạch số 56-KH/TU của Tỉnh ủy.",
    "Nghị quyết số 09-NQ/TU và Kế hoạch số 56-KH/TU được triển khai tới 100% chi bộ trong năm 2024.",
    "Nghị quyết số 09-NQ/TU được Huyện ủy triển khai đến các chi bộ cùng Kế hoạch số 56-KH/TU.",
    # a clause after the ground that issues nothing: a count of communes, a letter with no number
    "Thực hiện Nghị quyết số 09-NQ/TU, huyện đã có 12 xã đạt chuẩn theo Quyết định số 2301/QĐ-UBND.",
    "Thực hiện Kế hoạch số 56-KH/TU, UBND huyện đã có văn bản chỉ đạo các xã thực hiện Quyết định số 2301/QĐ-UBND.",
    "Thực hiện Kế hoạch số 56-KH/TU, Chủ tịch UBND huyện đã ký kết quy chế phối hợp theo Quyết định số 2301/QĐ-UBND.",
    # a unit that carries one document out and issues another: no ground fronted
    "UBND huyện triển khai Kế hoạch số 56-KH/TU, thực hiện Nghị quyết số 09-NQ/TU, đồng thời ban hành Kế hoạch số 33/KH-UBND.",
    # a guide to a unit with no document to carry out, then a document named for another reason
    "Công văn số 1847/UBND-VX hướng dẫn các xã rà soát hồ sơ theo Quyết định số 2301/QĐ-UBND.",
    # the means is a meeting or a place, or a document carried out "theo" another: no instrument named
    "UBND huyện đã triển khai Nghị quyết số 09-NQ/TU tại hội nghị ngày 5/3/2024 theo Kế hoạch số 56-KH/TU.",
    # the next sentence names a document of another type: not the one just issued
    "UBND tỉnh ban hành Quyết định số 45/QĐ-UBND. Kế hoạch bổ sung Quyết định số 702/QĐ-UBND của UBND tỉnh.",
    # one document ends, another goes on: no taking its place
    "Kế hoạch số 45/KH-UBND hết hiệu lực vào cuối năm 2024, Nghị quyết số 09-NQ/TU tiếp tục có hiệu lực.",
    # the document taken up again, and a unit carries the other out
    "UBND huyện ban hành Kế hoạch số 45/KH-UBND. Kế hoạch nêu rõ, các xã phải thực hiện Nghị quyết số 09-NQ/TU.",
    "UBND huyện ban hành Kế hoạch số 45/KH-UBND. Kế hoạch yêu cầu các phòng, ban triển khai Nghị quyết số 09-NQ/TU.",
    "UBND huyện ban hành Kế hoạch số 45/KH-UBND. Theo đó, các xã triển khai Nghị quyết số 09-NQ/TU trong quý II.",
    # a year, a count, a target between them: still no verb linking the documents
    "Theo Kế hoạch số 45/KH-UBND, năm 2024 huyện phấn đấu 95% hồ sơ trực tuyến theo Quyết định số 2301/QĐ-UBND.",
]

def _near_misses():
    """The slots crossed where no document acts: a unit carries out documents it lists, and a plan
    whose subject reviews, checks or sets up a board for the other document."""
    rows = []
    for unit, verb, join in itertools.product(["UBND huyện đã", "Các xã tập trung", "Đảng ủy phường tiếp tục"],
                                              ["triển khai", "thực hiện", "cụ thể hóa", "triển khai thực hiện", "quán triệt",
                                               "thực hiện theo tinh thần", "triển khai nội dung"],
                                              [" và ", ", ", "; "]):
        rows.append(f"{unit} {verb} {doc('Nghị quyết', '09-NQ/TU')}{join}{doc('Kế hoạch', '56-KH/TU', 'so', 'date')}.")
    for (fk, fn), about, verb in itertools.product(
            ACTING[:4], ["sơ kết 3 năm", "tổng kết 10 năm", "kiểm tra, giám sát việc", "đánh giá kết quả",
                         "thành lập Ban Chỉ đạo", "kiện toàn Tổ công tác", "báo cáo tình hình"],
            ["thực hiện", "triển khai"]):
        rows.append(f"UBND huyện ban hành {doc(fk, fn, 'so', 'date')} về {about} {verb} {doc('Chỉ thị', '11-CT/TU')}.")
    return rows


TABLE = (_acting_first() + _passive() + _fronted() + _across() + _lists() + SHORT
         + [(t, []) for t in NEGATIVES + _near_misses()])


def relations(text: str) -> list[tuple[str, str, str]]:
    out = PIPE(make_article("Tiêu đề\n" + text, "<test>"))
    return sorted((f["from"], f["type"], f["to"]) for f in out["facts"] if f["kind"] == "relation")


def test_the_grammar_crosses_every_slot():
    assert len(TABLE) >= 200
    assert {t for _, rel in TABLE for _, t, _ in rel} == {I, A, R, X, G, B}


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"g{i:03d}" for i in range(len(TABLE))])
def test_each_generated_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)
