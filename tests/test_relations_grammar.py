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
    # every acting type and every acted-on type at least once, with the subject between
    for (fk, fn), (tk, tn) in itertools.product(ACTING, ACTED_ON[:3]):
        text = f"UBND tỉnh ban hành {doc(fk, fn, 'so', 'date', '', 've')} triển khai {doc(tk, tn, 'so', 'date')}."
        rows.append((text, [(fn, I, tn)]))
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


# A subject written out with commas between the document and its purpose: a date, the issuer, the
# signer ("do … ký"), what it is about (itself with commas), "được ban hành" — then "nhằm"/"để" and the
# verb: the purpose is the document's, however many commas come first.
DESCRIBED = [", ngày 12/3/2024, của UBND huyện về chuyển đổi số,", " ngày 12/3/2024 của UBND huyện về chuyển đổi số năm 2024,",
             ", ngày 12/3/2024, về nâng cao chỉ số cải cách hành chính,", " của UBND huyện, về tăng cường kỷ luật, kỷ cương hành chính,",
             " ngày 12/3/2024 do Chủ tịch UBND huyện ký,", " (ngày 12/3/2024) của Ban Thường vụ Huyện ủy,", " được ban hành",
             ", được ban hành ngày 12/3/2024,", " của UBND xã, ban hành", " do Phó Chủ tịch UBND tỉnh ký ban hành ngày 5/3/2024"]
PURPOSE = ["nhằm triển khai", "để thực hiện", "nhằm cụ thể hóa", "để triển khai thực hiện", "nhằm tiếp tục thực hiện",
           "nhằm triển khai có hiệu quả"]


def _described():
    rows = []
    for (fk, fn), described, purpose in itertools.product(ACTING[:7], DESCRIBED, PURPOSE):
        tk, tn = ACTED_ON[len(rows) % len(ACTED_ON)]
        lead = ISSUING[len(rows) % 3] if "ban hành" not in described and "(" not in described else ""
        rows.append((f"{lead}{fk} số {fn}{described} {purpose} {doc(tk, tn)} của Tỉnh ủy.", [(fn, I, tn)]))
    # the signer after the number carries the other verbs too
    for (vtype, verb), (fk, fn) in itertools.product(ACTIVE[8:], ACTING[3:7]):
        rows.append((f"{fk} số {fn} ngày 5/3/2024 do Chủ tịch UBND tỉnh ký {verb} Quyết định số 215/QĐ-UBND.",
                     [(fn, vtype, "215/QĐ-UBND")]))
    return rows


# The passive, more of its forms, with one acted-on document or a list of them (numbers sharing one
# symbol, each its own document; two numbers; "các").
PASSIVE_MORE = [(I, "được cụ thể hóa bằng"), (I, "được cụ thể hóa tại"), (I, "được triển khai thực hiện bằng"),
                (I, "đã được triển khai bằng"), (I, "được cụ thể hoá qua"), (G, "được hướng dẫn thi hành tại"),
                (G, "được hướng dẫn bởi"), (G, "được quy định chi tiết tại"), (R, "bị thay thế bởi"), (R, "đã bị thay thế bằng"), (R, "được thay thế tại"), (X, "bị bãi bỏ tại"),
                (X, "được bãi bỏ bởi"), (X, "bị hủy bỏ bởi"), (A, "được điều chỉnh tại"), (A, "được điều chỉnh, bổ sung bởi"),
                (A, "được bổ sung bởi"), (A, "đã được sửa đổi, bổ sung bằng"), (A, "được sửa đổi, bổ sung một số điều tại")]
ACTED_LIST = [("Quyết định số 1190/QĐ-UBND", ["1190/QĐ-UBND"]),
              ("Các Quyết định số 215, 216/QĐ-UBND", ["215/QĐ-UBND", "216/QĐ-UBND"]),
              ("Quyết định số 215/QĐ-UBND và Quyết định số 216/QĐ-UBND ngày 5/3/2023", ["215/QĐ-UBND", "216/QĐ-UBND"]),
              ("Các Quyết định số 215/QĐ-UBND, 216/QĐ-UBND của UBND huyện", ["215/QĐ-UBND", "216/QĐ-UBND"])]


