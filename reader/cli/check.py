"""`reader check`: one line per article file saying whether it loaded, and what it took."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..data.article import Article, LoadProblem
from ..data.files import FolderError
from ..data.load import load_folder
from .errors import ArgumentParser, CommandError
from .folder import articles_dir
from .output import plural


def add_check_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader check`.

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "check",
        help="report which files load, need repair, or fail",
        description="Load every article file and say how it went; exit 1 if any failed.",
    )
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="articles folder")
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Load each file of a folder and print how it went.

    Args:
        args: Parsed `reader check` arguments.

    Returns:
        1 when any file failed to load, else 0.

    Raises:
        CommandError: When the folder cannot be read.
    """
    folder = articles_dir(args.path)
    try:
        # load_folder, not load_article per file: only it notices two files with one id.
        load = load_folder(folder)
    except FolderError as error:  # e.g. a folder that exists but may not be listed
        raise CommandError(str(error)) from error
    results: list[Article | LoadProblem] = [*load.articles, *load.problems]
    # Back into file order, as find_article_files sorts it.
    results.sort(key=lambda result: result.path.relative_to(folder).parts)
    for result in results:
        print(f"{result.path}: {status(result)}")
    articles = [result for result in results if isinstance(result, Article)]
    failed = len(results) - len(articles)
    clean = sum(1 for article in articles if not article.repairs and not article.inferred)
    repaired = sum(1 for article in articles if article.repairs)
    inferred = sum(1 for article in articles if article.inferred)
    print(
        f"{plural(len(results), 'file')}: {clean} clean, {repaired} repaired, "
        f"{inferred} inferred, {failed} failed"
    )
    return 1 if failed else 0


def status(result: Article | LoadProblem) -> str:
    """Describe how one file loaded.

    Args:
        result: What `load_article` returned for it.

    Returns:
        `failed: reason`, or `clean`, `inferred` and/or `repaired (N changes)`, followed by
        the number of warnings if there were any.
    """
    if isinstance(result, LoadProblem):
        return f"failed: {result.reason}"
    parts = []
    if result.inferred:
        parts.append("inferred")
    if result.repairs:
        parts.append(f"repaired ({plural(result.repair_count, 'change')})")
    if not parts:
        parts.append("clean")
    if result.problems:
        parts.append(plural(len(result.problems), "warning"))
    return ", ".join(parts)
