"""Writing loaded files into the index: a batch per transaction, each article under an id
of its own."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from .article import LoadProblem
from .index_rows import INSERT_METADATA, INSERT_TEXT, ArticleRows
from .ingest import LoadedFile


def store_batch(
    connection: sqlite3.Connection, batch: list[LoadedFile], known: Mapping[str, object]
) -> None:
    """Write one batch of loaded files in one transaction.

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
        for name, stamp, result in batch:
            size, mtime_ns = stamp or (-1, -1)
            if isinstance(result, LoadProblem):
                files.append((name, size, mtime_ns, None, result.reason))
                continue
            rows = unique_id(connection, result, name, taken)
            metadata.append(rows.metadata_values(next_rowid))
            texts.append(rows.text_values(next_rowid))
            files.append((name, size, mtime_ns, next_rowid, None))
            next_rowid += 1
        # One executemany per table: most of a first open's time is these inserts.
        connection.executemany(INSERT_METADATA, metadata)
        connection.executemany(INSERT_TEXT, texts)
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
    """`rows`, renamed `id~2`, `id~3`... with a note when its id is in `taken`.

    `taken` holds the ids of this batch already indexed; the rarely needed `~N`
    variants are looked up one by one. Records the id it ends up with in `taken`, as
    the id of the file `name`.
    """
    article_id, number = rows.id, 1
    while article_id in taken:
        number += 1
        article_id = f"{rows.id}~{number}"
        if article_id not in taken:
            found = connection.execute(
                "SELECT path FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if found is not None:
                taken[article_id] = found[0]
    taken[article_id] = name
    if number == 1:
        return rows
    note = f"id {rows.id!r} is already used by {taken[rows.id]}; using {article_id!r}"
    return rows._replace(id=article_id, problems=(*rows.problems, note))


def forget_file(connection: sqlite3.Connection, name: str) -> None:
    """Drop the file `name` and its article, if the index has them."""
    row = connection.execute("SELECT article FROM files WHERE path = ?", (name,)).fetchone()
    if row is None:
        return
    if row[0] is not None:
        connection.execute("DELETE FROM articles WHERE rowid = ?", (row[0],))
        connection.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
    connection.execute("DELETE FROM files WHERE path = ?", (name,))
