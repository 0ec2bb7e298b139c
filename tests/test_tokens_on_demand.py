"""Words are segmented only where a stage reads them, and the facts are the same as when every
sentence is segmented: byte for byte on every corpus set."""
from __future__ import annotations

import json

import pytest

from govfacts.corpus.readers import make_article, read_paths
from govfacts.extraction.model import Article
from govfacts.extraction.pipeline import Pipeline, to_json
from govfacts.extraction.tokenizer import MAX_CHUNK, MAX_RUN, TokenView, chunks, find_sentences, segment_words, tokenize

from .conftest import DEV, ROOT, SEEDS, needs_shared

HELDOUT = ROOT / "corpus" / "heldout"


class EagerPipeline(Pipeline):
    """The pipeline with every sentence segmented before the extractors run."""

    def process(self, article: Article):
        ta = tokenize(article)
        ta.tokens.all()
        for _name, component in self.components:
            component(ta)
        self._finish(ta)
        return ta


def _outputs(pipeline: Pipeline, folder) -> list[str]:
    return [json.dumps(pipeline(a), ensure_ascii=False) for a in read_paths([folder]) if isinstance(a, Article)]


@pytest.mark.parametrize("folder", [SEEDS, HELDOUT], ids=["seeds", "heldout"])
def test_on_demand_tokens_give_the_same_json_as_segmenting_everything(folder):
    lazy, eager = _outputs(Pipeline(), folder), _outputs(EagerPipeline(), folder)
    assert lazy and lazy == eager


@needs_shared
def test_on_demand_tokens_give_the_same_json_on_the_development_articles():
    lazy, eager = _outputs(Pipeline(), DEV), _outputs(EagerPipeline(), DEV)
    assert len(lazy) >= 50 and lazy == eager


ARTICLE = (
    "Huyện tổng kết công tác cải cách hành chính năm 2023\n"
    "Chiều ngày 12/01/2024, UBND huyện tổ chức hội nghị tổng kết công tác cải cách hành chính. "
    "Dự hội nghị có lãnh đạo các phòng, ban, ngành và Chủ tịch UBND các xã, thị trấn. "
    "Năm 2023, huyện đạt 85,12/100 điểm, xếp thứ 5/18 huyện, thị xã, thành phố. "
    "Bà Trần Thị Mai, Giám đốc Sở Nội vụ phát biểu chỉ đạo hội nghị."
)


def test_only_the_sentences_read_word_by_word_are_segmented():
    art = make_article(ARTICLE, "<test>")
    ta = Pipeline().process(art)
    assert 0 < ta.tokens.segmented < len(ta.sentences)
    official = next(f for f in ta.facts if f.kind == "official")
    assert official["roles"][0]["org"] == "sở nội vụ"


def test_a_run_reads_on_into_the_next_sentences_and_matches_the_whole_stream():
    text = "Sở Tư pháp. Phòng Văn hóa và Thông tin\n\nỦy ban nhân dân  xã"
    view = TokenView(text, find_sentences(text))
    every = view.all()
    for pos in (0, 3, 11, 12, 40, len(text)):
        run = view.run_from(pos)
        j = 0
        while run.has(j):
            j += 1
        tail = list(zip(run.starts, run.ends))
        assert tail == every[len(every) - len(tail):]
        assert all(e <= pos for _s, e in every[:len(every) - len(tail)])
    covered = "".join(text[s:e] for s, e in every)
    assert covered.replace(" ", "") == text.replace(" ", "")


def test_a_long_sentence_is_cut_at_safe_points_and_its_tokens_still_quote_the_text():
    clause = "các cơ quan, đơn vị triển khai kế hoạch số 12/KH-UBND về chuyển đổi số; "
    text = "Theo đó, " + clause * 60 + "báo cáo kết quả trước ngày 30/6."
    pieces = chunks(text, 0, len(text))
    assert len(pieces) > 1 and all(e - s <= MAX_CHUNK for s, e in pieces)
    assert all(text[e - 2:e] in ("; ", ", ") for _s, e in pieces[:-1])
    for s, e in segment_words(text, 0, len(text)):
        assert text[s:e].strip() == text[s:e] and e > s


@pytest.mark.parametrize("run", ["A.B.C.v.v.", "1.2.3."])
def test_a_run_of_letters_digits_and_dots_is_cut_too(run):
    text = "Bảng tổng hợp: " + run * (4 * MAX_CHUNK // len(run))
    pieces = chunks(text, 0, len(text))
    assert all(e - s <= MAX_RUN + len("Bảng tổng hợp: ") for s, e in pieces)
    assert all(text[e - 1] == "." for _s, e in pieces[:-1])
    assert "".join(text[s:e] for s, e in pieces) == text
    sentences = find_sentences(text)
    assert sentences[0][0] == 0 and sentences[-1][1] == len(text)


def test_facts_in_a_long_sentence_still_slice_exactly():
    filler = "tiếp tục rà soát, đơn giản hóa thủ tục hành chính, "
    text = ("Tin cải cách hành chính\nThực hiện Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh, "
            + filler * 40 + "ông Nguyễn Văn Bình, Phó Giám đốc Sở Nội vụ đề nghị các đơn vị báo cáo.")
    result = to_json(Pipeline().process(make_article(text, "<test>")))
    kinds = {f["kind"] for f in result["facts"]}
    assert {"document_ref", "date", "official"} <= kinds
    for f in result["facts"]:
        assert text[f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]
