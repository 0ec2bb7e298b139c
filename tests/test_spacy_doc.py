"""spaCy as the public face: the facts as labelled Spans, a pipeline component, displaCy."""
from __future__ import annotations

import subprocess
import sys

import spacy
from spacy import displacy

from govfacts.extraction.spacy_doc import build_doc, to_doc

TEXT = (
    "Hội nghị sơ kết công tác 6 tháng đầu năm 2024\n"
    "Sáng ngày 10/7/2024, đồng chí Lê Văn Hùng, Chủ tịch UBND huyện chủ trì hội nghị sơ kết. "
    "Theo Kế hoạch số 45/KH-UBND, các xã hoàn thành chỉ tiêu trước ngày 30/9/2024."
)


def test_to_doc_gives_each_fact_as_a_labelled_span_quoting_it():
    doc = to_doc(TEXT)
    assert doc.text == TEXT
    spans = doc.spans["govfacts"]
    assert {"date", "document_ref", "official", "meeting"} <= {s.label_ for s in spans}
    for span in spans:
        fact = span._.govfacts
        assert span.text == fact["span"]["text"] == TEXT[fact["span"]["start"]:fact["span"]["end"]]
        assert span.label_ == fact["kind"]
    ref = next(s for s in spans if s.label_ == "document_ref")
    assert ref.text.endswith("45/KH-UBND") and ref._.govfacts["canonical"] == "45/KH-UBND"
    official = next(s for s in spans if s.label_ == "official")
    assert official._.govfacts["name"] == "Lê Văn Hùng"
    assert len(list(doc.sents)) >= 3


def test_displacy_renders_the_facts():
    doc = to_doc(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": "govfacts"})
    for label in {s.label_ for s in doc.spans["govfacts"]}:
        assert label in html
    assert all(t.text in html for t in doc.spans["govfacts"][0])


def test_the_component_adds_facts_to_a_users_doc():
    nlp = spacy.blank("xx")
    nlp.add_pipe("govfacts")
    doc = nlp(TEXT)
    labels = [s.label_ for s in doc.spans["govfacts"]]
    assert "official" in labels and "document_ref" in labels
    for span in doc.spans["govfacts"]:
        s, e = span._.govfacts["span"]["start"], span._.govfacts["span"]["end"]
        assert span.start_char <= s < e <= span.end_char


def test_the_factory_is_found_without_importing_govfacts_first():
    code = ("import spacy; nlp = spacy.blank('xx'); nlp.add_pipe('govfacts'); "
            "doc = nlp('Theo Kế hoạch số 45/KH-UBND của huyện.'); print(sorted({s.label_ for s in doc.spans['govfacts']}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "document_ref" in out.stdout


def test_build_doc_keeps_the_text_and_cuts_tokens_at_fact_edges():
    text = "Số  2370/QĐ-UBND\nngày 19/8"
    doc = build_doc(text, [(0, 2), (4, 16), (17, 21), (22, 26)], [(0, 16), (17, 26)], cuts=[9, 16])
    assert doc.text == text
    assert [t.text for t in doc][:4] == ["Số", " ", "2370/", "QĐ-UBND"]
    assert doc.char_span(9, 16).text == "QĐ-UBND"
