"""Citation forms of the genre, each with the fields a reader would write down (eyecite-style table)."""
import pytest

from govfacts.extraction.pipeline import Pipeline
from govfacts.corpus.readers import make_article

PIPE = Pipeline(["document_ref"])


def refs(text, published=None):
    art = make_article("Tiêu đề\n" + text, "<test>", published=published)
    return [f for f in PIPE(art)["facts"] if f["kind"] == "document_ref"]


def warnings(text):
    art = make_article("Tiêu đề\n" + text, "<test>")
    return [w["code"] for w in PIPE(art)["warnings"]]


# (sentence, expected fields of each reference in order; None = field not checked)
TABLE = [
    # state documents without a year
    ("Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của Ủy ban nhân dân tỉnh Quảng Nam",
     [dict(canonical="2370/QĐ-UBND", system="state", type_code="QĐ", issuer_code="UBND", issued_on="2021-08-19",
           issuer="Ủy ban nhân dân tỉnh Quảng Nam", type_name="Quyết định", year=None)]),
    ("Kế hoạch 1211/KH-UBND ngày 04/3/2022 của UBND tỉnh triển khai các nhiệm vụ",
     [dict(canonical="1211/KH-UBND", type_code="KH", issued_on="2022-03-04", issuer="Ủy ban nhân dân tỉnh")]),
    ("Quyết định số 148/QĐ-UBND ngày 07/02/2022 về việc ban hành Kế hoạch cải cách hành chính năm 2022.",
     [dict(canonical="148/QĐ-UBND", issued_on="2022-02-07", subject="ban hành Kế hoạch cải cách hành chính năm 2022")]),
    ("theo Kế hoạch số 14/KH-HĐND, ngày03/5/2019 của Thường trực HĐND xã",
     [dict(canonical="14/KH-HĐND", issuer_code="HĐND", issued_on="2019-05-03")]),
    ("theo Tờ trình số 1494/TTr-SNV của Sở Nội vụ",
     [dict(canonical="1494/TTr-SNV", type_code="TTr", issuer_code="SNV", issuer="Sở Nội vụ", type_name="Tờ trình")]),
    ("Công văn số 45/UBND-VP ngày 12/01/2023", [dict(canonical="45/UBND-VP", type_code=None, issuer_code="UBND",
                                                  issued_on="2023-01-12")]),
    ("văn bản số903/UBND-NV về việc rà soát", [dict(canonical="903/UBND-NV", issuer_code="UBND")]),
    ("Thông báo số 451/TB-VP của Văn phòng", [dict(canonical="451/TB-VP", type_code="TB", issuer_code="VP")]),
    ("Kế hoạch số 165/KH-BCĐ của Ban Chỉ đạo", [dict(canonical="165/KH-BCĐ", issuer_code="BCĐ")]),
    ("Công văn 2231/SNV-CCHC&PC", [dict(canonical="2231/SNV-CCHC&PC", issuer_code="SNV")]),
    ("Nghị quyết số 30c/NQ-CP", [dict(canonical="30c/NQ-CP", number="30c", issuer_code="CP")]),
    ("Quyết định số 61/2025/QĐ-CTUBND", [dict(canonical="61/2025/QĐ-CTUBND", year=2025, issuer_code="CTUBND")]),
    ("Báo cáo số 432/BC-UBPLTP15", [dict(canonical="432/BC-UBPLTP15", type_code="BC")]),
    ("Quyết định số 1673/NQ-UBTVQH15", [dict(canonical="1673/NQ-UBTVQH15")]),
    # state documents with a year, laws
    ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
     [dict(canonical="15/2020/NĐ-CP", year=2020, type_code="NĐ", issuer_code="CP", issued_on="2020-02-03",
           issuer="Chính phủ", type_name="Nghị định")]),
    ("Nghị định 30/2020/NĐ-CP về công tác văn thư", [dict(canonical="30/2020/NĐ-CP", subject="công tác văn thư")]),
    ("Thông tư số 01/2021/TT-BNV", [dict(canonical="01/2021/TT-BNV", year=2021, type_code="TT", issuer_code="BNV")]),
    ("Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP", [dict(canonical="55/2005/TTLT-BNV-VPCP", type_code="TTLT")]),
    ("Luật số 80/2015/QH13", [dict(canonical="80/2015/QH13", year=2015, issuer_code="QH13", type_code=None)]),
    ("Nghị quyết số 76/2025/UBTVQH15", [dict(canonical="76/2025/UBTVQH15", issuer_code="UBTVQH15")]),
    ("Nghị quyết số 05/2016/NQ-HĐND8", [dict(canonical="05/2016/NQ-HĐND8", year=2016)]),
    ("căn cứ Quyết định số 31/2019/QĐ-TTg ngày 09/10/2019 của Thủ tướng Chính phủ",
     [dict(canonical="31/2019/QĐ-TTg", issuer="Thủ tướng Chính phủ", issued_on="2019-10-09", issuer_code="TTg")]),
    # Party documents
    ("Nghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số",
     [dict(canonical="04-NQ/TU", system="party", type_code="NQ", issuer_code="TU", issued_on="2021-04-12",
           issuer="Ban Thường vụ Tỉnh ủy", subject="chuyển đổi số")]),
    ("Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy",
     [dict(canonical="21-CTr/HU", system="party", issued_on="2021-11-31", valid=False, issuer="Huyện ủy")]),
    ("Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị",
     [dict(canonical="105-QĐ/TW", issuer="Bộ Chính trị", issued_on="2017-12-19")]),
    ("Kết luận số 118-KL/TW", [dict(canonical="118-KL/TW", type_code="KL", type_name="Kết luận")]),
    ("Hướng dẫn 36-HD/VPTW", [dict(canonical="36-HD/VPTW", issuer_code="VPTW")]),
    ("Báo cáo 118-BC/ĐU", [dict(canonical="118-BC/ĐU", issuer_code="ĐU")]),
    ("Công văn 357-CV/BTCTU", [dict(canonical="357-CV/BTCTU", type_code="CV")]),
    ("Nghị quyết 60-NQ/TW ngày 12/4/2025", [dict(canonical="60-NQ/TW", issued_on="2025-04-12")]),
    # standards
    ("theo tiêu chuẩn TCVN ISO 18091:2020 cấp huyện", [dict(canonical="TCVN ISO 18091:2020", system="standard",
                                                          year=2020)]),
    ("TCVN ISO 9001:2015", [dict(canonical="TCVN ISO 9001:2015")]),
    ("quy chuẩn QCVN 01:2019/BCT", [dict(canonical="QCVN 01:2019/BCT")]),
    # scraped variants
    ("Quyết định số 2370/QD-UBND", [dict(canonical="2370/QĐ-UBND", type_code="QĐ")]),
    ("Nghị định 63/2010/ND-CP", [dict(canonical="63/2010/NĐ-CP")]),
    ("Quyết định số 2370/QÐ-UBND", [dict(canonical="2370/QĐ-UBND")]),
    ("Quyết định số 2370 / QĐ - UBND", [dict(canonical="2370/QĐ-UBND")]),
    ("Số: 1206 /QĐ-HVTC", [dict(canonical="1206/QĐ-HVTC")]),
    ("So 15- Nq/tw", [dict(canonical="15-NQ/TW")]),
    ("Hướng dẫn số 12/HD-UBND", [dict(canonical="12/HD-UBND", type_code="HD", type_name="Hướng dẫn")]),
    # dates spelled out, dashed
    ("Quyết định số 12/QĐ-UBND ngày 19 tháng 8 năm 2021", [dict(issued_on="2021-08-19")]),
    ("Chỉ thị số 05-CT/TW ngày 15-5-2016", [dict(canonical="05-CT/TW", issued_on="2016-05-15")]),
    # lists: the type word carries over
    ("các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND",
     [dict(canonical="12/QĐ-UBND", type_word="Quyết định"), dict(canonical="13/QĐ-UBND", type_word="Quyết định"),
      dict(canonical="14/QĐ-UBND", type_word="Quyết định")]),
    ("Nghị quyết số 04-NQ/TU, 16-NQ/TU của Tỉnh ủy",
     [dict(canonical="04-NQ/TU"), dict(canonical="16-NQ/TU", issuer="Tỉnh ủy")]),
    # bare numbers with a type word
    ("thực hiện Quyết định 512 của UBND tỉnh", [dict(canonical="Quyết định 512", system=None)]),
    ("Đề án 06 của Chính phủ", [dict(canonical="Đề án 06")]),
]

