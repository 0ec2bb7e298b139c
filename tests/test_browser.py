"""A person at a browser: start ``govfacts serve`` over the sample articles, ask who chaired
the meeting in Nông Sơn, follow it to the article, and see the chair's name and the
sentence highlighted (headless Chromium driven by Playwright, on a phone-width screen).

Needs Debian's ``chromium`` (never a browser downloaded by Playwright), the ``playwright``
package and the meeting extractor; without them the test skips with the reason, except in
CI (``CI=true``), where it fails instead.
"""
from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHAIR = "Nguyễn Văn Hòa"
SENTENCE = "Ngày 14.9, UBND huyện Nông Sơn tổ chức Hội nghị chuyên đề cải cách hành chính năm 2022"


def _missing() -> str | None:
    from govfacts.extraction.registry import default_names

    if not CHROMIUM.exists():
        return f"no {CHROMIUM} (apt-get install -y chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if "meeting" not in default_names():
        return "the meeting extractor is not in extract.registry.PIPELINE yet"
    return None


def need_browser() -> None:
    """Skip when the browser test cannot run here; in CI, fail."""
    reason = _missing()
    if reason:
        if IN_CI:
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need_browser()
    from govfacts.db.datasette.serving import serving
    from govfacts.db.store import Store
    from govfacts.extraction.ingest import ingest

    work = tmp_path_factory.mktemp("browser")
    db = work / "govfacts.db"
    summary = ingest([str(SEEDS)], Store.open(str(db)), jobs=1)
    assert summary.stored == len(list(SEEDS.glob("*.txt"))), summary
    with serving(db) as base:
        yield base


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        pg = context.new_page()
        pg.set_default_timeout(15000)
        pg.requests = []
        pg.on("request", lambda r: pg.requests.append(r.url))
        yield pg
        browser.close()


def test_who_chaired_in_nong_son_then_read_it_in_the_article(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/govfacts/who_chaired")
    page.fill("input[name=place]", "Nông Sơn")
    page.click("input[type=submit]")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(CHAIR)
    page.screenshot(path=str(tmp_path / "who_chaired.png"), full_page=True)

    rows.first.locator("a.govfacts-page").click()
    page.wait_for_url("**/-/article/**")
    # the chair's name, marked as chair, in the sentence in focus
    chair = page.locator("article.text span.sentence.focus mark.r-chair", has_text=CHAIR)
    expect(chair).to_be_visible()
    expect(chair.locator("a.lbl")).to_have_attribute("data-label", "CHỦ TRÌ")
    sentence = page.locator("article.text span.sentence.focus")
    expect(sentence).to_contain_text(SENTENCE)  # the article's words: labels are drawn by CSS
    for element in (chair, sentence.first):
        colour = element.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour
    # the meeting's card gives its fields beside the text
    card = page.locator("section.focus-box li.card.k-meeting")
    expect(card.locator("dt").filter(has_text=re.compile(r"^chair$"))).to_have_count(1)
    expect(card).to_contain_text(CHAIR)
    # a phone-width screen: nothing wider than the screen
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert (tmp_path / "article.png").stat().st_size > 0
    # nothing fetched from anywhere but the server
    hosts = {urlparse(u).hostname for u in page.requests if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


def test_what_carries_out_a_resolution_drawn_as_a_graph(server, page, tmp_path):
    """Ask what was done with 16-NQ/TU, follow the document page, see the Huyện ủy's programme
    carrying it out as an arrow between two boxes, and go on to the sentence in the article."""
    from playwright.sync_api import expect

    page.goto(f"{server}/govfacts/related_documents")
    page.fill("input[name=number]", "16-NQ/TU")
    page.click("input[type=submit]")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("21-CTr/HU")
    rows.first.locator("a.govfacts-document").click()
    page.wait_for_url("**/-/document?number=*")
    graph = page.locator("svg.graph")
    expect(graph).to_be_visible()
    expect(graph.locator("g.node")).to_have_count(2)
    expect(graph.locator("g.node.center")).to_contain_text("21-CTr/HU")
    expect(graph.locator("g.edge[data-type=implements]")).to_have_count(1)
    box = graph.bounding_box()
    assert box and box["width"] <= 390 and box["height"] > 50
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(tmp_path / "document.png"), full_page=True)
    page.locator("g.node", has_text="16-NQ/TU").click()
    page.wait_for_url("**number=16-NQ%2FTU")
    expect(page.locator("table.relations tbody tr")).to_have_count(1)
    page.locator("table.relations a.govfacts-page").click()
    page.wait_for_url("**/-/article/**")
    expect(page.locator("article.text span.sentence.focus")).to_contain_text("triển khai thực hiện")
    hosts = {urlparse(u).hostname for u in page.requests if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
