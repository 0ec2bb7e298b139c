"""The store in Datasette: metadata (descriptions, facets, full-text search, canned queries),
the browsing views, and the plugin with the article page, all shipped in this package.

``govfacts serve`` is :func:`build` plus uvicorn; by hand it is the same as::

    datasette serve govfacts.db --metadata db/datasette/metadata.yaml \\
        --plugins-dir db/datasette/plugins

(the store file named ``govfacts.db``, as the metadata keys it ``govfacts``).
"""
from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yaml"
PLUGINS_DIR = HERE / "plugins"
DB_NAME = "govfacts"
# Canned queries answer in well under a second on 1,000 articles; the limits leave room for
# larger stores without cutting a facet off.
SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50}


def load_metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def build(path: str | Path):
    """A Datasette instance serving the SQLite store at ``path`` as the database ``govfacts``.

    The caller runs ``await ds.invoke_startup()`` (computes the audit) before serving.
    """
    from datasette.app import Datasette

    from govfacts.db.store import read_only

    # A store on a read-only disk is opened immutable: SQLite cannot make its -shm file there.
    files = {"immutables": [str(path)]} if read_only(str(path)) else {"files": [str(path)]}
    ds = Datasette(metadata=load_metadata(), plugins_dir=str(PLUGINS_DIR), settings=SETTINGS, **files)
    name, db = next((n, d) for n, d in ds.databases.items() if not n.startswith("_") and not d.is_memory)
    if name != DB_NAME:
        ds.remove_database(name)
        ds.add_database(db, name=DB_NAME)
    return ds