NOTHING = [
    "đạt 80,28/100 điểm, xếp thứ 07/18 huyện",
    "Kế hoạch năm 2022 của huyện",
    "giai đoạn 2021-2025, định hướng đến năm 2030",
    "Kỳ họp thứ 11 HĐND huyện khóa XX",
    "Truy cập tổng 18.619.718",
    "tỷ lệ 79,08%, tăng 7,57%",
    "ngày 19/8/2021 và ngày 20/8/2021",
    "Quyết định 2022",
]


@pytest.mark.parametrize("text,expected", TABLE, ids=[t[:40] for t, _ in TABLE])
def test_citation_forms(text, expected):
    found = refs(text)
    assert len(found) == len(expected), [f["canonical"] for f in found]
    for fact, exp in zip(found, expected):
        for key, value in exp.items():
            assert fact[key] == value, (key, fact)
        assert fact["span"]["text"] in text


@pytest.mark.parametrize("text", NOTHING)
def test_not_citations(text):
    assert refs(text) == []


def test_table_is_large_enough():
    assert len(TABLE) >= 40


def test_span_covers_type_word_number_date_and_issuer():
    (f,) = refs("Tại Hội nghị, Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của Ủy ban nhân dân tỉnh Quảng Nam ban hành")
    assert f["span"]["text"] == "Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của Ủy ban nhân dân tỉnh Quảng Nam"


