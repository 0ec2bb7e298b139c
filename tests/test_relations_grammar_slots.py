"""Relations by grammar, more slots (tests/test_relations_grammar.py holds the vocabulary): a document
named as in a title or a list, then after a comma what it carries out ("Kế hoạch số … của UBND huyện,
triển khai …"); a fronted ground with how well it is to be done ("Để thực hiện tốt …"); the amending
and detailing words of decrees and circulars ("bổ sung, sửa đổi", "quy định chi tiết một số điều và
biện pháp thi hành"); a preamble's chain of grounds ending on the proposal ("…; theo đề nghị của …
tại Tờ trình số …"), the part of a ground cited ("Căn cứ khoản 2 Điều 5 …"); a document named again
by its short name ("Nghị quyết 68"). Near misses: a review of carrying a document out, a unit's
verb after a comma, a board, a meeting, a list. Numbers, units and names are invented."""
import itertools

import pytest

from .test_relations_grammar import ACTED_ON, ACTING, CLAUSE, A, B, G, I, doc, relations

# ---------------------------------------------------------------- a document named as in a title
OPENS = ["", "- ", "Các văn bản đã ban hành gồm: ", "Năm 2024, "]
DESCRIBED = [",", " ngày 12/3/2024 của UBND huyện,", ", ngày 12/3/2024, của UBND huyện,",
             " của Ban Thường vụ Huyện ủy về chuyển đổi số,", " (Kế hoạch 45),", " do Chủ tịch UBND huyện ký ngày 5/3/2024,"]
CARRY = ["triển khai", "triển khai thực hiện", "thực hiện", "tiếp tục thực hiện", "tổ chức triển khai", "thực hiện theo",
         "triển khai có hiệu quả"]


def _titles():
    rows = []
    for (fk, fn), described, verb in itertools.product(ACTING[:6], DESCRIBED, CARRY):
        tk, tn = ACTED_ON[len(rows) % len(ACTED_ON)]
        opening = OPENS[len(rows) % len(OPENS)]
        rows.append((f"{opening}{fk} số {fn}{described} {verb} {doc(tk, tn)} của Tỉnh ủy.", [(fn, I, tn)]))
    return rows


# ---------------------------------------------------------------- a fronted ground, how well
FRONTED_WELL = ["Để thực hiện tốt", "Thực hiện nghiêm túc", "Để triển khai có hiệu quả", "Nhằm thực hiện tốt",
                "Để triển khai kịp thời, hiệu quả", "Để tổ chức thực hiện thắng lợi", "Triển khai nghiêm túc, đồng bộ"]


def _fronted_well():
    rows = []
    for verb, clause, (tk, tn) in itertools.product(FRONTED_WELL, CLAUSE, ACTED_ON[:3]):
        rows.append((f"{verb} {doc(tk, tn, 'so', 'date', 'of')}, {clause} Kế hoạch số 33/KH-UBND về chuyển đổi số.",
                     [("33/KH-UBND", I, tn)]))
    return rows


# ---------------------------------------------------------------- decrees and circulars
AMEND_MORE = ["bổ sung, sửa đổi", "bổ sung và sửa đổi", "sửa đổi, bổ sung một số điều, khoản của", "bổ sung, sửa đổi một số điều của",
              "sửa đổi, bổ sung Phụ lục kèm theo", "sửa đổi Phụ lục ban hành kèm theo", "về việc bổ sung, sửa đổi"]
GUIDE_MORE = ["hướng dẫn chi tiết thi hành", "hướng dẫn về việc thực hiện", "hướng dẫn chi tiết", "hướng dẫn chi tiết việc thi hành",
              "quy định chi tiết một số điều và biện pháp thi hành", "quy định chi tiết một số điều, khoản của",
              "quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành",
              "quy định chi tiết và hướng dẫn thi hành một số điều của", "về việc hướng dẫn chi tiết thi hành"]
