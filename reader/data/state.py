"""Reading state that lasts: which articles are read and which are starred.

Kept in SQLite in the user's data directory, keyed by the article's stable id, so repairing
or re-saving a file keeps its state. Every change is one transaction, so a reader killed at
any moment leaves a valid database holding every change it had made.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import platformdirs

STATE_DIR_VARIABLE = "READER_STATE_DIR"
"""Environment variable that puts the state somewhere else (tests always set it)."""
STATE_FILE = "state.sqlite3"
CHUNK = 500
"""Ids per lookup: SQLite caps the number of parameters of one statement."""
APPLICATION_ID = 0x52454144  # "READ": marks a database as ours, so a foreign one is not used
SCHEMA = """
CREATE TABLE marks (
    article TEXT NOT NULL,
    mark TEXT NOT NULL,
    PRIMARY KEY (article, mark)
) WITHOUT ROWID;
"""
CHOICES = "CREATE TABLE IF NOT EXISTS choices (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
"""What the user picked in the app and expects back at the next start (the theme); made
when the first choice is kept, so older state databases take it too."""


class Mark(Enum):
    """What a user can mark an article as."""

    READ = "read"
    STARRED = "starred"


@dataclass(frozen=True)
class MarkChange:
    """One change of state, as it can be undone."""

    mark: Mark
    added: frozenset[str]
    """Articles that gained the mark."""
    removed: frozenset[str]
    """Articles that lost it."""


def default_state_dir() -> Path:
    """Where state lives: `$READER_STATE_DIR`, else the user's data directory."""
    configured = os.environ.get(STATE_DIR_VARIABLE)
    return Path(configured) if configured else Path(platformdirs.user_data_dir("reader"))


BUSY_SECONDS = 5.0
"""How long a change of marks waits for another program that holds the database."""


