"""People across the corpus: one person per name and place, their roles over time with provenance,
and the ``person`` / ``officials`` commands (db/people.py, extract/cli_people.py)."""
import json

from alembic import command
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govfacts.corpus.readers import make_article
from govfacts.db.migrations import config, schema_lock
from govfacts.db.models import PersonRoleRow, PersonRow
from govfacts.db.people import officials_at, person_history, seen_on
from govfacts.db.store import Store
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest
from govfacts.extraction.pipeline import default_pipeline, to_json

from .conftest import SEEDS


def add_text(store: Store, text: str, source: str, published: str | None) -> None:
    art = make_article(text, source, published=published)
    ta = default_pipeline().process(art)
    result = to_json(ta)
    result["text"], result["sentences"] = art.text, ta.sentences
    assert store.add(result)


def count(store: Store, model) -> int:
    with Session(store.engine) as s:
        return s.scalar(select(func.count()).select_from(model))


# Three articles of one district, written for this test (the names are invented).
ARTICLES = [
    (("Huyện Tân Lạc họp UBND\nNgày 10/3/2021, UBND huyện Tân Lạc họp thường kỳ. Đồng chí Nguyễn Văn Hoà, "
     "Phó Chủ tịch UBND huyện chủ trì."), "a.txt", "2021-03-10"),
    (("Huyện Tân Lạc kiện toàn nhân sự\nNgày 5/7/2021, HĐND huyện Tân Lạc họp. Ông Nguyễn Văn Hòa, Phó Bí thư "
     "Huyện ủy được bầu giữ chức Chủ tịch UBND huyện Tân Lạc."), "b.txt", "2021-07-05"),
    (("Huyện Mai Châu tiếp dân\nSáng 2/8/2021, UBND huyện Mai Châu tiếp công dân. Đồng chí Nguyễn Văn Hòa, Chủ "
     "tịch UBND huyện Mai Châu chủ trì."), "c.txt", None),
]


def test_one_person_per_name_and_place_with_roles_over_time(store_url):
    store = Store.open(store_url)
    for text, source, published in ARTICLES:
        add_text(store, text, source, published)
    found = person_history(store, "nguyễn văn hoà")
    assert [(p.name, p.place) for p in found] == [("Nguyễn Văn Hòa", "Mai Châu"), ("Nguyễn Văn Hoà", "Tân Lạc")]
    tan_lac = found[1]
    assert [(r.seen_on, r.title, r.org, r.place) for r in tan_lac.roles] == [
        ("2021-03-10", "phó chủ tịch", "ủy ban nhân dân", "Tân Lạc"),
        ("2021-07-05", "phó bí thư", "huyện ủy", "Tân Lạc"),
        ("2021-07-05", "chủ tịch", "ủy ban nhân dân", "Tân Lạc"),
    ]
    first = tan_lac.roles[0]
    assert first.quote == "Phó Chủ tịch UBND huyện" and first.source == "a.txt" and first.fact
    # the meeting's day when the article has no date of its own
    assert [r.seen_on for r in found[0].roles] == ["2021-08-02"]


def test_who_held_which_role_at_a_place(store_url):
    store = Store.open(store_url)
    for text, source, published in ARTICLES:
        add_text(store, text, source, published)
    rows = officials_at(store, place="Tan Lac")
    assert [(r.title, r.org, r.first_seen) for r in rows] == [
        ("phó bí thư", "huyện ủy", "2021-07-05"),
        ("chủ tịch", "ủy ban nhân dân", "2021-07-05"),
        ("phó chủ tịch", "ủy ban nhân dân", "2021-03-10"),
    ]
    assert {r.place for r in officials_at(store, title="chủ tịch", org="ủy ban nhân dân")} == {"Tân Lạc", "Mai Châu"}


def test_seeds_give_their_people_and_reingest_adds_none(db_url):
    store = Store.open(db_url)
    ingest([str(SEEDS)], store, jobs=1)
    assert count(store, PersonRow) == 12
    roles = count(store, PersonRoleRow)
    assert roles == 21  # 20 roles and one byline named without a role
    ingest([str(SEEDS)], store, jobs=1)
    assert (count(store, PersonRow), count(store, PersonRoleRow)) == (12, roles)
    (huong,) = person_history(store, "TRẦM QUẾ HƯƠNG")
    assert huong.place == "Tiên Phước"
    assert [(r.title, r.quote, r.seen_on) for r in huong.roles] == [
        ("phó bí thư", "Phó bí thư Huyện ủy", "2022-03-09"), ("chủ tịch", "Chủ tịch UBND huyện", "2022-03-09")]
    assert person_history(store, "Hương") == []  # a name matches whole
    (ngan,) = person_history(store, "La Thi Ngan")
    assert [(r.title, r.quote) for r in ngan.roles] == [("", "La Thị Ngân")]


def test_an_upgraded_store_is_filled_from_its_facts(db_url):
    store = Store.open(db_url)
    ingest([str(SEEDS)], store, jobs=1)
    before = count(store, PersonRoleRow)
    store.engine.dispose()
    with schema_lock(store.engine) as conn:
        command.downgrade(config(conn), "0002")
    upgraded = Store.open(db_url)
    assert upgraded.prepared.upgraded_from == "0002"
    assert count(upgraded, PersonRoleRow) == before and count(upgraded, PersonRow) == 12


def test_seen_on_prefers_the_article_date_then_the_meeting_then_a_day():
    facts = [{"kind": "date", "granularity": "day", "value": "2020-01-02"},
             {"kind": "meeting", "date": "2020-01-05"}]
    assert seen_on({"article": {"published": "2020-02-01"}, "facts": facts}) == "2020-02-01"
    assert seen_on({"article": {"published": None}, "facts": facts}) == "2020-01-05"
    assert seen_on({"article": {}, "facts": facts[:1]}) == "2020-01-02"
    assert seen_on({"article": {}, "facts": []}) is None


def test_the_commands(db_url):
    store = Store.open(db_url)
    for text, source, published in ARTICLES:
        add_text(store, text, source, published)
    run = CliRunner()
    res = run.invoke(cli, ["person", "Nguyen Van Hoa", "--db", db_url])
    assert res.exit_code == 0, res.output
    row = next(x for x in res.output.splitlines() if "2021-07-05  chủ tịch" in x)
    assert "2021-07-05  chủ tịch      ủy ban nhân dân  Tân Lạc" in row
    assert row.endswith("b.txt   Chủ tịch UBND huyện Tân Lạc")
    res = run.invoke(cli, ["person", "Lê Văn Không", "--db", db_url])
    assert res.exit_code == 1 and "no stored article names" in res.output
    res = run.invoke(cli, ["officials", "--place", "Mai Châu", "--format", "json", "--db", db_url])
    assert [json.loads(line)["name"] for line in res.output.splitlines()] == ["Nguyễn Văn Hòa"]
    res = run.invoke(cli, ["officials", "--place", "Tân Lạc", "--db", db_url])
    assert "Tân Lạc  phó chủ tịch  ủy ban nhân dân  Nguyễn Văn Hoà  2021-03-10" in res.output
