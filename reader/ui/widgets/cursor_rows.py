"""CursorRows: rows under a header line, with a cursor the keys move and the view follows."""

from __future__ import annotations

from textual.reactive import reactive
from textual.scroll_view import ScrollView


class CursorRows(ScrollView):
    """A scroll view of `row_count` rows under one header line, with a cursor on one of them.

    Until the user moves the cursor, it stays on the first row (`moved_by_user`).
    """

    cursor_row: reactive[int] = reactive(0, always_update=True)
    """The row the cursor is on (0 when there are no rows); set through `move_cursor` when
    the user moves it."""

    moved_by_user = False
    """Whether the user has moved the cursor: from then on it follows its row's item. Until
    then it stays on the first row however many items arrive above it (a first open fills
    the list for a minute, newest first)."""

    @property
    def row_count(self) -> int:
        """The number of rows."""
        raise NotImplementedError

    def move_cursor(self, row: int) -> None:
        """Put the cursor on `row`, as the user's choice: from now on it follows its article."""
        self.moved_by_user = True
        self.cursor_row = row

    def validate_cursor_row(self, row: int) -> int:
        """Keep the cursor on a row that exists."""
        return max(0, min(row, self.row_count - 1))

    def watch_cursor_row(self) -> None:
        """Scroll so the cursor row is visible, and redraw."""
        visible = max(self.scrollable_content_region.height - 1, 1)
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)
        self.refresh()

    def on_resize(self) -> None:
        """Keep the cursor in view when the table changes size."""
        self.watch_cursor_row()

    def _page_rows(self) -> int:
        """The number of rows one page moves."""
        return max(self.scrollable_content_region.height - 2, 1)

    def action_cursor_down(self) -> None:
        """Move the cursor to the next article."""
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        """Move the cursor to the previous article."""
        self.move_cursor(self.cursor_row - 1)

    def action_first(self) -> None:
        """Move the cursor to the first article."""
        self.move_cursor(0)

    def action_last(self) -> None:
        """Move the cursor to the last article."""
        self.move_cursor(self.row_count - 1)

    def action_page_down(self) -> None:
        """Move the cursor down one screenful."""
        self.move_cursor(self.cursor_row + self._page_rows())

    def action_page_up(self) -> None:
        """Move the cursor up one screenful."""
        self.move_cursor(self.cursor_row - self._page_rows())

    def on_focus(self) -> None:
        """Redraw the cursor in its focused colour."""
        self.refresh()

    def on_blur(self) -> None:
        """Redraw the cursor in its unfocused colour."""
        self.refresh()
