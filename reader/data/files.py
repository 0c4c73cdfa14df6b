"""Article files on disk: find them in a folder, and read one as text without changing it."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .article import LoadProblem

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
"""File name endings of article files, compared in lower case."""

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Larger files are refused unread: no article is this long, and one stray dump must not stall."""

WINDOWS_1250_NOTE = "decoded as Windows-1250 (legacy Czech 8-bit) because it is not valid UTF-8"

# C0 control characters other than tab, newline, vertical tab, form feed and carriage return.
# C1 controls (U+0080-U+009F) are left out on purpose: mojibake is full of them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# How much of the start of a file decides whether it is binary, like file(1) does.
_BINARY_SAMPLE_CHARS = 8192


class FolderError(ValueError):
    """The articles folder does not exist, is not a folder, or cannot be listed."""


@dataclass(frozen=True)
class ArticleText:
    """The decoded text of one article file."""

    text: str
    """The whole file with `\\n` line endings and no byte order mark."""
    encoding_note: str = ""
    """A sentence for `Article.repairs` when the file was not UTF-8; empty when it was."""


def find_article_files(folder: Path) -> list[Path]:
    """List the article files below `folder`, recursively, in a stable order.

    See `find_article_names`, which this turns into paths.
    """
    return [folder / name for name in find_article_names(folder)]


def find_article_names(folder: Path) -> list[str]:
    """List the article files below `folder`, recursively, in a stable order.

    Hidden folders and files (`.git`, `.#draft.md`) are skipped. Symlinked files are listed;
    symlinked folders are not entered, so a link to a parent folder cannot loop. A sub-folder
    that cannot be listed is skipped.

    Args:
        folder: The articles folder.

    Returns:
        Names of `*.md`, `*.markdown` and `*.txt` files below `folder` (`/`-separated), sorted
        by their parts.

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
    for top, folders, names in os.walk(top_folder, onerror=fail_on_top_folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        prefix = os.path.relpath(top, top_folder).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        found.extend(
            prefix + name
            for name in names
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES
        )
    return sorted(found, key=lambda name: name.split("/"))


def read_article_text(path: Path) -> ArticleText | LoadProblem:
    """Read and decode one article file, opening it read-only.

    Args:
        path: The file.

    Returns:
        The decoded text, or a `LoadProblem` saying why the file cannot be read as text.
    """
    try:
        data = _read_bytes(path)
    except OSError as error:
        return LoadProblem(path, _describe_os_error(path, error))
    if isinstance(data, str):
        return LoadProblem(path, data)
    decoded = decode_article_bytes(data)
    return LoadProblem(path, decoded) if isinstance(decoded, str) else decoded


def decode_article_bytes(data: bytes) -> ArticleText | str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1250.

    Args:
        data: The whole file.

    Returns:
        The text, or why it is not a text file.
    """
    note = ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return "not valid UTF-16 despite its byte order mark"
    elif b"\x00" in data:
        return "not a text file (it contains NUL bytes)"
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1250")
            except UnicodeDecodeError:
                return "not a text file (neither UTF-8 nor Windows-1250)"
            note = WINDOWS_1250_NOTE
    sample = text[:_BINARY_SAMPLE_CHARS]
    if len(_CONTROL.findall(sample)) * 10 > len(sample):
        return "not a text file (too many control characters)"
    if not text.strip():
        return "empty file"
    return ArticleText(text.replace("\r\n", "\n").replace("\r", "\n"), note)


def _read_bytes(path: Path) -> bytes | str:
    """Return the bytes of `path`, or why they were not read; OSError passes through."""
    # O_NONBLOCK: opening a FIFO named `x.md` must not hang the loader; regular files ignore it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISDIR(info.st_mode):
            return "is a folder, not a file"
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file"
        if info.st_size > MAX_FILE_BYTES:
            return _too_large(info.st_size)
        data = file.read(MAX_FILE_BYTES + 1)
    # The file can grow between fstat and read.
    return _too_large(len(data)) if len(data) > MAX_FILE_BYTES else data


def _too_large(size: int) -> str:
    """Say that a file of `size` bytes is over the limit."""
    return f"file is too large ({size / 2**20:.1f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)"


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
    return f"cannot read file: {error.strerror or error}"
