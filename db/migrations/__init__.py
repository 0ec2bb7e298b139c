"""Schema migrations (Alembic) for the fact store, found from the package, not the CWD.

A store's schema has a revision (table ``alembic_version``); the revisions are the files in
``db/migrations/versions``.  :func:`prepare` brings a store to the models:

* a fresh database: ``create_all`` and stamp the head revision (no migrations to replay);
* a govfacts store from before migrations (``govfacts_meta`` but no ``alembic_version``):
  it holds :data:`BASELINE`; stamped, then upgraded like any older store;
* an older store: upgraded when opened for writing (``govfacts ingest``, ``govfacts db
  upgrade``); a reader (``facts``, ``cites`` ...) never changes it and says, in one line,
  "run 'govfacts db upgrade'";
* a store from a newer govfacts (a revision this version does not know): refused.

Everything runs in one transaction holding a lock — ``pg_advisory_xact_lock`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite — so two writers opening the same fresh or
older store at once prepare it once; the second finds it ready.

New revision after a change to db/models.py: ``govfacts db revision -m "what changed"``
(autogenerate against a scratch SQLite database upgraded to the current head).
"""
from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent
# The schema of govfacts stores written before migrations existed (commit bbd4f3c).
BASELINE = "0001"
# Any fixed 64-bit number: the advisory lock guarding schema changes on PostgreSQL.
_PG_LOCK_KEY = 0x676F76666163  # "govfac"


class SchemaError(RuntimeError):
    """The store's schema cannot be used as it is; ``str`` is one line for the user."""


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    return script().get_current_head()


@contextlib.contextmanager
def schema_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other govfacts process can prepare the schema in
    at the same time; committed on success."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        elif conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn
        conn.commit()


def current(conn: Connection) -> str | None:
    """The store's revision: from ``alembic_version``, else :data:`BASELINE` for a pre-migration
    govfacts store, else None (no govfacts tables)."""
    rev = MigrationContext.configure(conn).get_current_revision()
    if rev is None and "govfacts_meta" in inspect(conn).get_table_names():
        return BASELINE
    return rev


@dataclass
class Prepared:
    """What :func:`prepare` did: ``created`` a fresh store, or ``upgraded`` it from a revision."""

    revision: str
    created: bool = False
    upgraded_from: str | None = None


def prepare(engine: Engine, where: str, *, write: bool) -> Prepared:
    """Create, check or upgrade the schema of the store at ``engine`` (see the module doc)."""
    from govfacts.db.models import Base, Meta, SCHEMA_VERSION

    want = head()
    with engine.connect() as conn:  # the common case, a store at head, takes no lock
        if current(conn) == want:
            return Prepared(want)
    if not write:
        with engine.connect() as conn:
            have = current(conn)
        _check_known(have, where)
        raise SchemaError(f"{where}: the store's schema (revision {have}) is older than this govfacts "
                          f"({want}): run 'govfacts db upgrade --db ...' (or ingest into it)")
    with schema_lock(engine) as conn:
        have = current(conn)
        if have == want:
            return Prepared(want)
        if have is None:
            Base.metadata.create_all(conn)
            conn.execute(Meta.__table__.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
            _run(conn, lambda cfg: command.stamp(cfg, want))
            return Prepared(want, created=True)
        _check_known(have, where)
        if MigrationContext.configure(conn).get_current_revision() is None:
            _run(conn, lambda cfg: command.stamp(cfg, have))
        _run(conn, lambda cfg: command.upgrade(cfg, want))
        return Prepared(want, upgraded_from=have)


def _check_known(rev: str | None, where: str) -> None:
    try:
        known = rev is not None and script().get_revision(rev) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        raise SchemaError(f"{where}: the store's schema (revision {rev}) is newer than this govfacts; "
                          "upgrade govfacts to use it")


def _run(conn: Connection, step) -> None:
    step(config(conn))


# Tables the store keeps outside the models, which migrations neither compare nor drop:
# SQLite's full-text index of the articles and its shadow tables (db/store.py ensure_fulltext).
UNMODELLED_PREFIXES = ("articles_fts",)


def include_name(name: str | None, type_: str, _parent: dict) -> bool:
    return not (type_ == "table" and name and name.startswith(UNMODELLED_PREFIXES))



def new_revision(message: str) -> Path | None:
    """Write ``versions/NNNN_<message>.py`` from what the models add to the current head,
    compared on a scratch SQLite store; None when the models match the head already."""
    import re
    import tempfile

    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory(prefix="govfacts-revision-") as tmp:
        engine = create_engine(f"sqlite:///{tmp}/scratch.db")
        with engine.begin() as conn:
            _run(conn, lambda cfg: command.upgrade(cfg, "head"))
        with engine.begin() as conn:
            cfg = config(conn)
            number = f"{int(head()) + 1:04d}"
            slug = re.sub(r"\W+", "_", message.lower()).strip("_")[:40] or "revision"
            cfg.set_main_option("file_template", f"%%(rev)s_{slug}")
            written = command.revision(cfg, message=message, autogenerate=True, rev_id=number,
                                       process_revision_directives=_skip_empty)
        engine.dispose()
    return Path(written.path) if written else None


def _skip_empty(_context, _revision, directives) -> None:
    if directives and directives[0].upgrade_ops.is_empty():
        directives[:] = []
