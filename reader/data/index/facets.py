"""Counting the articles of each category or tag, for the sidebar."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import NamedTuple

from ..query import NO_FACET, sort_key


class FacetRow(NamedTuple):
    """One category or tag of one article, as the index keeps it."""

    rowid: int
    id: str
    key: str
    """The name folded; `NO_FACET` for an article without any of its kind."""
    name: str
    """As written in the article."""


def count_facets(rows: Iterable[FacetRow], among: Collection[str] | None) -> list[tuple[str, int]]:
    """Each name with its number of articles, in Czech alphabetical order, `NO_FACET` last.

    Names that fold to the same key (`Věda`, `věda`, `Veda`) are one, shown as first indexed.

    Args:
        rows: The facet rows of one kind.
        among: Count only the articles of these ids; None counts every article.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for row in rows:
        if among is not None and row.id not in among:
            continue
        names.setdefault(row.key, row.name)
        counts[row.key] = counts.get(row.key, 0) + 1
    return sorted(
        ((names[key], count) for key, count in counts.items()),
        key=lambda pair: (pair[0] == NO_FACET, sort_key(pair[0]), pair[0]),
    )
