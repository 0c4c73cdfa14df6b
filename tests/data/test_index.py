"""Tests for ArticleIndex: answering queries with ids, categories and problems."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.data.article import Article, LoadProblem
from reader.data.index import ArticleIndex
from reader.data.load import load_folder
from reader.data.query import ArticleQuery, SortKey


def make_article(
    article_id: str,
    category: str = "",
    importance: int | None = None,
    day: int | None = None,
    title: str = "Titulek",
) -> Article:
    """Build an article with only the fields a test cares about."""
    published = None if day is None else datetime(2025, 12, day, tzinfo=UTC)
    return Article(
        id=article_id,
        path=Path(f"{article_id}.md"),
        title=title,
        category=category,
        importance=importance,
        published=published,
    )


@pytest.fixture
def index() -> ArticleIndex:
    """An index of five articles in three categories, one of them spelled three ways."""
    articles = [
        make_article("veda-1", "Věda", 2, 1, "Mikroskop"),
        make_article("veda-2", "věda", 4, 3, "Vesmírná sonda"),
        make_article("veda-3", "VEDA", None, 2, "Kvantový počítač"),
        make_article("obrana", "Obrana", 5, 4, "Spolupráce s Kazachstánem"),
        make_article("bez-kategorie", "", 1, None, "Různé"),
    ]
    return ArticleIndex(articles, [LoadProblem(Path("broken.md"), "invalid front matter")])


def test_index_counts_articles_and_keeps_problems(index: ArticleIndex) -> None:
    """The index holds every article and hands back the load problems unchanged."""
    assert len(index) == 5
    assert "obrana" in index
    assert index.problems == (LoadProblem(Path("broken.md"), "invalid front matter"),)


def test_categories_merge_folded_spellings(index: ArticleIndex) -> None:
    """Categories equal when folded are counted once, shown as first written, sorted."""
    assert index.categories() == [("Obrana", 1), ("Věda", 3)]


def test_query_returns_ids_in_sort_order(index: ArticleIndex) -> None:
    """An empty query returns every id, newest first and undated last."""
    assert index.query(ArticleQuery()) == ["obrana", "veda-2", "veda-3", "veda-1", "bez-kategorie"]


def test_query_filters_by_folded_category_and_importance(index: ArticleIndex) -> None:
    """Category and importance filters narrow the ids; sort applies to what is left."""
    query = ArticleQuery(category="veda", min_importance=2, sort=SortKey.IMPORTANCE)
    assert index.query(query) == ["veda-2", "veda-1"]


def test_query_searches_folded_text(index: ArticleIndex) -> None:
    """Search terms typed without accents find articles whose text has them."""
    assert index.query(ArticleQuery(search="spoluprace KAZACH")) == ["obrana"]
    assert index.query(ArticleQuery(search="vesmirna", sort=SortKey.TITLE)) == ["veda-2"]
    assert index.query(ArticleQuery(search="nic takoveho")) == []


def test_get_and_get_many_return_articles_for_ids(index: ArticleIndex) -> None:
    """Ids from a query fetch their articles, in the order asked."""
    ids = index.query(ArticleQuery(category="věda", sort=SortKey.TITLE))
    assert [article.title for article in index.get_many(ids)] == [
        "Kvantový počítač",
        "Mikroskop",
        "Vesmírná sonda",
    ]
    assert index.get("obrana").category == "Obrana"
    with pytest.raises(KeyError):
        index.get("missing")


def test_duplicate_id_is_refused() -> None:
    """Two articles with one id are a caller's bug, refused rather than silently dropped."""
    first = make_article("same", title="První")
    second = Article(id="same", path=Path("other.md"), title="Druhý")
    with pytest.raises(ValueError, match="duplicate article id 'same'"):
        ArticleIndex([first, second])


def test_from_load_indexes_a_loaded_folder(tmp_path: Path) -> None:
    """An index built from load_folder holds its articles and its problems."""
    (tmp_path / "a.md").write_text("---\ntitle: Věda\ncategory: Věda\n---\nText.\n", "utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Věda\ncategory: veda\n---\nText.\n", "utf-8")
    (tmp_path / "bad.md").write_text("---\n: : [\n---\nText.\n", "utf-8")
    index = ArticleIndex.from_load(load_folder(tmp_path))
    assert index.query(ArticleQuery(sort=SortKey.TITLE)) == ["a", "b"]
    assert index.categories() == [("Věda", 2)]
    assert [problem.path.name for problem in index.problems] == ["bad.md"]
