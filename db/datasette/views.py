"""Views that put the fields Datasette facets on into columns (facets group by columns, and a
fact's issuer, document type, year and place live in its ``fields`` JSON).

* ``fact_list``: every fact with kind, issuer, document_type, year, place (the five facets);
* ``meeting_list``: one row per meeting (date, chair, organizer, place, topic);
* ``citation_list``: one row per citation, with the cited document's issuer and type;
* ``score_list``: one row per score, rank or rating, with its unit, index and year.

SQLite only (json_extract). :func:`ensure_views` creates them, or replaces one whose
definition changed; it leaves alone a table of the same name.  Each row's ``article_page``
is the path of its article page (db/datasette/plugins/govfacts_pages.py), shown as a link, and
so are ``unit_chart`` and ``document_chart``, the chart pages (plugins/govfacts_charts.py).
"""
from __future__ import annotations

from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine

# The path of a fact's article page, with the fact in focus ("…?fact=f7#f7").
ARTICLE_PAGE = "'/-/article/' || f.article_id || '?fact=' || f.local_id || '#' || f.local_id"
# A list of names in fields (chair, attendees): names joined by "; " (objects give their name).
def names(path: str) -> str:
    return (f"(SELECT group_concat(CASE c.type WHEN 'object' THEN json_extract(c.value, '$.name') "
            f"ELSE c.value END, '; ') FROM json_each(f.fields, '{path}') c)")


VIEWS: dict[str, str] = {
    "fact_list": f"""CREATE VIEW fact_list AS
SELECT f.id AS id, {ARTICLE_PAGE} AS article_page, f.kind AS kind, f.value AS value, f.quote AS quote,
  CASE WHEN f.kind = 'document_ref' THEN json_extract(f.fields, '$.issuer') END AS issuer,
  CASE WHEN f.kind = 'document_ref'
       THEN coalesce(json_extract(f.fields, '$.type_name'), json_extract(f.fields, '$.type_code')) END AS document_type,
  CAST(coalesce(json_extract(f.fields, '$.year'), substr(json_extract(f.fields, '$.issued_on'), 1, 4),
                CASE WHEN f.kind IN ('date', 'meeting') THEN substr(f.value, 1, 4) END,
                substr(a.published, 1, 4)) AS INTEGER) AS year,
  coalesce(json_extract(f.fields, '$.place'), json_extract(f.fields, '$.roles[0].place')) AS place,
  f.sentence AS sentence, a.title AS article_title, a.published AS published, f.article_id AS article_id,
  f.rule AS rule, f.confidence AS confidence
FROM facts f JOIN articles a ON a.id = f.article_id""",
    "meeting_list": f"""CREATE VIEW meeting_list AS
SELECT f.id AS id, {ARTICLE_PAGE} AS article_page, json_extract(f.fields, '$.date') AS date,
  CAST(substr(json_extract(f.fields, '$.date'), 1, 4) AS INTEGER) AS year,
  {names('$.chair')} AS chair, json_extract(f.fields, '$.event_type') AS event_type,
  json_extract(f.fields, '$.topic') AS topic, json_extract(f.fields, '$.organizer') AS organizer,
  json_extract(f.fields, '$.place') AS place, json_extract(f.fields, '$.online') AS online,
  {names('$.attendees')} AS attendees, f.quote AS quote, f.sentence AS sentence,
  a.title AS article_title, a.published AS published, f.article_id AS article_id
FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.kind = 'meeting'""",
    "citation_list": f"""CREATE VIEW citation_list AS
SELECT f.id AS id, {ARTICLE_PAGE} AS article_page, d.canonical AS canonical,
  coalesce(json_extract(f.fields, '$.type_name'), d.type_code) AS document_type, d.type_code AS type_code,
  d.issuer AS issuer, d.system AS system, nullif(d.year, 0) AS year,
  json_extract(f.fields, '$.issued_on') AS issued_on, f.quote AS quote, f.sentence AS sentence,
  a.title AS article_title, a.published AS published, f.article_id AS article_id, f.document_id AS document_id,
  '/-/chart/document?number=' || d.canonical AS document_chart
FROM facts f JOIN documents d ON d.id = f.document_id JOIN articles a ON a.id = f.article_id""",
    "score_list": f"""CREATE VIEW score_list AS
SELECT f.id AS id, {ARTICLE_PAGE} AS article_page,
  '/-/chart/unit?name=' || coalesce(json_extract(f.fields, '$.subject'), json_extract(f.fields, '$.subjects[0]'))
    AS unit_chart,
  coalesce(json_extract(f.fields, '$.subject'), json_extract(f.fields, '$.subjects[0]')) AS subject,
  json_extract(f.fields, '$.index') AS "index", json_extract(f.fields, '$.year') AS year, f.kind AS kind,
  json_extract(f.fields, '$.value') AS value, json_extract(f.fields, '$.max') AS max,
  json_extract(f.fields, '$.unit') AS unit, json_extract(f.fields, '$.rank') AS rank,
  json_extract(f.fields, '$.out_of') AS out_of, json_extract(f.fields, '$.level') AS rating,
  f.quote AS quote, f.sentence AS sentence, a.title AS article_title, a.published AS published,
  f.article_id AS article_id
FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.kind IN ('score', 'ranking', 'rating')""",
}


def ensure_views(engine: Engine) -> list[str]:
    """Create (or update) the browsing views; returns the names it could not create."""
    skipped = []
    with engine.begin() as conn:
        for name, sql in VIEWS.items():
            row = conn.execute(sql_text("SELECT type, sql FROM sqlite_master WHERE name = :n"), {"n": name}).first()
            if row is not None and row[0] != "view":
                skipped.append(name)
                continue
            if row is not None and row[1] == sql:
                continue
            if row is not None:
                conn.execute(sql_text(f"DROP VIEW {name}"))
            conn.execute(sql_text(sql))
    return skipped
