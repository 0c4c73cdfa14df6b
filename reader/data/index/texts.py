"""The second pass's reads and writes: which articles wait for their texts, and storing a
text once its file has been read whole."""

from __future__ import annotations

import json
import sqlite3
from enum import IntEnum
from typing import Any, NamedTuple

from ..article import LoadProblem
from .loaded import LoadedFile
from .rows import INSERT_FACET, LIST_NAMES, TEXT_NAMES, ArticleRows
from .schema import BODY_DONE, BODY_WAITING
from .writes import forget_file, is_id_note


class TextCoverage(NamedTuple):
    """How much of the folder the text search covers."""

    covered: int
    """Articles whose whole text is read, repaired and searchable."""
    total: int
    """Articles in the index."""

    @property
    def complete(self) -> bool:
        """Whether every article's text is searchable."""
        return self.covered >= self.total


def select_coverage(connection: sqlite3.Connection) -> TextCoverage:
    """How many articles the text search covers, of how many."""
    total = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    waiting = connection.execute(
        "SELECT count(*) FROM articles WHERE body_state = ?", (BODY_WAITING,)
    ).fetchone()[0]
    return TextCoverage(total - waiting, total)


NEWEST_FIRST = 500
"""Texts read first, newest first: the brief's days are complete first. The rest are read in
the order the list's pass stored them, which writes the index in order: at 10,000 articles
the writing takes half the time it takes in the order of their dates."""


def select_waiting(connection: sqlite3.Connection) -> list[str]:
    """The files of the articles waiting for their texts: the `NEWEST_FIRST` newest, then
    the others as stored."""
    newest = connection.execute(
        "SELECT rowid, path FROM articles WHERE body_state = ?"
        " ORDER BY published_ts IS NULL, published_ts DESC, id LIMIT ?",
        (BODY_WAITING, NEWEST_FIRST),
    ).fetchall()
    first = {rowid for rowid, _ in newest}
    rest = connection.execute(
        "SELECT rowid, path FROM articles WHERE body_state = ? ORDER BY rowid", (BODY_WAITING,)
    )
    return [path for _, path in newest] + [path for rowid, path in rest if rowid not in first]


def select_waiting_among(connection: sqlite3.Connection, article_ids: list[str]) -> list[str]:
    """The files of the articles of `article_ids` (at most 500) whose texts wait."""
    placeholders = ", ".join("?" * len(article_ids))
    rows = connection.execute(
        f"SELECT path FROM articles WHERE body_state = ? AND id IN ({placeholders})",
        (BODY_WAITING, *article_ids),
    )
    return [row[0] for row in rows]


LIST_COLUMNS = ", ".join(LIST_NAMES)
UPDATE_LISTED = f"UPDATE articles SET {', '.join(f'{name} = ?' for name in LIST_NAMES)}"
UPDATE_TEXT = (
    f"UPDATE articles SET problems = ?, body_state = {BODY_DONE},"
    f" {', '.join(f'{name} = ?' for name in TEXT_NAMES)} WHERE rowid = ?"
)
UPDATE_SEARCH = (
    "UPDATE search SET title = ?, description = ?, facets = ?, body = ?, aliases = ?"
    " WHERE rowid = ?"
)


class ListChange(IntEnum):
    """What storing whole texts changed of what the list shows."""

    NONE = 0
    CORRECTED = 1
    """A field the list shows: the whole text gave it otherwise than its start did."""
    REMOVED = 2
    """An article: its file fails now."""


def store_texts(connection: sqlite3.Connection, batch: list[LoadedFile]) -> ListChange:
    """Write the whole texts of a batch of files read again, in one transaction.

    A file changed since the list's pass read it is left waiting: the refresh its change
    brings reads it from the start. A file that fails now is a problem, its article gone.

    Returns:
        The greatest change to the list: an article became a problem, or the whole text
        gave a field the list shows otherwise than its start did (diacritics judged on all
        of it).
    """
    changed = ListChange.NONE
    with connection:
        for name, stamp, result in batch:
            found = connection.execute(
                "SELECT article, size, mtime_ns FROM files WHERE path = ?", (name,)
            ).fetchone()
            if found is None or found[0] is None or tuple(found[1:]) != (stamp or (-1, -1)):
                continue
            if isinstance(result, LoadProblem):
                forget_file(connection, name)
                size, mtime_ns = stamp or (-1, -1)
                connection.execute(
                    "INSERT INTO files VALUES (?, ?, ?, NULL, ?)",
                    (name, size, mtime_ns, result.reason),
                )
                changed = ListChange.REMOVED
                continue
            if store_text(connection, found[0], result):
                changed = max(changed, ListChange.CORRECTED)
    return changed


def store_text(connection: sqlite3.Connection, rowid: int, rows: ArticleRows) -> bool:
    """Write the whole text of the article under `rowid`; True when a listed field changed."""
    listed = rows.values_of(LIST_NAMES)
    stored_listed: tuple[Any, ...] = connection.execute(
        f"SELECT {LIST_COLUMNS} FROM articles WHERE rowid = ?", (rowid,)
    ).fetchone()
    stored_problems = connection.execute(
        "SELECT problems FROM articles WHERE rowid = ?", (rowid,)
    ).fetchone()[0]
    # The index's own note of a renamed id stays: the file's problems are read anew.
    notes = [problem for problem in json.loads(stored_problems) if is_id_note(problem)]
    problems = json.dumps([*rows.problems, *notes], ensure_ascii=False)
    connection.execute(UPDATE_TEXT, (problems, *rows.values_of(TEXT_NAMES), rowid))
    connection.execute(UPDATE_SEARCH, (*rows.text, rowid))
    if tuple(stored_listed) == listed:
        return False
    connection.execute(f"{UPDATE_LISTED} WHERE rowid = ?", (*listed, rowid))
    connection.execute("DELETE FROM facets WHERE article = ?", (rowid,))
    connection.executemany(INSERT_FACET, rows.facet_values(rowid))
    return True
