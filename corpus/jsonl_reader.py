"""JSON Lines bundles: one article per line (``text``, ``title``, ``url``, ``published``), read
line by line so that a bundle of any size keeps one article in memory."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import regex

from govfacts.extraction.model import Article
from govfacts.extraction.text import clean_text

from .article_text import make_article
from .decoding import UTF16_BOMS, decode, legacy_hint
from .html_reader import looks_like_html, read_html
from .limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, megabytes
from .read_errors import ReadError, ReadNote, guarded, too_long

def read_jsonl(text: str, source: str) -> Iterator[Article | ReadError]:
    """The articles of a decoded JSON Lines text (a Dask partition; files go through
    :func:`read_jsonl_file`, which streams)."""
    yield from jsonl_lines(text, source)


def read_jsonl_file(path: Path) -> Iterator[Article | ReadError | ReadNote]:
    """A JSON Lines bundle read line by line: memory stays flat whatever the file's size, a
    line over :data:`MAX_FILE_BYTES` is skipped unread, and a bad line costs only itself."""
    try:
        f = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with f:
        if f.read(2) in UTF16_BOMS:  # rare: decoded whole, as the other readers do
            f.seek(0)
            text, note = decode(f.read())
            if text is None:
                yield ReadError(str(path), note)
                return
            yield ReadNote(str(path), note)
            yield from jsonl_lines(text, str(path))
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
                                       f"{legacy_hint(raw)}")
                continue
            yield from guarded(_one(jsonl_article(line, where)), where)
        if not seen:
            yield ReadError(str(path), "empty file")


def jsonl_lines(text: str, source: str) -> Iterator[Article | ReadError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            where = f"{source}:{lineno}"
            yield from guarded(_one(jsonl_article(line, where)), where)


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
        return too_long(where, len(body))
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
