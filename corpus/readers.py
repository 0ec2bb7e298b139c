"""Readers: files, directories and JSON Lines bundles in, :class:`Article` objects out.

* plain text: the first line is the title (as in the seeds);
* HTML: main text and metadata through trafilatura (title, date);
* JSON Lines: one article per line with ``text``, ``title``, ``url``, ``published``.

Text is stored NFC-normalised with ``\\n`` line ends, and every offset indexes it.  Bad
input never raises: it yields a :class:`ReadError` whose ``str`` is one line naming the
file and the problem, and the other files go on.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import regex

from extract.dates import DAY_DATE, date_parts, day_value
from extract.model import Article
from extract.text import line_spans, nfc
from patterns import alternation, load

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


@dataclass
class ReadError:
    """One unreadable input: ``path`` and a one-line ``problem``."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class ReadNote:
    """Something the user should know about an input that was still read (e.g. UTF-16)."""

    path: str
    note: str

    def __str__(self) -> str:
        return f"{self.path}: {self.note}"


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | ReadError]:
    """Files named, and article files found recursively below directories, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            try:
                found = sorted(
                    f for f in path.rglob("*")
                    if f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".")
                    and not any(part.startswith(".") for part in f.relative_to(path).parts[:-1])
                )
            except OSError as exc:
                yield ReadError(str(path), f"cannot list directory ({exc.strerror})")
                continue
            yield from found
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Article | ReadError | ReadNote]:
    """Every article under ``paths``; unreadable inputs come out as :class:`ReadError`."""
    for item in iter_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[Article | ReadError | ReadNote]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    text, note = decode(data)
    if text is None:
        yield ReadError(str(path), note)
        return
    if note:
        yield ReadNote(str(path), note)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(text, str(path))
    elif suffix in (".html", ".htm") or looks_like_html(text):
        yield from _one(read_html(text, str(path)))
    else:
        yield from _one(make_article(text, str(path)))


def _one(item):
    yield item


def decode(data: bytes) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with a reason."""
    if not data.strip():
        return None, "empty file"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "UTF-16 text, decoded (store files as UTF-8 to silence this)"
        except UnicodeDecodeError:
            return None, "not valid UTF-16 despite its byte-order mark"
    if b"\x00" in data[:4096]:
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            data.decode("cp1258")
            hint = "; if it is Windows-1258, convert it: iconv -f WINDOWS-1258 -t UTF-8"
        except UnicodeDecodeError:
            pass
        return None, f"not UTF-8 text (invalid byte at offset {exc.start}){hint}"


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and ("<body" in head or "<head" in head or "<div" in head or "<p>" in head)
    )


