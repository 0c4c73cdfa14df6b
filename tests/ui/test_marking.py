"""Marking: a change of marks that cannot be saved is reported, never raised."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.data import state as state_module
from reader.data.state import Mark, ReadingState
from reader.ui.marking import Marking


def test_changes_that_cannot_be_saved_are_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another program holds the marks for writing, each change says it could not be
    saved (the app used to stop on the error)."""
    monkeypatch.setattr(state_module, "BUSY_SECONDS", 0.1)
    database = tmp_path / "state.sqlite3"
    marking = Marking(ReadingState(database), mark_read_on_open=True)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    for message in (
        marking.toggle("a", Mark.STARRED),
        marking.mark_all_read(["a", "b"]),
        marking.opened("a"),
    ):
        assert message.startswith("The change could not be saved (database is locked)")
    holder.close()
    assert marking.toggle("a", Mark.STARRED) == "Marked starred."
    assert marking.opened("b") == ""
