"""Relations by grammar, continued (tests/test_relations_grammar.py holds the vocabulary and the first
slots): what a document is about before its purpose, the passive's other forms, several documents
issued at once, the verb's aspect and manner, grounds of both kinds, who a guide is for, a unit acting
by means of a document, the document taken up again, a regulation issued with a decision, Party
sites' study verbs and "tinh thần", one document ending as another takes effect, and what the
document sets out to do. Numbers, units and names are invented."""
import itertools

import pytest

from .test_relations_grammar import (ACTED_ON, ACTING, ACTIVE, CLAUSE, FRONTED, ISSUING, PASSIVE, A, B, G, I, R, X,
                                     doc, relations)


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

TABLE = (_described() + _passive_more() + _attached() + _spirit() + _ends() + _says() + _issued_lists()
         + _aspect_and_manner() + _mixed_grounds() + _addressee() + _by_means() + _again())


def test_the_forms_cross_their_slots():
    assert len(TABLE) >= 300
    assert {t for _, rel in TABLE for _, t, _ in rel} == {I, A, R, X, G, B}


@pytest.mark.parametrize("text,expected", TABLE, ids=[f"f{i:03d}" for i in range(len(TABLE))])
def test_each_generated_form_gives_its_relations(text, expected):
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
