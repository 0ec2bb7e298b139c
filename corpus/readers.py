"""Readers: files, directories and JSON Lines bundles in, :class:`Article` objects out.

* plain text: the first line is the title (as in the seeds);
* HTML: main text and metadata through trafilatura (title, date);
* JSON Lines: one article per line with ``text``, ``title``, ``url``, ``published``.

Text is stored NFC-normalised with ``\\n`` line ends, and every offset indexes it.  Bad
input never raises: it yields a :class:`ReadError` whose ``str`` is one line naming the
file and the problem, and the other files go on.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from govfacts.extraction.model import Article

from .article_text import find_chrome, make_article  # noqa: F401 (find_chrome: the readers' API)
from .decoding import decode
from .html_reader import looks_like_html, read_html
from .jsonl_reader import jsonl_lines, read_jsonl, read_jsonl_file  # noqa: F401 (read_jsonl: the readers' API)
from .limits import MAX_FILE_BYTES, megabytes
from .read_errors import ReadError, ReadNote, guarded

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


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
            yield from guarded(read_file(item), str(item))


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
        yield from jsonl_lines(text, source)
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
