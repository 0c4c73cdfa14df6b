"""Writing loaded files into the index: a batch per transaction, each article under an id
of its own."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping

from ..article import LoadProblem
from .loaded import LoadedFile
from .rows import INSERT_FACET, INSERT_METADATA, INSERT_TEXT, ArticleRows
from .schema import BODY_WAITING


def store_batch(
    connection: sqlite3.Connection,
    batch: list[LoadedFile],
    known: Mapping[str, object],
    body_state: int = BODY_WAITING,
) -> None:
    """Write one batch of loaded files in one transaction, in `body_state`: BODY_WAITING for
    the list's pass, their texts waiting for the second.

    Files in `known` (indexed before this refresh) replace what the index had of them.
    """
    with connection:
        for name, _, _ in batch:
            if name in known:
                forget_file(connection, name)
        next_rowid = connection.execute(
            "SELECT coalesce(max(rowid), 0) + 1 FROM articles"
        ).fetchone()[0]
        taken = taken_ids(connection, [r.id for _, _, r in batch if isinstance(r, ArticleRows)])
        files: list[tuple[str, int, int, int | None, str | None]] = []
        metadata: list[tuple[object, ...]] = []
        texts: list[tuple[object, ...]] = []
        facets: list[tuple[object, ...]] = []
        for name, stamp, result in batch:
            size, mtime_ns = stamp or (-1, -1)
            if isinstance(result, LoadProblem):
                files.append((name, size, mtime_ns, None, result.reason))
                continue
            rows = unique_id(connection, result, name, taken)
            metadata.append(rows.metadata_values(next_rowid, body_state))
            texts.append(rows.text_values(next_rowid))
            facets.extend(rows.facet_values(next_rowid))
            files.append((name, size, mtime_ns, next_rowid, None))
            next_rowid += 1
        # One executemany per table: most of a first open's time is these inserts.
        connection.executemany(INSERT_METADATA, metadata)
        connection.executemany(INSERT_TEXT, texts)
        connection.executemany(INSERT_FACET, facets)
        connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?)", files)


def taken_ids(connection: sqlite3.Connection, article_ids: list[str]) -> dict[str, str]:
    """Of `article_ids`, those already indexed, with their files."""
    taken: dict[str, str] = {}
    for start in range(0, len(article_ids), 500):  # SQLite caps the number of parameters
        chunk = article_ids[start : start + 500]
        placeholders = ", ".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT id, path FROM articles WHERE id IN ({placeholders})", chunk
        )
        taken.update(rows.fetchall())
    return taken


def unique_id(
    connection: sqlite3.Connection, rows: ArticleRows, name: str, taken: dict[str, str]
) -> ArticleRows:
    """`rows`, renamed `id~file` (by its own file's name) with a note when its id is in
    `taken`; `id~file~2`, `id~file~3`... in the rare case that is taken too.

    Named by its file, a second article keeps its id (and so its read and starred marks)
    whatever order the files were indexed in, as when the index is built again.

    `taken` holds the ids of this batch already indexed; the rarely needed renamed ids are
    looked up one by one. Records the id it ends up with in `taken`, as the id of the file
    `name`.
    """
    if rows.id not in taken:
        taken[rows.id] = name
        return rows
    renamed = f"{rows.id}~{os.path.splitext(name)[0]}"
    article_id, number = renamed, 1
    while is_taken(connection, article_id, taken):
        number += 1
        article_id = f"{renamed}~{number}"
    taken[article_id] = name
    note = f"id {rows.id!r} is already used by {taken[rows.id]}; using {article_id!r}"
    return rows._replace(id=article_id, problems=(*rows.problems, note))


def is_id_note(problem: str) -> bool:
    """Whether `problem` is the note `unique_id` adds: the index's, not the file's."""
    return problem.startswith("id ") and " is already used by " in problem


def is_taken(connection: sqlite3.Connection, article_id: str, taken: dict[str, str]) -> bool:
    """Whether `article_id` is in `taken` or already indexed (then noted in `taken`)."""
    if article_id in taken:
        return True
    found = connection.execute("SELECT path FROM articles WHERE id = ?", (article_id,)).fetchone()
    if found is not None:
        taken[article_id] = found[0]
    return found is not None


def forget_file(connection: sqlite3.Connection, name: str) -> None:
    """Drop the file `name` and its article, if the index has them."""
    row = connection.execute("SELECT article FROM files WHERE path = ?", (name,)).fetchone()
    if row is None:
        return
    if row[0] is not None:
        connection.execute("DELETE FROM articles WHERE rowid = ?", (row[0],))
        connection.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
        connection.execute("DELETE FROM facets WHERE article = ?", (row[0],))
    connection.execute("DELETE FROM files WHERE path = ?", (name,))
