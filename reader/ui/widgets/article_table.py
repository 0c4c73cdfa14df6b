"""ArticleTable: the ids a query returned, drawn with the line API so only visible rows are read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from ...config import Config
from ...data import Article, ArticleIndex, Mark, SortKey
from ...present.article_text import date_width
from ..marking import Marking
from .cursor_rows import CursorRows
from .shown_rows import ShownRows
from .table_columns import GAP, Column, header_segments, layout_columns, row_segments
from .vim_keys import LIST_KEYS


class ArticleTable(CursorRows, can_focus=True):
    """Shows the articles of a list of ids, fetching only the rows on screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-table--header",
        "article-table--sorted",
        "article-table--cursor",
        "article-table--placeholder",
        "article-table--unread",
        "article-table--unread-mark",
        "article-table--starred-mark",
        "article-table--level-none",
        *(f"article-table--level-{level}" for level in range(1, 6)),
    }
    """Header, sorted column, cursor row, the no-rows message, unread rows, the marks, and the
    row colour per importance."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Open", show=False, tooltip="Open the article under the cursor"),
        *LIST_KEYS,
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]
    """Cursor movement in arrow and vim keys, and Enter to open."""

    @dataclass
    class ArticleChosen(Message):
        """The user opened the article under the cursor (Enter or a click)."""

        article: Article
        """The article."""
        row: int
        """Its position in the ids the table shows."""

    @dataclass
    class SortChosen(Message):
        """The user clicked a column header to sort by it."""

        sort: SortKey
        """The order asked for."""

    def __init__(
        self,
        marking: Marking,
        date_format: str = Config.date_format,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """Create an empty table; `show_articles` fills it.

        Args:
            marking: The reading state, which marks unread and starred rows.
            date_format: How dates are shown.
            id: The widget id.
            classes: CSS classes.
        """
        super().__init__(id=id, classes=classes)
        self.marking = marking
        self.date_format = date_format
        self._index: ArticleIndex | None = None
        self._ids: Sequence[str] = ()
        self._sort = SortKey.DATE
        self._reverse = False
        self._placeholder = Text()
        self._shown = ShownRows(marking.state)
        self._without: frozenset[str] = frozenset()
        """Columns not shown: the category while the list shows one category."""
        self._layout: tuple[tuple[int, int, int], list[Column]] | None = None
        """The columns of the last frame, with the width, first row and rows version they
        were laid out for: every line of a frame uses the same columns."""
        self._rows_version = 0
        """Bumped whenever the rows or what is known of them change."""

    @property
    def row_count(self) -> int:
        """The number of articles the table shows."""
        return len(self._ids)

    @property
    def article_ids(self) -> Sequence[str]:
        """The ids the table shows, in order."""
        return self._ids

    @property
    def cursor_article_id(self) -> str | None:
        """The id of the article under the cursor, or None when there are no rows."""
        return self._ids[self.cursor_row] if self._ids else None

    def show_articles(
        self,
        index: ArticleIndex,
        ids: Sequence[str],
        sort: SortKey,
        keep_row: bool = False,
        without: frozenset[str] = frozenset(),
        reverse: bool = False,
    ) -> None:
        """Show the articles `ids` names, keeping the cursor on the same article if it is there.

        Args:
            index: Where the rows are fetched from.
            ids: Article ids in order; the table keeps this sequence, so do not change it.
            sort: The order they are in, marked in the header.
            keep_row: When the cursor's article is gone, put the cursor on the first article
                after it that is still shown (the list was refreshed, or read articles were
                hidden) rather than on the first row (the list was filtered anew).
            without: Columns not to show, as `layout_columns` takes them.
            reverse: Whether the order is `sort` turned round, marked in the header.
        """
        wanted, row, before = self.cursor_article_id, self.cursor_row, self._ids
        self._index, self._ids, self._without = index, ids, without
        self._sort, self._reverse = sort, reverse
        self.refresh_marks()
        self.virtual_size = Size(0, len(ids) + 1)
        self.cursor_row = 0
        if wanted is None or not self.moved_by_user:
            return
        self.select_article(wanted, by_user=False)
        if keep_row and self.cursor_article_id != wanted:
            shown = set(ids)
            after = next((later for later in before[row:] if later in shown), None)
            self.cursor_row = len(ids) - 1 if after is None else ids.index(after)

    def refresh_marks(self) -> None:
        """Draw the rows again with the reading state as it is now."""
        self._shown.clear()
        self._rows_version += 1
        self.refresh()

    def select_article(self, article_id: str, by_user: bool = True) -> None:
        """Put the cursor on `article_id`, if the table shows it.

        Args:
            article_id: The article to select.
            by_user: The user's choice: from now on the cursor follows its article.
        """
        self.moved_by_user = self.moved_by_user or by_user
        try:
            self.cursor_row = self._ids.index(article_id)
        except ValueError:
            pass  # filtered out: the cursor stays where it is

    def show_placeholder(self, message: Text) -> None:
        """Set the message drawn in place of rows while there are none.

        Args:
            message: Why the table is empty and what to do about it.
        """
        self._placeholder = message
        self.refresh()

    def action_choose(self) -> None:
        """Open the article under the cursor."""
        if self._index is None or not self._ids:
            return
        try:
            article = self._index.get(self._ids[self.cursor_row])
        except KeyError:  # its file went after the list was queried; the list follows soon
            self.app.notify("This article's file was deleted.", severity="warning")
            return
        self.post_message(self.ArticleChosen(article, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        """Open a clicked row, or sort by a clicked column header."""
        meta = event.style.meta
        if "row" in meta:
            self.move_cursor(int(meta["row"]))
            self.action_choose()
        elif "sort" in meta:
            self.post_message(self.SortChosen(SortKey(meta["sort"])))

    def render_line(self, y: int) -> Strip:
        """Draw line `y` of the widget: the header, an article row, or the placeholder."""
        width = self.scrollable_content_region.width
        columns = self._columns(width)
        base = self.rich_style
        if y == 0:
            return self._render_header(columns, width, base)
        if not self._ids:
            return self._render_placeholder(y - 2, width, base)
        row = round(self.scroll_y) + y - 1
        if row >= len(self._ids):
            return Strip.blank(width, base)
        return self._render_row(row, columns, width, base)

    def _columns(self, width: int) -> list[Column]:
        """The columns for `width`, from the rows on screen, laid out once per frame."""
        first = round(self.scroll_y)
        key = (width, first, self._rows_version)
        if self._layout is None or self._layout[0] != key:
            visible: list[Article] = []
            if self._index is not None and self._ids:
                height = self.scrollable_content_region.height
                on_screen = range(first, first + height)
                visible = self._shown.on_screen(self._index, self._ids, on_screen)
            date_cells = date_width(self.date_format)
            self._layout = (key, layout_columns(width, visible, date_cells, self._without))
        return self._layout[1]

    def _render_header(self, columns: list[Column], width: int, base: Style) -> Strip:
        """Draw the column labels, the sorted one with its arrow."""
        style = base + self.get_component_rich_style("article-table--header")
        sorted_style = style + self.get_component_rich_style("article-table--sorted", partial=True)
        segments = header_segments(columns, self._sort, self._reverse, style, sorted_style)
        return Strip(segments).adjust_cell_length(width, style)

    def _render_placeholder(self, line: int, width: int, base: Style) -> Strip:
        """Draw one line of the message shown when there are no rows."""
        style = base + self.get_component_rich_style("article-table--placeholder", partial=True)
        lines = self._placeholder.wrap(self.app.console, max(width - 2 * GAP, 1))
        if not 0 <= line < len(lines):
            return Strip.blank(width, base)
        segments = [Segment(" " * GAP, base), *lines[line].render(self.app.console)]
        return Strip(segments).apply_style(style).adjust_cell_length(width, base)

    def _render_row(self, row: int, columns: list[Column], width: int, base: Style) -> Strip:
        """Draw the article at position `row` of the ids."""
        assert self._index is not None  # there are rows only once an index is shown
        first, height = round(self.scroll_y), self.scrollable_content_region.height
        article, marks = self._shown.row(self._index, self._ids, row, range(first, first + height))
        level = "none" if article.importance is None else str(article.importance)
        style = base + self.get_component_rich_style(f"article-table--level-{level}", partial=True)
        if Mark.READ not in marks:
            style += self.get_component_rich_style("article-table--unread", partial=True)
        if row == self.cursor_row:
            style += self.get_component_rich_style("article-table--cursor", partial=True)
        style += Style.from_meta({"row": row})
        unread = style + self.get_component_rich_style("article-table--unread-mark", partial=True)
        starred = style + self.get_component_rich_style("article-table--starred-mark", partial=True)
        segments = row_segments(article, marks, columns, self.date_format, (style, unread, starred))
        return Strip(segments).adjust_cell_length(width, style)
