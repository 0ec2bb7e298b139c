"""The store: idempotent ingest, one transaction per article, refusing what it must not touch."""
import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ArticleRow, DocumentRow, FactRow
from db.queries import cites, find_article
from db.store import Store, StoreError
from extract.ingest import ingest

from .conftest import SEEDS


def count(store, model):
    with Session(store.engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_ingest_is_idempotent(db_url):
    store = Store.open(db_url)
    first = ingest([str(SEEDS)], store, jobs=1)
    assert (first.read, first.stored, first.failed) == (5, 5, 0)
    n_facts = count(store, FactRow)
    again = ingest([str(SEEDS)], store, jobs=1)
    assert (again.stored, again.already) == (0, 5)
    assert count(store, ArticleRow) == 5 and count(store, FactRow) == n_facts


def test_jobs_give_the_same_store(tmp_path):
    a = Store.open(f"sqlite:///{tmp_path / 'a.db'}")
    b = Store.open(f"sqlite:///{tmp_path / 'b.db'}")
    ingest([str(SEEDS)], a, jobs=1)
    ingest([str(SEEDS)], b, jobs=2)

    def dump(store):
        with Session(store.engine) as s:
            return sorted((f.article_id, f.local_id, f.kind, f.start, f.end, f.quote) for f in s.scalars(select(FactRow)))

    assert dump(a) == dump(b)


def test_sqlite_runs_in_wal_mode(tmp_path):
    path = tmp_path / "w.db"
    ingest([str(SEEDS)], Store.open(str(path)), jobs=1)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_bad_article_is_reported_and_the_rest_stored(tmp_path, db_url):
    (tmp_path / "good.txt").write_text((SEEDS / "002_61edd261ad8c1a0f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    store = Store.open(db_url)
    summary = ingest([str(tmp_path)], store, jobs=1)
    assert summary.stored == 1 and summary.failed == 2
    assert all(e.count("\n") == 0 for e in summary.errors)


def test_a_failing_store_write_keeps_what_was_stored(db_url, monkeypatch):
    store = Store.open(db_url)
    ingest([str(SEEDS / "000_c9c5d3ee07f476ec.txt")], store, jobs=1)
    real = Store._fact_row

    def boom(self, s, article_id, fact, text, sentences):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_fact_row", boom)
    summary = ingest([str(SEEDS / "001_fc26c6f31f86efb4.txt")], store, jobs=1)
    assert summary.failed == 1 and "disk on fire" in summary.errors[0]
    monkeypatch.setattr(Store, "_fact_row", real)
    assert count(store, ArticleRow) == 1  # the first article is intact, the second left no half


def test_not_a_database(tmp_path):
    f = tmp_path / "facts.db"
    f.write_text("this is not sqlite", encoding="utf-8")
    with pytest.raises(StoreError, match="not a database"):
        Store.open(str(f))


def test_a_foreign_database_is_not_touched(tmp_path):
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("create table customers (id integer)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="another application"):
        Store.open(str(f))
    assert [r[0] for r in sqlite3.connect(f).execute("select name from sqlite_master")] == ["customers"]


def test_cites_and_documents(db_url):
    store = Store.open(db_url)
    ingest([str(SEEDS)], store, jobs=1)
    rows = cites(store, "2370/QD-UBND")  # ASCII spelling finds the Đ one
    assert len(rows) == 1
    r = rows[0]
    assert r["issued_on"] == "2021-08-19" and r["issuer"] == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert "Quyết định số 2370/QĐ-UBND" in r["sentence"]
    with Session(store.engine) as s:
        # 16-NQ/TU is cited twice in one article: one document row
        assert s.scalar(select(func.count()).select_from(DocumentRow).where(DocumentRow.canonical == "16-NQ/TU")) == 1
    assert find_article(store, "002_61edd261ad8c1a0f").title.startswith("Nông Sơn")
