"""What a reader yields besides articles: a file it cannot read (one line naming the file
and the problem) and a note; and the guard that turns a reader's exception into one."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .limits import MAX_ARTICLE_CHARS

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


def guarded(items: Iterator, source: str) -> Iterator:
    """``items``, with a reader bug turned into one error line: it must not stop the batch."""
    try:
        yield from items
    except Exception as exc:
        yield ReadError(source, f"cannot read ({type(exc).__name__}: {first_line(exc)})")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def too_long(source: str, n: int) -> ReadError:
    return ReadError(source, f"article of {n:,} characters is over the limit of {MAX_ARTICLE_CHARS:,} "
                             "(corpus/limits.py); split it into articles")
