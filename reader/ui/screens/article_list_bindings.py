"""The keys of the article list: filters, sort, search, marks and the problems list."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from .reading_screen import READING_BINDINGS

ARTICLE_LIST_BINDINGS: list[BindingType] = [
    # Help and quit first: a narrow terminal's footer cuts the keys at its end.
    Binding("question_mark", "app.help", "Help"),
    Binding("q", "app.quit", "Quit"),
    # Priority, so focus moves as `/` arrives: keys typed right after it then go into the
    # search box, not to the table (Textual hands a key to the widget focused on arrival).
    Binding(
        "slash", "search", "Search", priority=True, tooltip="Search titles and text as you type"
    ),
    Binding("c", "categories", "Category", tooltip="Choose a category or tag in the sidebar"),
    Binding(
        "0",
        "min_importance(0)",
        "Importance",
        key_display="0-5",
        tooltip="1-5 show only articles at least that important; 0 shows all",
    ),
    *(Binding(str(level), f"min_importance({level})", show=False) for level in range(1, 6)),
    Binding("s", "next_sort", "Sort", tooltip="Sort by date, importance, title or source"),
    *READING_BINDINGS,
    Binding("M", "mark_all_read", "All read", show=False, tooltip="Mark every listed article read"),
    Binding("u", "toggle_unread_only", "Hide read", tooltip="Hide or show read articles"),
    Binding("F", "toggle_starred_only", "Starred", tooltip="Show only starred articles"),
    Binding(
        "exclamation_mark",
        "problems",
        "Problems",
        show=False,
        tooltip="Files that failed to load",
    ),
    Binding("escape", "clear_search", "Clear search", show=False, tooltip="Clear the search"),
]
"""Help, quit, filters, sort, search, marks, links and the problems list; undo and the
palette are the app's (and `?` too, everywhere else)."""
