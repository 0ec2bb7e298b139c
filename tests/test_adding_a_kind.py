"""The worked example of docs/architecture.md, run: a new fact kind is one stage, one rule
file, one test table and one declaration, and the store, the command line, the view, the
evaluation and the spaCy colours read the declaration without another line.

The kind is a toy, declared here and forgotten after: the portals' "tiếp công dân" days (the
day an official received citizens).  Its rule file is the dict a ``patterns/*.yaml`` would
hold; its stage reads the ``date`` and ``official`` facts of the sentence.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.corpus.evaluate import gold_keys, predicted_keys
from govfacts.corpus.readers import make_article
from govfacts.db.models import FactRow
from govfacts.db.store import Store
from govfacts.extraction import fact_kinds, registry
from govfacts.extraction.article import TokenizedArticle
from govfacts.extraction.cli_facts import fact_summary
from govfacts.extraction.grammar import RuleSet
from govfacts.extraction.model import Fact
from govfacts.extraction.pipeline import Pipeline, StageOrderError, to_json
from govfacts.extraction.render import kind_colour, kind_label, render_page

# 1. the rules (patterns/reception_rules.yaml in the real thing)
RECEPTION_RULES = RuleSet("reception_rules", {"rules": [
    {"name": "tiep_cong_dan_dinh_ky", "meaning": "an official's regular day of receiving citizens",
     "example": ["Chủ tịch UBND huyện tiếp công dân định kỳ"], "pattern": "tiếp công dân(?: định kỳ)?"},
]})


# 2. the stage (extract/receptions.py)
def extract_receptions(tokenized: TokenizedArticle) -> None:
    """A reception for each sentence with a rule match, a day and an official."""
    seen: set[int] = set()
    for rule, m in RECEPTION_RULES.finditer(tokenized.text):
        sentence = tokenized.sentence_index(m.start())
        if sentence in seen:
            continue
        seen.add(sentence)
        days = [d for d in tokenized.of_kind("date") if d.span.sentence == sentence and d.get("granularity") == "day"]
        people = [o for o in tokenized.of_kind("official") if o.span.sentence == sentence]
        if not days or not people:
            continue
        start = min(m.start(), days[0].span.start, people[0].span.start)
        tokenized.facts.append(Fact("reception", tokenized.span(start, m.end()), "reception", 0.8, rule.name,
                                    {"day": days[0].get("value"), "official": people[0].get("name")}))


# 3. its declaration (one entry, beside the stage)
RECEPTION = fact_kinds.FactKind(
    "reception", ("day", "official"), value=fact_kinds.field("day"),
    summary=fact_kinds.summary_of("day", "official"), label="TIẾP DÂN", legend="reception", colour="#b6e3ff",
    plural="receptions", eval_keys=("reception",),
    predicted=lambda f: [("reception", (f.get("day"), f.get("official")))],
    gold=lambda g: [("reception", (g["day"], g["official"]))])


@pytest.fixture
def reception():
    fact_kinds.declare(RECEPTION)
    registry.register("reception", requires=("sentences", "date", "official"), assigns=("reception",))(
        extract_receptions)
    yield Pipeline(["place", "date", "document_ref", "official", "reception"])
    registry.unregister("reception")
    fact_kinds.forget("reception")


# 4. the test table: phrasings in the genre's words → the fields expected
TABLE = [
    ("Sáng ngày 15/3/2024, ông Nguyễn Văn Hùng, Chủ tịch UBND huyện tiếp công dân định kỳ tại Trụ sở "
     "Tiếp công dân huyện.", [("2024-03-15", "Nguyễn Văn Hùng")]),
    ("Ngày 05/4/2024, bà Trần Thị Lan, Phó Chủ tịch UBND xã chủ trì buổi tiếp công dân tại trụ sở xã.",
     [("2024-04-05", "Trần Thị Lan")]),
    ("Trụ sở Tiếp công dân huyện được sửa chữa trong năm nay.", []),  # no day, no official: no fact
]


def _run(pipeline: Pipeline, sentence: str) -> dict:
    art = make_article(f"Tiếp công dân định kỳ\n\n{sentence}", "<test>", published="2024-06-01")
    tokenized = pipeline.process(art)
    result = to_json(tokenized)
    result["text"], result["sentences"] = art.text, tokenized.sentences
    return result


@pytest.mark.parametrize("sentence,expected", TABLE, ids=["chair_regular", "vice_chair", "no_day"])
def test_the_new_kind_runs_in_the_pipeline(reception, sentence, expected):
    result = _run(reception, sentence)
    got = [(f["day"], f["official"]) for f in result["facts"] if f["kind"] == "reception"]
    assert got == expected
    for f in result["facts"]:
        assert result["text"][f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]


def test_store_cli_view_and_evaluation_read_its_declaration(reception, tmp_path):
    result = _run(reception, TABLE[0][0])
    fact = next(f for f in result["facts"] if f["kind"] == "reception")
    store = Store.open(str(tmp_path / "g.db"))
    assert store.add(result)
    with Session(store.engine) as s:
        assert s.scalars(select(FactRow.value).where(FactRow.kind == "reception")).all() == ["2024-03-15"]
    assert fact_summary("reception", fact) == "day=2024-03-15  official=Nguyễn Văn Hùng"
    assert (kind_label("reception"), kind_colour("reception")) == ("TIẾP DÂN", "#b6e3ff")
    page = render_page({"title": "t", "text": result["text"]}, result["facts"])
    assert 'data-label="TIẾP DÂN"' in page and "#b6e3ff" in page
    gold = gold_keys({"receptions": [{"day": "2024-03-15", "official": "Nguyễn Văn Hùng"}]})
    assert predicted_keys(result)["reception"] == gold["reception"] == {("2024-03-15", "Nguyễn Văn Hùng")}


def test_a_stage_before_what_it_reads_is_a_one_line_error(reception):
    with pytest.raises(StageOrderError) as err:
        Pipeline(["place", "official", "reception"])
    assert str(err.value) == ("stage 'reception' requires date, which no stage before it assigns: "
                              "put 'date' before 'reception'")


def test_an_undeclared_kind_cannot_be_assigned():
    registry.register("toy_undeclared", assigns=("toy_undeclared",))(lambda tokenized: None)
    try:
        with pytest.raises(StageOrderError, match="assigns toy_undeclared, which no fact kind declares"):
            Pipeline(["toy_undeclared"])
    finally:
        registry.unregister("toy_undeclared")


def test_meeting_alone_names_the_stages_it_needs():
    with pytest.raises(StageOrderError) as err:
        Pipeline(["meeting"])
    assert str(err.value) == ("stage 'meeting' requires date, document_ref, official, place, which no stage before "
                              "it assigns: put 'date', 'document_ref', 'official', 'place' before 'meeting'")
    assert "\n" not in str(err.value) and isinstance(err.value, ValueError)


def test_the_default_stages_make_every_declared_kind_in_order():
    stages = registry.check_order(registry.default_names())
    made = [k for st in stages for k in st.assigns]
    assert sorted(k for k in made if k not in registry.INTERNAL_LAYERS) == sorted(fact_kinds.kind_names())
    assert set(registry.INTERNAL_LAYERS) <= set(made)


def test_a_stage_that_makes_a_kind_it_does_not_assign_is_caught():
    def sloppy(tokenized: TokenizedArticle) -> None:
        tokenized.facts.append(Fact("date", tokenized.span(0, 4), "sloppy", 0.5, "", {}))

    registry.register("sloppy", assigns=("ranking",))(sloppy)
    try:
        with pytest.raises(AssertionError, match="stage 'sloppy' made date facts, which it does not assign"):
            Pipeline(["sloppy"]).process(make_article("Tiêu đề\n\nNội dung bài viết.", "<test>"))
    finally:
        registry.unregister("sloppy")


def test_the_architecture_page_lists_each_stage_contract_as_registered():
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| ((?:`\w+`(?:, )?)+) \| ((?:`\w+`(?:, )?)+) \|$", page, flags=re.M)
    written = {name: (tuple(re.findall(r"`(\w+)`", req)), tuple(re.findall(r"`(\w+)`", made)))
               for name, req, made in rows}
    registered = {st.name: (st.requires, st.assigns) for st in registry.check_order(registry.default_names())}
    assert written == registered


def test_each_declared_kind_has_the_fields_of_the_output_contract():
    import json
    from pathlib import Path

    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" / "facts.schema.json").read_text(encoding="utf-8"))
    facts = schema["properties"]["facts"]["items"]
    contract = {c["if"]["properties"]["kind"]["const"]: c["then"] for c in facts["allOf"] if "if" in c}
    assert sorted(contract) == sorted(facts["properties"]["kind"]["enum"]) == sorted(fact_kinds.kind_names())
    for name, then in contract.items():
        declared = set(fact_kinds.kind(name).fields)
        assert set(then.get("required", [])) <= declared and set(then.get("properties", {})) <= declared, name


def test_each_default_stage_reads_only_the_kinds_it_requires(monkeypatch):
    """The declared contract is what the stages do: on the sample articles, every ``of_kind``
    a stage calls asks for a kind it requires (or its own, read back while it works).  One
    look goes around ``of_kind`` and is no requirement: a citation's impossible issue day
    asks ``dates.date_fact_overlaps`` whether the date stage, if it ran, warned already."""
    from govfacts.corpus.readers import read_paths
    from govfacts.extraction.model import Article
    from govfacts.extraction.tokenizer import tokenize

    from .conftest import SEEDS

    running: list[registry.Stage] = []
    strays: set[tuple[str, str]] = set()
    of_kind = TokenizedArticle.of_kind

    def traced(self, kind_name):
        st = running[-1]
        if kind_name not in st.requires + st.assigns:
            strays.add((st.name, kind_name))
        return of_kind(self, kind_name)

    monkeypatch.setattr(TokenizedArticle, "of_kind", traced)
    stages = registry.check_order(registry.default_names())
    articles = [a for a in read_paths([SEEDS]) if isinstance(a, Article)]
    assert articles
    for art in articles:
        tokenized = tokenize(art)
        for st in stages:
            running.append(st)
            st.function(tokenized)
    assert not strays
