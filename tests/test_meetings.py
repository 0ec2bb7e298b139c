"""Meetings and their chairs, in the genre's phrasings (eyecite-style tables).

The rows mark people as ``[Name]`` and days as ``{words=value}`` (``XXXX-MM-DD`` for a day
written without a year): the helper turns them into the ``official`` and ``date`` facts the
extractor reads, so these rows test the meeting rules alone.  The end-to-end tests at the
bottom run the real pipeline and skip until the official and date extractors are in it.
"""
import json

import pytest
import regex
from click.testing import CliRunner

from govfacts.corpus.readers import make_article
from govfacts.extraction import registry
from govfacts.extraction.meetings import extract_meetings, lexicon, reading_units
from govfacts.extraction.model import Article, Fact
from govfacts.extraction.pipeline import check_span, to_json
from govfacts.extraction.tokenizer import tokenize

from .conftest import SEEDS

_MARK = regex.compile(r"\[([^\]]+)\]|\{([^}=]+)=([^}]+)\}")


def build(marked: str, title: str = "Tin hoạt động"):
    """A TokenizedArticle of ``title`` + ``marked`` with synthetic official and date facts."""
    plain, people, days, pos = [], {}, [], 0
    body = []
    for m in _MARK.finditer(marked):
        body.append(marked[pos:m.start()])
        start = sum(len(x) for x in body)
        if m.group(1):
            body.append(m.group(1))
            people.setdefault(m.group(1), []).append((start, start + len(m.group(1))))
        else:
            body.append(m.group(2))
            days.append((start, start + len(m.group(2)), m.group(3)))
        pos = m.end()
    body.append(marked[pos:])
    head = title + "\n"
    text = head + "".join(body)
    art = make_article(text, "<test>")
    ta = tokenize(art)
    off = len(head)
    registry.get("document_ref")(ta)
    for name, spans in people.items():
        s, e = spans[0]
        ta.facts.append(Fact("official", ta.span(s + off, e + off), "official", 0.9, "test", {
            "name": name, "honorific": None,
            "roles": [{"title": "chủ tịch", "org": "ủy ban nhân dân", "place": "", "text": "Chủ tịch UBND"}],
            "mentions": [{"start": a + off, "end": b + off, "text": name} for a, b in spans]}))
    for s, e, value in days:
        known = not value.startswith("XXXX")
        ta.facts.append(Fact("date", ta.span(s + off, e + off), "date", 0.9, "test", {
            "value": value if known else None, "granularity": "day", "timex": value,
            "year_source": "explicit" if known else None, "part_of_day": None}))
    return ta


def meetings(marked: str, title: str = "Tin hoạt động") -> list[dict]:
    ta = build(marked, title)
    extract_meetings(ta)
    return [f for f in ta.facts if f.kind == "meeting"]


def summary(marked: str, title: str = "Tin hoạt động") -> list[tuple]:
    return [(f["date"], f["chair"]) for f in meetings(marked, title)]


LEAD = "{Sáng ngày 12/3/2023=2023-03-12}, UBND huyện Đại Lộc tổ chức Hội nghị tổng kết công tác dân vận năm 2022. "
D = "2023-03-12"

