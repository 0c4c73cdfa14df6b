"""`reader check`: one line per article file saying whether it loaded, and what it took."""

from __future__ import annotations

import argparse

from ..data import Article, LoadProblem, one_line
from ..present.article_text import plural
from .errors import ArgumentParser
from .folder import add_folder_arguments, load_index


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
    add_folder_arguments(parser)
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
    with load_index(args, texts=True) as index:  # what repair changed in each text
        files = index.file_results()
    for path, result in files:
        print(f"{one_line(str(path))}: {status(result)}")
        # Each field that was not read, so a user learns what to fix in which file.
        for problem in result.problems if isinstance(result, Article) else ():
            print(f"  {one_line(problem)}")
    results = [result for _, result in files]
    print(summary(results))
    return 1 if any(isinstance(result, LoadProblem) for result in results) else 0


def summary(results: list[Article | LoadProblem]) -> str:
    """How many files loaded clean, repaired, restored, inferred or failed, each counted as
    its line (`status`) says: a file is clean when nothing else is said of it."""
    articles = [result for result in results if isinstance(result, Article)]
    failed = len(results) - len(articles)
    clean = sum(1 for article in articles if is_clean(article))
    repaired = sum(1 for article in articles if article.repair_count > article.restored_words)
    restored = sum(1 for article in articles if article.restored_words)
    inferred = sum(1 for article in articles if article.inferred)
    return (
        f"{plural(len(results), 'file')}: {clean:,} clean, {repaired:,} repaired, "
        f"{restored:,} restored, {inferred:,} inferred, {failed:,} failed"
    )


def is_clean(article: Article) -> bool:
    """Whether nothing was repaired, restored or inferred of `article` (a text not read yet
    has its count of repairs, and no sentences saying what they were)."""
    return not article.repair_count and not article.inferred


def status(result: Article | LoadProblem) -> str:
    """Describe how one file loaded.

    Args:
        result: What `load_article` returned for it.

    Returns:
        `failed: reason`, or `clean`, `inferred`, `repaired (N changes: why)` and/or
        `restored (Czech, N words)` (diacritics), followed by
        the number of warnings if there were any.
    """
    if isinstance(result, LoadProblem):
        return f"failed: {result.reason}"
    parts = []
    if result.inferred:
        parts.append("inferred")
    encoding_changes = result.repair_count - result.restored_words
    if encoding_changes:
        # A file read in a legacy code page has no damage to name: its decoding says why.
        reason = result.repair_reason or next(iter(result.repairs), "")
        why = f": {one_line(reason)}" if reason else ""
        parts.append(f"repaired ({plural(encoding_changes, 'change')}{why})")
    if result.restored_words:
        # Only Czech is ever restored (text.language.reads_as_czech).
        parts.append(f"restored (Czech, {plural(result.restored_words, 'word')})")
    if is_clean(result):
        parts.append("clean")
    if result.problems:
        parts.append(plural(len(result.problems), "warning"))
    return ", ".join(parts)