class ReadingState:
    """Read and starred marks, each change saved at once, with undo of the last changes."""

    def __init__(self, database: Path | None) -> None:
        """Open the state in `database` (None keeps it in memory).

        A file that is damaged or not a reader state database is moved aside first, and
        `notice` says where it went; the reader then starts with empty state.

        Raises:
            StateUnavailable: When the database is locked by another program, or cannot be
                written: it is not damaged, and is left alone.
        """
        self.database = database
        self.notice = ""
        """A sentence for the user when the state file had to be moved aside, else ""."""
        self._undo: list[MarkChange] = []
        self._connection = self._connect()
        self._data_version = 0
        self._data_version = self._read_data_version()

    @classmethod
    def open(cls, state_dir: Path | None = None) -> ReadingState:
        """The state in `state_dir`, or in the default state directory."""
        directory = default_state_dir() if state_dir is None else state_dir
        directory.mkdir(parents=True, exist_ok=True)
        return cls(directory / STATE_FILE)

    def _connect(self) -> sqlite3.Connection:
        """Connect, moving a damaged or foreign database aside."""
        if self.database is None:
            connection = sqlite3.connect(":memory:", check_same_thread=False)
            initialise(connection)
            return connection
        try:
            connection = sqlite3.connect(
                self.database, timeout=BUSY_SECONDS, check_same_thread=False
            )
            if is_ours(connection):
                return connection
            connection.close()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):  # locked by another program, a full disk: not damage
                raise StateUnavailable(str(error)) from error
        moved = self.database.with_name(
            f"{self.database.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"
        )
        self.database.rename(moved)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
        self.notice = f"The reading state was damaged and was moved to {moved}; starting afresh."
        connection = sqlite3.connect(self.database, check_same_thread=False)
        initialise(connection)
        return connection

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def changed_elsewhere(self) -> bool:
        """Whether another reader (or program) changed the marks since the last call: SQLite's
        data version moves with every commit of another connection, and never with ours."""
        version = self._read_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    def _read_data_version(self) -> int:
        """SQLite's data version of this connection; the last one seen when it cannot be read."""
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return self._data_version

    def choice(self, key: str) -> str | None:
        """What was last remembered under `key`, or None."""
        try:
            row = self._connection.execute(
                "SELECT value FROM choices WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.OperationalError:  # no choices table: nothing was remembered yet
            return None
        return None if row is None else str(row[0])

    def remember(self, key: str, value: str) -> None:
        """Keep `value` under `key` for the next start."""
        with self._saving():
            self._connection.execute(CHOICES)
            self._connection.execute("INSERT OR REPLACE INTO choices VALUES (?, ?)", (key, value))

    def marked(self, mark: Mark) -> set[str]:
        """Every article id with `mark`."""
        rows = self._connection.execute("SELECT article FROM marks WHERE mark = ?", (mark.value,))
        return {row[0] for row in rows}

    def has(self, article_id: str, mark: Mark) -> bool:
        """Whether `article_id` has `mark`."""
        row = self._connection.execute(
            "SELECT 1 FROM marks WHERE article = ? AND mark = ?", (article_id, mark.value)
        ).fetchone()
        return row is not None

    def marks_of(self, article_ids: Sequence[str]) -> dict[str, frozenset[Mark]]:
        """The marks of those of `article_ids` that have any: the rows a screen draws."""
        found: dict[str, set[Mark]] = {}
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start : start + CHUNK]
            rows = self._connection.execute(
                f"SELECT article, mark FROM marks WHERE article IN ({', '.join('?' * len(chunk))})",
                list(chunk),
            )
            for article, mark in rows:
                found.setdefault(article, set()).add(Mark(mark))
        return {article: frozenset(marks) for article, marks in found.items()}

    def position_without(
        self, article_ids: Sequence[str], mark: Mark, start: int = 0
    ) -> int | None:
        """The first position from `start` on, wrapping round to the top, whose article
        lacks `mark` (the next unread article); None when every article has it."""
        count = len(article_ids)
        for offset in range(0, count, CHUNK):
            positions = [
                (start + offset + step) % count for step in range(min(CHUNK, count - offset))
            ]
            chunk = [article_ids[position] for position in positions]
            marked = self._marked_among(chunk, mark)
            for position, article in zip(positions, chunk, strict=True):
                if article not in marked:
                    return position
        return None

    def _marked_among(self, article_ids: Sequence[str], mark: Mark) -> set[str]:
        """Those of at most `CHUNK` `article_ids` that have `mark`."""
        rows = self._connection.execute(
            f"SELECT article FROM marks WHERE mark = ? AND article IN"
            f" ({', '.join('?' * len(article_ids))})",
            [mark.value, *article_ids],
        )
        return {row[0] for row in rows}

    def set(self, article_ids: Iterable[str], mark: Mark, on: bool) -> MarkChange:
        """Give `article_ids` the mark (or take it away), in one transaction; undoable."""
        ids = list(dict.fromkeys(article_ids))
        before: set[str] = set()
        for start in range(0, len(ids), CHUNK):
            before |= self._marked_among(ids[start : start + CHUNK], mark)
        change = MarkChange(
            mark,
            added=frozenset(ids) - before if on else frozenset(),
            removed=frozenset() if on else frozenset(before),
        )
        self._apply(change)
        if change.added or change.removed:
            self._undo.append(change)
        return change

    def toggle(self, article_id: str, mark: Mark) -> bool:
        """Flip `mark` on one article; return whether it has the mark now."""
        on = not self.has(article_id, mark)
        self.set([article_id], mark, on)
        return on

    def undo(self) -> MarkChange | None:
        """Take back the last change not yet undone; None when there is none."""
        if not self._undo:
            return None
        change = self._undo[-1]
        self._apply(MarkChange(change.mark, added=change.removed, removed=change.added))
        return self._undo.pop()  # only once undone: a change that could not be stays undoable

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """One transaction that commits, or raises MarksNotSaved and leaves the state as it was
        (the database locked by another program, the disk full)."""
        try:
            with self._connection:
                yield
        except sqlite3.Error as error:
            raise MarksNotSaved(str(error)) from error

    def _apply(self, change: MarkChange) -> None:
        """Write one change in one transaction."""
        with self._saving():
            self._connection.executemany(
                "INSERT OR IGNORE INTO marks VALUES (?, ?)",
                [(article, change.mark.value) for article in change.added],
            )
            self._connection.executemany(
                "DELETE FROM marks WHERE article = ? AND mark = ?",
                [(article, change.mark.value) for article in change.removed],
            )


class MarksNotSaved(Exception):
    """A change of marks (or a remembered choice) could not be saved; nothing changed. The
    message says why, in SQLite's words."""


class StateUnavailable(OSError):
    """The state database cannot be used now, though it is not damaged (another program
    holds it locked, the disk is full): it is left as it is."""


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether `error` says the database file is damaged or no database, rather than busy,
    locked, read-only or out of space."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is None or code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_ours(connection: sqlite3.Connection) -> bool:
    """Whether `connection` is an intact reader state database (or a new, empty file)."""
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        return False
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    if application == 0 and not connection.execute("SELECT 1 FROM sqlite_master").fetchone():
        initialise(connection)  # a new file
        return True
    return bool(application == APPLICATION_ID)


def initialise(connection: sqlite3.Connection) -> None:
    """Create the tables in an empty database and mark it as ours."""
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(SCHEMA)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
