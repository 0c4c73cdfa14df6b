"""Text fitted to a number of terminal cells, for the CLI's table and the app's alike."""

from __future__ import annotations

import re

from rich.cells import cell_len, set_cell_size

ONE_CELL_EACH = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e]*"
)
"""Text of characters that each take one terminal cell, as Rich counts them: Latin letters
with their accents, Greek, Cyrillic, dashes, quotes and the ellipsis."""


def fit(text: str, width: int) -> str:
    """Pad `text` to `width` cells, or cut it to fit with a closing ellipsis.

    Args:
        text: One cell.
        width: The column's width in terminal cells.

    Returns:
        Exactly `width` cells of text ("" for none).
    """
    if width <= 0:
        return ""
    if ONE_CELL_EACH.fullmatch(text):  # most cells (100,000 titles: 0.06 s instead of 1 s)
        if len(text) <= width:
            return text.ljust(width)
        return (text[: width - 1].rstrip() + "…").ljust(width)
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(set_cell_size(text, width - 1).rstrip() + "…", width)
