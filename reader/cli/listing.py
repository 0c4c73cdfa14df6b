"""`reader list`: the articles a query selects, as a table for people or as JSON."""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import re
import sys
import textwrap
from collections.abc import Iterable, Sequence

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from ..data import Article, ArticleIndex, ListEntry, SortKey, selected_entries, selected_ids
from ..present.article_text import clean_line, list_title, short_day
from .article_json import article_json, problem_json
from .errors import ArgumentParser, warn
from .filters import add_filter_arguments, filter_query
from .folder import add_folder_arguments, load_index
from .output import is_terminal, plural, stdout_console, write_utf8
from .settings import add_state_argument, open_reading_state

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
WIDTHS_FROM = 500
"""The columns are as wide as the first this many rows need."""
ONE_CELL_EACH = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e]*"
)
"""Text of characters that each take one terminal cell, as Rich counts them: Latin letters
with their accents, Greek, Cyrillic, dashes, quotes and the ellipsis."""
BATCH = 500
"""Rows written at a time after the first `WIDTHS_FROM`."""


def add_list_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader list` and its options.

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "list",
        help="list articles, filtered and sorted",
        description="List the articles of a folder as a table, or as JSON with --json.",
    )
    add_folder_arguments(parser)
    add_filter_arguments(parser)
    parser.add_argument(
        "--search", default="", metavar="TEXT", help="only articles containing every word"
    )
    parser.add_argument(
        "--sort",
        choices=[key.value for key in SortKey],
        default=SortKey.DATE.value,
        help="order (default: date, newest first)",
    )
    parser.add_argument(
        "--reverse",
        action="store_true",
        help="the order turned round: oldest, least important first, Z to A (undated last)",
    )
    parser.add_argument("--unread", action="store_true", help="only articles not marked read")
    parser.add_argument("--starred", action="store_true", help="only starred articles")
    add_state_argument(parser)
    parser.add_argument("--json", action="store_true", help="write one JSON object")
    parser.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    """List the articles a query selects.

    Args:
        args: Parsed `reader list` arguments.

    Returns:
        The exit status: 0.

    Raises:
        UsageError: When the filter values are invalid.
        CommandError: When the folder cannot be read.
    """
    query = filter_query(
        args,
        "list",
        search=args.search,
        sort=SortKey(args.sort),
        reverse=args.reverse,
        unread_only=args.unread,
        starred_only=args.starred,
    )
    if query.search.strip() and not query.terms:
        warn(f"the search {query.search!r} has no word of two letters or more: not searched")
    # Only a search or JSON (which holds the bodies) needs the whole texts.
    with load_index(args, texts=bool(query.terms) or args.json) as index:
        state = open_reading_state(args)
        if state.notice:
            warn(state.notice)
        if args.json:
            write_json(index, index.iter_articles(selected_ids(index, state, query)))
        else:
            shown = write_table(selected_entries(index, state, query))
            print(summary(index, shown))
    return 0


def write_json(index: ArticleIndex, articles: Iterable[Article]) -> None:
    """Write the articles and every load problem as one JSON object, each article as it
    comes: the first is out at once, and memory stays small however many there are.

    Args:
        index: The index, for its problems.
        articles: The articles selected, in order.
    """
    write_utf8('{\n  "articles": [')
    separator = "\n"
    for article in articles:
        write_utf8(separator + indented(article_json(article)))
        separator = ",\n"
    problems = [indented(problem_json(problem)) for problem in index.problems]
    closing = "\n  ]" if separator != "\n" else "]"
    listed = "\n" + ",\n".join(problems) + "\n  ]" if problems else "]"
    write_utf8(f'{closing},\n  "problems": [{listed}\n}}\n')


def indented(value: object) -> str:
    """`value` as JSON, indented as an item of the document's lists."""
    return textwrap.indent(json.dumps(value, ensure_ascii=False, indent=2), "    ")


def table_row(entry: ListEntry) -> tuple[str, ...]:
    """Return the cells shown for one article, in `HEADERS` order.

    Args:
        entry: The article, as the index lists it.

    Returns:
        Importance, date (YYYY-MM-DD), category, source name, title and id.
    """
    importance = "-" if entry.importance is None else str(entry.importance)
    date = short_day(entry.published) or "-"  # local time, as the reader
    # One line per article (a title folded over two YAML lines must not break the row), in
    # the cells it is counted in on any terminal, as the app draws it.
    category, source = clean_name(entry.category), clean_name(entry.source_name)
    return (importance, date, category, source, list_title(entry), entry.id)


clean_name = functools.lru_cache(maxsize=1024)(clean_line)
"""`clean_line` of a category or source name: a folder has few, each on many rows."""


def write_table(entries: Iterable[ListEntry]) -> int:
    """Write the articles as aligned columns, row by row as they come: the widths are those
    of the first `WIDTHS_FROM` rows (a longer cell later ends in …), so the first line is out
    at once and memory stays small. On a terminal the columns fit its width and the heading
    stands out; into a pipe or file the text is plain.

    Args:
        entries: The articles, in order.

    Returns:
        How many rows were written.
    """
    rows = map(table_row, entries)
    first = list(itertools.islice(rows, WIDTHS_FROM))
    terminal = is_terminal(sys.stdout)
    console = stdout_console() if terminal else None
    widths = column_widths(first, console.width if console is not None else None)
    heading = aligned(HEADERS, widths)
    if console is None:
        sys.stdout.write(heading + "\n")
    else:
        console.print(Text(heading, style="bold"))
        console.print(Text("─" * cell_len(heading), style="dim"))
    line_width = sum(widths) + COLUMN_GAP * (len(widths) - 1)
    written = 0
    batch = first
    while batch:
        lines = [aligned(row, widths) for row in batch]
        if console is None or line_width <= console.width:
            # Unstyled lines that fit are what Rich would write, at a fraction of the cost.
            sys.stdout.write("\n".join(lines) + "\n")
        else:  # a terminal too narrow for the narrowest columns: Rich cuts each line
            for line in lines:
                console.print(Text(line), no_wrap=True, overflow="ellipsis", crop=True)
        written += len(batch)
        batch = list(itertools.islice(rows, BATCH))
    return written


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


def aligned(row: Sequence[str], widths: Sequence[int]) -> str:
    """One row's cells laid out in columns of `widths`, long ones cut with an ellipsis.

    Args:
        row: Cells in `HEADERS` order.
        widths: Each column's width in terminal cells.

    Returns:
        The line, without trailing spaces.
    """
    return GAP.join(map(fit, row, widths)).rstrip()


def fit(text: str, width: int) -> str:
    """Pad `text` to `width` cells, or cut it to fit with a closing ellipsis.

    Args:
        text: One cell.
        width: The column's width in terminal cells.

    Returns:
        Exactly `width` cells of text.
    """
    if ONE_CELL_EACH.fullmatch(text):  # most cells (100,000 titles: 0.06 s instead of 1 s)
        if len(text) <= width:
            return text.ljust(width)
        return (text[: width - 1].rstrip() + "…").ljust(width)
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(set_cell_size(text, width - 1).rstrip() + "…", width)


def summary(index: ArticleIndex, shown: int) -> str:
    """Return the line under the table: how many articles, and how many files failed.

    Args:
        index: The index that answered the query.
        shown: How many articles the query selected.

    Returns:
        One line of text.
    """
    line = f"{shown} of {len(index)} articles"
    if index.problems:
        line += f"; {plural(len(index.problems), 'file')} could not be loaded (see 'reader check')"
    return line
