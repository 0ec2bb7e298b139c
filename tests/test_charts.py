"""The chart pages (db/datasette/svg.py, charts.py, plugins/govfacts_charts.py) in process:
the drawing itself, the timeline of citations, a unit asked for as articles write it, and
what the pages answer to a name or a number they do not know.  In a real browser:
tests/test_browser_view.py."""
from __future__ import annotations

import asyncio
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from govfacts.db.datasette.charts import timeline
from govfacts.db.datasette.svg import Bar, Point, bar_chart, year_chart

CHARTS = Path(__file__).resolve().parent / "data" / "charts"


def _ys(svg: str) -> list[float]:
    return [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]


def test_ranks_are_drawn_with_the_first_at_the_top():
    pts = [Point(2021, 11, "11/18"), Point(2022, 8, "8/18"), Point(2023, 4, "4/18")]
    ranks = _ys(year_chart(pts, label="rank", invert=True, lo=1, hi=18, integer=True))
    assert ranks[0] > ranks[1] > ranks[2]  # SVG y grows downwards: rank 4 is highest
    scores = _ys(year_chart([Point(2021, 78.42, "a"), Point(2022, 81.05, "b")], label="score"))
    assert scores[0] > scores[1]


def test_a_point_is_a_link_with_its_words_as_tooltip():
    svg = year_chart([Point(2022, 81.05, "2022: 81,05/100 điểm · <bài>", "/-/article/ab?at=1-9")], label="PAR")
    assert '<a href="/-/article/ab?at=1-9"><g class="point" data-year="2022" data-value="81,05">' in svg
    assert "<title>2022: 81,05/100 điểm · &lt;bài&gt;</title>" in svg
    assert "polyline" not in svg  # one year: no line to draw
    assert year_chart([], label="PAR").count("<circle") == 0


def test_bars_label_at_most_five_periods_and_mark_the_issue():
    bars = [Bar(f"2023-{m:02d}", m % 3, "") for m in range(1, 13)]
    svg = bar_chart(bars, label="x", marker=("2023-02", "ban hành · issued 2023-02-10"))
    assert len(re.findall(r'<text class="period"', svg)) <= 5
    assert svg.count('<g class="bar"') == 12 and 'class="marker"' in svg and "issued 2023-02-10" in svg


def _citation(published: str | None, article: str) -> dict:
    return {"published": published, "article_id": article, "title": article}


def test_citations_by_month_from_the_issue_to_the_last():
    cites = [_citation("2023-03-02", "a"), _citation("2023-03-20", "b"), _citation("2023-03-20", "b"),
             _citation("2023-06-01", "c"), _citation(None, "d")]
    bars, mark, step = timeline(cites, "2023-01-15")
    assert step == "month" and mark == "2023-01"
    assert [(b.label, b.count) for b in bars] == [("2023-01", 0), ("2023-02", 0), ("2023-03", 2), ("2023-04", 0),
                                                  ("2023-05", 0), ("2023-06", 1)]  # articles, not citations
    assert bars[-1].href == "/-/article/c" and bars[2].href is None  # one article: its page


def test_citations_over_three_years_are_counted_by_year():
    bars, mark, step = timeline([_citation("2016-05-01", "a"), _citation("2024-02-01", "b")], "2015-12-30")
    assert step == "year" and mark == "2015"
    assert [b.label for b in bars] == [str(y) for y in range(2015, 2025)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from govfacts.db.datasette import build
    from govfacts.db.datasette.views import ensure_views
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    path = tmp_path_factory.mktemp("charts") / "govfacts.db"
    store = Store.open(str(path))
    assert ingest([str(CHARTS)], store, jobs=1).stored == 4
    ensure_views(store.engine)
    store.engine.dispose()
    ds = build(path)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())
    yield lambda p: loop.run_until_complete(ds.client.get(p))
    loop.close()


@pytest.mark.parametrize("name", ["huyện Hiệp Đức", "UBND huyện Hiệp Đức", "Hiệp Đức", "huyen hiep duc"])
def test_a_unit_is_found_however_it_is_written(site, name):
    res = site(f"/-/chart/unit?name={quote(name)}")
    assert res.status_code == 200
    assert "<h1>huyện Hiệp Đức</h1>" in res.text
    assert res.text.count('<section class="index"') == 2  # PAR, SIPAS
    assert not re.search(r"""(src=|@import|url\(|href=["']?(https?:)?//)""", res.text)  # nothing from elsewhere


@pytest.mark.parametrize("path, status", [("/-/chart/unit?name=x%C3%A3+Kh%C3%B4ng+C%C3%B3", 404),
                                          ("/-/chart/unit", 404), ("/-/chart/document?number=9%2FKH-UBND", 404),
                                          ("/-/chart/document", 404)])
def test_unknown_units_and_numbers_get_a_page_saying_so(site, path, status):
    res = site(path)
    assert res.status_code == status and re.search(r"<p>[^<]*(no unit|no document|no article)", res.text), res.text


def test_the_units_page_lists_each_unit_once(site):
    page = site("/-/chart/units").text
    assert re.findall(r'<a class="govfacts-chart" href="[^"]+">([^<]+)</a>', page) == ["huyện Hiệp Đức"]
    assert "<td>PAR, SIPAS</td><td>2021–2023</td><td>3</td>" in page


def test_the_document_page_counts_citing_articles_and_links_them(site):
    page = site(f"/-/chart/document?number={quote('52/kh-ubnd')}").text  # spelling does not matter
    assert "<h1>52/KH-UBND</h1>" in page and "4 lần dẫn trong 4 bài" in page
    assert len(re.findall(r'<a class="govfacts-page" href="/-/article/[0-9a-f]{16}\?fact=f\d+#f\d+">', page)) == 4


def test_chart_columns_link_to_the_chart_pages(site):
    html = site("/govfacts/citation_list").text
    assert html.count('<a class="govfacts-chart" href="/-/chart/document?number=52%2FKH-UBND">') == 4
    html = site("/govfacts/score_list?kind=score").text
    assert html.count('href="/-/chart/unit?name=huy%E1%BB%87n%20Hi%E1%BB%87p%20%C4%90%E1%BB%A9c"') == 5
    html = site("/govfacts/documents").text
    assert '<a class="govfacts-chart" href="/-/chart/document?number=52%2FKH-UBND"' in html
    rows = site("/govfacts/score_list.json?_shape=array&kind=ranking&index=PAR").json()
    assert sorted((r["year"], r["rank"], r["out_of"]) for r in rows) == [(2021, 11, 18), (2022, 8, 18), (2023, 4, 18)]
