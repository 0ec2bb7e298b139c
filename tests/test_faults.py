"""Fault injection: bad inputs, dying workers, killed ingests, many writers, full and
read-only disks, foreign databases.  Each case asserts what is stored afterwards (counts and
``PRAGMA integrity_check``), not only the exit status.

Cases that need root or a mount (a small filesystem to fill, a read-only one) skip with a
reason outside CI and run in CI (CI=true, as root).
"""
from __future__ import annotations

import faulthandler
import html
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from govfacts.corpus.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from govfacts.corpus.readers import ReadError, ReadNote, read_paths
from govfacts.db.store import Store
from govfacts.extraction import batch as batch_module
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest
from govfacts.extraction.model import Article

from .conftest import IN_CI, ROOT, SEEDS

GOVFACTS = [sys.executable, "-c", "from govfacts.extraction.cli import main; main()"]
# Hang guards for the subprocess cases, not speed targets (those live in make bench).
HANG = 240


def body(i: int) -> str:
    """An article of the genre, different for each ``i`` (its own words, not the corpus's)."""
    return (f"Hội nghị giao ban công tác cải cách hành chính lần thứ {i}\n\n"
            f"Sáng ngày {1 + i % 28}/3/2023, UBND xã An Phước tổ chức hội nghị giao ban công tác cải cách hành "
            f"chính quý I. Đồng chí Lê Văn Tám, Chủ tịch UBND xã chủ trì hội nghị. Hội nghị quán triệt Kế hoạch "
            f"số {100 + i}/KH-UBND ngày 05/01/2023 của UBND huyện về cải cách hành chính năm 2023, "
            f"với {20 + i} đại biểu tham dự.")


def bundle(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(start, start + n):
            text = body(i)
            title, _, rest = text.partition("\n\n")
            f.write(json.dumps({"title": title, "text": rest}, ensure_ascii=False) + "\n")
    return path


def counts(db: Path) -> tuple[int, int, str]:
    """(articles, distinct article texts, integrity_check) of a SQLite store."""
    ro_mount = os.statvfs(db.parent).f_flag & os.ST_RDONLY
    con = sqlite3.connect(f"file:{db}?{'immutable=1' if ro_mount else 'mode=ro'}", uri=True)
    try:
        n, distinct = con.execute("SELECT count(*), count(DISTINCT text_sha256) FROM articles").fetchone()
        return n, distinct, con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def stored(db: Path) -> int:
    n, distinct, ok = counts(db)
    assert ok == "ok" and n == distinct
    return n


def run_cli(*args, **kw):
    return subprocess.run([*GOVFACTS, *args], cwd=ROOT, capture_output=True, text=True, timeout=HANG, **kw)


def needs_root(what: str):
    """Skip outside CI when not root; in CI (root) the case must run."""
    if os.geteuid() != 0 and not IN_CI:
        pytest.skip(f"{what} needs root (runs in CI)")


# --- 1. a wrong-typed JSON Lines line costs only itself --------------------------------------

@pytest.mark.parametrize("line,problem", [
    ({"text": "Nội dung bài viết về hội nghị.", "title": 5}, "field 'title' is a number, not text"),
    ({"text": "Nội dung bài viết về hội nghị.", "url": ["x"]}, "field 'url' is a list, not text"),
    ({"text": "Nội dung bài viết về hội nghị.", "published": 20230105}, "field 'published' is a number"),
    ({"text": 7}, "no 'text' field"),
    ([1, 2], "no 'text' field"),
])
def test_a_wrong_typed_jsonl_line_is_one_error_and_the_rest_is_stored(tmp_path, line, problem):
    f = bundle(tmp_path / "b.jsonl", 2)
    rows = f.read_text(encoding="utf-8").splitlines()
    f.write_text("\n".join([rows[0], json.dumps(line, ensure_ascii=False), rows[1]]) + "\n", encoding="utf-8")
    (tmp_path / "after.txt").write_text(body(9), encoding="utf-8")
    store = Store.open(str(tmp_path / "s.db"))
    summary = ingest([str(tmp_path)], store, jobs=1)
    assert summary.stored == 3 and summary.failed == 1
    (err,) = summary.errors
    assert err.startswith(f"{f}:2: ") and problem in err
    assert stored(tmp_path / "s.db") == 3


# --- 2. no input stalls a batch: size limits and the time budget ------------------------------

def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: the test writes no 4 MB
    (item,) = list(read_paths([f]))
    assert isinstance(item, ReadError)
    assert str(item).startswith(f"{f}: file of ") and "over the limit of 4.0 MB" in str(item)


def test_an_article_over_the_character_limit_is_refused_naming_the_limit(tmp_path):
    f = tmp_path / "long.txt"
    sentence = "Hội nghị bàn về công tác cải cách hành chính của xã An Phước trong năm nay. "
    f.write_text("Tiêu đề\n" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 10), encoding="utf-8")
    (item,) = list(read_paths([f]))
    assert isinstance(item, ReadError) and f"over the limit of {MAX_ARTICLE_CHARS:,}" in str(item)