# (article body, [(meeting day, chairs)] in order)
CHAIRED = [
    # "X chủ trì <event>" after the lead
    (LEAD + "Đồng chí [Trần Văn Tâm], Chủ tịch UBND huyện chủ trì hội nghị.", [(D, ["Trần Văn Tâm"])]),
    # in the lead itself, after a comma; a dash glued to the name
    ("{Ngày 21.10=2022-10-21}, UBND huyện Hiệp Đức mở Hội nghị giao ban quý III; sau đó UBND thị trấn Tân An tổ "
     "chức hội nghị đối thoại với hộ kinh doanh, đồng chí [Lê Văn Bình]- CT UBND thị trấn chủ trì hội nghị.",
     [("2022-10-21", ["Lê Văn Bình"])]),
    # "Hội nghị do ông X, … chủ trì"
    (LEAD + "Hội nghị do ông [Ngô Quang Minh], Chủ tịch UBND huyện chủ trì.", [(D, ["Ngô Quang Minh"])]),
    ("{Chiều ngày 5/1/2024=2024-01-05}, Ban Thường vụ Thị ủy tổ chức hội nghị kiểm điểm tập thể năm 2023 do "
     "đồng chí [Đỗ Thị Lan] – Bí thư Thị ủy chủ trì.", [("2024-01-05", ["Đỗ Thị Lan"])]),
    # "Dưới sự chủ trì của đồng chí X"
    (LEAD + "Dưới sự chủ trì của đồng chí [Phạm Thị Hoa] - Phó Chủ tịch UBND, Trưởng ban vì sự tiến bộ phụ nữ "
     "huyện, các đại biểu đã thảo luận sôi nổi.", [(D, ["Phạm Thị Hoa"])]),
    ("{Ngày 06/10/2019=2019-10-06}, Ủy ban nhân dân quận Hải An họp bàn phương án phòng chống bão số 5, dưới sự "
     "chủ trì của Chủ tịch UBND quận – [Huỳnh Văn Sơn].", [("2019-10-06", ["Huỳnh Văn Sơn"])]),
    # "Tham dự và chủ trì cuộc họp (có) đồng chí X"
    ("{Ngày 20/5/2022=2022-05-20}, Hội đồng thi đua khen thưởng huyện Quế Sơn đã họp xét danh hiệu thi đua. "
     "Tham dự và chủ trì cuộc họp có đồng chí [Hồ Văn Nam] – Chủ tịch Hội đồng.",
     [("2022-05-20", ["Hồ Văn Nam"])]),
    ("{Ngày 20/5/2022=2022-05-20}, Hội đồng thi đua khen thưởng huyện Quế Sơn đã họp xét danh hiệu thi đua. "
     "Tham dự và chủ trì cuộc họp đồng chí [Hồ Văn Nam] – Chủ tịch Hội đồng cùng các thành viên dự họp.",
     [("2022-05-20", ["Hồ Văn Nam"])]),
    # "Chủ trì phiên họp, đồng chí X, …"
    ("{Sáng ngày 3 tháng 4 năm 2022=2022-04-03}, Ban Pháp chế HĐND tỉnh tổ chức phiên họp thẩm tra dự thảo "
     "nghị quyết về phí, lệ phí. Chủ trì phiên họp, đồng chí [Bùi Văn Lộc], Trưởng Ban Pháp chế nêu rõ yêu "
     "cầu thẩm tra.", [("2022-04-03", ["Bùi Văn Lộc"])]),
    # "Chủ trì hội nghị có các đồng chí: A, …; B, …"
    ("{Sáng 14/4/2023=2023-04-14}, Huyện ủy Núi Thành tổ chức hội nghị học tập chuyên đề năm 2023. Chủ trì hội "
     "nghị có các đồng chí: [Nguyễn Văn Hùng], Bí thư Huyện ủy; [Trần Thị Loan], Phó Bí thư Huyện ủy. Đến dự có "
     "đồng chí [Phạm Văn Khoa], Phó Trưởng Ban Tuyên giáo Tỉnh ủy.",
     [("2023-04-14", ["Nguyễn Văn Hùng", "Trần Thị Loan"])]),
    # the chair verb capitalised between dashes
    ("{Chiều ngày 06/11/2019=2019-11-06} UBND xã Tân Lập triệu tập cuộc họp bàn công tác dồn điền đổi thửa. "
     "Ông [Lý Văn Hùng] – Chủ tịch UBND xã – Chủ trì cuộc họp đề nghị các thôn hoàn thành trước Tết.",
     [("2019-11-06", ["Lý Văn Hùng"])]),
    # the title before the name
    ("{Sáng 16-4=XXXX-04-16}, Chủ tịch UBND thành phố [Nguyễn Thành Long] chủ trì lễ ra mắt Trung tâm Phục vụ "
     "hành chính công thành phố.", [(None, ["Nguyễn Thành Long"])]),
    # co-chairs: a list with ";" and "đồng chủ trì"
    ("{Chiều 17/7=2025-07-17}, Hội đồng nhân dân xã Yên Thái tổ chức Kỳ họp thứ 9. Đồng chí [Hà Văn Khánh] - "
     "Chủ tịch HĐND xã; [Vi Thị Hằng] - Phó Chủ tịch HĐND xã đồng chủ trì kỳ họp.",
     [("2025-07-17", ["Hà Văn Khánh", "Vi Thị Hằng"])]),
    # co-chairs joined by "và"
    (LEAD + "Đồng chí [Lò Văn Thanh], Bí thư Huyện ủy và đồng chí [Cầm Thị Mai], Chủ tịch UBND huyện đồng chủ "
     "trì hội nghị.", [(D, ["Lò Văn Thanh", "Cầm Thị Mai"])]),
    # co-chairs: "A cùng các Phó Chủ tịch …: B, C chủ trì họp"
    ("{Sáng 10-7=2024-07-10}, Chủ tịch UBND thành phố [Trần Minh Quang] cùng các Phó Chủ tịch UBND thành phố: "
     "[Võ Hữu Phúc], [Lê Thị Nga] chủ trì họp nghe báo cáo quy hoạch phân khu đô thị.",
     [("2024-07-10", ["Trần Minh Quang", "Võ Hữu Phúc", "Lê Thị Nga"])]),
    # "Các đồng chí: A, …; B, … chủ trì hội nghị"
    ("{Ngày 08/6/2019=2019-06-08}, Ủy ban MTTQ tỉnh tổ chức Hội nghị hiệp thương lần thứ hai. Các đồng chí: "
     "[Hoàng Văn Thái], Chủ tịch Ủy ban MTTQ tỉnh; [Đinh Văn Thịnh], Phó Chủ tịch Ủy ban MTTQ tỉnh chủ trì "
     "hội nghị.", [("2019-06-08", ["Hoàng Văn Thái", "Đinh Văn Thịnh"])]),
    # a caption line counts
    (LEAD + "Hội nghị đã đánh giá kết quả năm 2022.\n\nÔng [Võ Minh Hải] – PCT UBND, Trưởng BCĐ xây dựng nông "
     "thôn mới chủ trì Hội nghị\n\nCác đại biểu thảo luận tại hội nghị.", [(D, ["Võ Minh Hải"])]),
    # a citizens' reception chaired by a leader
    ("{Sáng 17/10=2024-10-17}, tại Trụ sở Tiếp công dân thành phố, đồng chí [Mai Văn Hưng] - Bí thư Thành ủy "
     "chủ trì buổi tiếp công dân định kỳ của Bí thư cấp ủy.", [("2024-10-17", ["Mai Văn Hưng"])]),
    ("{Ngày 15/9=2021-09-15}, Thường trực HĐND huyện tổ chức tiếp công dân định kỳ tháng 9. Đồng chí [Tạ "
     "Quang Vinh], Chủ tịch HĐND huyện chủ trì.", [("2021-09-15", ["Tạ Quang Vinh"])]),
    # a caption repeating the chair with another (mistyped) day stays with the meeting
    ("{Ngày 15/9=2021-09-15}, Thường trực HĐND huyện tổ chức tiếp công dân định kỳ tháng 9. Đồng chí [Tạ "
     "Quang Vinh], Chủ tịch HĐND huyện chủ trì.\n\nĐồng chí [Tạ Quang Vinh] chủ trì buổi tiếp công dân "
     "{15/9/2020=2020-09-15}\n\nBuổi tiếp đã nhận 7 đơn thư của công dân.",
     [("2021-09-15", ["Tạ Quang Vinh"])]),
    # a working session just held, no day
    ("Đồng chí [Đinh Công Tuấn], Bí thư Đảng ủy khối cơ quan và đồng chí [Phan Văn Kỷ], Phó Bí thư Đảng ủy khối "
     "vừa chủ trì buổi làm việc với Chi bộ Sở Xây dựng.", [(None, ["Đinh Công Tuấn", "Phan Văn Kỷ"])]),
    # the verb "họp" with the chair in the next sentence
    ("{Ngày 2/8=2021-08-02}, Ban Văn hóa - Xã hội HĐND huyện Bắc Mê họp thông qua báo cáo giám sát trường học. "
     "Đồng chí [Ma Thị Hạnh] – Trưởng ban chủ trì hội nghị. Dự có đồng chí [Nông Văn Tịnh], Phó Chủ tịch UBND "
     "huyện.", [("2021-08-02", ["Ma Thị Hạnh"])]),
    # a congress session with its chair
    ("{Sáng 15/8/2020=2020-08-15}, Đại hội Đoàn TNCS Hồ Chí Minh huyện Nga Sơn lần thứ XX khai mạc. Đồng chí "
     "[Mai Xuân Bình], Bí thư Huyện đoàn chủ trì phiên khai mạc Đại hội.", [("2020-08-15", ["Mai Xuân Bình"])]),
    # attendees first, then the chair after ";": only the chair chairs
    (LEAD + "Tham dự hội nghị có đồng chí [Lê Hữu Phước], Phó Bí thư Huyện ủy; đồng chí [Trần Thị Kim], Chủ "
     "tịch UBND huyện chủ trì hội nghị.", [(D, ["Trần Thị Kim"])]),
    # an abbreviation with a dot inside the role
    ("{Ngày 3/3/2024=2024-03-03}, UBND phường tổ chức hội nghị lấy ý kiến nhân dân về quy hoạch. Đồng chí [Lê "
     "Văn Tâm], Phó Chủ tịch UBMT.TQVN phường chủ trì hội nghị.", [("2024-03-03", ["Lê Văn Tâm"])]),
    # hard-wrapped lines
    ("Chiều\n{ngày 14/9/2021=2021-09-14}, UBND xã Trà Giang tổ chức hội nghị triển khai kế hoạch phòng, chống "
     "thiên tai, đồng chí [Ung Văn Thành]\n- Chủ tịch UBND xã chủ trì hội nghị.",
     [("2021-09-14", ["Ung Văn Thành"])]),
    # two meetings in one article, each with its chair
    ("{Sáng ngày 3/4/2023=2023-04-03}, UBND huyện tổ chức Hội nghị triển khai công tác chuyển đổi số, đồng chí "
     "[Phan Văn Hải], Chủ tịch UBND huyện chủ trì hội nghị. {Chiều cùng ngày 3/4/2023=2023-04-03}, Huyện ủy tổ "
     "chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12, đồng chí [Nguyễn Quốc Việt], Bí thư Huyện ủy chủ "
     "trì hội nghị.", [("2023-04-03", ["Phan Văn Hải"]), ("2023-04-03", ["Nguyễn Quốc Việt"])]),
    ("{Ngày 4/5/2023=2023-05-04}, Thường trực HĐND huyện tổ chức phiên họp tháng 5, đồng chí [Lê Văn "
     "Cường] chủ trì phiên họp. {Ngày 6/5/2023=2023-05-06}, UBND huyện tổ chức hội nghị giao ban, đồng chí "
     "[Trương Văn Đức] chủ trì hội nghị.", [("2023-05-04", ["Lê Văn Cường"]), ("2023-05-06", ["Trương Văn Đức"])]),
    # a held meeting and the planned session it prepares: only the held one
    ("{Chiều 22/6=2021-06-22}, Thường trực HĐND xã họp liên tịch để chuẩn bị kỳ họp thường lệ giữa năm. Đồng "
     "chí [Nguyễn Thị Thu] - Chủ tịch HĐND xã chủ trì cuộc họp. Theo đó, kỳ họp sẽ khai mạc vào "
     "{ngày 01/7/2021=2021-07-01}.", [("2021-06-22", ["Nguyễn Thị Thu"])]),
    # the post "Trưởng ban tổ chức <event>" in the chair's roles is neither a verb of holding
    # nor, with "giao nhận", a plan word
    ("{Chiều ngày 9/2/2025=2025-02-09}, UBND huyện Mường Lát tổ chức hội nghị triển khai kế hoạch tuyển quân. "
     "Ông [Lò Văn Pành], Trưởng Ban tổ chức Lễ giao nhận quân huyện Mường Lát năm 2025 chủ trì cuộc họp.",
     [("2025-02-09", ["Lò Văn Pành"])]),
    # a planned session's day after the held one ends is not its day
    ("{Ngày 27/9/2023=2023-09-27}, HĐND huyện Kim Sơn khóa XX tổ chức kỳ họp chuyên đề. Bế mạc kỳ họp, đồng chí "
     "[Đỗ Văn Quế] đề nghị các ban chuẩn bị chu đáo kỳ họp thường lệ cuối năm, dự kiến diễn ra từ "
     "{ngày 19/12/2023=2023-12-19}.", [("2023-09-27", [])]),
    # a review, a training session or any ceremony a body holds is a meeting (ANNOTATION.md)
    ("{Ngày 28/6/2024=2024-06-28}, Hội Nông dân xã Tân Lập tổ chức sơ kết công tác 6 tháng đầu năm, bàn "
     "nhiệm vụ những tháng cuối năm.", [("2024-06-28", [])]),
    ("{Sáng 14/2/2025=2025-02-14}, huyện Quan Sơn đã tổ chức Lễ xuất quân năm 2025 tại sân vận động huyện.",
     [("2025-02-14", [])]),
    ("{Ngày 3/3/2025=2025-03-03}, Phòng Tư pháp huyện tiến hành tập huấn nghiệp vụ hòa giải cho 40 hòa giải "
     "viên.", [("2025-03-03", [])]),
    # chairing and opening in one breath
    ("{Sáng 20/3/2024=2024-03-20}, UBND tỉnh tổ chức hội nghị sơ kết quý I. Đồng chí [Lê Văn Bình], Chủ tịch "
     "UBND tỉnh chủ trì và phát biểu khai mạc hội nghị.", [("2024-03-20", ["Lê Văn Bình"])]),
    # a planned session named in the topic of a held meeting does not undo its chair
    ("{Ngày 9/6/2021=2021-06-09}, Ban Kinh tế - Xã hội HĐND huyện họp thẩm tra các tờ trình trình kỳ họp dự "
     "kiến khai mạc {ngày 24/6/2021=2021-06-24}, đồng chí [Mai Văn Hạnh], Trưởng ban chủ trì cuộc họp.",
     [("2021-06-09", ["Mai Văn Hạnh"])]),
    # 1. the lead's day (year from the dateline) dates a working session held with "đã có"
    ("Ngày cập nhật {06/06/2024=2024-06-06}\n{Chiều 5/6=2024-06-05}, Đoàn công tác của UBND tỉnh do ông [Triệu "
     "Văn Khoa], Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã có buổi làm việc với huyện Bảo Lâm về giải ngân vốn "
     "đầu tư công. Dưới sự chủ trì của ông [Triệu Văn Khoa], các sở, ngành đã trao đổi những vướng mắc.",
     [("2024-06-05", ["Triệu Văn Khoa"])]),
    ("{Sáng 8/3=2024-03-08}, Ban Chỉ đạo chuyển đổi số huyện Mường Tè có phiên họp thứ nhất năm 2024. Phiên "
     "họp do ông [Lù Văn Pó], Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì.", [("2024-03-08", ["Lù Văn Pó"])]),
    # 1. a dated lead with no event word: the chair's session in the next sentence takes its day
    ("{Sáng 21/8=2024-08-21}, lãnh đạo UBND huyện Đà Bắc và Ban Quản lý dự án đã cùng rà soát tiến độ các "
     "công trình giao thông. Dưới sự chủ trì của ông [Đinh Công Sứ], Phó Chủ tịch UBND huyện, các nhà thầu "
     "lần lượt báo cáo khối lượng thi công.", [("2024-08-21", ["Đinh Công Sứ"])]),
    # 2. the congress, then the new committee's first session with its own chair and no day
    ("{Ngày 14/8/2025=2025-08-14}, Đại hội đại biểu Đảng bộ xã Phúc Sơn lần thứ I, nhiệm kỳ 2025 – 2030 đã bế "
     "mạc. Ngay sau Đại hội, Ban Chấp hành Đảng bộ xã khóa mới đã tiến hành phiên họp thứ nhất do đồng chí "
     "[Hà Thị Duyên] chủ trì để bầu Ban Thường vụ.",
     [("2025-08-14", []), (None, ["Hà Thị Duyên"])]),
    ("{Sáng 22/7=2025-07-22}, Đảng bộ phường Tân Định tổ chức Đại hội đại biểu lần thứ I. Đoàn Chủ tịch gồm "
     "các đồng chí [Vương Đình Huệ], [Lâm Thị Phương] điều hành Đại hội. Tại phiên họp thứ nhất của Ban Chấp "
     "hành khóa mới do đồng chí [Vương Đình Huệ], Bí thư Đảng ủy phường chủ trì, các đại biểu đã bầu Ban "
     "Thường vụ gồm 9 đồng chí.", [("2025-07-22", []), (None, ["Vương Đình Huệ"])]),
    # 2. a session of the congress itself stays with it
    ("{Sáng 5/8/2025=2025-08-05}, Đại hội Hội Nông dân huyện Lục Yên lần thứ XII khai mạc. Đồng chí [Hoàng "
     "Văn Chung], Chủ tịch Hội Nông dân huyện chủ trì phiên họp trù bị của Đại hội.",
     [("2025-08-05", ["Hoàng Văn Chung"])]),
]

