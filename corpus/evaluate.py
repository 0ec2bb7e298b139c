"""``make eval``: score the extractors against the gold, per kind, per set and per article.

Gold files (``corpus/gold/NAME.json``, format in ../shared/FACTS.md) annotate keys, not
offsets, so two extractors finding the same fact with different spans both count.  Each
kind is compared as a set of keys per article:

=================  =====================================================
document_ref       canonical number (case, Đ/D and spacing folded)
document_date      (canonical, issued_on) of the dated citations
date               ISO day (ranges and lists give each day)
meeting            meeting day
meeting_chair      (meeting day, chair name)
official           person name
role               (name, title, org)
score              (value, max, unit)
ranking            (rank, out_of)
relation           (from canonical, type, to canonical), from corpus/gold-relations/
                   (docs/facts.md); scored only on the articles annotated there
=================  =====================================================

The run writes ``corpus/eval/latest.json`` and prints what changed against
``corpus/eval/baseline.json`` (facts gained and lost, by article), then the peers on the
same gold: underthesea ``ner()`` persons, ``dateparser.search_dates`` days and a plain
citation regex.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from govfacts.extraction.fact_kinds import eval_key_names, kind as fact_kind, kinds
from govfacts.extraction.text import document_key, fold

from . import GOLD, HELDOUT, HERE, SEEDS

# The evaluation's keys, as the fact kinds declare them (extract/fact_kinds.py).
KINDS = eval_key_names()
EVAL_DIR = HERE / "eval"
SECOND = HERE / "gold-second"
# Relations between documents, annotated apart so that the owner's gold files stay as they are.
RELATIONS = HERE / "gold-relations"


def gold_keys(g: dict) -> dict[str, set]:
    """The comparable keys of one gold file: each kind's list read by its declaration."""
    k: dict[str, set] = {key: set() for key in eval_key_names()}
    for declared in kinds():
        for entry in g.get(declared.plural) or [] if declared.plural else []:
            for key, value in declared.gold(entry):
                k[key].add(value)
    return k


def predicted_keys(result: dict) -> dict[str, set]:
    """The comparable keys of one ``govfacts extract`` result, by each fact's declared kind."""
    k: dict[str, set] = {key: set() for key in eval_key_names()}
    for f in result["facts"]:
        declared = fact_kind(f["kind"])
        for key, value in declared.predicted(f) if declared is not None else ():
            k[key].add(value)
    return k


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def article_path(name: str, shared: Path) -> Path | None:
    for p in (SEEDS / f"{name}.txt", HELDOUT / f"{name}.txt", shared / "corpus" / "dev" / f"{name}.txt"):
        if p.exists():
            return p
    return None


# Articles nobody may tune on: scored in aggregate, their errors not shown, so that they
# stay a fair check. One list for the held-out articles, one for the dev articles.
BLIND_LISTS = (HELDOUT / "blind.list", HERE / "dev-blind.list")


def blind() -> frozenset[str]:
    """The names in the blind lists (``#`` starts a comment; a line may hold several names)."""
    names = set()
    for path in BLIND_LISTS:
        if path.exists():
            names |= {n for line in path.read_text(encoding="utf-8").splitlines() for n in line.split("#")[0].split()}
    return frozenset(names)


def set_of(name: str) -> str:
    """The set an article is scored in: seeds, heldout, dev-a, dev-c …, and '-blind' after
    the set's name for its blind articles."""
    if name[:1].isdigit():
        return "seeds"
    base = "heldout" if name.startswith("h_") else f"dev-{name.split('_')[0]}"
    return f"{base}-blind" if name in blind() else base


def is_blind(name: str) -> bool:
    return set_of(name).endswith("-blind")


def score(per_article: dict[str, dict], sets: list[str] | None = None) -> dict:
    """Totals per kind over the chosen articles: tp, fp, fn, p, r, f1."""
    out = {}
    for kind in KINDS:
        tp = fp = fn = 0
        for name, a in per_article.items():
            if sets and set_of(name) not in sets:
                continue
            g, p = a["gold"][kind], a["pred"][kind]
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        pr, rc, f1 = prf(tp, fp, fn)
        out[kind] = {"tp": tp, "fp": fp, "fn": fn, "p": round(pr, 4), "r": round(rc, 4), "f1": round(f1, 4),
                     "gold": tp + fn}
    return out


def _jsonable(keys: dict[str, set]) -> dict[str, list]:
    return {k: sorted(json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else x for x in v)
            for k, v in keys.items()}


def load_gold(shared: Path) -> tuple[dict[str, dict], list[str]]:
    gold, skipped = {}, []
    for path in sorted(GOLD.glob("*.json")):
        name = path.stem
        if article_path(name, shared) is None:
            skipped.append(name)
            continue
        gold[name] = json.loads(path.read_text(encoding="utf-8"))
        rel = RELATIONS / path.name
        if rel.exists():
            gold[name]["relations"] = json.loads(rel.read_text(encoding="utf-8"))["relations"]
    return gold, skipped


