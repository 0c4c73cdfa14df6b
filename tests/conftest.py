"""Shared test fixtures: where the sample articles are, and private cache and state."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
"""The repository's sample articles; tests read them and never write there."""


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the index cache at a temporary folder, so no test touches the user's cache."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    return cache


@pytest.fixture
def seeds_dir() -> Path:
    """The folder of sample articles."""
    return SEEDS_DIR


@pytest.fixture(params=sorted(SEEDS_DIR.glob("*.txt")), ids=lambda path: path.name)
def seed_file(request: pytest.FixtureRequest) -> Path:
    """Each sample article file in turn."""
    path: Path = request.param
    return path