NOT_CHAIRED = [
    # a presidium ("chủ tọa") is not the chair (ANNOTATION.md)
    ("{Sáng 6/12/2023=2023-12-06}, HĐND tỉnh khóa XIII khai mạc kỳ họp thứ 15. Đồng chí [Trần Văn Lâm], Chủ "
     "tịch HĐND tỉnh chủ tọa kỳ họp.", [("2023-12-06", [])]),
    ("{Sáng 20/1=2025-01-20}, HĐND xã Tà Xùa tổ chức kỳ họp chuyên đề lần thứ 3. Chủ tọa kỳ họp gồm các đồng "
     "chí: [Giàng A Của] - Bí thư Đảng ủy, Chủ tịch HĐND xã; [Mùa Thị Dợ] - Phó Chủ tịch HĐND xã.",
     [("2025-01-20", [])]),
    # a festival is no ceremony
    ("{Ngày 10/4/2025=2025-04-10}, xã Vĩnh Hải tổ chức lễ hội đua ghe ngo truyền thống.", []),
    # attendance only
    (LEAD + "Tham dự hội nghị có đồng chí [Lê Hữu Phước], Bí thư Huyện ủy; đồng chí [Trần Thị Kim], Chủ tịch "
     "UBND huyện cùng lãnh đạo các phòng, ban.", [(D, [])]),
    # "dự và chỉ đạo" is attending and directing, not chairing
    ("{Sáng 2/10=2025-10-02}, Đảng bộ phường Hòa Khánh tổ chức Đại hội lần thứ nhất. Đồng chí [Võ Văn Kiên] - "
     "Ủy viên Ban Thường vụ Thành ủy dự và chỉ đạo Đại hội.", [("2025-10-02", [])]),
    # a speech
    (LEAD + "Phát biểu chỉ đạo tại hội nghị, đồng chí [Phan Văn Dũng], Phó Bí thư Thường trực Huyện ủy đề nghị "
     "các cơ quan tiếp tục đổi mới phương thức dân vận.", [(D, [])]),
    # concluding is not chairing
    ("{Ngày 4/1/2024=2024-01-04}, Thường trực HĐND huyện tổ chức phiên họp đầu năm. Kết luận phiên họp, "
     "đồng chí [Nguyễn Duy Khánh], Chủ tịch HĐND huyện yêu cầu các Ban tập trung giám sát.",
     [("2024-01-04", [])]),
    # opening a meeting is not chairing it
    ("{Ngày 15/3/2024=2024-03-15}, Sở Nội vụ tổ chức hội nghị tập huấn công tác văn thư năm 2024. Đồng chí "
     "[Nguyễn Văn An], Giám đốc Sở Nội vụ phát biểu khai mạc hội nghị.", [("2024-03-15", [])]),
    # a planned session and its planned chair: no meeting at all
    ("Kỳ họp thứ 12 HĐND huyện dự kiến diễn ra vào {ngày 10/7/2024=2024-07-10} do đồng chí [Hà Minh Tâm], "
     "Chủ tịch HĐND huyện chủ trì.", []),
    ("UBND huyện sẽ tổ chức hội nghị tổng kết vào {ngày 20/12/2024=2024-12-20}; đồng chí [Hà Minh Tâm] sẽ chủ "
     "trì hội nghị.", []),
    ("Theo kế hoạch, {ngày 20/12/2024=2024-12-20}, UBND huyện sẽ tổ chức Hội nghị tổng kết công tác năm 2024 do "
     "đồng chí [Lê Văn Cường], Chủ tịch UBND huyện chủ trì.", []),
    # the lead-agency sense of "chủ trì"
    ("UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch cải cách hành "
     "chính năm 2024.", []),
    ("Sở Tư pháp chủ trì, phối hợp với UBND các huyện tổ chức tuyên truyền pháp luật cho người dân.", []),
    ("Kế hoạch số 12/KH-UBND {ngày 4/3/2024=2024-03-04} của UBND huyện giao Phòng Nội vụ chủ trì, tham mưu tổ "
     "chức hội nghị tổng kết vào cuối năm.", []),
    ("Theo phương án, các đồng chí đang chủ trì các phòng, ban sẽ được điều động về cơ sở.", []),
    # a meeting named as background
    ("Căn cứ kết luận của Hội nghị Ban Chấp hành Đảng bộ tỉnh {ngày 2/3/2023=2023-03-02}, Sở Nội vụ đã xây "
     "dựng đề án sắp xếp đơn vị sự nghiệp.", []),
    # voters' meetings the article announces
    ("Trong hai {ngày 11/11/2025=2025-11-11} và {ngày 12/11/2025=2025-11-12}, các tổ đại biểu HĐND tỉnh sẽ "
     "tiếp xúc cử tri ở các huyện miền núi.", []),
    # the head of a supervision team is not a chair
    ("{Sáng ngày 9/5/2023=2023-05-09}, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà [Nguyễn Thị Hạnh], "
     "Trưởng Ban Pháp chế làm trưởng đoàn đã tiến hành giám sát tại Công an huyện Tây Giang.",
     [("2023-05-09", [])]),
    # 1. "có" + a classifier holds even a supervision visit; a negation holds nothing
    ("{Chiều 5/6=2024-06-05}, tại xã Phúc Sen, Đoàn giám sát của HĐND tỉnh đã có buổi giám sát việc thực hiện "
     "chính sách dân tộc.", [("2024-06-05", [])]),
    ("{Ngày 5/6/2024=2024-06-05}, vì mưa lớn, Ban Chỉ đạo huyện không có cuộc họp giao ban như thường lệ.", []),
    # 2. the new committee's first session reported in a congress article, no chair named
    ("{Chiều 10/8/2025=2025-08-10}, Đại hội đại biểu Đảng bộ xã Yên Lạc lần thứ I bế mạc sau hai ngày làm "
     "việc. Đại hội đã bầu 25 đồng chí vào Ban Chấp hành. Theo kết quả phiên họp thứ nhất, đồng chí [Nông "
     "Đức Thắng] được bầu giữ chức Bí thư Đảng ủy xã.", [("2025-08-10", []), (None, [])]),
    # 3. a past reception named with its day in brackets
    ("{Sáng 15/8/2024=2024-08-15}, đồng chí [Giàng A Sử], Bí thư Huyện ủy chủ trì buổi tiếp công dân định kỳ "
     "tháng 8. Tại buổi tiếp, một hộ dân tiếp tục kiến nghị về vụ việc đã được trả lời tại phiên tiếp công "
     "dân trước ({ngày 15/7/2024=2024-07-15}).", [("2024-08-15", ["Giàng A Sử"])]),
    # 3. the conclusion of an earlier meeting
    ("{Ngày 10/10/2023=2023-10-10}, UBND huyện tổ chức hội nghị triển khai sắp xếp đơn vị hành chính cấp xã. "
     "Theo kết luận của Hội nghị Ban Thường vụ Huyện ủy {ngày 26/9/2023=2023-09-26} đã thông qua, huyện hoàn "
     "thành đề án trong tháng 11.", [("2023-10-10", [])]),
    # 3. a session named by its day as a reference point
    (LEAD + "Tại phiên họp {ngày 12/7/2024=2024-07-12}, Thường trực HĐND huyện đã thống nhất nội dung trình "
     "kỳ họp chuyên đề.", [(D, [])]),
    (LEAD + "Tại phiên họp {ngày 12/7/2024=2024-07-12} do đồng chí [Lương Văn Đoàn] chủ trì, Thường trực HĐND "
     "huyện đã cho ý kiến về chương trình giám sát.", [(D, [])]),
    # 3. ... but a meeting named by its day is the article's own when it reports no other
    ("Tại Hội nghị Ban Chấp hành Đảng bộ huyện {ngày 5/10/2023=2023-10-05}, đồng chí [Đặng Quốc Khánh], Phó "
     "Trưởng Ban Tổ chức Tỉnh ủy đã trao quyết định điều động cán bộ.", [("2023-10-05", [])]),
    # 3. an earlier meeting told as background: named in passing after "Trước đó," ...
    (LEAD + "Trước đó, tại hội nghị {ngày 3/3/2023=2023-03-03}, Ban Thường vụ Huyện ủy đã cho ý kiến về báo cáo "
     "tổng kết.", [(D, [])]),
    # ... but one the sentence reports held on a day of its own is a meeting (the annotators' reading:
    # "Trước đó, chiều …, Ban Thường vụ … đã họp …" is listed), unless over a month before the first
    (LEAD + "Trước đó, {ngày 3/3/2023=2023-03-03}, Ban Thường vụ Huyện ủy đã họp cho ý kiến về báo cáo tổng "
     "kết.", [(D, []), ("2023-03-03", [])]),
    (LEAD + "Trước đó, {ngày 3/1/2023=2023-01-03}, Ban Thường vụ Huyện ủy đã họp cho ý kiến về báo cáo tổng "
     "kết.", [(D, [])]),
    # 3. a start date is no meeting day
    (LEAD + "Tại hội nghị, đồng chí [Vũ Hồng Quân], Phó Chủ tịch UBND huyện trao quyết định bổ nhiệm Trưởng "
     "phòng Nội vụ giữ chức vụ kể từ {ngày 01/10/2023=2023-10-01}.", [(D, [])]),
    ("Lễ công bố quyết định thành lập Trung tâm Y tế huyện, có hiệu lực từ {ngày 01/10/2023=2023-10-01}, đã "
     "diễn ra trang trọng tại Hội trường UBND huyện.", [(None, [])]),
    # 4. a presidium runs a congress: no chair
    ("{Sáng 26/7/2025=2025-07-26}, Đại hội đại biểu Đảng bộ xã Đông Thành lần thứ I khai mạc. Đoàn Chủ tịch "
     "Đại hội gồm các đồng chí [Trịnh Văn Bảo], [Lý Thị Hoa], [Quách Minh Tuấn] điều hành phiên khai mạc.",
     [("2025-07-26", [])]),
    ("{Ngày 30/7/2025=2025-07-30}, Đảng bộ xã Kim Bôi tổ chức Đại hội đại biểu lần thứ I. Đại hội do Đoàn Chủ "
     "tịch gồm 5 đồng chí điều hành; đồng chí [Bùi Văn Thạch], Bí thư Đảng ủy xã thay mặt Đoàn Chủ tịch điều "
     "hành phiên bầu cử.", [("2025-07-30", [])]),
    # 4. a plan for later in a held congress does not undo it
    ("{Sáng 3.10=2025-10-03}, Đại hội Đảng bộ phường Ninh Xá lần thứ nhất bước vào phiên làm việc thứ hai, dự "
     "kiến bế mạc vào chiều cùng ngày.", [("2025-10-03", [])]),
    # 4. plans are not meetings
    ("Theo kế hoạch, {ngày 20/12/2024=2024-12-20}, Hội nghị tổng kết công tác năm 2024 của UBND huyện sẽ diễn "
     "ra tại Hội trường huyện.", []),
    ("Dự kiến, {ngày 15/8/2025=2025-08-15}, Đại hội đại biểu Đảng bộ xã Tam Đa lần thứ I sẽ khai mạc với 150 "
     "đại biểu.", []),
    ("Hội nghị sơ kết 6 tháng của Ban Chỉ đạo sẽ được tổ chức vào {ngày 10/7/2024=2024-07-10} do đồng chí [Phùng "
     "Văn Hải], Trưởng ban chủ trì.", []),
]