DECREES = [("Nghị định", "45/2023/NĐ-CP"), ("Thông tư", "02/2023/TT-BNV"), ("Quyết định", "27/2024/QĐ-UBND")]
LAWS = [("Luật Đất đai số 31/2024/QH15", "31/2024/QH15"), ("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP"),
        ("Luật số 47/2019/QH14 của Quốc hội", "47/2019/QH14")]


def _decrees():
    rows = []
    for verb, (fk, fn), date in itertools.product(AMEND_MORE, DECREES, ["", " ngày 5/3/2024 của Chính phủ"]):
        rows.append((f"{fk} số {fn}{date} {verb} Quyết định số 07/2022/QĐ-UBND.", [(fn, A, "07/2022/QĐ-UBND")]))
    for verb, (fk, fn), (law, ln) in itertools.product(GUIDE_MORE, DECREES[:2], LAWS):
        rows.append((f"{fk} số {fn} của Chính phủ {verb} {law}.", [(fn, G, ln)]))
    return rows


# ---------------------------------------------------------------- a preamble's chain of grounds
GROUNDS = [("Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "77/2015/QH13"),
           ("khoản 2 Điều 7 Nghị định số 33/2023/NĐ-CP", "33/2023/NĐ-CP"),
           ("các quy định tại Thông tư số 01/2021/TT-BNV", "01/2021/TT-BNV"),
           ("Quyết định số 512/QĐ-UBND ngày 5/3/2024 của UBND tỉnh", "512/QĐ-UBND")]
PROPOSALS = [("theo đề nghị của Trưởng phòng Nội vụ", []), ("xét đề nghị của Phòng Văn hóa và Thông tin", []),
             ("theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 61/TTr-PNV ngày 2/4/2024", ["61/TTr-PNV"]),
             ("xét đề nghị của Chủ tịch UBND xã tại Tờ trình số 15/TTr-UBND", ["15/TTr-UBND"])]
ISSUERS = ["UBND huyện ban hành", "Chủ tịch UBND huyện ký ban hành", "UBND xã đã ban hành"]


def _preambles():
    rows = []
    for (g1, n1), (g2, n2) in itertools.combinations(GROUNDS, 2):
        for (proposal, tr), clause in itertools.product(PROPOSALS, ISSUERS):
            text = f"Căn cứ {g1}; căn cứ {g2}; {proposal}, {clause} Quyết định số 88/QĐ-UBND về kiện toàn Hội đồng."
            rows.append((text, [("88/QĐ-UBND", B, n) for n in [n1, n2] + tr]))
    for (g, n), (proposal, tr) in itertools.product(GROUNDS, PROPOSALS):
        rows.append((f"Căn cứ {g}, {proposal}, UBND huyện ban hành Kế hoạch số 140/KH-UBND.",
                     [("140/KH-UBND", B, x) for x in [n] + tr]))
    for (proposal, tr), clause in itertools.product(PROPOSALS[2:], ISSUERS):
        rows.append((f"{proposal[0].upper()}{proposal[1:]}, {clause} Quyết định số 88/QĐ-UBND.", [("88/QĐ-UBND", B, x) for x in tr]))
    return rows


# ---------------------------------------------------------------- a document named again by its short name
FULL = [("Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân.", "Nghị quyết 68", "68-NQ/TW"),
        ("Ngày 12/3/2024, Ban Bí thư ban hành Chỉ thị số 05-CT/TW.", "Chỉ thị 05", "05-CT/TW"),
        ("Tỉnh ủy đã ban hành Kết luận số 21-KL/TU về du lịch.", "Kết luận 21", "21-KL/TU")]
AGAIN = ["UBND huyện ban hành Kế hoạch số 45/KH-UBND triển khai {short}.",
         "Để cụ thể hóa {short}, Huyện ủy ban hành Chương trình số 12-CTr/HU.",
         "Thực hiện {short}, UBND xã đã xây dựng Kế hoạch số 45/KH-UBND.",
         "{short} được Huyện ủy cụ thể hóa bằng Chương trình số 12-CTr/HU."]


def _short_names():
    rows = []
    for (first, short, canonical), again in itertools.product(FULL, AGAIN):
        acting = "12-CTr/HU" if "12-CTr" in again else "45/KH-UBND"
        text = again.format(short=short)
        rows.append((f"{first} {text[0].upper()}{text[1:]}", [(acting, I, canonical)]))
    return rows


# ---------------------------------------------------------------- near misses
NEAR = [
    # a review or report of carrying the document out
    "Báo cáo số 120/BC-UBND đánh giá kết quả thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
    "UBND huyện ban hành Kế hoạch số 45/KH-UBND đánh giá kết quả thực hiện Nghị quyết số 09-NQ/TU.",
    "Báo cáo số 120/BC-UBND, đánh giá kết quả 3 năm thực hiện Nghị quyết số 09-NQ/TU.",
    "Kế hoạch số 45/KH-UBND ngày 12/3/2024, sơ kết 5 năm thực hiện Chỉ thị số 11-CT/TU.",
    "Báo cáo số 120/BC-UBND về kết quả thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
    # a unit's verb after the comma: a document the unit names, then what the unit does
    "UBND huyện triển khai Kế hoạch số 45/KH-UBND, thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.",
    "Theo Kế hoạch số 45/KH-UBND, thực hiện Nghị quyết số 09-NQ/TU, các xã ra quân đồng loạt.",
    "Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện, triển khai Nghị quyết số 09-NQ/TU, các xã ra quân đồng loạt.",
    # a board set up, a meeting held: not the document's action
    "Quyết định số 1620/QĐ-UBND, thành lập Ban Chỉ đạo triển khai Nghị quyết số 09-NQ/TU.",
    "Quyết định số 1620/QĐ-UBND ngày 12/3/2024, về kiện toàn Tổ công tác thực hiện Đề án số 14/ĐA-UBND.",
    "Hội nghị quán triệt, triển khai Nghị quyết số 09-NQ/TU, Kế hoạch số 56-KH/TU của Tỉnh ủy.",
    "Kế hoạch số 45/KH-UBND về tổ chức Hội nghị triển khai Nghị quyết số 09-NQ/TU.",
    # only listed; a count or a year after the comma
    "Kế hoạch số 45/KH-UBND, Quyết định số 2301/QĐ-UBND, Nghị quyết số 09-NQ/TU đã được triển khai.",
    "Kế hoạch số 45/KH-UBND, 100% xã thực hiện Nghị quyết số 09-NQ/TU trong năm 2024.",
    # a preamble whose clause considers or dismisses, not issues
    "Căn cứ Nghị định số 33/2023/NĐ-CP; theo đề nghị của Phòng Nội vụ, Hội đồng đã xem xét Tờ trình số 61/TTr-PNV.",
    "Căn cứ Luật số 77/2015/QH13; xét đề nghị của UBND xã, kỳ họp thống nhất thông qua Tờ trình số 15/TTr-UBND.",
]

TABLE = _titles() + _fronted_well() + _decrees() + _preambles() + _short_names() + [(t, []) for t in NEAR]


def test_the_slots_cross():
    assert len(TABLE) >= 300


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"s{i:03d}" for i in range(len(TABLE))])
def test_each_slot_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)


