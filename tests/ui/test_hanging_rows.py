"""Tests for HangingRows: texts wrapped under themselves beside their marks."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from reader.present.hanging_rows import HangingRows


def lines_of(rows: HangingRows, width: int) -> list[str]:
    """What `rows` draws at `width` cells, line by line."""
    console = Console(width=width, color_system=None, legacy_windows=False)
    with console.capture() as captured:
        console.print(rows)
    return captured.get().splitlines()


def test_each_text_wraps_under_itself_beside_its_mark() -> None:
    """A text longer than the width left wraps at words, its later lines under its first,
    the mark only on the first; every line takes the whole width."""
    rows = HangingRows(
        [
            (Text("•"), Text("Vláda schválila rozpočet na příští rok")),
            (Text(" –"), Text("Schodek klesne")),
        ],
        3,
    )
    assert lines_of(rows, 20) == [
        "•  Vláda schválila  ",
        "   rozpočet na      ",
        "   příští rok       ",
        " – Schodek klesne   ",
    ]


def test_a_word_longer_than_the_width_is_cut_with_an_ellipsis() -> None:
    """A word that no line holds ends in `…` rather than running past the width."""
    rows = HangingRows([(Text(""), Text("a " + "x" * 40))], 3)
    assert lines_of(rows, 12) == ["   a        ", "   xxxxxxxx…"]


def test_a_mark_wider_than_its_cells_is_cut_to_them() -> None:
    """The mark keeps to its cells, so every text starts in the same column."""
    assert lines_of(HangingRows([(Text("!!!!!"), Text("ok"))], 3), 8) == ["!!!ok   "]
