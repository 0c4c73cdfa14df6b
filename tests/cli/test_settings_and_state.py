"""Tests for the settings file and the reading state on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import articles, write_article  # noqa: F401  (a fixture and its helper)

from reader.__main__ import main
from reader.data.state import Mark, ReadingState


def listed_ids(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """Run `reader list --json ARGS` and return the ids it lists."""
    assert main(["list", "--json", *args]) == 0
    document = json.loads(capsys.readouterr().out)
    return [article["id"] for article in document["articles"]]


def test_unread_and_starred_read_the_same_state_as_the_app(
    articles: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--unread` drops read articles and `--starred` keeps starred ones, from `--state-dir`."""
    state = ReadingState.open(tmp_path / "state")
    state.set(["sonda"], Mark.READ, on=True)
    state.set(["sonda", "cviceni"], Mark.STARRED, on=True)
    state.close()
    where = ["--state-dir", str(tmp_path / "state"), str(articles)]
    assert listed_ids(capsys, *where) == ["mikroskop", "sonda", "cviceni"]
    assert listed_ids(capsys, "--unread", *where) == ["mikroskop", "cviceni"]
    assert listed_ids(capsys, "--starred", *where) == ["sonda", "cviceni"]
    assert listed_ids(capsys, "--unread", "--starred", *where) == ["cviceni"]


def test_state_dir_comes_from_the_environment(
    articles: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without `--state-dir`, READER_STATE_DIR says where the marks are."""
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "elsewhere"))
    ReadingState.open(tmp_path / "elsewhere").set(["mikroskop"], Mark.READ, on=True)
    assert listed_ids(capsys, "--unread", str(articles)) == ["sonda", "cviceni"]


def test_the_settings_folder_is_opened_without_a_path(
    articles: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`folder` in the settings file replaces the sample articles as the default."""
    settings = tmp_path / "settings.toml"
    settings.write_text(f"folder = {json.dumps(str(articles))}\n", encoding="utf-8")
    assert listed_ids(capsys, "--config", str(settings)) == ["mikroskop", "sonda", "cviceni"]


def test_a_bad_setting_is_a_warning_naming_file_and_key(
    articles: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The command still runs; standard error names the file and the key."""
    settings = tmp_path / "settings.toml"
    settings.write_text("reading_width = 'wide'\n", encoding="utf-8")
    assert main(["list", "--config", str(settings), str(articles)]) == 0
    error = capsys.readouterr().err
    assert error.startswith(f"reader: warning: {settings}: reading_width: must be a whole number")


def test_a_missing_settings_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--config` naming no file fails with one line."""
    assert main(["list", "--config", str(tmp_path / "none.toml")]) == 1
    assert capsys.readouterr().err == f"reader: config file not found: {tmp_path / 'none.toml'}\n"
