"""Tests for ReadingState: marks that last, undo, crash safety, damaged files moved aside."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.data import state as state_module
from reader.data.state import Mark, MarksNotSaved, ReadingState, StateUnavailable


def test_marks_survive_reopening(tmp_path: Path) -> None:
    """Read and starred marks are still there after the state is closed and opened again."""
    state = ReadingState.open(tmp_path)
    state.set(["a", "b"], Mark.READ, on=True)
    assert state.toggle("c", Mark.STARRED) is True
    state.close()
    again = ReadingState.open(tmp_path)
    assert again.marked(Mark.READ) == {"a", "b"}
    assert again.marked(Mark.STARRED) == {"c"}
    assert again.notice == ""


def test_undo_takes_back_the_last_change(tmp_path: Path) -> None:
    """Undo reverts changes one at a time, newest first, and then has nothing left."""
    state = ReadingState.open(tmp_path)
    state.set(["a"], Mark.READ, on=True)
    state.set(["a", "b", "c"], Mark.READ, on=True)
    state.set(["b"], Mark.READ, on=False)
    assert state.marked(Mark.READ) == {"a", "c"}
    assert state.undo() is not None
    assert state.marked(Mark.READ) == {"a", "b", "c"}
    assert state.undo() is not None
    assert state.marked(Mark.READ) == {"a"}
    assert state.undo() is not None
    assert state.marked(Mark.READ) == set()
    assert state.undo() is None


def test_unchanging_set_is_not_undone(tmp_path: Path) -> None:
    """Marking what is already marked changes nothing and leaves undo as it was."""
    state = ReadingState.open(tmp_path)
    state.set(["a"], Mark.STARRED, on=True)
    change = state.set(["a"], Mark.STARRED, on=True)
    assert not change.added and not change.removed
    state.undo()
    assert state.marked(Mark.STARRED) == set()


def test_damaged_state_is_moved_aside(tmp_path: Path) -> None:
    """A state file that is not a database is moved aside with a notice naming where."""
    (tmp_path / "state.sqlite3").write_bytes(b"garbage" * 1000)
    state = ReadingState.open(tmp_path)
    assert state.marked(Mark.READ) == set()
    moved = [path for path in tmp_path.iterdir() if ".broken-" in path.name]
    assert len(moved) == 1
    assert str(moved[0]) in state.notice
    assert moved[0].read_bytes() == b"garbage" * 1000


def test_foreign_database_is_moved_aside(tmp_path: Path) -> None:
    """A SQLite database that is not the reader's is never used or changed."""
    foreign = sqlite3.connect(tmp_path / "state.sqlite3")
    foreign.execute("CREATE TABLE other (x)")
    foreign.commit()
    foreign.close()
    state = ReadingState.open(tmp_path)
    state.set(["a"], Mark.READ, on=True)
    assert "moved" in state.notice


def test_killed_writer_leaves_every_committed_change(tmp_path: Path) -> None:
    """A process killed with SIGKILL while marking leaves a valid state with all it reported."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from reader.data.state import Mark, ReadingState
        state = ReadingState.open(Path({str(tmp_path)!r}))
        number = 0
        while True:
            state.set([f"article-{{number}}"], Mark.READ, on=True)
            print(number, flush=True)
            number += 1
        """
    )
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    reported = [int(writer.stdout.readline()) for _ in range(300)]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    state = ReadingState.open(tmp_path)
    assert state.notice == ""
    read = state.marked(Mark.READ)
    assert {f"article-{number}" for number in reported} <= read


def test_marks_of_lists_only_articles_with_marks(tmp_path: Path) -> None:
    """The rows a screen draws get their marks in one lookup; unmarked ids are left out."""
    state = ReadingState.open(tmp_path)
    state.set(["a", "b"], Mark.READ, on=True)
    state.set(["b"], Mark.STARRED, on=True)
    ids = ["a", "b", "c", *(f"x{number}" for number in range(1200))]
    assert state.marks_of(ids) == {
        "a": frozenset({Mark.READ}),
        "b": frozenset({Mark.READ, Mark.STARRED}),
    }


def test_position_without_finds_the_next_unread_and_wraps(tmp_path: Path) -> None:
    """The next article without a mark is searched from a position on, then from the top."""
    state = ReadingState.open(tmp_path)
    ids = [f"a{number}" for number in range(1500)]
    state.set(ids[:1400], Mark.READ, on=True)
    assert state.position_without(ids, Mark.READ, 0) == 1400
    assert state.position_without(ids, Mark.READ, 1450) == 1450
    state.set(ids[1400:], Mark.READ, on=True)
    state.set(["a3"], Mark.READ, on=False)
    assert state.position_without(ids, Mark.READ, 10) == 3  # round to the top
    state.set(["a3"], Mark.READ, on=True)
    assert state.position_without(ids, Mark.READ, 10) is None
    assert state.position_without([], Mark.READ, 0) is None


def test_setting_many_marks_records_only_what_changed(tmp_path: Path) -> None:
    """Marking a list read undoes to exactly the articles that were unread before."""
    state = ReadingState.open(tmp_path)
    state.set(["a1"], Mark.READ, on=True)
    change = state.set([f"a{number}" for number in range(1000)], Mark.READ, on=True)
    assert len(change.added) == 999 and "a1" not in change.added
    state.undo()
    assert state.marked(Mark.READ) == {"a1"}


def test_a_state_locked_by_another_program_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database another program holds locked is not damaged: it is never moved aside (the
    marks in it would seem lost), and opening it says it cannot be used now."""
    monkeypatch.setattr(state_module, "BUSY_SECONDS", 0.1)
    database = tmp_path / "state.sqlite3"
    first = ReadingState(database)
    first.set(["a"], Mark.STARRED, True)
    first.close()
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StateUnavailable):
        ReadingState(database)
    holder.close()
    assert list(tmp_path.glob("*.broken-*")) == []
    assert ReadingState(database).marked(Mark.STARRED) == {"a"}


def test_a_change_that_cannot_be_saved_leaves_the_marks_and_undo_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another program holds the database for writing, a change fails with an error
    the screens report; the undo of the change before it is kept."""
    monkeypatch.setattr(state_module, "BUSY_SECONDS", 0.1)
    database = tmp_path / "state.sqlite3"
    state = ReadingState(database)
    state.set(["a"], Mark.READ, True)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(MarksNotSaved):
        state.set(["b"], Mark.READ, True)
    with pytest.raises(MarksNotSaved):
        state.undo()
    holder.close()
    assert state.marked(Mark.READ) == {"a"}
    assert state.undo() is not None and state.marked(Mark.READ) == set()


def test_a_choice_is_kept_across_openings(tmp_path: Path) -> None:
    """A choice (the theme) comes back when the state is opened again; none is None."""
    state = ReadingState.open(tmp_path)
    assert state.choice("theme") is None
    state.remember("theme", "nord")
    state.remember("theme", "dracula")
    state.close()
    assert ReadingState.open(tmp_path).choice("theme") == "dracula"
