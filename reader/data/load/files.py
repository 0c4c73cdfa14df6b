"""Article files on disk: find them in a folder, and read one as text without changing it."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from ..article import LoadProblem
from .decode import ArticleText, decode_article_bytes

_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
_UNIT_BYTES = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
"""File name endings of article files, compared in lower case."""

MAX_FOLDER_DEPTH = 100
"""Folders nested deeper below the articles folder are not entered: Python's walk through
folders goes one call deeper per level, and about a thousand levels ended every command."""
MAX_FILE_BYTES = 5 * 1024 * 1024
"""The default size limit: larger files are refused unread. No article is this long, and one
stray dump must not stall the loader."""


class FolderError(ValueError):
    """The articles folder does not exist, is not a folder, or cannot be listed."""


def find_article_files(folder: Path) -> list[Path]:
    """List the article files below `folder`, recursively, in a stable order.

    See `find_article_names`, which this turns into paths.
    """
    return [folder / name for name in find_article_names(folder)]


def is_article_name(name: str) -> bool:
    """Whether a file called `name` is an article: not hidden, with an article suffix."""
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)


def kept_name(name: str) -> str:
    """`name` as the index keeps and shows it: a name that is not UTF-8 (Linux allows any
    bytes), which Python holds with stand-ins no database or terminal takes, has U+FFFD for
    each byte that is not; every other name is itself."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return name


def path_on_disk(path: Path) -> Path:
    """The file `path` names as the index keeps it (`kept_name`): `path` itself, or where a
    part of it stands for a name that is not UTF-8, the name on disk it stands for; `path`
    when none is found."""
    if "\ufffd" not in str(path) or path.exists():
        return path
    found = Path(path.parts[0])
    for part in path.parts[1:]:
        if "\ufffd" in part and not (found / part).exists():
            try:
                part = next((name for name in os.listdir(found) if kept_name(name) == part), part)
            except OSError:
                pass  # a folder that cannot be listed: the path is read as it is, and fails
        found /= part
    return found


def names_not_utf8(names: Iterable[str]) -> dict[str, str]:
    """Of `names`, those that are not UTF-8, by the name the index keeps for each.

    Names that differ only in bytes that are not UTF-8 would be kept alike (`n_\\xff.md` and
    `n_\\xfe.md` are both `n_�.md`), and so may one that is UTF-8: every file keeps a name of
    its own, the first by its bytes the plain one, the others `~2`, `~3`... before the suffix.
    """
    names = list(names)
    try:
        "\0".join(names).encode("utf-8")  # all of them at once: almost always enough
    except UnicodeEncodeError:
        pass
    else:
        return {}
    raw = sorted(
        (name for name in names if kept_name(name) != name),
        key=lambda name: name.encode("utf-8", "surrogateescape"),
    )
    taken = set(names).difference(raw)
    kept_names: dict[str, str] = {}
    for name in raw:
        kept = kept_name(name)
        stem, dot, suffix = kept.rpartition(".")
        number = 1
        while kept in taken:
            number += 1
            kept = f"{stem}~{number}{dot}{suffix}" if dot else f"{suffix}~{number}"
        taken.add(kept)
        kept_names[kept] = name
    return kept_names


