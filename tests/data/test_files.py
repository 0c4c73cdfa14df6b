"""Tests for finding article files in a folder and reading one as text."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from reader.data.article import LoadProblem
from reader.data.load.files import (
    MAX_FOLDER_DEPTH,
    FolderError,
    describe_size,
    find_article_files,
    find_article_names,
    path_on_disk,
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


def test_find_leaves_folders_nested_past_its_depth(tmp_path: Path) -> None:
    """Folders nested a thousand deep (which ended Python's walk, and every command, in a
    RecursionError) are entered down to MAX_FOLDER_DEPTH, the articles above listed."""
    (tmp_path / "top.md").write_text("x", encoding="utf-8")
    folders = [tmp_path / "d"]
    for _ in range(1_200):
        folders.append(folders[-1] / "d")
    try:
        for folder in folders:
            folder.mkdir()
        (folders[MAX_FOLDER_DEPTH - 1] / "last.md").write_text("x", encoding="utf-8")
        (folders[-1] / "too-deep.md").write_text("x", encoding="utf-8")
        found = find_article_names(tmp_path)
        assert found == ["/".join(["d"] * MAX_FOLDER_DEPTH + ["last.md"]), "top.md"]
    finally:  # deepest first: removing the tree whole goes one call deeper per level too
        for folder in reversed(folders):
            for file in folder.glob("*.md") if folder.exists() else ():
                file.unlink()
            if folder.exists():
                folder.rmdir()


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


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_read_says_a_socket_is_no_regular_file(tmp_path: Path) -> None:
    """A socket named like an article is no regular file, as a pipe is, not a device."""
    path = tmp_path / "socket.md"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
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


def test_read_refuses_a_file_over_the_given_limit_unread(tmp_path: Path) -> None:
    """The size limit is a parameter; the reason names the file's size and the limit."""
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * 3000)
    assert read_article_text(path, max_bytes=3000) != LoadProblem(path, "")
    assert read_article_text(path, max_bytes=2048) == LoadProblem(
        path, "file is too large (2.9 KB; the limit is 2 KB)"
    )


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (5 * 2**20, "5 MB")],
)
def test_describe_size_uses_the_largest_unit(size: int, text: str) -> None:
    """Sizes read as bytes, KB, MB or GB with at most one decimal."""
    assert describe_size(size) == text


def test_read_reports_a_file_that_vanished_while_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file deleted between listing and opening is a problem, not a crash."""
    path = tmp_path / "gone.md"
    path.write_text("x", encoding="utf-8")
    real_open = os.open

    def delete_then_open(name: object, *args: int) -> int:
        path.unlink()
        return real_open(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", delete_then_open)
    assert read_article_text(path) == LoadProblem(path, "file vanished while loading")


def test_read_takes_at_most_the_limit_from_a_growing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows past the limit after its size was checked is refused, not read whole."""
    path = tmp_path / "growing.md"
    path.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def grow_after_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        path.write_bytes(b"x" * 5000)  # same inode: the open file sees the new bytes
        return info

    monkeypatch.setattr(os, "fstat", grow_after_fstat)
    assert read_article_text(path, max_bytes=1000) == LoadProblem(
        path, "file is too large (1001 bytes; the limit is 1000 bytes)"
    )


def test_read_takes_nothing_from_a_file_that_says_it_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of size 0 is empty, and is not read: the system's files (`/proc/kmsg`, linked
    into a folder) say 0 and make their text as it is read, some giving it away."""
    path = tmp_path / "system.md"
    path.write_bytes(b"---\ntitle: T\n---\nx\n")
    real_fstat = os.fstat

    def says_empty(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, *info[1:6], 0, *info[7:]))

    monkeypatch.setattr(os, "fstat", says_empty)
    assert read_article_text(path) == LoadProblem(path, "empty file")


@pytest.mark.skipif(os.name == "nt", reason="names there are always Unicode")
def test_a_path_kept_with_stand_ins_leads_to_the_file_on_disk(tmp_path: Path) -> None:
    """A file and folder named in bytes that are not UTF-8 are kept with U+FFFD for them;
    the path so kept leads back to the file (its raw view read nothing, as if gone)."""
    folder = os.path.join(os.fsencode(tmp_path), b"sub-\xff")
    os.mkdir(folder)
    with open(os.path.join(folder, b"inv-\xfe.md"), "wb") as file:
        file.write(b"---\ntitle: T\n---\nx\n")
    kept = tmp_path / "sub-\ufffd" / "inv-\ufffd.md"
    assert path_on_disk(kept).read_bytes() == b"---\ntitle: T\n---\nx\n"
    assert path_on_disk(tmp_path / "gone.md") == tmp_path / "gone.md"
