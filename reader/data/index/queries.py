"""Reading the index: the ids a query matches, articles by id, categories, tags and
problems.

Each function takes the index's connection; ArticleIndex calls them under its lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..article import Article, LoadProblem
from ..query import ArticleQuery, Facet, SortKey
from .facets import FacetRow
from .rows import SELECT_ARTICLE, row_article
from .selected import Selected

ORDER_BY = {
    SortKey.DATE: "published_ts IS NULL, published_ts DESC, id",
    SortKey.IMPORTANCE: (
        "importance IS NULL, importance DESC, published_ts IS NULL, published_ts DESC, id"
    ),
    SortKey.TITLE: "title_key = '', title_key, published_ts IS NULL, published_ts DESC, id",
    SortKey.SOURCE: "source_key = '', source_key, published_ts IS NULL, published_ts DESC, id",
}
"""SQL order of each sort: a total order, missing values last, so results never flicker."""


def order_by(sort: SortKey, reverse: bool) -> str:
    """The SQL order of `sort`, or of its reverse: every key turned round but the tests for a
    missing value (`IS NULL`, `= ''`), which keep articles without one last."""
    if not reverse:
        return ORDER_BY[sort]
    terms = []
    for term in ORDER_BY[sort].split(", "):
        if term.endswith((" IS NULL", " = ''")):
            terms.append(term)
        elif term.endswith(" DESC"):
            terms.append(term.removesuffix(" DESC"))
        else:
            terms.append(f"{term} DESC")
    return ", ".join(terms)


SHORT_TERM_LENGTH = 2
"""Search terms this short match whole words, longer ones words they start."""


LIST_COLUMNS = "id, title, draft, importance, published, categories, source_name"
"""What a list shows of each article, in the order `row_list_entry` takes them; the date
order's index holds them all (schema.py), so a list in that order reads no table row."""


def select_query(connection: sqlite3.Connection, query: ArticleQuery) -> Selected:
    """The articles `query` accepts, in its order, read from the tables (before the index
    keeps its Catalog, and in the CLI's one query)."""
    rowids: list[int] = []
    ids: list[str] = []
    for rowid, article_id in select_in_order(connection, query, "rowid, id"):
        rowids.append(rowid)
        ids.append(article_id)
    return Selected(ids, rowids)


def select_in_order(
    connection: sqlite3.Connection, query: ArticleQuery, columns: str = LIST_COLUMNS
) -> sqlite3.Cursor:
    """A cursor over `columns` of the articles `query` accepts, in its order: read from the
    sort's index as it is taken, so the first rows come before the last are read."""
    conditions, parameters = filter_conditions(query)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"SELECT {columns} FROM articles {where} ORDER BY {order_by(query.sort, query.reverse)}"
    return connection.execute(sql, parameters)


def select_list_rows(
    connection: sqlite3.Connection, rowids: Sequence[int]
) -> list[tuple[Any, ...]]:
    """`LIST_COLUMNS` of the articles `rowids` (at most `CHUNK`, see reads.py), in that order;
    one gone meanwhile is left out."""
    placeholders = ", ".join("?" * len(rowids))
    sql = f"SELECT {LIST_COLUMNS}, rowid FROM articles WHERE rowid IN ({placeholders})"
    found = {row[-1]: row[:-1] for row in connection.execute(sql, list(rowids))}
    return [found[rowid] for rowid in rowids if rowid in found]


def filter_conditions(query: ArticleQuery) -> tuple[list[str], list[str | int]]:
    """The SQL conditions on `articles` of `query`'s category, importance and search, and
    their parameters; the read and starred filters are the reading state's."""
    conditions: list[str] = []
    parameters: list[str | int] = []
    for facet in Facet:
        keys = sorted(query.folded(facet))
        if keys:
            conditions.append(
                "rowid IN (SELECT article FROM facets WHERE kind = ?"
                f" AND key IN ({', '.join('?' * len(keys))}))"
            )
            parameters.extend([facet.value, *keys])
    if query.min_importance is not None:
        conditions.append("importance >= ?")
        parameters.append(query.min_importance)
    if query.terms:
        conditions.append("rowid IN (SELECT rowid FROM search WHERE search MATCH ?)")
        parameters.append(match_expression(query.term_forms))
    return conditions, parameters


