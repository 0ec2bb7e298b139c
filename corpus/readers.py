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
import logging
import os
from html.parser import HTMLParser
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import regex

from govfacts.extraction.date_grammar import DAY_DATE, date_parts, day_value
from govfacts.extraction.model import Article
from govfacts.extraction.text import CONTROL_RE, clean_text, line_spans, nfc
from govfacts.patterns import alternation, load

from .limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, megabytes

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
    """Files named, and article files found recursively below directories, in a stable order.
    A directory holding no article file is an error: a wrong path must not pass silently."""
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
            if not found:
                yield ReadError(str(path), f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) in this directory")
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
            yield from _guarded(read_file(item), str(item))


def _guarded(items: Iterator, source: str) -> Iterator:
    """``items``, with a reader bug turned into one error line: it must not stop the batch."""
    try:
        yield from items
    except Exception as exc:
        yield ReadError(source, f"cannot read ({type(exc).__name__}: {_first_line(exc)})")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def read_file(path: Path) -> Iterator[Article | ReadError | ReadNote]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl_file(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadError(str(path), f"file of {megabytes(size)} is over the limit of {megabytes(MAX_FILE_BYTES)} "
                                       "per article (corpus/limits.py); split it into articles")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    yield from read_data(data, str(path), html=path.suffix.lower() in (".html", ".htm"), jsonl=False)


STDIN = "<stdin>"  # the source of what ``govfacts extract -`` / ``ingest -`` read


def read_data(data: bytes, source: str = STDIN, *, html: bool = False,
              jsonl: bool | None = None) -> Iterator[Article | ReadError | ReadNote]:
    """The articles of bytes read whole (a file, standard input): JSON Lines when ``jsonl``
    (``None``: when the first character is "{"), else one page of HTML or plain text."""
    if jsonl is None:
        jsonl = data.lstrip()[:1] == b"{"
    if not jsonl and len(data) > MAX_FILE_BYTES:
        yield ReadError(source, f"input of {megabytes(len(data))} is over the limit of {megabytes(MAX_FILE_BYTES)} "
                                "per article (corpus/limits.py); split it into articles")
        return
    text, note = decode(data)
    if text is None:
        yield ReadError(source, note)
        return
    if note:
        yield ReadNote(source, note)
    if jsonl:
        yield from _jsonl_lines_of(text, source)
    elif html or looks_like_html(text):
        yield read_html(text, source)
    else:
        yield make_article(text, source)


def count_inputs(paths: Iterable[str | os.PathLike]) -> int:
    """How many results (articles or errors) reading ``paths`` gives, counted without reading
    an article: 1 a file, the non-blank lines of a .jsonl (a progress bar's total)."""
    total = 0
    for item in iter_paths(paths):
        if isinstance(item, ReadError) or item.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            total += max(_filled_lines(item), 1)
        except OSError:
            total += 1
    return total


def _filled_lines(path: Path, chunk: int = 1 << 20) -> int:
    """Non-blank lines of a file, read in chunks (a line of any length costs no memory)."""
    lines, filled = 0, False
    with path.open("rb") as f:
        while block := f.read(chunk):
            *ended, last = block.split(b"\n")
            for piece in ended:
                lines += filled or bool(piece.strip())
                filled = False
            filled = filled or bool(last.strip())
    return lines + filled


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one when the zero bytes
    say so); anything else is refused with a reason naming the likely encoding."""
    if not data.strip():
        return None, "empty file"
    if data[:2] in _UTF16_BOMS:
        try:
            return data.decode("utf-16"), "UTF-16 text, decoded (store files as UTF-8 to silence this)"
        except UnicodeDecodeError:
            return None, "not valid UTF-16 despite its byte-order mark"
    if b"\x00" in data[:4096]:
        order = _utf16_order(data)
        if order:
            return data.decode(f"utf-16-{order}"), (f"UTF-16 text without a byte-order mark ({order.upper()}), "
                                                    "decoded (store files as UTF-8 to silence this)")
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (invalid byte at offset {exc.start}){_legacy_hint(data)}"


def _utf16_order(data: bytes) -> str | None:
    """"le" or "be" when ``data`` reads as UTF-16 text without a BOM: zero bytes on one side of
    the pairs only (ASCII letters, digits and spaces), and no control character once decoded."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for order, highs, lows in (("le", odd, even), ("be", even, odd)):
        if lows.count(0) == 0 and highs.count(0) >= len(highs) * 0.3:
            try:
                text = data.decode(f"utf-16-{order}")
            except UnicodeDecodeError:
                return None
            return order if not CONTROL_RE.search(text) else None
    return None


