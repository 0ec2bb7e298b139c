"""The tokenizer stage keeps exact character offsets whatever underthesea does to whitespace."""
import pytest

from govfacts.extraction.model import Article
from govfacts.extraction.tokenizer import align, tokenize

CASES = [
    "Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh",
    "Ông\u00a0Võ\u00a0Văn Vinh – PCT UBND, Phó Trưởng BCĐ CCHC&CĐS chủ trì Hội nghị",
    "Hội nghị   do  ông Lê Ngọc Bảo,   Chủ tịch UBND huyện chủ trì.",
    "Số: 1206 /QĐ-HVTC ngày 19 - 8 - 2021 // văn bản 12 / UBND - VP",
    "Kinh tế – xã hội – an ninh quốc phòng –– trên địa bàn",
    "\n\n  Tiêu đề\n\nĐoạn một. Đoạn hai!\n\n\nTin liên quan\n",
    "a\tb\u2009c\u00a0\u00a0d",
    "“Người đứng đầu…” các cơ quan; đạt 80,28/100 điểm.",
]


@pytest.mark.parametrize("text", CASES)
def test_doc_text_is_the_article_text(text):
    ta = tokenize(Article(text))
    assert ta.doc.text == text
    for tok in ta.doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


@pytest.mark.parametrize("text", CASES)
def test_sentences_quote_the_text_and_do_not_overlap(text):
    ta = tokenize(Article(text))
    prev = 0
    for s, e in ta.sentences:
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e


def test_full_names_stay_one_token():
    ta = tokenize(Article("Tham dự có đồng chí Phan Văn Dương, Phó bí thư Huyện ủy."))
    assert "Phan Văn Dương" in [t.text for t in ta.doc]


def test_every_line_is_its_own_sentence():
    ta = tokenize(Article("Tiêu đề bài viết\nẢnh: Quang cảnh hội nghị\nNội dung. Câu hai."))
    texts = [ta.text[s:e] for s, e in ta.sentences]
    assert texts[:2] == ["Tiêu đề bài viết", "Ảnh: Quang cảnh hội nghị"]
    assert len(texts) == 4


def test_align_resyncs_after_a_changed_piece():
    text = "ab  cd ef"
    spans, end = align(text, ["ab", "XX", "ef"], 0, len(text))
    assert spans[0] == (0, 2) and spans[2] == (7, 9) and end == 9


@pytest.mark.parametrize("old,new", [("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"),
                                     ("Thanh Hoá", "Thanh Hóa"), ("Đoàn", "Đoàn"), ("Hoàng", "Hoàng"),
                                     ("quý", "quý"), ("Thuỵ Khuê", "Thụy Khuê")])
def test_tone_placement_is_normalised_only_at_a_syllable_end(old, new):
    from govfacts.extraction.text import normalize_tones

    assert normalize_tones(old) == new


@pytest.mark.parametrize("line", ["Tiêu đề bài viết", "  Ảnh: Quang cảnh hội nghị\u00a0", "", "   ",
                                  "Kinh tế – xã hội; an ninh", "Hội nghị. Câu hai!", "Vì sao? Vì…", "TP. Tam Kỳ"])
def test_a_line_without_a_sentence_end_is_one_sentence_as_underthesea_has_it(line):
    from underthesea import sent_tokenize

    from govfacts.extraction.tokenizer import _sent_tokenize

    assert _sent_tokenize(line) == sent_tokenize(line)
