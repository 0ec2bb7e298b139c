"""``govfacts export``: the store's facts as one flat table (CSV, Parquet) for pandas users."""
import csv
import io
import json

import pytest

from govfacts.db.export import fact_rows, write_csv, write_parquet
from govfacts.db.queries import article_facts
from govfacts.db.store import Store
from govfacts.extraction.ingest import ingest

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('export') / 'facts.db'}")
    ingest([str(SEEDS)], store, jobs=1)
    return store


def test_every_fact_is_one_row_with_its_quote_and_fields(seeded):
    rows = list(fact_rows(seeded))
    stored = sum(len(article_facts(seeded, aid)) for aid in {r["article_id"] for r in rows})
    assert len(rows) == stored > 50
    doc = next(r for r in rows if r["kind"] == "document_ref" and r["canonical"] == "04-NQ/TU")
    assert doc["issued_on"] == "2021-04-12" and doc["quote"].startswith("Nghị quyết số 04-NQ/TU")
    official = next(r for r in rows if r["kind"] == "official")
    assert isinstance(json.loads(official["roles"]), list)  # lists are JSON text in a cell
    assert "mentions" not in official


def test_one_kind_and_a_limit(seeded):
    rows = list(fact_rows(seeded, kind="score", limit=2))
    assert len(rows) == 2 and {r["kind"] for r in rows} == {"score"}
    assert isinstance(rows[0]["value"], float)


def test_csv_round_trip_keeps_vietnamese(seeded, tmp_path):
    path = tmp_path / "facts.csv"
    n = write_csv(fact_rows(seeded, kind="official"), path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        back = list(csv.DictReader(f))
    assert len(back) == n > 0
    assert any("Trầm Quế Hương" == r["name"] for r in back)
    buf = io.StringIO()
    write_csv(fact_rows(seeded, kind="ranking"), None, buf)
    assert buf.getvalue().splitlines()[0].startswith("article_id,source,title,published,fact_id,kind")


def test_parquet_keeps_the_column_types(seeded, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'govfacts[parquet]')")
    path = tmp_path / "facts.parquet"
    n = write_parquet(fact_rows(seeded), path)
    table = pq.read_table(path)
    assert table.num_rows == n
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("confidence").type) == "double"
