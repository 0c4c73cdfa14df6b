"""The filters `reader list` and `reader brief` share: categories, tags, least importance."""

from __future__ import annotations

import argparse
from typing import Any

from ..data import ArticleQuery
from .arguments import text_argument
from .errors import UsageError


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """Add `--category C`, `--tag T` (each as often as wanted) and `--min-importance N`.

    Args:
        parser: The command's parser.
    """
    parser.add_argument(
        "--category",
        action="append",
        type=text_argument,
        default=[],
        metavar="C",
        help="only articles of this category (any case/accents; several: any of them;"
        " '' for articles without one)",
    )
    parser.add_argument(
        "--tag",
        action="append",
        type=text_argument,
        default=[],
        metavar="T",
        help="only articles with this tag, as --category (both given: both must hold)",
    )
    parser.add_argument(
        "--min-importance", type=int, metavar="N", help="only importance N (1-5) and above"
    )


def filter_query(args: argparse.Namespace, command: str, **more: Any) -> ArticleQuery:
    """The query of the filters given, with `more` of its fields.

    Args:
        args: Parsed arguments of a command with `add_filter_arguments`.
        command: The command's name, for where to read its help.
        more: Other fields of the query (search, sort…).

    Raises:
        UsageError: When a value is invalid (an importance outside 1 to 5).
    """
    try:
        return ArticleQuery(
            categories=tuple(args.category),
            tags=tuple(args.tag),
            min_importance=args.min_importance,
            **more,
        )
    except ValueError as error:
        raise UsageError(f"{error} (see 'reader {command} --help')") from error
