"""The ``govfacts`` command line: a thin layer over the pipeline and the store.

This module only gathers the commands, each defined in a module of its own (extract/cli_*.py)
on the shared helpers of extract/cli_common.py and the one writer of extract/cli_output.py;
none of them imports this one.
"""
from __future__ import annotations

import click

from .cli_audit import audit, documents
from .cli_db import db
from .cli_export import export
from .cli_facts import cites, facts
from .cli_ingest import extract, ingest
from .cli_meetings import chairs
from .cli_people import officials, person
from .cli_relations import posts
from .cli_scores import scores
from .cli_view import serve, show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govfacts")
def cli() -> None:
    """Facts with provenance from Vietnamese government news.

    Every query command (chairs, cites, documents, facts, officials, person, posts, scores,
    audit) takes --format table|json|csv and --limit N, and exits 0 with results, 1 with
    none (audit: with findings), 2 for a usage error.
    """


for command in (extract, ingest, facts, cites, documents, audit, chairs, person, officials, posts, scores,
                export, show, serve, db):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="govfacts")


if __name__ == "__main__":  # pragma: no cover
    main()
