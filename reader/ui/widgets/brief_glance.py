"""BriefGlance: the folder at a glance beside the brief: articles per day as a sparkline,
counts per category and importance as bars, unread counts."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

from ...data import Brief
from ...present.article_text import plural
from ...present.brief_text import category_name, count_bar, importance_name, short_day

NAME_CELLS = 14
"""Cells of a category's name in its bar's line; longer names end in `…`."""
BAR_CELLS = 9
"""Cells of the longest bar."""
MOST_CATEGORIES = 8
"""Categories listed; the others are counted in one line."""


def bar_line(name: str, count: int, most: int) -> Text:
    """One line of counts: the name to its width, the bar, the number."""
    if cell_len(name) > NAME_CELLS:
        name = set_cell_size(name, NAME_CELLS - 1) + "…"
    line = Text(set_cell_size(name, NAME_CELLS) + " ")
    line.append(set_cell_size(count_bar(count, most, BAR_CELLS), BAR_CELLS), style="bold")
    line.append(f" {count:,}")
    return line


def counts_text(brief: Brief) -> Text:
    """The counts per category and importance, and the unread, as lines of bars."""
    text = Text()
    text.append(f"{plural(brief.span_total, 'article')}, {brief.unread:,} unread\n\n")
    text.append("Categories\n", style="bold underline")
    shown = brief.per_category[:MOST_CATEGORIES]
    most = max((count for _, count in shown), default=0)
    for name, count in shown:
        text.append_text(bar_line(category_name(name), count, most))
        text.append("\n")
    others = brief.per_category[MOST_CATEGORIES:]
    if others:
        text.append(f"and {len(others):,} more\n", style="dim")
    text.append("\nImportance\n", style="bold underline")
    most = max((count for _, count in brief.per_importance), default=0)
    for level, count in brief.per_importance:
        text.append_text(bar_line(importance_name(level), count, most))
        text.append("\n")
    return text


class BriefGlance(Vertical):
    """The weeks up to the brief's day at a glance; shows what it is given."""

    def compose(self) -> ComposeResult:
        """Lay out the span's title, the sparkline and the counts."""
        yield Static(id="glance-title")
        yield Sparkline([], id="glance-sparkline")
        yield Static(id="glance-counts")

    def show_brief(self, brief: Brief) -> None:
        """Show the counts of `brief`."""
        title = self.query_one("#glance-title", Static)
        counts = self.query_one("#glance-counts", Static)
        sparkline = self.query_one(Sparkline)
        if not brief.per_day:
            title.update(Text("No dated articles"))
            sparkline.data = []
            counts.update(Text())
            return
        first, last = short_day(brief.per_day[0].day), short_day(brief.per_day[-1].day)
        title.update(Text(f"Per day, {first} – {last}", style="bold"))
        sparkline.data = [count.articles for count in brief.per_day]
        counts.update(counts_text(brief))
