"""`reader list`: the articles a query selects, as a table for people or as JSON."""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import sys
from collections.abc import Iterable

from rich.cells import cell_len
from rich.text import Text

from ..data import Article, ArticleIndex, ListEntry, SortKey, selected_entries, selected_ids
from ..present.article_text import clean_line, json_escaped, list_title, plural, short_day
from .arguments import text_argument
from .article_json import article_json, problem_json
from .errors import ArgumentParser, warn
from .filters import add_filter_arguments, filter_query
from .folder import add_folder_arguments, load_index
from .output import is_terminal, stdout_console, write_utf8
from .settings import add_state_argument, open_reading_state
from .table_layout import GAP, HEADERS, RowLayout, column_widths

WIDTHS_FROM = 500
"""The columns are as wide as the first this many rows need."""
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
        "--search",
        default="",
        type=text_argument,
        metavar="TEXT",
        help="only articles containing every word",
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
    # Indented JSON has no blank line, so every line takes the indent (textwrap.indent's
    # test of each line for one took a fifth of `--json`'s time).
    text = json_escaped(json.dumps(value, ensure_ascii=False, indent=2))
    return "    " + text.replace("\n", "\n    ")


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
    layout = RowLayout(widths)
    heading = layout.line(HEADERS)
    if console is None:
        sys.stdout.write(heading + "\n")
    else:
        console.print(Text(heading, style="bold"))
        console.print(Text("─" * cell_len(heading), style="dim"))
    line_width = sum(widths) + len(GAP) * (len(widths) - 1)
    written = 0
    batch = first
    while batch:
        lines = [layout.line(row) for row in batch]
        if console is None or line_width <= console.width:
            # Unstyled lines that fit are what Rich would write, at a fraction of the cost.
            sys.stdout.write("\n".join(lines) + "\n")
        else:  # a terminal too narrow for the narrowest columns: Rich cuts each line
            for line in lines:
                console.print(Text(line), no_wrap=True, overflow="ellipsis", crop=True)
        written += len(batch)
        batch = list(itertools.islice(rows, BATCH))
    return written


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