def test_a_long_jsonl_line_is_skipped_without_being_held_and_the_next_line_read(tmp_path):
    f = tmp_path / "b.jsonl"
    with f.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"text": "x" * (MAX_FILE_BYTES + 10)}) + "\n")
        out.write(json.dumps({"title": "Bài sau", "text": body(1)}, ensure_ascii=False) + "\n")
    items = list(read_paths([f]))
    assert isinstance(items[0], ReadError) and str(items[0]).startswith(f"{f}:1: line of 4.0 MB is over the limit")
    assert isinstance(items[1], Article) and items[1].source == f"{f}:2"


def test_jsonl_is_read_line_by_line(tmp_path, monkeypatch):
    """The bundle is never read whole: the first article comes before the file is finished."""
    f = bundle(tmp_path / "b.jsonl", 3)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("a .jsonl bundle was read whole"))
    monkeypatch.setattr(Path, "read_text", lambda self, **kw: pytest.fail("a .jsonl bundle was read whole"))
    items = read_paths([f])
    first = next(items)
    assert isinstance(first, Article) and first.source == f"{f}:1"
    assert len([first, *items]) == 3


def _slow_on(word: str, seconds: float):
    """A pipeline step that sleeps on articles containing ``word`` (a stand-in for an input
    that takes the extractors too long)."""
    real = batch_module.Pipeline.process

    def process(self, article):
        if word in article.text:
            time.sleep(seconds)
        return real(self, article)

    return process


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_the_time_budget_is_reported_and_skipped(tmp_path, monkeypatch, jobs):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(body(i), encoding="utf-8")
    (tmp_path / "slow.txt").write_text(body(7) + " CHẬMCHẠP", encoding="utf-8")
    monkeypatch.setattr(batch_module.Pipeline, "process", _slow_on("CHẬMCHẠP", 30))
    store = Store.open(str(tmp_path / "s.db"))
    t0 = time.monotonic()
    summary = ingest([str(tmp_path)], store, jobs=jobs, budget=2)
    assert time.monotonic() - t0 < 25  # a hang guard: the sleeping article was cut off
    (err,) = summary.errors
    assert err.startswith(f"{tmp_path / 'slow.txt'}: skipped: extracting it took more than 2 s")
    assert summary.stored == 3 and stored(tmp_path / "s.db") == 3


# --- 3. a dead worker is noticed at once ------------------------------------------------------

def _dies_on(word: str, sig: int):
    real = batch_module._work

    def work(article):
        if word in article.text:
            faulthandler.disable()  # pytest's dump of a crashing worker is noise here
            os.kill(os.getpid(), sig)
            time.sleep(5)
        return real(article)

    return work


def test_a_worker_killed_from_outside_stops_the_ingest_naming_the_lost_article(tmp_path, monkeypatch):
    f = bundle(tmp_path / "b.jsonl", 12)
    with f.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"text": body(50) + " BỊGIẾT"}, ensure_ascii=False) + "\n")
    bundle(tmp_path / "c.jsonl", 30, start=100)
    monkeypatch.setattr(batch_module, "_work", _dies_on("BỊGIẾT", signal.SIGKILL))
    store = Store.open(str(tmp_path / "s.db"))
    summary = ingest([str(tmp_path)], store, jobs=2)
    lost = [e for e in summary.errors if "lost" in e]
    assert len(lost) == 1 and lost[0].startswith(f"{f}:13: lost: its worker process was killed by SIGKILL")
    assert "run the same command again" in lost[0]
    n = stored(tmp_path / "s.db")
    assert n == summary.stored and 12 <= n < 42  # stopped: the rest is left for the next run
    monkeypatch.undo()
    again = ingest([str(tmp_path)], store, jobs=2)
    assert again.failed == 0 and stored(tmp_path / "s.db") == 43


