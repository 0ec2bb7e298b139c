"""The document page of the govfacts Datasette plugin: what was done with one document.

``/-/document?number=16-NQ/TU`` draws the document's relations (docs/facts.md, kind
``relation``) as a small graph — the document in the middle, each related document around
it, an arrow from the one that acts to the one acted on, labelled by the relation — and lists
them below with the citing sentence, the dates it gives and a link into the article.  The
graph is inline SVG drawn here: nothing is fetched from elsewhere and it fits a phone screen.
A ``document_page`` column of a canned query links to it.
"""
from __future__ import annotations

import math
import re

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

DOC_PAGE_RE = re.compile(r"^/-/document\?number=[^<>\"]+$")
LABELS = {"implements": "triển khai · implements", "amends": "sửa đổi · amends", "replaces": "thay thế · replaces",
          "repeals": "bãi bỏ · repeals",
          "guides": "hướng dẫn · guides", "based_on": "căn cứ · based on"}
_SQL = """SELECT f.article_id, f.local_id, f.sentence, f.fields, a.published, a.source
FROM facts f JOIN articles a ON a.id = f.article_id
WHERE f.kind = 'relation'
  AND (govfacts_document_key(json_extract(f.fields, '$.to')) = govfacts_document_key(:number)
       OR govfacts_document_key(json_extract(f.fields, '$.from')) = govfacts_document_key(:number))
ORDER BY a.published IS NULL, a.published, a.source, f.start"""

_CSS = """body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:.8rem;line-height:1.45}
svg.graph{width:100%;height:auto;max-width:36rem;display:block;margin:0 auto}
.node rect{fill:#eef4ff;stroke:#2a5db0;stroke-width:1.5}.node.center rect{fill:#2a5db0}
.node.center text{fill:#fff;font-weight:700}.node text{font-size:13px;fill:#123}
.edge line{stroke:#555;stroke-width:1.5}.edge text{font-size:11px;fill:#333}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-top:1px solid #ccc;padding:.3rem;
vertical-align:top;text-align:left;overflow-wrap:anywhere}nav a{margin-right:.8rem}"""


def _doc_url(datasette, number: str) -> str:
    from urllib.parse import quote

    return datasette.urls.path(f"/-/document?number={quote(number, safe='')}")


def graph_svg(center: str, relations: list[dict], link) -> str:
    """The SVG of ``center`` and its relations: one node per other document, one arrow per
    (from, type, to), labelled; ``link(number)`` gives each node's page."""
    others: list[str] = []
    for r in relations:
        for n in (r["from"], r["to"]):
            if n != center and n not in others:
                others.append(n)
    w, h = 360, 300 if others else 120
    cx, cy, radius = w / 2, h / 2, 110
    pos = {center: (cx, cy)}
    for i, n in enumerate(others):
        a = -math.pi / 2 + 2 * math.pi * i / len(others)
        pos[n] = (cx + radius * math.cos(a), cy + radius * 0.85 * math.sin(a))
    parts = [f'<svg class="graph" viewBox="0 0 {w} {h}" role="img" aria-label="{escape(center)}" '
             'xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
             'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
             'fill="#555"/></marker></defs>']
    seen = set()
    for r in relations:
        key = (r["from"], r["type"], r["to"])
        if key in seen or r["from"] not in pos or r["to"] not in pos:
            continue
        seen.add(key)
        (x1, y1), (x2, y2) = pos[r["from"]], pos[r["to"]]
        d = math.hypot(x2 - x1, y2 - y1) or 1
        sx, sy = x1 + (x2 - x1) * 34 / d, y1 + (y2 - y1) * 22 / d  # start and end at the boxes' edges
        ex, ey = x2 - (x2 - x1) * 40 / d, y2 - (y2 - y1) * 24 / d
        parts.append(f'<g class="edge" data-type="{escape(r["type"])}"><line x1="{sx:.1f}" y1="{sy:.1f}" '
                     f'x2="{ex:.1f}" y2="{ey:.1f}" marker-end="url(#arrow)"/><text x="{(sx + ex) / 2:.1f}" '
                     f'y="{(sy + ey) / 2 - 4:.1f}" text-anchor="middle">{escape(r["type"])}</text></g>')
    for n, (x, y) in pos.items():
        width = max(70, 8 * len(n) + 16)
        cls = "node center" if n == center else "node"
        parts.append(f'<a href="{escape(link(n))}"><g class="{cls}" data-number="{escape(n)}">'
                     f'<rect x="{x - width / 2:.1f}" y="{y - 14:.1f}" width="{width}" height="28" rx="6"/>'
                     f'<text x="{x:.1f}" y="{y + 4.5:.1f}" text-anchor="middle">{escape(n)}</text></g></a>')
    parts.append("</svg>")
    return "".join(parts)


