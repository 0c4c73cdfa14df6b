"""ListStatus: the lines above the article list: what it shows, and how far loading has got."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from ...data import ArticleQuery, TextCoverage
from ..query_text import filter_line


class ListStatus(Vertical):
    """`N of M articles`, the filters and the sort; a progress bar while files are read."""

    def compose(self) -> ComposeResult:
        """Lay out the filter line and the (hidden) progress bar."""
        yield Static(id="filter-line")
        yield ProgressBar(id="load-progress", show_eta=True)

    def show(
        self,
        query: ArticleQuery,
        shown: int,
        total: int | None,
        load_status: str,
        coverage: TextCoverage | None = None,
    ) -> None:
        """Describe the list: its counts and filters, then how loading goes.

        Args:
            query: The query the list shows.
            shown: How many articles it matched.
            total: How many articles there are; None before the index is open.
            load_status: How far loading has got, or why it failed; "" once done.
            coverage: How much of the folder the text search covers; None when not known.
        """
        line = self.query_one("#filter-line", Static)
        if total is None:
            line.update(Text(load_status))
            return
        # One line high whatever it says: no new layout of the screen.
        line.update(filter_line(query, shown, total, load_status, coverage), layout=False)

    def show_progress(self, progress: tuple[int, int] | None) -> None:
        """Show files read of files to read, or hide the bar for None."""
        self.set_class(progress is not None, "-loading")
        if progress is None:
            return
        done, total = progress
        bar = self.query_one(ProgressBar)
        if done:
            bar.update(total=total, progress=done)
        else:
            # No sample of the time before the first files are in (starting the workers,
            # reading the word model): the estimate would take it for the pace, minutes long.
            bar.update(total=total)
