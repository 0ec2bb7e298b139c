"""``make bench``: articles per second and peak memory, beside the peers on the same text.

The corpus is the sample articles repeated to ``--articles`` (each copy made unique by a
trailing line, so ingest stores every one).  In one run, over the same text:

* floor ...... underthesea ``word_tokenize`` alone (govfacts cannot segment faster);
* reference .. underthesea ``ner()`` sentence by sentence + ``dateparser.search_dates``
               (what a user would otherwise run), on a sample of the same articles;
* extract .... the whole govfacts pipeline, no database;
* ingest ..... extract + store into a fresh SQLite file (``--jobs 1`` and ``--jobs 2``);
* memory ..... peak RSS of ``extract`` over 100 and over 1,000 articles (streamed);
* audit ...... ``govfacts audit`` over a store of 10,000 planted citations (database time);
* serve ...... ``govfacts serve`` on a store of 1,000 articles: each canned query over HTTP;
* PostgreSQL . ingest into PostgreSQL beside SQLite (a throwaway cluster; skipped, with the
               reason, where no PostgreSQL server binaries are installed).

Figures go to ``bench/latest.json``; the previous file is shown beside them.
"""
from __future__ import annotations

import argparse
import json
import os

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "corpus" / "seeds"


def corpus(n: int) -> list[str]:
    from corpus.readers import read_paths
    from extract.model import Article

    base = [a.text for a in read_paths([SEEDS]) if isinstance(a, Article)]
    return [f"{base[i % len(base)]}\n\nMã tin: {i}" for i in range(n)]


def write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def bench_floor(texts: list[str]) -> float:
    from underthesea import word_tokenize

    word_tokenize("khởi động")
    t0 = time.perf_counter()
    for t in texts:
        word_tokenize(t)
    return rate(len(texts), time.perf_counter() - t0)


def bench_reference(texts: list[str]) -> float:
    from dateparser.search import search_dates
    from underthesea import ner, sent_tokenize

    t0 = time.perf_counter()
    for t in texts:
        for line in t.split("\n"):
            if line.strip():
                for s in sent_tokenize(line):
                    ner(s)
        search_dates(t, languages=["vi"], settings={"DATE_ORDER": "DMY"})
    return rate(len(texts), time.perf_counter() - t0)


def bench_extract(path: Path, n: int) -> float:
    from corpus.readers import read_paths
    from extract.model import Article
    from extract.pipeline import Pipeline

    pipe = Pipeline()
    pipe(next(a for a in read_paths([SEEDS]) if isinstance(a, Article)))  # warm the lexicons
    t0 = time.perf_counter()
    count = 0
    for art in read_paths([path]):
        json.dumps(pipe(art), ensure_ascii=False)
        count += 1
    assert count == n
    return rate(n, time.perf_counter() - t0)


def bench_ingest(path: Path, n: int, jobs: int, workdir: Path) -> float:
    from db.store import Store
    from extract.ingest import ingest

    db = workdir / f"ingest-{jobs}.db"
    store = Store.open(str(db))
    summary = ingest([str(path)], store, jobs=jobs)
    assert summary.stored == n, summary
    return rate(n, summary.seconds)


def bench_audit(workdir: Path, citations: int = 10_000) -> dict:
    """Seconds ``run_audit`` takes over ``citations`` planted citations, and whether it found them."""
    from db.audit import plant_synthetic_citations, run_audit
    from db.store import Store

    store = Store.open(str(workdir / "audit.db"))
    planted = plant_synthetic_citations(store, citations)
    t0 = time.perf_counter()
    findings = run_audit(store)
    seconds = time.perf_counter() - t0
    found = {(f.code, f.subject) for f in findings}
    return {"citations": citations, "seconds": seconds, "planted_found": planted <= found}


def bench_serve(path: Path, workdir: Path) -> dict:
    """Canned query times of ``govfacts serve`` over a store ingested from ``path``."""
    from bench.serve_bench import measure
    from db.store import Store
    from extract.ingest import ingest

    db = workdir / "serve.db"
    ingest([str(path)], Store.open(str(db)), jobs=os.cpu_count() or 1)
    return measure(db)


def bench_postgresql(path: Path, n: int) -> dict:
    from bench.pg_bench import measure

    try:
        return measure(path, n)
    except Exception as exc:  # no server binaries, no permission: say why, do not fail the bench
        return {"skipped": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}


