"""Tests for ReadingState: marks that last, undo, crash safety, damaged files moved aside."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from reader.data.state import Mark, ReadingState


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
