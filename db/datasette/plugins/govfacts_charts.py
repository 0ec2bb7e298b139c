"""The chart pages of the govfacts Datasette plugin (HTML in db/datasette/charts.py):

* ``/-/chart/unit?name=huyện Nông Sơn``: a unit's scores and ranks by year, per index (the
  rows of ``govfacts scores``, db/scores.py: units meet whatever way an article writes them);
* ``/-/chart/units``: every unit with results;
* ``/-/chart/document?number=2370/QĐ-UBND``: the articles citing a document over time.

A ``unit_chart`` or ``document_chart`` column (the ``score_list`` and ``citation_list``
views, the ``cites`` query) holds such a path and is shown as a link to it, and so is a
document's number in the ``documents`` table.
"""
from __future__ import annotations

import asyncio
import re

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from govfacts.db.datasette.charts import (DOCUMENT_PATH, UNIT_PATH, UNITS_PATH, choices_page, document_href, document_page,
                                 unit_href, unit_page, units_page)

_CHART_COLUMN = re.compile(r"^(?P<path>/-/chart/(?:unit|document))\?(?P<key>name|number)=(?P<value>.+)$", re.S)
_STORES: dict[str, object] = {}

_CITATIONS_SQL = """SELECT d.canonical, coalesce(json_extract(f.fields, '$.issuer'), d.issuer) AS issuer,
  json_extract(f.fields, '$.issued_on') AS issued_on, json_extract(f.fields, '$.valid') AS valid,
  f.article_id, f.local_id, f.quote, f.sentence, a.title, a.published
FROM documents d JOIN facts f ON f.document_id = d.id JOIN articles a ON a.id = f.article_id
WHERE d.key = govfacts_document_key(:number)
ORDER BY a.published IS NULL, a.published, a.source, f.start"""


@hookimpl
def register_routes():
    return [(rf"^{UNIT_PATH}$", unit_chart), (rf"^{UNITS_PATH}$", units_chart), (rf"^{DOCUMENT_PATH}$", document_chart)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column in ("unit_chart", "document_chart") and isinstance(value, str):
        m = _CHART_COLUMN.match(value)
        if not m:
            return None
        href = unit_href(m["value"]) if m["key"] == "name" else document_href(m["value"])
        return Markup(f'<a class="govfacts-chart" href="{escape(datasette.urls.path(href))}">biểu đồ · chart</a>')
    if table == "documents" and column == "canonical" and isinstance(value, str) and value:
        href = datasette.urls.path(document_href(value))
        return Markup(f'<a class="govfacts-chart" href="{escape(href)}" title="bài dẫn theo thời gian · citations '
                      f'over time">{escape(value)}</a>')
    return None


def _url(datasette):
    return lambda path: datasette.urls.path(path)


def _not_found(what: str) -> Response:
    return Response.html(f"<!DOCTYPE html><meta charset=utf-8><title>404</title><p>{escape(what)}</p>", status=404)


def _open_store(path: str):
    """The store as db.store.Store (db.scores reads through it), opened once per file."""
    from govfacts.db.store import Store

    store = _STORES.get(path)
    if store is None:
        store = _STORES[path] = Store.open(path, create=False)
    return store


async def _score_rows(datasette, place: str | None = None) -> list[dict] | None:
    """``govfacts scores`` rows (db/scores.py), read off the event loop; ``None`` without a store."""
    from govfacts.db.datasette.plugins.govfacts_pages import store_database
    from govfacts.db.scores import scores

    db = await store_database(datasette)
    if db is None or not db.path:
        return None
    return await asyncio.get_running_loop().run_in_executor(None, lambda: scores(_open_store(db.path), place=place))


def _index_labels() -> dict[str, str]:
    from govfacts.patterns import load

    return {code: (spec or {}).get("label", "") for code, spec in load("indexes")["indexes"].items()}


async def unit_chart(datasette, request):
    from govfacts.extraction.scores import subject_key
    from govfacts.extraction.text import strip_marks

    asked = " ".join((request.args.get("name") or "").split())
    if not asked:
        return _not_found("Thiếu tên đơn vị · no unit named (?name=huyện Nông Sơn)")
    name, level = subject_key(asked)  # "UBND huyện Hiệp Đức" → ("hiệp đức", "huyện")
    rows = await _score_rows(datasette, place=name)
    if rows is None:
        return _not_found("Không có kho dữ kiện · no govfacts store")
    # the unit with its level or the name alone, marks typed or not ("huyen hiep duc")
    key = strip_marks(f"{level} {name}".strip())
    rows = [r for r in rows if key in (strip_marks(r["unit"]), strip_marks(r["name"]))]
    written = _written(rows)
    units = sorted({written.get(r["unit"], r["unit"]) for r in rows})
    if len(units) != 1:
        return Response.html(choices_page(asked, units, _url(datasette)), status=200 if units else 404)
    return Response.html(unit_page(units[0], rows, _index_labels(), _url(datasette)))


def _written(rows: list[dict]) -> dict[str, str]:
    """Each unit (folded) as its articles write it, without "UBND": "huyện Hiệp Đức"."""
    from govfacts.extraction.scores import subject_key
    from govfacts.extraction.text import fold

    out: dict[str, str] = {}
    for r in rows:
        if r["unit"] in out or not r["subject"]:
            continue
        name, level = subject_key(r["subject"])
        tail = r["subject"][-len(name):] if name else ""
        out[r["unit"]] = f"{level} {tail}".strip() if level and fold(tail) == name else r["subject"]
    return out


async def units_chart(datasette, request):
    rows = await _score_rows(datasette)
    if rows is None:
        return _not_found("Không có kho dữ kiện · no govfacts store")
    units: dict[str, dict] = {}
    written = _written(rows)
    for r in rows:
        u = units.setdefault(r["unit"], {"unit": written.get(r["unit"], r["unit"]), "indexes": [], "years": set(),
                                         "articles": set()})
        if r["index"] and r["index"] not in u["indexes"]:
            u["indexes"].append(r["index"])
        if r["year"]:
            u["years"].add(r["year"])
        u["articles"].add(r["article_id"])
    listed = []
    for u in units.values():
        years = sorted(u["years"])
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "?")
        listed.append({**u, "years": span, "articles": len(u["articles"])})
    listed.sort(key=lambda u: (-u["articles"], u["unit"]))
    return Response.html(units_page([u for u in listed if u["unit"]], _url(datasette)))


async def document_chart(datasette, request):
    from govfacts.db.datasette.plugins.govfacts_pages import store_database

    number = (request.args.get("number") or "").strip()
    if not number:
        return _not_found("Thiếu số hiệu · no document number (?number=2370/QĐ-UBND)")
    db = await store_database(datasette)
    if db is None:
        return _not_found("Không có kho dữ kiện · no govfacts store")
    found = [dict(r) for r in (await db.execute(_CITATIONS_SQL, {"number": number})).rows]
    for c in found:
        c["valid"] = None if c["valid"] is None else bool(c["valid"])  # json_extract gives 0 or 1
    page = document_page(number, found, _url(datasette))
    return Response.html(page, status=200 if found else 404)
