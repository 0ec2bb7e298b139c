"""A person at a browser reading the store: facets before anything else, the audit's level
and code picked from choice boxes, a long sentence trimmed around the fact and opened on a
click, the fact in focus set apart and the article opened at its sentence, and the chart
pages of a unit's scores and a document's citations (headless Chromium, as in
tests/test_browser.py, whose page fixture this module shares; screenshots go to the test's
temporary folder).

The store: the sample articles and tests/data/charts, four articles written for these tests
about one district's reform index over three years, each citing one plan.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import SEEDS
from .test_browser import need_browser, page  # noqa: F401  (page: the shared browser fixture)

CHARTS = Path(__file__).resolve().parent / "data" / "charts"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need_browser()
    from govfacts.db.datasette.serving import serving
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    db = tmp_path_factory.mktemp("browser_view") / "govfacts.db"
    summary = ingest([str(SEEDS), str(CHARTS)], Store.open(str(db)), jobs=1)
    assert summary.failed == 0, summary
    with serving(db) as base:
        yield base


def _only_this_server(page) -> None:
    hosts = {urlparse(u).hostname for u in page.requests if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


def _fits_the_screen(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_facets_come_first_and_the_column_notes_fold(server, page, tmp_path):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/govfacts/facts")
    kind = page.locator("div.facet-results #facet-kind")
    expect(kind).to_be_visible()
    notes = page.locator("details.gf-columns")
    expect(notes.locator("summary")).to_contain_text("what the columns hold")
    expect(notes.locator("dl.column-descriptions dt").first).to_be_hidden()  # folded
    facets_top = kind.bounding_box()["y"]
    assert facets_top < 400, facets_top  # right under the description, not 600 px below it
    assert facets_top < notes.bounding_box()["y"]
    # a facet list is a dozen lines high, whatever the number of values
    assert page.locator("#facet-rule ul").bounding_box()["height"] < 260
    page.screenshot(path=str(tmp_path / "facts.png"))
    notes.locator("summary").click()
    expect(notes.locator("dl.column-descriptions dt", has_text=re.compile(r"^sentence$"))).to_be_visible()
    # filtering by a facet still works
    kind.locator("a", has_text="document_ref").click()
    expect(page.locator("h3").first).to_contain_text('where kind = "document_ref"')
    _only_this_server(page)


def test_a_long_sentence_is_trimmed_around_its_fact_and_opens_on_a_click(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/govfacts/fact_list?kind=document_ref&value=52%2FKH-UBND")
    long = page.locator("td.col-sentence details.gf-long")
    expect(long).to_have_count(1)  # the one sentence of more than 200 characters
    short = long.locator(".gf-short")
    expect(short).to_be_visible()
    expect(short.locator("b.gf-quote")).to_have_text("Kế hoạch số 52/KH-UBND ngày 15/01/2022 của UBND huyện Hiệp Đức")
    assert short.inner_text().startswith("…") and short.inner_text().endswith("…")
    full = long.locator(".gf-full")
    expect(full).to_be_hidden()
    page.screenshot(path=str(tmp_path / "trimmed.png"), full_page=True)
    long.locator("summary").click()
    expect(full).to_be_visible()
    expect(full).to_contain_text("Để đạt kết quả này, huyện đã tập trung chỉ đạo")
    expect(full).to_contain_text("tại bộ phận một cửa các cấp.")
    expect(short).to_be_hidden()
    _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "opened.png"), full_page=True)


def test_audit_level_and_code_are_choices(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/audit/audit_findings")
    level = page.locator("form.sql select[name=level]")
    code = page.locator("form.sql select[name=code]")
    expect(level).to_be_visible()
    expect(code).to_be_visible()
    assert level.locator("option").all_inner_texts() == ["tất cả · all", "error (1)", "warning (1)"]
    assert "meeting_before_period (1)" in code.locator("option").all_inner_texts()
    expect(page.locator("form.sql input[type=text]")).to_have_count(0)
    level.select_option("warning")
    page.click("form.sql input[type=submit]")
    page.wait_for_url("**level=warning**")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first.locator("td.col-code")).to_have_text("meeting_before_period")
    expect(page.locator("form.sql select[name=level]")).to_have_value("warning")  # the choice is kept
    page.screenshot(path=str(tmp_path / "audit.png"), full_page=True)
    # a value typed into the URL that is no choice is kept, and finds nothing
    page.goto(f"{server}/audit/audit_findings?level=&code=no_such_rule")
    expect(page.locator("form.sql select[name=code]")).to_have_value("no_such_rule")
    expect(page.locator("p.zero-results")).to_be_visible()
    _only_this_server(page)


def test_the_fact_in_focus_stands_out_and_the_page_opens_at_its_sentence(server, page, tmp_path):
    from playwright.sync_api import expect

    page.set_viewport_size(PHONE)
    page.goto(f"{server}/govfacts/cites?number=16-NQ%2FTU")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows.first).to_be_visible()
    href = rows.first.locator("a.govfacts-page").get_attribute("href")
    page.goto(server + href.split("#")[0])  # ?fact=fN alone, as the audit links give it
    focus_id = href.split("fact=")[1].split("#")[0]
    sentence = page.locator("#focus-sentence")
    expect(sentence).to_contain_text("16-NQ/TU")
    page.wait_for_function("window.scrollY > 0")
    focused = page.locator(f"article.text mark#{focus_id}")
    # the fact, in its sentence, on the screen the page opens at
    box = focused.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], box
    box = sentence.bounding_box()
    assert box["y"] < PHONE["height"] and box["y"] + box["height"] > 0, box
    expect(focused).to_have_class(re.compile(r"\bis-focus\b"))
    others = page.locator("article.text mark.k-document_ref.r-fact:not(.is-focus)")
    assert others.count() >= 1
    ring = "e => getComputedStyle(e).boxShadow"
    assert "3px" in focused.evaluate(ring) and others.first.evaluate(ring) == "none"
    label = "e => getComputedStyle(e.querySelector(':scope > a.lbl')).color"
    assert focused.evaluate(label) != others.first.evaluate(label)
    expect(page.locator("section.focus-box mark.is-focus")).to_have_count(1)
    _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "focus.png"))
    _only_this_server(page)


def test_a_units_scores_and_ranks_by_year_then_the_article(server, page, tmp_path):
    from playwright.sync_api import expect

    page.set_viewport_size(PHONE)
    page.goto(f"{server}/govfacts/score_list?subject=huy%E1%BB%87n+Hi%E1%BB%87p+%C4%90%E1%BB%A9c&kind=ranking")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(5)
    rows.first.locator("a.govfacts-chart").click()
    page.wait_for_url("**/-/chart/unit?name=*")
    expect(page.locator("h1")).to_have_text("huyện Hiệp Đức")
    par = page.locator("section.index[data-index=PAR]")
    expect(par.locator("h2")).to_contain_text("Chỉ số cải cách hành chính")
    scores = par.locator("figure.scores svg g.point")
    assert [(p.get_attribute("data-year"), p.get_attribute("data-value")) for p in scores.all()] == [
        ("2021", "78,42"), ("2022", "81,05"), ("2023", "85,6")]
    ranks = par.locator("figure.ranks svg g.point")
    assert [p.get_attribute("data-value") for p in ranks.all()] == ["11", "8", "4"]
    # a better rank is drawn higher: 4 above 8 above 11
    heights = [p.locator("circle").bounding_box()["y"] for p in ranks.all()]
    assert heights[0] > heights[1] > heights[2], heights
    score_heights = [p.locator("circle").bounding_box()["y"] for p in scores.all()]
    assert score_heights[0] > score_heights[1] > score_heights[2], score_heights
    expect(page.locator("section.index[data-index=SIPAS] figure.scores g.point")).to_have_count(2)
    for chart in page.locator("svg.chart").all():
        box = chart.bounding_box()
        assert box["width"] <= PHONE["width"] and box["height"] > 100, box
    _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "unit.png"), full_page=True)
    # each point is the value one article gives: follow 2022's to its words
    ranks.nth(1).locator("circle").click()
    page.wait_for_url("**/-/article/**")
    expect(page.locator("article.text mark.is-focus")).to_contain_text("xếp thứ 08/18")
    _only_this_server(page)


def test_a_documents_citations_over_time(server, page, tmp_path):
    from playwright.sync_api import expect

    page.set_viewport_size(PHONE)
    page.goto(f"{server}/govfacts/documents?canonical=52%2FKH-UBND")
    page.locator("td.col-canonical a.govfacts-chart").click()
    page.wait_for_url("**/-/chart/document?number=*")
    expect(page.locator("h1")).to_have_text("52/KH-UBND")
    bars = page.locator("figure.citations svg g.bar")
    counted = {b.get_attribute("data-period"): int(b.get_attribute("data-count")) for b in bars.all()}
    # every month from the month it was issued to the last citation, the empty ones too
    assert list(counted)[0] == "2022-01" and list(counted)[-1] == "2024-02" and len(counted) == 26
    assert {p: n for p, n in counted.items() if n} == {"2022-03": 1, "2023-02": 1, "2024-02": 2}
    expect(page.locator("figure.citations g.marker")).to_contain_text("2022-01-15")
    expect(page.locator("table.citations tbody tr")).to_have_count(4)
    _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "document.png"), full_page=True)
    # the same page from a citation's row, and on to the citing sentence
    page.goto(f"{server}/govfacts/cites?number=52%2FKH-UBND")
    page.locator("table.rows-and-columns tbody tr").first.locator("a.govfacts-chart").click()
    page.wait_for_url("**/-/chart/document?number=*")
    page.locator("table.citations a.govfacts-page").first.click()
    page.wait_for_url("**/-/article/**")
    expect(page.locator("article.text mark.is-focus")).to_contain_text("Kế hoạch số 52/KH-UBND")
    _only_this_server(page)