def _passive_more():
    rows = []
    for (vtype, verb), (acted, olds) in itertools.product(PASSIVE + PASSIVE_MORE, ACTED_LIST):
        rows.append((f"{acted} {verb} Quyết định số 402/QĐ-UBND ngày 12/4/2024 của UBND tỉnh.",
                     [("402/QĐ-UBND", vtype, old) for old in olds]))
    return rows


# The issuing clause after a fronted ground may issue several documents: "các", a count, numbers
# sharing one symbol; each carries the ground out (or is issued under it).
ISSUED = [("các Quyết định số 215, 216-QĐ/HU ngày 25/02/2025 thành lập hai đoàn kiểm tra", ["215-QĐ/HU", "216-QĐ/HU"]),
          ("các Kế hoạch số 33/KH-UBND, 34/KH-UBND về chuyển đổi số", ["33/KH-UBND", "34/KH-UBND"]),
          ("02 Kế hoạch số 33/KH-UBND và 34/KH-UBND", ["33/KH-UBND", "34/KH-UBND"]),
          ("hai Quyết định số 215/QĐ-UBND và Quyết định số 216/QĐ-UBND", ["215/QĐ-UBND", "216/QĐ-UBND"])]


def _issued_lists():
    rows = []
    for (vtype, verb), clause, (issued, numbers) in itertools.product(FRONTED, CLAUSE, ISSUED):
        rows.append((f"{verb} Kế hoạch số 78-KH/HU của Huyện ủy, {clause} {issued}.", [(n, vtype, "78-KH/HU") for n in numbers]))
    for verb, (issued, numbers) in itertools.product(["Thực hiện", "Để triển khai", "Căn cứ"], ISSUED):
        rows.append((f"{verb} Chỉ thị số 11-CT/TU của Tỉnh ủy. Ngày 10/4, Ban Thường vụ Huyện ủy đã ban hành {issued}.",
                     [(n, B if verb == "Căn cứ" else I, "11-CT/TU") for n in numbers]))
    return rows


# The verb's aspect ("đã cụ thể hóa"), how firmly it is done, more than one word of it ("nghiêm túc,
# có hiệu quả"), and the issuing verbs of a clause after a fronted ground ("đã ký", "đã có").
MANNER = ["nghiêm túc, có hiệu quả", "kịp thời, đồng bộ", "có hiệu quả và đồng bộ", "quyết liệt, đồng bộ, hiệu quả"]
CLAUSE_MORE = ["Chủ tịch UBND huyện đã ký", "Huyện ủy đã có", "Chủ tịch UBND xã ký", "Ban Thường vụ Huyện ủy đã kịp thời ban hành"]
AGENT = [(I, "được Huyện ủy cụ thể hóa bằng"), (I, "được UBND huyện triển khai bằng"), (I, "được Ban Thường vụ Tỉnh ủy cụ thể hóa tại"),
         (A, "được HĐND tỉnh sửa đổi, bổ sung tại"), (R, "được UBND tỉnh thay thế bằng"), (X, "bị UBND tỉnh bãi bỏ tại")]


