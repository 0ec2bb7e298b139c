"""The one writer of every query command: ``--format table|json|csv`` and ``--limit``.

A command hands over its results (the records the Python API returns), how to flatten one
into table rows, and its columns; this module does the rest the same way everywhere:

* ``table``: a header naming the columns (the CSV header's names), then one aligned line a
  row; a long cell is cut with "…", a sentence is cut around the words of the fact, «marked»;
* ``csv``: the same columns, every cell whole (the full sentence);
* ``json``: one JSON object a result, nested as the Python API gives it.

No result is one line on standard error and exit status 1, whatever the format (a CSV still
gets its header), so a script can tell "nothing" from "something".
"""
from __future__ import annotations

import csv
import inspect
import io
import json
import sys
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Callable, Iterable, Iterator

import click

from .terminal import shown

FORMATS = ("table", "json", "csv")
CONTEXT = 60  # characters of a sentence kept on each side of the fact's words in a table
CELL = 36  # widest cell of a table column (but the last), before it is cut


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="table to read; csv (one row a line, whole sentences) or json (one result "
                             "a line) for tools.")(fn)


def limit_option(fn):
    return click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Only the first N results.")(fn)


# What every query's --help ends with (click keeps a paragraph after \b as written).
EXIT_CODES = ("\b\nExit status: 0 with results, 1 with none, 2 for a usage error\n"
              "(a bad option or value, a missing or foreign --db).")


def query_command(fn):
    """``--format`` and ``--limit``, and the exit codes in the help (``fn.__doc__``) unless it
    says its own (audit)."""
    if "Exit status" not in (fn.__doc__ or ""):
        fn.__doc__ = inspect.cleandoc(fn.__doc__ or "") + "\n\n" + EXIT_CODES
    return format_option(limit_option(fn))


@dataclass(frozen=True)
class Column:
    """One column: ``name`` heads it in the table and the CSV; ``cut`` says how a table cuts a
    long cell: "right" (keep the start), "name" (a path's last part), "none"; a column with
    ``around`` is a sentence, cut around the row's value of that key; ``table=False``: in
    the CSV only (the table stays narrow)."""

    name: str
    cut: str = "right"
    around: str | None = None
    table: bool = True


def trim_around(sentence: str, quote: str, context: int = CONTEXT) -> str:
    """The sentence on one line around the quoted words, «marked», cut to ``context``
    characters on each side at a word boundary."""
    sentence, quote = " ".join((sentence or "").split()), " ".join((quote or "").split())
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return sentence if len(sentence) <= 2 * context else sentence[:2 * context].rsplit(" ", 1)[0] + "…"
    left, right = sentence[:at], sentence[at + len(quote):]
    if len(left) > context:
        left = "…" + left[-context:].split(" ", 1)[-1]
    if len(right) > context:
        right = right[:context].rsplit(" ", 1)[0] + "…"
    return f"{left}«{quote}»{right}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split()) if "\n" in str(value) else str(value)


def _cut(text: str, how: str, width: int = CELL) -> str:
    if how == "name":
        text = PurePath(text).name if text else text
    if how == "none" or len(text) <= width:
        return text
    return text[:width - 1] + "…"


def table_cells(columns: list[Column], row: dict) -> list[str]:
    cells = []
    for col in columns:
        value = row.get(col.name)
        if col.around is not None:
            anchor = row.get(col.around)
            if isinstance(anchor, (list, tuple)):  # the first of several (chairs)
                anchor = anchor[0] if anchor else ""
            cells.append(trim_around(_text(value), _text(anchor)))
        else:
            cells.append(_cut(_text(value), col.cut) or "-")
    return cells


def table_lines(columns: list[Column], rows: list[dict]) -> Iterator[str]:
    """Aligned columns under a header; the last column is not padded."""
    columns = [c for c in columns if c.table]
    lines = [[c.name for c in columns]] + [table_cells(columns, r) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(columns))]
    for line in lines:
        yield "  ".join([cell.ljust(w) for cell, w in zip(line[:-1], widths)] + line[-1:]).rstrip()


def csv_lines(columns: list[Column], rows: list[dict]) -> Iterator[str]:
    """The header, then one line a row, each cell whole (a list as "a; b")."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c.name for c in columns])
    for r in rows:
        w.writerow([_text(r.get(c.name)) for c in columns])
    yield from buf.getvalue().splitlines()


def emit(results: Iterable[Any], *, fmt: str, limit: int | None, columns: list[Column],
         rows: Callable[[Any], Iterable[dict]] = lambda r: [r],
         as_json: Callable[[Any], dict] = lambda r: r, none: str = "nothing matches",
         exit_when_none: bool = True) -> int:
    """Write ``results`` (at most ``limit`` of them) in ``fmt``; ``rows`` flattens one result
    into table/CSV rows, ``as_json`` gives its JSON object. With none: ``none`` on standard
    error and exit 1 (unless ``exit_when_none`` is false). Returns how many were written."""
    results = list(results)
    if limit is not None:
        results = results[:limit]
    if fmt == "json":
        lines: Iterable[str] = (json.dumps(as_json(r), ensure_ascii=False) for r in results)
    else:
        flat = [row for r in results for row in rows(r)]
        lines = csv_lines(columns, flat) if fmt == "csv" else table_lines(columns, flat) if flat else ()
    for line in lines:
        click.echo(shown(line))
    if not results and exit_when_none:
        click.echo(shown(f"govfacts: {none}"), err=True)
        sys.exit(1)
    return len(results)
