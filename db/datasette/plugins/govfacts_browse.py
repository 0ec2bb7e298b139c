"""Reading the store's tables in Datasette as a person would: what to filter on first, prose
kept short, and a choice where a parameter takes one of a few values.

* Table pages: the facets (kind, issuer, year …) come first, right under the table's
  description, each list a dozen lines high (it scrolls), and the column descriptions fold
  into one line that opens on a click (Datasette puts a dozen of them between the title and
  the facets).
* Long prose cells (a fact's sentence, an article's text) are trimmed around the fact's
  words, with the whole of it a click away (db/datasette/cells.py).
* A canned query whose metadata has ``govfacts_choices`` (parameter → SQL giving value and
  count) shows those parameters as choice boxes instead of free text: the audit's level and
  rule code.  The boxes keep a value given in the URL even when it is not among them.

The table and query pages stay usable without scripts: the script only moves, folds and
swaps what is already there.
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from govfacts.db.datasette.cells import CSS, PROSE_COLUMNS, trimmed

CSS_PATH = "/-/govfacts-browse.css"
_CSS = CSS + """
details.gf-columns { margin: .4rem 0 .8rem; }
details.gf-columns > summary { cursor: pointer; color: #276890; }
.gf-facets-first .facet-results { margin-top: .4rem; }
.facet-results .facet-info ul.tight-bullets { max-height: 12.5em; overflow-y: auto; }
form.sql select.gf-choice { font-size: 1rem; padding: .2rem; max-width: 100%; }
"""

# Facets (and Datasette's suggestions) before the column descriptions, which fold.
_TABLE_JS = """(function () {
  var dl = document.querySelector("dl.column-descriptions");
  if (!dl) { return; }
  var box = document.createElement("details");
  box.className = "gf-columns";
  var head = document.createElement("summary");
  head.textContent = "Ý nghĩa các cột · what the columns hold (" + dl.querySelectorAll("dt").length + ")";
  dl.parentNode.insertBefore(box, dl);
  box.appendChild(head);
  box.appendChild(dl);
  ["p.suggested-facets", "p.facets-timed-out", "div.facet-results"].forEach(function (sel) {
    var el = document.querySelector(sel);
    if (el) { box.parentNode.insertBefore(el, box); }
  });
  document.body.classList.add("gf-facets-first");
})();"""

# Free-text parameters swapped for choice boxes; CHOICES is {name: [[value, label], …]}.
_QUERY_JS = """(function (choices) {
  Object.keys(choices).forEach(function (name) {
    var input = document.querySelector('form.sql input[type=text][name="' + name + '"]');
    if (!input) { return; }
    var box = document.createElement("select");
    box.name = name; box.id = input.id; box.className = "gf-choice";
    var found = false;
    [["", "tất cả · all"]].concat(choices[name]).forEach(function (c) {
      var o = document.createElement("option");
      o.value = c[0]; o.textContent = c[1];
      if (c[0] === input.value.trim()) { o.selected = true; found = true; }
      box.appendChild(o);
    });
    if (!found) {
      var o = document.createElement("option");
      o.value = input.value; o.textContent = input.value; o.selected = true;
      box.appendChild(o);
    }
    input.replaceWith(box);
  });
})(CHOICES);"""


def _cell_quote(row) -> str | None:
    try:
        quote = row["quote"]
    except (KeyError, IndexError, TypeError):
        return None
    if isinstance(quote, dict):
        quote = quote.get("value")
    return quote if isinstance(quote, str) else None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column in PROSE_COLUMNS and isinstance(value, str):
        return trimmed(value, _cell_quote(row))
    return None


@hookimpl
def extra_css_urls(template, database, table, columns, view_name, request, datasette):
    return [datasette.urls.path(CSS_PATH)]


@hookimpl
def register_routes():
    return [(rf"^{CSS_PATH}$", _css)]


async def _css(request):
    return Response(_CSS, content_type="text/css; charset=utf-8", headers={"Cache-Control": "max-age=300"})


async def choices_for(datasette, database: str, query_name: str) -> dict[str, list[list[str]]]:
    """The choice boxes of one canned query: ``govfacts_choices`` run on its database."""
    query = await datasette.get_canned_query(database, query_name, None) or {}
    wanted = query.get("govfacts_choices") or {}
    out: dict[str, list[list[str]]] = {}
    if not wanted:
        return out
    db = datasette.get_database(database)
    for name, sql in wanted.items():
        try:
            rows = (await db.execute(sql)).rows
        except Exception:  # a choice box is a convenience: the text box stays
            continue
        out[name] = [[str(r[0]), f"{r[0]} ({r[1]})" if len(r) > 1 else str(r[0])] for r in rows if r[0] is not None]
    return out


@hookimpl
def extra_body_script(template, database, table, columns, view_name, request, datasette):
    if template == "table.html":
        return _TABLE_JS
    if template != "query.html" or not database or request is None:
        return None
    name = request.url_vars.get("table") if request.url_vars else None
    if not name:
        return None

    async def script() -> str:
        found = await choices_for(datasette, database, tilde_decode(name))
        if not found:
            return ""
        payload = json.dumps(found, ensure_ascii=False).replace("<", "\\u003c")
        return _QUERY_JS.replace("CHOICES", payload)

    return script
