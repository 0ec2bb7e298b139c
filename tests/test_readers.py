"""Readers: text, HTML, JSON Lines; chrome, titles, the page's own date; bad input in one line."""
import json

import pytest

from govfacts.corpus.readers import ReadError, ReadNote, make_article, read_file, read_paths
from govfacts.extraction.model import Article

BODY = "Chiều ngày 9/3/2022, UBND huyện tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2022 với đầy đủ thành phần."


def read(*paths):
    return list(read_paths([str(p) for p in paths]))


def test_plain_text_title_is_first_line_and_text_is_nfc(tmp_path):
    f = tmp_path / "a.txt"
    decomposed = "Hội nghị".encode("utf-8").decode("utf-8")
    import unicodedata
    f.write_text(unicodedata.normalize("NFD", "Tiêu đề Hội nghị\n\n" + BODY), encoding="utf-8")
    (art,) = read(f)
    assert art.title == "Tiêu đề Hội nghị"
    assert art.text == unicodedata.normalize("NFC", art.text)
    assert decomposed in art.text


@pytest.mark.parametrize("header,published", [
    ("Ngày cập nhật 15/01/2024", "2024-01-15"),
    ("Ngày đăng: 08/07/2024  11:38", "2024-07-08"),
    ("  • Cập nhật: 19/11/2020", "2020-11-19"),
    ("Thứ Năm, 17/07/2025", "2025-07-17"),
    ("06/02/2024 - 11:06", "2024-02-06"),
    ("8:22, Thứ Ba, 6-6-2023", "2023-06-06"),
    ("Lượt xem: 665", None),
    ("12/03/2023 08:15 Lượt xem: 87", "2023-03-12"),
    ("Ngày cập nhật 31/11/2021", None),
    # portal and WordPress forms, read by dateparser once the date rules found them
    ("7 Tháng 3 2016", "2016-03-07"),
    ("21 thg 4, 2017", "2017-04-21"),
    ("Tháng Mười Một 14, 2018, 09:20", "2018-11-14"),
    ("03 Tháng hai 2019 - 10:15 PM", "2019-02-03"),
    (" date 2026-01-26 Tiêu đề bài", "2026-01-26"),
    (" date 2025-01 Tiêu đề bài", None),  # a month is no page date
    # a body line citing a document is no date line: its day is the document's
    ("Quyết định số 1234/QĐ-UBND ngày 05/3/2023", None),
    ("Căn cứ Kế hoạch 45/KH-UBND, 12/4/2022", None),
])
def test_page_date(header, published):
    art = make_article(f"Tiêu đề bài\n{header}\n{BODY}", "x")
    assert art.published == published


def test_chrome_is_marked_and_title_skips_it():
    text = "Tìm kiếm tin tức\n\nChung nhan Tin Nhiem Mang\nTiêu đề thật\n" + BODY + "\nTin liên quan\nQuyết định số 1/QĐ-UBND\nThống kê truy cập\nTruy câp tổng 18.619.718"
    art = make_article(text, "x")
    assert art.title == "Tiêu đề thật"
    tail = text.index("Tin liên quan")
    assert art.in_chrome(tail, tail + 5) and art.in_chrome(text.index("Quyết"), text.index("Quyết") + 3)
    assert not art.in_chrome(text.index("Chiều"), text.index("Chiều") + 5)


def test_chrome_marker_before_any_body_does_not_swallow_the_article():
    art = make_article("Tin mới\nTiêu đề\n" + BODY, "x")
    assert not art.in_chrome(art.text.index("Chiều"), art.text.index("Chiều") + 5)