def find_article_names(folder: Path, in_order: bool = True) -> list[str]:
    """List the article files below `folder`, recursively, in a stable order.

    Hidden folders and files (`.git`, `.#draft.md`) are skipped. Symlinked files are listed;
    symlinked folders are not entered, so a link to a parent folder cannot loop. A sub-folder
    that cannot be listed, or lies deeper than `MAX_FOLDER_DEPTH`, is skipped.

    Args:
        folder: The articles folder.
        in_order: Sort the names (`in_article_order`); else they come as the system lists
            them, which is the same order each time for a folder left as it was.

    Returns:
        Names of `*.md`, `*.markdown` and `*.txt` files below `folder` (`/`-separated).

    Raises:
        FolderError: When `folder` is missing, not a folder, or cannot be listed.
    """
    try:
        info = folder.stat()
    except FileNotFoundError as error:
        raise FolderError(f"folder not found: {folder}") from error
    except OSError as error:
        raise FolderError(f"cannot open folder {folder}: {error.strerror or error}") from error
    if not stat.S_ISDIR(info.st_mode):
        raise FolderError(f"not a folder: {folder}")

    def fail_on_top_folder(error: OSError) -> None:
        if error.filename is not None and Path(error.filename) == folder:
            raise FolderError(f"cannot list folder {folder}: {error.strerror or error}") from error

    # Plain strings, not Path objects: at 100,000 files pathlib alone takes seconds.
    top_folder = str(folder)
    found: list[str] = []
    nested = False
    for top, folders, names in os.walk(top_folder, onerror=fail_on_top_folder):
        prefix = os.path.relpath(top, top_folder).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        deep = prefix.count("/") >= MAX_FOLDER_DEPTH
        folders[:] = [] if deep else [name for name in folders if not name.startswith(".")]
        nested = nested or bool(prefix)
        found.extend(prefix + name for name in names if is_article_name(name))
    if not in_order:
        return found
    return in_article_order(found) if nested else sorted(found)


def in_article_order(names: Iterable[str]) -> list[str]:
    """`names` of article files (`/`-separated) sorted part by part, as `find_article_names`
    lists them."""
    # A NUL, which no name holds, sorts before every character as the end of a part does
    # (4x quicker than comparing lists of parts at 100,000 files).
    return sorted(names, key=lambda name: name.replace("/", "\0"))


def read_article_text(
    path: Path, max_bytes: int = MAX_FILE_BYTES, keep_line_ends: bool = False
) -> ArticleText | LoadProblem:
    """Read and decode one article file, opening it read-only.

    Args:
        path: The file.
        max_bytes: Larger files are refused unread.
        keep_line_ends: Keep carriage returns, to show the file as it is on disk.

    Returns:
        The decoded text, or a `LoadProblem` saying why the file cannot be read as text.
    """
    try:
        data = read_file_bytes(path, max_bytes)
    except OSError as error:
        return LoadProblem(path, _describe_os_error(path, error))
    if isinstance(data, str):
        return LoadProblem(path, data)
    decoded = decode_article_bytes(data, keep_line_ends)
    return LoadProblem(path, decoded) if isinstance(decoded, str) else decoded


def read_file_bytes(path: Path, max_bytes: int) -> bytes | str:
    """Return the bytes of `path`, or why they were not read (a folder, a pipe or device,
    too large); OSError passes through."""
    # O_NONBLOCK: opening a FIFO named `x.md` must not hang the loader; regular files ignore it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISDIR(info.st_mode):
            return "is a folder, not a file"
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file"
        if info.st_size > max_bytes:
            return _too_large(info.st_size, max_bytes)
        if info.st_size == 0:
            # Empty, or one of the system's files that say 0 and make their text as read
            # (`/proc/kmsg`, linked into the folder): reading one may take what it gives.
            return b""
        # Asking for the size it has (not the limit) spares allocating the limit each time.
        data = file.read(info.st_size + 1)
        if len(data) > info.st_size:  # it grew since fstat: read on, up to the limit
            data += file.read(max_bytes + 1 - len(data))
    return _too_large(len(data), max_bytes) if len(data) > max_bytes else data


def _too_large(size: int, max_bytes: int) -> str:
    """Say that a file of `size` bytes is over the limit."""
    return f"file is too large ({describe_size(size)}; the limit is {describe_size(max_bytes)})"


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


def describe_size(size: int) -> str:
    """Write a number of bytes for people: `812 bytes`, `500 KB`, `6.2 MB` (1 KB = 1024 bytes).

    Args:
        size: Bytes.

    Returns:
        The size with one decimal at most, in the largest unit it reaches.
    """
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} byte{'s' * (size != 1)}"


def _describe_os_error(path: Path, error: OSError) -> str:
    """Turn an error from opening or reading `path` into a short reason."""
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, FileNotFoundError):
        return "broken symbolic link" if os.path.islink(path) else "file vanished while loading"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.ENXIO:  # what opening a socket gives
        return "not a regular file"
    return f"cannot read file: {error.strerror or error}"
