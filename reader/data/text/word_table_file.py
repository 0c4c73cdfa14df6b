"""Large word tables kept in an SQLite file of the cache directory and read a word at a time.

The Czech word model holds 600,000 words and 330,000 groups of accented forms: read whole,
they took 150 MB and half a second in every process that repairs text, each worker of a
first open among them. In an SQLite file a process reads only the words it meets, from pages
the system's file cache shares between processes, and keeps the most recent ones at hand.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Generic, TypeVar

from .word_model_file import write_whole

Value = TypeVar("Value")

RECENT_WORDS = 1 << 15
"""Words each table keeps at hand once read: a few MB, most words of the texts being read
(the restoring's own caches keep what it made of them)."""
MAX_KEYS_A_QUERY = 500
"""Below SQLite's limit on a query's parameters (999 in older versions)."""
_MISSING, _UNREAD = object(), object()


class WordTable(Mapping[str, Value], Generic[Value]):
    """A read-only table of one SQLite file (`key` and `value` columns), read word by word.

    Each thread reads through a connection of its own; the file never changes once written
    (see `write_word_tables`), so it is opened immutable: no locks are taken.
    """

    def __init__(
        self,
        path: Path,
        table: str,
        decode: Callable[[str, object], Value],
        absent: Callable[[str], object] = lambda key: None,
    ) -> None:
        """`decode(key, value)` gives a row's value as the table's; `absent(key)` is told of
        each key read that has no row."""
        self._path, self._table, self._decode, self._absent = path, table, decode, absent
        self._connections = threading.local()
        self._select_one = f"SELECT value FROM {table} WHERE key = ?"
        self._recent: dict[str, object] = {}
        """The words read, with their values or _MISSING; emptied when RECENT_WORDS are."""

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._connections, "open", None)
        if connection is None:
            connection = open_read_only(self._path)
            self._connections.open = connection
        return connection

    def _lookup(self, key: str) -> object:
        value = self._recent.get(key, _UNREAD)
        if value is _UNREAD:
            row = self._connection().execute(self._select_one, (key,)).fetchone()
            value = self._value_of(key, None if row is None else row[0])
            self.remember([(key, value)])
        return value

    def _value_of(self, key: str, stored: object) -> object:
        """The value of `key` as its row's `stored` value gives it (None: it has no row)."""
        if stored is None:
            self._absent(key)
            return _MISSING
        return self._decode(key, stored)

    def remember_absent(self, keys: Collection[str]) -> None:
        """Keep `keys` as read and found in no row, e.g. as another table's row says."""
        self.remember([(key, _MISSING) for key in keys])

    def remember(self, values: Collection[tuple[str, object]]) -> None:
        """Keep `values` (key and value) as read, e.g. those another table's row holds."""
        if len(self._recent) + len(values) > RECENT_WORDS:
            self._recent.clear()  # cheaper than ordering them by use, and rarely needed
        self._recent.update(values)

    def read_many(self, keys: Iterable[str]) -> None:
        """Read those of `keys` not read yet, in one query for up to 500 of them: a word a
        query takes five times as long."""
        unread = [key for key in set(keys) if key not in self._recent]
        for start in range(0, len(unread), MAX_KEYS_A_QUERY):
            chunk = unread[start : start + MAX_KEYS_A_QUERY]
            found = dict(
                self._connection().execute(
                    f"SELECT key, value FROM {self._table}"
                    f" WHERE key IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
            self.remember([(key, self._value_of(key, found.get(key))) for key in chunk])

    def get(self, key: str, default: Value | None = None) -> Value | None:  # type: ignore[override]
        value = self._lookup(key)
        return default if value is _MISSING else value  # type: ignore[return-value]

    def __getitem__(self, key: str) -> Value:
        value = self._lookup(key)
        if value is _MISSING:
            raise KeyError(key)
        return value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        rows = self._connection().execute(f"SELECT key FROM {self._table} ORDER BY key")
        return (key for (key,) in rows)

    def __len__(self) -> int:
        count: int = self._connection().execute(f"SELECT count(*) FROM {self._table}").fetchone()[0]
        return count


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads `path`, which no process changes. Not mapped into memory:
    a mapped file's pages count as each process's memory once read (40 MB of a worker's
    peak), and reading them through SQLite's cache costs no more time."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )


def read_word_tables(path: Path, names: Iterable[str]) -> dict[str, object] | None:
    """Check the file `path` before its tables are read: None when it is missing, cut short,
    no SQLite file or lacks one of the tables `names`; else the values of its `meta` table
    by name. (SQLite's own check reads the whole file: 0.15 s of every process's start.)"""
    try:
        size = path.stat().st_size
        connection = open_read_only(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        with contextlib.closing(connection):
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            if not size or pages * connection.execute("PRAGMA page_size").fetchone()[0] != size:
                return None
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not set(names) <= tables or "meta" not in tables:
                return None
            return dict(connection.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error:
        return None


def write_word_tables(
    path: Path,
    tables: Mapping[str, Iterable[tuple[str, object]]],
    meta: Iterable[tuple[str, object]],
) -> bool:
    """Write `tables` (name: key and value pairs) and the `meta` pairs into a new SQLite
    file `path` (see `write_whole`); whether it was written.

    Each table's rows go into it in key order, sorted by SQLite: inserted as they come, the
    600,000 words of the Czech model landed all over its tree, twice as slowly (3.5 s)."""

    def write(partial: Path) -> None:
        with contextlib.closing(sqlite3.connect(partial)) as connection:
            connection.execute("PRAGMA journal_mode = OFF")  # a new file: nothing to roll back
            connection.execute("PRAGMA synchronous = OFF")
            with connection:
                connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value)")
                connection.executemany("INSERT INTO meta VALUES (?, ?)", meta)
                for table, rows in tables.items():
                    connection.execute(
                        f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value) WITHOUT ROWID"
                    )
                    connection.execute("CREATE TEMP TABLE arriving (key, value)")
                    connection.executemany("INSERT INTO arriving VALUES (?, ?)", rows)
                    connection.execute(f"INSERT INTO {table} SELECT * FROM arriving ORDER BY key")
                    connection.execute("DROP TABLE arriving")

    return write_whole(path, write)
