"""Relations, breadth: more phrasings of what one document does to another, each with the
relations expected from it, as (from, type, to). Written for the project in the genre's words
(invented numbers and places): a list of grounds each related, a ground left as a sentence of
its own, a document taken up again in the next sentence, what a document is about before its
purpose, replacing, repealing, amending a part, guiding, short names, and documents only listed
together."""
import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

PIPE = Pipeline(["date", "document_ref", "relation"])

I, A, R, X, G, B = "implements", "amends", "replaces", "repeals", "guides", "based_on"

PHRASINGS = [
    # carrying out: "triển khai thực hiện", "cụ thể hóa", "thực hiện … theo", a purpose after what it is about
    ("Ngày 14/02/2024, UBND xã Tam Lộc ban hành Kế hoạch số 27/KH-UBND về việc triển khai thực hiện "
     "Nghị quyết số 11-NQ/ĐU của Đảng ủy xã.", [("27/KH-UBND", I, "11-NQ/ĐU")]),
    ("Ban Thường vụ Thị ủy ban hành Chương trình hành động số 09-CTr/TU nhằm cụ thể hóa Nghị quyết số "
     "03-NQ/TU của Tỉnh ủy.", [("09-CTr/TU", I, "03-NQ/TU")]),
    ("Phòng Văn hóa tham mưu Kế hoạch số 118/KH-UBND ngày 2/6/2024 về phát triển du lịch cộng đồng để triển "
     "khai thực hiện Nghị quyết số 07-NQ/HU của Huyện ủy.", [("118/KH-UBND", I, "07-NQ/HU")]),
    ("Kế hoạch số 26/KH-UBND của UBND xã về chuyển đổi số, nhằm tiếp tục thực hiện Chỉ thị số 10-CT/HU "
     "của Ban Thường vụ Huyện ủy.", [("26/KH-UBND", I, "10-CT/HU")]),
    ("Việc rà soát được làm theo Kế hoạch số 31/KH-UBND của UBND thị trấn thực hiện theo Quyết định số "
     "905/QĐ-UBND của UBND huyện.", [("31/KH-UBND", I, "905/QĐ-UBND")]),
    ("Đảng ủy xã ban hành Kế hoạch số 15-KH/ĐU để cụ thể hóa Chương trình số 22-CTr/HU của Huyện ủy về "
     "xây dựng nông thôn mới.", [("15-KH/ĐU", I, "22-CTr/HU")]),
    # a fronted ground, listed with ";" and "căn cứ" each time: each one related
    ("Căn cứ Nghị quyết số 30/NQ-HĐND của HĐND tỉnh; Căn cứ Quyết định số 412/QĐ-UBND của UBND tỉnh, UBND "
     "thị xã đã ban hành Kế hoạch số 81/KH-UBND về giảm nghèo.",
     [("81/KH-UBND", B, "30/NQ-HĐND"), ("81/KH-UBND", B, "412/QĐ-UBND")]),
    ("Căn cứ Luật Cán bộ, công chức số 22/2008/QH12; căn cứ Nghị định số 33/2023/NĐ-CP; căn cứ Quyết định số "
     "1980/QĐ-UBND của UBND huyện, Chủ tịch UBND huyện ký ban hành Quyết định số 2207/QĐ-UBND.",
     [("2207/QĐ-UBND", B, "22/2008/QH12"), ("2207/QĐ-UBND", B, "33/2023/NĐ-CP"), ("2207/QĐ-UBND", B, "1980/QĐ-UBND")]),
    ("Triển khai Nghị quyết số 18-NQ/TU của Tỉnh ủy về giảm nghèo bền vững; Kế hoạch số 75-KH/HU của Huyện "
     "ủy, UBND huyện đã xây dựng Kế hoạch số 140/KH-UBND giai đoạn 2024-2025.",
     [("140/KH-UBND", I, "18-NQ/TU"), ("140/KH-UBND", I, "75-KH/HU")]),
    # a ground left as a sentence of its own, the next sentence issuing the document
    ("Thực hiện Hướng dẫn số 12-HD/BTCTU của Ban Tổ chức Tỉnh ủy. Ban Thường vụ Đảng ủy xã đã ban hành Kế "
     "hoạch số 38-KH/ĐU về kiểm điểm, đánh giá tập thể, cá nhân năm 2024.", [("38-KH/ĐU", I, "12-HD/BTCTU")]),
    ("Nhằm tổ chức triển khai có hiệu quả Quyết định số 1520/QĐ-UBND của UBND tỉnh; Công văn số 612/SNV-CCHC "
     "của Sở Nội vụ.\nNgày 18/3/2024, UBND huyện ban hành Kế hoạch số 47/KH-UBND về cải cách hành chính.",
     [("47/KH-UBND", I, "1520/QĐ-UBND"), ("47/KH-UBND", I, "612/SNV-CCHC")]),
    ("Căn cứ Thông tư số 01/2023/TT-VPCP của Văn phòng Chính phủ. Ngày 5/9, UBND xã xây dựng Quy chế số "
     "02/QC-UBND về tiếp nhận hồ sơ trực tuyến.", [("02/QC-UBND", B, "01/2023/TT-VPCP")]),
    # a document taken up again by its type in the next sentence
    ("Ngày 20/7/2024, Huyện ủy ban hành Chương trình số 16-CTr/HU. Chương trình nhằm cụ thể hóa Nghị quyết "
     "số 02-NQ/TU của Tỉnh ủy về phát triển công nghiệp.", [("16-CTr/HU", I, "02-NQ/TU")]),
    ("UBND thành phố đã có Kế hoạch số 205/KH-UBND ngày 11/10/2023. Kế hoạch này được ban hành để thực hiện "
     "Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ.", [("205/KH-UBND", I, "06/QĐ-TTg")]),
    ("Chủ tịch UBND tỉnh ký ban hành Quyết định số 2033/QĐ-UBND về danh mục thủ tục hành chính. Quyết định có "
     "hiệu lực kể từ ngày ký, thay thế Quyết định số 1120/QĐ-UBND ngày 14/5/2022.", [("2033/QĐ-UBND", R, "1120/QĐ-UBND")]),
    # replacing
    ("UBND huyện ban hành Quyết định số 880/QĐ-UBND về kiện toàn Tổ công tác, thay thế Quyết định số "
     "412/QĐ-UBND ngày 3/3/2022.", [("880/QĐ-UBND", R, "412/QĐ-UBND")]),
    ("Quyết định số 503/QĐ-UBND của UBND huyện đã được thay thế bằng Quyết định số 1206/QĐ-UBND ngày 11/9/2024.",
     [("1206/QĐ-UBND", R, "503/QĐ-UBND")]),
    ("Nghị định số 123/2024/NĐ-CP có hiệu lực từ ngày 1/11/2024 và thay thế cho Nghị định số 91/2019/NĐ-CP.",
     [("123/2024/NĐ-CP", R, "91/2019/NĐ-CP")]),
    # repealing, whole or in part
    ("Ngày 3/5/2024, HĐND huyện thông qua Nghị quyết số 12/NQ-HĐND bãi bỏ Nghị quyết số 05/NQ-HĐND ngày "
     "20/7/2022 của HĐND huyện.", [("12/NQ-HĐND", X, "05/NQ-HĐND")]),
    ("Quyết định số 44/2024/QĐ-UBND ngày 2/10/2024 của UBND tỉnh bãi bỏ toàn bộ Quyết định số 19/2017/QĐ-UBND.",
     [("44/2024/QĐ-UBND", X, "19/2017/QĐ-UBND")]),
    ("Nghị quyết số 21/NQ-HĐND của HĐND xã bãi bỏ khoản 2 Điều 3 Nghị quyết số 09/NQ-HĐND về mức chi hỗ trợ.",
     [("21/NQ-HĐND", A, "09/NQ-HĐND")]),
    # amending a part
    ("Nghị quyết số 22/NQ-HĐND sửa đổi, bổ sung Điều 2 Nghị quyết số 14/NQ-HĐND ngày 10/7/2023 của HĐND xã.",
     [("22/NQ-HĐND", A, "14/NQ-HĐND")]),
    ("Thông tư số 03/2024/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC hướng dẫn về "
     "phí và lệ phí.", [("03/2024/TT-BTC", A, "85/2019/TT-BTC")]),
    ("UBND huyện ban hành Quyết định số 733/QĐ-UBND về việc sửa đổi khoản 3 Điều 4 Quyết định số 215/QĐ-UBND.",
     [("733/QĐ-UBND", A, "215/QĐ-UBND")]),
    # guiding, detailing
    ("Hướng dẫn số 09-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy hướng dẫn việc thực hiện Chỉ thị số 21-CT/TU về "
     "công tác tuyên truyền.", [("09-HD/BTGTU", G, "21-CT/TU")]),
    ("Thông tư số 11/2023/TT-BNV quy định chi tiết và hướng dẫn thi hành Nghị định số 33/2023/NĐ-CP về cán "
     "bộ, công chức cấp xã.", [("11/2023/TT-BNV", G, "33/2023/NĐ-CP")]),
    ("Công văn số 2145/SNV-CCVC của Sở Nội vụ hướng dẫn triển khai thực hiện Nghị định số 115/2020/NĐ-CP.",
     [("2145/SNV-CCVC", G, "115/2020/NĐ-CP")]),
    # short names
    ("Huyện ủy ban hành Kế hoạch số 118-KH/HU triển khai Nghị quyết 16 của Tỉnh ủy về cải cách hành chính.",
     [("118-KH/HU", I, "Nghị quyết 16")]),
    ("Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 21-KH/ĐU thực hiện Chỉ thị 05 của Bộ Chính trị.",
     [("21-KH/ĐU", I, "Chỉ thị 05")]),
    ("UBND thị xã ban hành Kế hoạch số 102/KH-UBND để cụ thể hóa Nghị quyết 09 của Thị ủy về đô thị văn minh.",
     [("102/KH-UBND", I, "Nghị quyết 09")]),
    # issued under
    ("Kế hoạch số 40/KH-UBND được xây dựng trên cơ sở Quyết định số 1508/QĐ-UBND của UBND tỉnh.",
     [("40/KH-UBND", B, "1508/QĐ-UBND")]),
    ("Trên cơ sở Tờ trình số 85/TTr-UBND ngày 2/12/2023 của UBND xã, HĐND xã đã ban hành Nghị quyết số "
     "15/NQ-HĐND về dự toán ngân sách.", [("15/NQ-HĐND", B, "85/TTr-UBND")]),
    # documents only listed together, or a second sentence that issues nothing: no relation
    ("Năm 2024, UBND xã tập trung thực hiện Nghị quyết số 08-NQ/ĐU và Kế hoạch số 12/KH-UBND về xây dựng "
     "nông thôn mới.", []),
    ("Thực hiện Kế hoạch số 41/KH-UBND của UBND huyện; Công văn số 318/UBND-VP của UBND huyện về ngày hội đại "
     "đoàn kết. Các thôn đã tổ chức ngày hội chu đáo, an toàn.", []),
    ("Căn cứ Nghị định số 138/2020/NĐ-CP; căn cứ Quyết định số 15/2021/QĐ-UBND, hội nghị đã xem xét Tờ trình "
     "số 61/TTr-UBND về nhân sự.", []),
    ("UBND huyện ban hành Kế hoạch số 77/KH-UBND ngày 3/4/2024. Quyết định số 78/QĐ-UBND ngày 4/4/2024 của "
     "UBND huyện giao chỉ tiêu năm 2024.", []),
    ("Đại hội quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị, Kế hoạch số 120-KH/TU của Tỉnh ủy và Hướng dẫn "
     "số 26-HD/BTCTW.", []),
    ("Huyện đã ban hành Kế hoạch số 55/KH-UBND về chuyển đổi số, đồng thời thực hiện Quyết định số "
     "749/QĐ-TTg của Thủ tướng.", []),
    ("Quyết định số 1162/QĐ-UBND và Quyết định số 1163/QĐ-UBND cùng ngày của UBND huyện được trao tại buổi lễ.", []),
    ("Ngày 2/3, UBND xã ban hành Kế hoạch số 14/KH-UBND. Quyết định thành lập Ban Chỉ đạo thực hiện "
     "Nghị quyết số 04-NQ/ĐU cũng được công bố.", []),
]


