"""What ``govfacts extract`` prints keeps the contract of docs/facts.md (docs/facts.schema.json)."""
import json
from pathlib import Path

import jsonschema
import pytest

from .conftest import DEV, ROOT, SEEDS, needs_shared

SCHEMA = json.loads((ROOT / "docs" / "facts.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def errors_in(paths, pipeline) -> list[str]:
    from govfacts.corpus.readers import read_file

    found = []
    for path in paths:
        for article in read_file(path):
            result = pipeline(article)
            found += [f"{path.name} {e.json_path}: {e.message[:120]}" for e in VALIDATOR.iter_errors(result)]
    return found


def test_the_project_articles_keep_the_contract(pipeline):
    paths = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "corpus" / "heldout").glob("*.txt"))
    assert not errors_in(paths, pipeline)


@needs_shared
def test_the_dev_articles_keep_the_contract(pipeline):
    assert not errors_in(sorted(DEV.glob("*.txt")), pipeline)


@pytest.mark.parametrize("broken", [
    {"kind": "score", "value": "80,28"},          # a value must be a number
    {"kind": "date", "granularity": "week"},      # not a granularity of the contract
    {"kind": "ranking", "rank": 0},               # ranks start at 1
])
def test_a_broken_fact_is_refused(broken):
    from govfacts.extraction.pipeline import extract_text

    text = "Chỉ số PAR INDEX năm 2023 của huyện đạt 80,28/100 điểm, xếp thứ 7/18 huyện, thị xã.\nNgày 9/3/2022."
    out = extract_text(text)
    fact = next(f for f in out["facts"] if f["kind"] == broken["kind"])
    fact.update(broken)
    assert list(VALIDATOR.iter_errors(out))
