"""Gold files are plain data: each validates against corpus/gold.schema.json and names a real article."""
import json
from pathlib import Path

import jsonschema
import pytest

from govfacts.corpus import GOLD, HERE
from govfacts.corpus.evaluate import article_path

from .conftest import SHARED

SCHEMA = json.loads((HERE / "gold.schema.json").read_text(encoding="utf-8"))
FILES = sorted(GOLD.glob("*.json")) + sorted((HERE / "gold-second").glob("*.json"))


def test_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_gold_file_validates(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_gold_file_names_an_article(path: Path):
    third_party = not path.stem[:1].isdigit() and not path.stem.startswith("h_")  # dev batches a, b, c …
    if third_party and not (SHARED / "corpus" / "dev").is_dir():
        pytest.skip("../shared/corpus/dev not beside the project")
    assert article_path(path.stem, SHARED) is not None, f"no article for {path.name}"


def test_every_seed_has_gold():
    seeds = {p.stem for p in (HERE / "seeds").glob("*.txt")}
    assert seeds and seeds <= {p.stem for p in GOLD.glob("*.json")}


def test_the_schema_rejects_what_the_rules_forbid():
    bad = {"document_refs": [{"canonical": "2370 / QĐ-UBND", "issued_on": None}], "meetings": [], "officials": [],
           "dates": [], "scores": [], "rankings": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
    bad = dict(bad, document_refs=[], officials=[{"name": "Hương", "roles": []}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_blind_lists_name_heldout_and_dev_articles_scored_apart():
    from govfacts.corpus.evaluate import blind, set_of

    names = blind()
    assert any(n.startswith("h_") for n in names) and any(n.startswith("c_") for n in names)
    assert all(n.startswith(("h_", "c_")) for n in names)
    # each name one article, also on a line of several names ("h_121 h_125 h_126")
    assert all((HERE / "heldout" / f"{n}.txt").exists() for n in names if n.startswith("h_"))
    assert {set_of(n) for n in names} == {"heldout-blind", "dev-c-blind"}
    assert set_of("c_002" if "c_002" not in names else "c_003") == "dev-c"


def test_eval_open_prints_no_blind_total(capsys):
    """`make eval --open`, the tuner's view: the open sets and their total, never a blind set's
    or the 'all' total that holds them."""
    from govfacts.corpus.evaluate import KINDS, print_report

    row = {"tp": 1, "fp": 0, "fn": 0, "p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1}
    table = {k: row for k in KINDS}
    report = {"articles": 2, "skipped": [], "seconds": 0.1, "total": table, "open": table,
              "by_set": {"heldout": table, "heldout-blind": table}, "blind_articles": 1,
              "articles_detail": {}, "agreement": {}}
    print_report(report, None, open_only=True)
    out = capsys.readouterr().out
    assert "== open" in out and "== heldout\n" in out
    assert "== all" not in out and "heldout-blind" not in out
    print_report(report, None)
    out = capsys.readouterr().out
    assert "== all" in out and "== heldout-blind" in out
