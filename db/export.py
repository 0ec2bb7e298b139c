"""The store's facts as one flat table, for people who analyse them in pandas or a spreadsheet.

One row a fact: the article it came from, its kind, span and quoted words, then the kind's
own fields as columns (a list or a mapping, such as an official's roles, as JSON text).
CSV is written with the standard library; Parquet with pyarrow (``pip install
'govfacts[parquet]'``), whose columns keep their types.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ArticleRow, FactRow
from .store import Store

BASE_COLUMNS = ["article_id", "source", "title", "published", "fact_id", "kind", "start", "end", "quote",
                "sentence", "extractor", "rule", "confidence"]
# Fields a fact carries for the record of its spans, not for analysis.
SKIPPED_FIELDS = {"mentions", "chair_evidence"}
BATCH = 2000


class ExportError(RuntimeError):
    """The export cannot be written (a missing library, an unwritable path)."""


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def fact_rows(store: Store, *, kind: str | None = None, limit: int | None = None) -> Iterator[dict]:
    """Every stored fact (or those of one ``kind``) as a flat dict, in article and text order."""
    query = (select(FactRow, ArticleRow).join(ArticleRow, FactRow.article_id == ArticleRow.id)
             .order_by(ArticleRow.published, ArticleRow.id, FactRow.start, FactRow.id))
    if kind:
        query = query.where(FactRow.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    with Session(store.engine) as s:
        for fact, art in s.execute(query.execution_options(yield_per=BATCH)):
            row = {"article_id": art.id, "source": art.source, "title": art.title, "published": art.published,
                   "fact_id": fact.local_id, "kind": fact.kind, "start": fact.start, "end": fact.end,
                   "quote": fact.quote, "sentence": fact.sentence, "extractor": fact.extractor,
                   "rule": fact.rule, "confidence": fact.confidence}
            for key, value in (fact.fields or {}).items():
                if key not in SKIPPED_FIELDS and key not in row:
                    row[key] = _cell(value)
            yield row


def columns_of(rows: list[dict]) -> list[str]:
    """The base columns, then every field column in the order first seen."""
    seen = dict.fromkeys(BASE_COLUMNS)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def write_csv(rows: Iterable[dict], path: Path | None, stream=None) -> int:
    """Write ``rows`` as CSV (UTF-8 with a BOM, so that spreadsheets read the marks) to
    ``path``, or to ``stream`` when no path is given. Returns the number of rows."""
    rows = list(rows)
    cols = columns_of(rows)
    out = stream if path is None else open(path, "w", encoding="utf-8-sig", newline="")
    try:
        writer = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if path is not None:
            out.close()
    return len(rows)


def write_parquet(rows: Iterable[dict], path: Path) -> int:
    """Write ``rows`` as one Parquet file; a column mixing numbers and text is stored as text."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("Parquet needs pyarrow: pip install 'govfacts[parquet]'") from exc
    rows = list(rows)
    cols = columns_of(rows)
    arrays = {}
    for col in cols:
        values = [row.get(col) for row in rows]
        try:
            arrays[col] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arrays[col] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    pq.write_table(pa.table(arrays), path)
    return len(rows)