def peak_memory(path: Path) -> int:
    """Peak RSS in MiB of a fresh process running ``extract`` over ``path``."""
    code = (
        "import json,resource,sys\n"
        "from corpus.readers import read_paths\n"
        "from extract.pipeline import Pipeline\n"
        "p=Pipeline()\n"
        "for a in read_paths([sys.argv[1]]): json.dumps(p(a))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) // 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description="govfacts benchmark")
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--reference-sample", type=int, default=50, help="articles for the slow ner()+dateparser peer")
    ap.add_argument("--no-postgresql", action="store_true", help="skip ingest into PostgreSQL")
    args = ap.parse_args(argv)
    n = args.articles
    texts = corpus(max(n, 1000))
    results: dict = {"articles": n, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="govfacts-bench-") as tmp:
        work = Path(tmp)
        main_path, small, large = work / "bench.jsonl", work / "m100.jsonl", work / "m1000.jsonl"
        write_jsonl(texts[:n], main_path)
        write_jsonl(texts[:100], small)
        write_jsonl(texts[:1000], large)
        print(f"govfacts bench: {n} articles (the {len(list(SEEDS.glob('*.txt')))} samples repeated)", flush=True)
        results["floor_word_tokenize"] = bench_floor(texts[:n])
        results["reference_ner_dateparser"] = bench_reference(texts[:args.reference_sample])
        results["extract"] = bench_extract(main_path, n)
        results["ingest_jobs1"] = bench_ingest(main_path, n, 1, work)
        results["ingest_jobs2"] = bench_ingest(main_path, n, 2, work)
        results["peak_mib_100"] = peak_memory(small)
        results["peak_mib_1000"] = peak_memory(large)
        results["audit"] = bench_audit(work)
        results["serve"] = bench_serve(large, work)
        if not args.no_postgresql:
            results["postgresql"] = bench_postgresql(main_path, n)
    r = results
    r["extract_vs_floor"] = r["extract"] / r["floor_word_tokenize"]
    r["extract_vs_reference"] = r["extract"] / r["reference_ner_dateparser"]
    r["ingest_vs_extract"] = r["ingest_jobs1"] / r["extract"]
    r["jobs2_vs_jobs1"] = r["ingest_jobs2"] / r["ingest_jobs1"]
    r["memory_1000_vs_100"] = r["peak_mib_1000"] / r["peak_mib_100"]
    bars = {
        "extract_vs_floor": (r["extract_vs_floor"], ">=", 0.6),
        "extract_vs_reference": (r["extract_vs_reference"], ">=", 10.0),
        "ingest_vs_extract": (r["ingest_vs_extract"], ">=", 0.8),
        "memory_1000_vs_100": (r["memory_1000_vs_100"], "<=", 1.2),
    }
    latest = HERE / "latest.json"
    previous = json.loads(latest.read_text()) if latest.exists() else {}

    def row(label: str, key: str, unit: str = "articles/s") -> None:
        prev = previous.get(key)
        was = f"   (was {prev:.1f})" if isinstance(prev, (int, float)) else ""
        print(f"  {label:<44}{r[key]:>9.1f} {unit}{was}")

    print("throughput")
    row("underthesea word_tokenize alone (floor)", "floor_word_tokenize")
    row(f"underthesea ner() + dateparser ({args.reference_sample} art.)", "reference_ner_dateparser")
    row("govfacts extract", "extract")
    row("govfacts ingest, SQLite, --jobs 1", "ingest_jobs1")
    row("govfacts ingest, SQLite, --jobs 2", "ingest_jobs2")
    print("peak memory (extract, streamed)")
    row("100 articles", "peak_mib_100", "MiB")
    row("1,000 articles", "peak_mib_1000", "MiB")
    print("ratios")
    for key, (value, op, bar) in bars.items():
        ok = value >= bar if op == ">=" else value <= bar
        print(f"  {key:<44}{value:>9.2f}   bar {op} {bar}   {'ok' if ok else 'BELOW BAR'}")
    print(f"  {'jobs2_vs_jobs1':<44}{r['jobs2_vs_jobs1']:>9.2f}   bar >= 1.7   "
          f"{'ok' if r['jobs2_vs_jobs1'] >= 1.7 else 'BELOW BAR'}")
    a = r["audit"]
    print(f"audit over {a['citations']:,} stored citations: {a['seconds']:.3f} s "
          f"(bar < 1 s: {'ok' if a['seconds'] < 1 else 'ABOVE BAR'}; planted findings found: {a['planted_found']})")
    sv = r["serve"]
    print(f"govfacts serve on {sv['articles']:,} articles: started in {sv['start_s']:.1f} s; canned queries "
          f"(slowest request, bar < {sv['bar_s']:.0f} s):")
    for name, q in sv["queries"].items():
        print(f"  {name:<44}{q['max_s'] * 1000:>9.0f} ms   (median {q['median_s'] * 1000:.0f} ms)")
    pg = r.get("postgresql")
    if pg and "skipped" in pg:
        print(f"PostgreSQL: skipped ({pg['skipped']})")
    elif pg:
        print("ingest, articles/s        SQLite    PostgreSQL")
        for label in ("jobs1", "jobsN", "writes"):
            name = {"jobs1": "--jobs 1", "jobsN": f"--jobs {pg['jobs']}", "writes": "store writes alone"}[label]
            print(f"  {name:<22}{pg[f'sqlite_{label}']:>9.1f}{pg[f'postgresql_{label}']:>13.1f}")
    r["bars_met"] = {k: (v >= b if op == ">=" else v <= b) for k, (v, op, b) in bars.items()}
    r["bars_met"].update(jobs2_vs_jobs1=r["jobs2_vs_jobs1"] >= 1.7, audit_under_1s=a["seconds"] < 1,
                         serve_canned_under_1s=sv["bar_met"])
    latest.write_text(json.dumps(r, indent=1) + "\n")
    print(f"written: {latest.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
