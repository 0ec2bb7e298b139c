"""The command line's conventions, the same for every query command: --format table|json|csv,
--limit, exit 0 with results / 1 with none (audit: with findings) / 2 for usage errors, a
header on every table, sentences trimmed around the fact in a table and whole in CSV, '-' for
standard input, messages on one line, once."""
from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from govfacts.extraction.cli import cli
from govfacts.extraction.cli_facts import FACT_KINDS
from govfacts.extraction.cli_output import CONTEXT, trim_around

from .conftest import ROOT, SEEDS

DATA = ROOT / "tests" / "data"
SEED = "000_c9c5d3ee07f476ec"

# Each query command: arguments that find something, arguments that find nothing, and
# whether one result is one table/CSV row.
QUERIES = {
    "chairs": ([], ["--person", "Không Có Ai"], True),
    "cites": (["2370/QĐ-UBND"], ["9999/QĐ-XYZ"], True),
    "documents": ([], ["--year", "1999"], True),
    "related": (["documents", "16-NQ/TU", "--related"], ["documents", "9999/QĐ-XYZ", "--related"], True),
    "implements": (["documents", "--implements", "16-NQ/TU"], None, False),
    "facts": ([SEED], [SEED, "--kind", "rating"], True),
    "officials": ([], ["--place", "Không Nơi Nào"], True),
    "person": (["Lưu Quốc Trung"], ["Không Có Ai"], False),
    "posts": (["--place", "Ba Bể"], ["--place", "Không Nơi Nào"], False),
    "scores": ([], ["--year", "2010"], True),
    "audit": ([], None, False),
}


def _args(name: str, args: list[str]) -> list[str]:
    return args if name in ("related", "implements") else [name, *args]


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('conventions') / 'facts.db'}"
    res = invoke("ingest", SEEDS, DATA / "audit", DATA / "relations", "--db", url, "-j", "1")
    assert res.exit_code == 0, res.output
    return url


@pytest.mark.parametrize("name", QUERIES)
def test_every_query_has_the_three_formats_a_header_and_a_limit(db, name):
    found, _, one_row_each = QUERIES[name]
    args = [*_args(name, found), "--db", db]
    ok = 1 if name == "audit" else 0  # audit: findings are exit 1
    table = invoke(*args)
    assert table.exit_code == ok, table.output
    rows = list(csv.reader(io.StringIO(invoke(*args, "--format", "csv").stdout)))
    header, body = rows[0], rows[1:]
    assert body and all(len(r) == len(header) for r in body)
    assert table.stdout.splitlines()[0].split() == [c for c in header if c in table.stdout.splitlines()[0].split()]
    assert len(table.stdout.splitlines()[0].split()) >= 3  # the table's header names its columns
    records = [json.loads(line) for line in invoke(*args, "--format", "json").stdout.splitlines()]
    assert records and all(isinstance(r, dict) for r in records)

    one = invoke(*args, "--limit", "1", "--format", "json")
    assert one.exit_code == ok and len(one.stdout.splitlines()) == 1
    assert json.loads(one.stdout) == records[0]
    limited = list(csv.reader(io.StringIO(invoke(*args, "--limit", "1", "--format", "csv").stdout)))
    assert limited[0] == header and (len(limited) == 2 if one_row_each else 2 <= len(limited) <= len(rows))


@pytest.mark.parametrize("name", [n for n, (_, none, _) in QUERIES.items() if none])
def test_nothing_found_is_one_line_on_stderr_and_exit_1(db, name):
    args = [*_args(name, QUERIES[name][1]), "--db", db]
    for fmt in ("table", "json", "csv"):
        res = invoke(*args, "--format", fmt)
        assert res.exit_code == 1, (fmt, res.output)
        assert len(res.stderr.splitlines()) == 1 and res.stderr.startswith("govfacts: ")
        assert res.stdout == "" if fmt != "csv" else len(res.stdout.splitlines()) == 1  # csv: the header


