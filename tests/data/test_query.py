"""Tests for ArticleQuery: validation, folding, filters and the total sort order."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.data.article import Article, Source
from reader.data.query import ArticleQuery, FoldedArticle, SortKey, fold, sort_key


def make_article(
    article_id: str,
    *,
    title: str = "Titulek",
    category: str = "",
    importance: int | None = None,
    published: datetime | None = None,
    source: str = "",
    description: str = "",
    body: str = "",
) -> Article:
    """Build an article with only the fields a test cares about."""
    return Article(
        id=article_id,
        path=Path(f"{article_id}.md"),
        title=title,
        description=description,
        category=category,
        importance=importance,
        published=published,
        source=Source(id=source.lower(), name=source),
        body=body,
    )


def day(number: int) -> datetime:
    """Return midnight UTC on the given day of December 2025."""
    return datetime(2025, 12, number, tzinfo=UTC)


def ordered(articles: list[Article], sort: SortKey) -> list[str]:
    """Return the ids of `articles` in the order `sort` gives."""
    return [article.id for article in sorted(articles, key=lambda a: sort_key(sort, a))]


def test_fold_ignores_case_and_diacritics() -> None:
    """Folding removes case and Czech accents so queries match without them."""
    assert fold("Spolupráce") == "spoluprace"
    assert fold("ŘEŽBA Ůčet") == "rezba ucet"
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize("floor", [0, 6, -1, True, 2.5, "3"], ids=repr)
def test_query_rejects_importance_outside_one_to_five(floor: object) -> None:
    """A minimum importance must be a whole number from 1 to 5."""
    with pytest.raises(ValueError, match="from 1 to 5"):
        ArticleQuery(min_importance=floor)  # type: ignore[arg-type]


@pytest.mark.parametrize("floor", [None, 1, 5])
def test_query_accepts_valid_importance(floor: int | None) -> None:
    """None and every value from 1 to 5 build a query."""
    assert ArticleQuery(min_importance=floor).min_importance == floor


def test_query_defaults_show_everything_newest_first() -> None:
    """An empty query accepts any article and sorts by date."""
    query = ArticleQuery()
    assert query.sort is SortKey.DATE
    assert query.accepts(make_article("a"))


def test_filter_hides_articles_below_floor_and_without_importance() -> None:
    """Only articles at or above the floor pass; an unknown importance never does."""
    query = ArticleQuery(min_importance=3)
    assert query.accepts(make_article("high", importance=5))
    assert query.accepts(make_article("equal", importance=3))
    assert not query.accepts(make_article("low", importance=2))
    assert not query.accepts(make_article("unknown"))


def test_category_filter_compares_folded() -> None:
    """A category typed without accents or capitals still selects the category."""
    article = make_article("a", category="Obranné technologie")
    assert ArticleQuery(category="obranne TECHNOLOGIE").accepts(article)
    assert not ArticleQuery(category="obranné").accepts(article)


def test_search_needs_every_term_in_any_field() -> None:
    """Each search term must appear, folded, in title, description, category or body."""
    article = make_article(
        "a", title="Spolupráce", description="s Kazachstánem", category="Obrana", body="Nové zbraně"
    )
    assert ArticleQuery(search="spoluprace").accepts(article)
    assert ArticleQuery(search="KAZACH  zbrane obrana").accepts(article)
    assert not ArticleQuery(search="spoluprace letadla").accepts(article)


def test_search_term_does_not_span_two_fields() -> None:
    """A term made of the end of one field and the start of the next does not match."""
    article = make_article("a", title="abc", description="def")
    assert not ArticleQuery(search="cd").accepts(article)


def test_search_uses_precomputed_folded_text() -> None:
    """Passing the article's FoldedArticle gives the same answer as folding it again."""
    article = make_article("a", title="Žlutý kůň", category="Příroda")
    folded = FoldedArticle.of(article)
    for query in (ArticleQuery(search="kun"), ArticleQuery(category="priroda", search="xyz")):
        assert query.accepts(article, folded) == query.accepts(article)


def test_date_sort_is_newest_first_with_missing_dates_last() -> None:
    """Date order puts the newest first, undated articles last, and ties by id."""
    articles = [
        make_article("old", published=day(1)),
        make_article("undated"),
        make_article("new-b", published=day(5)),
        make_article("new-a", published=day(5)),
    ]
    assert ordered(articles, SortKey.DATE) == ["new-a", "new-b", "old", "undated"]


def test_importance_sort_breaks_ties_by_date_then_id() -> None:
    """Most important first; equal importances fall back to newest first, then id."""
    articles = [
        make_article("none", published=day(9)),
        make_article("low", importance=1, published=day(9)),
        make_article("high-old", importance=5, published=day(1)),
        make_article("high-new", importance=5, published=day(2)),
        make_article("high-new-b", importance=5, published=day(2)),
    ]
    assert ordered(articles, SortKey.IMPORTANCE) == [
        "high-new",
        "high-new-b",
        "high-old",
        "low",
        "none",
    ]


def test_title_and_source_sorts_ignore_case_and_accents() -> None:
    """Title and source order alphabetically on folded text, empty sources last."""
    articles = [
        make_article("b", title="Zpráva", source="Český rozhlas"),
        make_article("a", title="čas", source="aktualne"),
        make_article("c", title="Ceny", source=""),
    ]
    assert ordered(articles, SortKey.TITLE) == ["a", "c", "b"]
    assert ordered(articles, SortKey.SOURCE) == ["a", "b", "c"]


@pytest.mark.parametrize("sort", list(SortKey), ids=lambda key: key.value)
def test_every_sort_is_a_total_order(sort: SortKey) -> None:
    """Any input order of the same articles sorts to one result."""
    articles = [
        make_article(f"id-{number}", title="Stejný", importance=3, published=day(1), source="X")
        for number in range(8)
    ] + [make_article("bare")]
    expected = ordered(articles, sort)
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    assert ordered(shuffled, sort) == expected
    assert len(set(expected)) == len(expected)
