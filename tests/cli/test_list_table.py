"""`reader list`'s table: written as the articles are read, and laid out to fit a terminal."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len, set_cell_size

from reader.__main__ import main
from reader.cli import listing
from reader.data import ListEntry
from reader.data.index import reads
from reader.present.cells import ONE_CELL_EACH, fit

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        """A terminal: the table fits its width and its heading is styled."""
        return True


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five articles with long titles and ids, one a day."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"clanek-s-dlouhym-nazvem-{day}.md").write_text(
            f"---\ntitle: Dlouhý titulek článku o zasedání vlády číslo {day}\n"
            f"category: Politika\npublishedAt: '2025-12-0{day}T08:00:00+00:00'\n---\nText.\n",
            encoding="utf-8",
        )
    return folder


def test_list_writes_rows_before_it_reads_the_rest(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The heading and the first rows are out before the next articles are read from the
    index: with widths from 2 rows and 2 rows a chunk, each pair is written before the next
    is read."""
    monkeypatch.setattr(listing, "WIDTHS_FROM", 2)
    monkeypatch.setattr(listing, "BATCH", 2)
    monkeypatch.setattr(reads, "CHUNK", 2)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    lines_when_read: list[int] = []
    read_row = reads.row_list_entry

    def counted(row: tuple[object, ...]) -> ListEntry:
        lines_when_read.append(out.getvalue().count("\n"))
        return read_row(row)

    monkeypatch.setattr(reads, "row_list_entry", counted)
    assert main(["list", str(folder)]) == 0
    assert lines_when_read == [0, 0, 3, 3, 5]  # the heading and two rows, then two more
    assert out.getvalue().splitlines()[-1] == "5 of 5 articles"


@pytest.mark.parametrize("columns", [120, 70, 30])
def test_terminal_lines_fit_its_width(
    folder: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """On a terminal every row fits its width: as laid out when the columns fit, cut with an
    ellipsis when even the narrowest columns do not (30 cells)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["list", str(folder)]) == 0
    lines = ANSI.sub("", out.getvalue()).splitlines()
    rows, total = lines[-6:-1], lines[-1]
    assert lines[0].split()[:2] == ["IMP", "DATE"] and total == "5 of 5 articles"
    assert all(cell_len(row) <= columns for row in rows)
    assert [row.split()[1] for row in rows] == [f"2025-12-0{day}" for day in range(5, 0, -1)]
    if columns == 120:
        assert rows[0].endswith("clanek-s-dlouhym-nazvem-5")
    if columns == 30:
        assert all(row.endswith("…") for row in rows)


def test_one_cell_characters_are_one_cell_as_rich_counts_them() -> None:
    """Every character `fit` counts as one cell without Rich is one cell to Rich."""
    ranges = re.findall(r"(.)-(.)", ONE_CELL_EACH.pattern)
    characters = [chr(code) for start, end in ranges for code in range(ord(start), ord(end) + 1)]
    assert len(characters) > 900
    assert [char for char in characters if cell_len(char) != 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vláda schválila rozpočet",
        "„Citace“ – pomlčka…",
        "東京の天気",
        "Bouře ⚠ a 👨👩👧",
        "",
        "abc",
    ],
)
@pytest.mark.parametrize("width", [1, 3, 8, 30])
def test_fit_pads_or_cuts_as_rich_does(text: str, width: int) -> None:
    """`fit` gives Rich's padding, or its cut with a closing ellipsis, counted by len() or
    not."""
    if cell_len(text) <= width:
        expected = set_cell_size(text, width)
    else:
        expected = set_cell_size(set_cell_size(text, width - 1).rstrip() + "…", width)
    assert fit(text, width) == expected


@pytest.mark.parametrize("text", ["Praha", "日本語", ""])
def test_fit_into_no_cells_is_empty(text: str) -> None:
    """A column squeezed to nothing holds nothing, not the text nor an ellipsis."""
    assert fit(text, 0) == "" and fit(text, -1) == ""
