"""HangingRows: lines of text each after a mark of its own, wrapped under itself."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.text import Text


class HangingRows:
    """Rows of a mark (a few cells) and a text wrapped in the width left beside it, as a
    two-column grid of Rich lays them out (long words cut with an ellipsis), at a fraction
    of its cost: a brief's articles were laid out five times slower as grids."""

    def __init__(self, rows: Sequence[tuple[Text, Text]], mark_cells: int) -> None:
        """Lay out `rows`, each mark in `mark_cells` cells."""
        self.rows = rows
        self.mark_cells = mark_cells

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each row's text wrapped beside its mark, every line the full width."""
        width = options.max_width
        text_width = max(1, width - self.mark_cells)
        blank_mark = Text(" " * self.mark_cells)
        for mark, text in self.rows:
            head = mark.copy()
            head.truncate(self.mark_cells, pad=True)
            for number, line in enumerate(text.wrap(console, text_width, overflow="ellipsis")):
                line.truncate(text_width, overflow="ellipsis", pad=True)
                yield from Text.assemble(head if number == 0 else blank_mark, line).render(console)
                yield Segment.line()
