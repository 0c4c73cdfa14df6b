"""Tests of what the app says while the list's pass reads files: the first files of a first
start wait for the word models to be built, and the status says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from conftest import settle
from textual.message import Message
from textual.widgets import Static

from reader.data import RefreshProgress
from reader.data.text.language_lists import language_lists_file
from reader.data.text.repair.words import czech_model_file
from reader.ui.app import ReaderApp
from reader.ui.loading_passes import read_list
from reader.ui.messages import IndexProgress


class FolderOfThree:
    """An index whose refresh reads three files, reporting before the first and after."""

    def refresh(self) -> Iterator[RefreshProgress]:
        yield RefreshProgress(0, 3, 0)
        yield RefreshProgress(3, 3, 0)


def first_report() -> IndexProgress:
    """What `read_list` posts first of `FolderOfThree`'s refresh."""
    posted: list[Message] = []
    assert read_list(FolderOfThree(), lambda: False, posted.append)  # type: ignore[arg-type]
    assert isinstance(posted[0], IndexProgress)
    return posted[0]


def keep_models() -> None:
    """Put both word models' files in the cache directory (what they hold is not read)."""
    for path in (czech_model_file(), language_lists_file()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


def test_files_wait_for_word_models_only_before_they_are_kept() -> None:
    """The cache of each test starts empty, as a first start's does."""
    assert first_report().building_word_models
    czech_model_file().parent.mkdir(parents=True, exist_ok=True)
    czech_model_file().write_bytes(b"")
    assert first_report().building_word_models  # the language lists are still to build
    keep_models()
    assert not first_report().building_word_models


async def test_status_says_the_word_models_are_built_until_a_file_is_read(
    articles_dir: Path,
) -> None:
    """The note fits an 80-column status line whole, and gives way to the files' count."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = app.article_list.query_one("#filter-line", Static)
        app.post_message(IndexProgress(RefreshProgress(0, 3, 0), building_word_models=True))
        await pilot.pause()
        note = "building word lists (first start only)"
        shown = line.render().plain
        assert note in shown and shown.find(note) + len(note) <= 80 - 2  # inside the padding
        app.post_message(IndexProgress(RefreshProgress(2, 3, 0)))
        await pilot.pause()
        assert "reading files: 2 of 3 ·" in str(line.content)
        assert "word lists" not in str(line.content)