@pytest.mark.parametrize("name", QUERIES)
def test_usage_errors_exit_2_and_the_help_says_the_exit_codes(db, name):
    found = QUERIES[name][0]
    for bad in (["--limit", "0"], ["--format", "xml"]):
        res = invoke(*_args(name, found), *bad, "--db", db)
        assert res.exit_code == 2, (bad, res.output)
    command = "documents" if name in ("related", "implements") else name
    helptext = " ".join(invoke(command, "--help").output.split())
    assert "--format [table|json|csv]" in helptext and "--limit N" in helptext
    assert "Exit status: 0" in helptext and ", 1 " in helptext and "2 for a usage error" in helptext


def test_an_unknown_kind_is_a_usage_error_and_the_kinds_are_the_contracts(db):
    res = invoke("facts", SEED, "--kind", "bogus", "--db", db)
    assert res.exit_code == 2 and "'bogus' is not one of" in res.output
    schema = json.loads((ROOT / "docs" / "facts.schema.json").read_text(encoding="utf-8"))
    kinds = next(v["enum"] for v in _walk(schema) if isinstance(v, dict) and "document_ref" in v.get("enum", []))
    assert sorted(FACT_KINDS) == sorted(kinds)


def _walk(node):
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _walk(child)


def test_audit_exits_0_when_clean(tmp_path):
    url = f"sqlite:///{tmp_path / 'clean.db'}"
    invoke("ingest", DATA / "audit" / "tong_ket_dung_ky.txt", "--db", url, "-j", "1")
    res = invoke("audit", "--db", url, "--fail-on", "info")
    assert res.exit_code == 0 and res.stdout == "" and "0 findings" in res.stderr


def test_a_table_trims_the_sentence_around_the_fact_csv_keeps_it_whole(db):
    table = invoke("cites", "2370/QĐ-UBND", "--db", db).stdout.splitlines()
    whole = next(csv.DictReader(io.StringIO(invoke("cites", "2370/QĐ-UBND", "--db", db, "--format", "csv").stdout)))
    assert len(whole["sentence"]) > 1000 and "2370/QĐ-UBND" in whole["sentence"]
    cell = table[1].split("  ")[-1]
    quote = "Quyết định số 2370/QĐ-UBND ngày 19/8/2021 của Ủy ban nhân dân tỉnh Quảng Nam"
    assert f"«{quote}»" in cell and cell.startswith("…") and cell.endswith("…")
    assert len(cell) <= len(quote) + 2 * CONTEXT + 4


def test_trim_around_keeps_words_whole():
    sentence = ("Sáng ngày 14/3/2024, tại hội trường UBND huyện, đồng chí Trần Văn Nam, Chủ tịch UBND huyện "
                "chủ trì hội nghị triển khai Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND huyện về cải cách "
                "hành chính năm 2024, với sự tham dự của lãnh đạo các phòng, ban, ngành và Chủ tịch UBND các xã.")
    cut = trim_around(sentence, "Kế hoạch số 45/KH-UBND", context=30)
    assert cut.startswith("…") and cut.endswith("…") and "«Kế hoạch số 45/KH-UBND»" in cut
    left, right = cut[1:-1].split("«Kế hoạch số 45/KH-UBND»")
    assert left.strip() in sentence and right.strip() in sentence
    assert trim_around("Ngắn gọn.", "gọn") == "Ngắn «gọn»."
    assert trim_around("Không có từ đó.", "Quyết định") == "Không có từ đó."


TEXT = ("UBND xã Tam Dân triển khai kế hoạch chuyển đổi số\n"
        "Ngày 12/3/2024, UBND xã Tam Dân tổ chức hội nghị triển khai Kế hoạch số 15/KH-UBND ngày 02/01/2024 "
        "của UBND huyện về chuyển đổi số năm 2024.\n")