def _aspect_and_manner():
    rows = []
    plain = [(t, v) for t, v in ACTIVE if not v.startswith(("nhằm", "để"))]
    for (vtype, verb), aspect, (fk, fn) in itertools.product(plain, ["đã ", "cũng đã "], ACTING[:4]):
        tk, tn = ACTED_ON[len(rows) % len(ACTED_ON)]
        rows.append((f"{doc(fk, fn, 'so', 'date', 'of')} {aspect}{verb} {doc(tk, tn)}.", [(fn, vtype, tn)]))
    for manner, verb, (fk, fn) in itertools.product(MANNER, ["triển khai thực hiện", "thực hiện", "nhằm triển khai"], ACTING[:4]):
        rows.append((f"UBND huyện ban hành {doc(fk, fn)} {verb} {manner} Nghị quyết số 09-NQ/TU.", [(fn, I, "09-NQ/TU")]))
    for (vtype, verb), clause, (tk, tn) in itertools.product(FRONTED, CLAUSE_MORE, ACTED_ON[:3]):
        rows.append((f"{verb} {doc(tk, tn, 'so', 'date', 'of')}, {clause} Quyết định số 1620/QĐ-UBND về kiện toàn tổ công tác.",
                     [("1620/QĐ-UBND", vtype, tn)]))
    for verb, clause in itertools.product(["Thực hiện", "Căn cứ"], CLAUSE_MORE):
        rows.append((f"{verb} Chỉ thị số 11-CT/TU của Tỉnh ủy. Ngày 10/4, {clause} Quyết định số 1620/QĐ-UBND.",
                     [("1620/QĐ-UBND", B if verb == "Căn cứ" else I, "11-CT/TU")]))
    for (vtype, verb), (acted, olds) in itertools.product(AGENT, ACTED_LIST):
        rows.append((f"{acted} {verb} Quyết định số 402/QĐ-UBND ngày 12/4/2024.", [("402/QĐ-UBND", vtype, old) for old in olds]))
    return rows


# Grounds of both kinds before one issuing clause: each keeps its own verb's type ("Căn cứ A; Thực hiện
# B, … ban hành X" → X based_on A, X implements B), with ";" or "," between them.
GROUND_A = ("Căn cứ", "Nghị định số 61/2018/NĐ-CP của Chính phủ", "61/2018/NĐ-CP", B)
GROUND_B = ("Thực hiện", "Kế hoạch số 56-KH/TU của Tỉnh ủy", "56-KH/TU", I)


def _mixed_grounds():
    rows = []
    for first, second, join, clause in itertools.product([GROUND_A, GROUND_B], [GROUND_A, GROUND_B], ["; ", ", "], CLAUSE[:3]):
        if first == second:
            continue
        text = f"{first[0]} {first[1]}{join}{second[0].lower()} {second[1]}, {clause} Kế hoạch số 33/KH-UBND."
        rows.append((text, [("33/KH-UBND", first[3], first[2]), ("33/KH-UBND", second[3], second[2])]))
    return rows


# A guide names who is guided before what it guides them to do: still the guide's object.
ADDRESSEE = ["các địa phương", "UBND các huyện, thị xã", "các chi bộ", "cho các xã, thị trấn", "các cơ quan, đơn vị"]
GUIDED = ["triển khai", "thực hiện", "tổ chức thực hiện", "tổ chức học tập, quán triệt", "triển khai thực hiện"]


def _addressee():
    rows = []
    for (fk, fn), whom, verb in itertools.product([ACTING[7], ACTING[8], ACTING[9]], ADDRESSEE, GUIDED):
        tk, tn = ACTED_ON[len(rows) % 4]
        rows.append((f"{doc(fk, fn, 'so', 'date', 'of')} hướng dẫn {whom} {verb} {doc(tk, tn)}.", [(fn, G, tn)]))
    return rows


# A unit carries a document out by means of its own ("Huyện ủy đã cụ thể hóa Nghị quyết … bằng Kế hoạch
# số …"): the instrument implements the document; and several documents issued together, one verb after them.
UNIT = ["Huyện ủy đã", "UBND huyện", "Ban Thường vụ Đảng ủy xã đã kịp thời", "Các xã đã"]
MEANS = ["bằng", "tại", "qua", "thông qua", "bằng việc ban hành", "thông qua việc xây dựng"]