# Phrasings of patterns/meeting_rules.yaml: (article body, [(day, chairs)], the rule in the fact's name)
RULED = [
    # a sentence opening "Tại <event>" reports the meeting when nothing else does
    ("Theo đó, ông [Lù Văn Sinh] được bầu giữ chức Chủ tịch UBND xã Pa Vây Sử. Cũng tại kỳ họp, HĐND xã đã "
     "biểu quyết thông qua 6 nghị quyết quan trọng.", [(None, [])], "at_event_opening"),
    ("Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác dân vận quý I và bàn nhiệm vụ quý II.",
     [(None, [])], "at_event_opening"),
    # ... but not a plan
    ("Tại các buổi tiếp xúc, các đại biểu sẽ báo cáo với cử tri kết quả kỳ họp.", [], None),
    # a caption of the scene; the dateline lead gives the day
    ("{Sáng 14/3=2025-03-14}, Sở Nội vụ tỉnh công bố kết quả Chỉ số cải cách hành chính năm 2024 của các sở, "
     "ngành.\nNăm nay Sở Tư pháp tiếp tục dẫn đầu khối sở, ngành.\nQuang cảnh buổi lễ công bố\nCác huyện miền "
     "núi có nhiều tiến bộ.", [("2025-03-14", [])], "scene_caption+lead_day"),
    # a speech at the event, in a caption
    ("Đồng chí [Hoàng Văn Nam], Bí thư Huyện ủy phát biểu tại buổi làm việc\nBuổi làm việc nhằm đánh giá kết "
     "quả hai năm thực hiện nghị quyết đại hội.", [(None, [])], "speech_at_event"),
    # a decision handed over
    ("Cùng ngày, tại huyện Mường Nhé, đồng chí [Lò Văn Mừng], Phó Bí thư Tỉnh ủy đã trao Quyết định điều động "
     "đồng chí [Giàng A Dế] giữ chức Bí thư Huyện ủy.", [(None, [])], "decision_handover"),
    # a series over a span of days: one meeting, no day
    ("Từ {ngày 3/4/2024=2024-04-03} đến {ngày 25/4/2024=2024-04-25}, Phòng Tư pháp huyện đã tổ chức các cuộc "
     "hội nghị tuyên truyền pháp luật tại 5 xã.", [(None, [])], "held_series"),
    # a session with its part of day (a day without a year dates it null)
    ("HĐND huyện Bảo Lạc phiên làm việc sáng ngày {10/12=XXXX-12-10}, đã tiến hành bầu bổ sung Ủy viên UBND "
     "huyện.", [(None, [])], "session_part_of_day"),
    ("Trong phiên họp chiều {5/7/2024=2024-07-05}, các đại biểu đã thảo luận về dự thảo nghị quyết.",
     [("2024-07-05", [])], "session_part_of_day"),
    # a schedule is no meeting
    ("Lễ phát động Tết trồng cây năm 2025 của huyện được tổ chức vào {ngày 12/2/2025=2025-02-12} tại đồi thông "
     "xã Yên Hòa.", [], None),
    # a supervision team at work, on its sentence's day (without one, nothing)
    ("{Chiều 19/9/2024=2024-09-19}, Đoàn giám sát của Ban Kinh tế - Xã hội HĐND huyện đã giám sát tại UBND xã "
     "Phong Hải về quản lý đất công.", [("2024-09-19", [])], "team_inspects"),
    ("Đoàn kiểm tra của Ủy ban Kiểm tra Huyện ủy kiểm tra tại Chi bộ thôn Nà Mò về thu nộp đảng phí.", [], None),
    # a congress reported as ended; a wish is none
    ("Đại hội đại biểu Hội Cựu chiến binh xã Quang Minh lần thứ VIII, nhiệm kỳ 2022 – 2027 đã thành công tốt "
     "đẹp.", [(None, [])], "event_then_verb"),
    ("Thay mặt Ban Thường vụ Huyện ủy, đồng chí [Lò Thị Én] chúc Đại hội thành công tốt đẹp.", [], None),
    # "họp phiên" is the verb and its session
    ("{Sáng 2/8/2024=2024-08-02}, Thường trực HĐND huyện Si Ma Cai họp phiên thường kỳ tháng 8.",
     [("2024-08-02", [])], "verb_event"),
    # a co-chair named after "Cùng chủ trì có"
    ("{Sáng 6/5/2024=2024-05-06}, Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua. Cùng chủ trì có đồng "
     "chí [Vàng Thị Mai], Phó Giám đốc Sở Nội vụ.", [("2024-05-06", ["Vàng Thị Mai"])],
     "held_verb+chair_then_names"),
    # the chair named first, the day in the next sentence: one meeting
    ("Chủ trì hội nghị có đồng chí [Nông Văn Chí], Chủ tịch UBND huyện. Hội nghị diễn ra {sáng 9/10/2024="
     "2024-10-09} tại hội trường Huyện ủy.", [("2024-10-09", ["Nông Văn Chí"])], "event_then_verb+chair_event_then_names"),
    # each name with its own dash tag; full stops after abbreviated titles end no sentence
    ("{Sáng 5/4/2024=2024-04-05}, UBND xã Ia Pnôn tổ chức hội nghị sơ kết quý I. Dự hội nghị có Đ/c: [Ksor "
     "Nguah] - BT. Đảng ủy, CT. HĐND xã – Chủ trì hội nghị; Đ/c: [Rah Lan Hiếu] – PCT. HĐND xã, Đ/c: [Rơ Châm "
     "Tuấn] – PCT. UBND xã – Đồng chủ trì Hội nghị. Đ/c [Kpă Thị Mai] - PCT. UBND xã – Đồng chủ trì Hội nghị.",
     [("2024-04-05", ["Ksor Nguah", "Rơ Châm Tuấn", "Kpă Thị Mai"])], "held_verb+chair_tag_after_role"),
]


