"""Tests for finding article files in a folder and reading one as text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from reader.data.article import LoadProblem
from reader.data.files import (
    WINDOWS_1250_NOTE,
    ArticleText,
    FolderError,
    decode_article_bytes,
    find_article_files,
    read_article_text,
)

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def touch(folder: Path, *names: str) -> None:
    """Create empty files (and their folders) below `folder`."""
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def relative(paths: list[Path], folder: Path) -> list[str]:
    """Return `paths` as POSIX strings relative to `folder`."""
    return [path.relative_to(folder).as_posix() for path in paths]


def test_find_lists_article_suffixes_recursively_in_part_order(tmp_path: Path) -> None:
    """Markdown and text files at any depth are listed, sorted by path parts, others skipped."""
    touch(tmp_path, "b.md", "a.txt", "a-b.md", "a/b.md", "sub/deep/d.MD", "sub/c.markdown")
    touch(tmp_path, "notes.pdf", "readme", "sub/image.png")
    found = find_article_files(tmp_path)
    # By parts, folder `a` sorts before `a-b.md`, though "a-" < "a/" as plain strings.
    assert relative(found, tmp_path) == [
        "a/b.md",
        "a-b.md",
        "a.txt",
        "b.md",
        "sub/c.markdown",
        "sub/deep/d.MD",
    ]
    assert all(path.is_absolute() == tmp_path.is_absolute() for path in found)


def test_find_skips_hidden_folders_and_files(tmp_path: Path) -> None:
    """`.git` and other hidden folders, and hidden files such as editor locks, are skipped."""
    touch(tmp_path, ".git/x.md", ".cache/deep/y.txt", ".#draft.md", "shown.md")
    assert relative(find_article_files(tmp_path), tmp_path) == ["shown.md"]


def test_find_empty_folder_gives_empty_list(tmp_path: Path) -> None:
    """A folder without article files gives an empty list, not an error."""
    assert find_article_files(tmp_path) == []


def test_find_survives_symlink_loops(tmp_path: Path) -> None:
    """A link to a parent folder is not entered, and a self-linked file is still listed."""
    touch(tmp_path, "sub/a.md")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    assert relative(find_article_files(tmp_path), tmp_path) == ["loop.md", "sub/a.md"]


def test_find_lists_symlinked_files(tmp_path: Path) -> None:
    """A symlink to an article file is listed like the file."""
    touch(tmp_path, "real.md")
    (tmp_path / "link.md").symlink_to(tmp_path / "real.md")
    assert relative(find_article_files(tmp_path), tmp_path) == ["link.md", "real.md"]


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root can list any folder")
def test_find_skips_unreadable_sub_folder(tmp_path: Path) -> None:
    """A sub-folder that cannot be listed is skipped instead of failing the whole folder."""
    touch(tmp_path, "a.md", "locked/b.md")
    locked = tmp_path / "locked"
    locked.chmod(0)
    try:
        assert relative(find_article_files(tmp_path), tmp_path) == ["a.md"]
    finally:
        locked.chmod(0o755)


def test_find_missing_folder_raises_folder_error(tmp_path: Path) -> None:
    """A folder that does not exist raises FolderError naming it."""
    missing = tmp_path / "nowhere"
    with pytest.raises(FolderError, match="folder not found") as caught:
        find_article_files(missing)
    assert str(missing) in str(caught.value)


def test_find_file_instead_of_folder_raises_folder_error(tmp_path: Path) -> None:
    """A path to a file raises FolderError naming it."""
    touch(tmp_path, "a.md")
    with pytest.raises(FolderError, match="not a folder") as caught:
        find_article_files(tmp_path / "a.md")
    assert str(tmp_path / "a.md") in str(caught.value)


def test_folder_error_is_a_value_error() -> None:
    """Callers that catch ValueError also catch FolderError."""
    assert issubclass(FolderError, ValueError)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Žluťoučký kůň\n".encode(), "Žluťoučký kůň\n"),
        (codecs.BOM_UTF8 + "Žluťoučký kůň".encode(), "Žluťoučký kůň"),
        ("Žluťoučký kůň".encode("utf-16"), "Žluťoučký kůň"),
        (codecs.BOM_UTF16_BE + "Žluťoučký kůň".encode("utf-16-be"), "Žluťoučký kůň"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "crlf"],
)
def test_decode_reads_unicode_encodings(data: bytes, text: str) -> None:
    """UTF-8 with or without BOM and UTF-16 with BOM decode without a note; newlines become \\n."""
    assert decode_article_bytes(data) == ArticleText(text)


def test_decode_falls_back_to_windows_1250_with_a_note() -> None:
    """Bytes that are not UTF-8 are read as Windows-1250, and the note says so."""
    decoded = decode_article_bytes("Příliš žluťoučký kůň úpěl ďábelské ódy".encode("cp1250"))
    assert decoded == ArticleText("Příliš žluťoučký kůň úpěl ďábelské ódy", WINDOWS_1250_NOTE)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (it contains NUL bytes)"),
        (bytes(range(1, 32)) * 20, "not a text file (too many control characters)"),
        (b"abc\x81\x83\x88\x90\x98", "not a text file (neither UTF-8 nor Windows-1250)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16 despite its byte order mark"),
    ],
    ids=["empty", "blank", "png", "controls", "undefined-bytes", "bad-utf-16"],
)
def test_decode_refuses_non_text(data: bytes, reason: str) -> None:
    """Empty, binary and undecodable data give a reason instead of text."""
    assert decode_article_bytes(data) == reason


def test_read_returns_problem_for_missing_file(tmp_path: Path) -> None:
    """A file that vanished after listing gives a LoadProblem, not an exception."""
    path = tmp_path / "gone.md"
    assert read_article_text(path) == LoadProblem(path, "file vanished while loading")


def test_read_returns_problem_for_broken_symlink(tmp_path: Path) -> None:
    """A symlink whose target is missing is reported as a broken link."""
    path = tmp_path / "link.md"
    path.symlink_to(tmp_path / "missing.md")
    assert read_article_text(path) == LoadProblem(path, "broken symbolic link")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_read_does_not_hang_on_a_named_pipe(tmp_path: Path) -> None:
    """A FIFO named like an article is refused at once instead of blocking the loader."""
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    assert read_article_text(path) == LoadProblem(path, "not a regular file")


def test_find_unlistable_top_folder_raises_folder_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A top folder that cannot be listed raises FolderError (simulated: tests may run as root)."""

    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(FolderError, match="cannot list folder"):
        find_article_files(tmp_path)


def test_read_maps_permission_error_to_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be opened for lack of rights says "permission denied" (simulated)."""
    path = tmp_path / "secret.md"
    path.write_text("x", encoding="utf-8")

    def refuse(*args: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    assert read_article_text(path) == LoadProblem(path, "permission denied")