def test_html_page_through_trafilatura(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(f"""<!DOCTYPE html><html><head><title>Hội nghị CCHC</title>
<meta property="article:published_time" content="2022-03-10"></head><body>
<nav><a href="/">Trang chủ</a></nav><article><h1>Hội nghị CCHC</h1><p>{BODY}</p>
<p>Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh được quán triệt tại hội nghị.</p></article>
<footer>Thống kê truy cập</footer></body></html>""", encoding="utf-8")
    (art,) = read(f)
    assert isinstance(art, Article)
    assert "2370/QĐ-UBND" in art.text and "Trang chủ" not in art.text


def test_jsonl_bundle(tmp_path):
    f = tmp_path / "b.jsonl"
    rows = [{"title": "Bài một", "text": BODY, "url": "http://x/1", "published": "2022-03-10"},
            {"title": "Bài hai", "text": "Nội dung bài hai đủ dài để là một bài viết thật."}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{not json\n", encoding="utf-8")
    items = read(f)
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert [a.title for a in arts] == ["Bài một", "Bài hai"]
    assert arts[0].published == "2022-03-10" and arts[0].url == "http://x/1"
    assert arts[0].text.startswith("Bài một\n\n")
    assert len(errs) == 1 and str(errs[0]).startswith(f"{f}:3: not valid JSON")


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy Vietnamese editors wrote it: base letter, then a combining tone."""
    import unicodedata

    out = b""
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return out


BAD = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("legacy.txt", cp1258("Hội nghị cải cách hành chính"), "not UTF-8"),
    ("truncated.html", b"<html><head><title>x</title></head><body><div>", "no article text found in HTML"),
    ("chrome.txt", "Tìm kiếm tin tức\nThống kê truy cập\n".encode(), "no article text"),
]


@pytest.mark.parametrize("name,data,problem", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_naming_the_file(tmp_path, name, data, problem):
    f = tmp_path / name
    f.write_bytes(data)
    (item,) = read(f)
    assert isinstance(item, ReadError)
    line = str(item)
    assert line.startswith(str(f)) and problem in line and "\n" not in line


def test_utf16_is_read_with_a_note(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_text("Tiêu đề\n" + BODY, encoding="utf-16")
    items = read(f)
    assert any(isinstance(i, ReadNote) and "UTF-16" in str(i) for i in items)
    (art,) = [i for i in items if isinstance(i, Article)]
    assert art.title == "Tiêu đề"


def test_directory_with_one_unreadable_file_among_good_ones(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Bài A\n" + BODY, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Bài B\n" + BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00garbage\x00" * 3 + b"\x00\xd8")  # broken UTF-16
    (tmp_path / "notes.tsv").write_text("ignored", encoding="utf-8")
    items = read(tmp_path)
    assert sorted(i.title for i in items if isinstance(i, Article)) == ["Bài A", "Bài B"]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert len(errors) == 1 and "c.txt" in errors[0]


def test_missing_path():
    (item,) = read("/nonexistent/x.txt")
    assert isinstance(item, ReadError) and "no such file" in str(item)


SAPO_PAGE = """<!DOCTYPE html><html><head><title>Hội nghị triển khai nhiệm vụ năm 2024</title>
<meta name="description" content="Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024.">
</head><body><div class="sapo">Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024.</div>
<article><p>Đồng chí Lê Văn Bình, Chủ tịch UBND huyện chủ trì hội nghị. Tại hội nghị, các đại biểu đã thảo luận
nhiều giải pháp rút ngắn thời gian xử lý hồ sơ tại bộ phận một cửa của huyện.</p>
<p>Hội nghị thống nhất giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan thực hiện.</p></article>
</body></html>"""


def test_the_lead_paragraph_of_an_html_page_is_kept(tmp_path):
    from govfacts.extraction.pipeline import default_pipeline

    page = tmp_path / "sapo.html"
    page.write_text(SAPO_PAGE, encoding="utf-8")
    article = next(iter(read_file(page)))
    assert "Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức" in article.text
    assert article.text.count("Sáng ngày 14/3/2024") == 1  # once, whether or not the body has it
    facts = default_pipeline()(article)["facts"]
    meeting = next(f for f in facts if f["kind"] == "meeting")
    assert meeting["date"] == "2024-03-14" and meeting["chair"] == ["Lê Văn Bình"]
    assert all(article.text[f["span"]["start"]:f["span"]["end"]] == f["span"]["text"] for f in facts)


def test_a_site_tagline_is_no_lead(tmp_path):
    page = tmp_path / "tagline.html"
    page.write_text(SAPO_PAGE.replace('content="Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức hội nghị triển khai '
                                      'nhiệm vụ cải cách hành chính năm 2024."', 'content="Cổng thông tin điện tử"'),
                    encoding="utf-8")
    assert "Cổng thông tin" not in next(iter(read_file(page))).text


def test_a_failing_reader_is_one_line_and_the_other_files_are_stored(tmp_path, monkeypatch):
    """The lxml case: an HTML reader that dies on import must not lose the plain-text files."""
    import govfacts.corpus.readers as readers
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    def broken(html, source):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(readers, "read_html", broken)
    (tmp_path / "page.html").write_text("<html><body><p>Tin</p></body></html>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Tin một\nNgày 9/3/2022, UBND xã tổ chức hội nghị.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tin hai\nQuyết định số 2370/QĐ-UBND ngày 19/8/2021.", encoding="utf-8")
    store = Store.open(f"sqlite:///{tmp_path / 'facts.db'}")
    summary = ingest([str(tmp_path)], store, jobs=1)
    assert (summary.stored, summary.failed) == (2, 1)
    assert len(summary.errors) == 1 and "page.html" in summary.errors[0] and "ImportError" in summary.errors[0]
