"""The keys of the article list: filters, sort, search, marks and the problems list."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from .reading_screen import READING_BINDINGS

ARTICLE_LIST_BINDINGS: list[BindingType] = [
    # Help and quit first: a narrow terminal's footer cuts the keys at its end.
    Binding("question_mark", "app.help", "Help", id="help"),
    Binding("q", "app.quit", "Quit", id="quit"),
    # Priority, so focus moves as `/` arrives: keys typed right after it then go into the
    # search box, not to the table (Textual hands a key to the widget focused on arrival).
    Binding(
        "slash",
        "search",
        "Search",
        priority=True,
        tooltip="Search titles and text as you type",
        id="search",
    ),
    Binding(
        "c",
        "categories",
        "Category",
        tooltip="Choose a category or tag in the sidebar",
        id="categories",
    ),
    Binding(
        "0",
        "min_importance(0)",
        "Importance",
        key_display="0-5",
        tooltip="1-5 show only articles at least that important; 0 shows all",
    ),
    *(Binding(str(level), f"min_importance({level})", show=False) for level in range(1, 6)),
    Binding(
        "s", "next_sort", "Sort", tooltip="Sort by date, importance, title or source", id="sort"
    ),
    Binding(
        "S",
        "reverse_sort",
        "Reverse",
        show=False,
        tooltip="Turn the order round",
        id="reverse-sort",
    ),
    Binding(
        "b",
        "brief",
        "Brief",
        show=False,
        tooltip="The day's articles by importance and category, and the folder at a glance",
        id="brief",
    ),
    *READING_BINDINGS,
    Binding(
        "M",
        "mark_all_read",
        "All read",
        show=False,
        tooltip="Mark every listed article read",
        id="all-read",
    ),
    Binding(
        "u", "toggle_unread_only", "Hide read", tooltip="Hide or show read articles", id="hide-read"
    ),
    Binding(
        "F",
        "toggle_starred_only",
        "Starred",
        tooltip="Show only starred articles",
        id="starred-only",
    ),
    Binding(
        "exclamation_mark",
        "problems",
        "Problems",
        show=False,
        tooltip="Files that failed to load",
        id="problems",
    ),
    Binding(
        "escape",
        "clear_search",
        "Clear search",
        show=False,
        tooltip="Clear the search",
        id="clear-search",
    ),
]
"""Help, quit, filters, sort, the brief, search, marks, links and the problems list; undo and the
palette are the app's (and `?` too, everywhere else)."""