# ---------------------------------------------------------------- more ways to say it (second round)
PASSIVE_MEANS = ["được cụ thể hóa thông qua", "được triển khai thực hiện thông qua", "được UBND huyện cụ thể hóa bằng việc ban hành",
                 "được Huyện ủy triển khai thông qua việc xây dựng", "đã được cụ thể hóa qua"]
PURPOSES = ["với mục đích triển khai", "với mục tiêu thực hiện", "là cơ sở để triển khai", "nhằm mục đích cụ thể hóa",
            "được ban hành với mục đích thực hiện", "để cụ thể hóa việc thực hiện", "triển khai việc thực hiện",
            "về việc tổ chức triển khai, quán triệt", "về tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện"]
FRONT_MORE = [(B, "Căn cứ theo"), (B, "Dựa trên"), (B, "Dựa vào"), (I, "Trên tinh thần")]
ISSUED_DOCS = [("nhiều văn bản chỉ đạo, trong đó có ", ["45/KH-UBND"]), ("các văn bản: ", ["45/KH-UBND", "450/UBND-NV"]),
               ("03 văn bản gồm ", ["45/KH-UBND", "450/UBND-NV"]), ("nhiều văn bản như ", ["45/KH-UBND", "450/UBND-NV"])]
ISSUED_PASSIVE = ["được ban hành ngay trong tháng 3", "đã được ban hành", "được xây dựng với các nhiệm vụ cụ thể", "đã được ký ban hành"]