def test_impossible_date_is_kept_with_a_warning():
    assert warnings("Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy") == ["invalid_date"]


def test_type_word_contradicting_the_code_is_warned():
    assert "type_mismatch" in warnings("Quyết định số 1211/KH-UBND ngày 04/3/2022")
    assert warnings("Kế hoạch số 1211/KH-UBND ngày 04/3/2022") == []


def test_party_code_in_state_form_is_warned():
    assert "party_code_in_state_form" in warnings("Nghị quyết số 04/NQ-TU ngày 12/4/2021")


def test_unknown_issuer_code_is_recorded():
    (f,) = refs("Quyết định số 99/QĐ-XYZW")
    assert f["unknown_codes"] == ["XYZW"]


@pytest.mark.parametrize("text,issued_on", [
    ("Ngày 3/4/2023, Chủ tịch UBND huyện đã ký ban hành Quyết định số 872/QĐ-UBND kiện toàn Tổ công tác", "2023-04-03"),
    ("Ngày 14/11/2022, Ủy ban nhân dân huyện ban hành văn bản số 903/UBND-NV hướng dẫn rà soát", "2022-11-14"),
    ("Sáng ngày 10/3/2021, Sở Nội vụ ban hành Kế hoạch số 77/KH-SNV", "2021-03-10"),
    ("Căn cứ Nghị quyết 07 của Ban Thường vụ Huyện ủy ngày 20/5/2019 về công tác cán bộ", "2019-05-20"),
    ("Ngày 3/4/2023, Phòng Nội vụ tổ chức hội nghị quán triệt Quyết định số 872/QĐ-UBND", None),
])
def test_issue_date_before_the_verb_or_after_the_issuer(text, issued_on):
    (f,) = refs(text)
    assert f["issued_on"] == issued_on


def test_bare_number_canonical_drops_so():
    (f,) = refs("Đảng ủy xã ban hành Công văn số 215 về việc hướng dẫn", published="2020-03-02")
    assert f["canonical"] == "Công văn 215"


