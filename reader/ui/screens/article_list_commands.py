"""The article list's palette commands: its sorts and filters, by name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from ...data.query import SortKey
from ..article_text import clean_line
from ..commands import ScreenCommand
from ..query_text import SORT_NAMES

if TYPE_CHECKING:  # the screen imports this module to offer its commands
    from .article_list import ArticleListScreen


def article_list_commands(screen: ArticleListScreen) -> Iterator[ScreenCommand]:
    """Return the commands that sort and filter `screen`.

    Args:
        screen: The article list.

    Yields:
        One command per sort, importance level and category, then search, clearing and the
        problems list.
    """
    for sort in SortKey:
        yield ScreenCommand(
            f"Sort by {SORT_NAMES[sort]}", "Order the list", partial(screen.sort_by, sort)
        )
    yield ScreenCommand(
        "Importance: all", "Show every article (key 0)", partial(screen.action_min_importance, 0)
    )
    for level in range(1, 6):
        yield ScreenCommand(
            f"Importance: at least {level}",
            f"Hide less important articles (key {level})",
            partial(screen.action_min_importance, level),
        )
    yield ScreenCommand("Category: all", "Show every category", partial(screen.show_category, None))
    for name, _ in screen.index.categories() if screen.index is not None else []:
        # The title holds data; ScreenCommands shows it as Text, never as markup.
        yield ScreenCommand(
            f"Category: {clean_line(name)}",
            "Show only this category",
            partial(screen.show_category, name),
        )
    yield ScreenCommand("Search articles", "Open the search box (key /)", screen.action_search)
    yield ScreenCommand("Clear all filters", "Show every article", screen.clear_filters)
    yield ScreenCommand(
        "Show files that failed to load", "List load problems (key !)", screen.action_problems
    )