def _second_round():
    rows = []
    for verb, (tk, tn), (fk, fn) in itertools.product(PASSIVE_MEANS, ACTED_ON[:4], [("Kế hoạch", "45/KH-UBND"), ("Chương trình", "12-CTr/HU")]):
        rows.append((f"{doc(tk, tn, 'so', 'date', 'of')} {verb} {fk} số {fn}.", [(fn, I, tn)]))
    for purpose, (fk, fn) in itertools.product(PURPOSES, ACTING[:5]):
        tk, tn = ACTED_ON[len(rows) % len(ACTED_ON)]
        rows.append((f"UBND huyện ban hành {doc(fk, fn, 'so', 'date')} {purpose} {doc(tk, tn)} của Tỉnh ủy.", [(fn, I, tn)]))
    for (fk, fn), date in itertools.product(ACTING[3:6], ["", " ngày 12/3/2024 của UBND tỉnh"]):
        rows.append((f"{fk} số {fn}{date} thay cho Quyết định số 702/QĐ-UBND.", [(fn, "replaces", "702/QĐ-UBND")]))
    for (vtype, verb), clause, (tk, tn) in itertools.product(FRONT_MORE, CLAUSE, ACTED_ON[:3]):
        rows.append((f"{verb} {doc(tk, tn, 'so', 'date', 'of')}, {clause} Kế hoạch số 33/KH-UBND.", [("33/KH-UBND", vtype, tn)]))
    for verb, (issued, numbers) in itertools.product(["Thực hiện", "Để triển khai", "Căn cứ"], ISSUED_DOCS):
        listed = "Kế hoạch số 45/KH-UBND" + (", Công văn số 450/UBND-NV" if len(numbers) > 1 else "")
        rows.append((f"{verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy, UBND huyện đã ban hành {issued}{listed}.",
                     [(n, B if verb == "Căn cứ" else I, "09-NQ/TU") for n in numbers]))
    for (vtype, verb), issued, (fk, fn) in itertools.product([(I, "Thực hiện"), (I, "Để triển khai"), (B, "Căn cứ")], ISSUED_PASSIVE,
                                                            [("Kế hoạch", "45/KH-UBND"), ("Quyết định", "1620/QĐ-UBND")]):
        rows.append((f"{verb} Nghị quyết số 09-NQ/TU của Tỉnh ủy, {fk} số {fn} của UBND huyện {issued}.", [(fn, vtype, "09-NQ/TU")]))
    for clause in ["UBND xã đã cụ thể hóa bằng", "Huyện ủy đã kịp thời cụ thể hóa thành", "Đảng ủy xã cụ thể hóa qua"]:
        rows.append((f"Thực hiện Nghị quyết số 09-NQ/TU, {clause} Kế hoạch số 45/KH-UBND.", [("45/KH-UBND", I, "09-NQ/TU")]))
    for verb in ["được ban hành để hướng dẫn", "ra đời nhằm hướng dẫn thi hành", "được ban hành nhằm hướng dẫn thực hiện"]:
        rows.append((f"Thông tư số 01/2021/TT-BNV {verb} Nghị định số 61/2018/NĐ-CP.", [("01/2021/TT-BNV", G, "61/2018/NĐ-CP")]))
    return rows