def relations(text: str) -> list[tuple[str, str, str]]:
    out = PIPE(make_article("Tiêu đề\n" + text, "<test>"))
    return sorted((f["from"], f["type"], f["to"]) for f in out["facts"] if f["kind"] == "relation")


def test_there_are_forty_phrasings():
    assert len(PHRASINGS) >= 40


@pytest.mark.parametrize("text,expected", PHRASINGS, ids=[f"p{i:02d}" for i in range(len(PHRASINGS))])
def test_each_phrasing_gives_its_relations(text, expected):
    assert relations(text) == sorted(expected)


def test_a_ground_and_the_next_sentence_keep_both_spans_exact():
    text = ("Thực hiện Chỉ thị số 15-CT/TU của Tỉnh ủy. Ngày 12/3, UBND huyện đã xây dựng Kế hoạch số "
            "30/KH-UBND về chuyển đổi số.")
    art = make_article("Tiêu đề\n" + text, "<test>")
    (f,) = [f for f in PIPE(art)["facts"] if f["kind"] == "relation"]
    assert (f["from"], f["to"], f["rule"]) == ("30/KH-UBND", "15-CT/TU", "implements.can_cu_tiep")
    assert art.text[f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]
    assert f["span"]["text"].startswith("Chỉ thị số 15-CT/TU") and f["span"]["text"].endswith("30/KH-UBND")
    assert f["words"] == "Thực hiện … xây dựng"
