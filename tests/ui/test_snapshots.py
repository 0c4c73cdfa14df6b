"""Snapshots of each screen (the list and an article at three sizes): review any change in
the report before accepting it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import settle
from test_brief_screen import brief_folder

from reader.ui.app import ReaderApp

SnapCompare = Callable[..., bool]


SIZES = [(80, 24), (100, 30), (160, 40)]
"""A small terminal, the tests' usual one, and a wide one."""


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_list_snapshot(
    snap_compare: SnapCompare, articles_dir: Path, size: tuple[int, int]
) -> None:
    """The list: filter line, sidebar (beside the list from 100 columns), coloured meters and
    whole titles, with the columns that fit beside them, and the keys that fit whole."""
    app = ReaderApp(articles_dir=articles_dir)
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_detail_snapshot(
    snap_compare: SnapCompare, articles_dir: Path, size: tuple[int, int]
) -> None:
    """An article: header with original title, lead, Markdown body and link."""
    app = ReaderApp(articles_dir=articles_dir)
    assert snap_compare(app, terminal_size=size, run_before=settle, press=["j", "j", "enter"])


def test_help_snapshot(snap_compare: SnapCompare, articles_dir: Path) -> None:
    """The help over the list."""
    app = ReaderApp(articles_dir=articles_dir)
    assert snap_compare(app, terminal_size=(100, 30), run_before=settle, press=["question_mark"])


def test_empty_result_snapshot(snap_compare: SnapCompare, articles_dir: Path) -> None:
    """No match: the advice in place of rows, and the search still shown."""
    app = ReaderApp(articles_dir=articles_dir)
    presses = ["5", "slash", *"planeta", "enter"]
    assert snap_compare(app, terminal_size=(100, 30), run_before=settle, press=presses)


def test_brief_snapshot_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The brief in a small terminal: the day's articles by category, the glance beside."""
    app = ReaderApp(articles_dir=brief_folder(tmp_path))
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle, press=["b"])


def test_brief_snapshot_120x40(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The brief in a large terminal, with the sparkline and the bars of counts."""
    app = ReaderApp(articles_dir=brief_folder(tmp_path))
    assert snap_compare(app, terminal_size=(120, 40), run_before=settle, press=["b"])
