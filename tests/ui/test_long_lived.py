"""Tests for keeping the cycle collector off the objects the app keeps for long."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import settle

from reader.ui.app import ReaderApp
from reader.ui.long_lived import set_long_lived_apart


class Node:
    """An object that can refer to itself: garbage only the cycle collector frees."""

    itself: Node | None = None


def cycle() -> Node:
    """A new object in a cycle of its own."""
    node = Node()
    node.itself = node
    return node


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    """Every object back in the collector's care after each test."""
    yield
    gc.unfreeze()


def test_garbage_is_collected_and_what_lives_is_set_apart() -> None:
    """Cycles already garbage are freed; objects alive are left out of later collections,
    even once garbage, until the next call collects them first."""
    garbage = weakref.ref(cycle())
    kept = cycle()
    kept_ref = weakref.ref(kept)
    set_long_lived_apart()
    assert garbage() is None
    assert gc.get_freeze_count() > 0
    del kept
    gc.collect()
    assert kept_ref() is not None  # set apart: no collection looks at it
    set_long_lived_apart()
    assert kept_ref() is None


async def test_the_app_sets_what_it_keeps_apart_once_the_folder_is_read(
    articles_dir: Path,
) -> None:
    """Once the list and the texts are read, what the app keeps is out of collections."""
    gc.unfreeze()
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() > 0
