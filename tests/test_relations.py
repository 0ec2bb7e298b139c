"""Relations between documents: the rule entries of patterns/relations.yaml, each example a row
of the table (the phrasings are the project's own, written in the genre's words)."""
import json

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline
from govfacts.extraction.relations import TYPES, rules
from govfacts.patterns import load

from .conftest import ROOT

PIPE = Pipeline(["date", "document_ref", "relation"])
RULES = load("relations")["rules"]
# An example's `also`: what other rules read in the same sentence, as [from, to, type] ("Quyết định X
# sửa đổi A và bãi bỏ B": the chain's second verb, and the first verb's own rule).
TABLE = [(r["name"], r["type"], ex["text"], [tuple(x) for x in ex["relations"]],
          {(a, b): t for a, b, t in ex.get("also") or []})
         for r in RULES for ex in r.get("examples") or []]
UNRELATED = load("relations")["unrelated"]


def run(text: str) -> tuple[str, list[dict]]:
    art = make_article("Tiêu đề\n" + text, "<test>")
    out = PIPE(art)
    return art.text, [f for f in out["facts"] if f["kind"] == "relation"]


def _number(canonical: str) -> str:
    return canonical.split()[-1].split("/")[0].split("-")[0]


def test_the_table_has_thirty_phrasings_and_every_type():
    assert len(TABLE) >= 30
    assert {t for _, t, *_rest in TABLE} == set(TYPES)


@pytest.mark.parametrize("rule,type_,text,expected,also", TABLE, ids=[f"{r}-{i}" for i, (r, *_x) in enumerate(TABLE)])
def test_each_example_gives_its_relations(rule, type_, text, expected, also):
    art_text, facts = run(text)
    assert sorted((f["from"], f["to"]) for f in facts) == sorted(expected + list(also))
    for f in facts:
        if (f["from"], f["to"]) in also:
            assert f["type"] == also[f["from"], f["to"]]
            continue
        assert (f["type"], f["rule"]) == (type_, f"{type_}.{rule}")
        span = f["span"]
        assert art_text[span["start"]:span["end"]] == span["text"]
        # the number itself: one sharing a symbol ("411, 412/QĐ-UBND") is written without it
        assert all(_number(f[end]) in span["text"] for end in ("from", "to"))
        assert f["words"] and f["words"].split()[0].lower() in art_text.lower()


@pytest.mark.parametrize("text", UNRELATED)
def test_documents_only_listed_together_are_not_related(text):
    assert run(text)[1] == []


def test_a_relation_carries_both_documents_dates_and_issuers():
    _, facts = run("Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy triển khai thực hiện Nghị quyết số "
                   "16-NQ/TU ngày 14/10/2021 của Tỉnh ủy Quảng Nam về cải cách hành chính.")
    (f,) = facts
    assert (f["from_issued_on"], f["to_issued_on"]) == ("2021-11-31", "2021-10-14")
    assert f["to_issuer"] == "Tỉnh ủy Quảng Nam"
    assert f["words"] == "triển khai thực hiện"


def test_a_document_is_not_related_to_its_own_short_name():
    _, facts = run("Thông tư số 04/2022/TT-BTP (Thông tư số 04/2022/TT-BTP) hướng dẫn thi hành Nghị định số "
                   "55/2021/NĐ-CP.")
    assert [(f["from"], f["to"]) for f in facts] == [("04/2022/TT-BTP", "55/2021/NĐ-CP")]


def test_every_rule_compiles_and_names_both_documents():
    assert len(rules()) == len(RULES)
    assert all({"from", "to"} <= set(r.pattern.groupindex) for r in rules())


def test_a_malformed_rule_is_one_line_naming_the_file(monkeypatch):
    import govfacts.extraction.relations as rel
    from govfacts.patterns import PatternError

    monkeypatch.setattr(rel, "load", lambda name: {"rules": [{"name": "broken", "type": "implements",
                                                            "pattern": "{from} (triển khai {to}"}]})
    rel.rules.cache_clear()
    try:
        with pytest.raises(PatternError, match=r"patterns/relations.yaml: rule broken: bad pattern"):
            rel.rules()
    finally:
        monkeypatch.undo()
        rel.rules.cache_clear()


def test_the_relation_gold_names_documents_of_the_gold():
    """Each annotated relation is between two documents of the article's gold (docs/facts.md)."""
    folder = ROOT / "corpus" / "gold-relations"
    files = sorted(folder.glob("*.json"))
    assert files
    for path in files:
        gold = json.loads((ROOT / "corpus" / "gold" / path.name).read_text(encoding="utf-8"))
        canon = {d["canonical"] for d in gold["document_refs"]}
        for r in json.loads(path.read_text(encoding="utf-8"))["relations"]:
            assert r["type"] in TYPES, path.name
            assert {r["from"], r["to"]} <= canon and r["from"] != r["to"], (path.name, r)


def test_an_article_with_fewer_than_two_documents_does_not_compile_the_rules():
    """Compiling every relation rule costs a command's start-up ~0.15 s; with no pair to relate it is skipped."""
    rules.cache_clear()
    PIPE(make_article("Tiêu đề\nSáng 14/3, UBND huyện tổ chức hội nghị theo Kế hoạch số 15/KH-UBND.", "<test>"))
    assert rules.cache_info().currsize == 0
    PIPE(make_article("Tiêu đề\nKế hoạch số 15/KH-UBND triển khai Nghị quyết số 04-NQ/HU.", "<test>"))
    assert rules.cache_info().currsize == 1