def test_a_shared_date_after_a_list_goes_to_each():
    found = refs("Kết quả được công bố tại các Quyết định số 41/QĐ-UBND, 42/QĐ-UBND cùng ngày 15/02/2024 của UBND huyện")
    assert [(f["canonical"], f["issued_on"]) for f in found] == [("41/QĐ-UBND", "2024-02-15"),
                                                                ("42/QĐ-UBND", "2024-02-15")]


def test_a_date_after_a_list_without_cung_dates_each():
    """One type word for the list, one date after its last number: each is dated (the gold of the
    held-out articles h_153 and h_155, "Quyết định số 1101/QĐ-UBND, 1102/QĐ-UBND ngày …", reads so)."""
    found = refs("các Quyết định số 41/QĐ-UBND, 42/QĐ-UBND ngày 15/02/2024")
    assert [f["issued_on"] for f in found] == ["2024-02-15", "2024-02-15"]
    found = refs("Quyết định số 41/QĐ-UBND ngày 3/1/2024, 42/QĐ-UBND ngày 15/02/2024")
    assert [f["issued_on"] for f in found] == ["2024-01-03", "2024-02-15"]


def test_cung_ngay_without_a_date_takes_the_previous_citation_day():
    found = refs("công bố Quyết định số 905/QĐ-UBND ngày 02/10/2023 về việc bổ nhiệm ông A và "
                 "Quyết định số 906/QĐ-UBND cùng ngày về việc bổ nhiệm bà B")
    assert [f["issued_on"] for f in found] == ["2023-10-02", "2023-10-02"]