def run(shared: Path, *, peers: bool = True, quiet: bool = False, show_blind: bool = False) -> dict:
    from govfacts.corpus.readers import read_file
    from govfacts.extraction.model import Article
    from govfacts.extraction.pipeline import default_pipeline

    gold, skipped = load_gold(shared)
    pipe = default_pipeline()
    per_article: dict[str, dict] = {}
    texts: dict[str, str] = {}
    t0 = time.perf_counter()
    for name, g in gold.items():
        art = next(iter(read_file(article_path(name, shared))))
        assert isinstance(art, Article), art
        texts[name] = art.text
        per_article[name] = {"gold": gold_keys(g), "pred": predicted_keys(pipe(art))}
        if "relations" not in g:  # not annotated for relations: not scored on them
            per_article[name]["pred"]["relation"] = set()
    seconds = time.perf_counter() - t0
    sets = sorted({set_of(n) for n in per_article})
    report = {
        "articles": len(per_article), "skipped": skipped, "seconds": round(seconds, 2),
        "total": score(per_article),
        "by_set": {s: score(per_article, [s]) for s in sets},
        # Every set but the blind ones: what a tuner may watch (``--open``).
        "open": score(per_article, [s for s in sets if not s.endswith("-blind")]),
        "blind_articles": sum(is_blind(n) for n in per_article),
        # Blind held-out articles are kept to their set's totals, here as on the screen.
        "articles_detail": {n: {"gold": _jsonable(a["gold"]), "pred": _jsonable(a["pred"])}
                            for n, a in per_article.items() if show_blind or not is_blind(n)},
    }
    if peers:
        report["peers"] = run_peers(gold, texts, per_article)
    report["agreement"] = agreement(gold)
    return report


# ---------------------------------------------------------------- peers

def run_peers(gold: dict, texts: dict[str, str], per_article: dict) -> dict:
    """What a user would otherwise run, scored on the same gold keys."""
    import regex

    out = {}
    # 1. underthesea ner(): PER entities as officials.
    from underthesea import ner, sent_tokenize

    tp = fp = fn = 0
    for name, text in texts.items():
        names = set()
        for line in text.split("\n"):
            for sent in sent_tokenize(line) if line.strip() else []:
                cur = []
                for tok, *_rest, tag in ner(sent):
                    if tag.endswith("PER"):
                        if tag.startswith("B-") and cur:
                            names.add(" ".join(cur))
                            cur = []
                        cur.append(tok)
                    elif cur:
                        names.add(" ".join(cur))
                        cur = []
                if cur:
                    names.add(" ".join(cur))
        pred = {fold(n) for n in names}
        g = per_article[name]["gold"]["official"]
        tp, fp, fn = tp + len(g & pred), fp + len(pred - g), fn + len(g - pred)
    out["official: underthesea ner() PER"] = _prf_row(tp, fp, fn)
    # 2. dateparser.search_dates: day dates.
    from dateparser.search import search_dates

    tp = fp = fn = 0
    for name, text in texts.items():
        found = search_dates(text, languages=["vi"], settings={"DATE_ORDER": "DMY"}) or []
        pred = {d.date().isoformat() for _s, d in found}
        g = per_article[name]["gold"]["date"]
        tp, fp, fn = tp + len(g & pred), fp + len(pred - g), fn + len(g - pred)
    out["date: dateparser.search_dates"] = _prf_row(tp, fp, fn)
    # 3. a plain citation regex: digits, slash, capitals and hyphens.
    plain = regex.compile(r"\b\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-z0-9\-]*|\b\d+-[A-ZĐ]+/[A-ZĐ]+")
    tp = fp = fn = 0
    for name, text in texts.items():
        pred = {document_key(m.group(0)) for m in plain.finditer(text)}
        g = per_article[name]["gold"]["document_ref"]
        tp, fp, fn = tp + len(g & pred), fp + len(pred - g), fn + len(g - pred)
    out["document_ref: plain regex"] = _prf_row(tp, fp, fn)
    return out


def _prf_row(tp, fp, fn) -> dict:
    p, r, f = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


# ---------------------------------------------------------------- agreement

def agreement(gold: dict) -> dict:
    """Per-kind F1 between the gold and an independent second annotation (corpus/gold-second)."""
    pairs = {}
    for path in sorted(SECOND.glob("*.json")) if SECOND.exists() else []:
        if path.stem in gold:
            pairs[path.stem] = {"gold": gold_keys(gold[path.stem]),
                                "pred": gold_keys(json.loads(path.read_text(encoding="utf-8")))}
    if not pairs:
        return {}
    totals = score(pairs)
    # Relations have no second annotation yet: an agreement on them would be two empty sets.
    return {"articles": sorted(pairs), "by_kind": {k: v["f1"] for k, v in totals.items() if k != "relation"}}


# ---------------------------------------------------------------- printing

