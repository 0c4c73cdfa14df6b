"""The index's tables, and what its meta rows say of it: its version, whether it was closed
cleanly, whether a bulk load runs (`database_file.py` opens it)."""

from __future__ import annotations

import sqlite3

from ... import __version__
from ..query import WORD_CATEGORIES

SCHEMA_VERSION = 19
"""Bump when the tables change, or what loading stores in them (10: each article's key points
and summary, for the brief; 11: categories and tags as lists, in facets; dates, headers and
people read as real sites write them; 12: each article's body state, the list filled first
and the texts behind it; 13: why the encoding repair changed an article's text; 14: the
digest of the folder's stamps; 15: the date order's index holds what a list shows; 16:
repair reads Windows-1251, MacRoman and cp437 mojibake itself; 17: dates as far as they
were written, a day alone or a time without a zone, HTML's character references in text
fields as the characters, the web clipper's and feeds' addresses, and files in other
languages' legacy code pages; 18: Jekyll's drafts, Obsidian's `#tags` in one text,
Ghost's tags with names, a note's title from its own first line, a section page's id from its
folder, YAML 1.1's numbers and yes-or-no words in text fields as written, UTF-32 files and
UTF-16 ones with a stray byte read, a note's `Status:` line no header unless Pelican's, a
title from the first heading with no note; 19: month and weekday names in seven more
languages, dates with a dot after the year, Hungarian's and the C library's, marks part of
the text index's words, words folded as a search folds them, a note opening with a
horizontal rule, YAML front matter ending `...` or with a slip of syntax); an index of
another version is rebuilt, every file read again."""

FOLDER_DIGEST = "folder_digest"
"""The meta row holding the digest of the folder's names and stamps (`stamps_digest`) when
the files table last matched them; any write to the files table deletes it."""

TOKENIZER = "unicode61 remove_diacritics 2 categories '{}'".format(
    " ".join(f"{category}*" if len(category) == 1 else category for category in WORD_CATEGORIES)
)
"""How the text index reads words (see the search table below): of the characters
`query.WORD_CATEGORIES` names, as a search splits what is typed."""

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY,          -- relative to the folder, '/'-separated
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    article INTEGER,                -- rowid in articles, NULL when the file failed
    problem TEXT                    -- why it failed, NULL when it loaded
);
-- A later open compares the folder's digest with the one kept while the files matched it,
-- instead of reading every file's stamp from here (0.1 s at 100,000): a changed stamp drops it.
CREATE TRIGGER file_added AFTER INSERT ON files
    BEGIN DELETE FROM meta WHERE key = 'folder_digest'; END;
CREATE TRIGGER file_stamped AFTER UPDATE OF path, size, mtime_ns ON files
    BEGIN DELETE FROM meta WHERE key = 'folder_digest'; END;