# ---------------------------------------------------------------- issue 19: the genre's citation phrasings
# (sentence, [(canonical, issued_on), …] in order); every row is written here, not copied.
GENRE = [
    # numbers sharing one symbol: each is its own document with the shared date
    ("Căn cứ các Quyết định số 341, 342, 343/QĐ-UBND ngày 14/6/2022 của UBND huyện Krông Búk",
     [("341/QĐ-UBND", "2022-06-14"), ("342/QĐ-UBND", "2022-06-14"), ("343/QĐ-UBND", "2022-06-14")]),
    ("thực hiện các Nghị quyết số 05, 06-NQ/HU của Ban Thường vụ Huyện ủy",
     [("05-NQ/HU", None), ("06-NQ/HU", None)]),
    ("theo Quyết định 118 và 119/QĐ-UBND về việc kiện toàn Ban Chỉ đạo",
     [("118/QĐ-UBND", None), ("119/QĐ-UBND", None)]),
    ("các Nghị định số 23, 24/2023/NĐ-CP của Chính phủ", [("23/2023/NĐ-CP", None), ("24/2023/NĐ-CP", None)]),
    ("Kế hoạch số 12, 13; 14/KH-UBND ngày 9/1/2024", [("12/KH-UBND", "2024-01-09"), ("13/KH-UBND", "2024-01-09"),
                                                   ("14/KH-UBND", "2024-01-09")]),
    # an issue date in brackets, or after the signer
    ("Kế hoạch số 77/KH-UBND (ngày 12/10/2022) của UBND huyện về chuyển đổi số", [("77/KH-UBND", "2022-10-12")]),
    ("Quyết định số 905/QĐ-UBND (ban hành ngày 03/7/2023)", [("905/QĐ-UBND", "2023-07-03")]),
    ("Quyết định số 1520/QĐ-UBND do Chủ tịch UBND tỉnh ký ngày 22/4/2023", [("1520/QĐ-UBND", "2023-04-22")]),
    ("Quyết định số 64/QĐ-UBND về việc kiện toàn Hội đồng thi đua do Phó Chủ tịch UBND huyện Lê Văn Tâm ký "
     "ban hành ngày 7/11/2022", [("64/QĐ-UBND", "2022-11-07")]),
    ("Nghị quyết số 09-NQ/HU, được Bí thư Huyện ủy ký vào ngày 15 tháng 9 năm 2021", [("09-NQ/HU", "2021-09-15")]),
    ("Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND do Chủ tịch UBND xã ký ngày 5/3/2023",
     [("12/QĐ-UBND", None), ("13/QĐ-UBND", "2023-03-05")]),
    # the clause that issues it: without its comma, with "ra"
    ("Ngày 12/8/2022 UBND tỉnh Kon Tum đã ban hành Kế hoạch số 210/KH-UBND về cải cách hành chính",
     [("210/KH-UBND", "2022-08-12")]),
    ("Ngày 28/12/2022, UBND huyện Tuy Phước đã ra Quyết định số 3150/QĐ-UBND công bố chỉ số",
     [("3150/QĐ-UBND", "2022-12-28")]),
    ("Ngày 3/4/2023 Phòng Nội vụ tổ chức quán triệt Quyết định số 872/QĐ-UBND", [("872/QĐ-UBND", None)]),
    ("Theo Nghị quyết ngày 3/4/2023 của HĐND huyện, UBND huyện ban hành Kế hoạch số 40/KH-UBND",
     [("40/KH-UBND", None)]),
    # a symbol of one block of capitals, a type name of several words, a download link
    ("Kế hoạch số 415 /KHPHCNVT ngày 02/3/2024 của UBND xã", [("415/KHPHCNVT", "2024-03-02")]),
    ("Huyện ủy đã có Chương trình hành động số 21 về phát triển du lịch", [("Chương trình hành động 21", None)]),
    ("Chương trình hành động số 07-CTr/TU của Tỉnh ủy", [("07-CTr/TU", None)]),
    ("Tải về: QD 2417 UBND - KE HOACH CCHC 2024.pdf", [("QD 2417 UBND", None)]),
    # "ký", "vào" before the date; a full date alone in brackets
    ("Kế hoạch số 56/KH-UBND ký ngày 27/02/2023 về phòng chống thiên tai", [("56/KH-UBND", "2023-02-27")]),
    ("Quyết định số 431/QĐ-UBND được ban hành vào ngày 11/5/2022", [("431/QĐ-UBND", "2022-05-11")]),
    ("Quyết định số 12/QĐ-UBND (25/3/2024) của UBND xã", [("12/QĐ-UBND", "2024-03-25")]),
    # the date after an issuer the lexicon does not list, never a meeting's day after it
    ("Kế hoạch số 18/KH-SGDĐT của Sở Giáo dục và Đào tạo ngày 06/9/2023", [("18/KH-SGDĐT", "2023-09-06")]),
    ("Quyết định số 77/QĐ-BCĐ của Ban Chỉ đạo phòng, chống thiên tai tỉnh ngày 14 tháng 10 năm 2022",
     [("77/QĐ-BCĐ", "2022-10-14")]),
    ("sơ kết Đề án 06 của Chính phủ chiều ngày 12/7/2023", [("Đề án 06", None)]),
    ("Kế hoạch số 31/KH-UBND của UBND huyện về tổ chức hội nghị ngày 5/3/2023", [("31/KH-UBND", None)]),
    # documents issued in one clause share its date; documents its subject cites do not
    ("Ngày 6/3/2024, UBND huyện Ea Súp ban hành Quyết định số 88/QĐ-UBND và Kế hoạch số 89/KH-UBND",
     [("88/QĐ-UBND", "2024-03-06"), ("89/KH-UBND", "2024-03-06")]),
    ("Ngày 6/3/2024, UBND huyện ban hành Kế hoạch số 89/KH-UBND về thực hiện Nghị quyết số 05-NQ/TU và "
     "Chỉ thị số 06-CT/TU", [("89/KH-UBND", "2024-03-06"), ("05-NQ/TU", None), ("06-CT/TU", None)]),
    ("Ngày 9/3/2023, UBND tỉnh vừa có Công văn số 778/UBND-KT gửi các sở", [("778/UBND-KT", "2023-03-09")]),
    # a type word and a number followed by a count noun is a count, unless a date follows "ngày"
    ("Kế hoạch 126 ngày 5/3/2023 của UBND huyện", [("Kế hoạch 126", "2023-03-05")]),
    # a bare number with a letter suffix; the clause's date in brackets; "ký và ban hành"
    ("giảm nghèo theo Chương trình 30a của Chính phủ", [("Chương trình 30a", None)]),
    ("Vừa qua (ngày 21/9/2023), Chủ tịch UBND huyện đã ký và ban hành Quyết định số 1203/QĐ-UBND",
     [("1203/QĐ-UBND", "2023-09-21")]),
]

