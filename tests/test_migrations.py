"""Schema migrations: the head revision builds exactly the models, older stores are upgraded
(not rebuilt) keeping their data, readers never change a store, and many writers opening one
fresh store at once create it once.  On SQLite and on PostgreSQL."""
import threading

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.orm import Session

from govfacts.db.migrations import BASELINE, config, head, include_name, schema_lock
from govfacts.db.models import Base, FactRow
from govfacts.db.store import Store, StoreError
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest

from .conftest import SEEDS


def migrate(url: str, target: str, *, down: bool = False) -> None:
    engine = create_engine(url)
    with schema_lock(engine) as conn:
        (command.downgrade if down else command.upgrade)(config(conn), target)
    engine.dispose()


def schema_diff(url: str) -> list:
    engine = create_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    return diff


def make_pre_migration(url: str) -> None:
    """The store govfacts wrote before migrations existed: the baseline schema, no revision table."""
    migrate(url, BASELINE, down=True)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()


def audit_columns(store: Store) -> list[tuple]:
    with Session(store.engine) as s:
        return s.execute(select(FactRow.local_id, FactRow.article_id, FactRow.issued_on, FactRow.date_valid,
                                FactRow.number_year, FactRow.type_word)
                         .where(FactRow.kind == "document_ref").order_by(FactRow.article_id, FactRow.local_id)).all()


def test_the_migrations_build_exactly_the_models(store_url):
    """Fails when db/models.py changed without a revision: run ``govfacts db revision -m ...``."""
    migrate(store_url, "head")
    assert schema_diff(store_url) == []


def test_a_fresh_store_is_made_from_the_models_and_stamped_head(store_url):
    store = Store.open(store_url)
    assert store.prepared.created and store.prepared.revision == head()
    assert schema_diff(store_url) == []


def test_a_pre_migration_store_is_upgraded_keeping_its_data(store_url):
    store = Store.open(store_url)
    ingest([str(SEEDS)], store, jobs=1)
    before = audit_columns(store)
    assert any(row[2] for row in before)  # some citations carry an issue date
    store.engine.dispose()
    make_pre_migration(store_url)
    assert "issued_on" not in {c["name"] for c in inspect(create_engine(store_url)).get_columns("facts")}

    with pytest.raises(StoreError, match="older than this govfacts .*govfacts db upgrade"):
        Store.open(store_url, create=False)  # a reader changes nothing
    res = CliRunner().invoke(cli, ["db", "upgrade", "--db", store_url])
    assert res.exit_code == 0 and f"from revision {BASELINE} to {head()}" in res.output, res.output
    upgraded = Store.open(store_url, create=False)
    assert audit_columns(upgraded) == before  # the columns are back, filled from the facts' fields
    with Session(upgraded.engine) as s:
        assert s.scalar(select(func.count()).select_from(FactRow)) > 0
    assert schema_diff(store_url) == []


def test_a_writer_upgrades_a_store_that_already_had_the_columns(store_url):
    """Stores written by 81ad992 gained the audit columns on open, without a revision table."""
    Store.open(store_url).engine.dispose()
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    store = Store.open(store_url)
    assert store.prepared.upgraded_from == BASELINE and store.prepared.revision == head()


def test_a_store_from_a_newer_govfacts_is_refused(store_url):
    Store.open(store_url).engine.dispose()
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    for create in (True, False):
        with pytest.raises(StoreError, match="newer than this govfacts"):
            Store.open(store_url, create=create)


def test_writers_opening_one_fresh_store_at_once_create_it_once(store_url):
    results, errors = [], []
    start = threading.Barrier(6)

    def open_it():
        start.wait()
        try:
            store = Store.open(store_url)
            results.append(store.prepared)
            store.engine.dispose()
        except Exception as exc:  # collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(p.created for p in results) == 1 and {p.revision for p in results} == {head()}


def test_db_current_reports_without_changing(store_url, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # the migrations are found from the package, not the CWD
    Store.open(store_url).engine.dispose()
    make_pre_migration(store_url)
    res = CliRunner().invoke(cli, ["db", "current", "--db", store_url])
    assert res.exit_code == 0 and f"store: {BASELINE}" in res.output and "govfacts db upgrade" in res.output
    res = CliRunner().invoke(cli, ["db", "current", "--db", store_url])
    assert f"store: {BASELINE}" in res.output  # still: current changed nothing