def _by_means():
    rows = []
    for unit, verb, means in itertools.product(UNIT, ["cụ thể hóa", "triển khai", "triển khai thực hiện", "quán triệt, triển khai"],
                                               MEANS):
        tk, tn = ACTED_ON[len(rows) % 4]
        rows.append((f"{unit} {verb} {doc(tk, tn, 'so', 'date', 'of')} {means} Kế hoạch số 33/KH-UBND.", [("33/KH-UBND", I, tn)]))
    for lead, (verb, vtype), listed in itertools.product(
            ["UBND huyện ban hành ", "Huyện ủy đã xây dựng ", ""], [("triển khai", I), ("thực hiện", I), ("cụ thể hóa", I)],
            ["Kế hoạch số 19/KH-UBND và Kế hoạch số 20/KH-UBND", "các Kế hoạch số 19/KH-UBND, 20/KH-UBND"]):
        text = f"{lead}{listed} {verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy."
        rows.append((text[0].upper() + text[1:], [("19/KH-UBND", vtype, "09-NQ/TU"), ("20/KH-UBND", vtype, "09-NQ/TU")]))
    # a list of grounds, not of issued documents: the verb is the last one's only
    rows.append(("Thực hiện Nghị quyết số 09-NQ/TU và Kế hoạch số 56-KH/TU triển khai Chỉ thị số 11-CT/TU, các xã ra quân.",
                 [("56-KH/TU", I, "11-CT/TU")]))
    return rows


# The document taken up again by its type in the next sentence, with every verb, not only carrying out.
AGAIN = [(A, "sửa đổi, bổ sung"), (A, "điều chỉnh"), (A, "sửa đổi một số điều của"), (A, "đã bổ sung"), (X, "bãi bỏ"),
         (X, "đồng thời bãi bỏ"), (G, "hướng dẫn thực hiện"), (G, "hướng dẫn các xã triển khai"), (B, "được xây dựng trên cơ sở"),
         (B, "được ban hành căn cứ")]


def _again():
    rows = []
    for (fk, fn), (vtype, verb), this in itertools.product(ACTING[:5] + ACTING[7:9], AGAIN, ["", " này"]):
        text = f"UBND tỉnh đã ban hành {doc(fk, fn, 'so', 'date')}. {fk}{this} {verb} Quyết định số 702/QĐ-UBND của UBND tỉnh."
        rows.append((text, [(fn, vtype, "702/QĐ-UBND")]))
    return rows


# A regulation issued with a decision ("Quy chế … ban hành kèm theo Quyết định số …") has no number
# of its own: acting on it acts on the decision that carries it (docs/facts.md, "ban hành kèm theo").
ATTACHED = ["Quy chế làm việc ban hành kèm theo", "Quy định được ban hành kèm theo", "Bộ tiêu chí kèm theo",
            "Quy định về quản lý chợ ban hành kèm theo", "Bộ chỉ số đánh giá ban hành tại"]
ON_ATTACHED = [(A, "sửa đổi, bổ sung một số điều của"), (A, "bổ sung"), (A, "bãi bỏ khoản 2 Điều 5"), (R, "thay thế"),
               (X, "bãi bỏ"), (G, "hướng dẫn thực hiện"), (I, "triển khai"), (I, "thực hiện")]


def _attached():
    rows = []
    for (vtype, verb), attached, (fk, fn) in itertools.product(ON_ATTACHED, ATTACHED, ACTING[3:5] + ACTING[9:10]):
        rows.append((f"{fk} số {fn} của UBND tỉnh {verb} {attached} Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020.",
                     [(fn, vtype, "12/2020/QĐ-UBND")]))
    for (vtype, verb), attached in itertools.product(PASSIVE + PASSIVE_MORE[8:12], ATTACHED[:3]):
        rows.append((f"{attached[0].upper()}{attached[1:]} Quyết định số 12/2020/QĐ-UBND {verb} Quyết định số 30/2024/QĐ-UBND.",
                     [("30/2024/QĐ-UBND", vtype, "12/2020/QĐ-UBND")]))
    for verb, attached in itertools.product(["Thực hiện", "Triển khai", "Căn cứ"], ATTACHED[:3]):
        rows.append((f"{verb} {attached} Quyết định số 12/2020/QĐ-UBND, UBND xã ban hành Kế hoạch số 33/KH-UBND.",
                     [("33/KH-UBND", B if verb == "Căn cứ" else I, "12/2020/QĐ-UBND")]))
    return rows