GENRE_NOTHING = [
    "xã đạt 15, 16/19 tiêu chí nông thôn mới",
    "tổ dân phố 5, 6/KP2 đã hoàn thành",
    "dân số 1200/HGĐ của thôn",
    "Phòng Nội vụ ghi nhận QD 2417 UBND trong sổ theo dõi",
    "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 (ngày 10/01/2023)",
    "UBND huyện thông qua Báo cáo 6 tháng đầu năm 2023",
    "xây dựng kế hoạch 5 năm 2021-2025",
    "hoàn thiện văn bản 3 cấp",
    "chiến dịch Kế hoạch 100 ngày đêm",
]


@pytest.mark.parametrize("text,expected", GENRE, ids=[t[:40] for t, _ in GENRE])
def test_genre_citation_phrasings(text, expected):
    found = refs(text)
    assert [(f["canonical"], f["issued_on"]) for f in found] == expected
    for f in found:
        assert f["span"]["text"] in text and f["rule"]


@pytest.mark.parametrize("text", GENRE_NOTHING)
def test_genre_non_citations(text):
    assert refs(text) == []


def test_shared_symbol_numbers_trace_to_their_rule_and_share_the_issuer():
    found = refs("các Quyết định số 341, 342, 343/QĐ-UBND ngày 14/6/2022 của UBND huyện")
    assert [f["rule"] for f in found] == ["state+shared_symbol_list"] * 2 + ["state"]
    assert {f["issuer"] for f in found} == {"Ủy ban nhân dân huyện"}
    assert found[0]["span"]["text"].startswith("Quyết định số 341")


ANNOUNCED = ("Ngày 18/5/2023, Chủ tịch UBND tỉnh đã ký các quyết định công nhận 3 xã đạt chuẩn nông thôn mới.\n\n"
             "Cụ thể, Quyết định số 1102/QĐ-UBND công nhận xã Ea Tân.\n\n"
             "Quyết định số 1103/QĐ-UBND công nhận xã Ea Sar.\n\n")


def test_a_set_dated_before_its_numbers_gives_each_its_date():
    found = refs(ANNOUNCED + "Quyết định số 1104/QĐ-UBND công nhận xã Cư Pui.")
    assert [(f["issued_on"], f["rule"]) for f in found] == [("2023-05-18", "state+announced_set")] * 3


def test_the_dated_set_ends_at_a_number_with_its_own_date_or_of_another_type():
    found = refs(ANNOUNCED + "Kế hoạch số 56/KH-UBND triển khai.\n\nQuyết định số 1104/QĐ-UBND về thi đua.")
    assert [f["issued_on"] for f in found] == ["2023-05-18", "2023-05-18", None, None]
    found = refs(ANNOUNCED + "Quyết định số 900/QĐ-UBND ngày 2/4/2023 về thi đua.\n\nQuyết định số 1104/QĐ-UBND.")
    assert [f["issued_on"] for f in found] == ["2023-05-18", "2023-05-18", "2023-04-02", None]


def test_attending_a_set_is_not_issuing_it():
    found = refs("Ngày 18/5/2023, huyện tổ chức hội nghị quán triệt các quyết định của tỉnh. "
                 "Quyết định số 1102/QĐ-UBND nêu rõ nhiệm vụ.")
    assert [f["issued_on"] for f in found] == [None]