@pytest.mark.parametrize("text,expected,rule", RULED)
def test_rule_phrasings(text, expected, rule):
    found = meetings(text)
    assert [(f["date"], f["chair"]) for f in found] == expected
    if rule:
        assert found[0].rule == rule


@pytest.mark.parametrize("text,expected", CHAIRED + NOT_CHAIRED)
def test_chairs(text, expected):
    assert summary(text) == expected


def test_table_size():
    assert len(CHAIRED) + len(NOT_CHAIRED) >= 60 and len(NOT_CHAIRED) >= 25


# (article body, title, expected fields of the one meeting)
FIELDS = [
    (LEAD, "Tin hoạt động", dict(event_type="hội nghị", organizer="UBND huyện Đại Lộc", place="huyện Đại Lộc",
                                 online=False, topic="tổng kết công tác dân vận năm 2022")),
    ("{Chiều ngày 9/3/2022=2022-03-09}, Sở Y tế tổ chức Hội nghị trực tuyến với 15 bệnh viện tuyến huyện về "
     "tiêm chủng mở rộng.", "Tin hoạt động",
     dict(online=True, topic="với 15 bệnh viện tuyến huyện về tiêm chủng mở rộng", date="2022-03-09",
          organizer="Sở Y tế")),
    ("{Ngày 08/4/2022=2022-04-08},Ban Chỉ đạo phòng chống thiên tai huyện Na Rì đã họp rà soát phương án ứng phó "
     "mùa mưa lũ.", "Tin hoạt động",
     dict(event_type="cuộc họp", organizer="Ban Chỉ đạo phòng chống thiên tai huyện Na Rì", place="huyện Na Rì",
          topic="rà soát phương án ứng phó mùa mưa lũ")),
    ("{Chiều 22/6=2021-06-22}, Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện và các đơn vị liên "
     "quan tổ chức hội thảo khoa học.", "Yên Minh: Hội thảo về lịch sử Đảng bộ huyện",
     dict(event_type="hội thảo", organizer="Ban Tuyên giáo Huyện ủy", place="Yên Minh")),
    ("{Chiều 5/6/2023=2023-06-05}, UBND tỉnh tổ chức hội nghị sơ kết công tác chuyển đổi số. Hội nghị được tổ "
     "chức theo hình thức trực tiếp kết hợp trực tuyến đến các huyện.", "Tin hoạt động",
     dict(online=True, organizer="UBND tỉnh", topic="sơ kết công tác chuyển đổi số")),
    ("{Ngày 28-9=XXXX-09-28}, HĐND huyện Ba Vì đã tổ chức kỳ họp bất thường.", "Tin hoạt động",
     dict(event_type="kỳ họp", date=None, organizer="HĐND huyện Ba Vì")),
    ("{Sáng 2.10=2025-10-02}, Đại hội Đảng bộ xã Tân Hòa lần thứ nhất bước vào phiên làm việc thứ hai.",
     "Tin hoạt động", dict(event_type="đại hội", date="2025-10-02", rule="dated_subject")),
    ("{Chiều 3/12=2023-12-03}, tại kỳ họp thứ 9 HĐND thành phố; các đại biểu đã chất vấn đồng chí [Lê Văn Sâm], "
     "Giám đốc Sở Xây dựng.", "Tin hoạt động",
     dict(event_type="kỳ họp", chair=[], date="2023-12-03", rule="at_event")),
    ("Làm việc với UBND xã Vĩnh Thuận về tiến độ xây dựng nông thôn mới, Đoàn công tác của tỉnh đề nghị xã "
     "khẩn trương hoàn thiện hồ sơ.", "Tin hoạt động",
     dict(event_type="buổi làm việc", date=None, chair=[], rule="lead_event")),
    (LEAD + "Tham dự hội nghị có đồng chí [Lê Hữu Phước], Bí thư Huyện ủy; đồng chí [Trần Thị Kim], Chủ tịch UBND "
     "huyện.", "Tin hoạt động", dict(attendees=["Lê Hữu Phước", "Trần Thị Kim"], chair=[])),
]