CREATE TRIGGER file_removed AFTER DELETE ON files
    BEGIN DELETE FROM meta WHERE key = 'folder_digest'; END;
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,      -- the same rowid as the article's text in search
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    categories TEXT NOT NULL,       -- JSON list
    tags TEXT NOT NULL,             -- JSON list
    importance INTEGER,
    published TEXT,
    author TEXT NOT NULL,
    source_id TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_emoji TEXT NOT NULL,
    url TEXT NOT NULL,
    image_url TEXT NOT NULL,
    original_title TEXT NOT NULL,
    repairs TEXT NOT NULL,          -- JSON list
    repair_count INTEGER NOT NULL,
    problems TEXT NOT NULL,         -- JSON list
    inferred INTEGER NOT NULL,
    draft INTEGER NOT NULL,
    restored_words INTEGER NOT NULL,
    published_ts REAL,              -- sort and filter keys, derived from the fields above
    title_key TEXT NOT NULL,
    source_key TEXT NOT NULL,
    key_points TEXT NOT NULL,       -- the brief's bullets, one a line (see load/key_points.py)
    summary TEXT NOT NULL,          -- the brief's lines when there are no key points
    body_state INTEGER NOT NULL,    -- BODY_WAITING after the list's pass, BODY_DONE after the
                                    -- texts' (its body repaired, searchable, key points found)
    repair_reason TEXT NOT NULL     -- the damage repair found, in words
);
-- One index per sort order, each also holding the filter columns, so a filtered list is
-- read from the index alone, already in order (a table lookup per row costs 20x at 100,000).
-- The order lists open in holds what they show too (`LIST_COLUMNS`): a table row, with its
-- key points and repairs, is over a kilobyte, and looking each up tripled the time to read
-- 100,000 rows in order (0.43 s against 0.14).
CREATE INDEX by_date ON articles (
    published_ts IS NULL, published_ts DESC, id, importance,
    title, draft, published, categories, source_name
);
-- The articles whose texts are still to be read, newest first (the brief's day first).
CREATE INDEX bodies_waiting ON articles (published_ts IS NULL, published_ts DESC, id)
    WHERE body_state = 0;
-- Each category and tag of each article, one row each; an article without any of a kind has
-- one row of it named '' (listed and filtered as "(none)").
CREATE TABLE facets (
    article INTEGER NOT NULL,       -- rowid in articles
    kind TEXT NOT NULL,             -- 'category' or 'tag'
    name TEXT NOT NULL,             -- as written in the article
    key TEXT NOT NULL               -- folded, what filters compare
);
CREATE INDEX facets_by_key ON facets (kind, key, article);
CREATE INDEX facets_by_article ON facets (article);
-- The searchable text, stored once: the body and description live only here. Search ignores
-- case and diacritics (remove_diacritics 2 folds every Latin accent). Marks are part of words
-- (categories; by default they split them): Hindi's vowel signs, Thai's tones and Arabic's
-- vowels, which left single letters (`हिन्दी` was `ह`, `न`, `द`), each too short to search
-- for; query.WORD_CATEGORIES splits what is typed alike. `aliases` holds the words a search
-- folds further than the index does (Greek's and Cyrillic's accents, ß, ł: see
-- search_aliases.py), as it folds them. Searches are words by
-- prefix, never phrases or ranked: without positions (detail=none) or lengths (columnsize=0)
-- the index is a third smaller and a quarter quicker to write. An index of every word's first
-- three letters answers the shortest prefix searched (`pra`) in 25 ms instead of 80 at
-- 100,000 articles, for a fifth more writing.
CREATE VIRTUAL TABLE search USING fts5(
    title, description, facets, body, aliases,
    tokenize='{TOKENIZER.replace("'", "''")}',
    detail=none, columnsize=0, prefix='3'
);
-- Writing the text index is most of a first open's work. A 16 MB in-memory hash (1 MB by
-- default) writes each batch as one segment, and merging 16 segments at a time (4 by
-- default) merges less often: together 40% less time, with no slower searches.
INSERT INTO search (search, rank) VALUES ('hashsize', 16777216);
INSERT INTO search (search, rank) VALUES ('automerge', 16);
"""

LATER_INDEXES = {
    "by_importance": """CREATE INDEX IF NOT EXISTS by_importance ON articles
        (importance IS NULL, importance DESC, published_ts IS NULL, published_ts DESC, id)""",
    "by_title": """CREATE INDEX IF NOT EXISTS by_title ON articles
        (title_key = '', title_key, published_ts IS NULL, published_ts DESC, id, importance)""",
    "by_source": """CREATE INDEX IF NOT EXISTS by_source ON articles
        (source_key = '', source_key, published_ts IS NULL, published_ts DESC, id, importance)""",
}
"""The other sort and filter indexes, which a bulk load builds once at its end: kept up to
date row by row, they write 2.5 times as much at 100,000 articles. by_date, the order the
list opens in, is always kept."""

BODY_WAITING = 0
"""An article listed from its front matter, its text not yet read (see `body_state`)."""
BODY_DONE = 1
"""An article whose text is read, repaired and searchable."""

BULK_LOAD = "bulk_load"
"""Meta key present while a bulk load runs unsafely: an index found with it is rebuilt."""


def configure(connection: sqlite3.Connection) -> None:
    """Settings of every connection to the index."""
    # The index is a cache, rebuilt when damaged: without a sync on every commit, writing it
    # is several times faster, and WAL still keeps it consistent across a crash.
    connection.execute("PRAGMA synchronous = NORMAL")


def current_meta(connection: sqlite3.Connection) -> dict[str, str] | None:
    """The meta rows of the index in `connection` when it is of this schema, written by this
    version, and not being bulk loaded; else None."""
    try:
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return None
    # The reader's version too: a newer repair must read every file again.
    if rows.get("schema") != str(SCHEMA_VERSION) or rows.get("reader") != __version__:
        return None
    # During a bulk load (or after one stopped) the writes have no journal on disk.
    return None if BULK_LOAD in rows else rows


def is_current(connection: sqlite3.Connection) -> bool:
    """Whether `connection` holds an intact index of this schema, written by this version."""
    rows = current_meta(connection)
    if rows is None:
        return False
    # A full check reads the whole file (a second or more at 100,000 articles): only after
    # an unclean stop.
    if rows.get("closed") != "yes":
        return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    return True


def set_closed(connection: sqlite3.Connection, closed: bool) -> None:
    """Record whether the index was closed cleanly."""
    with connection:
        connection.execute(
            "INSERT OR REPLACE INTO meta VALUES ('closed', ?)", ("yes" if closed else "no",)
        )


def create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables in an empty database."""
    connection.execute("PRAGMA journal_mode = WAL")
    configure(connection)
    with connection:
        connection.executescript(SCHEMA)
        for statement in LATER_INDEXES.values():
            connection.execute(statement)
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", str(SCHEMA_VERSION)), ("reader", __version__)],
        )


def begin_bulk_load(connection: sqlite3.Connection) -> None:
    """Make writing many articles at once cheaper, until `end_bulk_load`.

    The later indexes are dropped, to be built once at the end, and commits go straight to
    the database file without a journal on disk: the file and WAL writes of a 100,000
    article folder fall from 5.6 GB to 1.3 GB. A crash meanwhile can leave the file
    inconsistent, so the index is marked to be rebuilt until the load ends.
    """
    with connection:
        connection.execute("INSERT OR REPLACE INTO meta VALUES (?, 'yes')", (BULK_LOAD,))
        for name in LATER_INDEXES:
            connection.execute(f"DROP INDEX IF EXISTS {name}")
    try:
        connection.execute("PRAGMA journal_mode = MEMORY")  # ROLLBACK still works in MEMORY
    except sqlite3.OperationalError:
        pass  # another process has the index open: keep WAL, which they rely on
    connection.execute("PRAGMA synchronous = OFF")


def end_bulk_load(connection: sqlite3.Connection) -> None:
    """Build the later indexes and make writes safe again, then drop the rebuild mark."""
    with connection:
        for statement in LATER_INDEXES.values():
            connection.execute(statement)
    connection.execute("PRAGMA journal_mode = WAL")
    configure(connection)
    with connection:
        connection.execute("DELETE FROM meta WHERE key = ?", (BULK_LOAD,))