def select_matches(connection: sqlite3.Connection, term_forms: Sequence[Sequence[str]]) -> set[int]:
    """The rowids of the articles with a word starting with a form of every term (see
    `ArticleQuery.term_forms`)."""
    rows = connection.execute(
        "SELECT rowid FROM search WHERE search MATCH ?", (match_expression(term_forms),)
    )
    return {row[0] for row in rows}


def match_expression(term_forms: Sequence[Sequence[str]]) -> str:
    """An FTS5 query matching documents with a word for every term, in any of its forms.

    A form of two letters or digits matches whole words only (`AI`, `EU`, `19`): as the start
    of words, it would match nearly every article, and slowly; a longer one matches the words
    it starts (see `matches_word_starts`). Each form is quoted, so nothing a user types is
    read as FTS5 syntax.
    """
    groups = []
    for forms in term_forms:
        quoted = [
            '"' + form.replace('"', '""') + '"' + ("*" if matches_word_starts(form) else "")
            for form in forms
        ]
        groups.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    return " AND ".join(groups)


def matches_word_starts(form: str) -> bool:
    """Whether a search `form` matches the words it starts, not only itself: longer than two
    characters, or two of a script without case. Chinese and Japanese write no spaces, and
    Korean joins particles to words: `北京` or `서울` is a whole word that the text runs on
    from (`北京发布`, `서울에서`), and is found only as a word's start."""
    return len(form) > SHORT_TERM_LENGTH or (form.upper() == form.lower() and not form.isdigit())


def select_articles(
    connection: sqlite3.Connection,
    folder: Path,
    article_ids: Sequence[str],
    with_body: bool = True,
) -> dict[str, Article]:
    """The articles of `article_ids` the index has, by id; without their bodies ("") unless
    `with_body`, for a list, which never shows them."""
    placeholders = ", ".join("?" * len(article_ids))
    select = SELECT_ARTICLE if with_body else SELECT_ARTICLE.replace("s.body", "''")
    rows = connection.execute(
        f"{select} WHERE a.id IN ({placeholders})", list(article_ids)
    ).fetchall()
    return {row[0]: row_article(row, folder) for row in rows}


def select_facet_rows(connection: sqlite3.Connection, facet: Facet) -> list[FacetRow]:
    """Every article's rowid with the key and name of each of its names of `facet`'s kind,
    in the order they were indexed (a `NO_FACET` row for an article without any)."""
    rows: list[FacetRow] = connection.execute(
        "SELECT article, key, name FROM facets WHERE kind = ? ORDER BY rowid", (facet.value,)
    ).fetchall()
    return rows


def select_name_counts(connection: sqlite3.Connection, facet: Facet) -> list[tuple[str, str, int]]:
    """Each key of `facet`'s kind with its first indexed spelling and number of articles, in
    one statement that reads only the index of keys (20 ms at 100,000 articles)."""
    rows = connection.execute(
        "SELECT f.key, f.name, g.count FROM (SELECT key, count(*) AS count, min(rowid) AS first"
        " FROM facets WHERE kind = ? GROUP BY key) AS g JOIN facets AS f ON f.rowid = g.first",
        (facet.value,),
    )
    return rows.fetchall()


def select_problems(connection: sqlite3.Connection, folder: Path) -> tuple[LoadProblem, ...]:
    """Files that could not be loaded, in file order."""
    rows = connection.execute(
        "SELECT path, problem FROM files WHERE problem IS NOT NULL ORDER BY path"
    ).fetchall()
    return tuple(LoadProblem(folder / path, problem) for path, problem in rows)


def select_file_results(
    connection: sqlite3.Connection, folder: Path
) -> list[tuple[Path, Article | LoadProblem]]:
    """Every file of the folder with what it gave, in file order."""
    rows = connection.execute(
        f"SELECT files.path, files.problem, article.* FROM files LEFT JOIN"
        f" ({SELECT_ARTICLE.replace('SELECT ', 'SELECT a.rowid AS article_rowid, ', 1)})"
        " AS article ON article.article_rowid = files.article ORDER BY files.path"
    ).fetchall()
    results: list[tuple[Path, Article | LoadProblem]] = []
    for name, problem, _, *article in rows:
        path = folder / name
        if problem is not None:
            results.append((path, LoadProblem(path, problem)))
        else:
            results.append((path, row_article(article, folder)))
    return results
