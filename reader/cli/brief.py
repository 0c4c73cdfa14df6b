"""`reader brief`: one day's most important articles and the weeks before at a glance, as
Markdown (rendered on a terminal, as it is in a pipe)."""

from __future__ import annotations

import argparse
import re
from datetime import date

from ..data import ArticleQuery, read_brief
from ..present.brief_markdown import brief_markdown
from .errors import ArgumentParser, warn
from .filters import add_filter_arguments, filter_query
from .folder import add_folder_arguments, load_index
from .output import stdout_console
from .settings import add_state_argument, open_reading_state


def add_brief_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader brief` and its options.

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "brief",
        help="one day's articles by importance and category, as Markdown",
        description="Print one day's articles, most important first and grouped by category,"
        " each with its key points, then the four weeks up to it at a glance.",
    )
    add_folder_arguments(parser)
    add_filter_arguments(parser)
    parser.add_argument(
        "--day",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help="the day, in local time (default: the newest day with articles)",
    )
    add_state_argument(parser)
    parser.set_defaults(run=run_brief)


def parse_day(text: str) -> date:
    """A `--day` value, `YYYY-MM-DD`, as a date; argparse shows the error's message."""
    if not DAY.fullmatch(text):  # not fromisoformat's other forms (`2024-W18`, `20240503`)
        raise argparse.ArgumentTypeError(f"not a day as YYYY-MM-DD: {text!r}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"no such day: {text!r}") from None


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A day as `--day` takes it."""


def run_brief(args: argparse.Namespace) -> int:
    """Print the brief of a day.

    Args:
        args: Parsed `reader brief` arguments.

    Returns:
        The exit status: 0.

    Raises:
        UsageError: When the minimum importance is not 1 to 5.
        CommandError: When the folder cannot be read.
    """
    query = filter_query(args, "brief")
    with load_index(args, texts=True) as index:  # the key points are the texts'
        state = open_reading_state(args)
        if state.notice:
            warn(state.notice)
        try:
            brief = read_brief(index, state, query, args.day)
        finally:
            state.close()
    markdown = brief_markdown(brief, filtered=query != ArticleQuery())
    console = stdout_console()
    if not console.is_terminal:
        print(markdown, end="")
        return 0
    # Imported here: the Markdown renderer adds 0.04 s that a pipe never needs.
    from ..present.article_markdown import markdown_or_plain

    console.print(markdown_or_plain(markdown))
    return 0