def read_html(html: str, source: str) -> Article | ReadError:
    """Main text and metadata of a news page through trafilatura."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return ReadError(source, f"cannot parse HTML ({type(exc).__name__})")
    if doc is None:
        return ReadError(source, "no article text found in HTML (empty or truncated page?)")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    body = (meta.get("text") or "").strip()
    if not body:
        return ReadError(source, "no article text found in HTML (empty or truncated page?)")
    title = (meta.get("title") or "").strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published = meta.get("date") if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date") or "") else None
    return make_article(text, source, url=meta.get("url"), published=published)


def read_jsonl(text: str, source: str) -> Iterator[Article | ReadError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield ReadError(where, "no 'text' field with article text")
            continue
        body = obj["text"].strip()
        if looks_like_html(body):
            art = read_html(body, where)
            if isinstance(art, ReadError):
                yield art
                continue
            body = art.text
        title = (obj.get("title") or "").strip()
        full = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        published = obj.get("published")
        if published and not regex.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)[:10]):
            published = None
        yield make_article(full, where, url=obj.get("url"), published=str(published)[:10] if published else None)


def make_article(raw: str, source: str, *, url: str | None = None, published: str | None = None) -> Article | ReadError:
    """Normalise text, find the chrome, the title and the page's own date."""
    text = nfc(raw.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
    if not text.strip():
        return ReadError(source, "empty article")
    chrome = find_chrome(text)
    art = Article(text=text, source=source, url=url, chrome=chrome)
    all_lines = line_spans(text)
    lines = [(s, e) for s, e in all_lines if not art.in_chrome(s, e)]
    if not lines:
        return ReadError(source, "no article text (only site chrome)")
    art.title = text[lines[0][0]:lines[0][1]].strip()
    # The date line may sit on a chrome line ("25/04/2024 14:31 Lượt xem: 239"): search every
    # line before the chrome tail, starting from the title.
    tail = min((s for s, e in chrome if e == len(text)), default=len(text))
    head = [(s, e) for s, e in all_lines if lines[0][0] <= s < tail]
    art.published = published or find_published(text, head)
    return art


@lru_cache(maxsize=None)
def _chrome_rules():
    rules = load("chrome")
    tail = {_line_key(t) for t in rules["tail"]}
    single = {_line_key(t) for t in rules["lines"]}
    pats = [regex.compile(p, regex.IGNORECASE) for p in rules["line_patterns"]]
    return tail, single, pats


def _line_key(line: str) -> str:
    return " ".join(line.strip(" |•-–:").lower().split())


# A tail marker ("Tin liên quan") ends the article only once some body text came before it.
_MIN_BODY_BEFORE_TAIL = 80


def find_chrome(text: str) -> list[tuple[int, int]]:
    """Character ranges of site chrome (patterns/chrome.yaml)."""
    tail, single, pats = _chrome_rules()
    ranges: list[tuple[int, int]] = []
    body_seen = 0
    for s, e in line_spans(text):
        line = text[s:e]
        key = _line_key(line)
        if key in tail and body_seen >= _MIN_BODY_BEFORE_TAIL:
            ranges.append((s, len(text)))
            break
        if key in single or key in tail or any(p.search(line.strip()) for p in pats):
            ranges.append((s, e))
        else:
            body_seen = max(body_seen, len(line))
    return ranges


_DATELINE_MAX = 60
_HEADER_LINES = 6


@lru_cache(maxsize=None)
def _published_markers() -> regex.Pattern:
    words = load("date_words")
    return regex.compile(
        rf"{alternation(words['published_markers'])}\s*:?\s*(?:{alternation(words['weekdays'])},?\s*)?",
        regex.IGNORECASE,
    )


def find_published(text: str, lines: list[tuple[int, int]]) -> str | None:
    """The page's own date: after a marker ("Ngày cập nhật 15/01/2024") or on a short dateline
    near the top ("Thứ Năm, 17/07/2025", "06/02/2024 - 11:06")."""
    markers = _published_markers()
    for s, e in lines[:15]:
        line = text[s:e]
        m = markers.search(line)
        if m:
            d = DAY_DATE.match(line, m.end())
            if d and (v := _valid(d)):
                return v
    for s, e in lines[1:1 + _HEADER_LINES]:
        line = text[s:e].strip()
        if len(line) <= _DATELINE_MAX and not line.endswith(".") and not _cites_document(line):
            for d in DAY_DATE.finditer(line):
                if v := _valid(d):
                    return v
        if v := portal_date(text[s:e]):
            return v
    return None


# ---- page date lines in portal and WordPress forms (dates helper) -----------------------------
def _cites_document(line: str) -> bool:
    """A body line citing a document ("Quyết định số 1234/QĐ-UBND ngày 05/3/2023") is no date
    line: its day is the document's, not the page's."""
    from extract.dates import cites_document

    return cites_document(line)


def portal_date(line: str) -> str | None:
    """The page's date on a header line in a form portals and WordPress print ("7 Tháng 3 2016",
    "21 thg 4, 2017", "Tháng Mười Một 14, 2018, 09:20", "date 2026-01-26"): the date rules
    (patterns/date_rules.yaml, ``page_date_*``) find the candidate, dateparser reads it."""
    from extract.dates import page_date_candidates

    for candidate in page_date_candidates(line):
        import dateparser

        got = dateparser.parse(candidate, languages=["vi"],
                               settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})
        if got is not None:
            return got.date().isoformat()
    return None


def _valid(m: regex.Match) -> str | None:
    """An existing day with its year written, else None."""
    day, month, year = date_parts(m)
    if year is None or not 1 <= month <= 12:
        return None
    value, ok = day_value(day, month, year)
    return value if ok else None
