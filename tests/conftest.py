"""Shared fixtures: the shared data folder beside the project, and small stores."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SEEDS = ROOT / "corpus" / "seeds"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not beside the project")


@pytest.fixture(scope="session")
def pipeline():
    from extract.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'facts.db'}"
