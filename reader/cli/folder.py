"""Which articles folder a command reads, and loading it into an index."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..data.files import FolderError
from ..data.index import ArticleIndex
from .errors import CommandError
from .settings import add_config_argument, load_settings

PACKAGE_DIR = Path(__file__).parent.parent
"""The `reader` package folder."""


def default_articles_dir() -> Path:
    """Return the sample articles: the copy in the installed package, else the repository's.

    Returns:
        The folder used when no PATH is given.
    """
    # `pip install .` copies seeds/ into the package (pyproject's force-include); a checkout
    # or an editable install has them beside the package instead.
    packaged_seeds = PACKAGE_DIR / "seeds"
    return packaged_seeds if packaged_seeds.is_dir() else PACKAGE_DIR.parent / "seeds"


def articles_dir(path: Path | None, configured: Path | None = None) -> Path:
    """Return the folder a command should read, checking that it is one.

    Args:
        path: The PATH argument, or None for the default.
        configured: The settings' default folder, used when there is no PATH; None for the
            sample articles.

    Returns:
        An existing folder.

    Raises:
        CommandError: When the path is missing or not a folder.
    """
    folder = path or configured or default_articles_dir()
    if not folder.exists():
        raise CommandError(f"folder not found: {folder}")
    if not folder.is_dir():
        raise CommandError(f"not a folder: {folder}")
    return folder


def add_folder_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the PATH argument, `--no-cache` and `--config` to a command that reads a folder.

    Args:
        parser: The command's parser.
    """
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="articles folder")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read every file again and keep no index in the cache directory",
    )
    add_config_argument(parser)


def load_index(args: argparse.Namespace) -> ArticleIndex:
    """Open the index of the folder a command names and bring it up to date.

    On a terminal, standard error shows how many files have been read.

    Args:
        args: Parsed arguments of a command with `add_folder_arguments`.

    Returns:
        The index, holding the files that failed as problems; close it when done, so the
        next command trusts it without checking every page.

    Raises:
        CommandError: When the folder is missing or cannot be listed.
    """
    settings = load_settings(args, report=True)
    folder = articles_dir(args.path, settings.config.folder)
    index = ArticleIndex.open(folder, cached=not args.no_cache)
    show_progress = sys.stderr.isatty()
    try:
        for progress in index.refresh():
            if show_progress and progress.total:
                print(
                    f"\rreading articles: {progress.done}/{progress.total}", end="", file=sys.stderr
                )
    except FolderError as error:  # e.g. a folder that exists but may not be listed
        index.close()
        raise CommandError(str(error)) from error
    finally:
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    return index
