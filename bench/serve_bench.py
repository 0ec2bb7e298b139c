"""How fast ``govfacts serve`` answers: start it on a store, time each canned query over HTTP
on 127.0.0.1 as a browser asks for it (the HTML page), stop it.  Bar: every canned query
under a second on a store of 1,000 articles.

``measure(db_path)`` is what bench/run.py calls (on its ingested store); run alone,
``python -m bench.serve_bench [--articles 1000]`` ingests the samples repeated into a
temporary store first and prints the figures.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from govfacts.db.datasette.serving import serving

BAR_SECONDS = 1.0
REPEAT = 5


def _get(url: str) -> tuple[float, bytes]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"{url}: HTTP {r.status}")
    return time.perf_counter() - t0, body


def _samples(db_path: str) -> dict:
    """Filter values a user would type, taken from the store (the most frequent ones)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        def one(sql: str, default: str) -> str:
            row = con.execute(sql).fetchone()
            return row[0] if row and row[0] else default

        chair = one("SELECT c.value FROM facts f, json_each(f.fields, '$.chair') c WHERE f.kind = 'meeting' "
                    "AND c.type = 'text' GROUP BY c.value ORDER BY count(*) DESC LIMIT 1", "Nguyễn Văn Hòa")
        place = one("SELECT json_extract(fields, '$.place') p FROM facts WHERE kind = 'meeting' AND p IS NOT NULL "
                    "GROUP BY p ORDER BY count(*) DESC LIMIT 1", "Nông Sơn")
        number = one("SELECT d.canonical FROM documents d JOIN facts f ON f.document_id = d.id "
                     "GROUP BY d.id ORDER BY count(*) DESC LIMIT 1", "2370/QĐ-UBND")
        article = one("SELECT id FROM articles ORDER BY rowid LIMIT 1", "")
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()
    return {"chair": chair, "place": place, "number": number, "article": article, "articles": n}


def _queries(s: dict) -> dict[str, str]:
    def chaired(**kw) -> str:
        return "/govfacts/who_chaired?" + urlencode({"person": "", "place": "", "since": "", "until": "", **kw})

    return {
        "who_chaired_all": chaired(),
        "who_chaired_person": chaired(person=s["chair"]),
        "who_chaired_place": chaired(place=s["place"]),
        "who_chaired_dates": chaired(since="2022", until="6/2024"),
        "cites": "/govfacts/cites?" + urlencode({"number": s["number"]}),
        "audit_findings": "/audit/audit_findings?" + urlencode({"level": "", "code": ""}),
        "audit_errors": "/audit/audit_findings?" + urlencode({"level": "error", "code": ""}),
        # not canned queries, timed for the record
        "search": "/govfacts/articles?" + urlencode({"_search": "cai cach hanh chinh"}),
        "fact_list_facets": "/govfacts/fact_list",
        "article_page": f"/-/article/{s['article']}?fact=f1",
    }


CANNED = ("who_chaired_all", "who_chaired_person", "who_chaired_place", "who_chaired_dates", "cites",
          "audit_findings", "audit_errors")


def measure(db_path: str | Path, *, repeat: int = REPEAT) -> dict:
    """Start ``govfacts serve`` on the SQLite store ``db_path``, time each canned query
    (first answer and median of ``repeat`` more), stop the server.

    Returns ``{"articles", "start_s", "queries": {name: {"first_s", "median_s", "max_s",
    "rows"}}, "slowest_canned_s", "bar_s", "bar_met"}``.
    """
    db_path = str(db_path)
    t0 = time.perf_counter()
    with serving(db_path, timeout=120) as base:
        start_s = time.perf_counter() - t0
        samples = _samples(db_path)
        out: dict = {}
        for name, path in _queries(samples).items():
            first, _ = _get(base + path)
            times = [_get(base + path)[0] for _ in range(repeat)]
            rows = None
            if name in CANNED:
                json_path = path.replace("?", ".json?", 1) + "&_shape=array"
                rows = len(json.loads(_get(base + json_path)[1]))
            out[name] = {"first_s": first, "median_s": statistics.median(times), "max_s": max(times + [first]),
                         "rows": rows}
    slowest = max(out[n]["max_s"] for n in CANNED)
    return {"articles": samples["articles"], "start_s": start_s, "queries": out, "slowest_canned_s": slowest,
            "bar_s": BAR_SECONDS, "bar_met": slowest < BAR_SECONDS, "samples": samples}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.serve_bench", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--db", help="measure this store instead of building one")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govfacts-serve-bench-") as tmp:
        db = args.db
        if db is None:
            from bench.run import corpus, write_jsonl
            from govfacts.db.store import Store
            from govfacts.extraction.ingest import ingest

            src = Path(tmp) / "bench.jsonl"
            write_jsonl(corpus(args.articles)[:args.articles], src)
            db = str(Path(tmp) / "serve.db")
            summary = ingest([str(src)], Store.open(db), jobs=2)
            print(f"ingested {summary.stored} articles in {summary.seconds:.1f} s", flush=True)
        r = measure(db)
    print(f"govfacts serve on {r['articles']} articles: started in {r['start_s']:.2f} s")
    for name, q in r["queries"].items():
        rows = "" if q["rows"] is None else f"{q['rows']:>5} rows"
        print(f"  {name:<22}first {q['first_s'] * 1000:7.1f} ms   median {q['median_s'] * 1000:7.1f} ms   "
              f"max {q['max_s'] * 1000:7.1f} ms  {rows}")
    print(f"slowest canned query {r['slowest_canned_s'] * 1000:.0f} ms   bar < {r['bar_s']:.0f} s   "
          f"{'ok' if r['bar_met'] else 'BELOW BAR'}")
    return 0 if r["bar_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