@pytest.mark.parametrize("text,title,expected", FIELDS)
def test_fields(text, title, expected):
    (m,) = meetings(text, title)
    assert {k: m.rule if k == "rule" else m[k] for k in expected} == expected


def test_chair_roles_and_evidence_quote_the_text():
    ta = build(LEAD + "Hội nghị do ông [Ngô Quang Minh], Chủ tịch UBND huyện chủ trì.")
    extract_meetings(ta)
    (m,) = ta.of_kind("meeting")
    assert m["chair_roles"] == ["Chủ tịch UBND"]
    (ev,) = m["chair_evidence"]
    assert ta.text[ev["start"]:ev["end"]] == ev["text"]
    assert ev["text"] == "Hội nghị do ông Ngô Quang Minh, Chủ tịch UBND huyện chủ trì."
    assert m.rule == "held_verb+chair_do"
    check_span(ta.text, m)
    assert ta.text[m.span.start:m.span.end].startswith("Sáng ngày 12/3/2023, UBND huyện Đại Lộc tổ chức")


def test_chair_evidence_ends_with_the_clause():
    ta = build(LEAD + "Dưới sự chủ trì của đồng chí [Phạm Thị Hoa] - Phó Chủ tịch UBND huyện, hội nghị đã đi sâu "
               "vào các nhiệm vụ năm 2023: cải cách thể chế; cải cách thủ tục hành chính.")
    extract_meetings(ta)
    (m,) = ta.of_kind("meeting")
    assert m["chair_evidence"][0]["text"] == ("Dưới sự chủ trì của đồng chí Phạm Thị Hoa - Phó Chủ tịch UBND huyện, "
                                              "hội nghị đã đi sâu vào các nhiệm vụ năm 2023")