def test_extract_and_ingest_read_standard_input(tmp_path):
    res = invoke("extract", "-", input=TEXT)
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["article"]["source"] == "<stdin>" and out["article"]["title"].startswith("UBND xã Tam Dân")
    assert any(f["kind"] == "document_ref" and f["canonical"] == "15/KH-UBND" for f in out["facts"])
    bundle = "\n".join(json.dumps({"text": t, "published": "2024-03-12"}, ensure_ascii=False)
                       for t in (TEXT, "Tin thứ hai\nQuyết định số 7/QĐ-UBND ngày 05/02/2024 của UBND xã.")) + "\n\n"
    assert len(invoke("extract", "-", input=bundle).stdout.splitlines()) == 2  # JSON Lines when it starts with {
    url = f"sqlite:///{tmp_path / 'stdin.db'}"
    res = invoke("ingest", "-", SEEDS / f"{SEED}.txt", "--db", url, "-j", "1", input=bundle)
    assert res.exit_code == 0 and "3 articles read: 3 stored" in res.stdout, res.output
    cited = json.loads(invoke("cites", "7/QĐ-UBND", "--db", url, "--format", "json").stdout)
    assert cited["source"] == "<stdin>:2"
    assert invoke("ingest", "-", "-", "--db", url, input=TEXT).exit_code == 2  # one standard input


def test_a_bad_input_is_one_line_once_even_piped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    long_name = "bao_cao_ket_qua_cai_cach_hanh_chinh_quy_mot_nam_hai_nghin_hai_muoi_bon_cua_ubnd_xa" * 2 + ".txt"
    (d / long_name).write_bytes(b"\x00\x01\x02")
    (d / "ok.txt").write_text(TEXT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'f.db'}"
    done = subprocess.run([sys.executable, "-c", "from govfacts.extraction.cli import main; main()", "ingest",
                           str(d), "--db", url, "-j", "2"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 1
    lines = [x for x in done.stderr.splitlines() if long_name[:20] in x]
    assert len(lines) == 1 and lines[0].startswith("govfacts: ") and long_name in lines[0], done.stderr
    assert "1 stored" in done.stdout


def test_the_ingest_bar_has_a_total_a_percentage_and_an_eta(tmp_path):
    from rich.console import Console

    from govfacts.corpus.readers import count_inputs
    from govfacts.extraction.cli_ingest import progress_bar

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "b.jsonl").write_text('{"text": "A\\nB"}\n\n{"text": "C\\nD"}\n{"text": "E\\nF"}', encoding="utf-8")
    assert count_inputs([d, tmp_path / "missing"]) == 1 + 3 + 1  # an error counts as one result
    out = io.StringIO()
    bar = progress_bar(console=Console(file=out, force_terminal=True, width=120, color_system=None))
    with bar:
        task = bar.add_task("ingest", total=8, stats="2 new")
        bar.update(task, completed=2)
        bar.refresh()
    shown = out.getvalue()
    assert "2/8" in shown and "25%" in shown and "ETA" in shown


def test_export_writes_csv_to_stdout_and_parquet_to_a_file(db, tmp_path):
    res = invoke("export", "--db", db, "--kind", "score", "--limit", "2")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout.lstrip("\ufeff"))))
    assert len(rows) == 2 and {r["kind"] for r in rows} == {"score"} and "2 facts written" in res.stderr
    assert invoke("export", "--db", db, "--format", "parquet").exit_code == 2  # Parquet needs --out
    assert invoke("export", "--db", db, "--kind", "bogus").exit_code == 2
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'govfacts[parquet]')")
    path = tmp_path / "facts.parquet"
    res = invoke("export", "--db", db, "--kind", "document_ref", "--out", path)
    assert res.exit_code == 0, res.output
    table = pq.read_table(path)
    assert table.num_rows > 10 and "canonical" in table.column_names
    csv_path = tmp_path / "facts.csv"
    assert invoke("export", "--db", db, "--out", csv_path).exit_code == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read the marks
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    invoke("db", "upgrade", "--db", empty)
    assert invoke("export", "--db", empty).exit_code == 1


def test_no_command_module_imports_the_group():
    """extract/cli.py gathers the commands; none of extract/cli_*.py imports it back."""
    for path in sorted((ROOT / "extract").glob("cli_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                target = ("." * node.level) + (node.module or "")
                assert target not in (".cli", "govfacts.extraction.cli"), path.name