# Letters only Vietnamese has, and the combining tones Windows-1258 writes after a letter.
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def _legacy_hint(data: bytes) -> str:
    """Which legacy code page the bytes look like, with the command that converts them."""
    for codec, name, looks in (("cp1258", "WINDOWS-1258", True), ("cp1252", "WINDOWS-1252", False)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if bool(_VIETNAMESE.search(text)) == looks:
            return f"; it looks like {name.title()}: convert it with iconv -f {name} -t UTF-8"
    return ""


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and ("<body" in head or "<head" in head or "<div" in head or "<p>" in head)
    )


def read_html(html: str, source: str) -> Article | ReadError:
    """Main text and metadata of a news page through trafilatura.

    A page nested deeper than lxml parses (255 levels) is read by :class:`_PlainText`
    instead; a page cut off while saving (it opens ``<html>`` and never closes it) and a page
    that is all site chrome are refused."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its "discarding data: None"
    truncated = _truncated(html)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return ReadError(source, f"cannot parse HTML ({type(exc).__name__})")
    meta = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    body = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    if not body:
        plain = _PlainText.read(html)
        if plain.depth > _LXML_DEPTH:
            title, body = title or plain.title, plain.text
    if not body:
        return ReadError(source, "no article text found in HTML" + (" (the page is truncated)" if truncated else
                                                                    " (empty or truncated page?)"))
    if truncated:
        return ReadError(source, "truncated HTML page (it opens <html> but never closes <body> or <html>); "
                                 "save the whole page again")
    if not _body_lines(body):
        return ReadError(source, "no article text in HTML (only site chrome)")
    lead = _lead_paragraph(meta.get("description"), title, body)
    if lead:
        body = f"{lead}\n\n{body}"
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published = meta.get("date") if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date") or "") else None
    return make_article(text, source, url=meta.get("url"), published=published)


_LXML_DEPTH = 255
_LEAD_MIN = 40  # characters: shorter descriptions are a site's tagline, not an article's lead


def _lead_paragraph(description: str | None, title: str, body: str) -> str | None:
    """The page's lead paragraph (the "sapo"), which portals print above the article's main
    element, where trafilatura does not look; its metadata ``description`` carries it. Kept
    when it is a sentence of its own: not the title, not a tagline, not already in the body."""
    lead = " ".join((description or "").split())
    if len(lead) < _LEAD_MIN or lead.rstrip(".… ") == title.rstrip(".… "):
        return None
    flat = " ".join(body.split())
    probe = lead.rstrip(".… ")[:80]
    return None if probe in flat else lead


def _truncated(html: str) -> bool:
    """Whether a whole page was cut off: it opens ``<html>`` and closes neither body nor page."""
    head = html[:2000].lower()
    tail = html[-4000:].lower()
    return "<html" in head and "</html>" not in tail and "</body>" not in tail


def _body_lines(body: str) -> list[tuple[int, int]]:
    """The lines of ``body`` that are not site chrome."""
    chrome = find_chrome(body)
    return [(s, e) for s, e in line_spans(body) if not any(cs <= s < ce for cs, ce in chrome)]


class _PlainText(HTMLParser):
    """Text of a page by plain tag stripping: no depth limit, no boilerplate detection
    beyond skipping scripts, styles, navigation, headers and footers."""

    SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select",
            "button", "svg", "iframe", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote",
             "table", "ul", "ol", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.depth = self._open = 0
        self._skip = 0
        self._in_title = False

    @classmethod
    def read(cls, html: str) -> "_PlainText":
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    @property
    def text(self) -> str:
        return "\n".join(" ".join(line.split()) for line in "".join(self.parts).split("\n") if line.strip())

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._skip += 1
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self._open += 1
            self.depth = max(self.depth, self._open)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        self._open = max(0, self._open - 1)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data.strip()
        elif not self._skip:
            self.parts.append(data)


def read_jsonl(text: str, source: str) -> Iterator[Article | ReadError]:
    """The articles of a decoded JSON Lines text (a Dask partition; files go through
    :func:`read_jsonl_file`, which streams)."""
    yield from _jsonl_lines_of(text, source)


def read_jsonl_file(path: Path) -> Iterator[Article | ReadError | ReadNote]:
    """A JSON Lines bundle read line by line: memory stays flat whatever the file's size, a
    line over :data:`MAX_FILE_BYTES` is skipped unread, and a bad line costs only itself."""
    try:
        f = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with f:
        if f.read(2) in _UTF16_BOMS:  # rare: decoded whole, as the other readers do
            f.seek(0)
            text, note = decode(f.read())
            if text is None:
                yield ReadError(str(path), note)
                return
            yield ReadNote(str(path), note)
            yield from _jsonl_lines_of(text, str(path))
            return
        f.seek(0)
        seen = False
        for lineno, raw, size in _bounded_lines(f, MAX_FILE_BYTES):
            where = f"{path}:{lineno}"
            if raw is None:
                seen = True
                yield ReadError(where, f"line of {megabytes(size)} is over the limit of {megabytes(MAX_FILE_BYTES)} "
                                       "per article (corpus/limits.py); split it into articles")
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            seen = True
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(where, f"not UTF-8 text (invalid byte at offset {exc.start} of the line)"
                                       f"{_legacy_hint(raw)}")
                continue
            yield from _guarded(_one(jsonl_article(line, where)), where)
        if not seen:
            yield ReadError(str(path), "empty file")


def _jsonl_lines_of(text: str, source: str) -> Iterator[Article | ReadError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            where = f"{source}:{lineno}"
            yield from _guarded(_one(jsonl_article(line, where)), where)


def _one(item):
    yield item


def _bounded_lines(f, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, size) of each line of the binary file ``f``; a line longer than
    ``limit`` comes as (number, None, size), read past in chunks, never held whole."""
    lineno = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while True:
                chunk = f.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, raw, len(raw)


