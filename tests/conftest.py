"""Shared test fixtures: where the sample articles are, and private cache and state."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
"""The repository's sample articles; tests read them and never write there."""


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the index cache, the reading state and the settings at temporary folders, so no
    test touches the user's."""
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def utc_dates(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Show dates in UTC, so local-time dates are the same on every machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def seeds_dir() -> Path:
    """The folder of sample articles."""
    return SEEDS_DIR


@pytest.fixture(params=sorted(SEEDS_DIR.glob("*.txt")), ids=lambda path: path.name)
def seed_file(request: pytest.FixtureRequest) -> Path:
    """Each sample article file in turn."""
    path: Path = request.param
    return path
