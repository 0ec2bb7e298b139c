"""Reading tables in Datasette (db/datasette/cells.py, plugins/govfacts_browse.py): long prose
trimmed around the fact's words, facets before the column notes, choice boxes for the
audit's level and code.  The same pages in a real browser: tests/test_browser_view.py."""
from __future__ import annotations

import json
import re

import pytest

from govfacts.db.datasette.cells import LONG, trimmed, window

from .test_view import site, store_path  # noqa: F401  (the in-process site over a hand-made store)

LONG_SENTENCE = ("Để đạt kết quả này, huyện đã tập trung chỉ đạo các cơ quan, đơn vị rà soát, đơn giản hóa thủ tục "
                 "hành chính, đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết hồ sơ của người dân và doanh "
                 "nghiệp, nâng cao trách nhiệm người đứng đầu theo đúng Kế hoạch số 52/KH-UBND ngày 15/01/2022 của "
                 "UBND huyện Hiệp Đức, đồng thời tăng cường kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính tại "
                 "bộ phận một cửa các cấp.")
QUOTE = "Kế hoạch số 52/KH-UBND ngày 15/01/2022 của UBND huyện Hiệp Đức"


def _short(cell: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(r'<span class="gf-short">(.*?)</span>', cell).group(1))


def test_a_short_value_is_left_alone():
    assert trimmed("Hội nghị tổng kết công tác cải cách hành chính năm 2023.", QUOTE) is None


def test_a_long_sentence_keeps_the_fact_with_words_either_side():
    cell = str(trimmed(LONG_SENTENCE, QUOTE))
    short = _short(cell)
    assert short.startswith("…") and short.endswith("…")
    assert QUOTE in short and len(short) < len(LONG_SENTENCE) * 0.7
    assert short.startswith("…dân và doanh nghiệp, nâng cao") and short.endswith(" kỷ cương hành…")  # whole words
    assert f'<b class="gf-quote">{QUOTE}</b>' in cell
    full = re.sub(r"<[^>]+>", "", re.search(r'<div class="gf-full">(.*?)</div>', cell).group(1))
    assert full == LONG_SENTENCE  # the whole sentence, one click away
    assert cell.startswith('<details class="gf-long">')


def test_without_its_quote_a_value_shows_its_start():
    lo, hi, qs, qe = window(LONG_SENTENCE, "Quyết định số 9/QĐ-UBND")
    assert (lo, qs, qe) == (0, 0, 0) and hi <= LONG and LONG_SENTENCE[hi] == " "
    short = _short(str(trimmed(LONG_SENTENCE)))
    assert short.startswith("Để đạt kết quả này") and short.endswith("…")


def test_a_fact_longer_than_the_limit_shows_its_own_start():
    lo, hi, qs, qe = window(LONG_SENTENCE, LONG_SENTENCE[20:])
    assert lo == qs == 20 and hi - lo <= LONG


def test_text_is_escaped():
    cell = str(trimmed("<script>x</script> " + LONG_SENTENCE, QUOTE))
    assert "<script>" not in cell and "&lt;script&gt;" in cell


def test_table_pages_bring_the_facets_first_and_the_style(site):
    page = site("/govfacts/facts").text
    assert 'dl.column-descriptions' in page and '"div.facet-results"' in page  # the script that moves them
    css = re.search(r'<link rel="stylesheet" href="(/-/govfacts-browse\.css)">', page)
    assert css
    res = site(css.group(1))
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/css")
    assert "details.gf-long" in res.text


def test_the_audit_query_offers_its_levels_and_codes(site):
    page = site("/audit/audit_findings").text
    found = re.search(r"\}\)\((\{.*?\})\);</script>", page, re.S)
    assert found, page[-2000:]
    choices = json.loads(found.group(1))
    assert choices["level"] == [["error", "error (2)"]]  # findings, not rows of evidence
    assert choices["code"] == [["conflicting_dates", "conflicting_dates (1)"], ["impossible_date", "impossible_date (1)"]]


@pytest.mark.parametrize("path", ["/govfacts/who_chaired", "/govfacts/cites"])
def test_queries_without_choices_keep_their_text_boxes(site, path):
    assert "gf-choice" not in site(path).text


def test_the_json_keeps_the_whole_sentence(site):
    rows = site("/govfacts/fact_list.json?_shape=array&kind=meeting").json()
    assert rows and all("gf-long" not in (r["sentence"] or "") for r in rows)
