"""The store: idempotent ingest, one transaction per article, refusing what it must not touch,
many writers at once.  Every test taking ``store_url`` runs on SQLite and on PostgreSQL."""
import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govfacts.db.models import ArticleRow, DocumentRow, FactRow
from govfacts.db.queries import cites, find_article
from govfacts.db.store import Store, StoreError, document_identity
from govfacts.extraction.ingest import ingest

from .conftest import SEEDS


def count(store, model):
    with Session(store.engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_ingest_is_idempotent(store_url):
    store = Store.open(store_url)
    first = ingest([str(SEEDS)], store, jobs=1)
    assert (first.read, first.stored, first.failed) == (5, 5, 0)
    n_facts = count(store, FactRow)
    again = ingest([str(SEEDS)], store, jobs=1)
    assert (again.stored, again.already) == (0, 5)
    assert count(store, ArticleRow) == 5 and count(store, FactRow) == n_facts


def test_jobs_give_the_same_store(tmp_path, store_url):
    a = Store.open(f"sqlite:///{tmp_path / 'a.db'}")
    b = Store.open(store_url)
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


def test_a_bad_article_is_reported_and_the_rest_stored(tmp_path, store_url):
    (tmp_path / "good.txt").write_text((SEEDS / "002_61edd261ad8c1a0f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    store = Store.open(store_url)
    summary = ingest([str(tmp_path)], store, jobs=1)
    assert summary.stored == 1 and summary.failed == 2
    assert all(e.count("\n") == 0 for e in summary.errors)


def test_a_failing_store_write_keeps_what_was_stored(store_url, monkeypatch):
    store = Store.open(store_url)
    ingest([str(SEEDS / "000_c9c5d3ee07f476ec.txt")], store, jobs=1)
    import govfacts.db.writes as writes_module

    def boom(conn, written):  # fails after the article's row and its facts are written
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writes_module, "write_people", boom)
    summary = ingest([str(SEEDS / "001_fc26c6f31f86efb4.txt")], store, jobs=1)
    assert summary.failed == 1 and "disk on fire" in summary.errors[0]
    monkeypatch.undo()
    assert count(store, ArticleRow) == 1  # the first article is intact, the second left no half
    with Session(store.engine) as s:  # and no fact of the second
        assert s.scalar(select(func.count(func.distinct(FactRow.article_id)))) == 1


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


def test_cites_and_documents(store_url):
    store = Store.open(store_url)
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


@pytest.fixture(scope="module")
def variants():
    """Twenty stored forms: each sample article four times (a line apart), so the variants of
    one sample cite the same documents."""
    from govfacts.corpus.readers import make_article, read_paths
    from govfacts.extraction.ingest import stored_form
    from govfacts.extraction.model import Article
    from govfacts.extraction.pipeline import Pipeline

    pipe = Pipeline()
    base = [a for a in read_paths([SEEDS]) if isinstance(a, Article)]
    arts = [make_article(f"{a.text}\n\nMã tin: {i}", f"{a.source}#{i}") for i in range(4) for a in base]
    return [stored_form(pipe, a) for a in arts]


def test_writers_racing_store_each_article_once(store_url, variants):
    """Four writers at once: articles 0-11 are each one writer's own, 12-19 every writer's.
    Each own article is stored by its writer (a writer citing a document another is inserting
    at that moment must not lose its article), each shared one by exactly one writer, every
    fact once and every cited document once."""
    import random
    import threading
    from collections import Counter

    stores = [Store.open(store_url) for _ in range(4)]
    won: list[list[int]] = [[] for _ in range(4)]  # per writer: the articles it stored
    errors = []
    start = threading.Barrier(4)

    def write(i):
        mine = [j for j in range(len(variants)) if j >= 12 or j % 4 == i]
        random.Random(i).shuffle(mine)
        start.wait()
        try:
            for j in mine:
                if stores[i].add(variants[j]):
                    won[i].append(j)
        except Exception as exc:  # collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    wins = Counter(j for w in won for j in w)
    assert [wins[j] for j in range(len(variants))] == [1] * len(variants)
    assert all(j in won[i] for i in range(4) for j in range(12) if j % 4 == i)
    assert count(stores[0], ArticleRow) == len(variants)
    assert count(stores[0], FactRow) == sum(len(r["facts"]) for r in variants)
    with Session(stores[0].engine) as s:
        docs = s.execute(select(DocumentRow.key, DocumentRow.issuer_key, DocumentRow.year)).all()
    assert sorted(docs) == sorted({document_identity(f) for r in variants for f in r["facts"]
                                   if f["kind"] == "document_ref"})


def test_an_article_citing_a_document_another_writer_is_inserting_is_stored(store_url, variants):
    """The race "select, then insert" lost: another writer has inserted the same document and
    not committed yet.  The article waits for it, then links to that row."""
    import threading
    import time

    from sqlalchemy import insert

    res = next(r for r in variants if any(f["kind"] == "document_ref" for f in r["facts"]))
    ref = next(f for f in res["facts"] if f["kind"] == "document_ref")
    key, issuer_key, year = document_identity(ref)
    store, other = Store.open(store_url), Store.open(store_url)
    added = []
    with Session(other.engine) as s:
        s.begin()
        doc_id = s.execute(insert(DocumentRow).values(canonical=ref["canonical"], key=key, issuer_key=issuer_key,
                                                      year=year).returning(DocumentRow.id)).scalar()
        writer = threading.Thread(target=lambda: added.append(store.add(res)))
        writer.start()
        time.sleep(0.5)  # the writer is now waiting for this transaction
        s.commit()
    writer.join()
    assert added == [True]
    with Session(store.engine) as s:
        linked = s.scalars(select(FactRow.document_id).where(FactRow.article_id == res["article"]["id"],
                                                            FactRow.local_id == ref["id"])).all()
        same = s.scalar(select(func.count()).select_from(DocumentRow).where(DocumentRow.key == key,
                                                                            DocumentRow.issuer_key == issuer_key))
    assert linked == [doc_id] and same == 1


def test_a_bad_article_in_the_middle_of_a_batch_rolls_back_alone(tmp_path, store_url, monkeypatch):
    # Three articles stored in one transaction (extract/batch.py BATCH), the last two citing the
    # same decision; the middle one fails after its document row is written: its savepoint takes
    # that row back, the third writes the document again, the first and third are kept.
    lines = ["Sáng 9/3/2024, xã Quế Lộc ra quân dọn vệ sinh đường làng, ngõ xóm.",
             "Theo Quyết định số 215/QĐ-UBND ngày 4/3/2024 của UBND huyện Nông Sơn, xã Quế Trung họp dân.",
             "Căn cứ Quyết định số 215/QĐ-UBND ngày 4/3/2024 của UBND huyện Nông Sơn, xã Phước Ninh triển khai."]
    for i, line in enumerate(lines):
        (tmp_path / f"{i}_xa.txt").write_text(f"Ra quân dọn vệ sinh môi trường {i}\n\n{line}\n", encoding="utf-8")
    import govfacts.db.writes as writes_module

    real = writes_module.write_people

    def boom(conn, written):  # the batch written at once fails, then the middle article alone
        if any(b.article["source"].endswith("1_xa.txt") for b in written):
            raise RuntimeError("disk on fire")
        return real(conn, written)

    monkeypatch.setattr(writes_module, "write_people", boom)
    store = Store.open(store_url)
    summary = ingest([str(tmp_path)], store, jobs=1)
    assert (summary.stored, summary.failed) == (2, 1)
    assert summary.errors == [f"{tmp_path / '1_xa.txt'}: not stored (RuntimeError: disk on fire)"]
    with Session(store.engine) as s:
        sources = sorted(s.scalars(select(ArticleRow.source)))
        assert [src.rsplit("/", 1)[-1] for src in sources] == ["0_xa.txt", "2_xa.txt"]
        assert s.scalar(select(func.count(func.distinct(FactRow.article_id)))) == 2
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 1
        refs = s.scalars(select(FactRow.document_id).where(FactRow.kind == "document_ref")).all()
        assert len(refs) == 1 and None not in refs


def test_a_batch_stores_what_one_article_at_a_time_stores(tmp_path, variants):
    # db/writes.py writes a batch with one statement per table; every row, ids included, is
    # what storing the articles one transaction each gives (an article repeated in the batch
    # is stored once, and said to be stored already).
    import sqlite3

    one, batch = Store.open(str(tmp_path / "one.db")), Store.open(str(tmp_path / "batch.db"))
    assert [one.add(r) for r in variants] == [True] * len(variants)
    assert batch.add_many(variants + variants[:1]) == [True] * len(variants) + [False]

    def rows(path):
        db = sqlite3.connect(path)
        out = {}
        for table in ("articles", "documents", "facts", "persons", "person_roles", "warnings"):
            cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})") if c[1] != "ingested_at"]
            names = ", ".join('"' + c + '"' for c in cols)
            out[table] = db.execute(f"SELECT {names} FROM {table} ORDER BY rowid").fetchall()
        return out

    assert rows(tmp_path / "batch.db") == rows(tmp_path / "one.db")
    stored = rows(tmp_path / "one.db")
    assert stored["documents"] and stored["person_roles"] and len(stored["articles"]) == len(variants)


def test_opening_waits_out_a_full_text_index_another_process_is_still_making(tmp_path):
    """Four ingests started at once on one new file: one may meet the index half made."""
    from sqlalchemy.exc import OperationalError
    store = Store.open(f"sqlite:///{tmp_path / 's.db'}", create=True)
    calls = []

    def step():
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("PRAGMA table_info", {}, sqlite3.OperationalError(
                "vtable constructor failed: articles_fts"))
        return "ready"

    assert store._waiting_out_locks(step) == "ready" and len(calls) == 3

    def broken():
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("no such column: x"))

    with pytest.raises(OperationalError):
        store._waiting_out_locks(broken)  # not a race: raised at once