def test_the_headline_adds_no_meeting_of_its_own():
    # a headline names the meeting of the lead; alone it reports nothing held
    assert summary("Kỳ họp thường lệ cuối năm dự kiến khai mạc vào {ngày 18/12/2024=2024-12-18}.",
                   "Gấp rút chuẩn bị kỳ họp cuối năm của HĐND thị xã") == []
    (m,) = meetings(LEAD, "UBND huyện Đại Lộc tổ chức Hội nghị tổng kết công tác dân vận")
    assert m["date"] == D


def test_hard_wrapped_lines_are_read_as_one_sentence():
    ta = build("Sáng\n{ngày 6/10/2022=2022-10-06}, bà [Đào Thị Yến], đại biểu Quốc hội\ntỉnh, tiếp xúc cử tri "
               "phường Cẩm\nThủy.")
    units = [ta.text[u.start:u.end] for u in reading_units(ta)]
    assert units[1].startswith("Sáng\nngày 6/10/2022") and units[1].endswith("phường Cẩm")
    extract_meetings(ta)
    assert [(f["date"], f["event_type"]) for f in ta.of_kind("meeting")] == [("2022-10-06", "tiếp xúc cử tri")]


@pytest.mark.parametrize("text", ["", "   ", "Tiêu đề", "Hội nghị", "chủ trì", "do chủ trì.", "[", "tổ chức họp",
                                  "Tiêu đề\n\nĐồng chí chủ trì chủ trì chủ trì"])
def test_bad_input_never_raises(text):
    art = make_article(text, "<bad>")
    if not isinstance(art, Article):  # an empty article is a read error, not an extractor's input
        return
    ta = tokenize(art)
    extract_meetings(ta)
    assert all(f.kind == "meeting" for f in ta.facts)


def test_lexicon_loads():
    lex = lexicon()
    assert lex.events["phiên họp"] == "phiên họp" and lex.events["họp"] == "cuộc họp"


# ---------------------------------------------------------------- the store and the command

def _stored(tmp_path, bodies):
    from govfacts.db.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    for i, (title, body) in enumerate(bodies):
        ta = build(body, title)
        ta.article.source = f"test/{i}.txt"
        extract_meetings(ta)
        ta.facts.sort(key=lambda f: f.span.start)
        for n, f in enumerate(ta.facts, 1):
            f.id = f"f{n}"
        result = to_json(ta)
        result["text"], result["sentences"] = ta.text, ta.sentences
        assert store.add(result)
    return store


BODIES = [
    ("Hòa Vang tổ chức hội nghị",
     "{Ngày 14.9=2022-09-14}, UBND huyện Hòa Vang tổ chức Hội nghị chuyên đề cải cách hành chính, đồng chí "
     "[Nguyễn Văn Hoà]- CT UBND huyện chủ trì hội nghị."),
    ("Tiên Hà tổ chức hội nghị",
     "{Chiều ngày 9/3/2021=2021-03-09}, UBND huyện Tiên Hà tổ chức Hội nghị triển khai nhiệm vụ năm 2021. "
     "Tham dự có đồng chí [Trầm Quế Hồng], Chủ tịch UBND huyện."),
    ("Thủy Nguyên họp",
     "{Ngày 2/6/2023=2023-06-02}, UBND huyện Thuỷ Nguyên tổ chức phiên họp thường kỳ, đồng chí [Lê Thị Thủy] chủ "
     "trì phiên họp."),
]


def test_query_filters_by_person_place_and_days(tmp_path):
    from govfacts.db.meetings import QueryError, chairs

    store = _stored(tmp_path, BODIES)
    rows = chairs(store)
    assert [r["date"] for r in rows] == ["2021-03-09", "2022-09-14", "2023-06-02"]
    assert rows[0]["chairs"] == []
    assert [r["date"] for r in chairs(store, person="nguyễn văn hòa")] == ["2022-09-14"]
    assert [r["date"] for r in chairs(store, person="Nguyen Van Hoa")] == ["2022-09-14"]
    assert [r["date"] for r in chairs(store, place="Thủy Nguyên")] == ["2023-06-02"]
    assert [r["date"] for r in chairs(store, since="2022", until="2022-12")] == ["2022-09-14"]
    assert [r["date"] for r in chairs(store, person="Văn")] == ["2022-09-14"]  # a whole word of the name
    assert chairs(store, person="Hồng") == []  # attended, did not chair
    assert chairs(store, person="Thu") == []  # not a word of "Lê Thị Thủy"
    (r,) = chairs(store, place="hoà vang")
    assert r["quote"].endswith("chủ trì hội nghị.") and r["chairs"][0]["role"] == "Chủ tịch UBND"
    with pytest.raises(QueryError):
        chairs(store, since="14/9/2022")