# What each optional field of a JSON Lines article must be (``text`` is required).
_JSONL_FIELDS = ("title", "url", "published")
_JSON_TYPES = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def jsonl_article(line: str, where: str) -> Article | ReadError:
    """One JSON Lines article; a line that is not one is one error naming its field."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(where, f"not valid JSON ({exc.msg})")
    except RecursionError:
        return ReadError(where, "not valid JSON (nested too deep)")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return ReadError(where, "no 'text' field with article text")
    for name in _JSONL_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return ReadError(where, f"field '{name}' is {_JSON_TYPES.get(type(value), 'not text')}, not text")
    body = obj["text"].strip()
    if len(body) > MAX_ARTICLE_CHARS * 4:  # looks_like_html and trafilatura need not see it
        return _too_long(where, len(body))
    if looks_like_html(body):
        art = read_html(body, where)
        if isinstance(art, ReadError):
            return art
        body = art.text
    title = (obj.get("title") or "").strip()
    full = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published = obj.get("published")
    if published and not regex.fullmatch(r"\d{4}-\d{2}-\d{2}", published[:10]):
        published = None
    url = clean_text(obj.get("url") or "").strip() or None
    return make_article(full, where, url=url, published=published[:10] if published else None)


def _too_long(source: str, n: int) -> ReadError:
    return ReadError(source, f"article of {n:,} characters is over the limit of {MAX_ARTICLE_CHARS:,} "
                             "(corpus/limits.py); split it into articles")


def make_article(raw: str, source: str, *, url: str | None = None, published: str | None = None) -> Article | ReadError:
    """Normalise text, find the chrome, the title and the page's own date.

    The stored text is NFC with ``\n`` line ends, control characters cleaned
    (:func:`extract.text.clean_text`), each line's trailing whitespace dropped and no blank
    lines at either end: texts that differ only there are one article (one id)."""
    if len(raw) > MAX_ARTICLE_CHARS * 2:  # even the cleaned text would be over the limit
        return _too_long(source, len(raw))
    text = clean_text(nfc(raw.replace("\r\n", "\n").replace("\r", "\n")))
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if not text.strip():
        return ReadError(source, "empty article")
    if len(text) > MAX_ARTICLE_CHARS:
        return _too_long(source, len(text))
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
    from govfacts.extraction.date_grammar import cites_document

    return cites_document(line)


def portal_date(line: str) -> str | None:
    """The page's date on a header line in a form portals and WordPress print ("7 Tháng 3 2016",
    "21 thg 4, 2017", "Tháng Mười Một 14, 2018, 09:20", "date 2026-01-26"): the date rules
    (patterns/date_rules.yaml, ``page_date_*``) find the candidate, dateparser reads it."""
    from govfacts.extraction.date_grammar import page_date_candidates

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
