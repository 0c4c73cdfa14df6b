"""Tests for ArticleQuery: validation and folding (the index tests what queries select)."""

from __future__ import annotations

import pytest

from reader.data.query import ArticleQuery, Facet, SortKey, fold


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
    """An empty query has no filters and sorts by date."""
    query = ArticleQuery()
    assert (query.categories, query.tags, query.min_importance, query.terms) == ((), (), None, ())
    assert query.sort is SortKey.DATE


def test_query_folds_categories_tags_and_search_terms() -> None:
    """Categories, tags and each search term are compared folded."""
    query = ArticleQuery(
        categories=("Obranné TECHNOLOGIE",), tags=("Drony", "AI"), search="  Spolupráce  KAZACH "
    )
    assert query.folded(Facet.CATEGORY) == {"obranne technologie"}
    assert query.folded(Facet.TAG) == {"drony", "ai"}
    assert query.terms == ("spoluprace", "kazach")


@pytest.mark.parametrize(
    ("search", "terms"),
    [
        ("e-mail", ("mail",)),
        ("COVID-19", ("covid", "19")),
        ("don't", ("don",)),
        ("U.S.", ()),
        ("3,5 % 'x.y' _ab_", ("ab",)),
        ("spolu-práce,kazach", ("spolu", "prace", "kazach")),
        ("हिन्दी समाचार", ("हिन्दी", "समाचार")),
        ("ข่าว, مَرْحَبًا", ("ข่าว", "مَرْحَبًا")),
    ],
)
def test_query_splits_terms_into_words_as_the_index_does(search: str, terms: tuple[str]) -> None:
    """Punctuation inside a typed word splits it, as the text index splits what it stores."""
    assert ArticleQuery(search=search).terms == terms


def test_query_ignores_one_letter_terms() -> None:
    """A lone letter is no search: it would match nearly every article."""
    assert ArticleQuery(search="a kůň v").terms == ("kun",)