def test_chairs_command_formats(tmp_path):
    from govfacts.extraction.cli import cli

    store = _stored(tmp_path, BODIES)
    db = store.url
    run = CliRunner().invoke
    res = run(cli, ["chairs", "--db", db, "--place", "Hoà Vang"])
    assert res.exit_code == 0, res.output
    head, *lines = res.output.splitlines()
    assert head.split() == ["date", "event_type", "topic", "organizer", "chair", "chair_role", "source", "quote"]
    row = next(x for x in lines if x.startswith("2022-09-14"))
    assert "Nguyễn Văn Hoà  Chủ tịch UBND" in row and "«Nguyễn Văn Hoà»" in row  # the sentence around the chair
    res = run(cli, ["chairs", "--db", db, "--format", "json"])
    assert [json.loads(x)["date"] for x in res.output.splitlines()] == ["2021-03-09", "2022-09-14", "2023-06-02"]
    res = run(cli, ["chairs", "--db", db, "--format", "csv", "--person", "Lê Thị Thuỷ"])
    lines = res.output.splitlines()
    assert lines[0].startswith("date,event_type") and len(lines) == 2 and "Lê Thị Thủy" in lines[1]
    res = run(cli, ["chairs", "--db", db, "--since", "yesterday"])
    assert res.exit_code == 2 and "not a date" in res.output
    res = run(cli, ["chairs", "--db", db, "--person", "Nobody"])
    assert "no stored meeting matches" in res.output


# ---------------------------------------------------------------- end to end (real extractors)

_LANDED = {"official", "date", "meeting"} <= set(registry.default_names())
needs_extractors = pytest.mark.skipif(not _LANDED, reason="official/date/meeting extractors not yet in PIPELINE")

SEED_CHAIRS = [
    ("000_c9c5d3ee07f476ec", [("2022-03-09", [])]),
    ("001_fc26c6f31f86efb4", [("2024-07-04", ["Võ Văn Vinh"])]),
    ("002_61edd261ad8c1a0f", [("2022-09-14", ["Nguyễn Văn Hòa"])]),
    ("003_721d430f96819d2f", [("2023-01-12", ["Lê Ngọc Bảo"])]),
    ("004_8a1217b403a8b5d6", [("2022-04-08", ["Lưu Quốc Trung"])]),
]


@needs_extractors
@pytest.mark.parametrize("name,expected", SEED_CHAIRS)
def test_seed_chairs_end_to_end(name, expected):
    from govfacts.extraction.pipeline import extract_text

    result = extract_text((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))
    got = [(f["date"], f["chair"]) for f in result["facts"] if f["kind"] == "meeting"]
    assert got == expected


# Days from the real date extractor: a lead without a year, the year from the page's date line.
DATELINE = "Lãnh đạo tỉnh làm việc tại huyện Bảo Lâm\nNgày cập nhật 06/06/2024\n"
END_TO_END = [
    # co-chairs with dashed titles; a body name with "Kế hoạch" in it is not a plan
    (DATELINE + "Sáng 4/6, UBND tỉnh Hòa Bắc phối hợp với VCCI tổ chức hội nghị phân tích Chỉ số PCI năm 2023. "
     "Ông Trần Văn Tám – Phó Chủ tịch UBND tỉnh và ông Lê Hữu Phước – Giám đốc Sở Kế hoạch và Đầu tư đồng chủ "
     "trì hội nghị.", [("2024-06-04", ["Trần Văn Tám", "Lê Hữu Phước"])]),
    # chairing at a place of an online meeting
    (DATELINE + "Chiều 5/6, UBND tỉnh Hòa Bắc tổ chức hội nghị trực tuyến phân tích kết quả các bộ chỉ số năm "
     "2023. Đồng chí Đỗ Văn Lâm, UVBTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh chủ trì tại điểm cầu tỉnh; ở "
     "điểm cầu các huyện, hội nghị do Chủ tịch UBND cấp huyện chủ trì.", [("2024-06-05", ["Đỗ Văn Lâm"])]),
    # a Central Highlands name chairing, in a caption line
    (DATELINE + "Ngày 3/6, Sở Nội vụ tỉnh Hòa Bắc tổ chức hội nghị phân tích kết quả Chỉ số CCHC năm 2023.\n"
     "Bà H'Linh Niê – Phó Giám đốc Sở Nội vụ chủ trì hội nghị", [("2024-06-03", ["H'Linh Niê"])]),
    (DATELINE + "Chiều 5/6, Đoàn công tác của UBND tỉnh do ông Triệu Văn Khoa, Phó Chủ tịch UBND tỉnh làm "
     "Trưởng đoàn đã có buổi làm việc với huyện Bảo Lâm về giải ngân vốn đầu tư công. Dưới sự chủ trì của ông "
     "Triệu Văn Khoa, các sở, ngành đã trao đổi những vướng mắc.", [("2024-06-05", ["Triệu Văn Khoa"])]),
    (DATELINE + "Chiều 5/6, Đoàn công tác của UBND tỉnh đã kiểm tra tiến độ giải ngân vốn đầu tư công tại huyện "
     "Bảo Lâm. Dưới sự chủ trì của ông Triệu Văn Khoa, Phó Chủ tịch UBND tỉnh, các sở, ngành đã trao đổi những "
     "vướng mắc.", [("2024-06-05", ["Triệu Văn Khoa"])]),
    (DATELINE + "Sáng 4/6, UBND huyện Bảo Lâm tổ chức hội nghị giao ban tháng 6. Tại hội nghị, ông Nông Văn Sơn, "
     "Chủ tịch UBND huyện trao quyết định bổ nhiệm Chánh Văn phòng kể từ ngày 01/6/2024.", [("2024-06-04", [])]),
]


@needs_extractors
@pytest.mark.parametrize("text,expected", END_TO_END)
def test_days_from_the_date_extractor(text, expected):
    from govfacts.extraction.pipeline import extract_text

    result = extract_text(text)
    assert [(f["date"], f["chair"]) for f in result["facts"] if f["kind"] == "meeting"] == expected


@needs_extractors
def test_chairs_place_on_the_ingested_seeds(tmp_path):
    from govfacts.extraction.cli import cli

    db = str(tmp_path / "seeds.db")
    res = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", db, "--jobs", "1"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["chairs", "--place", "Nông Sơn", "--db", db])
    assert res.exit_code == 0, res.output
    assert "2022-09-14" in res.output and "Nguyễn Văn Hòa" in res.output
    assert "Tiên Phước" not in res.output
    res = CliRunner().invoke(cli, ["chairs", "--place", "Nông Sơn", "--db", db, "--format", "csv"])
    assert ",\"Ngày 14.9, UBND huyện Nông Sơn tổ chức Hội nghị chuyên đề cải cách hành chính năm 2022, đồng chí " \
           "Nguyễn Văn Hòa- CT UBND huyện chủ trì hội nghị.\"" in res.output  # the whole sentence
