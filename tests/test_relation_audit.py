"""What was done with a document, and posts over time: the queries (db/relations.py,
db/posts.py), their commands, and the audit of both over a planted corpus (tests/data/relations:
small articles in the genre's words, first line the title) where every planted finding is
reported and no clean article is."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.db.audit import run_audit
from govfacts.db.models import ArticleRow
from govfacts.db.posts import posts_at
from govfacts.db.relations import implementers, related
from govfacts.db.store import Store
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest

DATA = Path(__file__).resolve().parent / "data" / "relations"

# (code, subject, the articles its evidence must cite)
PLANTED = [
    ("relation_before_its_document", "45/KH-UBND implements 16-NQ/TU", {"ke_hoach_truoc_nghi_quyet"}),
    ("replaced_cited_later", "702/QĐ-UBND", {"thay_the_quyet_dinh", "van_con_trich_quyet_dinh_cu"}),
    ("replaced_cited_later", "42/2016/QĐ-UBND", {"bai_bo_quyet_dinh", "van_con_trich_quyet_dinh_bai_bo"}),
    ("contradicting_relations", "66/QĐ-UBND ~ 88/QĐ-UBND", {"thay_the_nguoc_a", "thay_the_nguoc_b"}),
    ("two_holders", "chủ tịch ủy ban nhân dân Phú Ninh", {"hai_chu_tich_a", "hai_chu_tich_b"}),
    ("contradicted_post", "Trần Thị Hoa, ủy ban nhân dân Đông Giang", {"chuc_vu_mau_thuan_a", "chuc_vu_mau_thuan_b"}),
]
PLANTED_FILES = set().union(*(files for *_, files in PLANTED))
CLEAN = sorted(p.stem for p in DATA.glob("*.txt") if p.stem not in PLANTED_FILES)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('relations') / 'r.db'}")
    assert ingest([str(DATA)], store, jobs=1).failed == 0
    return store


@pytest.fixture(scope="module")
def findings(store):
    return run_audit(store)


def test_the_corpus_plants_each_finding_beside_clean_articles():
    assert len(CLEAN) >= 5 and len(PLANTED) == 6


@pytest.mark.parametrize("code, subject, files", PLANTED, ids=[p[0] for p in PLANTED])
def test_every_planted_finding_is_reported(findings, code, subject, files):
    found = [f for f in findings if (f.code, f.subject) == (code, subject)]
    assert len(found) == 1, [(f.code, f.subject) for f in findings]
    assert {Path(e.source).stem for e in found[0].evidence} == files


def test_nothing_but_the_planted_findings(findings):
    assert sorted((f.code, f.subject) for f in findings) == sorted((c, s) for c, s, _ in PLANTED)


def test_the_evidence_quotes_the_stored_text_with_both_sides(store, findings):
    with Session(store.engine) as s:
        texts = dict(s.execute(select(ArticleRow.id, ArticleRow.text)).all())
    for f in findings:
        for e in f.evidence:
            assert texts[e.article_id][e.start:e.end] == e.quote and e.quote in e.sentence
    plan = next(f for f in findings if f.code == "relation_before_its_document")
    assert "02/03/2021" in plan.message and "14/10/2021" in plan.message
    chairs = next(f for f in findings if f.code == "two_holders")
    assert {e.quote for e in chairs.evidence} == {"Chủ tịch UBND huyện Phú Ninh"} and len(chairs.evidence) == 2


def test_related_reads_both_ways_with_the_dates_each_sentence_gives(store):
    rows = related(store, "16-nq/tu")
    assert {(r.from_, r.direction) for r in rows} == {("45/KH-UBND", "in"), ("12/KH-UBND", "in"),
                                                     ("08-CTr/HU", "in")}
    plan = next(r for r in rows if r.from_ == "45/KH-UBND")
    assert (plan.from_issued_on, plan.to_issued_on) == ("2021-03-02", "2021-10-14")
    assert "triển khai thực hiện" in plan.sentence
    assert [(r.type, r.to, r.direction) for r in related(store, "1034/QD-UBND")] == [
        ("replaces", "702/QĐ-UBND", "out")]


def test_implementers_says_who_has_and_has_not_issued_a_plan(store):
    answers = {a.place: a for a in implementers(store, "16-NQ/TU", ["Tây Sơn", "hoai an", "Phú Ninh"])}
    assert {r.from_ for r in answers["Tây Sơn"].documents} == {"45/KH-UBND"}
    assert {r.from_ for r in answers["hoai an"].documents} == {"12/KH-UBND", "08-CTr/HU"}
    assert answers["Phú Ninh"].documents == []
    everywhere = implementers(store, "16-NQ/TU")
    assert {a.place for a in everywhere if a.documents} == {"Tây Sơn", "Hoài Ân"}
    assert "Phú Ninh" in {a.place for a in everywhere if not a.documents}


def test_posts_show_holders_with_first_and_last_day_and_words(store):
    posts = {p.label: p for p in posts_at(store, "thang binh")}
    chair = posts["chủ tịch ủy ban nhân dân Thăng Bình"]
    assert chair.one_holder
    assert [(h.name, h.first_seen, h.last_seen) for h in chair.holders] == [
        ("Nguyễn Hữu Phước", "2023-05-10", "2023-05-10"), ("Phạm Quốc Việt", "2023-11-20", "2023-11-20")]
    assert chair.holders[0].seen[0].quote == "Chủ tịch UBND huyện Thăng Bình"
    deputies = posts["phó chủ tịch ủy ban nhân dân Thăng Bình"]
    assert not deputies.one_holder and len(deputies.holders) == 2


def test_the_commands_answer(store):
    runner = CliRunner()
    db = ["--db", store.url]
    out = runner.invoke(cli, ["documents", "16-NQ/TU", "--related", *db])
    assert out.exit_code == 0 and "implemented by 45/KH-UBND" in out.output
    assert len(out.output.splitlines()) == 1 + 3  # the header, 3 relations
    out = runner.invoke(cli, ["documents", "--implements", "16-NQ/TU", "--place", "Tây Sơn", "--place", "Phú Ninh",
                              "--format", "json", *db])
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["place"], r["issued"]) for r in rows] == [("Tây Sơn", True), ("Phú Ninh", False)]
    out = runner.invoke(cli, ["posts", "--place", "Phu Ninh", *db])
    row = next(x for x in out.output.splitlines() if "Lê Văn Tám" in x)
    assert out.exit_code == 0 and row.split()[:7] == ["chủ", "tịch", "ủy", "ban", "nhân", "dân", "Phú"]
    assert "yes" in row.split()  # one holder
    out = runner.invoke(cli, ["documents", "--related", *db])
    assert out.exit_code == 2 and "NUMBER" in out.output


def test_a_missing_store_is_one_line(tmp_path):
    out = CliRunner().invoke(cli, ["posts", "--place", "Phú Ninh", "--db", str(tmp_path / "none.db")])
    assert out.exit_code == 2 and len(out.output.strip().splitlines()) == 1
