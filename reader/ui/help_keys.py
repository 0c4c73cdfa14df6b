"""The keys the help lists, read from the bindings of each screen and widget."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

from .screens.article_detail import ArticleDetailScreen
from .screens.article_list import ArticleListScreen
from .screens.help import HelpSection
from .screens.problems import ProblemsScreen
from .screens.reading_screen import READING_BINDINGS
from .widgets.article_table import ArticleTable
from .widgets.category_list import CategoryList
from .widgets.vim_keys import PageScroll, VimOptionList


def _bindings(*classes: type[object], listed_apart: Iterable[BindingType] = ()) -> list[Binding]:
    """Return the Binding objects declared by `classes`, in order, but for the reading keys
    that the list and the article share, and the keys `listed_apart` binds: the help lists
    those once."""
    apart = {binding.key for binding in listed_apart if isinstance(binding, Binding)}
    found: list[Binding] = []
    for owner in classes:
        bindings: Iterable[BindingType] = getattr(owner, "BINDINGS", [])
        found.extend(
            binding
            for binding in bindings
            if isinstance(binding, Binding)
            and binding not in READING_BINDINGS
            and binding.key not in apart
        )
    return found


def help_sections(everywhere: Iterable[BindingType]) -> list[HelpSection]:
    """Return the keys of each screen for the help, read from their bindings.

    Args:
        everywhere: The app's own keys.

    Returns:
        Headings and bindings: the list, an article, the problems list and everywhere.
    """
    return [
        # The list repeats the app's `?` to show it first in its footer.
        ("Article list", _bindings(ArticleTable, ArticleListScreen, listed_apart=everywhere)),
        ("Category and tag sidebar", _bindings(CategoryList)),
        ("Article", _bindings(ArticleDetailScreen, PageScroll)),
        (
            "List and article: the article under the cursor or open",
            [b for b in READING_BINDINGS if isinstance(b, Binding)],
        ),
        ("Files that failed to load", _bindings(ProblemsScreen, VimOptionList)),
        (
            "Everywhere",
            [
                *(binding for binding in everywhere if isinstance(binding, Binding)),
                Binding("ctrl+p", "command_palette", "Command palette: filters and sorts by name"),
            ],
        ),
    ]