NEAR_SECOND = [
    "Thực hiện Nghị quyết số 09-NQ/TU, UBND huyện đã ban hành nhiều văn bản chỉ đạo các xã thực hiện Quyết định số 2301/QĐ-UBND.",
    "Thực hiện Nghị quyết số 09-NQ/TU, Kế hoạch số 45/KH-UBND được các xã triển khai đồng loạt.",
    "Kế hoạch số 45/KH-UBND là cơ sở để các xã triển khai Nghị quyết số 09-NQ/TU.",
    "Nghị quyết số 09-NQ/TU được triển khai thông qua hội nghị trực tuyến theo Kế hoạch số 45/KH-UBND.",
    "Quyết định số 1620/QĐ-UBND thay cho việc tổ chức hội nghị theo Quyết định số 702/QĐ-UBND.",
    "Căn cứ Nghị định số 61/2018/NĐ-CP, Tờ trình số 45/TTr-UBND được gửi tới kỳ họp để xem xét.",
]

TABLE_SECOND = _second_round() + [(t, []) for t in NEAR_SECOND]


@pytest.mark.parametrize("text,expected", TABLE_SECOND, ids=[f"t{i:03d}" for i in range(len(TABLE_SECOND))])
def test_each_second_round_sentence_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)


# ---------------------------------------------------------------- a note in brackets; a ground with a clause of its own
NOTES = [(A, "đã được sửa đổi, bổ sung bởi"), (A, "sửa đổi, bổ sung tại"), (A, "được sửa đổi bởi"), (A, "đã được bổ sung bởi"),
         ("replaces", "đã được thay thế bởi"), ("replaces", "đã hết hiệu lực, được thay thế bởi"), ("replaces", "thay thế bằng")]
NOTED = [("Nghị định số 43/2014/NĐ-CP", "43/2014/NĐ-CP"), ("Quyết định số 1190/QĐ-UBND ngày 5/3/2020 của UBND tỉnh", "1190/QĐ-UBND"),
         ("Thông tư số 01/2021/TT-BNV", "01/2021/TT-BNV")]
LEADS = ["Việc thu hồi đất vi phạm ", "Các xã thực hiện theo ", "Căn cứ "]


def _notes():
    rows = []
    for (vtype, note), (old, on), lead in itertools.product(NOTES, NOTED, LEADS):
        rows.append((f"{lead}{old} ({note} Nghị định số 01/2017/NĐ-CP) để rà soát hồ sơ.", [("01/2017/NĐ-CP", vtype, on)]))
    return rows


# A fronted ground whose sentence goes on with a clause of its own is not left on its own: the documents
# the next sentence issues do not carry it out.
OWN_CLAUSE = [", UBND huyện xác định đến năm 2030 có 4 xã đạt chuẩn", ", huyện phấn đấu 100% thôn đạt chuẩn",
              ", các xã tập trung rà soát hồ sơ", ", Ban Thường vụ Huyện ủy chỉ đạo quyết liệt"]
NEXT = ["Cũng trong ngày 2/2/2024, Chủ tịch UBND huyện ký các Quyết định số 301, 302/QĐ-UBND kiện toàn Ban Chỉ đạo.",
        "Ngày 10/4, UBND huyện đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số."]
NEAR_NOTES = [f"Thực hiện Nghị quyết số 11-NQ/HU của Huyện ủy và Quyết định số 95/QĐ-UBND của UBND tỉnh{clause}. {nxt}"
              for clause, nxt in itertools.product(OWN_CLAUSE, NEXT)]
NEAR_NOTES += ["Nghị định số 43/2014/NĐ-CP (sửa đổi, bổ sung năm 2017) theo Quyết định số 1190/QĐ-UBND.",
               "Quyết định số 1190/QĐ-UBND (thay thế Quy chế cũ) và Quyết định số 402/QĐ-UBND được gửi tới các xã."]
TABLE_NOTES = _notes() + [(t, []) for t in NEAR_NOTES]


@pytest.mark.parametrize("text,expected", TABLE_NOTES, ids=[f"n{i:03d}" for i in range(len(TABLE_NOTES))])
def test_each_note_and_clause_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)
