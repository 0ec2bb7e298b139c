"""Ingest at scale: many writers on one store, and the Dask engine.

* two ``govfacts ingest`` processes on overlapping inputs into one PostgreSQL store store
  every article and every fact once;
* ``--engine dask`` on a local cluster stores exactly what ``--jobs 1`` stores;
* its partitions read JSON Lines by byte ranges with the file's own line numbers;
* a failed partition is reported in one line and re-running stores nothing twice;
* the default engine never imports dask.
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from govfacts.corpus.readers import ReadError, read_paths
from govfacts.db.models import ArticleRow, DocumentRow, FactRow, WarningRow
from govfacts.db.store import Store
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest
from govfacts.extraction.model import Article

from .conftest import ROOT, SEEDS

GOVFACTS = str(Path(sys.executable).with_name("govfacts")) if Path(sys.executable).with_name("govfacts").exists() \
    else shutil.which("govfacts") or "govfacts"


def texts(n: int) -> list[str]:
    """``n`` distinct articles: the samples, each repeated with a trailing line."""
    base = [a.text for a in read_paths([SEEDS]) if isinstance(a, Article)]
    return [f"{base[i % len(base)]}\n\nMã tin: {i}" for i in range(n)]


def write_jsonl(path: Path, items: list[str], *, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in items] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dump(url: str) -> dict:
    """Everything a store holds that does not depend on write order (not the row ids)."""
    store = Store.open(url, create=False)
    with Session(store.engine) as s:
        out = {
            "articles": sorted(s.execute(select(ArticleRow.id, ArticleRow.source, ArticleRow.title,
                                                ArticleRow.published, ArticleRow.text)).all()),
            "facts": sorted(s.execute(
                select(FactRow.article_id, FactRow.local_id, FactRow.kind, FactRow.value, FactRow.start,
                       FactRow.end, FactRow.quote, FactRow.sentence, FactRow.rule, DocumentRow.key)
                .outerjoin(DocumentRow, FactRow.document_id == DocumentRow.id)).all(),
                key=repr),
            "documents": sorted(s.execute(select(DocumentRow.key, DocumentRow.issuer_key, DocumentRow.year,
                                                 DocumentRow.canonical)).all()),
            "warnings": sorted(s.execute(select(WarningRow.article_id, WarningRow.code, WarningRow.start)).all()),
        }
    store.engine.dispose()
    return out


def reference(tmp_path: Path, paths: list[str]) -> dict:
    url = f"sqlite:///{tmp_path / 'jobs1.db'}"
    summary = ingest(paths, Store.open(url), jobs=1)
    assert summary.stored > 0
    return dump(url)


# -- many writers ---------------------------------------------------------------------------

def test_two_ingest_processes_on_overlapping_inputs_store_everything_once(tmp_path, pg_url):
    arts = texts(36)
    shared = write_jsonl(tmp_path / "shared.jsonl", arts[:24])
    only1 = write_jsonl(tmp_path / "only1.jsonl", arts[24:30])
    only2 = write_jsonl(tmp_path / "only2.jsonl", arts[30:])
    # Both start on the shared file at the same moment: they race for each of its articles.
    runs = [subprocess.Popen([GOVFACTS, "ingest", str(shared), str(extra), "--db", pg_url, "-j", "1", "-q"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for extra in (only1, only2)]
    outs = [p.communicate(timeout=300) for p in runs]
    for p, (out, err) in zip(runs, outs):
        assert p.returncode == 0, err
    stored = [int(re.search(r"(\d+) stored", out).group(1)) for out, _ in outs]
    assert sum(stored) == 36  # between them, each article stored by exactly one
    expected = reference(tmp_path, [str(shared), str(only1), str(only2)])
    got = dump(pg_url)
    assert len(got["articles"]) == 36
    # sources name each process' own file path, identical here; everything else must match
    assert got == expected


def test_jobs_workers_that_cannot_open_the_store_report_each_article(tmp_path):
    """Workers open the store themselves; one that cannot says so per article (a pool whose
    workers die in their initializer would hang)."""
    store = Store.open(f"sqlite:///{tmp_path / 'here.db'}")
    store.url = f"sqlite:///{tmp_path / 'not-there.db'}"  # the workers are given a URL with nothing behind it
    summary = ingest([str(SEEDS)], store, jobs=2)
    assert (summary.stored, summary.failed) == (0, 5)
    assert all("worker cannot open the store" in e and "no such database" in e for e in summary.errors)


# -- the Dask engine ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    """One local Dask cluster for the module: 2 single-threaded worker processes."""
    distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'govfacts[dask]')")
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as c, distributed.Client(c) as client:
        yield client


@pytest.fixture
def corpus(tmp_path) -> list[str]:
    """The sample files, and a JSON Lines file with a blank and a broken line among 14 articles."""
    d = tmp_path / "in"
    d.mkdir()
    write_jsonl(d / "batch.jsonl", texts(14)[:7] + [""] + texts(14)[7:], extra_lines=("{broken",))
    return [str(SEEDS), str(d)]


def test_partitions_read_what_the_readers_read(corpus):
    from govfacts.extraction.dask_engine import Partition, plan, read_partition

    parts = list(plan(corpus, size=3))
    assert all(isinstance(p, Partition) for p in parts)
    assert [len(p.files) for p in parts if p.span is None] == [3, 2]  # the five samples, batched
    ranges = [p for p in parts if p.span]
    assert [str(p).rsplit(":", 1)[1] for p in ranges] == ["1-3", "4-6", "7-9", "10-12", "13-15", "16-16"]

    def key(item):
        return (type(item).__name__, str(item) if isinstance(item, ReadError) else (item.source, item.text))

    direct = [key(i) for i in read_paths(corpus)]
    assert [key(i) for p in parts for i in read_partition(p)] == direct
    assert ("ReadError", f"{corpus[1]}/batch.jsonl:16: not valid JSON (Expecting property name enclosed "
            "in double quotes)") in direct


def test_dask_stores_what_jobs_1_stores(tmp_path, store_url, corpus, cluster):
    from govfacts.extraction.dask_engine import ingest as dask_ingest

    expected = reference(tmp_path, corpus)
    store = Store.open(store_url)
    ingest([str(SEEDS / "000_c9c5d3ee07f476ec.txt")], store, jobs=1)  # one already there
    summary = dask_ingest(corpus, store, scheduler=cluster.scheduler.address, size=4)
    assert (summary.read, summary.stored, summary.already) == (19, 18, 1), summary.errors
    assert summary.failed == 2 and all("\n" not in e for e in summary.errors)  # blank line, broken line
    assert dump(store_url) == expected


def test_dask_cli_on_a_local_cluster(tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'govfacts[dask]')")
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    res = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url, "--engine", "dask", "-j", "2", "-q"])
    assert res.exit_code == 0, res.output
    assert "5 articles read: 5 stored" in res.output and "2 Dask workers" in res.output
    assert dump(url) == reference(tmp_path, [str(SEEDS)])


def test_a_failed_partition_is_reported_and_rerun_without_duplicates(tmp_path, corpus, cluster):
    """The workers cannot open the store (here: it is not there yet): each partition fails
    with one line; once the store is there the same run stores everything, and a third run
    stores nothing."""
    from govfacts.extraction.dask_engine import ingest as dask_ingest

    url = f"sqlite:///{tmp_path / 'later.db'}"
    away = Store.open(f"sqlite:///{tmp_path / 'elsewhere.db'}")
    away.url = url  # the client holds a store, the workers are given a URL with nothing behind it
    failed = dask_ingest(corpus, away, scheduler=cluster.scheduler.address, size=4)
    assert failed.stored == 0 and failed.failed == 6  # 2 batches of files, 4 ranges of lines
    assert all(e.startswith("partition ") and "no such database" in e and "run the same command again" in e
               for e in failed.errors)
    assert not (tmp_path / "later.db").exists()

    store = Store.open(url)
    first = dask_ingest(corpus, store, scheduler=cluster.scheduler.address, size=4)
    again = dask_ingest(corpus, store, scheduler=cluster.scheduler.address, size=4)
    assert (first.stored, again.stored, again.already) == (19, 0, 19), first.errors + again.errors
    assert dump(url) == reference(tmp_path, corpus)


def test_the_default_engine_never_imports_dask(tmp_path):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from govfacts.extraction.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['ingest', {str(SEEDS)!r}, '--db', {str(tmp_path / 'd.db')!r}, '-j', '1'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


# -- reading ahead ----------------------------------------------------------------------------

class _Counting:
    """An input that counts the items taken from it."""

    def __init__(self, items):
        self.items, self.taken = iter(items), 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)
        self.taken += 1
        return item


def test_intake_queues_what_is_not_stored_in_input_order_and_counts_the_rest(tmp_path):
    from govfacts.corpus.readers import ReadNote
    from govfacts.extraction.batch import Summary, ingest_items
    from govfacts.extraction.intake import Intake

    arts = [Article(t, source=f"s{i}") for i, t in enumerate(texts(80))]
    store = Store.open(f"sqlite:///{tmp_path / 'in.db'}")
    assert ingest_items(arts[:3], store, jobs=1).stored == 3  # three stored already
    items = arts[:40] + [ReadError("bad.jsonl:3", "not valid JSON"), ReadNote("a.txt", "read as UTF-16")] + arts[40:]
    summary, told = Summary(), []
    got = list(Intake(items, store, summary, lambda s, msg: told.append(msg)))
    assert [a.source for a in got] == [a.source for a in arts[3:]]
    assert (summary.read, summary.already, summary.failed) == (80, 3, 1)
    assert summary.notes == ["a.txt: read as UTF-16"] and told.count("") == 3 and len(told) == 4


def test_intake_reads_ahead_a_bounded_number_of_articles_and_then_answers_without_reading(tmp_path):
    from govfacts.extraction.batch import Summary
    from govfacts.extraction.intake import AHEAD, Intake

    source = _Counting([Article(t, source=f"s{i}") for i, t in enumerate(texts(3 * AHEAD))])
    intake = Intake(source, Store.open(f"sqlite:///{tmp_path / 'ahead.db'}"), Summary())
    while intake.read_one():
        pass
    assert source.taken == AHEAD  # memory stays flat however long the input
    first = [next(intake) for _ in range(AHEAD)]
    assert source.taken == AHEAD and len({a.source for a in first}) == AHEAD  # handed out, none read meanwhile
    assert len(list(intake)) == 2 * AHEAD and source.taken == 3 * AHEAD


def test_the_worker_pool_reads_its_input_ahead_while_no_worker_answers():
    from govfacts.extraction.workers import Workers

    class Input:
        left = 5

        def read_one(self):
            self.left -= 1
            return self.left > 0

    pending = Input()
    assert Workers._read_ahead(pending, []) == [] and pending.left == 0
    assert Workers._read_ahead(iter(()), []) == []  # a plain iterator: nothing read ahead


def test_a_worker_loads_the_word_model_before_its_first_article_s_time_budget():
    code = ("import underthesea.pipeline.word_tokenize as wt\n"
            "from govfacts.extraction import batch\n"
            "batch._init_worker()\n"
            "print(wt.word_tokenize_model is not None)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "True", out.stderr


def test_jobs_workers_fork_from_a_parent_that_loaded_the_pipeline_once(tmp_path):
    # each forked worker starts warm (pipeline, rules the warm-up compiled, word model) instead of
    # loading all of it again: one load for the batch, not one per worker
    code = ("import sys\nimport underthesea.pipeline.word_tokenize as wt\n"
            "from govfacts.db.store import Store\nfrom govfacts.extraction import batch\n"
            "from govfacts.extraction.ingest import ingest\n"
            f"s = ingest([{str(SEEDS)!r}], Store.open(sys.argv[1]), jobs=2)\n"
            "print(s.stored, batch._WORKER is not None, wt.word_tokenize_model is not None)\n")
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'warm.db'}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "5 True True", out.stderr
