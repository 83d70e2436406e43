"""Shared fixtures: one real build of the seed corpus per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_DOCUMENTS = ROOT / "data" / "documents"
SEED_GOLD = Path(__file__).parent / "data" / "seed-gold"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """`milcoop build` of the bundled seed corpus, without curation, into a temp dist/."""
    from milcoop.build import build

    out = tmp_path_factory.mktemp("dist")
    result = build(SEED_DOCUMENTS, out, curation_dir=None)
    assert result.conforms, "the seed build must conform to the shapes"
    return result, out


@pytest.fixture(scope="session")
def seed_dist(seed_build) -> Path:
    return seed_build[1]


@pytest.fixture
def documents_copy(tmp_path) -> Path:
    """A writable copy of the seed documents, for tests that break one."""
    target = tmp_path / "documents"
    shutil.copytree(SEED_DOCUMENTS, target)
    return target


@pytest.fixture(scope="session")
def gaz():
    """The real reference data, loaded once; modules with their own `gaz` override it."""
    from milcoop.reference import load_gazetteer

    return load_gazetteer()
