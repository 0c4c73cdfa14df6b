"""Which articles folder a command reads, and loading it into an index."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from ..config import Config, LoadedConfig
from ..data import (
    BUILDING_WORD_MODELS,
    ArticleIndex,
    FolderError,
    parse_file_size,
    word_models_built,
)
from .errors import CommandError, warn
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


def _file_size_argument(text: str) -> int:
    """`parse_file_size` for argparse, which shows only an ArgumentTypeError's message."""
    try:
        return parse_file_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def add_folder_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the PATH argument, `--no-cache`, `--max-file-size` and `--config` to a command that
    reads a folder.

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
        metavar="SIZE",
        help="report larger files as problems instead of reading them, e.g. 500KB or 20MB"
        " (default: the settings' max_file_size, else 5 MB)",
    )
    add_config_argument(parser)


def max_file_bytes(args: argparse.Namespace, config: Config) -> int:
    """The size limit per file: `--max-file-size`, else the settings' `max_file_size`."""
    limit: int | None = args.max_file_size
    return config.max_file_size if limit is None else limit


def follow(what: str, steps: Iterator[tuple[int, int]], reads_files: bool = False) -> None:
    """Run `steps` (done, total) to their end, with a progress bar of `what` on standard error
    (a terminal only) from the first step with something left to do, gone after it. Steps
    that `reads_files` may wait for the word models to be built first (once): the bar says
    so until a file is read."""
    for done, total in steps:
        if done < total:
            break
    else:
        return  # nothing to do, as at most opens: Rich is not even imported (0.05 s)
    note = f" · {BUILDING_WORD_MODELS}" if reads_files and not word_models_built() else ""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,  # gone once done: the command's output follows cleanly
        disable=not sys.stderr.isatty(),
    )
    with bar:
        task = bar.add_task(what + note, total=total, completed=done)
        for done, total in steps:
            bar.update(task, total=total, completed=done, description=what if done else what + note)


def load_index(
    args: argparse.Namespace, settings: LoadedConfig | None = None, texts: bool = False
) -> ArticleIndex:
    """Open the index of the folder a command names and bring it up to date.

    On a terminal, standard error shows a progress bar while files are read.

    Args:
        args: Parsed arguments of a command with `add_folder_arguments`.
        settings: The settings the command read, if it needed them first; else they are
            read (and what is wrong with them reported) here.
        texts: Read the whole texts too (search them, show their repairs), not only what
            the list shows: new files are read whole at once, and the texts an earlier run
            left waiting after them.

    Returns:
        The index, holding the files that failed as problems; close it when done, so the
        next command trusts it without checking every page.

    Raises:
        CommandError: When the folder is missing or cannot be listed.
    """
    settings = settings or load_settings(args, report=True)
    folder = articles_dir(args.path, settings.config.folder)
    # Beside an open reader, its index is read as that reader keeps it (it follows the
    # folder): no file is read again.
    index = ArticleIndex.open(
        folder,
        cached=not args.no_cache,
        max_file_bytes=max_file_bytes(args, settings.config),
        share=True,
    )
    notice = index.notice
    if notice:
        warn(notice)
    try:
        files_read = ((read.done, read.total) for read in index.refresh(whole=texts))
        follow("reading articles", files_read, reads_files=True)
        if texts:
            texts_read = ((read.covered, read.total) for read in index.fill_texts())
            follow("reading texts", texts_read)
    except FolderError as error:  # e.g. a folder that exists but may not be listed
        index.close()
        raise CommandError(str(error)) from error
    if index.notice and index.notice != notice:  # the index file could not be written
        warn(index.notice)
    searched = index.text_coverage() if texts else None
    if searched is not None and not searched.complete:  # the open reader is still reading
        warn(
            f"another reader has this folder open and has read the texts of {searched.covered:,}"
            f" of {searched.total:,} articles so far: of the rest, only what the list shows"
            " is known (searched by title, repairs of their start)"
        )
    return index
