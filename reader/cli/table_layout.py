"""The table `reader list` writes: its columns, how wide each is on a terminal of some width
or in plain text, and rows laid out in them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from ..present.cells import fit

HEADERS = ("IMP", "DATE", "CATEGORY", "SOURCE", "TITLE", "ID")
"""Column headings, in order."""
CATEGORY, SOURCE, TITLE, ID = (
    HEADERS.index(name) for name in ("CATEGORY", "SOURCE", "TITLE", "ID")
)
"""Positions of the columns that shrink on a narrow terminal."""
WIDTH_CAPS = (3, 10, 20, 20, None, None)
"""Widest each column may grow before it is cut with an ellipsis; None grows to fit."""
SHRINK_ORDER = ((TITLE, 24), (CATEGORY, 8), (SOURCE, 8), (TITLE, 10), (ID, 8))
"""On a narrow terminal, which columns give up space first, and down to how many cells.

The id is cut last, when cutting the title can keep it whole: `reader show` needs it whole.
One that cannot be kept whole anyway is cut before the title (see `column_widths`)."""
ID_CUT_FIRST = ((TITLE, 24), (CATEGORY, 8), (SOURCE, 8), (ID, 8), (TITLE, 10))
PLAIN_TITLE_WIDTH = 60
"""Widest title in plain text, where there is no terminal width to fill."""
COLUMN_GAP = 3
"""Cells between columns."""
GAP = " " * COLUMN_GAP
REPEATING = 4
"""The first columns (importance, date, category, source), whose values repeat from row to
row."""


def column_widths(rows: Sequence[tuple[str, ...]], line_width: int | None) -> list[int]:
    """Return the width of each column, shrinking the least useful ones to fit the line.

    Rich's own shrinking squeezes the short columns to nothing before it cuts a long title,
    so the widths are worked out here.

    Args:
        rows: Cells in `HEADERS` order.
        line_width: The terminal's width, or None for plain text, where only titles are cut
            (at `PLAIN_TITLE_WIDTH`).

    Returns:
        Widths in terminal cells, in `HEADERS` order.
    """
    natural = [
        max(cell_len(row[column]) for row in [HEADERS, *rows]) for column in range(len(HEADERS))
    ]
    widths = [
        width if cap is None else min(width, cap)
        for width, cap in zip(natural, WIDTH_CAPS, strict=True)
    ]
    if line_width is None:
        widths[TITLE] = min(widths[TITLE], PLAIN_TITLE_WIDTH)
        return widths
    excess = sum(widths) + COLUMN_GAP * (len(HEADERS) - 1) - line_width
    # What the other columns can give up, each down to its narrowest, before the id is cut.
    floors = {column: floor for column, floor in SHRINK_ORDER if column != ID}
    spare = sum(max(0, widths[column] - floor) for column, floor in floors.items())
    for column, narrowest in SHRINK_ORDER if excess <= spare else ID_CUT_FIRST:
        cut = max(0, min(excess, widths[column] - narrowest))
        widths[column] -= cut
        excess -= cut
    return widths


class RowLayout:
    """Rows laid out in columns of fixed widths, long cells cut with an ellipsis, each value
    of the `REPEATING` columns fitted once (a folder has few of them, on 100,000 rows: 0.16 s
    saved)."""

    def __init__(self, widths: Sequence[int]) -> None:
        """Lay out rows in columns `widths` cells wide, in `HEADERS` order."""
        self.widths = widths
        self._fitted: list[dict[str, str]] = [{} for _ in range(REPEATING)]

    def line(self, row: Sequence[str]) -> str:
        """One row's cells laid out in their columns, without trailing spaces.

        Args:
            row: Cells in `HEADERS` order.

        Returns:
            The line.
        """
        repeating = [
            fitted.get(cell) or fitted.setdefault(cell, fit(cell, width))
            for fitted, cell, width in zip(self._fitted, row, self.widths, strict=False)
        ]
        rest = map(fit, row[REPEATING:], self.widths[REPEATING:])
        return GAP.join([*repeating, *rest]).rstrip()
