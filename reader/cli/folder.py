"""Which articles folder a command reads, and loading it into an index."""

from __future__ import annotations

from pathlib import Path

from ..data.files import FolderError
from ..data.index import ArticleIndex
from ..data.load import load_folder
from .errors import CommandError

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


def load_index(path: Path | None) -> ArticleIndex:
    """Load every article of a folder into an index.

    Args:
        path: The PATH argument, or None for the default.

    Returns:
        The index, holding the files that failed as problems.

    Raises:
        CommandError: When the folder is missing or cannot be listed.
    """
    try:
        return ArticleIndex.from_load(load_folder(articles_dir(path)))
    except FolderError as error:  # e.g. a folder that exists but may not be listed
        raise CommandError(str(error)) from error