def print_report(report: dict, baseline: dict | None, *, show_blind: bool = False, open_only: bool = False) -> None:
    """The tables, the errors and the changes against the baseline. ``open_only`` prints the
    open sets alone, their total as "open" instead of "all": blind totals never reach the
    screen of someone tuning, who may otherwise watch them move."""
    w = sys.stdout.write
    w(f"govfacts eval: {report['articles']} articles in {report['seconds']} s")
    if report["skipped"]:
        names = report["skipped"]
        w(f" ({len(names)} gold files skipped, text not found: {', '.join(names[:5])}"
          f"{' …' if len(names) > 5 else ''}; is ../shared beside the project?)")
    w("\n\n")
    tables = [("all", report["total"])] + list(report["by_set"].items())
    if open_only:
        tables = [("open", report["open"])] + [(s, tb) for s, tb in report["by_set"].items() if not s.endswith("-blind")]
    for title, table in tables:
        w(f"== {title}\n{'kind':<15}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}{'Δ F1':>8}\n")
        base = (baseline or {}).get("total" if title == "all" else "by_set", {})
        base = base if title == "all" else {} if title == "open" else base.get(title, {})
        for kind, row in table.items():
            delta = ""
            if base and kind in base and base[kind].get("gold") != row["gold"]:
                delta = "≠ gold"  # other articles or other gold than the baseline's: no like-for-like Δ
            elif base and kind in base:
                d = row["f1"] - base[kind]["f1"]
                delta = f"{d:+.3f}" if abs(d) >= 0.0005 else "="
            w(f"{kind:<15}{row['gold']:>6}{row['p']:>8.3f}{row['r']:>8.3f}{row['f1']:>8.3f}{delta:>8}\n")
        w("\n")
    w("== errors by article (- missed, + invented)\n")
    hidden = [] if show_blind else sorted(n for n in report["articles_detail"] if is_blind(n))
    for name, a in report["articles_detail"].items():
        if name in hidden:
            continue
        lines = []
        for kind in KINDS:
            g, p = set(a["gold"][kind]), set(a["pred"][kind])
            lines += [f"   - {kind}: {x}" for x in sorted(g - p)] + [f"   + {kind}: {x}" for x in sorted(p - g)]
        if lines:
            w(f"{name}\n" + "\n".join(lines) + "\n")
    n_blind = 0 if show_blind else report.get("blind_articles", 0)
    if n_blind:
        w(f"({n_blind} blind articles: errors not shown; --show-blind shows them, after which "
          f"take them out of corpus/heldout/blind.list or corpus/dev-blind.list)\n")
    if baseline:
        w("\n== against corpus/eval/baseline.json\n")
        changes = [c for c in diff(baseline, report) if c.split(None, 1)[0].rstrip(":") not in hidden]
        w("\n".join(changes) + "\n" if changes else "no fact gained or lost\n")
    if report.get("peers"):
        w("\n== peers on the same gold\n")
        ours = report["total"]
        for label, row in report["peers"].items():
            kind = label.split(":")[0]
            w(f"{label:<40} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}   "
              f"(govfacts F1 {ours[kind]['f1']:.3f})\n")
    if report.get("agreement"):
        ag = report["agreement"]
        w(f"\n== annotator agreement (F1 between two independent annotations, {len(ag['articles'])} articles)\n")
        w("  ".join(f"{k} {v:.3f}" for k, v in ag["by_kind"].items()) + "\n")


def diff(baseline: dict, report: dict) -> list[str]:
    out = []
    old_articles = baseline.get("articles_detail", {})
    for name, a in report["articles_detail"].items():
        old = old_articles.get(name)
        if old is None:
            out.append(f"{name}: new in the gold")
            continue
        for kind in KINDS:
            gold = set(a["gold"][kind])
            now_ok = set(a["pred"][kind]) & gold
            was_ok = set(old["pred"].get(kind, [])) & set(old["gold"].get(kind, []))
            now_bad = set(a["pred"][kind]) - gold
            was_bad = set(old["pred"].get(kind, [])) - set(old["gold"].get(kind, []))
            out += [f"{name}  gained {kind}: {x}" for x in sorted(now_ok - was_ok)]
            out += [f"{name}  LOST   {kind}: {x}" for x in sorted(was_ok - now_ok)]
            out += [f"{name}  fixed false {kind}: {x}" for x in sorted(was_bad - now_bad)]
            out += [f"{name}  NEW false {kind}: {x}" for x in sorted(now_bad - was_bad)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder with corpus/dev [../shared]")
    ap.add_argument("--no-peers", action="store_true", help="skip the peer baselines (faster)")
    ap.add_argument("--write-baseline", action="store_true", help="also save this run as the baseline")
    ap.add_argument("--show-blind", action="store_true", help="also show the errors of the blind articles")
    ap.add_argument("--open", action="store_true", dest="open_only",
                    help="while tuning: leave out the blind sets' totals (and 'all', which holds them)")
    args = ap.parse_args(argv)
    report = run(Path(args.shared), peers=not args.no_peers, show_blind=args.show_blind)
    EVAL_DIR.mkdir(exist_ok=True)
    base_path = EVAL_DIR / "baseline.json"
    baseline = json.loads(base_path.read_text(encoding="utf-8")) if base_path.exists() else None
    print_report(report, baseline, show_blind=args.show_blind and not args.open_only, open_only=args.open_only)
    (EVAL_DIR / "latest.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write_baseline:
        base_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"baseline written: {base_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