def test_a_worker_that_crashes_on_an_article_is_replaced_and_the_batch_goes_on(tmp_path, monkeypatch):
    bundle(tmp_path / "b.jsonl", 6)
    (tmp_path / "crash.txt").write_text(body(60) + " SẬPMÁY", encoding="utf-8")
    bundle(tmp_path / "c.jsonl", 6, start=10)
    monkeypatch.setattr(batch_module, "_work", _dies_on("SẬPMÁY", signal.SIGSEGV))
    store = Store.open(str(tmp_path / "s.db"))
    summary = ingest([str(tmp_path)], store, jobs=2)
    (err,) = summary.errors
    assert err.startswith(f"{tmp_path / 'crash.txt'}: skipped: its worker process killed by SIGSEGV")
    assert summary.stored == 12 and stored(tmp_path / "s.db") == 12


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_stored(db: Path, n: int, proc: subprocess.Popen, limit: float = HANG) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            have = counts(db)[0]
        except sqlite3.Error:
            have = 0
        if have >= n:
            return have
        time.sleep(0.2)
    pytest.fail(f"{db}: never held {n} articles (ingest exit {proc.poll()})")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find the worker processes")
def test_cli_a_killed_worker_makes_ingest_exit_non_zero_and_never_hang(tmp_path):
    f = bundle(tmp_path / "b.jsonl", 2000)  # enough that the kill lands mid-batch however fast it runs
    db = tmp_path / "s.db"
    proc = subprocess.Popen([*GOVFACTS, "ingest", str(f), "--db", str(db), "-j", "2", "-q"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_stored(db, 20, proc)
        workers = _children(proc.pid)
        assert workers, "no worker processes"
        os.kill(workers[0], signal.SIGKILL)
        # A hang guard, not a speed target: a hung ingest never ends; a loaded machine is slow.
        out, err = proc.communicate(timeout=180)
    finally:
        proc.kill()
    assert proc.returncode == 1
    # One line says so: the article the worker held is lost, or, when the kill landed while it
    # waited for its next article, that it died between two articles.
    said = [line for line in err.splitlines() if "killed by SIGKILL" in line]
    assert len(said) == 1, err
    assert (f"{f}:" in said[0] and "lost" in said[0]) or "between two articles" in said[0], said
    n = stored(db)
    assert 20 <= n < 2000


# --- 9. re-ingest: texts differing only in trailing whitespace are one article ---------------

@pytest.mark.parametrize("variant", [
    lambda t: t + "\n   \n",                                  # a trailing whitespace-only line
    lambda t: t.replace("\n", " \n", 1),                      # a space after the title
    lambda t: t.replace("\n\n", "\t\n\n", 1) + " ",           # a tab after the title, a space at the end
    lambda t: t.replace("\n", "\r\n") + "\r\n\r\n",           # Windows line ends, blank lines at the end
], ids=["whitespace-line", "space-after-title", "tab-and-space", "crlf"])
def test_the_same_article_differing_only_in_trailing_whitespace_is_stored_once(tmp_path, variant):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(body(3), encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_bytes(variant(body(3)).encode("utf-8"))
    store = Store.open(str(tmp_path / "s.db"))
    first = ingest([str(tmp_path / "a")], store, jobs=1)
    again = ingest([str(tmp_path / "b")], store, jobs=1)
    assert (first.stored, again.stored, again.already) == (1, 0, 1)
    assert stored(tmp_path / "s.db") == 1


# --- 10. inputs named rightly ----------------------------------------------------------------

def test_utf16_without_a_bom_is_read_with_a_note(tmp_path):
    for order in ("le", "be"):
        f = tmp_path / f"u16{order}.txt"
        f.write_bytes(body(4).encode(f"utf-16-{order}"))
        items = list(read_paths([f]))
        assert any(isinstance(i, ReadNote) and "UTF-16" in str(i) for i in items), items
        (art,) = [i for i in items if isinstance(i, Article)]
        assert art.title == body(4).split("\n")[0]


def test_windows_1252_is_named_as_such_and_windows_1258_too(tmp_path):
    western = tmp_path / "w1252.txt"
    western.write_bytes("Réunion du comité — compte rendu, café et thé servis à 10 h.".encode("cp1252"))
    (err,) = list(read_paths([western]))
    assert isinstance(err, ReadError) and "Windows-1252" in str(err) and "1258" not in str(err)
    from .test_readers import cp1258

    legacy = tmp_path / "w1258.txt"
    legacy.write_bytes(cp1258("Hội nghị cải cách hành chính của xã An Phước"))
    (err,) = list(read_paths([legacy]))
    assert isinstance(err, ReadError) and "Windows-1258" in str(err)


def test_html_nested_10000_deep_is_read(tmp_path):
    f = tmp_path / "deep.html"
    text = body(5).split("\n\n", 1)[1]
    f.write_text("<html><head><title>Hội nghị giao ban</title></head><body>" + "<div>" * 10000 + f"<p>{text}</p>"
                 + "</div>" * 10000 + "</body></html>", encoding="utf-8")
    (art,) = list(read_paths([f]))
    assert isinstance(art, Article) and "Lê Văn Tám" in art.text and art.title == "Hội nghị giao ban"


def test_a_truncated_html_page_is_refused(tmp_path):
    f = tmp_path / "cut.html"
    text = body(5).split("\n\n", 1)[1]
    page = f"<!DOCTYPE html><html><head><title>Giao ban</title></head><body><article><p>{text}</p><p>{text}</p>"
    f.write_text(page[:-40], encoding="utf-8")
    (err,) = list(read_paths([f]))
    assert isinstance(err, ReadError) and str(err).startswith(f"{f}: truncated HTML page")


def test_a_page_that_is_all_site_chrome_is_refused(tmp_path):
    f = tmp_path / "chrome.html"
    f.write_text("<html><head><title>Cổng thông tin điện tử xã An Phước</title></head><body>"
                 "<div>Tìm kiếm tin tức</div><div>Thống kê truy cập</div><div>Lượt truy cập: 12345</div>"
                 "</body></html>", encoding="utf-8")
    (err,) = list(read_paths([f]))
    assert isinstance(err, ReadError) and "only site chrome" in str(err)


def test_an_empty_directory_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (err,) = list(read_paths([tmp_path / "empty"]))
    assert isinstance(err, ReadError) and str(err).startswith(f"{tmp_path / 'empty'}: no article files")


def test_each_error_line_is_printed_once_when_stderr_is_not_a_terminal(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(body(1), encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    res = run_cli("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "-j", "1")
    assert res.returncode == 1
    assert res.stderr.count("bad.txt") == 1, res.stderr


# --- 4. nothing runs in the reader's browser or terminal ----------------------------------------

ESC_TEXT = "\x1b]0;pwned\x07\x1b[2J\x1b[8m"  # window title, clear screen, hidden text


def _store_with(tmp_path, **article) -> Path:
    """A store holding one article (a .jsonl line with these fields)."""
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"title": "Hội nghị giao ban", "text": body(2).split("\n\n", 1)[1], **article},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert ingest([str(f)], Store.open(str(db)), jobs=1).stored == 1
    return db


def _plant(db: Path, where: str) -> str:
    """Put escape codes into the stored text, title and quotes, as a store written before the
    input cleaning may hold them; returns the article id."""
    con = sqlite3.connect(db)
    with con:
        (aid,) = con.execute("SELECT id FROM articles").fetchone()
        con.execute("UPDATE articles SET title = title || ?, text = replace(text, ?, ? || ?)",
                    [ESC_TEXT, where, ESC_TEXT, where])
        con.execute("UPDATE facts SET quote = ? || quote, sentence = ? || sentence", [ESC_TEXT, ESC_TEXT])
        for fid, fields in con.execute("SELECT id, fields FROM facts").fetchall():
            con.execute("UPDATE facts SET fields = ? WHERE id = ?", [json.dumps(_planted(json.loads(fields))), fid])
    con.close()
    return aid


def _planted(value):
    if isinstance(value, str):
        return ESC_TEXT + value
    if isinstance(value, list):
        return [_planted(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("start", "end") else _planted(v) for k, v in value.items()}
    return value


def test_control_characters_in_input_are_cleaned_before_storing(tmp_path):
    db = _store_with(tmp_path, text=f"Sáng ngày 3/3/2023, {ESC_TEXT}UBND xã An Phước\x00 tổ chức hội nghị "
                                    "giao ban, đồng chí Lê Văn Tám, Chủ tịch UBND xã chủ trì.")
    con = sqlite3.connect(db)
    text, = con.execute("SELECT text FROM articles").fetchone()
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text) and "\x7f" not in text
    for start, end, quote in con.execute('SELECT start, "end", quote FROM facts'):
        assert text[start:end] == quote


@pytest.mark.parametrize("command", [["facts"], ["show"], ["chairs", "--place", "An Phước"],
                                     ["chairs", "--place", "An Phước", "--format", "csv"],
                                     ["facts", "--format", "json"], ["cites", "102/KH-UBND"]])
def test_escape_codes_in_a_stored_article_are_shown_escaped_on_the_terminal(tmp_path, command):
    db = _store_with(tmp_path)
    aid = _plant(db, "UBND xã An Phước")
    args = [command[0], *([aid] if command[0] in ("facts", "show") else []), *command[1:], "--db", str(db)]
    res = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "\x1b" not in res.output and "\x07" not in res.output
    assert "\\u001b" in res.output


@pytest.mark.parametrize("url,link", [
    ("javascript:alert(document.cookie)", False), ("JavaScript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("https://xa.gov.vn/tin/1", True),
])
def test_only_a_web_url_is_a_link_on_the_article_page(tmp_path, url, link):
    db = _store_with(tmp_path, url=url)
    res = CliRunner().invoke(cli, ["show", "in.jsonl", "--db", str(db), "--html", "-"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    page = res.output
    assert (f'href="{html.escape(url)}"' in page) == link
    assert 'href="javascript' not in page.lower() and 'href="data' not in page.lower()
    assert html.escape(url) in page  # still shown, as text


# --- 6. another application's database is not changed, not even its journal mode ------------

@pytest.mark.parametrize("command", [["chairs"], ["facts", "x"], ["documents"], ["audit"], ["ingest", "SEEDS"]])
def test_another_applications_database_is_refused_and_left_as_it_was(tmp_path, command):
    f = tmp_path / "crm.db"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customers (name) VALUES ('Nguyễn Văn An')")
    con.commit()
    con.close()
    before = f.read_bytes()
    args = [str(SEEDS) if a == "SEEDS" else a for a in command]
    res = CliRunner().invoke(cli, [*args, "--db", str(f)])
    assert res.exit_code == 2 and "another application" in res.output
    assert f.read_bytes() == before
    assert not (tmp_path / "crm.db-wal").exists()
    con = sqlite3.connect(f)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- 5. a store on a read-only disk, or opened mode=ro, is read ------------------------------

def _seeded(db: Path) -> Path:
    """The seeds stored at ``db`` by another process (no file of it left open here)."""
    res = run_cli("ingest", str(SEEDS), "--db", str(db), "-j", "1", "-q")
    assert res.returncode == 0, res.stderr
    return db


def test_a_mode_ro_url_reads_the_store(tmp_path):
    db = _seeded(tmp_path / "s.db")
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    res = CliRunner().invoke(cli, ["facts", "000_c9c5d3ee07f476ec", "--db", url], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "2370/QĐ-UBND" in CliRunner().invoke(cli, ["cites", "2370/QĐ-UBND", "--db", url]).output


@pytest.fixture
def read_only_mount(tmp_path):
    """A small tmpfs mounted at tmp_path/ro: root only (CI); remounted read-only by the test."""
    needs_root("mounting a filesystem")
    mnt = tmp_path / "ro"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if res.returncode != 0:
        if IN_CI:
            pytest.fail(f"CI must run the mount cases: {res.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs here ({res.stderr.strip()})")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_store_on_a_read_only_filesystem_is_read_by_every_command(tmp_path, read_only_mount):
    db = _seeded(read_only_mount / "s.db")
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    for args in (["facts", "000_c9c5d3ee07f476ec"], ["chairs"], ["documents"], ["audit", "--fail-on", "error"],
                 ["cites", "2370/QĐ-UBND"], ["officials"], ["scores"], ["show", "000_c9c5d3ee07f476ec"]):
        res = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code in (0, 1) and "unable to open" not in res.output, (args, res.output)
        assert "Traceback" not in res.output
    assert "2370/QĐ-UBND" in CliRunner().invoke(cli, ["cites", "2370/QĐ-UBND", "--db", str(db)]).output
    res = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(db)])
    assert res.exit_code == 2 and "\n" == res.output[-1] and res.output.count("\n") == 1, res.output
    assert stored(db) == 5


def test_serve_reads_a_store_on_a_read_only_filesystem(tmp_path, read_only_mount):
    import asyncio

    from govfacts.db.datasette import build

    db = _seeded(read_only_mount / "s.db")
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    ds = build(db)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ds.invoke_startup())
        res = loop.run_until_complete(ds.client.get("/govfacts/articles.json?_shape=array"))
        assert res.status_code == 200 and len(res.json()) == 5
        aid = res.json()[0]["id"]
        assert loop.run_until_complete(ds.client.get(f"/-/article/{aid}")).status_code == 200
    finally:
        loop.close()


# --- 7. SQLite and PostgreSQL store the same thing -----------------------------------------

def test_sqlite_and_postgresql_store_the_same_text_and_numbers(tmp_path, store_url, pipeline):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from govfacts.corpus.readers import make_article
    from govfacts.db.models import ArticleRow, DocumentRow
    from govfacts.db.queries import cites
    from govfacts.extraction.ingest import stored_form

    text = ("Hội nghị giao ban\n\n" + "Sáng ngày 3/3/2023, UBND xã An Phước tổ chức hội nghị giao ban. " * 70
            + "\x00Theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND huyện, đồng chí Lê Văn Tám chủ trì.")
    art = make_article(text, "nul.txt")
    assert "\x00" not in art.text and len(art.text) == len(text)  # cleaned, offsets kept
    result = stored_form(pipeline, art)
    (ref,) = [f for f in result["facts"] if f["kind"] == "document_ref"]
    long_number = "123/" + "-".join(["KH"] * 58) + "-UBND"
    assert len(long_number) == 182
    ref["canonical"] = long_number  # a number longer than its column, as a bad page may give
    store = Store.open(store_url)
    assert store.add(result)
    with Session(store.engine) as s:
        assert "\x00" not in s.scalar(select(ArticleRow.text))
        (number,) = s.scalars(select(DocumentRow.canonical)).all()
    assert number == long_number[:120]
    assert len(cites(store, long_number)) == 1


# --- what already held, kept held ----------------------------------------------------------

def test_kill_9_in_the_middle_of_an_ingest_loses_nothing_and_a_rerun_completes(tmp_path):
    N = 600  # enough that batched workers (32 a transaction) are still storing when it is killed
    f = bundle(tmp_path / "b.jsonl", N)
    db = tmp_path / "s.db"
    cmd = [*GOVFACTS, "ingest", str(f), "--db", str(db), "-j", "2", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        _wait_stored(db, 15, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-transaction
        proc.wait()
    n = stored(db)
    assert 15 <= n < N
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=HANG)
    assert res.returncode == 0, res.stderr
    assert f"{N - n} stored, {n} already stored" in res.stdout or stored(db) == N
    assert stored(db) == N


def test_four_ingests_at_once_into_one_sqlite_file_store_each_article_once(tmp_path):
    files = [bundle(tmp_path / f"b{i}.jsonl", 20, start=20 * (i % 2)) for i in range(4)]  # two pairs overlap
    db = tmp_path / "s.db"
    procs = [subprocess.Popen([*GOVFACTS, "ingest", str(f), "--db", str(db), "-j", "1", "-q"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    outs = [p.communicate(timeout=HANG) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [o[1] for o in outs]
    assert not any("locked" in o[1] for o in outs)
    assert stored(db) == 40


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs to fill (root only: CI)."""
    needs_root("a small filesystem to fill")
    mnt = tmp_path / "small"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if res.returncode != 0:
        if IN_CI:
            pytest.fail(f"CI must run the full-disk case: {res.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs here ({res.stderr.strip()})")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_full_disk_leaves_an_intact_store_that_a_rerun_completes(tmp_path, small_disk):
    f = bundle(tmp_path / "b.jsonl", 300)
    db = small_disk / "s.db"
    res = run_cli("ingest", str(f), "--db", str(db), "-j", "1", "-q")
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "full" in res.stderr.lower()
    n = stored(db)
    assert n < 300
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    res = run_cli("ingest", str(f), "--db", str(db), "-j", "2", "-q")
    assert res.returncode == 0, res.stderr
    assert stored(db) == 300


# --- 8. filters match what they say, and the web view never answers 500 ---------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    return _seeded(tmp_path_factory.mktemp("seeded") / "s.db")


@pytest.mark.parametrize("issuer", ["%", "_", "%UBND%", "U_ND"])
def test_like_wildcards_in_a_filter_are_plain_letters(seeded, issuer):
    res = CliRunner().invoke(cli, ["documents", "--issuer", issuer, "--db", str(seeded), "--format", "json"])
    assert res.exit_code == 1 and res.stdout == "", res.output  # none matches: exit 1


def test_a_zero_width_space_in_a_name_still_finds_it(seeded):
    plain = CliRunner().invoke(cli, ["documents", "--issuer", "Quảng Nam", "--db", str(seeded), "--format", "json"])
    zw = CliRunner().invoke(cli, ["documents", "--issuer", "Quảng\u200b Nam", "--db", str(seeded), "--format", "json"])
    assert plain.output and zw.output == plain.output


def test_a_year_too_large_is_one_line_not_a_traceback(seeded):
    res = CliRunner().invoke(cli, ["documents", "--year", "99999999999999999999", "--db", str(seeded)])
    assert res.exit_code == 2 and "Traceback" not in res.output and "--year" in res.output


@pytest.fixture(scope="module")
def site(seeded):
    import asyncio

    from govfacts.db.datasette import build
    from govfacts.db.datasette.views import ensure_views

    store = Store.open(str(seeded))
    ensure_views(store.engine)
    store.engine.dispose()
    ds = build(seeded)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())

    def call(path: str, method: str = "get"):
        return loop.run_until_complete(getattr(ds.client, method)(path))

    yield call
    loop.close()


def test_a_quote_in_a_form_box_matches_no_row(site):
    every = site("/govfacts/who_chaired.json?person=&place=&since=&until=&_shape=array").json()
    assert every
    res = site("/govfacts/who_chaired.json?person=&place=&since=%27+OR+1%3D1+--&until=&_shape=array")
    assert res.status_code == 200 and res.json() == []


@pytest.mark.parametrize("path", ["/-/article/../..", "/-/article/x/../../etc", "/no_such_database",
                                  "/govfacts/no_such_table", "/-/article/0000000000000000?at=1-99999999999999999999"])
def test_odd_paths_are_never_a_500(site, path):
    """(A path that leaves the article page reaches Datasette as a missing database: the
    rich traceback printer turned every such 404 into a 500.)"""
    assert site(path).status_code in (200, 404)


def test_an_out_of_range_offset_shows_the_article(site):
    aid = site("/govfacts/articles.json?_shape=array").json()[0]["id"]
    assert site(f"/-/article/{aid}?at=1-99999999999999999999").status_code == 200


def test_a_post_to_a_canned_query_is_405(site):
    res = site("/govfacts/who_chaired", method="post")
    assert res.status_code == 405


# --- 11. the audit sees dates in the future and days no calendar has -------------------------

AUDIT_CASES = {
    # an issue date decades ahead in an article that gives no date of its own
    "tuong_lai": ("Xã Tân Lập kiện toàn tổ công nghệ số cộng đồng",
                  "Theo Quyết định số 88/QĐ-UBND ngày 12/5/2095 của UBND xã Tân Lập, tổ công nghệ số cộng đồng "
                  "của 5 thôn được kiện toàn với 30 thành viên."),
    # 2100 is no leap year
    "nam_2100": ("Huyện ủy ban hành chương trình chuyển đổi số",
                 "Ngày cập nhật 10/03/2023\n\nThực hiện Chương trình số 19-CTr/HU ngày 29/02/2100 của Huyện ủy, "
                 "các chi bộ xây dựng kế hoạch chuyển đổi số trong năm."),
    # a month 13
    "thang_13": ("UBND huyện triển khai kế hoạch kiểm soát thủ tục hành chính",
                 "Ngày cập nhật 10/03/2023\n\nThực hiện Kế hoạch số 31/KH-UBND ngày 15/13/2021 của UBND huyện, "
                 "các xã rà soát thủ tục hành chính đang thực hiện."),
    # decoys: an undated article citing a past day, a dated one citing a day before it
    "khong_ngay": ("Xã Tân Lập rà soát hộ nghèo",
                   "Thực hiện Kế hoạch số 45/KH-UBND ngày 03/02/2023 của UBND xã Tân Lập, các thôn rà soát hộ "
                   "nghèo, hộ cận nghèo."),
    "dung_ngay": ("Xã Tân Lập tổng kết công tác dân vận",
                  "Ngày cập nhật 10/03/2023\n\nThực hiện Kế hoạch số 46/KH-UBND ngày 03/02/2023 của UBND xã Tân "
                  "Lập, các thôn báo cáo kết quả công tác dân vận."),
}


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    from govfacts.db.audit import run_audit

    folder = tmp_path_factory.mktemp("audit_dates")
    for name, (title, text) in AUDIT_CASES.items():
        (folder / f"{name}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    store = Store.open(f"sqlite:///{folder / 's.db'}")
    summary = ingest([str(folder)], store, jobs=1)
    assert summary.stored == len(AUDIT_CASES) and summary.failed == 0
    return {(f.code, f.subject): f for f in run_audit(store)}


def test_the_audit_reports_each_bad_date_and_nothing_else(audited):
    assert set(audited) == {("issued_after_ingest", "88/QĐ-UBND"), ("impossible_date", "19-CTr/HU"),
                            ("impossible_date", "31/KH-UBND")}


def test_an_issue_date_after_the_ingest_of_an_undated_article_is_an_error(audited):
    f = audited[("issued_after_ingest", "88/QĐ-UBND")]
    assert f.level == "error" and "12/05/2095" in f.message and "no date of its own" in f.message
    (e,) = f.evidence
    assert Path(e.source).stem == "tuong_lai" and e.published is None and e.claim == "issued 2095-05-12"


@pytest.mark.parametrize("subject,written,claim", [("19-CTr/HU", "29/02/2100", "issued 2100-02-29"),
                                                   ("31/KH-UBND", "15/13/2021", "issued 2021-13-15")])
def test_a_written_day_no_calendar_has_is_an_impossible_date(audited, subject, written, claim):
    f = audited[("impossible_date", subject)]
    assert f.level == "error" and written in f.message and f.evidence[0].claim == claim


def test_29_february_2100_is_read_as_a_date_that_does_not_exist():
    from govfacts.corpus.readers import make_article
    from govfacts.extraction.pipeline import Pipeline

    title, text = AUDIT_CASES["nam_2100"]
    out = Pipeline(["date", "document_ref"])(make_article(f"{title}\n\n{text}", "<test>"))
    (day,) = [f for f in out["facts"] if f["kind"] == "date" and f["span"]["text"].endswith("29/02/2100")]
    assert day["value"] == "2100-02-29" and day["valid"] is False
    (cite,) = [f for f in out["facts"] if f["kind"] == "document_ref"]
    assert cite["issued_on"] == "2100-02-29" and cite["valid"] is False
    (w,) = out["warnings"]
    assert w["code"] == "invalid_date" and w["span"]["text"].endswith("29/02/2100")


def test_a_month_13_in_an_issue_date_is_kept_invalid_and_warned_once():
    from govfacts.corpus.readers import make_article
    from govfacts.extraction.pipeline import Pipeline

    title, text = AUDIT_CASES["thang_13"]
    out = Pipeline(["date", "document_ref"])(make_article(f"{title}\n\n{text}", "<test>"))
    (cite,) = [f for f in out["facts"] if f["kind"] == "document_ref"]
    assert cite["issued_on"] == "2021-13-15" and cite["valid"] is False
    assert [w["code"] for w in out["warnings"]] == ["invalid_date"]
    # the date extractor reads months 1-12 only: "15/13" alone is a ratio, never a day
    assert not [f for f in out["facts"] if f["kind"] == "date" and "15/13" in f["span"]["text"]]


# --- 8. a filter value too long for any name is refused before a row is read ---------------

LONG = "Nguyễn Văn " * 4000  # 44,000 characters: SQLite's LIKE refused it, the word matches took a minute


@pytest.mark.parametrize("args,option", [
    (["documents", "--issuer", LONG], "--issuer"), (["documents", "--type", LONG], "--type"),
    (["documents", LONG, "--related"], "NUMBER"), (["documents", "--implements", LONG], "--implements"),
    (["documents", "--implements", "12/KH-UBND", "--place", LONG], "--place"),
    (["chairs", "--person", LONG], "--person"), (["chairs", "--place", LONG], "--place"),
    (["scores", "--place", LONG], "--place"), (["scores", "--index", LONG], "--index"),
    (["person", LONG], "NAME"), (["officials", "--place", LONG], "--place"),
    (["officials", "--title", LONG], "--title"), (["officials", "--org", LONG], "--org"),
    (["posts", "--place", LONG], "--place"), (["cites", LONG], "NUMBER"), (["facts", LONG], "ARTICLE"),
    (["show", LONG], "ARTICLE"),
], ids=lambda x: x if isinstance(x, str) else " ".join(a if len(a) < 40 else "LONG" for a in x))
def test_a_filter_value_over_the_limit_is_one_usage_error(seeded, args, option):
    from govfacts.db.filters import MAX_FILTER_CHARS

    res = CliRunner().invoke(cli, [*args, "--db", str(seeded)])
    assert res.exit_code == 2, res.output
    assert res.output.splitlines() == [f"Error: {option} is {len(LONG):,} characters long; a filter value holds "
                                       f"at most {MAX_FILTER_CHARS} characters"]


def test_a_filter_value_at_the_limit_is_a_query(seeded):
    from govfacts.db.filters import MAX_FILTER_CHARS

    res = CliRunner().invoke(cli, ["documents", "--issuer", "x" * MAX_FILTER_CHARS, "--db", str(seeded)])
    assert res.exit_code == 1 and res.output.strip() == "govfacts: no cited document matches"