async def document_page(datasette, request):
    import json

    from govfacts.db.datasette.plugins.govfacts_pages import store_database

    number = (request.args.get("number") or "").strip()
    db = await store_database(datasette)
    rows = []
    if db is not None and number:
        rows = (await db.execute(_SQL, {"number": number})).rows
    relations = []
    for r in rows:
        f = r["fields"]
        f = json.loads(f) if isinstance(f, str) else (f or {})
        relations.append({**f, "article_id": r["article_id"], "local_id": r["local_id"], "sentence": r["sentence"],
                          "published": r["published"], "source": r["source"]})
    from govfacts.db.store import document_key

    center = next((x for r in relations for x in (r["from"], r["to"]) if document_key(x) == document_key(number)),
                  number)
    items = []
    for r in relations:
        art = datasette.urls.path(f"/-/article/{r['article_id']}?fact={r['local_id']}#{r['local_id']}")
        items.append(
            f"<tr><td><a href=\"{escape(_doc_url(datasette, r['from']))}\">{escape(r['from'])}</a><br>"
            f"<small>{escape(r.get('from_issued_on') or '—')}</small></td>"
            f"<td>{escape(LABELS.get(r['type'], r['type']))}</td>"
            f"<td><a href=\"{escape(_doc_url(datasette, r['to']))}\">{escape(r['to'])}</a><br>"
            f"<small>{escape(r.get('to_issued_on') or '—')}</small></td>"
            f"<td>«{escape(r['sentence'])}» <a class=\"govfacts-page\" href=\"{escape(art)}\">xem trong bài · "
            f"view in article</a> <small>{escape(r.get('published') or '')}</small></td></tr>")
    body = (f"<table class=\"relations\"><thead><tr><th>văn bản · document</th><th>quan hệ · relation</th>"
            f"<th>văn bản · document</th><th>câu · sentence</th></tr></thead><tbody>{''.join(items)}</tbody></table>"
            if items else f"<p class=\"none\">Không có câu nào nêu quan hệ của {escape(number)} / no stored "
                          f"sentence relates {escape(number)} to another document.</p>")
    home = datasette.urls.database(db.name) if db is not None else datasette.urls.instance()
    page = (f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            f"content=\"width=device-width, initial-scale=1\"><title>{escape(center)}</title><style>{_CSS}</style>"
            f"</head><body><nav><a href=\"{escape(datasette.urls.instance())}\">govfacts</a>"
            f"<a href=\"{escape(home)}/related_documents?number={escape(center)}\">quan hệ · relations</a>"
            f"<a href=\"{escape(home)}/cites?number={escape(center)}\">bài dẫn · citing articles</a></nav>"
            f"<h1>{escape(center)}</h1>{graph_svg(center, relations, lambda n: _doc_url(datasette, n))}"
            f"{body}</body></html>")
    return Response.html(page, status=200 if relations or not number else 404)


@hookimpl
def register_routes():
    return [(r"^/-/document$", document_page)]


@hookimpl
def render_cell(value, column):
    if column == "document_page" and isinstance(value, str) and DOC_PAGE_RE.match(value):
        from urllib.parse import quote

        number = value.split("=", 1)[1]
        return Markup(f'<a class="govfacts-document" href="/-/document?number={escape(quote(number, safe=""))}">'
                      f"{escape(number)}</a>")
    return None
