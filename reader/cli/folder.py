"""Which articles folder a command reads, and loading it into an index."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..data.files import MAX_FILE_BYTES, FolderError, describe_size
from ..data.index import ArticleIndex
from .errors import CommandError

PACKAGE_DIR = Path(__file__).parent.parent
"""The `reader` package folder."""

_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
_UNIT_BYTES = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}


def default_articles_dir() -> Path:
    """Return the sample articles: the copy in the installed package, else the repository's.

    Returns:
        The folder used when no PATH is given.
    """
    # `pip install .` copies seeds/ into the package (pyproject's force-include); a checkout
    # or an editable install has them beside the package instead.
    packaged_seeds = PACKAGE_DIR / "seeds"
    return packaged_seeds if packaged_seeds.is_dir() else PACKAGE_DIR.parent / "seeds"


def articles_dir(path: Path | None) -> Path:
    """Return the folder a command should read, checking that it is one.

    Args:
        path: The PATH argument, or None for the default.

    Returns:
        An existing folder.

    Raises:
        CommandError: When the path is missing or not a folder.
    """
    folder = default_articles_dir() if path is None else path
    if not folder.exists():
        raise CommandError(f"folder not found: {folder}")
    if not folder.is_dir():
        raise CommandError(f"not a folder: {folder}")
    return folder


def parse_file_size(text: str) -> int:
    """Read a size such as `5MB`, `500k`, `1.5 MiB` or `20000` (bytes); 1 KB is 1024 bytes.

    Args:
        text: A number with an optional unit: B, K/KB/KiB, M/MB/MiB or G/GB/GiB, any case.

    Returns:
        The size in bytes.

    Raises:
        ValueError: When the text is no size, or the size is zero.
    """
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a size: {text!r} (write e.g. 5MB, 500KB or 20000)")
    size = int(float(match.group(1)) * _UNIT_BYTES[match.group(2).lower()])
    if size < 1:
        raise ValueError(f"the size must be at least 1 byte: {text!r}")
    return size


def _file_size_argument(text: str) -> int:
    """`parse_file_size` for argparse, which shows only an ArgumentTypeError's message."""
    try:
        return parse_file_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def add_folder_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the PATH argument, `--no-cache` and `--max-file-size` to a command that reads a
    folder.

    Args:
        parser: The command's parser.
    """
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="articles folder")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read every file again and keep no index in the cache directory",
    )
    parser.add_argument(
        "--max-file-size",
        type=_file_size_argument,
        default=MAX_FILE_BYTES,
        metavar="SIZE",
        help="report larger files as problems instead of reading them, e.g. 500KB or 20MB"
        f" (default: {describe_size(MAX_FILE_BYTES)})",
    )


def load_index(args: argparse.Namespace) -> ArticleIndex:
    """Open the index of the folder a command names and bring it up to date.

    On a terminal, standard error shows how many files have been read.

    Args:
        args: Parsed arguments of a command with `add_folder_arguments`.

    Returns:
        The index, holding the files that failed as problems.

    Raises:
        CommandError: When the folder is missing or cannot be listed.
    """
    folder = articles_dir(args.path)
    index = ArticleIndex.open(folder, cached=not args.no_cache, max_file_bytes=args.max_file_size)
    show_progress = sys.stderr.isatty()
    try:
        for progress in index.refresh():
            if show_progress and progress.total:
                print(
                    f"\rreading articles: {progress.done}/{progress.total}", end="", file=sys.stderr
                )
    except FolderError as error:  # e.g. a folder that exists but may not be listed
        raise CommandError(str(error)) from error
    finally:
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    return index
