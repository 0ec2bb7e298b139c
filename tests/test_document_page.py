"""What was done with a document, in Datasette: the canned queries related_documents and
implementers, and the document page drawing its relations as a graph (over the planted
articles of tests/data/relations)."""
from __future__ import annotations

import asyncio
import re
import urllib.request
from pathlib import Path

import pytest

from govfacts.db.store import Store
from govfacts.extraction.ingest import ingest

DATA = Path(__file__).resolve().parent / "data" / "relations"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from govfacts.db.datasette import build

    path = tmp_path_factory.mktemp("docpage") / "govfacts.db"
    store = Store.open(str(path))
    assert ingest([str(DATA)], store, jobs=1).failed == 0
    store.engine.dispose()
    ds = build(path)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())
    yield lambda p: loop.run_until_complete(ds.client.get(p))
    loop.close()


def _rows(site, path):
    res = site(path + "&_shape=array")
    assert res.status_code == 200, res.text[:300]
    return res.json()


def test_related_documents_reads_both_ways(site):
    rows = _rows(site, "/govfacts/related_documents.json?number=16-nq/tu")
    assert sorted(r["from"] for r in rows) == ["08-CTr/HU", "12/KH-UBND", "45/KH-UBND"]
    plan = next(r for r in rows if r["from"] == "45/KH-UBND")
    assert (plan["relation"], plan["from_issued_on"], plan["to_issued_on"]) == ("implements", "2021-03-02",
                                                                               "2021-10-14")
    assert [r["relation"] for r in _rows(site, "/govfacts/related_documents.json?number=702/QD-UBND")] == ["replaces"]


def test_implementers_by_place(site):
    rows = _rows(site, f"/govfacts/implementers.json?number=16-NQ/TU&place={urllib.request.quote('Tây Sơn')}")
    assert [r["document"] for r in rows] == ["45/KH-UBND"]
    assert len(_rows(site, "/govfacts/implementers.json?number=16-NQ/TU&place=")) == 3


def test_the_document_page_draws_its_relations(site):
    html = site("/govfacts/related_documents?number=16-NQ/TU").text
    assert re.search(r'<a class="govfacts-document" href="/-/document\?number=45%2FKH-UBND">45/KH-UBND</a>', html)
    page = site("/-/document?number=16-nq/tu")
    assert page.status_code == 200
    svg = re.search(r"<svg class=\"graph\".*?</svg>", page.text, re.S).group(0)
    nodes = re.findall(r'data-number="([^"]+)"', svg)
    assert sorted(nodes) == ["08-CTr/HU", "12/KH-UBND", "16-NQ/TU", "45/KH-UBND"]
    assert svg.count('class="edge" data-type="implements"') == 3
    assert 'href="/-/document?number=45%2FKH-UBND"' in svg
    assert "triển khai thực hiện" in page.text and "/-/article/" in page.text
    assert "http" not in page.text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing from elsewhere
    assert site("/-/document?number=9999/QD-UBND").status_code == 404
