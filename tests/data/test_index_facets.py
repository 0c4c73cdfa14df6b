"""Categories and tags in the index: filters of several names, "(none)", and counts that
follow the other filters, alike from the tables and from the prepared catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.data.index.article_index import ArticleIndex
from reader.data.query import NO_FACET, ArticleQuery, Facet
from reader.data.selection import facet_counts, select_articles
from reader.data.state import Mark, ReadingState

ARTICLES = {
    "a": ("[Věda, Vesmír]", "[sondy, Mars]", 5),
    "b": ("[věda]", "[mars]", 2),
    "c": ("[Ekonomika]", "[]", 4),
    "d": ("[]", "[sondy]", 1),
}


@pytest.fixture
def index(tmp_path: Path) -> ArticleIndex:
    """Four articles with several categories and tags, one of each kind without any."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for slug, (categories, tags, importance) in ARTICLES.items():
        (folder / f"{slug}.md").write_text(
            f"---\ntitle: {slug}\ncategories: {categories}\ntags: {tags}\n"
            f"importance: {importance}\n---\nText.\n",
            encoding="utf-8",
        )
    opened = ArticleIndex.open(folder, cached=False)
    list(opened.refresh())
    return opened


QUERIES = [
    (ArticleQuery(categories=("veda",)), {"a", "b"}),
    (ArticleQuery(categories=("Ekonomika", "vesmír")), {"a", "c"}),
    (ArticleQuery(categories=(NO_FACET,)), {"d"}),
    (ArticleQuery(tags=("MARS",)), {"a", "b"}),
    (ArticleQuery(tags=(NO_FACET,)), {"c"}),
    (ArticleQuery(categories=("věda",), tags=("sondy",)), {"a"}),
    (ArticleQuery(tags=("nikde",)), set()),
]


@pytest.mark.parametrize("prepared", [False, True], ids=["tables", "catalog"])
@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_facet_filters_keep_articles_with_any_name_of_each_kind(
    index: ArticleIndex, prepared: bool, query: ArticleQuery, expected: set[str]
) -> None:
    """Any of the names of a kind keeps an article; categories and tags must both hold."""
    if prepared:
        index.prepare_queries()
    assert set(index.query(query)) == expected


@pytest.mark.parametrize("prepared", [False, True], ids=["tables", "catalog"])
def test_facet_counts_follow_the_other_filters(
    index: ArticleIndex, tmp_path: Path, prepared: bool
) -> None:
    """Counts are of the articles the other filters keep, `(none)` last; a kind's own filter
    does not narrow its counts."""
    if prepared:
        index.prepare_queries()
    state = ReadingState.open(tmp_path / "state")
    assert facet_counts(index, state, ArticleQuery(), Facet.CATEGORY) == (
        4,
        [("Ekonomika", 1), ("Věda", 2), ("Vesmír", 1), (NO_FACET, 1)],
    )
    at_least_4 = ArticleQuery(min_importance=4, tags=("sondy",))
    assert facet_counts(index, state, at_least_4, Facet.TAG) == (
        2,
        [("Mars", 1), ("sondy", 1), (NO_FACET, 1)],
    )
    assert facet_counts(index, state, at_least_4, Facet.CATEGORY) == (
        1,
        [("Věda", 1), ("Vesmír", 1)],
    )
    state.set(["a"], Mark.READ, on=True)
    unread = ArticleQuery(unread_only=True)
    assert facet_counts(index, state, unread, Facet.TAG)[1] == [
        ("mars", 1),
        ("sondy", 1),
        (NO_FACET, 1),
    ]


def test_facet_counts_reuse_the_articles_the_query_selected(
    index: ArticleIndex, tmp_path: Path
) -> None:
    """Given the articles the query selected, the counts are the same as without them."""
    state = ReadingState.open(tmp_path / "state")
    for query in (ArticleQuery(min_importance=2), ArticleQuery(min_importance=2, tags=("mars",))):
        selected = select_articles(index, state, query)
        for facet in Facet:
            assert facet_counts(index, state, query, facet, selected) == facet_counts(
                index, state, query, facet
            )


@pytest.mark.parametrize("floor", [1, 2, 3, 4, 5])
def test_facet_counts_under_an_importance_floor_alone_are_those_of_its_articles(
    index: ArticleIndex, tmp_path: Path, floor: int
) -> None:
    """Under an importance floor and no other filter, the counts the prepared index adds up
    by importance are those of the articles the floor keeps, counted one by one."""
    index.prepare_queries()
    state = ReadingState.open(tmp_path / "state")
    query = ArticleQuery(min_importance=floor)
    selected = select_articles(index, state, query)
    for facet in Facet:
        assert facet_counts(index, state, query, facet) == (
            len(selected),
            index.facet_counts(facet, selected),
        )
