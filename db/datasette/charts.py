"""The chart pages' HTML, from rows already read (db/datasette/plugins/govfacts_charts.py reads
them): where people would rather look than read.

* :func:`unit_page`: a unit's results (``db.scores.scores`` rows) per index, a chart of its
  scores and one of its ranks by year, each point the value one article gives and a link to
  it there, then the same as a table;
* :func:`units_page`: every unit with results, linking to its page;
* :func:`document_page`: the articles citing one document by month (by year over three
  years), the day it was issued marked, then each citation with its sentence.

One page, one file: styles inline, charts inline SVG (db/datasette/svg.py), no script.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable
from urllib.parse import quote

from markupsafe import Markup, escape

from .cells import CSS as CELL_CSS, trimmed
from .svg import Bar, Point, bar_chart, year_chart

UNIT_PATH = "/-/chart/unit"
UNITS_PATH = "/-/chart/units"
DOCUMENT_PATH = "/-/chart/document"
MONTHS_MAX = 36  # a longer span of citations is drawn by year

_CSS = """
:root { --ink: #1f2328; --muted: #5c6370; --line: #d8dbe0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
       Arial, sans-serif; }
nav.gf-nav { padding: .5rem .75rem; background: #276890; font-size: .9rem; }
nav.gf-nav a { color: #fff; margin-right: 1rem; }
main { max-width: 64rem; margin: 0 auto; padding: .75rem; }
h1 { font-size: 1.35rem; margin: .25rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .3rem; }
.meta { color: var(--muted); font-size: .9rem; }
.charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: .5rem 1rem; }
@media (min-width: 48rem) { .charts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
figure { margin: 0; border: 1px solid var(--line); border-radius: .4rem; padding: .4rem; }
figcaption { font-size: .85rem; color: var(--muted); }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart a:hover circle, svg.chart a:focus circle { fill: #1a56db; }
svg.chart a:hover rect { fill: #0b3a9e; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0; }
th, td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: .3rem .4rem;
         overflow-wrap: anywhere; }
th { color: var(--muted); font-weight: 600; }
ul.choices li { margin: .2rem 0; }
@media (max-width: 40rem) {  /* a table row becomes a card: label, then value */
  table thead { display: none; }
  table tr { display: block; border-top: 1px solid var(--line); padding: .3rem 0; }
  table td { display: block; border: 0; padding: .1rem .2rem; }
  table td:empty { display: none; }
  table td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
}
"""


def _page(title: str, body: str, nav: Iterable[tuple[str, str]]) -> str:
    links = "".join(f'<a href="{escape(h)}">{escape(w)}</a>' for h, w in nav)
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_CSS}{CELL_CSS}</style></head>"
            f'<body><nav class="gf-nav">{links}</nav><main>{body}</main></body></html>\n')


def unit_href(unit: str) -> str:
    return f"{UNIT_PATH}?name={quote(unit, safe='')}"


def document_href(number: str) -> str:
    return f"{DOCUMENT_PATH}?number={quote(number, safe='')}"


def article_href(article_id: str, start: int | None = None, end: int | None = None, *,
                 fact: str | None = None) -> str:
    if fact:
        return f"/-/article/{article_id}?fact={fact}#{fact}"
    return f"/-/article/{article_id}" + (f"?at={start}-{end}" if start is not None and end is not None else "")


def _num(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(v)


def _score_words(e: dict) -> str:
    out = _num(e["value"])
    if e.get("max"):
        out += f"/{_num(e['max'])}"
    if e.get("unit"):
        out += ("" if e["unit"] == "%" else " ") + e["unit"]
    return out


def _rank_words(e: dict) -> str:
    return f"{e['rank']}" + (f"/{e['out_of']}" if e.get("out_of") else "")


def _source(row: dict) -> str:
    return f"{row.get('title') or row.get('source') or ''} ({row.get('published') or 'không rõ ngày · no date'})"


# --- a unit ------------------------------------------------------------------------------------

def unit_page(unit: str, rows: list[dict], labels: dict[str, str], url: Callable[[str], str]) -> str:
    """``rows``: db.scores.scores rows of one unit; ``labels``: index code → name;
    ``url``: a path on the site (the base URL put in front)."""
    by_index: dict[str, list[dict]] = {}
    for r in rows:
        by_index.setdefault(r["index"] or "?", []).append(r)
    sections = []
    for code in sorted(by_index, key=lambda c: (c == "?", -len(by_index[c]), c)):
        sections.append(_index_section(code, labels.get(code, ""), by_index[code], url))
    articles = len({r["article_id"] for r in rows})
    body = (f"<h1>{escape(unit)}</h1><p class=\"meta\">Điểm và xếp hạng theo năm, theo từng chỉ số, mỗi điểm là "
            f"kết quả một bài viết đưa ra · scores and ranks by year, per index, each point what one article "
            f"reports; {articles} bài · articles.</p>" + "".join(sections))
    return _page(f"{unit} · govfacts", body, [(url("/"), "govfacts"), (url(UNITS_PATH), "đơn vị · units"),
                                              (url("/govfacts/score_list"), "bảng điểm · score table")])


def _index_section(code: str, label: str, rows: list[dict], url) -> str:
    scores, ranks, table = [], [], []
    out_of = 0
    for r in sorted(rows, key=lambda r: (r["year"] or 0, r["published"] or "")):
        where = f"{_source(r)}"
        if r["scores"] and r["year"]:
            e = r["scores"][0]
            scores.append(Point(r["year"], float(e["value"]), f"{r['year']}: {_score_words(e)} · {where}",
                                url(article_href(r["article_id"], e["start"], e["end"]))))
        if r["rankings"] and r["year"] and isinstance(r["rankings"][0].get("rank"), int):
            e = r["rankings"][0]
            out_of = max(out_of, e.get("out_of") or 0, e["rank"])
            ranks.append(Point(r["year"], e["rank"], f"{r['year']}: hạng · rank {_rank_words(e)} · {where}",
                               url(article_href(r["article_id"], e["start"], e["end"]))))
        first = (r["scores"] or r["rankings"] or r["ratings"] or [{}])[0]
        link = url(article_href(r["article_id"], first.get("start"), first.get("end")))
        table.append(f'<tr><td data-label="năm · year">{r["year"] or "?"}</td>'
                     f'<td data-label="điểm · score">{escape("; ".join(_score_words(e) for e in r["scores"]))}</td>'
                     f'<td data-label="hạng · rank">{escape("; ".join(_rank_words(e) for e in r["rankings"]))}</td>'
                     f'<td data-label="xếp loại · rating">{escape("; ".join(e.get("level") or "" for e in r["ratings"]))}'
                     f'</td><td><a class="govfacts-page" href="{escape(link)}">{escape(_source(r))}</a></td></tr>')
    scale = next((_score_words({**r["scores"][0], "value": ""}).strip() for r in rows if r["scores"]), "")
    charts = (f'<figure class="scores">{year_chart(scores, label=f"{code}: điểm theo năm · score by year")}'
              f"<figcaption>Điểm · score{f' ({escape(scale)})' if scale.strip('/') else ''}</figcaption></figure>"
              f'<figure class="ranks">{year_chart(ranks, label=f"{code}: xếp hạng theo năm · rank by year", invert=True, lo=1, hi=max(out_of, 2), integer=True)}'
              f"<figcaption>Xếp hạng · rank{f' (trên · of {out_of})' if out_of else ''}; hạng 1 ở trên · 1 at the top"
              f"</figcaption></figure>")
    head = f"{code}" + (f" — {label}" if label else "")
    return (f'<section class="index" id="index-{escape(code)}" data-index="{escape(code)}"><h2>{escape(head)}</h2>'
            f'<div class="charts">{charts}</div><table class="results"><thead><tr><th>năm · year</th>'
            f"<th>điểm · score</th><th>xếp hạng · rank</th><th>xếp loại · rating</th><th>bài · article</th></tr>"
            f"</thead><tbody>{''.join(table)}</tbody></table></section>")


def units_page(units: list[dict], url) -> str:
    """``units``: {unit, indexes, years, articles}, one per unit."""
    rows = "".join(f'<tr><td><a class="govfacts-chart" href="{escape(url(unit_href(u["unit"])))}">{escape(u["unit"])}'
                   f'</a></td><td>{escape(", ".join(u["indexes"]))}</td><td>{escape(u["years"])}</td>'
                   f'<td>{u["articles"]}</td></tr>' for u in units)
    body = (f"<h1>Đơn vị có điểm, xếp hạng · units with scores and ranks</h1><p class=\"meta\">{len(units)} đơn vị · "
            f"units; bấm tên để xem biểu đồ · follow a name for its charts.</p>"
            f'<table class="units"><thead><tr><th>đơn vị · unit</th><th>chỉ số · indexes</th><th>năm · years</th>'
            f"<th>bài · articles</th></tr></thead><tbody>{rows}</tbody></table>")
    return _page("đơn vị · units · govfacts", body, [(url("/"), "govfacts"),
                                                    (url("/govfacts/score_list"), "bảng điểm · score table")])


def choices_page(asked: str, units: list[str], url) -> str:
    """More than one unit (or none) answers to ``asked``."""
    items = "".join(f'<li><a class="govfacts-chart" href="{escape(url(unit_href(u)))}">{escape(u)}</a></li>'
                    for u in units)
    body = (f"<h1>{escape(asked)}</h1><p>" + (f"{len(units)} đơn vị mang tên này · units go by this name:</p>"
                                              f'<ul class="choices">{items}</ul>' if units else
                                              "Không có đơn vị nào có điểm với tên này · no unit with results by this "
                                              "name.</p>"))
    return _page(f"{asked} · govfacts", body, [(url("/"), "govfacts"), (url(UNITS_PATH), "đơn vị · units")])


# --- a document ----------------------------------------------------------------------------------

def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(citations: list[dict], issued: str | None) -> tuple[list[Bar], str | None, str]:
    """Bars of citing articles per period, the issue date's period, and the period's name."""
    dated = [c for c in citations if c.get("published")]
    if not dated:
        return [], None, "month"
    periods = [c["published"][:7] for c in dated]
    start = min(periods + ([issued[:7]] if issued else []))
    end = max(periods)
    months = _months(start, end)
    step = "month"
    if len(months) > MONTHS_MAX:
        step = "year"
        months = [str(y) for y in range(int(start[:4]), int(end[:4]) + 1)]
    key = (lambda d: d[:7]) if step == "month" else (lambda d: d[:4])
    articles: dict[str, dict[str, str]] = {}
    for c in dated:
        articles.setdefault(key(c["published"]), {}).setdefault(c["article_id"], c.get("title") or c["article_id"])
    bars = []
    for p in months:
        titles = list(articles.get(p, {}).values())
        only = next(iter(articles.get(p, {})), None)
        tip = f"{p}: {len(titles)} bài · articles" + ("".join(f"\n· {t}" for t in titles[:8]))
        bars.append(Bar(p, len(titles), tip, article_href(only) if len(titles) == 1 else None))
    return bars, (key(issued) if issued else None), step


def document_page(number: str, citations: list[dict], url) -> str:
    """``citations``: one per citing fact, oldest article first: canonical, issuer, issued_on,
    valid, article_id, local_id, quote, sentence, title, published."""
    if not citations:
        body = (f"<h1>{escape(number)}</h1><p>Không bài nào dẫn số hiệu này · no article cites this number.</p>")
        return _page(f"{number} · govfacts", body, [(url("/"), "govfacts")])
    canonical = Counter(c["canonical"] for c in citations).most_common(1)[0][0]
    issued_all = Counter(c["issued_on"] for c in citations if c.get("issued_on") and c.get("valid") is not False)
    issued = issued_all.most_common(1)[0][0] if issued_all else None
    bars, mark, step = timeline(citations, issued)
    for i, b in enumerate(bars):
        if b.href:
            bars[i] = Bar(b.label, b.count, b.tip, url(b.href))
    undated = len({c["article_id"] for c in citations if not c.get("published")})
    articles = len({c["article_id"] for c in citations})
    issuer = next((c["issuer"] for c in citations if c.get("issuer")), "")
    chart = bar_chart(bars, label=f"{canonical}: bài dẫn theo {'tháng' if step == 'month' else 'năm'} · citing "
                                  f"articles by {step}",
                      marker=(mark, f"ban hành · issued {issued}") if mark else None)
    rows = []
    for c in citations:
        sentence = c.get("sentence") or ""
        cell = trimmed(sentence, c.get("quote")) or Markup(escape(sentence))
        link = url(article_href(c["article_id"], fact=c["local_id"]))
        rows.append(f'<tr><td data-label="ngày đăng · published">{escape(c.get("published") or "?")}</td>'
                    f'<td><a class="govfacts-page" href="{escape(link)}">{escape(c.get("title") or c["article_id"])}</a></td>'
                    f'<td data-label="ban hành · issued">{escape(c.get("issued_on") or "")}</td><td>{cell}</td></tr>')
    meta = (f"{len(citations)} lần dẫn trong {articles} bài · citations in {articles} articles"
            + (f"; {escape(issuer)}" if issuer else "")
            + (f"; {undated} bài không rõ ngày đăng, không có trên biểu đồ · undated, not drawn" if undated else ""))
    body = (f'<h1>{escape(canonical)}</h1><p class="meta">{meta}</p>'
            f'<figure class="citations">{chart}<figcaption>Số bài dẫn văn bản theo '
            f"{'tháng' if step == 'month' else 'năm'} đăng · articles citing it, by {step} published"
            f"{'; nét đứt: ngày ban hành · dashed: the day it was issued' if mark else ''}</figcaption></figure>"
            f'<h2>Các lần dẫn · citations</h2><table class="citations"><thead><tr><th>ngày đăng · published</th>'
            f"<th>bài · article</th><th>ngày ban hành ghi trong bài · issued, as cited</th><th>câu · sentence</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    nav = [(url("/"), "govfacts"), (url(f"/govfacts/cites?number={quote(canonical, safe='')}"), "bài dẫn · cites")]
    return _page(f"{canonical} · govfacts", body, nav)