# Party sites: studying and grasping a resolution ("quán triệt"), "theo tinh thần", the spirit or content
# of the document as the object ("triển khai nội dung Nghị quyết …"), before or after the acting document.
SPIRIT = ["quán triệt", "học tập, quán triệt", "quán triệt, tuyên truyền", "nghiên cứu, học tập, quán triệt",
          "quán triệt và triển khai thực hiện", "theo tinh thần", "được ban hành theo tinh thần", "thực hiện theo tinh thần",
          "triển khai tinh thần", "thực hiện tinh thần", "cụ thể hóa tinh thần", "triển khai nội dung",
          "triển khai các nội dung của", "nhằm cụ thể hóa tinh thần", "về việc quán triệt", "để quán triệt, triển khai"]
FRONTED_MORE = ["Quán triệt", "Thực hiện tinh thần", "Theo tinh thần", "Quán triệt và triển khai", "Cụ thể hóa",
                "Để cụ thể hóa", "Tiếp tục thực hiện", "Triển khai thực hiện", "Nhằm triển khai thực hiện có hiệu quả",
                "Quán triệt tinh thần", "Học tập, quán triệt", "Để kịp thời triển khai"]


def _spirit():
    rows = []
    for verb, (fk, fn), (no, date, issuer, subject) in itertools.product(
            SPIRIT, ACTING[:6], [("so", "", "", ""), ("so", "date", "of", ""), ("so", "date", "", "ve")]):
        tk, tn = ACTED_ON[len(rows) % 4]
        lead = ISSUING[len(rows) % 3] if "ban hành" not in verb else ""
        rows.append((f"{lead}{doc(fk, fn, no, date, issuer, subject)} {verb} {doc(tk, tn)} của Tỉnh ủy.", [(fn, I, tn)]))
    for verb, clause, (tk, tn) in itertools.product(FRONTED_MORE, CLAUSE, ACTED_ON[:3]):
        rows.append((f"{verb} {doc(tk, tn, 'so', 'date', 'of')}, {clause} Kế hoạch số 33/KH-UBND về chuyển đổi số.",
                     [("33/KH-UBND", I, tn)]))
    return rows


# A document ends as another takes effect ("hết hiệu lực kể từ ngày … có hiệu lực"): the new one
# replaces the old, whichever comes first in the sentence.
ENDS = ["{old} hết hiệu lực kể từ ngày {new} có hiệu lực.", "{old} hết hiệu lực thi hành kể từ ngày {new} có hiệu lực thi hành.",
        "{old} sẽ hết hiệu lực khi {new} có hiệu lực.",
        "{new} có hiệu lực kể từ ngày ký, {old} hết hiệu lực.", "{new} có hiệu lực thi hành từ ngày 01/7/2024; {old} hết hiệu lực thi hành.",
        "{new} có hiệu lực từ ngày 15/8/2024 và {old} đồng thời hết hiệu lực."]
OLD_NEW = [("Quyết định số 1190/QĐ-UBND", ["1190/QĐ-UBND"], "Quyết định số 402/QĐ-UBND", "402/QĐ-UBND"),
           ("Nghị quyết số 05/NQ-HĐND ngày 20/7/2022 của HĐND huyện", ["05/NQ-HĐND"], "Nghị quyết số 12/NQ-HĐND", "12/NQ-HĐND"),
           ("Các Quyết định số 215, 216/QĐ-UBND", ["215/QĐ-UBND", "216/QĐ-UBND"], "Quyết định số 30/2024/QĐ-UBND của UBND tỉnh",
            "30/2024/QĐ-UBND"),
           ("Thông tư số 01/2021/TT-BNV", ["01/2021/TT-BNV"], "Thông tư số 02/2023/TT-BNV", "02/2023/TT-BNV")]


def _ends():
    rows = []
    for form, (old, olds, new, nn) in itertools.product(ENDS, OLD_NEW):
        text = form.format(old=old, new=new)
        rows.append((text[0].upper() + text[1:], [(nn, R, o) for o in olds]))
    return rows


# The next sentence takes the document up again and says what it sets out to do.
SAYS = ["nêu rõ mục đích nhằm", "đề ra mục tiêu", "xác định mục tiêu là", "nêu rõ:", "đặt ra yêu cầu",
        "nhấn mạnh mục đích là", "đề ra mục tiêu, yêu cầu nhằm"]


