"""How a query reads in words: the line above the list, and advice when nothing matches."""

from __future__ import annotations

from rich.text import Text

from ..data import NO_FACET, ArticleQuery, Facet, SortKey, TextCoverage
from ..present.article_text import clean_line, plural

SORT_NAMES = {
    SortKey.DATE: "date, newest first",
    SortKey.IMPORTANCE: "importance, most important first",
    SortKey.TITLE: "title, A to Z",
    SortKey.SOURCE: "source, A to Z",
}
"""How each sort is named on screen."""
REVERSED_SORT_NAMES = {
    SortKey.DATE: "date, oldest first",
    SortKey.IMPORTANCE: "importance, least important first",
    SortKey.TITLE: "title, Z to A",
    SortKey.SOURCE: "source, Z to A",
}
"""How each sort turned round is named on screen."""


def sort_name(query: ArticleQuery) -> str:
    """The query's order in words, like `date, newest first`."""
    return (REVERSED_SORT_NAMES if query.reverse else SORT_NAMES)[query.sort]


SEPARATOR = " · "
"""Between the parts of the filter line."""


def describe_filters(query: ArticleQuery, coverage: TextCoverage | None = None) -> list[str]:
    """Return each filter in force in words, like `importance ≥ 3`.

    Args:
        query: The query shown.
        coverage: How much of the folder the text search covers; a search made before it
            covers all says what it searched.

    Returns:
        One phrase per active filter; empty when the list is unfiltered.
    """
    filters = []
    for facet, label in ((Facet.CATEGORY, "category"), (Facet.TAG, "tag")):
        names = query.names(facet)
        if names:
            shown = (clean_line(name) if name != NO_FACET else "(none)" for name in names)
            filters.append(f"{label}: {' or '.join(shown)}")
    if query.min_importance is not None:
        filters.append(f"importance ≥ {query.min_importance}")
    if query.search.strip():
        # Words of one letter are not searched (nearly every article has them): say so,
        # rather than seem to have found every article.
        unsearched = "" if query.terms else " (words too short to search)"
        if query.terms and coverage is not None and not coverage.complete:
            # Short enough for 80 columns: the count is what the user needs.
            unsearched = f" (titles, {coverage.covered:,} of {coverage.total:,} texts)"
        filters.append(f'search: "{clean_line(query.search)}"{unsearched}')
    if query.unread_only:
        filters.append("unread only")
    if query.starred_only:
        filters.append("starred only")
    return filters


def filter_line(
    query: ArticleQuery,
    shown: int,
    total: int,
    load_status: str = "",
    coverage: TextCoverage | None = None,
) -> Text:
    """Return the line above the list: `N of M articles`, the filters, how loading goes,
    and the sort, in the order they matter (the screen cuts what does not fit).

    Args:
        query: The query shown.
        shown: How many articles it matched.
        total: How many articles there are.
        load_status: How far loading has got, or why it failed; "" once done.
        coverage: How much of the folder the text search covers; None when not known.

    Returns:
        Plain text: the search is the user's and the category the data's, never markup.
    """
    line = Text(f"{shown:,} of {plural(total, 'article')}", style="bold")
    filters = describe_filters(query, coverage) or ["no filters"]
    line.append(SEPARATOR + SEPARATOR.join(filters))
    if load_status:
        line.append(SEPARATOR + load_status, style="italic")
    elif coverage is not None and not coverage.complete and not query.terms:
        line.append(f"{SEPARATOR}text search: {coverage.covered:,} of {coverage.total:,}")
    # Last: the list's header marks the sorted column too.
    line.append(f"{SEPARATOR}sorted by {sort_name(query)}", style="dim")
    return line


def empty_advice(query: ArticleQuery, total: int, problems: int) -> Text:
    """Say why the list is empty and how to widen it.

    Args:
        query: The query that matched nothing.
        total: How many articles there are.
        problems: How many files failed to load.

    Returns:
        One or two sentences.
    """
    if total == 0:
        advice = "This folder has no articles."
        if problems:
            advice += f" {plural(problems, 'file')} could not be loaded: press ! to see why."
        return Text(advice)
    steps = []
    if query.min_importance is not None:
        steps.append("0 for all importances")
    if query.search.strip():
        steps.append("Esc to clear the search")
    if query.categories or query.tags:
        steps.append("c to pick All categories or All tags")
    if query.unread_only:
        steps.append("u to show read articles")
    if query.starred_only:
        steps.append("F to show unstarred articles")
    if not steps:
        return Text("No articles match.")
    if len(steps) > 1:
        steps[-1] = "or " + steps[-1]
    # "Press" first: a sentence may not start with a key's letter, whose case matters.
    return Text(f"No articles match. Press {', '.join(steps)}.")
