"""The keys the help lists, read from the bindings of each screen and widget."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingType

from .kept_screens import show_kept
from .keymap import keys_in_force
from .screens.article_detail import ArticleDetailScreen
from .screens.article_list import ArticleListScreen
from .screens.brief import BriefList, BriefScreen
from .screens.help import HelpScreen, HelpSection
from .screens.problems import ProblemsScreen
from .screens.reading_screen import READING_BINDINGS
from .widgets.article_table import ArticleTable
from .widgets.category_list import CategoryList
from .widgets.vim_keys import PageScroll, VimOptionList

HELP_SCREEN = "help"
"""The name the help is installed under: made at the first `?`, kept between showings."""


def show_help(app: App[Any], everywhere: Iterable[BindingType], keymap: Mapping[str, str]) -> None:
    """Show the help over the current screen. It is made once and kept: every screen's keys
    are known once the settings are applied (`keymap`), and making it took 150-225 ms at
    each `?`.

    Args:
        app: The app.
        everywhere: The app's own bindings.
        keymap: The user's own keys, by binding id.
    """
    show_kept(app, HELP_SCREEN, lambda: HelpScreen(help_sections(everywhere, keymap)))


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


def screen_bindings(everywhere: Iterable[BindingType]) -> dict[str, list[BindingType]]:
    """The keys each screen answers, the app's and its focused list's among them: what a key
    of one's own must not clash with.

    Args:
        everywhere: The app's own keys.
    """
    return {
        "article list": [*everywhere, *ArticleListScreen.BINDINGS, *ArticleTable.BINDINGS],
        "article": [*everywhere, *ArticleDetailScreen.BINDINGS, *PageScroll.BINDINGS],
        "list of files that failed": [*everywhere, *ProblemsScreen.BINDINGS],
    }


def help_sections(
    everywhere: Iterable[BindingType], keymap: Mapping[str, str]
) -> list[HelpSection]:
    """Return the keys of each screen for the help, as they are in force.

    Args:
        everywhere: The app's own keys.
        keymap: The keys of the user's own, by binding id.

    Returns:
        Headings and bindings: the list, an article, the brief, the problems list and
        everywhere.
    """
    return [
        (heading, keys_in_force(bindings, keymap))
        for heading, bindings in _default_sections(everywhere)
    ]


def _default_sections(everywhere: Iterable[BindingType]) -> list[HelpSection]:
    """The keys of each screen as they are bound by default."""
    return [
        # The list repeats the app's `?` to show it first in its footer.
        ("Article list", _bindings(ArticleTable, ArticleListScreen, listed_apart=everywhere)),
        ("Category and tag sidebar", _bindings(CategoryList)),
        ("Article", _bindings(ArticleDetailScreen, PageScroll)),
        (
            "List and article: the article under the cursor or open",
            [b for b in READING_BINDINGS if isinstance(b, Binding)],
        ),
        ("Brief", _bindings(BriefScreen, BriefList)),
        ("Files that failed to load", _bindings(ProblemsScreen, VimOptionList)),
        (
            "Everywhere",
            [
                *(binding for binding in everywhere if isinstance(binding, Binding)),
                Binding(
                    "ctrl+p",
                    "command_palette",
                    "Command palette: every action by name, sorts and filters",
                ),
            ],
        ),
    ]
