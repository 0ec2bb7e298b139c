"""Shared fixtures: the shared data folder beside the project, and small stores."""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

try:  # the package map of setup.cfg: an install made before it does not know these names
    import govfacts.extraction  # noqa: F401
except ImportError as exc:  # pragma: no cover
    raise pytest.UsageError(f"{exc}: the install is older than setup.cfg; run make install "
                            "(or .venv/bin/pip install -e '.[test,dask]')") from None

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SEEDS = ROOT / "corpus" / "seeds"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not beside the project")


@pytest.fixture(scope="session")
def pipeline():
    from govfacts.extraction.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'facts.db'}"


# PostgreSQL for the store tests: a server URL in GOVFACTS_TEST_PG (``eval "$(.ci/postgres.sh
# start)"`` starts a throwaway one).  Without it those tests skip, except in CI (CI=true),
# where a missing server is a failure.
PG_URL = os.environ.get("GOVFACTS_TEST_PG", "")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
NO_PG = "no PostgreSQL: set GOVFACTS_TEST_PG (eval \"$(.ci/postgres.sh start)\")"


def _fresh_pg_database() -> Iterator[str]:
    """A new, empty database on the test server for one test, dropped after it."""
    if not PG_URL:
        if IN_CI:
            pytest.fail(f"CI must test PostgreSQL: {NO_PG}")
        pytest.skip(NO_PG)
    from sqlalchemy import create_engine, make_url, text

    name = f"govfacts_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:
    """An empty store's URL, once on SQLite and once on PostgreSQL (a fresh database each)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'facts.db'}"
    else:
        yield from _fresh_pg_database()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database's URL, for tests only PostgreSQL can run (many writers)."""
    yield from _fresh_pg_database()
