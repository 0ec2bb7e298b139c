"""The command line as a user runs it."""
import json

from click.testing import CliRunner

from govfacts.extraction.cli import cli

from .conftest import SEEDS


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_extract_prints_json_lines_without_a_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("extract", str(SEEDS))
    lines = [json.loads(line) for line in res.output.splitlines()]
    assert len(lines) == 5 and res.exit_code == 0
    assert not (tmp_path / "govfacts.db").exists()
    first = lines[0]
    assert set(first) == {"article", "facts", "warnings"}
    text = (SEEDS / "000_c9c5d3ee07f476ec.txt").read_text(encoding="utf-8").strip("\n")
    for f in first["facts"]:
        assert text[f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]


def test_ingest_then_facts_and_cites(tmp_path):
    db = str(tmp_path / "f.db")
    res = run("ingest", str(SEEDS), "--db", db, "--jobs", "1")
    assert res.exit_code == 0, res.output
    assert "5 articles read: 5 stored" in res.output and "document_ref" in res.output
    res = run("facts", "000_c9c5d3ee07f476ec", "--db", db)
    assert "«Quyết định số 2370/QĐ-UBND ngày 19/8/2021" in res.output
    res = run("cites", "2370/QĐ-UBND", "--db", db)
    assert "2370/QĐ-UBND  2021-08-19  yes    Ủy ban nhân dân tỉnh Quảng Nam" in res.output
    res = run("cites", "21-CTr/HU", "--db", db, "--format", "csv")
    assert "21-CTr/HU,2021-11-31,no," in res.output  # an impossible date, said so


def test_bad_database_is_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("junk", encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(bad)])
    assert res.exit_code == 2
    assert res.output.strip().count("\n") == 0 and str(bad) in res.output


def test_bad_file_among_good_ones_exits_1_but_stores_the_rest(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text((SEEDS / "004_8a1217b403a8b5d6.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (d / "bad.txt").write_bytes(b"\x00\x00")
    res = CliRunner().invoke(cli, ["ingest", str(d), "--db", str(tmp_path / "f.db"), "-j", "1"])
    assert res.exit_code == 1
    assert "bad.txt: binary file" in res.output and "1 stored" in res.output


def test_facts_of_unknown_article(tmp_path):
    db = str(tmp_path / "f.db")
    run("ingest", str(SEEDS / "004_8a1217b403a8b5d6.txt"), "--db", db, "-j", "1")
    res = CliRunner().invoke(cli, ["facts", "nope", "--db", db])
    assert res.exit_code == 1 and "no stored article" in res.output
