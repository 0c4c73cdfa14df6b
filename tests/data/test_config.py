"""Tests for the settings file: valid values used, bad ones named with their file and key."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.config import Config, ConfigError, default_config_file, load_config


def write_config(folder: Path, text: str) -> Path:
    """Write a settings file and return its path."""
    path = folder / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_settings_are_used(tmp_path: Path) -> None:
    """Every key takes effect; a relative folder is relative to the settings file."""
    path = write_config(
        tmp_path,
        'folder = "news"\ntheme = "nord"\nmark_read = "never"\nreading_width = 80\n'
        'date_format = "%d.%m.%Y"\nmax_file_size = "500KB"\n',
    )
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.config == Config(
        folder=tmp_path / "news",
        theme="nord",
        mark_read="never",
        reading_width=80,
        date_format="%d.%m.%Y",
        max_file_size=500 * 1024,
    )
    assert not loaded.config.mark_read_on_open


def test_home_folder_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`~` in the folder is the user's home."""
    monkeypatch.setenv("HOME", str(tmp_path))
    loaded = load_config(write_config(tmp_path, 'folder = "~/zpravy"\n'))
    assert loaded.config.folder == tmp_path / "zpravy"


@pytest.mark.parametrize(
    ("line", "key", "why"),
    [
        ("mark_read = true", "mark_read", "must be 'on-open' or 'never'"),
        ("reading_width = 10", "reading_width", "from 40 to 500"),
        ("reading_width = 99.5", "reading_width", "whole number"),
        ("reading_width = true", "reading_width", "whole number"),
        ('date_format = ""', "date_format", "1 to 40 characters"),
        ('date_format = "%Y\\u001b[31m"', "date_format", "control characters"),
        ("date_format = 5", "date_format", "strftime format"),
        ('date_format = "%Q %d"', "date_format", "(%Q is no directive)"),
        ('date_format = "%d %"', "date_format", "(% is no directive)"),
        ('date_format = "plain"', "date_format", "every date reads 'plain'"),
        ("folder = 3", "folder", "folder path"),
        ('folder = ""', "folder", "must be a folder path, not empty"),
        ('theme = ""', "theme", "must be a theme name, not empty; using the default\n"),
        ("theme = 5", "theme", "in quotes; using the default\n"),
        (
            'keys = "x"',
            "keys",
            "must be a table, [keys], of names and keys in quotes; using the default\n",
        ),
        ('max_file_size = "huge"', "max_file_size", "not a size"),
        ("max_file_size = 0", "max_file_size", "at least 1 byte"),
    ],
)
def test_a_bad_value_is_named_and_its_default_used(
    tmp_path: Path, line: str, key: str, why: str
) -> None:
    """The problem names the file, the key and what is wrong; the other keys still count."""
    path = write_config(tmp_path, f'{line}\ntheme = "nord"\n' if key != "theme" else line)
    loaded = load_config(path)
    [problem] = loaded.problems
    assert problem.startswith(f"{path}: {key}: ") and why in problem + "\n"
    assert "using the default" in problem
    assert getattr(loaded.config, key) == getattr(Config(), key)
    if key != "theme":
        assert loaded.config.theme == "nord"


def test_unknown_keys_are_reported(tmp_path: Path) -> None:
    """A misspelt key is reported with the keys there are."""
    path = write_config(tmp_path, "readingwidth = 80\n")
    [problem] = load_config(path).problems
    assert "unknown key 'readingwidth'" in problem and "reading_width" in problem


def test_a_file_that_is_not_toml_gives_the_defaults(tmp_path: Path) -> None:
    """Broken TOML is one problem naming the file; every setting is its default."""
    path = write_config(tmp_path, "theme = [unclosed\n")
    loaded = load_config(path)
    assert loaded.config == Config()
    [problem] = loaded.problems
    assert problem.startswith(f"{path}: not valid TOML")


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda path: path.write_text("x = " + "[" * 100_000 + "]" * 100_000), "nested too deep"),
        (lambda path: os.mkfifo(path), "not a regular file"),
        (lambda path: path.symlink_to("/dev/zero"), "not a regular file"),
        (lambda path: path.write_bytes(b"#" * (2 << 20)), "too large"),
    ],
    ids=["deep", "fifo", "device", "huge"],
)
def test_a_settings_file_that_cannot_be_read_whole_gives_the_defaults(
    tmp_path: Path, make: Callable[[Path], object], why: str
) -> None:
    """A pipe or a device is never read (it would hang the reader), nor a huge file; TOML
    nested too deep for the parser is a problem, not a crash."""
    path = tmp_path / "config.toml"
    make(path)
    loaded = load_config(path)
    [problem] = loaded.problems
    assert problem.startswith(f"{path}: ") and why in problem and loaded.config == Config()


def test_no_settings_file_is_no_problem() -> None:
    """Without a file in the config directory, the defaults are used silently."""
    loaded = load_config()
    assert not default_config_file().exists()
    assert loaded.config == Config() and loaded.problems == ()


def test_a_missing_file_named_by_the_user_is_an_error(tmp_path: Path) -> None:
    """`--config FILE` naming nothing is an error, not silently the defaults."""
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "missing.toml")


def test_the_keys_table_is_kept_as_written_for_the_app_to_check(tmp_path: Path) -> None:
    """`[keys]` of names and keys in quotes is kept in order; an entry not in quotes (or
    empty) is named with the file and left out, the others kept; a `keys` that is no table
    is refused."""
    path = write_config(tmp_path, '[keys]\npreset = "newsboat"\nhide-read = "h"\n')
    assert load_config(path).config.keys == (("preset", "newsboat"), ("hide-read", "h"))
    loaded = load_config(write_config(tmp_path, '[keys]\nsort = 5\nhelp = ""\nquit = "Q"\n'))
    assert loaded.config.keys == (("quit", "Q"),)
    assert loaded.problems == (
        f"{tmp_path / 'settings.toml'}: keys: 'sort', 'help': a key is written in quotes,"
        ' like "h"; left out',
    )
    [problem] = load_config(write_config(tmp_path, 'keys = "newsboat"\n')).problems
    assert "keys: must be a table, [keys]" in problem