def _says():
    rows = []
    for (fk, fn), says, verb in itertools.product(ACTING[:5], SAYS, ["triển khai", "thực hiện có hiệu quả", "cụ thể hóa"]):
        text = f"UBND huyện đã ban hành {doc(fk, fn, 'so', 'date')}. {fk} {says} {verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy."
        rows.append((text, [(fn, I, "09-NQ/TU")]))
    for (fk, fn), lead in itertools.product(ACTING[:5], ["Theo đó,", "Cụ thể,", "Trong đó,"]):
        text = f"UBND huyện đã ban hành {doc(fk, fn, 'so', 'date')}. {lead} {fk.lower()} nhằm triển khai Nghị quyết số 09-NQ/TU."
        rows.append((text, [(fn, I, "09-NQ/TU")]))
    for (fk, fn), lead in itertools.product(ACTING[:5], ["Mục đích của", "Mục tiêu chung của", "Mục đích, yêu cầu của"]):
        text = f"UBND huyện đã ban hành {doc(fk, fn, 'so', 'date')}. {lead} {fk.lower()} là triển khai Nghị quyết số 09-NQ/TU."
        rows.append((text, [(fn, I, "09-NQ/TU")]))
    return rows


TABLE = (_acting_first() + _passive() + _fronted() + _across() + _lists() + SHORT + _described() + _passive_more()
         + _attached() + _spirit() + _ends() + _says() + _issued_lists()
         + _aspect_and_manner() + _mixed_grounds() + _addressee() + _by_means() + _again()
         + [(t, []) for t in NEGATIVES + _near_misses()])


def relations(text: str) -> list[tuple[str, str, str]]:
    out = PIPE(make_article("Tiêu đề\n" + text, "<test>"))
    return sorted((f["from"], f["type"], f["to"]) for f in out["facts"] if f["kind"] == "relation")


def test_the_grammar_crosses_every_slot():
    assert len(TABLE) >= 300
    assert {t for _, rel in TABLE for _, t, _ in rel} == {I, A, R, X, G, B}


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"g{i:03d}" for i in range(len(TABLE))])
def test_each_generated_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)


# Party and commune sites: a chain of study verbs before the verb, "tiếp tục", "thi hành" a law
# named before its number, a ground given as the direction "tại" a document, and a chain of plans.
CHAIN = ["học tập, quán triệt và triển khai thực hiện", "quán triệt, tuyên truyền, triển khai thực hiện",
         "tuyên truyền, phổ biến và thực hiện", "tiếp tục thực hiện", "tiếp tục triển khai",
         "triển khai thi hành"]
LAW = ["Nghị quyết số 09-NQ/TU", "Luật Đất đai số 31/2024/QH15", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"]
DIRECTION = ["Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 612/UBND-VX",
             "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND huyện tại Thông báo số 45/TB-UBND",
             "Triển khai sự chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kế hoạch số 56-KH/TU"]
MORE = ([(f"Ban Thường vụ Huyện ủy ban hành Kế hoạch số 46-KH/HU ngày 2/3/2024 {verb} {law} của Quốc hội.",
          [("46-KH/HU", I, law.split()[-1])]) for verb, law in itertools.product(CHAIN, LAW)]
        + [(f"{ground}, UBND huyện đã ban hành Kế hoạch số 80/KH-UBND về chuyển đổi số.",
            [("80/KH-UBND", I, ground.split()[-1])]) for ground in DIRECTION]
        + [("UBND xã ban hành Kế hoạch số 12/KH-UBND thực hiện Chương trình số 08-CTr/HU thực hiện Nghị quyết số "
            "09-NQ/TU của Tỉnh ủy.", [("08-CTr/HU", I, "09-NQ/TU"), ("12/KH-UBND", I, "08-CTr/HU")])])


@pytest.mark.parametrize("text,expected", MORE, ids=[f"m{i:02d}" for i in range(len(MORE))])
def test_party_and_commune_phrasings(text, expected):
    assert relations(text) == sorted(expected)
