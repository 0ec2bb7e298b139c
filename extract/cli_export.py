"""``govfacts export``: every stored fact as one flat table, CSV or Parquet (db/export.py).

    govfacts export --out facts.parquet                 for pandas: pd.read_parquet("facts.parquet")
    govfacts export --kind score --format csv > s.csv   a spreadsheet (UTF-8 with a BOM in a file)
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_common import db_option, fail, open_store
from .cli_facts import FACT_KINDS


@click.command()
@db_option
@click.option("--kind", type=click.Choice(FACT_KINDS), help="Only facts of this kind.")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Only the first N facts.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default=None,
              help="csv or parquet (pip install 'govfacts[parquet]') [default: from --out's suffix, else csv].")
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default=None,
              help="The file to write [default: standard output, csv only].")
def export(db: str | None, kind: str | None, limit: int | None, fmt: str | None, out: Path | None) -> None:
    """Write every stored fact (a row each: article, kind, span, quote, sentence, then the
    kind's fields as columns; lists as JSON text) as CSV or Parquet.

    \b
    Exit status: 0 with facts written, 1 with none (the file still gets its header), 2 for a
    usage error (Parquet to standard output, a missing or foreign --db).
    """
    from govfacts.db.export import ExportError, fact_rows, write_csv, write_parquet

    if out is not None and str(out) == "-":
        out = None
    fmt = fmt or ("parquet" if out is not None and out.suffix.lower() == ".parquet" else "csv")
    if fmt == "parquet" and out is None:
        raise click.BadParameter("Parquet is written to a file: give --out PATH", param_hint="--format")
    store = open_store(db)
    rows = fact_rows(store, kind=kind, limit=limit)
    try:
        if fmt == "parquet":
            n = write_parquet(rows, out)
        elif out is None:
            n = write_csv(rows, None, sys.stdout)
        else:
            n = write_csv(rows, out)
    except ExportError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}")
    where = f" to {out}" if out is not None else ""
    click.echo(f"govfacts: {n} fact{'s' if n != 1 else ''} written{where}", err=True)
    if not n:
        sys.exit(1)
