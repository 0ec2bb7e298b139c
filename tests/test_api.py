"""The Python API (``import govfacts``): the README's example and the module's doctests run,
and each entry point does what a user of eyecite or spaCy would expect of it."""
import doctest

import pytest

import govfacts
import govfacts.store

from .conftest import ROOT, SEEDS


def test_the_readme_example_runs():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4 and result.failed == 0


@pytest.mark.parametrize("module", [govfacts, govfacts.store])
def test_the_docstrings_run(module, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(module)
    assert result.attempted >= 2 and result.failed == 0


def test_extract_gives_typed_facts_that_quote_the_text():
    facts = govfacts.extract("Tin\nNghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy.")
    ref = facts.of_kind("document_ref")[0]
    assert isinstance(ref, govfacts.Fact) and ref["system"] == "party"
    assert all(facts.text[f.span.start:f.span.end] == f.span.text for f in facts)
    assert facts.to_json()["facts"][0]["id"] == "f1"


def test_published_anchors_a_day_without_a_year():
    facts = govfacts.extract("Tin\nSáng ngày 14/3, huyện tổ chức hội nghị.", published="2024-03-15")
    assert [f["value"] for f in facts.of_kind("date")] == ["2024-03-14"]


def test_an_empty_text_is_an_input_error():
    with pytest.raises(govfacts.InputError, match="empty"):
        govfacts.extract("  \n ")


def test_read_names_the_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text("Tin\nNgày 9/3/2022, hội nghị.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(govfacts.InputError, match="bad.txt"):
        list(govfacts.read(tmp_path))
    assert [a.title for a in govfacts.read(tmp_path, skip_bad=True)] == ["Tin"]


def test_render_html_highlights_the_facts():
    facts = govfacts.extract(next(iter(govfacts.read(SEEDS / "000_c9c5d3ee07f476ec.txt"))).text)
    page = govfacts.render_html(facts, focus="f3")
    assert page.count("<mark") >= len(facts) // 2 > 5


def test_to_doc_gives_a_spacy_doc_with_the_facts_as_spans():
    facts = govfacts.extract("Tin\nQuyết định số 2370/QĐ-UBND ngày 19/8/2021 của UBND tỉnh Quảng Nam.")
    doc = govfacts.to_doc(facts)
    spans = doc.spans["govfacts"]
    assert {s.label_ for s in spans} >= {"document_ref", "date"}
    assert [s.text for s in spans if s.label_ == "document_ref"] == [facts.of_kind("document_ref")[0].span.text]
