from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.base.loader import DATA_DIR
from knowledge.engine import Engine, default_engine

SEEDS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return default_engine()


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge base, for tests that break or extend it."""
    target = tmp_path / "kb"
    shutil.copytree(DATA_DIR, target)
    return target
